// The WebSocket transport on websocketpp + standalone asio. Compiled as C++17 (websocketpp 0.8.2 does not
// build as C++20), so it includes no public header other than error.hpp.
#include "io_leadership.hpp"
#include "recycling_message_manager.hpp"
#include "websocket_connection.hpp"
#include "ws_frame.hpp"

#include <surreal/error.hpp>

#include <asio/ssl/host_name_verification.hpp>
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_client.hpp>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <random>
#include <thread>
#include <type_traits>

namespace surreal::detail {

namespace {

// SurrealDB answers whole query results in one frame; websocketpp's 32 MB default would cut large selects.
constexpr std::size_t max_message_bytes = std::size_t{1} << 30;
// How long the loop may go unread between two calls before the background thread reads it again (see
// io_leadership.hpp): the most a live notification arriving in such a gap waits.
constexpr std::chrono::milliseconds lull_before_background{10};
// The most input a leader lets gather before reading it (see gather_input()): well under the smallest TCP
// receive buffer Linux gives a socket by default (tcp_rmem's 128 KiB), so that the mark is always reachable.
constexpr std::size_t max_gather_bytes = 32 * 1024;

enum class State { connecting, open, closed };

/// websocketpp's client configs, with messages from RecyclingMessageManager (see there why).
template <typename Base>
struct RecyclingConfig : Base {
  typedef RecyclingConfig type;
  typedef websocketpp::message_buffer::message<RecyclingMessageManager> message_type;
  typedef RecyclingMessageManager<message_type> con_msg_manager_type;
  typedef websocketpp::message_buffer::alloc::endpoint_msg_manager<con_msg_manager_type>
      endpoint_msg_manager_type;
};
using PlainConfig = RecyclingConfig<websocketpp::config::asio_client>;
using TlsConfig = RecyclingConfig<websocketpp::config::asio_tls_client>;

/// Writes all of `parts` to a (possibly non-blocking) socket, waiting for room when it is full. Returns 0 or
/// the errno that stopped it. MSG_NOSIGNAL: a peer that went away must not kill the process with SIGPIPE.
int write_all(int fd, iovec* parts, std::size_t count) {
  while (count > 0) {
    msghdr message{};
    message.msg_iov = parts;
    message.msg_iovlen = count;
    const ssize_t written = ::sendmsg(fd, &message, MSG_NOSIGNAL);
    if (written < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        pollfd waiting{fd, POLLOUT, 0};
        if (::poll(&waiting, 1, -1) < 0 && errno != EINTR) return errno;
        continue;
      }
      return errno;
    }
    auto left = static_cast<std::size_t>(written);
    while (count > 0 && left >= parts->iov_len) {
      left -= parts->iov_len;
      ++parts;
      --count;
    }
    if (count > 0) {
      parts->iov_base = static_cast<char*>(parts->iov_base) + left;
      parts->iov_len -= left;
    }
  }
  return 0;
}

/// The connection for one websocketpp config (plain or TLS). Owns its endpoint and the background thread that
/// runs its loop while no caller does.
template <typename Config>
class WebSocketppConnection final : public WebSocketConnection {
  using Client = websocketpp::client<Config>;
  using ConnectionPtr = typename Client::connection_ptr;
  using Timer = typename Client::timer_ptr;
  // Plain TCP: calls write their frames from the calling thread (see send()). TLS keeps websocketpp's queue:
  // the SSL stream cannot be written while the I/O thread reads it.
  static constexpr bool writes_directly = std::is_same<Config, PlainConfig>::value;

