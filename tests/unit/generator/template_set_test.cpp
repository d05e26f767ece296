// TemplateSet: partials expanded once when a template is compiled, overrides taking part in the expansion,
// and the errors for an unknown or self-including partial.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "emit/cpp/render.hpp"
#include "emit/cpp/template_set.hpp"
#include "surrealpp/emit/cpp_generator.hpp"

using surrealpp::emit::cpp::DataObject;
using surrealpp::emit::cpp::GenerateError;
using surrealpp::emit::cpp::TemplateSet;

namespace {

// A folder of override templates, removed again at the end of the test.
struct TemplateDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() / "surrealpp_template_set_test";
  TemplateDir() {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TemplateDir() { std::filesystem::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / (name + ".mustache")) << text;
  }
};

}  // namespace

TEST_CASE("a partial tag is replaced by the partial's text, recursively and with overrides") {
  TemplateDir dir;
  dir.write("outer", "[{{> middle}}]{{#items}}<{{>  inner }}>{{/items}}\n");
  dir.write("middle", "m({{> inner}})");
  dir.write("inner", "{{name}}");
  TemplateSet set = TemplateSet::load(dir.path);
  CHECK(set.expanded("outer") == "[m({{name}})]{{#items}}<{{name}}>{{/items}}\n");

  DataObject data;
  data["name"] = std::string("top");
  surrealpp::emit::cpp::DataList items;
  items.push_back(DataObject{{"name", std::string("a")}});
  items.push_back(DataObject{{"name", std::string("b")}});
  data["items"] = items;
  CHECK(surrealpp::emit::cpp::render(set, "outer", data) == "[m(top)]<a><b>\n");
  // compiled once: the same parsed template renders again with other data
  CHECK(&set.compiled("outer") == &set.compiled("outer"));
  data["name"] = std::string("again");
  CHECK(surrealpp::emit::cpp::render(set, "outer", data) == "[m(again)]<a><b>\n");
}

TEST_CASE("the embedded templates expand: the table header holds the struct and descriptor templates") {
  TemplateSet set = TemplateSet::load(std::nullopt);
  std::string header = set.expanded("table_header");
  CHECK(header.find("{{>") == std::string::npos);
  CHECK(header.find("friend bool operator==") != std::string::npos);  // struct_definition
  CHECK(header.find("surreal::TableTraits<") != std::string::npos);   // table_descriptor
}

TEST_CASE("an unknown partial, a cycle or a template that does not parse is a GenerateError") {
  TemplateDir dir;
  dir.write("unknown", "{{> nowhere}}");
  dir.write("loop", "x{{> loop}}");
  dir.write("broken", "{{#open}}never closed");
  TemplateSet set = TemplateSet::load(dir.path);
  CHECK_THROWS_WITH_AS(set.compiled("unknown"), doctest::Contains("nowhere"), GenerateError);
  CHECK_THROWS_WITH_AS(set.compiled("loop"), doctest::Contains("too deeply"), GenerateError);
  CHECK_THROWS_WITH_AS(set.compiled("broken"), doctest::Contains("template broken"), GenerateError);
}
