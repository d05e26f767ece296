// The floor measurement of surreal-bench (socket_floor.hpp) against devdb: it makes the calls it counts,
// checks their answers, and says which step failed when it cannot.
#include "socket_floor.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "support/devdb.hpp"

using surreal_bench::RawWebSocketRing;
using surrealpp::test::devdb;

namespace {

/// The message of the std::runtime_error that `f` throws ("" when it throws none).
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("one call at a time and 64 in flight are all answered with 1") {
  RawWebSocketRing ring(devdb().ws_url, "floor_test");
  CHECK_NOTHROW(ring.run(1, 25));
  CHECK_NOTHROW(ring.run(64, 64 * 10));
  // Fewer calls than the ring holds: every one is still answered and counted.
  CHECK_NOTHROW(ring.run(64, 5));
}

TEST_CASE("no calls is nothing to do; calls with none in flight are refused instead of waiting forever") {
  RawWebSocketRing ring(devdb().ws_url, "floor_test");
  CHECK_NOTHROW(ring.run(64, 0));
  CHECK(error_of([&] { ring.run(0, 5); }) == "socket floor: at least one call must be in flight");
  // The connection is still usable: the refused run sent nothing.
  CHECK_NOTHROW(ring.run(1, 3));
}

TEST_CASE("a refused connection names the address and the system's reason") {
  // Port 1 on loopback: nothing listens there on a test machine.
  const std::string message = error_of([] { RawWebSocketRing ring("ws://127.0.0.1:1/rpc", "x"); });
  CHECK(message == "socket floor: connect to ws://127.0.0.1:1/rpc: Connection refused");
}

TEST_CASE("a path the server does not serve is reported with the server's status line") {
  const std::string url = "ws://127.0.0.1:" + std::to_string(devdb().port) + "/nowhere";
  const std::string message = error_of([&] { RawWebSocketRing ring(url, "x"); });
  CHECK(message == "socket floor: the upgrade was refused: HTTP/1.1 404 Not Found");
}

TEST_CASE("URLs other than ws:// with a numeric IPv4 host are refused before connecting") {
  CHECK(error_of([] { RawWebSocketRing ring("wss://127.0.0.1:8000/rpc", "x"); }) ==
        "socket floor: only ws:// URLs are measured, not wss://127.0.0.1:8000/rpc");
  CHECK(error_of([] { RawWebSocketRing ring("ws://localhost:8000/rpc", "x"); }) ==
        "socket floor: not a numeric IPv4 host: localhost");
  CHECK(error_of([] { RawWebSocketRing ring("ws://127.0.0.1/rpc", "x"); }) ==
        "socket floor: no port in ws://127.0.0.1/rpc");
  CHECK(error_of([] { RawWebSocketRing ring("ws://127.0.0.1:http/rpc", "x"); }) ==
        "socket floor: not a port number: 'http' in ws://127.0.0.1:http/rpc");
  CHECK(error_of([] { RawWebSocketRing ring("ws://127.0.0.1:70000/rpc", "x"); }) ==
        "socket floor: not a port number: '70000' in ws://127.0.0.1:70000/rpc");
}
