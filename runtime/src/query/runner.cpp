#include <surreal/query/runner.hpp>

#include <string>
#include <utility>

namespace surreal::query_detail {

BoundClient::BoundClient() noexcept = default;
BoundClient::BoundClient(Client client) noexcept : client_(std::move(client)) {}
BoundClient::BoundClient(const BoundClient& other) = default;
BoundClient::BoundClient(BoundClient&& other) noexcept = default;
BoundClient& BoundClient::operator=(const BoundClient& other) = default;
BoundClient& BoundClient::operator=(BoundClient&& other) noexcept = default;
BoundClient::~BoundClient() = default;

Client& BoundClient::client(std::string_view what) {
  if (!client_)
    throw QueryBuildError(
        std::string(what) +
        " is not bound to a client: build it from the client (db.select(…), db.update(…), …) "
        "to run it, or use to_surql() to see it");
  return *client_;
}

QueryResult BoundClient::run(const SurrealQL& q, std::string_view what) {
  return client(what).query(q.text, q.vars);
}

}  // namespace surreal::query_detail
