// JSON Patch operations as sent to and read from the server.
#include <surreal/patch.hpp>

#include <doctest/doctest.h>

using namespace surreal;

TEST_CASE("operations render as {op, path[, value][, from]}") {
  CHECK(PatchOp::replace("/name", "Q").to_value() ==
        Value(Object{{"op", "replace"}, {"path", "/name"}, {"value", "Q"}}));
  CHECK(PatchOp::remove("/age").to_value() == Value(Object{{"op", "remove"}, {"path", "/age"}}));
  PatchOp move{"move", "/b", Value::none(), "/a"};
  CHECK(move.to_value() == Value(Object{{"op", "move"}, {"path", "/b"}, {"from", "/a"}}));
}

TEST_CASE("a NULL value is kept: setting a field to null is not removing it") {
  CHECK(PatchOp::add("/x", nullptr).to_value() ==
        Value(Object{{"op", "add"}, {"path", "/x"}, {"value", nullptr}}));
}

TEST_CASE("operations read back from the server's form") {
  const PatchOp op =
      PatchOp::from_value(Object{{"op", "change"}, {"path", "/text"}, {"value", "@@ -1 +1 @@"}});
  CHECK(op.op == "change");
  CHECK(op.path == "/text");
  CHECK(op.value == Value("@@ -1 +1 @@"));
  CHECK(PatchOp::from_value(PatchOp::add("/a", 1).to_value()) == PatchOp::add("/a", 1));
}
