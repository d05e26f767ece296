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
  // Out of line (runner.cpp): every builder holds one, for every table.
  BoundClient() noexcept;
  explicit BoundClient(Client client) noexcept;
  BoundClient(const BoundClient& other);
  BoundClient(BoundClient&& other) noexcept;
  BoundClient& operator=(const BoundClient& other);
  BoundClient& operator=(BoundClient&& other) noexcept;
  ~BoundClient();

  bool bound() const noexcept { return client_.has_value(); }
  /// The client; throws QueryBuildError naming `what` when the builder has none.
  Client& client(std::string_view what);
  /// Runs the statement(s); statement errors stay in the result (take() throws them).
  QueryResult run(const SurrealQL& q, std::string_view what);

 private:
  std::optional<Client> client_;
};

}  // namespace surreal::query_detail
