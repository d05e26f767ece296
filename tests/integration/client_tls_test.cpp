// TLS for wss:// and https://: verification is on by default, a private CA can be trusted with a CA file, the
// host name is checked, and switching verification off is explicit. A small node TLS proxy fronts devdb.
#include "client_support.hpp"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <vector>

using namespace surrealpp::test;
using namespace std::chrono_literals;

namespace {

/// A self-signed certificate for `san` (e.g. "IP:127.0.0.1") and a TLS proxy using it in front of devdb.
class TlsFront {
 public:
  explicit TlsFront(const std::string& san) {
    dir_ = std::filesystem::temp_directory_path() / unique_name("surrealpp-tls");
    std::filesystem::create_directories(dir_);
    cert_ = (dir_ / "cert.pem").string();
    const std::string key = (dir_ / "key.pem").string();
    const std::string make_cert =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=surrealpp-test -keyout " + key +
        " -out " + cert_ + " -addext subjectAltName=" + san + " 2>/dev/null";
    REQUIRE(std::system(make_cert.c_str()) == 0);
    const std::string proxy = std::string(SURREALPP_SOURCE_DIR) + "/tests/integration/tls_proxy.mjs";
    // The proxy runs in the background; its first line (read from a file) gives its port and pid.
    const std::string log = (dir_ / "proxy.log").string();
    const std::string start = "node " + proxy + " --cert " + cert_ + " --key " + key + " --target " +
                              std::to_string(devdb().port) + " > " + log + " 2>&1 &";
    REQUIRE(std::system(start.c_str()) == 0);
    REQUIRE(eventually([&] {
      std::ifstream in(log);
      std::string word;
      std::vector<std::string> words;
      while (in >> word) words.push_back(word);
      if (words.size() < 7) return false;
      port_ = std::stoi(words[4]);
      pid_ = std::stoi(words[6]);
      return true;
    }));
  }
  ~TlsFront() {
    if (pid_ > 0) ::kill(pid_, SIGTERM);
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  std::string wss(const std::string& host = "127.0.0.1") const {
    return "wss://" + host + ":" + std::to_string(port_) + "/rpc";
  }
  std::string https(const std::string& host = "127.0.0.1") const {
    return "https://" + host + ":" + std::to_string(port_);
  }
  const std::string& cert() const { return cert_; }

 private:
  std::filesystem::path dir_;
  std::string cert_;
  int port_ = 0;
  int pid_ = 0;
};

surreal::Options trusting(const std::string& ca_file) {
  surreal::Options options;
  options.tls.ca_file = ca_file;
  options.connect_timeout = 5s;
  return options;
}

}  // namespace

TEST_CASE("a self-signed certificate is refused by default on wss:// and https://") {
  TlsFront front("IP:127.0.0.1");
  surreal::Options options;
  options.connect_timeout = 5s;
  CHECK_THROWS_WITH_AS(surreal::Client::connect(front.wss(), options),
                       doctest::Contains("self-signed certificate"), surreal::ConnectionError);
  CHECK_THROWS_WITH_AS(surreal::Client::connect(front.https(), options),
                       doctest::Contains("self-signed certificate"), surreal::ConnectionError);
}

TEST_CASE("trusting the certificate through a CA file connects over wss:// and https://") {
  TlsFront front("IP:127.0.0.1");
  for (const auto& url : {front.wss(), front.https()}) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url, trusting(front.cert()));
    CHECK(db.server_major() == devdb().engine);
    db.signin(surreal::RootAuth{"root", "root"});
    db.use(unique_name("ns"), unique_name("db"));
    CHECK(db.query("RETURN 'over tls'").take<std::string>(0) == "over tls");
  }
}

TEST_CASE("pipelined calls over wss:// are written as usual and answered") {
  // The TLS stream is written by the connection's I/O thread: a pipeline neither defers nor gathers there.
  TlsFront front("IP:127.0.0.1");
  auto db = surreal::Client::connect(front.wss(), trusting(front.cert()));
  db.signin(surreal::RootAuth{"root", "root"});
  db.use(unique_name("ns"), unique_name("db"));
  auto pipeline = db.pipeline();
  std::vector<surreal::Pending<surreal::QueryResult>> sent;
  for (int i = 0; i < 16; ++i) sent.push_back(db.query_async("RETURN $i", {{"i", i}}));
  for (int i = 15; i >= 0; --i) CHECK(sent[static_cast<std::size_t>(i)].get().take<int>(0) == i);
  CHECK(db.query("RETURN 'blocking'").take<std::string>(0) == "blocking");
}

TEST_CASE("a trusted certificate for another host name is refused") {
  TlsFront front("DNS:elsewhere.example");
  for (const auto& url : {front.wss(), front.https()}) {
    CAPTURE(url);
    // websocketpp/asio: "does not name host"; libcurl: "no alternative certificate subject name matches".
    try {
      surreal::Client::connect(url, trusting(front.cert()));
      FAIL("connected to a server whose certificate names another host");
    } catch (const surreal::ConnectionError& error) {
      const std::string message = error.what();
      CHECK((message.find("does not name host 127.0.0.1") != std::string::npos ||
             message.find("no alternative certificate subject name matches") != std::string::npos));
    }
  }
}

TEST_CASE("verification switched off explicitly accepts any certificate") {
  TlsFront front("DNS:elsewhere.example");
  surreal::Options options;
  options.tls.verify_peer = false;
  for (const auto& url : {front.wss(), front.https()}) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url, options);
    CHECK(db.health());
  }
}

TEST_CASE("a CA file that does not exist is a ConnectionError") {
  TlsFront front("IP:127.0.0.1");
  CHECK_THROWS_AS(surreal::Client::connect(front.wss(), trusting("/nonexistent/ca.pem")),
                  surreal::ConnectionError);
  CHECK_THROWS_AS(surreal::Client::connect(front.https(), trusting("/nonexistent/ca.pem")),
                  surreal::ConnectionError);
}
