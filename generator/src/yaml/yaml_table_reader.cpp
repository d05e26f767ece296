// `tables` (with nested `fields`, `indexes`, `events`) and the top-level `fields`, `indexes`, `events`
// sections.
#include <cctype>

#include "yaml/yaml_readers.hpp"
#include "yaml/yaml_values.hpp"

namespace surrealpp::schema::yaml {
namespace {

// The table an item belongs to: the enclosing table, or the item's own `table` key at top level.
Name owner(Mapping& item, const std::optional<Name>& table) {
  if (table) return *table;
  return read_name(item, "table");
}

std::vector<std::string> table_names(Mapping& item, const char* key) { return item.text_list(key); }

std::optional<Reference> read_reference(Mapping& item) {
  YAML::Node node = item.get("reference");
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  Reference reference;
  reference.location = location_of(node, item.file());
  if (node.IsScalar()) {
    auto on = item.boolean("reference");
    if (!*on) return std::nullopt;
    return reference;
  }
  Mapping settings(node, item.file(), "`reference` of " + item.what());
  auto on_delete = read_choice(settings, "on_delete", {"ignore", "reject", "cascade", "unset", "then"});
  reference.then = settings.expression("then");
  if (on_delete == "ignore") reference.on_delete = Reference::OnDelete::Ignore;
  if (on_delete == "reject") reference.on_delete = Reference::OnDelete::Reject;
  if (on_delete == "cascade") reference.on_delete = Reference::OnDelete::Cascade;
  if (on_delete == "unset") reference.on_delete = Reference::OnDelete::Unset;
  if (on_delete == "then" || (!on_delete && reference.then)) reference.on_delete = Reference::OnDelete::Then;
  if (reference.on_delete == Reference::OnDelete::Then && !reference.then)
    throw YamlError(settings.location(), "`reference` with on_delete: then needs `then: <expression>`");
  std::vector<Diagnostic> unknown;
  settings.finish(unknown);
  if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  return reference;
}

// `options: {KEYWORD: value}` of an index kind (2.x tuning, future options).
std::vector<std::pair<std::string, std::string>> read_options(Mapping& settings) {
  std::vector<std::pair<std::string, std::string>> options;
  YAML::Node node = settings.get("options");
  if (!node.IsDefined() || node.IsNull()) return options;
  Mapping map(node, settings.file(), "`options` of " + settings.what());
  for (const auto& entry : node) {
    const std::string key = scalar_text(entry.first, settings.file(), "an option name");
    options.emplace_back(key, entry.second.IsNull()
                                  ? std::string()
                                  : scalar_text(entry.second, settings.file(), "option `" + key + "`"));
  }
  return options;
}

FullTextIndex read_fulltext(Mapping& item) {
  Mapping settings(item.get("fulltext"), item.file(), "`fulltext` of " + item.what());
  FullTextIndex fulltext;
  fulltext.analyzer = settings.required_text("analyzer");
  fulltext.legacy_search = settings.boolean("search").value_or(false);
  fulltext.highlights = settings.boolean("highlights").value_or(false);
  YAML::Node bm25 = settings.get("bm25");
  if (bm25.IsSequence()) {
    if (bm25.size() != 2) throw YamlError(location_of(bm25, item.file()), "`bm25` takes [k1, b]");
    fulltext.bm25 = true;
    fulltext.bm25_k1 = scalar_text(bm25[0], item.file(), "bm25 k1");
    fulltext.bm25_b = scalar_text(bm25[1], item.file(), "bm25 b");
  } else {
    fulltext.bm25 = settings.boolean("bm25").value_or(false);
  }
  fulltext.extra_options = read_options(settings);
  std::vector<Diagnostic> unknown;
  settings.finish(unknown);
  if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  return fulltext;
}

VectorIndex read_vector(Mapping& item, const char* key) {
  Mapping settings(item.get(key), item.file(), "`" + std::string(key) + "` of " + item.what());
  VectorIndex vector;
  vector.dimension = settings.unsigned_integer("dimension");
  vector.distance = settings.text("distance");
  vector.vector_type = settings.text("type");
  vector.capacity = settings.text("capacity");
  vector.efc = settings.text("efc");
  vector.m = settings.text("m");
  vector.m0 = settings.text("m0");
  vector.lm = settings.text("lm");
  vector.extend_candidates = settings.boolean("extend_candidates").value_or(false);
  vector.keep_pruned_connections = settings.boolean("keep_pruned_connections").value_or(false);
  vector.extra_options = read_options(settings);
  if (vector.distance)
    for (char& c : *vector.distance) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (vector.vector_type)
    for (char& c : *vector.vector_type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::vector<Diagnostic> unknown;
  settings.finish(unknown);
  if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  return vector;
}

}  // namespace

void read_fields(DocumentReader& reader, const YAML::Node& list, const std::optional<Name>& table) {
  reader.each_item(list, "fields", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "field");
    FieldDefinition field;
    field.location = item.location();
    field.name = read_name(item);
    field.table = owner(item, table);
    field.mode = read_mode(item);
    field.type = read_type(item);
    field.flexible = item.boolean("flexible").value_or(false);
    field.default_value = item.expression("default");
    field.default_always = item.boolean("default_always").value_or(false);
    field.readonly = item.boolean("readonly").value_or(false);
    field.value = item.expression("value");
    field.assertion = item.expression("assert");
    field.computed = item.expression("computed");
    field.reference = read_reference(item);
    field.permissions = read_permissions(item, true);
    field.comment = read_text_literal(item, "comment");
    if (field.default_always && !field.default_value)
      throw YamlError(item.location(), "`default_always` needs a `default`");
    item.finish(reader.diagnostics);
    reader.add(std::move(field), item.location());
  });
}

