#pragma once
// surreal::Client: a connection to SurrealDB over WebSocket (ws://, wss://) or HTTP (http://, https://) and
// every RPC method of SurrealDB 2.x and 3.x.
//
//   auto db = surreal::Client::connect("ws://127.0.0.1:8000/rpc");
//   db.signin(surreal::RootAuth{"root", "root"});
//   db.use("app", "main");
//   auto users = db.query("SELECT * FROM user WHERE age > $min", {{"min", 18}}).take<std::vector<User>>(0);
//
// A Client is a cheap handle: copies share the connection and the session. It is safe to use from many
// threads; a call blocks only its caller, and over WebSocket many calls are in flight at once. Methods the
// server lacks (e.g. sessions and transactions on 2.x) throw UnsupportedError naming the method and the
// server version.
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <surreal/auth.hpp>
#include <surreal/error.hpp>
#include <surreal/live.hpp>
#include <surreal/options.hpp>
#include <surreal/patch.hpp>
#include <surreal/pending.hpp>
#include <surreal/pipeline.hpp>
#include <surreal/query/fwd.hpp>  // typed query builder entry points (below)
#include <surreal/query_result.hpp>
#include <surreal/transaction.hpp>
#include <surreal/value.hpp>

namespace surreal {

/// The server does not have the RPC method or feature (e.g. `begin` on SurrealDB 2.x, live queries over
/// HTTP).
class UnsupportedError : public ProtocolError {
 public:
  using ProtocolError::ProtocolError;
};

namespace detail {
class ClientCore;
struct SessionHandle;
}  // namespace detail

class Client {
 public:
  /// Connects and asks the server its version. Throws ConnectionError (unreachable, TLS failure, no `cbor`
  /// subprotocol) or TimeoutError.
  static Client connect(const std::string& url, Options options = {});

  /// Closes every connection of this client (all its sessions); pending calls fail with ConnectionError.
  void close();

  // --- server
  // -------------------------------------------------------------------------------------------------
  /// The version text as the server reports it, e.g. "surrealdb-3.0.2" (asked at connect, cached).
  const std::string& server_version() const;
  /// The major version (2 or 3).
  int server_major() const;
  /// Asks the server again (`version`).
  std::string version();
  void ping();
  /// True when the server answers a ping within the timeout.
  bool health();
  /// `info`: the signed-in record user (or NONE).
  Value info();

  // --- session state
  // ---------------------------------------------------------------------------------------------
  void use(const std::string& ns, const std::string& db);
  Tokens signin(const RootAuth& auth);
  Tokens signin(const NamespaceAuth& auth);
  Tokens signin(const DatabaseAuth& auth);
  Tokens signin(const RecordAuth& auth);
  Tokens signup(const RecordAuth& auth);
  void authenticate(const std::string& token);
  void invalidate();
  /// 3.x: a new token pair from a refresh token.
  Tokens refresh(const Tokens& tokens);
  /// 3.x: revokes a refresh token.
  void revoke(const Tokens& tokens);
  /// Defines a session variable `$name` (over HTTP kept by the client and sent with each query).
  void let(const std::string& name, Value value);
  void unset(const std::string& name);

  // --- queries
  // ---------------------------------------------------------------------------------------------------
  /// Runs SurrealQL with bound variables; statement errors stay in the result (take() throws them).
  QueryResult query(const std::string& surql, Object vars = {},
                    std::optional<std::chrono::milliseconds> timeout = std::nullopt);
  /// Sends the query and returns at once; `get()` on the result waits for the answer (see
  /// <surreal/pending.hpp>). Many may be in flight from one thread; the timeout counts from now.
  Pending<QueryResult> query_async(const std::string& surql, Object vars = {},
                                   std::optional<std::chrono::milliseconds> timeout = std::nullopt);
  /// Until the returned Pipeline ends, the calls this thread makes on this client (all its sessions) are
  /// written together: at the latest when a thread waits for an answer, at Pipeline::flush() or at its end.
  /// Many query_async() calls then cost one system call (see <surreal/pipeline.hpp>).
  [[nodiscard]] Pipeline pipeline();

  // --- records (each returns what the server returns: a record, or an array for a table)
  // -----------------------
  Value select(const Value& what);
  Value create(const Value& what, Value data = Value::none());
  Value insert(const Value& table, Value data);
  Value insert_relation(const Value& table, Value data);
  Value update(const Value& what, Value data = Value::none());
  Value upsert(const Value& what, Value data = Value::none());
  /// Merges the fields of `data` into the record(s): db.merge(RecordId{"user", "alice"}, {{"age", 31}}).
  Value merge(const Value& what, Object data);
  /// JSON Patch; with `return_diff` the server answers the applied operations instead of the record.
  Value patch(const Value& what, const std::vector<PatchOp>& operations, bool return_diff = false);
  /// The RPC `delete` (a C++ keyword, hence the name).
  Value remove(const Value& what);
  Value relate(const Value& in, const Value& relation, const Value& out, Value data = Value::none());
  /// Runs a function: "fn::name" (custom), "time::now" (built in), or a model "ml::name" with `version`.
  Value run(const std::string& name, Array args = {}, std::optional<std::string> version = std::nullopt);

  // typed variants (through surreal::to_value / from_value)
  /// One record, or nullopt when it does not exist.
  template <class T>
  std::optional<T> select(const RecordId& id);
  /// Every record of a table.
  template <class T>
  std::vector<T> select_all(const std::string& table);
  template <class T>
  T create(const Value& what, const T& data);
  template <class T>
  std::vector<T> insert(const std::string& table, const std::vector<T>& rows);
  template <class T>
  std::optional<T> update(const RecordId& id, const T& data);
  template <class T>
  std::optional<T> upsert(const RecordId& id, const T& data);
  template <class T>
  std::optional<T> merge(const RecordId& id, Object data);
  template <class T>
  std::optional<T> remove(const RecordId& id);
  template <class T>
  T call(const std::string& name, Array args = {});

