#pragma once
// A parsed server address: which transport to use and where the RPC endpoint lives.
#include <string>

namespace surreal::detail {

enum class Scheme { ws, wss, http, https };

struct Endpoint {
  Scheme scheme = Scheme::ws;
  std::string host;
  int port = 0;
  std::string path;  // always the RPC path, "/rpc" unless the url names another one

  bool websocket() const { return scheme == Scheme::ws || scheme == Scheme::wss; }
  bool tls() const { return scheme == Scheme::wss || scheme == Scheme::https; }
  /// The full url of the RPC endpoint, e.g. ws://127.0.0.1:8000/rpc.
  std::string rpc_url() const;
  /// scheme://host:port, without a path.
  std::string origin() const;
};

/// Parses ws://, wss://, http:// and https:// urls; a url without a path (or with "/") gets "/rpc".
/// Throws ConnectionError for anything else.
Endpoint parse_endpoint(const std::string& url);

}  // namespace surreal::detail
