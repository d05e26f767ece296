// Database-level sections: namespaces, databases, params, functions, analyzers, sequences, configs, APIs,
// buckets, modules and models.
#include <cctype>

#include "yaml/yaml_readers.hpp"
#include "yaml/yaml_values.hpp"

namespace surrealpp::schema::yaml {
namespace {

// The rest of a statement written as SurrealQL text (`body` of configs, APIs, modules).
std::optional<Expression> body_of(Mapping& item) { return item.expression("body"); }

}  // namespace

void read_namespaces(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "namespaces", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "namespace");
    NamespaceDefinition ns;
    ns.location = item.location();
    ns.name = read_name(item);
    ns.mode = read_mode(item);
    ns.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(ns), item.location());
  });
}

void read_databases(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "databases", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "database");
    DatabaseDefinition db;
    db.location = item.location();
    db.name = read_name(item);
    db.mode = read_mode(item);
    db.strict = item.boolean("strict").value_or(false);
    db.changefeed = read_changefeed(item);
    db.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(db), item.location());
  });
}

void read_params(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "params", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "param");
    ParamDefinition param;
    param.location = item.location();
    param.name = read_name(item);
    // A param is always `$name` (a parameter name, as the SurrealQL front end reads it); the YAML may write
    // the `$` or not.
    param.name.form = Name::Form::Parameter;
    if (!param.name.value.empty() && param.name.value.front() == '$') param.name.value.erase(0, 1);
    param.name.text = '$' + param.name.value;
    param.mode = read_mode(item);
    param.value = item.expression("value");
    param.permissions = read_permissions(item, false);
    param.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(param), item.location());
  });
}

void read_functions(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "functions", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "function");
    FunctionDefinition function;
    function.location = item.location();
    function.name = read_name(item);
    if (function.name.value.rfind("fn::", 0) != 0) function.name.value = "fn::" + function.name.value;
    function.name.text = function.name.value;
    function.name.form = Name::Form::Identifier;
    function.mode = read_mode(item);
    YAML::Node params = item.get("params");
    reader.each_item(params, "params", [&](const YAML::Node& param_node) {
      Mapping param(param_node, reader.file, "function parameter");
      FunctionParameter parameter;
      parameter.location = param.location();
      parameter.name = param.required_text("name");
      if (parameter.name.front() == '$') parameter.name.erase(0, 1);
      YAML::Node type_node = param.get("type");
      parameter.type =
          read_type_text(param.text("type").value_or("any"), location_of(type_node, reader.file));
      param.finish(reader.diagnostics);
      function.parameters.push_back(std::move(parameter));
    });
    function.returns = read_type(item, "returns");
    auto body = item.expression("body");
    if (!body) throw YamlError(item.location(), "function needs a `body`");
    function.body = std::move(*body);
    function.permissions = read_permissions(item, false);
    function.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(function), item.location());
  });
}

void read_analyzers(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "analyzers", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "analyzer");
    AnalyzerDefinition analyzer;
    analyzer.location = item.location();
    analyzer.name = read_name(item);
    analyzer.mode = read_mode(item);
    analyzer.function = item.text("function");
    analyzer.tokenizers = item.text_list("tokenizers");
    YAML::Node filters = item.get("filters");
    for (const auto& text : item.text_list("filters")) {
      Expression filter;
      filter.text = text;
      filter.location = location_of(filters, reader.file);
      analyzer.filters.push_back(std::move(filter));
    }
    analyzer.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(analyzer), item.location());
  });
}

void read_sequences(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "sequences", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "sequence");
    SequenceDefinition sequence;
    sequence.location = item.location();
    sequence.name = read_name(item);
    sequence.mode = read_mode(item);
    sequence.batch = item.text("batch");
    sequence.start = item.text("start");
    sequence.timeout = item.expression("timeout");
    sequence.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(sequence), item.location());
  });
}

void read_configs(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "configs", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "config");
    ConfigDefinition config;
    config.location = item.location();
    config.kind = item.required_text("kind");
    for (char& c : config.kind) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    config.mode = read_mode(item);
    config.body = body_of(item);
    item.finish(reader.diagnostics);
    reader.add(std::move(config), item.location());
  });
}

void read_apis(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "apis", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "api");
    ApiDefinition api;
    api.location = item.location();
    api.path = read_name(item, "path");
    api.path.form = Name::Form::Identifier;
    api.path.text.clear();  // the path is text: the renderer quotes it
    api.mode = read_mode(item);
    api.body = body_of(item);
    item.finish(reader.diagnostics);
    reader.add(std::move(api), item.location());
  });
}

void read_buckets(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "buckets", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "bucket");
    BucketDefinition bucket;
    bucket.location = item.location();
    bucket.name = read_name(item);
    bucket.mode = read_mode(item);
    bucket.readonly = item.boolean("readonly").value_or(false);
    bucket.backend = item.expression("backend");
    bucket.permissions = read_permissions(item, false);
    bucket.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(bucket), item.location());
  });
}

void read_modules(DocumentReader& reader, const YAML::Node& list, bool models) {
  reader.each_item(list, models ? "models" : "modules", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, models ? "model" : "module");
    ModuleDefinition module;
    module.kind = models ? ModuleDefinition::Kind::Model : ModuleDefinition::Kind::Module;
    module.location = item.location();
    module.name = read_name(item);
    module.mode = read_mode(item);
    module.body = body_of(item);
    item.finish(reader.diagnostics);
    reader.add(std::move(module), item.location());
  });
}

}  // namespace surrealpp::schema::yaml
