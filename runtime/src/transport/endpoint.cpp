#include "endpoint.hpp"

#include <surreal/error.hpp>

#include <charconv>

namespace surreal::detail {

namespace {

std::string scheme_name(Scheme scheme) {
  switch (scheme) {
    case Scheme::ws:
      return "ws";
    case Scheme::wss:
      return "wss";
    case Scheme::http:
      return "http";
    case Scheme::https:
      return "https";
  }
  return "ws";
}

int default_port(Scheme scheme) { return scheme == Scheme::wss || scheme == Scheme::https ? 443 : 80; }

}  // namespace

std::string Endpoint::origin() const {
  // IPv6 literals keep their brackets so the result is a valid url again.
  const bool ipv6 = host.find(':') != std::string::npos;
  return scheme_name(scheme) + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::string Endpoint::rpc_url() const { return origin() + path; }

Endpoint parse_endpoint(const std::string& url) {
  auto fail = [&](const std::string& why) -> Endpoint {
    throw ConnectionError("invalid server url '" + url + "': " + why);
  };
  const auto sep = url.find("://");
  if (sep == std::string::npos) return fail("expected ws://, wss://, http:// or https://");
  Endpoint endpoint;
  const std::string scheme = url.substr(0, sep);
  if (scheme == "ws")
    endpoint.scheme = Scheme::ws;
  else if (scheme == "wss")
    endpoint.scheme = Scheme::wss;
  else if (scheme == "http")
    endpoint.scheme = Scheme::http;
  else if (scheme == "https")
    endpoint.scheme = Scheme::https;
  else
    return fail("unsupported scheme '" + scheme + "'");

  std::string rest = url.substr(sep + 3);
  const auto slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  endpoint.path = slash == std::string::npos ? "" : rest.substr(slash);
  if (endpoint.path.empty() || endpoint.path == "/") endpoint.path = "/rpc";
  if (authority.empty()) return fail("no host");

  std::string port_text;
  if (authority.front() == '[') {  // [::1]:8000
    const auto close = authority.find(']');
    if (close == std::string::npos) return fail("unterminated IPv6 address");
    endpoint.host = authority.substr(1, close - 1);
    if (close + 1 < authority.size()) {
      if (authority[close + 1] != ':') return fail("unexpected text after the IPv6 address");
      port_text = authority.substr(close + 2);
    }
  } else {
    const auto colon = authority.rfind(':');
    endpoint.host = authority.substr(0, colon);
    if (colon != std::string::npos) port_text = authority.substr(colon + 1);
  }
  if (endpoint.host.empty()) return fail("no host");
  if (port_text.empty()) {
    endpoint.port = default_port(endpoint.scheme);
  } else {
    const auto [end, ec] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), endpoint.port);
    if (ec != std::errc{} || end != port_text.data() + port_text.size() || endpoint.port <= 0 ||
        endpoint.port > 65535)
      return fail("bad port '" + port_text + "'");
  }
  return endpoint;
}

}  // namespace surreal::detail
