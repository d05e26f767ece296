// Items of `tables` and of their `fields`, `indexes` and `events` (the inverse of yaml_table_reader.cpp).
#include "yaml/yaml_item_writers.hpp"
#include "yaml/yaml_value_writers.hpp"

namespace surrealpp::schema::yaml {
namespace {

// `name`, then `table` unless the item is nested under its table (the reader takes the enclosing one).
YamlNode named_item(const Name& name, const Name& table, bool nested) {
  YamlNode item = YamlNode::map(true);
  item.set("name", YamlNode::text(name_text(name)));
  if (!nested) item.set("table", YamlNode::text(name_text(table)));
  return item;
}

YamlNode options_map(const std::vector<std::pair<std::string, std::string>>& options) {
  YamlNode map = YamlNode::map(true);
  for (const auto& [key, value] : options) map.set(key, YamlNode::text(value));
  return map;
}

YamlNode vector_settings(const VectorIndex& vector) {
  YamlNode map = YamlNode::map(true);
  if (vector.dimension) map.set("dimension", YamlNode::text(std::to_string(*vector.dimension)));
  // The reader upper-cases these; a lower-case spelling would not come back.
  auto upper_only = [](const std::optional<std::string>& text) {
    if (text)
      for (char c : *text)
        if (c >= 'a' && c <= 'z') throw Unrepresentable("`" + *text + "` is read back upper-cased");
  };
  upper_only(vector.distance);
  upper_only(vector.vector_type);
  set_text(map, "distance", vector.distance);
  set_text(map, "type", vector.vector_type);
  set_text(map, "capacity", vector.capacity);
  set_text(map, "efc", vector.efc);
  set_text(map, "m", vector.m);
  set_text(map, "m0", vector.m0);
  set_text(map, "lm", vector.lm);
  set_flag(map, "extend_candidates", vector.extend_candidates);
  set_flag(map, "keep_pruned_connections", vector.keep_pruned_connections);
  if (!vector.extra_options.empty()) map.set("options", options_map(vector.extra_options));
  return map;
}

YamlNode fulltext_settings(const FullTextIndex& fulltext) {
  if (fulltext.analyzer.empty()) throw Unrepresentable("a full-text index without an analyzer");
  YamlNode map = YamlNode::map(true);
  map.set("analyzer", YamlNode::text(fulltext.analyzer));
  if (fulltext.bm25_k1 || fulltext.bm25_b) {
    if (!fulltext.bm25 || !fulltext.bm25_k1 || !fulltext.bm25_b)
      throw Unrepresentable("BM25 with only one of its parameters");
    YamlNode bm25 = YamlNode::list(true);
    bm25.add(YamlNode::text(*fulltext.bm25_k1));
    bm25.add(YamlNode::text(*fulltext.bm25_b));
    map.set("bm25", std::move(bm25));
  } else {
    set_flag(map, "bm25", fulltext.bm25);
  }
  set_flag(map, "highlights", fulltext.highlights);
  set_flag(map, "search", fulltext.legacy_search);
  if (!fulltext.extra_options.empty()) map.set("options", options_map(fulltext.extra_options));
  return map;
}

}  // namespace

YamlNode table_item(const TableDefinition& table) {
  YamlNode item = YamlNode::map();
  item.set("name", YamlNode::text(name_text(table.name)));
  set_mode(item, table.mode);
  switch (table.type) {
    case TableDefinition::Type::Normal:
      item.set("type", YamlNode::text("normal"));
      break;
    case TableDefinition::Type::Any:
      item.set("type", YamlNode::text("any"));
      break;
    case TableDefinition::Type::Relation:
      item.set("type", YamlNode::text("relation"));
      break;
    case TableDefinition::Type::Unspecified:
      break;
  }
  if (!table.relation_in.empty()) item.set("in", text_list(table.relation_in));
  if (!table.relation_out.empty()) item.set("out", text_list(table.relation_out));
  set_flag(item, "enforced", table.enforced);
  if (table.schema != TableDefinition::Schemafulness::Unspecified)
    item.set("schemafull", YamlNode::boolean(table.schema == TableDefinition::Schemafulness::Schemafull));
  set_flag(item, "drop", table.drop);
  set_changefeed(item, table.changefeed);
  set_expression(item, "view", table.view);
  set_permissions(item, table.permissions, true);
  set_literal(item, "comment", table.comment);
  return item;
}

YamlNode field_item(const FieldDefinition& field, bool nested) {
  YamlNode item = named_item(field.name, field.table, nested);
  set_mode(item, field.mode);
  if (field.type) item.set("type", YamlNode::text(type_text(*field.type)));
  set_flag(item, "flexible", field.flexible);
  set_expression(item, "default", field.default_value);
  set_flag(item, "default_always", field.default_always);
  set_flag(item, "readonly", field.readonly);
  set_expression(item, "value", field.value);
  set_expression(item, "assert", field.assertion);
  set_expression(item, "computed", field.computed);
  if (field.reference) {
    const Reference& reference = *field.reference;
    if (reference.on_delete == Reference::OnDelete::Unspecified && !reference.then) {
      item.set("reference", YamlNode::boolean(true));
    } else {
      static constexpr const char* kOnDelete[] = {"", "ignore", "reject", "cascade", "unset", "then"};
      YamlNode settings = YamlNode::map(true);
      if (reference.on_delete == Reference::OnDelete::Unspecified ||
          (reference.then && reference.on_delete != Reference::OnDelete::Then))
        throw Unrepresentable("REFERENCE with a THEN but another ON DELETE");
      settings.set("on_delete", YamlNode::text(kOnDelete[static_cast<int>(reference.on_delete)]));
      set_expression(settings, "then", reference.then);
      item.set("reference", std::move(settings));
    }
  }
  set_permissions(item, field.permissions, true);
  set_literal(item, "comment", field.comment);
  return item;
}

YamlNode index_item(const IndexDefinition& index, bool nested) {
  YamlNode item = named_item(index.name, index.table, nested);
  set_mode(item, index.mode);
  if (!index.fields.empty()) {
    YamlNode fields = YamlNode::list(true);
    for (const auto& field : index.fields) fields.add(YamlNode::text(field.text));
    item.set("fields", std::move(fields));
  }
  switch (index.kind) {
    case IndexDefinition::Kind::Plain:
      break;
    case IndexDefinition::Kind::Unique:
      item.set("unique", YamlNode::boolean(true));
      break;
    case IndexDefinition::Kind::FullText:
      if (!index.fulltext) throw Unrepresentable("a full-text index without its settings");
      item.set("fulltext", fulltext_settings(*index.fulltext));
      break;
    case IndexDefinition::Kind::Hnsw:
    case IndexDefinition::Kind::MTree:
      if (!index.vector) throw Unrepresentable("a vector index without its settings");
      item.set(index.kind == IndexDefinition::Kind::Hnsw ? "hnsw" : "mtree", vector_settings(*index.vector));
      break;
    case IndexDefinition::Kind::Count:
      if (!index.count_condition) {
        item.set("count", YamlNode::boolean(true));
      } else if (index.count_condition->text == "true" || index.count_condition->text == "false") {
        // `count: true` means no condition to the reader.
        throw Unrepresentable("COUNT WHERE " + index.count_condition->text);
      } else {
        item.set("count", YamlNode::text(index.count_condition->text));
      }
      break;
  }
  // Settings of another kind than the index's own would be lost.
  if ((index.fulltext && index.kind != IndexDefinition::Kind::FullText) ||
      (index.vector && index.kind != IndexDefinition::Kind::Hnsw &&
       index.kind != IndexDefinition::Kind::MTree) ||
      (index.count_condition && index.kind != IndexDefinition::Kind::Count))
    throw Unrepresentable("index settings of another kind");
  set_flag(item, "concurrently", index.concurrently);
  set_flag(item, "defer", index.defer);
  set_literal(item, "comment", index.comment);
  return item;
}

YamlNode event_item(const EventDefinition& event, bool nested) {
  YamlNode item = named_item(event.name, event.table, nested);
  set_mode(item, event.mode);
  set_flag(item, "async", event.async);
  set_text(item, "retry", event.retry);
  set_text(item, "max_depth", event.max_depth);
  set_expression(item, "when", event.when);
  if (event.then.empty()) throw Unrepresentable("an event without THEN");
  if (event.then.size() == 1) {
    item.set("then", YamlNode::text(event.then.front().text));
  } else {
    YamlNode then = YamlNode::list();
    for (const auto& step : event.then) then.add(YamlNode::text(step.text));
    item.set("then", std::move(then));
  }
  set_literal(item, "comment", event.comment);
  return item;
}

}  // namespace surrealpp::schema::yaml
