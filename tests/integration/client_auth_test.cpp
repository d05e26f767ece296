// signin/signup for every kind of user, authenticate/invalidate, info, refresh/revoke, and auth failures.
#include "client_support.hpp"

using namespace surrealpp::test;

namespace {

/// A fresh ns/db with a namespace user, a database user and a record access method `account`.
struct AuthFixture {
  std::string ns = unique_name("authns");
  std::string db = unique_name("authdb");
  AuthFixture() {
    auto admin = surreal::Client::connect(devdb().ws_url);
    admin.signin(surreal::RootAuth{"root", "root"});
    admin.use(ns, db);
    const std::string access =
        devdb().engine >= 3
            ? "DEFINE ACCESS account ON DATABASE TYPE RECORD "
              "SIGNUP (CREATE user SET email = $email, pass = crypto::argon2::generate($pass)) "
              "SIGNIN (SELECT * FROM user WHERE email = $email AND crypto::argon2::compare(pass, $pass)) "
              "DURATION FOR TOKEN 1h, FOR SESSION 1h;"
            : "DEFINE ACCESS account ON DATABASE TYPE RECORD "
              "SIGNUP (CREATE user SET email = $email, pass = crypto::argon2::generate($pass)) "
              "SIGNIN (SELECT * FROM user WHERE email = $email AND crypto::argon2::compare(pass, $pass)) "
              "DURATION FOR TOKEN 1h, FOR SESSION 1h;";
    admin
        .query(
            "DEFINE USER nsuser ON NAMESPACE PASSWORD 'nspass' ROLES EDITOR;"
            "DEFINE USER dbuser ON DATABASE PASSWORD 'dbpass' ROLES EDITOR;"
            "DEFINE TABLE user SCHEMALESS PERMISSIONS FOR select, update WHERE id = $auth.id;" +
            access)
        .check();
  }
};

}  // namespace

TEST_CASE("root signin returns a token on both transports") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url);
    const surreal::Tokens tokens = db.signin(surreal::RootAuth{"root", "root"});
    CHECK(tokens.access.rfind("eyJ", 0) == 0);  // a JWT
    db.use(unique_name("ns"), unique_name("db"));
    CHECK(db.query("RETURN 1 + 1").take<int>(0) == 2);
  }
}

TEST_CASE("a wrong root password is an AuthError carrying the server's message") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url);
    CHECK_THROWS_WITH_AS(db.signin(surreal::RootAuth{"root", "not the password"}),
                         doctest::Contains("There was a problem with authentication"), surreal::AuthError);
  }
}

TEST_CASE("namespace and database users sign in") {
  AuthFixture fixture;
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto ns_client = surreal::Client::connect(url);
    CHECK_FALSE(ns_client.signin(surreal::NamespaceAuth{fixture.ns, "nsuser", "nspass"}).access.empty());
    auto db_client = surreal::Client::connect(url);
    CHECK_FALSE(
        db_client.signin(surreal::DatabaseAuth{fixture.ns, fixture.db, "dbuser", "dbpass"}).access.empty());
    CHECK_THROWS_AS(db_client.signin(surreal::DatabaseAuth{fixture.ns, fixture.db, "dbuser", "wrong"}),
                    surreal::AuthError);
  }
}

TEST_CASE("record users sign up, sign in, and info() returns the signed-in record") {
  AuthFixture fixture;
  for (const auto& url : transports()) {
    CAPTURE(url);
    const std::string email = unique_name("ann") + "@example.com";
    auto db = surreal::Client::connect(url);
    db.use(fixture.ns, fixture.db);
    const auto signed_up = db.signup(
        surreal::RecordAuth{fixture.ns, fixture.db, "account", {{"email", email}, {"pass", "secret"}}});
    CHECK_FALSE(signed_up.access.empty());

    auto again = surreal::Client::connect(url);
    again.use(fixture.ns, fixture.db);
    again.signin(
        surreal::RecordAuth{fixture.ns, fixture.db, "account", {{"email", email}, {"pass", "secret"}}});
    const surreal::Value me = again.info();
    REQUIRE(me.is_object());
    CHECK(me["email"] == surreal::Value(email));

    auto wrong = surreal::Client::connect(url);
    CHECK_THROWS_AS(wrong.signin(surreal::RecordAuth{
                        fixture.ns, fixture.db, "account", {{"email", email}, {"pass", "nope"}}}),
                    surreal::AuthError);
  }
}

TEST_CASE("authenticate with a token from another connection, and invalidate drops it") {
  AuthFixture fixture;
  for (const auto& url : transports()) {
    CAPTURE(url);
    const std::string email = unique_name("bob") + "@example.com";
    auto first = surreal::Client::connect(url);
    const auto tokens = first.signup(
        surreal::RecordAuth{fixture.ns, fixture.db, "account", {{"email", email}, {"pass", "pw"}}});

    auto second = surreal::Client::connect(url);
    second.use(fixture.ns, fixture.db);
    second.authenticate(tokens.access);
    CHECK(second.info()["email"] == surreal::Value(email));
    second.invalidate();
    const surreal::Value after = second.info();
    CHECK(after.is_nullish());
  }
}

TEST_CASE("authenticate with a garbage token is an AuthError") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url);
    CHECK_THROWS_AS(db.authenticate("eyJhbGciOiJIUzI1NiJ9.eyJmb28iOiJiYXIifQ.c2lnbmF0dXJl"),
                    surreal::AuthError);
  }
}

TEST_CASE("refresh renews a token pair, revoke ends it (3.x); 2.x lacks both") {
  if (!engine_is_3()) {
    auto db = surreal::Client::connect(devdb().ws_url);
    CHECK_THROWS_WITH_AS(db.refresh(surreal::Tokens{"a", std::string("b")}),
                         doctest::Contains("`refresh` needs SurrealDB 3.x; the server is surrealdb-2.1.1"),
                         surreal::UnsupportedError);
    CHECK_THROWS_AS(db.revoke(surreal::Tokens{"a", std::string("b")}), surreal::UnsupportedError);
    return;
  }
  const std::string ns = unique_name("refreshns"), dbname = unique_name("refreshdb");
  auto admin = surreal::Client::connect(devdb().ws_url);
  admin.signin(surreal::RootAuth{"root", "root"});
  admin.use(ns, dbname);
  admin
      .query(
          "DEFINE ACCESS account ON DATABASE TYPE RECORD SIGNUP (CREATE person SET email = $email) "
          "SIGNIN (SELECT * FROM person WHERE email = $email) WITH REFRESH DURATION FOR GRANT 15d, FOR TOKEN "
          "1h")
      .check();
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url);
    const auto tokens =
        db.signup(surreal::RecordAuth{ns, dbname, "account", {{"email", unique_name("r") + "@x"}}});
    REQUIRE(tokens.refresh.has_value());
    const auto renewed = db.refresh(tokens);
    CHECK_FALSE(renewed.access.empty());
    REQUIRE(renewed.refresh.has_value());
    db.revoke(renewed);
    CHECK_THROWS_AS(db.refresh(renewed), surreal::AuthError);
  }
}
