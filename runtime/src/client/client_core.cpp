#include "client_core.hpp"

#include "conflict_retry.hpp"

#include "http_rpc_channel.hpp"
#include "ws_rpc_channel.hpp"

#include <surreal/client.hpp>
#include <surreal/error.hpp>

#include <algorithm>
#include <set>
#include <thread>

namespace surreal::detail {

namespace {

using Clock = std::chrono::steady_clock;

std::string session_key(const std::optional<Uuid>& session) {
  return session ? session->to_string() : std::string();
}

/// Methods that change what the server remembers about a session: over a pool they go to every connection.
bool changes_session_state(const std::string& method) {
  static const std::set<std::string> methods = {"use", "signin", "signup", "authenticate", "invalidate",
                                                "let", "unset",  "attach", "detach",       "reset"};
  return methods.count(method) != 0;
}

/// The token in a signin/signup/refresh answer: a string (2.x, 3.x without refresh) or {access, refresh}.
std::string token_of(const Value& answer) {
  if (answer.is_string()) return answer.as_string();
  if (const Value* access = answer.find("access"); access && access->is_string()) return access->as_string();
  if (const Value* token = answer.find("token"); token && token->is_string()) return token->as_string();
  return {};
}

int major_of(const std::string& version) {
  std::string text = version;
  if (const auto dash = text.rfind('-', text.find('.')); dash != std::string::npos)
    text = text.substr(dash + 1);
  try {
    return std::stoi(text);
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

ClientCore::ClientCore(Endpoint endpoint, Options options)
    : endpoint_(std::move(endpoint)), options_(std::move(options)) {
  if (options_.connections == 0) options_.connections = 1;
  sessions_[""] = SessionState{};
}

std::shared_ptr<ClientCore> ClientCore::connect(const std::string& url, Options options) {
  std::shared_ptr<ClientCore> core(new ClientCore(parse_endpoint(url), std::move(options)));
  core->slots_.resize(core->options_.connections);
  for (std::size_t i = 0; i < core->slots_.size(); ++i) core->slots_[i].channel = core->open_channel(i);

  HttpSessionHeaders no_headers;
  const Value version = core->slots_[0].channel->call(RpcRequest{"version", {}, std::nullopt, std::nullopt},
                                                      core->options_.timeout, &no_headers);
  core->version_text_ = version.is_string() ? version.as_string() : describe(version);
  core->version_major_ = major_of(core->version_text_);
  for (auto& slot : core->slots_) slot.channel->set_server_version(core->version_text_);

  if (core->websocket()) core->maintenance_ = std::thread([raw = core.get()] { raw->maintenance_loop(); });
  return core;
}

ClientCore::~ClientCore() { close(); }

std::shared_ptr<RpcChannel> ClientCore::open_channel(std::size_t slot) {
  if (!endpoint_.websocket()) {
    return std::make_shared<HttpRpcChannel>(
        HttpSettings{endpoint_.rpc_url(), TlsSettings{options_.tls.verify_peer, options_.tls.ca_file},
                     options_.connect_timeout});
  }
  WebSocketSettings settings;
  settings.url = endpoint_.rpc_url();
  settings.tls = TlsSettings{options_.tls.verify_peer, options_.tls.ca_file};
  settings.connect_timeout = options_.connect_timeout;
  settings.ping_interval = options_.ping_interval;
  settings.pong_timeout = options_.pong_timeout;
  settings.gather_window = options_.pipeline_gather_window;
  std::weak_ptr<ClientCore> weak = weak_from_this();
  auto channel = WsRpcChannel::open(
      settings,
      [weak](const Value& notification) {
        if (auto self = weak.lock()) self->on_notification(notification);
      },
      [weak, slot](const std::string&) {
        if (auto self = weak.lock()) self->on_disconnect(slot);
      });
  channel->set_server_version(version_text_);
  return channel;
}

void ClientCore::require(const std::string& method) const {
  static const std::set<std::string> since_3 = {"refresh", "revoke", "attach", "detach", "sessions",
                                                "begin",   "commit", "cancel", "reset"};
  if (since_3.count(method) && version_major_ > 0 && version_major_ < 3)
    throw UnsupportedError("`" + method + "` needs SurrealDB 3.x; the server is " + version_text_);
  if (!websocket() && (method == "live" || method == "kill"))
    throw UnsupportedError("`" + method +
                           "`: live queries need a WebSocket connection (ws:// or wss://), not " +
                           endpoint_.rpc_url());
}

Value ClientCore::call(const std::optional<Uuid>& session, const std::string& method, Array params,
                       const CallOptions& call) {
  require(method);
  const auto timeout = call.timeout.value_or(options_.timeout);
  RpcRequest request = request_for(session, method, std::move(params), call);
  return call_from_attempt(session, request, call, timeout, 0);
}

RpcRequest ClientCore::request_for(const std::optional<Uuid>& session, const std::string& method,
                                   Array params, const CallOptions& call) const {
  RpcRequest request{method, std::move(params), session, call.txn};
  request.deferred = websocket() && pipelined_here();
  return request;
}

void ClientCore::flush() {
  if (!websocket()) return;
  std::exception_ptr first_failure;
  for (const auto& channel : open_channels()) {
    try {
      channel->flush();
    } catch (const ConnectionError&) {
      if (!first_failure) first_failure = std::current_exception();
    }
  }
  if (first_failure) std::rethrow_exception(first_failure);
}

std::size_t ClientCore::conflict_retries_for(const CallOptions& call) const {
  // Inside a client transaction a conflict fails the whole transaction: only its owner can run it again.
  return call.txn ? 0 : options_.conflict_retries;
}

namespace {

/// An answer (not an error) that asks for the call to be sent again: a query of which every statement failed,
/// at least one by a retryable conflict, so that nothing was committed.
bool answer_asks_retry(const std::string& method, const Value& result) {
  return method == "query" && query_failed_only_by_conflict(result);
}

}  // namespace

Value ClientCore::call_from_attempt(const std::optional<Uuid>& session, const RpcRequest& request,
                                    const CallOptions& call, std::chrono::milliseconds timeout,
                                    std::size_t attempt) {
  const std::size_t retries = conflict_retries_for(call);
  for (;; ++attempt) {
    try {
      Value result = websocket() ? call_websocket(session, request, call, timeout)
                                 : call_http(session, request, call, timeout);
      if (attempt >= retries || !answer_asks_retry(request.method, result)) return result;
    } catch (const ConflictError&) {
      // The call failed as a whole, so the server committed none of it.
      if (attempt >= retries) throw;
    }
    std::this_thread::sleep_for(conflict_backoff(options_.conflict_retry_delay, attempt));
  }
}

namespace {

/// A call in flight whose first attempt may end in a retryable conflict: awaiting it then makes the later
/// attempts, blocking, exactly as ClientCore::call() would have.
class RetriedOnConflict final : public InFlightCall {
 public:
  RetriedOnConflict(std::shared_ptr<ClientCore> core, std::optional<Uuid> session, RpcRequest request,
                    CallOptions call, std::chrono::milliseconds timeout, std::shared_ptr<InFlightCall> first)
      : core_(std::move(core)),
        session_(std::move(session)),
        request_(std::move(request)),
        call_(call),
        timeout_(timeout),
        first_(std::move(first)) {}

  bool ready() const override { return first_->ready(); }

  Value await() override {
    try {
      Value result = first_->await();
      if (!answer_asks_retry(request_.method, result)) return result;
    } catch (const ConflictError&) {
      // The call failed as a whole, so the server committed none of it: the retries below are ours.
    }
    std::this_thread::sleep_for(conflict_backoff(core_->options().conflict_retry_delay, 0));
    return core_->call_from_attempt(session_, request_, call_, timeout_, 1);
  }

 private:
  std::shared_ptr<ClientCore> core_;
  std::optional<Uuid> session_;
  RpcRequest request_;
  CallOptions call_;
  std::chrono::milliseconds timeout_;
  std::shared_ptr<InFlightCall> first_;
};

}  // namespace

std::shared_ptr<InFlightCall> ClientCore::start(const std::optional<Uuid>& session, const std::string& method,
                                                Array params, const CallOptions& call) {
  require(method);
  if (changes_session_state(method))
    throw UnsupportedError("`" + method + "` changes the session state and cannot be sent without waiting");
  const auto timeout = call.timeout.value_or(options_.timeout);
  RpcRequest request = request_for(session, method, std::move(params), call);
  std::shared_ptr<InFlightCall> first;
  if (websocket()) {
    auto [channel, index] = pick(call.slot, Clock::now() + timeout, method);
    if (call.used_slot) *call.used_slot = index;
    first = channel->start(request, timeout, nullptr);
  } else {
    first = answered_now([&] { return call_http(session, request, call, timeout); });
  }
  if (conflict_retries_for(call) == 0) return first;
  return std::make_shared<RetriedOnConflict>(shared_from_this(), session, std::move(request), call, timeout,
                                             std::move(first));
}

Value ClientCore::call_websocket(const std::optional<Uuid>& session, const RpcRequest& request,
                                 const CallOptions& call, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  Value result;
  if (call.slot < 0 && slots_.size() > 1 && changes_session_state(request.method)) {
    // A pool: every connection must know the session state. Sign in once; the others authenticate with the
    // token (signing up again would create a second user).
    auto channels = open_channels();
    if (channels.empty()) channels.push_back(pick(-1, deadline, request.method).first);
    result = channels.front()->call(request, timeout, nullptr);
    RpcRequest follow = request;
    if (request.method == "signin" || request.method == "signup") {
      follow.method = "authenticate";
      follow.params = Array{Value(token_of(result))};
    }
    for (std::size_t i = 1; i < channels.size(); ++i) {
      try {
        channels[i]->call(follow, timeout, nullptr);
      } catch (const ConnectionError&) {
        // That connection is going away; its replacement replays the recorded state.
      }
    }
  } else {
    auto [channel, index] = pick(call.slot, deadline, request.method);
    if (call.used_slot) *call.used_slot = index;
    result = channel->call(request, timeout, nullptr);
  }
  record_state(session, request.method, request.params, result);
  return result;
}

Value ClientCore::call_http(const std::optional<Uuid>& session, RpcRequest request, const CallOptions& call,
                            std::chrono::milliseconds timeout) {
  static const std::set<std::string> client_side = {"use",   "let",    "unset", "invalidate",
                                                    "reset", "attach", "detach"};
  if (client_side.count(request.method)) {
    // HTTP keeps no session on the server: these only change what the client sends with later requests.
    record_state(session, request.method, request.params, Value::none());
    return Value::none();
  }
  const SessionState state = session_state(session);
  HttpSessionHeaders headers{state.ns, state.db, state.token};
  if (request.method == "signin" || request.method == "signup") headers.token.clear();
  if (request.method == "authenticate" && !request.params.empty() && request.params[0].is_string())
    headers.token = request.params[0].as_string();
  if (request.method == "query" && !state.vars.empty()) {
    Object vars = state.vars;
    if (request.params.size() > 1 && request.params[1].is_object())
      for (const auto& [name, value] : request.params[1].as_object()) vars.insert_or_assign(name, value);
    request.params.resize(2);
    request.params[1] = Value(std::move(vars));
  }
  // Sessions over HTTP are the client's own (each has its own headers); the server must not look for them.
  request.session.reset();
  auto [channel, index] = pick(call.slot, Clock::now() + timeout, request.method);
  if (call.used_slot) *call.used_slot = index;
  Value result = channel->call(request, timeout, &headers);
  record_state(session, request.method, request.params, result);
  return result;
}

std::vector<std::shared_ptr<RpcChannel>> ClientCore::open_channels() {
  std::lock_guard<std::mutex> lock(slots_mutex_);
  std::vector<std::shared_ptr<RpcChannel>> channels;
  for (const auto& slot : slots_)
    if (slot.channel && slot.channel->is_open()) channels.push_back(slot.channel);
  return channels;
}

std::pair<std::shared_ptr<RpcChannel>, int> ClientCore::pick(int wanted, Clock::time_point deadline,
                                                             const std::string& method) {
  std::unique_lock<std::mutex> lock(slots_mutex_);
  for (;;) {
    if (stopping_) throw ConnectionError("`" + method + "`: the client is closed");
    if (wanted >= 0 && static_cast<std::size_t>(wanted) < slots_.size()) {
      const auto& channel = slots_[static_cast<std::size_t>(wanted)].channel;
      if (channel && channel->is_open()) return {channel, wanted};
    } else {
      // Least calls in flight; ties go round-robin so idle connections share the load.
      int best = -1;
      std::size_t best_load = 0;
      const std::size_t n = slots_.size();
      const std::size_t start = round_robin_++ % n;
      for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (start + k) % n;
        const auto& channel = slots_[i].channel;
        if (!channel || !channel->is_open()) continue;
        const std::size_t load = channel->in_flight();
        if (best < 0 || load < best_load) {
          best = static_cast<int>(i);
          best_load = load;
        }
      }
      if (best >= 0) return {slots_[static_cast<std::size_t>(best)].channel, best};
    }
    const bool all_given_up =
        std::all_of(slots_.begin(), slots_.end(), [](const Slot& s) { return s.given_up; });
    if (!options_.auto_reconnect || all_given_up)
      throw ConnectionError("`" + method + "`: not connected to " + endpoint_.rpc_url() +
                            " (the connection was lost)");
    {
      std::lock_guard<std::mutex> wake(maintenance_mutex_);
      wake_requested_ = true;
    }
    maintenance_wake_.notify_all();
    if (slots_changed_.wait_until(lock, deadline) == std::cv_status::timeout)
      throw ConnectionError("`" + method + "`: not connected to " + endpoint_.rpc_url() +
                            "; reconnecting did not succeed in time");
  }
}

void ClientCore::record_state(const std::optional<Uuid>& session, const std::string& method,
                              const Array& params, const Value& result) {
  if (!changes_session_state(method)) return;
  std::lock_guard<std::mutex> lock(sessions_mutex_);
  SessionState& state = sessions_[session_key(session)];
  state.id = session;
  auto text = [&](std::size_t i) -> std::optional<std::string> {
    if (i < params.size() && params[i].is_string()) return params[i].as_string();
    return std::nullopt;
  };
  if (method == "use") {
    if (auto ns = text(0)) state.ns = *ns;
    if (auto db = text(1)) state.db = *db;
  } else if (method == "signin" || method == "signup") {
    if (!params.empty()) state.credentials = params[0];
    state.token = token_of(result);
  } else if (method == "authenticate") {
    state.token = text(0).value_or("");
    state.credentials.reset();
  } else if (method == "invalidate") {
    state.token.clear();
    state.credentials.reset();
  } else if (method == "let") {
    if (auto name = text(0))
      state.vars.insert_or_assign(*name, params.size() > 1 ? params[1] : Value::none());
  } else if (method == "unset") {
    if (auto name = text(0)) state.vars.erase(*name);
  } else if (method == "reset") {
    state = SessionState{};
    state.id = session;
  }
}

SessionState ClientCore::session_state(const std::optional<Uuid>& session) const {
  std::lock_guard<std::mutex> lock(sessions_mutex_);
  auto it = sessions_.find(session_key(session));
  return it == sessions_.end() ? SessionState{session, {}, {}, std::nullopt, {}, {}} : it->second;
}

void ClientCore::add_session(const Uuid& id) {
  std::lock_guard<std::mutex> lock(sessions_mutex_);
  SessionState state;
  state.id = id;
  sessions_[id.to_string()] = std::move(state);
}

void ClientCore::remove_session(const Uuid& id) {
  std::lock_guard<std::mutex> lock(sessions_mutex_);
  sessions_.erase(id.to_string());
}

void ClientCore::register_live(const std::shared_ptr<LiveSubscription>& subscription) {
  std::vector<Value> early;
  {
    std::lock_guard<std::mutex> lock(lives_mutex_);
    const std::string key = subscription->id().to_string();
    lives_[key] = subscription;
    if (auto it = early_notifications_.find(key); it != early_notifications_.end()) {
      early = std::move(it->second);
      early_notifications_.erase(it);
    }
  }
  for (const Value& notification : early) subscription->deliver(notification);
}

void ClientCore::unregister_live(const Uuid& id) {
  std::lock_guard<std::mutex> lock(lives_mutex_);
  lives_.erase(id.to_string());
}

void ClientCore::on_notification(const Value& notification) {
  const Value* id = notification.find("id");
  if (!id || !id->is_uuid()) return;
  const std::string key = id->as_uuid().to_string();
  std::shared_ptr<LiveSubscription> subscription;
  {
    std::lock_guard<std::mutex> lock(lives_mutex_);
    if (auto it = lives_.find(key); it != lives_.end()) subscription = it->second.lock();
    if (!subscription) {
      // The `live` answer may still be on its way: keep a bounded number of these until it is registered.
      constexpr std::size_t max_ids = 64, max_per_id = 1024;
      if (early_notifications_.size() >= max_ids && !early_notifications_.count(key))
        early_notifications_.erase(early_notifications_.begin());
      auto& queue = early_notifications_[key];
      if (queue.size() < max_per_id) queue.push_back(notification);
      return;
    }
  }
  subscription->deliver(notification);
}

void ClientCore::on_disconnect(std::size_t) {
  {
    std::lock_guard<std::mutex> lock(maintenance_mutex_);
    wake_requested_ = true;
  }
  maintenance_wake_.notify_all();
}

void ClientCore::end_lives_of_slot(std::size_t slot, const std::string& reason) {
  std::vector<std::shared_ptr<LiveSubscription>> ended;
  {
    std::lock_guard<std::mutex> lock(lives_mutex_);
    for (auto it = lives_.begin(); it != lives_.end();) {
      auto subscription = it->second.lock();
      if (!subscription || subscription->slot() == static_cast<int>(slot)) {
        if (subscription) ended.push_back(subscription);
        it = lives_.erase(it);
      } else {
        ++it;
      }
    }
  }
  for (auto& subscription : ended) subscription->end(reason);
}

void ClientCore::maintenance_loop() {
  std::unique_lock<std::mutex> lock(maintenance_mutex_);
  while (!stopping_) {
    auto wake_at = Clock::now() + std::chrono::seconds(1);
    lock.unlock();
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      std::shared_ptr<RpcChannel> channel;
      Clock::time_point next_attempt;
      bool given_up = false;
      {
        std::lock_guard<std::mutex> slots_lock(slots_mutex_);
        channel = slots_[i].channel;
        next_attempt = slots_[i].next_attempt;
        given_up = slots_[i].given_up;
      }
      if ((channel && channel->is_open()) || given_up) continue;
      if (!options_.auto_reconnect) {
        {
          std::lock_guard<std::mutex> slots_lock(slots_mutex_);
          slots_[i].given_up = true;
        }
        end_lives_of_slot(i, "the connection was lost and auto_reconnect is off");
        slots_changed_.notify_all();
        continue;
      }
      if (Clock::now() < next_attempt) {
        wake_at = std::min(wake_at, next_attempt);
        continue;
      }
      try {
        reconnect_slot(i);
      } catch (const std::exception& error) {
        std::lock_guard<std::mutex> slots_lock(slots_mutex_);
        Slot& slot = slots_[i];
        ++slot.failures;
        // Exponential backoff: initial, 2×, 4×, … capped at the maximum delay.
        auto delay = options_.reconnect_initial_delay;
        for (std::size_t k = 1; k < slot.failures && delay < options_.reconnect_max_delay; ++k) delay *= 2;
        delay = std::min(delay, options_.reconnect_max_delay);
        slot.next_attempt = Clock::now() + delay;
        wake_at = std::min(wake_at, slot.next_attempt);
        if (options_.reconnect_max_attempts && slot.failures >= options_.reconnect_max_attempts) {
          slot.given_up = true;
          slots_changed_.notify_all();
        }
      }
      bool ended = false;
      {
        std::lock_guard<std::mutex> slots_lock(slots_mutex_);
        ended = slots_[i].given_up;
      }
      if (ended) end_lives_of_slot(i, "the connection was lost and reconnecting failed");
    }
    lock.lock();
    maintenance_wake_.wait_until(lock, wake_at, [this] { return stopping_ || wake_requested_; });
    wake_requested_ = false;
  }
}

void ClientCore::reconnect_slot(std::size_t slot) {
  auto channel = open_channel(slot);
  // Restore everything before anyone else can use the connection: callers never see a half-restored session.
  replay(*channel, slot);
  std::shared_ptr<RpcChannel> old;
  {
    std::lock_guard<std::mutex> lock(slots_mutex_);
    old = std::move(slots_[slot].channel);
    slots_[slot].channel = channel;
    slots_[slot].failures = 0;
    slots_[slot].next_attempt = {};
  }
  slots_changed_.notify_all();
}

void ClientCore::replay(RpcChannel& channel, std::size_t slot) {
  const auto timeout = options_.timeout;
  std::vector<SessionState> states;
  {
    std::lock_guard<std::mutex> lock(sessions_mutex_);
    for (const auto& [key, state] : sessions_)
      states.push_back(state);  // "" (the default session) sorts first
  }
  for (const SessionState& state : states) {
    auto run = [&](const std::string& method, Array params) {
      return channel.call(RpcRequest{method, std::move(params), state.id, std::nullopt}, timeout, nullptr);
    };
    if (state.id) run("attach", {});
    if (!state.ns.empty() || !state.db.empty())
      run("use", {state.ns.empty() ? Value::none() : Value(state.ns),
                  state.db.empty() ? Value::none() : Value(state.db)});
    if (state.credentials) {
      const Value answer = run("signin", {*state.credentials});
      std::lock_guard<std::mutex> lock(sessions_mutex_);
      if (auto it = sessions_.find(session_key(state.id)); it != sessions_.end())
        it->second.token = token_of(answer);
    } else if (!state.token.empty()) {
      run("authenticate", {state.token});
    }
    for (const auto& [name, value] : state.vars) run("let", {name, value});
  }

  std::vector<std::shared_ptr<LiveSubscription>> subscriptions;
  {
    std::lock_guard<std::mutex> lock(lives_mutex_);
    for (const auto& [key, weak] : lives_)
      if (auto subscription = weak.lock(); subscription && subscription->slot() == static_cast<int>(slot))
        subscriptions.push_back(subscription);
  }
  if (!options_.auto_resubscribe) {
    end_lives_of_slot(slot, "the connection was lost and auto_resubscribe is off");
    return;
  }
  for (const auto& subscription : subscriptions) {
    const Uuid old_id = subscription->id();
    const Value answer = channel.call(RpcRequest{"live",
                                                 {Value(Table(subscription->table())), subscription->diff()},
                                                 subscription->session(),
                                                 std::nullopt},
                                      timeout, nullptr);
    const Uuid new_id = answer.as_uuid();
    {
      std::lock_guard<std::mutex> lock(lives_mutex_);
      lives_.erase(old_id.to_string());
    }
    subscription->set_id(new_id);
    register_live(subscription);
    if (options_.on_reconnect) options_.on_reconnect(old_id, new_id);
  }
}

void ClientCore::close() {
  {
    std::lock_guard<std::mutex> lock(maintenance_mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  maintenance_wake_.notify_all();
  if (maintenance_.joinable()) {
    if (maintenance_.get_id() == std::this_thread::get_id())
      maintenance_.detach();
    else
      maintenance_.join();
  }
  std::vector<std::shared_ptr<RpcChannel>> channels;
  {
    std::lock_guard<std::mutex> lock(slots_mutex_);
    for (auto& slot : slots_) channels.push_back(std::move(slot.channel));
  }
  slots_changed_.notify_all();
  for (auto& channel : channels)
    if (channel) channel->close();
  std::vector<std::shared_ptr<LiveSubscription>> subscriptions;
  {
    std::lock_guard<std::mutex> lock(lives_mutex_);
    for (auto& [key, weak] : lives_)
      if (auto subscription = weak.lock()) subscriptions.push_back(subscription);
    lives_.clear();
  }
  for (auto& subscription : subscriptions) subscription->end("the client was closed");
}

void ClientCore::simulate_connection_loss() {
  std::lock_guard<std::mutex> lock(slots_mutex_);
  for (auto& slot : slots_)
    if (slot.channel) slot.channel->abort();
}

}  // namespace surreal::detail
