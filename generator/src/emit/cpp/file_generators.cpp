#include "emit/cpp/file_generators.hpp"

#include <utility>

#include "emit/cpp/descriptor_generator.hpp"
#include "emit/cpp/enum_generator.hpp"
#include "emit/cpp/function_generator.hpp"
#include "emit/cpp/names.hpp"
#include "emit/cpp/render.hpp"
#include "emit/cpp/struct_generator.hpp"

namespace surrealpp::emit::cpp {
namespace {

Data common_data(const FileContext& context) {
  Data data;
  data["namespace"] = context.plan.cpp_namespace;
  data["sources"] = context.sources;
  return data;
}

// Inner structs first: an outer struct holds the inner ones by value (and its codec uses theirs).
Data structs_inner_first(const TablePlan& table) {
  Data structs = list();
  for (std::size_t i = table.structs.size(); i-- > 0;) append(structs, struct_data(table, i));
  return structs;
}

}  // namespace

TableFiles table_files(const FileContext& context, const TablePlan& table) {
  Data data = common_data(context);
  data["table"] = table.table;
  data["model"] = table.model().name;
  data["variable"] = table.variable;
  data["relation"] = flag(table.relation);
  Data enums = list();
  for (const auto& plan : table.enums) append(enums, enum_data(plan, context.plan.cpp_namespace));
  data["enums"] = std::move(enums);
  data["structs_inner_first"] = structs_inner_first(table);
  Data linked = list();
  for (const auto& stem : table.linked_tables) {
    Data entry;
    entry["file"] = stem;
    append(linked, std::move(entry));
  }
  data["has_links"] = flag(!table.linked_tables.empty());
  data["linked_tables"] = std::move(linked);
  add_descriptor_data(table, context.plan.cpp_namespace, data);
  data["column_definitions"] = column_definitions(table);
  return {{context.directory + table.file_stem + ".hpp", render(context.templates, "table_header", data)},
          render(context.templates, "table_source", data)};
}

GeneratedFile fwd_file(const FileContext& context) {
  Data data = common_data(context);
  Data tables = list();
  for (const auto& table : context.plan.tables) {
    Data entry;
    entry["model"] = table.model().name;
    entry["descriptor"] = table.descriptor;
    append(tables, std::move(entry));
  }
  data["tables"] = std::move(tables);
  return {context.directory + "fwd.hpp", render(context.templates, "fwd", data)};
}

GeneratedFile support_file(const FileContext& context) {
  return {context.directory + "support.hpp", render(context.templates, "support", common_data(context))};
}

GeneratedFile models_file(const FileContext& context) {
  Data data = common_data(context);
  Data tables = list();
  for (const auto& table : context.plan.tables) {
    Data entry;
    entry["file_stem"] = table.file_stem;
    append(tables, std::move(entry));
  }
  data["tables"] = std::move(tables);
  data["has_functions"] = flag(!context.plan.functions.empty());
  return {context.directory + "models.hpp", render(context.templates, "models", data)};
}

std::vector<GeneratedFile> models_source_files(const FileContext& context,
                                               const std::vector<std::string>& table_sources,
                                               std::size_t count) {
  if (count == 0) throw GenerateError("the definitions cannot be split into 0 source files");
  std::vector<std::vector<std::size_t>> tables_of_file(count);
  for (std::size_t table = 0; table < context.plan.tables.size(); ++table)
    tables_of_file[source_file_of(context.plan.tables[table].table, count)].push_back(table);
  std::vector<GeneratedFile> files;
  files.reserve(count);
  for (std::size_t file = 0; file < count; ++file) {
    Data data = common_data(context);
    data["whole_schema"] = flag(count == 1);
    data["part"] = std::to_string(file + 1);
    data["parts"] = std::to_string(count);
    Data includes = list();
    for (const std::size_t table : tables_of_file[file]) {
      Data entry;
      entry["file_stem"] = context.plan.tables[table].file_stem;
      append(includes, std::move(entry));
    }
    data["part_tables"] = std::move(includes);
    std::string text = render(context.templates, "models_source", data);
    for (const std::size_t table : tables_of_file[file]) {
      text += '\n';  // each part is tidy already (render() trims its leading blank line)
      text += table_sources[table];
    }
    files.push_back({context.directory + models_source_name(file), std::move(text)});
  }
  return files;
}

GeneratedFile functions_file(const FileContext& context) {
  Data data = common_data(context);
  data["functions"] = functions_data(context.plan);
  return {context.directory + "functions.hpp", render(context.templates, "functions", data)};
}

}  // namespace surrealpp::emit::cpp
