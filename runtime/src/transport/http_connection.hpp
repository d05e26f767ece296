#pragma once
// HTTP POST of CBOR bodies to a SurrealDB RPC endpoint, on libcurl. Easy handles are reused (kept in an idle
// list) so that consecutive requests keep their TCP/TLS connection alive; concurrent callers each take their
// own handle.
#include "tls_settings.hpp"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace surreal::detail {

struct HttpSettings {
  std::string url;  // the full RPC url, e.g. http://127.0.0.1:8000/rpc
  TlsSettings tls;
  std::chrono::milliseconds connect_timeout{10000};
};

struct HttpResponse {
  long status = 0;
  std::vector<std::uint8_t> body;
};

class HttpConnection {
 public:
  explicit HttpConnection(HttpSettings settings);
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  /// POSTs `body` with Content-Type/Accept application/cbor plus `headers` ("Name: value"). Throws
  /// TimeoutError when `timeout` passes and ConnectionError when the server cannot be reached; any HTTP
  /// status is returned.
  HttpResponse post(std::string_view body, const std::vector<std::string>& headers,
                    std::chrono::milliseconds timeout);

  const std::string& url() const { return settings_.url; }

 private:
  void* acquire();           // a CURL* easy handle, reused when one is idle
  void release(void* easy);  // back to the idle list (keeps its connection cache)

  HttpSettings settings_;
  std::mutex mutex_;
  std::vector<void*> idle_;
};

}  // namespace surreal::detail
