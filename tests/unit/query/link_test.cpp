#include <doctest/doctest.h>

#include <surreal/link.hpp>

#include "app_model.hpp"

using surreal::Link;
using surreal::RecordId;
using surreal::Value;

TEST_CASE("a link made from an id is not fetched and get() names the id") {
  Link<app::User> link(RecordId("user", "bob"));
  CHECK(link.id() == RecordId("user", "bob"));
  CHECK_FALSE(link.is_fetched());
  CHECK(link.get_if() == nullptr);
  CHECK_THROWS_AS(link.get(), surreal::Error);
  CHECK_THROWS_WITH(link.get(), doctest::Contains("user:bob"));
}

TEST_CASE("a link encodes as its record id, fetched or not") {
  app::User bob;
  bob.name = "Bob";
  Link<app::User> fetched(RecordId("user", "bob"), bob);
  CHECK(surreal::to_value(fetched) == Value(RecordId("user", "bob")));
  CHECK(surreal::to_value(Link<app::User>(RecordId("user", "x"))) == Value(RecordId("user", "x")));
}

TEST_CASE("a link decodes from a record id") {
  auto link = surreal::from_value<Link<app::User>>(Value(RecordId("user", "bob")));
  CHECK(link.id() == RecordId("user", "bob"));
  CHECK_FALSE(link.is_fetched());
}

TEST_CASE("a link decodes from a fetched record") {
  surreal::Object o{{"id", RecordId("user", "bob")},
                    {"name", "Bob"},
                    {"role", "admin"},
                    {"address", surreal::Object{{"city", "Oslo"}}}};
  auto link = surreal::from_value<Link<app::User>>(Value(o));
  REQUIRE(link.is_fetched());
  CHECK(link.id() == RecordId("user", "bob"));
  CHECK(link->name == "Bob");
  CHECK((*link).address.city == "Oslo");
  CHECK(link->role == app::Role::Admin);
}

TEST_CASE("a model with an optional self link round-trips") {
  app::User ann;
  ann.id = RecordId("user", "ann");
  ann.name = "Ann";
  ann.best_friend = Link<app::User>(RecordId("user", "bob"));
  auto back = surreal::from_value<app::User>(surreal::to_value(ann));
  REQUIRE(back.best_friend.has_value());
  CHECK(back.best_friend->id() == RecordId("user", "bob"));
  CHECK_FALSE(back.best_friend->is_fetched());
}

TEST_CASE("a link of the wrong kind names what it expected") {
  CHECK_THROWS_WITH(surreal::from_value<Link<app::User>>(Value("user:bob")),
                    doctest::Contains("record id or fetched record"));
}

TEST_CASE("links compare by id") {
  app::User bob;
  CHECK(Link<app::User>(RecordId("user", "bob"), bob) == Link<app::User>(RecordId("user", "bob")));
  CHECK(Link<app::User>(RecordId("user", "bob")) == RecordId("user", "bob"));
  CHECK_FALSE(Link<app::User>(RecordId("user", "bob")) == RecordId("user", "ann"));
}