 public:
  WebSocketppConnection(WebSocketSettings settings, MessageHandler on_message, CloseHandler on_close,
                        GatherMark gather_mark)
      : settings_(std::move(settings)),
        on_message_(std::move(on_message)),
        on_close_(std::move(on_close)),
        gather_mark_(std::move(gather_mark)),
        leadership_(IoLeadership::Loop{[this](IoLeadership::Clock::time_point deadline, bool gather) {
                                         return run_one(deadline, gather);
                                       },
                                       [this] { asio::post(client_.get_io_service(), [] {}); }},
                    lull_before_background) {
    client_.clear_access_channels(websocketpp::log::alevel::all);
    client_.clear_error_channels(websocketpp::log::elevel::all);
    client_.init_asio();
    client_.start_perpetual();
    client_.set_max_message_size(max_message_bytes);
    client_.set_open_handshake_timeout(static_cast<long>(settings_.connect_timeout.count()));
    client_.set_pong_timeout(static_cast<long>(settings_.pong_timeout.count()));
    install_tls_handler();
    io_thread_ = std::thread([this] { leadership_.run_background(); });
  }

  ~WebSocketppConnection() override {
    shutdown();
    // No caller can be writing: the channel owning this connection outlives every call made through it.
    if (direct_fd_ >= 0) ::close(direct_fd_);
  }

  void connect() {
    websocketpp::lib::error_code ec;
    ConnectionPtr con = client_.get_connection(settings_.url, ec);
    if (ec) {
      shutdown();
      throw ConnectionError("cannot connect to " + settings_.url + ": " + ec.message());
    }
    con->add_subprotocol("cbor");
    con->set_open_handler([this](websocketpp::connection_hdl hdl) { handle_open(hdl); });
    con->set_fail_handler([this](websocketpp::connection_hdl hdl) { handle_fail(hdl); });
    con->set_close_handler([this](websocketpp::connection_hdl hdl) { handle_close(hdl); });
    con->set_message_handler([this](websocketpp::connection_hdl, typename Client::message_ptr message) {
      ++messages_read_;
      const std::string& payload = message->get_payload();
      if (on_message_) on_message_(std::string_view(payload));
      message->recycle();  // handled: a large payload's memory serves the next large message
    });
    con->set_pong_handler([this](websocketpp::connection_hdl, std::string) { awaiting_pong_ = false; });
    con->set_pong_timeout_handler([this](websocketpp::connection_hdl, std::string) {
      terminate_on_io_thread("no pong within " + std::to_string(settings_.pong_timeout.count()) + " ms");
    });
    if (writes_directly) {
      // websocketpp would answer the server's pings from its own write queue, which could interleave with a
      // frame a caller is writing: the pong goes through the direct path too.
      std::weak_ptr<typename ConnectionPtr::element_type> weak = con;
      con->set_ping_handler([this, weak](websocketpp::connection_hdl, std::string payload) {
        auto self = weak.lock();
        if (!self || !direct_writes_) return true;
        send_control(self, ws_frame::pong, std::move(payload));
        return false;
      });
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      connection_ = con;
    }
    client_.connect(con);

    std::unique_lock<std::mutex> lock(mutex_);
    // The open handshake has its own timeout inside websocketpp; this wait is a backstop for DNS/TCP stalls.
    const bool settled = state_changed_.wait_for(lock, settings_.connect_timeout + std::chrono::seconds(2),
                                                 [this] { return state_ != State::connecting; });
    if (state_ == State::open) return;
    std::string reason = settled
                             ? failure_reason_
                             : "timed out after " + std::to_string(settings_.connect_timeout.count()) + " ms";
    lock.unlock();
    shutdown();
    throw ConnectionError("cannot connect to " + settings_.url + ": " + reason);
  }

  void send(std::vector<std::uint8_t> bytes, Write when) override {
    ConnectionPtr con;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (state_ != State::open) throw ConnectionError("the connection to " + settings_.url + " is closed");
      con = connection_;
    }
    if (writes_directly && direct_writes_ && send_directly(bytes, when)) return;
    // websocketpp's send is thread-safe: it queues under the connection's write lock and posts to the I/O
    // thread.
    const websocketpp::lib::error_code ec =
        con->send(bytes.data(), bytes.size(), websocketpp::frame::opcode::binary);
    if (ec) throw ConnectionError("cannot send to " + settings_.url + ": " + ec.message());
  }

