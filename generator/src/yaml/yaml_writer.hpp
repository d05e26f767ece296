// The YAML schema writer: IR → the format of docs/schema-yaml.md, which the YAML reader (yaml_schema.hpp)
// reads back into the same IR. Used by `surrealpp introspect --format yaml`.
#pragma once

#include <string>
#include <vector>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema {

struct YamlWriteOptions {
  // `# …` lines at the top of the document (e.g. where the schema was read from).
  std::vector<std::string> header;
};

// The schema as a YAML document. Deterministic: the same IR always gives the same text.
//
// Statements keep their order as far as YAML sections allow: consecutive statements of one kind form a
// section, and a table's fields, indexes and events that follow it are nested under it. A section appears
// once per document, so a schema that interleaves kinds (a table, a function, another table) has the later
// items moved up into the first section of their kind. What the YAML format cannot express exactly — REMOVE,
// ALTER, data statements, a second `use`, a name that is an expression, a permission list the per-action form
// cannot spell — is written as SurrealQL in the `statements` section, which the reader parses as SurrealQL.
// Text values (comments, passwords, JWT keys) come back quoted the way surrealpp quotes strings.
std::string write_yaml(const Schema& schema, const YamlWriteOptions& options = {});

}  // namespace surrealpp::schema
