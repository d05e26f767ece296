#include "client_core.hpp"
#include "live_subscription.hpp"
#include "session_handle.hpp"

#include <surreal/client.hpp>

namespace surreal {

namespace detail {

SessionHandle::~SessionHandle() {
  if (!id) return;
  try {
    CallOptions call;
    call.timeout = std::min(core->options().timeout, std::chrono::milliseconds(5000));
    core->call(id, "detach", {}, call);
  } catch (const std::exception&) {
    // The session ends with its connection anyway; a destructor must not throw.
  }
  core->remove_session(*id);
}

Value await_in_flight(InFlightCall& call) { return call.await(); }
bool in_flight_ready(const InFlightCall& call) noexcept { return call.ready(); }

}  // namespace detail

namespace {

Tokens tokens_of(const Value& answer) {
  Tokens tokens;
  if (answer.is_string()) {
    tokens.access = answer.as_string();
  } else if (answer.is_object()) {
    if (const Value* access = answer.find("access"); access && access->is_string())
      tokens.access = access->as_string();
    else if (const Value* token = answer.find("token"); token && token->is_string())
      tokens.access = token->as_string();
    if (const Value* refresh = answer.find("refresh"); refresh && refresh->is_string())
      tokens.refresh = refresh->as_string();
  }
  return tokens;
}

Value record_auth_params(const RecordAuth& auth) {
  Object params = auth.vars;
  params.insert_or_assign("ns", auth.ns);
  params.insert_or_assign("db", auth.db);
  params.insert_or_assign("ac", auth.access);
  return params;
}

/// The `[access, refresh]` token value that refresh/revoke expect (3.x).
Value token_pair(const Tokens& tokens) {
  Object pair{{"access", tokens.access}};
  if (tokens.refresh) pair.insert_or_assign("refresh", *tokens.refresh);
  return pair;
}

}  // namespace

Client::Client(std::shared_ptr<detail::SessionHandle> session) : session_(std::move(session)) {}

Client Client::connect(const std::string& url, Options options) {
  auto core = detail::ClientCore::connect(url, std::move(options));
  return Client(std::make_shared<detail::SessionHandle>(std::move(core), std::nullopt));
}

void Client::close() { session_->core->close(); }

const std::string& Client::server_version() const { return session_->core->server_version(); }
int Client::server_major() const { return session_->core->server_major(); }
const Options& Client::options() const { return session_->core->options(); }
void Client::simulate_connection_loss() { session_->core->simulate_connection_loss(); }

std::string Client::version() {
  const Value answer = session_->call("version");
  return answer.is_string() ? answer.as_string() : describe(answer);
}

void Client::ping() { session_->call("ping"); }

bool Client::health() {
  try {
    ping();
    return true;
  } catch (const ConnectionError&) {
    return false;
  } catch (const TimeoutError&) {
    return false;
  }
}

Value Client::info() { return session_->call("info"); }

void Client::use(const std::string& ns, const std::string& db) {
  session_->call("use", {ns.empty() ? Value::none() : Value(ns), db.empty() ? Value::none() : Value(db)});
}

Tokens Client::signin(const RootAuth& auth) {
  return tokens_of(session_->call("signin", {Object{{"user", auth.username}, {"pass", auth.password}}}));
}

Tokens Client::signin(const NamespaceAuth& auth) {
  return tokens_of(
      session_->call("signin", {Object{{"ns", auth.ns}, {"user", auth.username}, {"pass", auth.password}}}));
}

Tokens Client::signin(const DatabaseAuth& auth) {
  return tokens_of(session_->call(
      "signin",
      {Object{{"ns", auth.ns}, {"db", auth.db}, {"user", auth.username}, {"pass", auth.password}}}));
}

Tokens Client::signin(const RecordAuth& auth) {
  return tokens_of(session_->call("signin", {record_auth_params(auth)}));
}

Tokens Client::signup(const RecordAuth& auth) {
  return tokens_of(session_->call("signup", {record_auth_params(auth)}));
}

void Client::authenticate(const std::string& token) { session_->call("authenticate", {token}); }

void Client::invalidate() { session_->call("invalidate"); }

Tokens Client::refresh(const Tokens& tokens) {
  return tokens_of(session_->call("refresh", {token_pair(tokens)}));
}

void Client::revoke(const Tokens& tokens) { session_->call("revoke", {token_pair(tokens)}); }

void Client::let(const std::string& name, Value value) { session_->call("let", {name, std::move(value)}); }

void Client::unset(const std::string& name) { session_->call("unset", {name}); }

QueryResult Client::query(const std::string& surql, Object vars,
                          std::optional<std::chrono::milliseconds> timeout) {
  detail::CallOptions call;
  call.timeout = timeout;
  return QueryResult::from_reply(session_->call("query", {surql, std::move(vars)}, call));
}

Pending<QueryResult> Client::query_async(const std::string& surql, Object vars,
                                         std::optional<std::chrono::milliseconds> timeout) {
  detail::CallOptions call;
  call.timeout = timeout;
  return Pending<QueryResult>(session_->core->start(session_->id, "query", {surql, std::move(vars)}, call),
                              [](Value&& reply) { return QueryResult::from_reply(std::move(reply)); });
}

Value Client::select(const Value& what) { return session_->call("select", {what}); }

Value Client::create(const Value& what, Value data) {
  return session_->call("create", {what, std::move(data)});
}

Value Client::insert(const Value& table, Value data) {
  return session_->call("insert", {table, std::move(data)});
}

Value Client::insert_relation(const Value& table, Value data) {
  return session_->call("insert_relation", {table, std::move(data)});
}

Value Client::update(const Value& what, Value data) {
  return session_->call("update", {what, std::move(data)});
}

Value Client::upsert(const Value& what, Value data) {
  return session_->call("upsert", {what, std::move(data)});
}

Value Client::merge(const Value& what, Object data) {
  return session_->call("merge", {what, std::move(data)});
}

Value Client::patch(const Value& what, const std::vector<PatchOp>& operations, bool return_diff) {
  Array ops;
  ops.reserve(operations.size());
  for (const auto& op : operations) ops.push_back(op.to_value());
  return session_->call("patch", {what, std::move(ops), return_diff});
}

Value Client::remove(const Value& what) { return session_->call("delete", {what}); }

Value Client::relate(const Value& in, const Value& relation, const Value& out, Value data) {
  return session_->call("relate", {in, relation, out, std::move(data)});
}

Value Client::run(const std::string& name, Array args, std::optional<std::string> version) {
  return session_->call("run", {name, version ? Value(*version) : Value::none(), std::move(args)});
}

std::shared_ptr<detail::LiveSubscription> Client::subscribe(const std::string& table,
                                                            const LiveOptions& options) {
  detail::CallOptions call;
  call.timeout = options.timeout;
  int slot = -1;
  call.used_slot = &slot;
  const Value answer = session_->call("live", {Value(Table(table)), options.diff}, call);
  if (!answer.is_uuid()) throw ProtocolError("`live` answered " + describe(answer) + ", expected a uuid");
  auto subscription =
      std::make_shared<detail::LiveSubscription>(session_->core, session_->id, table, options.diff, slot);
  subscription->set_id(answer.as_uuid());
  session_->core->register_live(subscription);
  return subscription;
}

LiveStream<Value> Client::live(const std::string& table, LiveOptions options) {
  return LiveStream<Value>(subscribe(table, options));
}

void Client::kill(const Uuid& live_id) {
  session_->core->unregister_live(live_id);
  session_->call("kill", {live_id});
}

Client Client::new_session() {
  auto& core = session_->core;
  core->require("attach");
  const Uuid id = Uuid::v4();
  core->add_session(id);
  try {
    core->call(id, "attach", {});
  } catch (...) {
    core->remove_session(id);
    throw;
  }
  return Client(std::make_shared<detail::SessionHandle>(core, id));
}

std::optional<Uuid> Client::session_id() const { return session_->id; }

std::vector<Uuid> Client::sessions() {
  const Value answer = session_->call("sessions");
  std::vector<Uuid> ids;
  if (answer.is_array())
    for (const Value& id : answer.as_array())
      if (id.is_uuid()) ids.push_back(id.as_uuid());
  return ids;
}

Transaction Client::begin() {
  if (server_major() < 3) return Transaction(session_, std::nullopt, -1);
  detail::CallOptions call;
  int slot = -1;
  call.used_slot = &slot;
  const Value answer = session_->call("begin", {}, call);
  if (!answer.is_uuid()) throw ProtocolError("`begin` answered " + describe(answer) + ", expected a uuid");
  return Transaction(session_, answer.as_uuid(), slot);
}

Value Client::rpc(const std::string& method, Array params, std::optional<std::chrono::milliseconds> timeout) {
  detail::CallOptions call;
  call.timeout = timeout;
  return session_->call(method, std::move(params), call);
}

Pending<Value> Client::rpc_async(const std::string& method, Array params,
                                 std::optional<std::chrono::milliseconds> timeout) {
  detail::CallOptions call;
  call.timeout = timeout;
  return Pending<Value>(session_->core->start(session_->id, method, std::move(params), call),
                        [](Value&& result) { return std::move(result); });
}

std::optional<Value> Client::single(const Value& answer) {
  if (answer.is_none() || answer.is_null()) return std::nullopt;
  if (answer.is_array()) {
    const Array& items = answer.as_array();
    if (items.empty()) return std::nullopt;
    if (items.size() == 1) return items.front();
  }
  return answer;
}

}  // namespace surreal