  bool is_open() const override {
    std::lock_guard<std::mutex> lock(mutex_);
    return state_ == State::open;
  }

  void flush() override {
    if (writes_directly) flush_directly();
  }

  bool wait(OneShotSignal& answered, std::chrono::steady_clock::time_point deadline, bool gather) override {
    // Already answered: the deferred frames may wait for the thread's next wait, and be written together.
    if (answered.is_set()) return true;
    if (writes_directly) {
      try {
        flush_directly();
      } catch (const ConnectionError&) {
        // The connection is closing: every call in flight, `answered`'s too, is failed as it closes.
      }
    }
    return leadership_.wait(answered, deadline, gather);
  }

  void close() override { shutdown(); }

  void abort() override { terminate_on_io_thread("connection aborted"); }

 private:
  void install_tls_handler();

  /// One step of the loop for IoLeadership: runs at most one handler, waiting until `deadline`.
  bool run_one(IoLeadership::Clock::time_point deadline, bool gather) {
    auto& io = client_.get_io_service();
    if (io.stopped()) return false;
    if (writes_directly && gather && may_gather()) {
      // Input asio has read already is not in the socket any more: a speculative read completes its handler
      // later, from the queue. Run what is ready first, and gather only when the loop would block.
      if (io.poll_one() > 0) return !io.stopped();
      gather_input(deadline);
    }
    if (deadline == IoLeadership::Clock::time_point::max())
      io.run_one();
    else
      io.run_one_until(deadline);
    return !io.stopped();
  }

  /// Whether gather_input() may wait at all. Not after a window passed without reaching the mark while
  /// nothing was read since: the answers still to come may never reach it (slow ones, or fewer bytes than the
  /// estimate), so they are read as they come until one arrives.
  bool may_gather() const {
    return settings_.gather_window.count() > 0 && gather_mark_ && direct_writes_ &&
           messages_read_ != messages_read_at_gather_timeout_;
  }

