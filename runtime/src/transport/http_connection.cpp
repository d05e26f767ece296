#include "http_connection.hpp"

#include <surreal/error.hpp>

#include <curl/curl.h>

namespace surreal::detail {

namespace {

void initialise_curl_once() {
  // curl_global_init is not thread-safe; a function-local static runs it exactly once.
  static const CURLcode status = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (status != CURLE_OK)
    throw ConnectionError(std::string("libcurl cannot start: ") + curl_easy_strerror(status));
}

std::size_t append_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<std::vector<std::uint8_t>*>(user);
  body->insert(body->end(), reinterpret_cast<std::uint8_t*>(data),
               reinterpret_cast<std::uint8_t*>(data) + size * count);
  return size * count;
}

/// Frees a header list however the request ends.
struct HeaderList {
  curl_slist* list = nullptr;
  ~HeaderList() { curl_slist_free_all(list); }
  void add(const std::string& header) {
    curl_slist* grown = curl_slist_append(list, header.c_str());
    if (!grown) throw ConnectionError("out of memory building HTTP headers");
    list = grown;
  }
};

}  // namespace

HttpConnection::HttpConnection(HttpSettings settings) : settings_(std::move(settings)) {
  initialise_curl_once();
}

HttpConnection::~HttpConnection() {
  for (void* easy : idle_) curl_easy_cleanup(static_cast<CURL*>(easy));
}

void* HttpConnection::acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      void* easy = idle_.back();
      idle_.pop_back();
      return easy;
    }
  }
  CURL* easy = curl_easy_init();
  if (!easy) throw ConnectionError("libcurl cannot create a handle");
  return easy;
}

void HttpConnection::release(void* easy) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(easy);
}

HttpResponse HttpConnection::post(std::string_view body, const std::vector<std::string>& headers,
                                  std::chrono::milliseconds timeout) {
  CURL* easy = static_cast<CURL*>(acquire());
  struct Release {
    HttpConnection* owner;
    CURL* easy;
    ~Release() { owner->release(easy); }
  } release_on_exit{this, easy};

  HeaderList header_list;
  header_list.add("Content-Type: application/cbor");
  header_list.add("Accept: application/cbor");
  header_list.add("Expect:");  // no 100-continue round trip for large bodies
  for (const auto& header : headers) header_list.add(header);

  HttpResponse response;
  char error_text[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(easy, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(easy, CURLOPT_POST, 1L);
  // POSTFIELDS does not copy: `body` outlives curl_easy_perform below.
  curl_easy_setopt(easy, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, header_list.list);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &append_body);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, error_text);
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);  // we are multi-threaded: no SIGALRM-based DNS timeouts
  curl_easy_setopt(easy, CURLOPT_TCP_NODELAY, 1L);
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(settings_.connect_timeout.count()));
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, settings_.tls.verify_peer ? 1L : 0L);
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, settings_.tls.verify_peer ? 2L : 0L);
  if (!settings_.tls.ca_file.empty()) curl_easy_setopt(easy, CURLOPT_CAINFO, settings_.tls.ca_file.c_str());

  const CURLcode status = curl_easy_perform(easy);
  // The handle keeps pointers to our locals; clear them before it goes back to the idle list.
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, nullptr);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, nullptr);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, nullptr);
  curl_easy_setopt(easy, CURLOPT_POSTFIELDS, nullptr);
  if (status != CURLE_OK) {
    const std::string detail = error_text[0] ? error_text : curl_easy_strerror(status);
    if (status == CURLE_OPERATION_TIMEDOUT)
      throw TimeoutError("POST " + settings_.url + " got no answer within " +
                         std::to_string(timeout.count()) + " ms: " + detail);
    throw ConnectionError("POST " + settings_.url + " failed: " + detail);
  }
  curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

}  // namespace surreal::detail
