// list() and append(): mustache data built by moving entries in, with the same result as kainjow's copying
// push_back.
#include <doctest/doctest.h>

#include <kainjow/mustache.hpp>
#include <string>
#include <utility>

#include "emit/cpp/mustache_data.hpp"

using surrealpp::emit::cpp::append;
using surrealpp::emit::cpp::Data;
using surrealpp::emit::cpp::flag;
using surrealpp::emit::cpp::list;

TEST_CASE("append moves entries to the end of a list, in order") {
  Data items = list();
  for (const char* name : {"a", "b", "c"}) {
    Data entry;
    entry["name"] = std::string(name);
    entry["nested"] = list();
    append(items, std::move(entry));
  }
  REQUIRE(items.is_list());
  REQUIRE(items.list_value().size() == 3);
  CHECK(items.list_value()[0].get("name")->string_value() == "a");
  CHECK(items.list_value()[2].get("name")->string_value() == "c");
  CHECK(items.list_value()[1].get("nested")->is_list());

  Data data;
  data["items"] = std::move(items);
  data["shown"] = flag(true);
  kainjow::mustache::mustache view("{{#shown}}{{#items}}{{name}};{{/items}}{{/shown}}");
  CHECK(view.render(data) == "a;b;c;");
}

TEST_CASE("a list grown far past its first capacity keeps every entry, nested lists included") {
  Data items = list();
  for (int i = 0; i < 1000; ++i) {
    Data inner = list();
    append(inner, Data(std::to_string(i)));
    Data entry;
    entry["inner"] = std::move(inner);
    append(items, std::move(entry));
  }
  REQUIRE(items.list_value().size() == 1000);
  for (int i : {0, 1, 4, 5, 511, 999})
    CHECK(items.list_value()[i].get("inner")->list_value().at(0).string_value() == std::to_string(i));
}

TEST_CASE("append to data that is not a list does nothing, like kainjow's push_back") {
  Data object;
  append(object, Data(std::string("x")));
  CHECK(object.is_empty_object());
}