  /// Lets input arrive until there are gather_mark_() bytes of it, for at most gather_window (and not past
  /// `deadline`), before the loop reads it: SO_RCVLOWAT keeps the socket from counting as readable below the
  /// mark, so the poll below sleeps until enough answers are in rather than waking for each. Setting the mark
  /// back to 1 makes the kernel look again (tcp_set_rcvlowat calls tcp_data_ready), which wakes asio's epoll
  /// for whatever arrived below the mark. Runs on the leader only, the one thread reading the socket.
  void gather_input(IoLeadership::Clock::time_point deadline) {
    const auto now = IoLeadership::Clock::now();
    if (deadline <= now) return;
    // At most what the receive buffer surely holds: a mark above it could never be reached.
    const int mark = static_cast<int>(std::min<std::size_t>(gather_mark_(), max_gather_bytes));
    if (mark <= 1 || ::setsockopt(direct_fd_, SOL_SOCKET, SO_RCVLOWAT, &mark, sizeof mark) != 0) return;
    const auto window = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::min<IoLeadership::Clock::duration>(settings_.gather_window, deadline - now));
    timespec timeout{static_cast<time_t>(window.count() / 1000000000),
                     static_cast<long>(window.count() % 1000000000)};
    pollfd readable{direct_fd_, POLLIN, 0};
    if (::ppoll(&readable, 1, &timeout, nullptr) == 0) messages_read_at_gather_timeout_ = messages_read_;
    const int one = 1;
    ::setsockopt(direct_fd_, SOL_SOCKET, SO_RCVLOWAT, &one, sizeof one);
  }

  void handle_open(websocketpp::connection_hdl hdl) {
    websocketpp::lib::error_code ec;
    ConnectionPtr con = client_.get_con_from_hdl(hdl, ec);
    if (ec) return;
    // websocketpp's client never records the negotiated subprotocol (get_subprotocol() stays empty), so read
    // the server's answer header directly.
    if (con->get_response_header("Sec-WebSocket-Protocol") != "cbor") {
      // The official SDKs refuse such a server too: without `cbor` it would expect JSON frames.
      {
        std::lock_guard<std::mutex> lock(mutex_);
        failure_reason_ = "the server did not accept the `cbor` WebSocket subprotocol";
        state_ = State::closed;
      }
      state_changed_.notify_all();
      con->close(websocketpp::close::status::protocol_error, "cbor subprotocol required", ec);
      return;
    }
    // Small RPC frames must not wait for Nagle's algorithm; set here, where the socket is connected.
    asio::error_code option_ec;
    con->get_raw_socket().set_option(asio::ip::tcp::no_delay(true), option_ec);
    if (writes_directly) {
      // A duplicate descriptor of our own: websocketpp closes its descriptor on the I/O thread whenever the
      // connection ends, and a caller writing at that moment must never write to a number the process has
      // meanwhile given to another file. Ours is closed only under the write lock. (The duplicate shares the
      // socket, so websocketpp's shutdown() still ends the connection for both.)
      direct_fd_ = ::dup(con->get_raw_socket().native_handle());
      direct_writes_ = direct_fd_ >= 0;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      state_ = State::open;
    }
    state_changed_.notify_all();
    schedule_ping(con);
  }

  void handle_fail(websocketpp::connection_hdl hdl) {
    websocketpp::lib::error_code ec;
    ConnectionPtr con = client_.get_con_from_hdl(hdl, ec);
    std::string reason = "connection failed";
    if (!ec) {
      reason = con->get_ec().message();
      std::lock_guard<std::mutex> lock(mutex_);
      if (!tls_failure_.empty()) reason += " (" + tls_failure_ + ")";
      const auto status = con->get_response_code();
      if (status != websocketpp::http::status_code::uninitialized && status != 101)
        reason += " (HTTP " + std::to_string(static_cast<int>(status)) + ")";
    }
    finish(reason);
  }

  void handle_close(websocketpp::connection_hdl hdl) {
    websocketpp::lib::error_code ec;
    ConnectionPtr con = client_.get_con_from_hdl(hdl, ec);
    std::string reason = "connection closed";
    if (!ec) {
      reason = "connection closed (code " + std::to_string(con->get_remote_close_code()) + ")";
      if (!con->get_remote_close_reason().empty()) reason += ": " + con->get_remote_close_reason();
    }
    finish(reason);
  }

  /// The single transition to `closed`: tells the owner once, and only if the connection had been open.
  void finish(const std::string& reason) {
    bool was_open = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (state_ == State::closed) return;
      was_open = state_ == State::open;
      state_ = State::closed;
      failure_reason_ = reason;
      // The ping timer is left to fire once: it sees the closed state and stops (asio timers are not
      // thread-safe to cancel from here).
    }
    state_changed_.notify_all();
    if (was_open) drop_direct_writes();
    if (was_open && on_close_) on_close_(reason);
  }

  void schedule_ping(const ConnectionPtr& con) {
    if (settings_.ping_interval.count() <= 0) return;
    std::weak_ptr<typename ConnectionPtr::element_type> weak = con;
    auto timer = con->set_timer(static_cast<long>(settings_.ping_interval.count()),
                                [this, weak](const websocketpp::lib::error_code& ec) {
                                  if (ec) return;  // cancelled
                                  auto con = weak.lock();
                                  if (!con || !is_open()) return;
                                  // websocketpp restarts its pong timer on every ping: pinging again before
                                  // the last pong would keep a dead peer from ever timing out.
                                  if (!awaiting_pong_.exchange(true)) {
                                    if (writes_directly && direct_writes_) {
                                      ping_directly(con);
                                    } else {
                                      websocketpp::lib::error_code ping_ec;
                                      con->ping("", ping_ec);
                                    }
                                  }
                                  schedule_ping(con);
                                });
    std::lock_guard<std::mutex> lock(mutex_);
    ping_timer_ = timer;
  }

  void terminate_on_io_thread(const std::string& reason) {
    ConnectionPtr con;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      con = connection_;
      if (!con || state_ != State::open) return;
    }
    // Closed from the caller's point of view at once (so no new call picks this connection); the socket
    // itself is touched only on the I/O thread, as asio requires. websocketpp's close handler then finds us
    // closed already.
    finish(reason);
    asio::post(client_.get_io_service(), [con] {
      websocketpp::lib::error_code ec;
      // Our duplicate descriptor keeps the socket itself open, so close() alone would not end the connection.
      if (writes_directly) con->get_raw_socket().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
      con->get_raw_socket().close(ec);
    });
  }

  /// Before websocketpp writes its close frame: ends the direct write path once a write in progress is done.
  void stop_direct_writes() {
    if (!writes_directly) return;
    std::unique_lock<std::timed_mutex> write_lock(write_mutex_, std::defer_lock);
    if (!write_lock.try_lock_for(std::chrono::seconds(2))) {
      // A caller is stuck writing to a peer that stopped reading: shutting the socket down makes it fail.
      drop_direct_writes();
      write_lock.lock();
    }
    direct_writes_ = false;
  }

  /// The connection is over: no more direct writes, and one blocked in a write fails now. Our descriptor
  /// stays open (so its number cannot be reused under a writer) until the destructor.
  void drop_direct_writes() {
    direct_writes_ = false;
    if (writes_directly && direct_fd_ >= 0) ::shutdown(direct_fd_, SHUT_RDWR);
  }

  /// Sends a request frame from the calling thread rather than queueing it for the I/O thread, which would
  /// have to be woken (an epoll interrupt and a context switch per call) only to make the same write.
  /// Concurrent callers combine: while one thread writes, the others append their frames to `combined_` and
  /// return; the writer sends them in one go before it leaves. A deferred frame waits in `deferred_` for
  /// flush(). False when the direct path has been closed (the caller falls back to websocketpp); throws
  /// ConnectionError when the write fails.
  bool send_directly(std::vector<std::uint8_t>& bytes, Write when) {
    const std::uint32_t mask = next_mask();
    const ws_frame::Head head = ws_frame::client_head(ws_frame::binary, bytes.size(), mask);
    ws_frame::apply_mask(bytes.data(), bytes.size(), mask);
    std::unique_lock<std::mutex> queue_lock(combine_mutex_);
    if (when == Write::deferred || writing_) {
      std::vector<std::uint8_t>& queue = when == Write::deferred ? deferred_ : combined_;
      queue.insert(queue.end(), head.bytes.begin(), head.bytes.begin() + static_cast<long>(head.size));
      queue.insert(queue.end(), bytes.begin(), bytes.end());
      if (when == Write::deferred) has_deferred_.store(true, std::memory_order_release);
      return true;
    }
    writing_ = true;
    queue_lock.unlock();
    iovec parts[2] = {{const_cast<std::uint8_t*>(head.bytes.data()), head.size},
                      {bytes.data(), bytes.size()}};
    const int error = write_as_writer(parts, bytes.empty() ? 1 : 2);
    if (error == -1) {
      ws_frame::apply_mask(bytes.data(), bytes.size(), mask);  // websocketpp masks the original bytes itself
      return false;
    }
    if (error != 0) fail_write(error);
    return true;
  }

  /// Writes the deferred frames, or hands them to the thread writing at this moment.
  void flush_directly() {
    if (!has_deferred_.load(std::memory_order_acquire)) return;
    std::unique_lock<std::mutex> queue_lock(combine_mutex_);
    has_deferred_.store(false, std::memory_order_relaxed);
    if (deferred_.empty()) return;
    if (writing_) {
      combined_.insert(combined_.end(), deferred_.begin(), deferred_.end());
      deferred_.clear();
      return;
    }
    std::vector<std::uint8_t> batch;
    batch.swap(deferred_);
    writing_ = true;
    queue_lock.unlock();
    iovec part{batch.data(), batch.size()};
    const int error = write_as_writer(&part, 1);
    // -1: the direct path closed because the connection is ending; its calls fail as it closes.
    if (error == -1) throw ConnectionError("cannot send to " + settings_.url + ": the connection is closing");
    if (error != 0) fail_write(error);
  }

  /// Writes `parts` as the one writer (the caller set writing_), then the frames others combined meanwhile,
  /// and stops being the writer. Returns 0, an errno, or -1 when the direct path is closed.
  int write_as_writer(iovec* parts, std::size_t count) {
    std::unique_lock<std::timed_mutex> write_lock(write_mutex_);
    int error = direct_writes_ ? write_all(direct_fd_, parts, count) : -1;
    std::vector<std::uint8_t> batch;
    std::unique_lock<std::mutex> queue_lock(combine_mutex_);
    for (;;) {
      if (combined_.empty() || error != 0) {
        // After a failure the frames of others are dropped: the connection is being torn down, which fails
        // their calls with ConnectionError.
        combined_.clear();
        writing_ = false;
        return error;
      }
      batch.swap(combined_);
      queue_lock.unlock();
      iovec part{batch.data(), batch.size()};
      error = write_all(direct_fd_, &part, 1);
      batch.clear();
      queue_lock.lock();
    }
  }

  /// A write failed with `error`: the connection is torn down (failing every call in flight) and the writer
  /// learns why.
  [[noreturn]] void fail_write(int error) {
    terminate_on_io_thread(std::string("cannot send: ") + std::strerror(error));
    throw ConnectionError("cannot send to " + settings_.url + ": " + std::strerror(error));
  }

  /// A masking key: splitmix64 over a per-connection random seed, so no lock and no system call per frame.
  /// (RFC 6455 wants keys a script cannot predict, against proxy cache poisoning by browser pages;
  /// websocketpp reads std::random_device for each frame.)
  std::uint32_t next_mask() {
    std::uint64_t z =
        mask_seed_ + 0x9e3779b97f4a7c15ull * mask_counter_.fetch_add(1, std::memory_order_relaxed);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return static_cast<std::uint32_t>(z ^ (z >> 31));
  }

  /// Writes one frame on our descriptor; the caller holds write_mutex_. Masks `data` in place. Returns 0 or
  /// an errno.
  int write_frame_locked(ws_frame::Opcode opcode, std::uint8_t* data, std::size_t size) {
    const std::uint32_t mask = next_mask();
    ws_frame::Head head = ws_frame::client_head(opcode, size, mask);
    ws_frame::apply_mask(data, size, mask);
    iovec parts[2] = {{head.bytes.data(), head.size}, {data, size}};
    return write_all(direct_fd_, parts, size ? 2 : 1);
  }

  /// A ping or pong from the I/O thread. It must never wait for a caller's write (a peer that stops reading
  /// would then stall the reads too), so a busy write path means: try again in a millisecond.
  void send_control(const ConnectionPtr& con, ws_frame::Opcode opcode, std::string payload) {
    {
      // A caller is writing: it sends this too before it leaves (so a steady stream of calls cannot keep a
      // ping waiting until its pong deadline).
      std::lock_guard<std::mutex> queue_lock(combine_mutex_);
      if (writing_ && direct_writes_) {
        std::vector<std::uint8_t> bytes(payload.begin(), payload.end());
        const std::uint32_t mask = next_mask();
        const ws_frame::Head head = ws_frame::client_head(opcode, bytes.size(), mask);
        ws_frame::apply_mask(bytes.data(), bytes.size(), mask);
        combined_.insert(combined_.end(), head.bytes.begin(),
                         head.bytes.begin() + static_cast<long>(head.size));
        combined_.insert(combined_.end(), bytes.begin(), bytes.end());
        return;
      }
    }
    std::unique_lock<std::timed_mutex> write_lock(write_mutex_, std::try_to_lock);
    if (!write_lock.owns_lock()) {
      std::weak_ptr<typename ConnectionPtr::element_type> weak = con;
      con->set_timer(1, [this, weak, opcode, payload](const websocketpp::lib::error_code& ec) {
        if (ec) return;
        if (auto again = weak.lock(); again && is_open()) send_control(again, opcode, payload);
      });
      return;
    }
    if (!direct_writes_) return;
    std::vector<std::uint8_t> bytes(payload.begin(), payload.end());
    // A failed write needs no handling here: the read side sees the same dead socket and closes.
    write_frame_locked(opcode, bytes.data(), bytes.size());
  }

  /// Our own ping with its pong deadline (websocketpp's runs only for pings it sent itself). The deadline
  /// starts now, not when the ping is written, so a peer that stalls a caller's write is found dead too.
  void ping_directly(const ConnectionPtr& con) {
    const std::uint64_t sequence = ++ping_sequence_;
    std::weak_ptr<typename ConnectionPtr::element_type> weak = con;
    con->set_timer(static_cast<long>(settings_.pong_timeout.count()),
                   [this, weak, sequence](const websocketpp::lib::error_code& ec) {
                     if (ec || !weak.lock()) return;
                     if (awaiting_pong_ && ping_sequence_ == sequence)
                       terminate_on_io_thread("no pong within " +
                                              std::to_string(settings_.pong_timeout.count()) + " ms");
                   });
    send_control(con, ws_frame::ping, std::string());
  }

  /// Stops the I/O thread. A normal close frame is sent first when the connection is open.
  void shutdown() {
    if (stopped_.exchange(true)) return;
    ConnectionPtr con;
    bool open = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      con = connection_;
      open = state_ == State::open;
    }
    // websocketpp writes the close frame itself: no caller may be writing then.
    stop_direct_writes();
    if (con && open) {
      websocketpp::lib::error_code ec;
      con->close(websocketpp::close::status::normal, "client closing", ec);
      std::unique_lock<std::mutex> lock(mutex_);
      state_changed_.wait_for(lock, std::chrono::seconds(2), [this] { return state_ == State::closed; });
    }
    client_.stop_perpetual();
    client_.stop();
    leadership_.stop();
    if (io_thread_.joinable()) {
      // Destroyed from a callback on the I/O thread itself: joining would deadlock; the thread is ending
      // anyway.
      if (io_thread_.get_id() == std::this_thread::get_id())
        io_thread_.detach();
      else
        io_thread_.join();
    }
    finish("connection closed by the client");
  }

  WebSocketSettings settings_;
  MessageHandler on_message_;
  CloseHandler on_close_;
  GatherMark gather_mark_;
  // Counted on whichever thread leads the loop (handed over under IoLeadership's lock), for gather_input().
  std::uint64_t messages_read_ = 0;
  std::uint64_t messages_read_at_gather_timeout_ = ~std::uint64_t{0};
  Client client_;
  IoLeadership leadership_;
  std::thread io_thread_;  // the background thread of leadership_
  mutable std::mutex mutex_;
  std::condition_variable state_changed_;
  State state_ = State::connecting;
  std::string failure_reason_ = "connection failed";
  std::string tls_failure_;  // why certificate verification refused the server, when it did
  ConnectionPtr connection_;
  Timer ping_timer_;
  std::atomic<bool> stopped_{false};
  std::atomic<bool> awaiting_pong_{false};
  std::atomic<std::uint64_t> ping_sequence_{0};
  // The direct write path (plain TCP only): our duplicate of the socket's descriptor (set once before the
  // state becomes open, closed by the destructor), written only under write_mutex_. A server-initiated close
  // is answered by websocketpp from the I/O thread and could meet a caller's frame; the connection is ending
  // then anyway.
  std::timed_mutex write_mutex_;
  std::atomic<bool> direct_writes_{false};
  int direct_fd_ = -1;
  std::mutex combine_mutex_;               // guards the three below
  bool writing_ = false;                   // a caller is in send_directly() writing
  std::vector<std::uint8_t> combined_;     // frames of other callers for that writer to send
  std::vector<std::uint8_t> deferred_;     // frames sent with Write::deferred, waiting for a flush
  std::atomic<bool> has_deferred_{false};  // deferred_ may be non-empty (read without the lock)
  const std::uint64_t mask_seed_ = (std::uint64_t{std::random_device{}()} << 32) ^ std::random_device{}();
  std::atomic<std::uint64_t> mask_counter_{1};
};

