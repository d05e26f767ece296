// Parsing server urls into transport, host, port and RPC path.
#include "transport/endpoint.hpp"

#include <surreal/error.hpp>

#include <doctest/doctest.h>

using surreal::detail::parse_endpoint;
using surreal::detail::Scheme;

TEST_CASE("ws:// with host, port and /rpc") {
  const auto e = parse_endpoint("ws://127.0.0.1:8000/rpc");
  CHECK(e.scheme == Scheme::ws);
  CHECK(e.websocket());
  CHECK_FALSE(e.tls());
  CHECK(e.host == "127.0.0.1");
  CHECK(e.port == 8000);
  CHECK(e.path == "/rpc");
  CHECK(e.rpc_url() == "ws://127.0.0.1:8000/rpc");
}

TEST_CASE("a url without a path, or with only /, gets /rpc") {
  CHECK(parse_endpoint("http://localhost:8000").path == "/rpc");
  CHECK(parse_endpoint("http://localhost:8000/").path == "/rpc");
  CHECK(parse_endpoint("http://localhost:8000").rpc_url() == "http://localhost:8000/rpc");
}

TEST_CASE("another path is kept as given") {
  CHECK(parse_endpoint("wss://db.example.com/custom/rpc").path == "/custom/rpc");
}

TEST_CASE("default ports follow the scheme") {
  CHECK(parse_endpoint("ws://h").port == 80);
  CHECK(parse_endpoint("http://h").port == 80);
  CHECK(parse_endpoint("wss://h").port == 443);
  CHECK(parse_endpoint("https://h").port == 443);
}

TEST_CASE("TLS schemes are marked") {
  CHECK(parse_endpoint("wss://h").tls());
  CHECK(parse_endpoint("https://h").tls());
  CHECK_FALSE(parse_endpoint("https://h").websocket());
}

TEST_CASE("IPv6 literals keep their brackets in urls") {
  const auto e = parse_endpoint("ws://[::1]:9000/rpc");
  CHECK(e.host == "::1");
  CHECK(e.port == 9000);
  CHECK(e.rpc_url() == "ws://[::1]:9000/rpc");
}

TEST_CASE("bad urls are ConnectionErrors that say what is wrong") {
  CHECK_THROWS_WITH_AS(parse_endpoint("127.0.0.1:8000"), doctest::Contains("expected ws://"),
                       surreal::ConnectionError);
  CHECK_THROWS_WITH_AS(parse_endpoint("tcp://h:1"), doctest::Contains("unsupported scheme 'tcp'"),
                       surreal::ConnectionError);
  CHECK_THROWS_WITH_AS(parse_endpoint("ws://h:0/rpc"), doctest::Contains("bad port"),
                       surreal::ConnectionError);
  CHECK_THROWS_WITH_AS(parse_endpoint("ws://h:70000"), doctest::Contains("bad port"),
                       surreal::ConnectionError);
  CHECK_THROWS_WITH_AS(parse_endpoint("ws://h:12ab"), doctest::Contains("bad port"),
                       surreal::ConnectionError);
  CHECK_THROWS_WITH_AS(parse_endpoint("ws://:80"), doctest::Contains("no host"), surreal::ConnectionError);
  CHECK_THROWS_WITH_AS(parse_endpoint("ws://[::1"), doctest::Contains("unterminated"),
                       surreal::ConnectionError);
}