void read_indexes(DocumentReader& reader, const YAML::Node& list, const std::optional<Name>& table) {
  reader.each_item(list, "indexes", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "index");
    IndexDefinition index;
    index.location = item.location();
    index.name = read_name(item);
    index.table = owner(item, table);
    index.mode = read_mode(item);
    YAML::Node fields = item.get("fields");
    for (const auto& text : item.text_list("fields")) {
      Expression field;
      field.text = text;
      field.location = location_of(fields, reader.file);
      index.fields.push_back(std::move(field));
    }
    // The kinds exclude each other.
    int kinds = 0;
    auto kind = [&](IndexDefinition::Kind k) {
      ++kinds;
      index.kind = k;
    };
    if (item.boolean("unique").value_or(false)) kind(IndexDefinition::Kind::Unique);
    if (item.get("fulltext").IsDefined()) {
      kind(IndexDefinition::Kind::FullText);
      index.fulltext = read_fulltext(item);
    }
    if (item.get("hnsw").IsDefined()) {
      kind(IndexDefinition::Kind::Hnsw);
      index.vector = read_vector(item, "hnsw");
    }
    if (item.get("mtree").IsDefined()) {
      kind(IndexDefinition::Kind::MTree);
      index.vector = read_vector(item, "mtree");
    }
    YAML::Node count = item.get("count");
    if (count.IsDefined() && !count.IsNull()) {
      const std::string text = scalar_text(count, reader.file, "`count` of index");
      if (text != "false") {
        kind(IndexDefinition::Kind::Count);
        if (text != "true") index.count_condition = item.expression("count");
      }
    }
    if (kinds > 1)
      throw YamlError(item.location(),
                      "an index is one of unique, fulltext, hnsw, mtree or count, not several");
    index.concurrently = item.boolean("concurrently").value_or(false);
    index.defer = item.boolean("defer").value_or(false);
    index.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(index), item.location());
  });
}

void read_events(DocumentReader& reader, const YAML::Node& list, const std::optional<Name>& table) {
  reader.each_item(list, "events", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "event");
    EventDefinition event;
    event.location = item.location();
    event.name = read_name(item);
    event.table = owner(item, table);
    event.mode = read_mode(item);
    event.async = item.boolean("async").value_or(false);
    event.retry = item.text("retry");
    event.max_depth = item.text("max_depth");
    event.when = item.expression("when");
    YAML::Node then = item.get("then");
    if (then.IsSequence()) {
      for (const auto& step : then) {
        Expression expression;
        expression.text = scalar_text(step, reader.file, "a `then` of event");
        expression.location = location_of(step, reader.file);
        event.then.push_back(std::move(expression));
      }
    } else if (auto single = item.expression("then")) {
      event.then.push_back(std::move(*single));
    }
    if (event.then.empty()) throw YamlError(item.location(), "event needs a `then`");
    event.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(event), item.location());
  });
}

void read_tables(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "tables", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "table");
    TableDefinition table;
    table.location = item.location();
    table.name = read_name(item);
    table.mode = read_mode(item);
    auto type = read_choice(item, "type", {"normal", "any", "relation"});
    if (type == "normal") table.type = TableDefinition::Type::Normal;
    if (type == "any") table.type = TableDefinition::Type::Any;
    if (type == "relation") table.type = TableDefinition::Type::Relation;
    table.relation_in = table_names(item, "in");
    table.relation_out = table_names(item, "out");
    table.enforced = item.boolean("enforced").value_or(false);
    if ((!table.relation_in.empty() || !table.relation_out.empty() || table.enforced) &&
        table.type != TableDefinition::Type::Relation)
      throw YamlError(item.location(), "`in`, `out` and `enforced` need `type: relation`");
    if (auto schemafull = item.boolean("schemafull"))
      table.schema = *schemafull ? TableDefinition::Schemafulness::Schemafull
                                 : TableDefinition::Schemafulness::Schemaless;
    table.drop = item.boolean("drop").value_or(false);
    table.changefeed = read_changefeed(item);
    table.view = item.expression("view");
    table.permissions = read_permissions(item, true);
    table.comment = read_text_literal(item, "comment");
    YAML::Node fields = item.get("fields");
    YAML::Node indexes = item.get("indexes");
    YAML::Node events = item.get("events");
    item.finish(reader.diagnostics);
    const Name name = table.name;
    reader.add(std::move(table), item.location());
    if (fields.IsDefined()) read_fields(reader, fields, name);
    if (indexes.IsDefined()) read_indexes(reader, indexes, name);
    if (events.IsDefined()) read_events(reader, events, name);
  });
}

}  // namespace surrealpp::schema::yaml