template <>
void WebSocketppConnection<PlainConfig>::install_tls_handler() {}

template <>
void WebSocketppConnection<TlsConfig>::install_tls_handler() {
  std::string host;
  {
    websocketpp::uri uri(settings_.url);
    host = uri.get_host();
  }
  TlsSettings tls = settings_.tls;
  client_.set_tls_init_handler([host, tls, this](websocketpp::connection_hdl) {
    auto context = std::make_shared<asio::ssl::context>(asio::ssl::context::tls_client);
    context->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                         asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                         asio::ssl::context::no_tlsv1_1);
    if (tls.verify_peer) {
      asio::error_code ec;
      if (tls.ca_file.empty())
        context->set_default_verify_paths(ec);
      else
        context->load_verify_file(tls.ca_file, ec);
      if (ec) {
        std::lock_guard<std::mutex> lock(mutex_);
        failure_reason_ = "cannot load trust anchors" +
                          (tls.ca_file.empty() ? std::string() : " from " + tls.ca_file) + ": " +
                          ec.message();
      }
      context->set_verify_mode(asio::ssl::verify_peer);
      // Wraps asio's host name check to remember why a certificate was refused: websocketpp itself only
      // reports "TLS handshake failed".
      asio::ssl::host_name_verification check_host(host);
      context->set_verify_callback(
          [this, check_host, host](bool preverified, asio::ssl::verify_context& ctx) mutable {
            const bool ok = check_host(preverified, ctx);
            if (!ok) {
              const int error = X509_STORE_CTX_get_error(ctx.native_handle());
              std::lock_guard<std::mutex> lock(mutex_);
              tls_failure_ = preverified ? "the certificate does not name host " + host
                                         : std::string("certificate verification failed: ") +
                                               X509_verify_cert_error_string(error);
            }
            return ok;
          });
    } else {
      context->set_verify_mode(asio::ssl::verify_none);
    }
    return context;
  });
}

template <typename Config>
std::unique_ptr<WebSocketConnection> open_with(const WebSocketSettings& settings,
                                               WebSocketConnection::MessageHandler on_message,
                                               WebSocketConnection::CloseHandler on_close,
                                               WebSocketConnection::GatherMark gather_mark) {
  auto connection = std::make_unique<WebSocketppConnection<Config>>(
      settings, std::move(on_message), std::move(on_close), std::move(gather_mark));
  connection->connect();
  return connection;
}

}  // namespace

std::unique_ptr<WebSocketConnection> WebSocketConnection::open(const WebSocketSettings& settings,
                                                               MessageHandler on_message,
                                                               CloseHandler on_close,
                                                               GatherMark gather_mark) {
  if (settings.url.rfind("wss://", 0) == 0)
    return open_with<TlsConfig>(settings, std::move(on_message), std::move(on_close), std::move(gather_mark));
  return open_with<PlainConfig>(settings, std::move(on_message), std::move(on_close), std::move(gather_mark));
}

}  // namespace surreal::detail
