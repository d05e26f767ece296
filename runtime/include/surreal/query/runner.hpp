#pragma once
// The client a typed query runs on. Builders made by `db.select(…)` & co. hold a copy of the Client (a cheap
// handle sharing the connection); builders made by the free functions (`surreal::select(app::user)`) hold
// none and can only be rendered with to_surql() — running one throws QueryBuildError.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <surreal/client.hpp>
#include <surreal/query/error.hpp>
#include <surreal/query/surql.hpp>
#include <surreal/query_result.hpp>

namespace surreal::query_detail {

class BoundClient {
 public:
  BoundClient() = default;
  explicit BoundClient(Client client) : client_(std::move(client)) {}

  bool bound() const noexcept { return client_.has_value(); }
  Client& client(std::string_view what) {
    if (!client_)
      throw QueryBuildError(
          std::string(what) +
          " is not bound to a client: build it from the client (db.select(…), db.update(…), …) "
          "to run it, or use to_surql() to see it");
    return *client_;
  }
  /// Runs the statement(s); statement errors stay in the result (take() throws them).
  QueryResult run(const SurrealQL& q, std::string_view what) { return client(what).query(q.text, q.vars); }

 private:
  std::optional<Client> client_;
};

}  // namespace surreal::query_detail
