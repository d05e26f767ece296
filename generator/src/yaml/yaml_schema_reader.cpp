// The document level of the YAML schema format: sections in document order, `use`, and `statements`
// (SurrealQL text read by the SurrealQL front end at its real position in the YAML file).
#include <fstream>
#include <sstream>

#include "render/render.hpp"
#include "yaml/yaml_readers.hpp"
#include "yaml/yaml_schema.hpp"
#include "yaml/yaml_values.hpp"

namespace surrealpp::schema {
namespace yaml {

void DocumentReader::add(StatementNode node, const SourceLocation& location) {
  Statement statement;
  statement.node = std::move(node);
  statement.location = location;
  // The statement "as written" of a YAML item is its SurrealQL rendering, so tools that quote statement text
  // (check, diff) show something meaningful. A construct without a 3.x form keeps an empty text.
  try {
    statement.text = render_statement(statement);
  } catch (const RenderError&) {
  }
  schema.statements.push_back(std::move(statement));
}

void DocumentReader::error(const YamlError& error) {
  Diagnostic diagnostic;
  diagnostic.location = error.location();
  diagnostic.message = error.what();
  diagnostics.push_back(std::move(diagnostic));
}

namespace {

// SurrealQL text of a `statements` value, padded so that the SurrealQL front end reports the line and column
// the text has in the YAML file: blank lines before it, and for a block scalar (`|`) its indentation back in
// front.
std::string positioned_surql(const YAML::Node& node, std::string_view document) {
  const YAML::Mark mark = node.Mark();
  const std::string& text = node.Scalar();
  const auto pos = static_cast<std::size_t>(std::max(mark.pos, 0));
  const bool block = pos < document.size() && (document[pos] == '|' || document[pos] == '>');
  if (!block)
    return std::string(static_cast<std::size_t>(mark.line), '\n') +
           std::string(static_cast<std::size_t>(mark.column) + 1, ' ') + text;
  std::size_t line_start = document.find('\n', pos);
  std::size_t indent = 0;
  if (line_start != std::string_view::npos)
    while (line_start + 1 + indent < document.size() && document[line_start + 1 + indent] == ' ') ++indent;
  std::string padded(static_cast<std::size_t>(mark.line) + 1, '\n');
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) padded += std::string(indent, ' ') + line + '\n';
  return padded;
}

void read_statements(DocumentReader& reader, const YAML::Node& node, std::string_view document) {
  if (node.IsNull()) return;
  scalar_text(node, reader.file, "`statements`");  // a list or mapping is an error
  ParseResult result = parse_surql(positioned_surql(node, document), reader.file);
  for (auto& diagnostic : result.diagnostics) reader.diagnostics.push_back(std::move(diagnostic));
  for (auto& statement : result.schema.statements) reader.schema.statements.push_back(std::move(statement));
}

void read_use(DocumentReader& reader, const YAML::Node& node) {
  Mapping item(node, reader.file, "`use`");
  UseStatement use;
  use.location = item.location();
  if (item.get("namespace").IsDefined()) use.namespace_name = read_name(item, "namespace");
  if (item.get("database").IsDefined()) use.database_name = read_name(item, "database");
  if (!use.namespace_name && !use.database_name)
    throw YamlError(item.location(), "`use` needs a `namespace` or a `database`");
  item.finish(reader.diagnostics);
  reader.add(std::move(use), item.location());
}

void read_section(DocumentReader& reader, const std::string& section, const YAML::Node& value,
                  std::string_view document) {
  if (section == "tables") return read_tables(reader, value);
  if (section == "fields") return read_fields(reader, value, std::nullopt);
  if (section == "indexes") return read_indexes(reader, value, std::nullopt);
  if (section == "events") return read_events(reader, value, std::nullopt);
  if (section == "namespaces") return read_namespaces(reader, value);
  if (section == "databases") return read_databases(reader, value);
  if (section == "params") return read_params(reader, value);
  if (section == "functions") return read_functions(reader, value);
  if (section == "analyzers") return read_analyzers(reader, value);
  if (section == "accesses") return read_accesses(reader, value);
  if (section == "users") return read_users(reader, value);
  if (section == "sequences") return read_sequences(reader, value);
  if (section == "configs") return read_configs(reader, value);
  if (section == "apis") return read_apis(reader, value);
  if (section == "buckets") return read_buckets(reader, value);
  if (section == "modules") return read_modules(reader, value, false);
  if (section == "models") return read_modules(reader, value, true);
  if (section == "scopes") return read_scopes(reader, value);
  if (section == "tokens") return read_tokens(reader, value);
  if (section == "use") return read_use(reader, value);
  if (section == "statements") return read_statements(reader, value, document);
  throw YamlError(
      location_of(value, reader.file),
      "unknown section `" + section +
          "` (known sections: use, namespaces, databases, params, functions, analyzers, accesses, users, "
          "sequences, configs, apis, buckets, modules, models, scopes, tokens, tables, fields, indexes, "
          "events, statements)");
}

}  // namespace
}  // namespace yaml

ParseResult parse_yaml(std::string_view text, const std::string& file_name) {
  ParseResult result;
  yaml::DocumentReader reader{file_name, result.schema, result.diagnostics};
  YAML::Node document;
  try {
    document = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    Diagnostic diagnostic;
    diagnostic.location.file = file_name;
    diagnostic.location.line = static_cast<std::uint32_t>(std::max(e.mark.line, 0)) + 1;
    diagnostic.location.column = static_cast<std::uint32_t>(std::max(e.mark.column, 0)) + 1;
    diagnostic.message = "YAML syntax: " + e.msg;
    result.diagnostics.push_back(std::move(diagnostic));
    return result;
  }
  if (!document.IsDefined() || document.IsNull()) return result;
  if (!document.IsMap()) {
    reader.error(yaml::YamlError(
        yaml::location_of(document, file_name),
        "a YAML schema is a mapping of sections (tables, functions, …), not " + yaml::describe(document)));
    return result;
  }
  for (const auto& entry : document) {
    try {
      const std::string section = yaml::scalar_text(entry.first, file_name, "a section name");
      yaml::read_section(reader, section, entry.second, text);
    } catch (const yaml::YamlError& e) {
      reader.error(e);
    }
  }
  return result;
}

ParseResult parse_yaml_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ParseResult result;
    Diagnostic diagnostic;
    diagnostic.location.file = path.string();
    diagnostic.message = "cannot read " + path.string();
    result.diagnostics.push_back(std::move(diagnostic));
    return result;
  }
  std::ostringstream content;
  content << in.rdbuf();
  return parse_yaml(content.str(), path.string());
}

}  // namespace surrealpp::schema