  // --- live queries (WebSocket only)
  // -----------------------------------------------------------------------------
  LiveStream<Value> live(const std::string& table, LiveOptions options = {});
  template <class T>
  LiveStream<T> live(const std::string& table, LiveOptions options = {});
  /// Kills a live query by id (streams do this themselves when closed).
  void kill(const Uuid& live_id);

  // --- typed query builder entry points (surreal/query/…)
  // --------------------------------------------------------- Declared here, defined in <surreal/query.hpp>
  // (include it; generated model headers do). See that header.
  template <TableDescriptor D>
  SelectQuery<D> select(const D& table);
  template <TableDescriptor D>
  UpdateQuery<D> update(const D& table);
  template <TableDescriptor D>
  UpdateQuery<D> upsert(const D& table);
  /// DELETE (`delete` is a keyword).
  template <TableDescriptor D>
  DeleteQuery<D> delete_from(const D& table);
  template <TableDescriptor D>
  InsertQuery<D> insert(const D& table, std::vector<model_of<D>> rows);
  template <TableDescriptor D>
  InsertQuery<D> insert(const D& table, model_of<D> row);
  /// Runs RELATE at once; returns the created edge.
  template <RelationDescriptor E>
  model_of<E> relate(const RecordId& from, const E& edge, const RecordId& to, const model_of<E>& data);
  template <RelationDescriptor E>
  model_of<E> relate(const RecordId& from, const E& edge, const RecordId& to);
  /// LIVE SELECT * FROM <table>, decoded as the table's model.
  template <TableDescriptor D>
  LiveStream<model_of<D>> live(const D& table, LiveOptions options = {});
  // --- end of typed query builder entry points
  // -------------------------------------------------------------------

  // --- sessions and transactions (3.x)
  // ---------------------------------------------------------------------------
  /// A new, independent session on the same connection (its own ns/db/auth/variables). It is detached when
  /// the last copy of the returned Client goes away.
  Client new_session();
  /// This client's session id; empty for the connection's default session.
  std::optional<Uuid> session_id() const;
  /// The sessions the server holds for this connection.
  std::vector<Uuid> sessions();
  /// Starts a transaction (3.x: begin RPC; 2.x: BEGIN/COMMIT statements sent at commit).
  Transaction begin();

  /// Any RPC method by name, for what the typed API does not cover.
  Value rpc(const std::string& method, Array params = {},
            std::optional<std::chrono::milliseconds> timeout = std::nullopt);
  /// rpc() without waiting: any method by name kept in flight, as query_async() keeps queries (see
  /// <surreal/pending.hpp>); `get()` returns what rpc() would have returned, or throws what it would have
  /// thrown. A method that changes the session (use, signin, signup, authenticate, invalidate, let, unset,
  /// attach, detach, reset) must be waited for: it throws UnsupportedError here, before anything is sent.
  Pending<Value> rpc_async(const std::string& method, Array params = {},
                           std::optional<std::chrono::milliseconds> timeout = std::nullopt);

  const Options& options() const;

  /// Test hook: drops the underlying connection(s) as a network failure would.
  void simulate_connection_loss();

 private:
  explicit Client(std::shared_ptr<detail::SessionHandle> session);
  LiveStream<Value> live_untyped(const std::string& table, const LiveOptions& options);
  std::shared_ptr<detail::LiveSubscription> subscribe(const std::string& table, const LiveOptions& options);
  /// A record-or-array answer reduced to one record: nullopt for NONE/NULL/[], the element of a 1-array.
  static std::optional<Value> single(const Value& answer);

  std::shared_ptr<detail::SessionHandle> session_;
};

template <class T>
std::optional<T> Client::select(const RecordId& id) {
  auto one = single(select(Value(id)));
  if (!one) return std::nullopt;
  return from_value<T>(*one);
}

template <class T>
std::vector<T> Client::select_all(const std::string& table) {
  return from_value<std::vector<T>>(select(Value(Table(table))));
}

template <class T>
T Client::create(const Value& what, const T& data) {
  auto one = single(create(what, to_value(data)));
  if (!one) throw QueryError("create returned no record");
  return from_value<T>(*one);
}

template <class T>
std::vector<T> Client::insert(const std::string& table, const std::vector<T>& rows) {
  return from_value<std::vector<T>>(insert(Value(Table(table)), to_value(rows)));
}

template <class T>
std::optional<T> Client::update(const RecordId& id, const T& data) {
  auto one = single(update(Value(id), to_value(data)));
  if (!one) return std::nullopt;
  return from_value<T>(*one);
}

template <class T>
std::optional<T> Client::upsert(const RecordId& id, const T& data) {
  auto one = single(upsert(Value(id), to_value(data)));
  if (!one) return std::nullopt;
  return from_value<T>(*one);
}

template <class T>
std::optional<T> Client::merge(const RecordId& id, Object data) {
  auto one = single(merge(Value(id), std::move(data)));
  if (!one) return std::nullopt;
  return from_value<T>(*one);
}

template <class T>
std::optional<T> Client::remove(const RecordId& id) {
  auto one = single(remove(Value(id)));
  if (!one) return std::nullopt;
  return from_value<T>(*one);
}

template <class T>
T Client::call(const std::string& name, Array args) {
  return from_value<T>(run(name, std::move(args)));
}

template <class T>
LiveStream<T> Client::live(const std::string& table, LiveOptions options) {
  return LiveStream<T>(subscribe(table, options));
}

}  // namespace surreal
