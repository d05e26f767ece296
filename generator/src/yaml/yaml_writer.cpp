// The document level of the YAML writer: which section each statement goes to, which fields, indexes and
// events nest under their table, and the `statements` fallback.
#include "yaml/yaml_writer.hpp"

#include <map>
#include <stdexcept>

#include "render/render.hpp"
#include "render/surql_text.hpp"
#include "yaml/yaml_document.hpp"
#include "yaml/yaml_item_writers.hpp"

namespace surrealpp::schema {
namespace {

using yaml::YamlNode;

// Nested lists of a table item, in the order the reader reads them back.
int nested_stage(const std::string& section) {
  if (section == "fields") return 0;
  if (section == "indexes") return 1;
  if (section == "events") return 2;
  return -1;
}

const Name* owner_table(const StatementNode& node) {
  if (const auto* field = std::get_if<FieldDefinition>(&node)) return &field->table;
  if (const auto* index = std::get_if<IndexDefinition>(&node)) return &index->table;
  if (const auto* event = std::get_if<EventDefinition>(&node)) return &event->table;
  return nullptr;
}

class DocumentWriter {
 public:
  void add(const Statement& statement) {
    const auto section = yaml::section_of(statement.node);
    if (!section || (*section == "use" && used_)) return raw(statement);
    try {
      if (try_nest(statement, *section)) return;
      YamlNode item = yaml::item_of(statement.node, false);
      if (*section == "use") {
        used_ = true;
        append_section("use", std::move(item), false);
        open_.reset();
        return;
      }
      const std::size_t index = append_section(*section, std::move(item), true);
      if (*section == "tables") {
        const auto& table = std::get<TableDefinition>(statement.node);
        open_ = OpenTable{index, sections_[index].second.items.size() - 1, table.name.value, 0};
      } else {
        open_.reset();
      }
    } catch (const yaml::Unrepresentable&) {
      raw(statement);
    }
  }

  YamlNode finish() {
    YamlNode document = YamlNode::map();
    for (auto& [key, node] : sections_) {
      // Without the final newline, so the text can be a `|-` block.
      if (key == "statements") node = YamlNode::text(statements_.substr(0, statements_.size() - 1));
      document.set(key, std::move(node));
    }
    return document;
  }

 private:
  struct OpenTable {
    std::size_t section;
    std::size_t item;
    std::string table;
    int stage;
  };

  // A field, index or event right after its table (or after that table's earlier nested items, in reading
  // order) goes under the table.
  bool try_nest(const Statement& statement, const std::string& section) {
    const int stage = nested_stage(section);
    if (stage < 0 || !open_ || stage < open_->stage) return false;
    const Name* table = owner_table(statement.node);
    if (!table || table->form != Name::Form::Identifier || table->value != open_->table) return false;
    YamlNode item = yaml::item_of(statement.node, true);
    YamlNode& table_item = sections_[open_->section].second.items[open_->item];
    if (stage != open_->stage || table_item.entries.empty() || table_item.entries.back().first != section)
      table_item.set(section, YamlNode::list());
    table_item.entries.back().second.add(std::move(item));
    open_->stage = stage;
    return true;
  }

  // Appends to the current section, or to the earlier section of that name (a YAML document holds each
  // section once), or starts one. Returns the section's index.
  std::size_t append_section(const std::string& key, YamlNode item, bool list) {
    auto found = where_.find(key);
    if (found == where_.end()) {
      found = where_.emplace(key, sections_.size()).first;
      sections_.emplace_back(key, list ? YamlNode::list() : YamlNode::map(true));
    }
    YamlNode& section = sections_[found->second].second;
    if (list)
      section.add(std::move(item));
    else
      section = std::move(item);
    return found->second;
  }

  void raw(const Statement& statement) {
    std::string text = statement.text;
    if (text.empty()) {
      try {
        text = render_statement(statement);
      } catch (const RenderError& error) {
        throw std::runtime_error(std::string("a statement has neither a YAML nor a SurrealQL form: ") +
                                 error.what());
      }
    }
    // A statement ending in a `-- comment` needs its `;` on the next line.
    statements_ += text + (render::ends_in_line_comment(text) ? "\n;\n" : ";\n");
    if (!where_.count("statements")) {
      where_.emplace("statements", sections_.size());
      sections_.emplace_back("statements", YamlNode::text(""));
    }
    open_.reset();
  }

  std::vector<std::pair<std::string, YamlNode>> sections_;
  std::map<std::string, std::size_t> where_;
  std::optional<OpenTable> open_;
  std::string statements_;
  bool used_ = false;
};

}  // namespace

std::string write_yaml(const Schema& schema, const YamlWriteOptions& options) {
  DocumentWriter writer;
  for (const auto& statement : schema.statements) writer.add(statement);
  return yaml::emit_yaml_document(writer.finish(), options.header);
}

}  // namespace surrealpp::schema
