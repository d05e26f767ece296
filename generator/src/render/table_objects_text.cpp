// DEFINE TABLE, FIELD, INDEX and EVENT, clauses in the order SurrealDB's INFO prints them.
#include <cctype>
#include <string_view>

#include "render/definition_text.hpp"
#include "render/permissions_text.hpp"
#include "render/render_error.hpp"
#include "render/surql_text.hpp"
#include "render/type_text.hpp"

namespace surrealpp::schema::render {
namespace {

std::string table_list(const std::vector<std::string>& tables) {
  std::string out;
  for (const auto& table : tables) out += (out.empty() ? "" : " | ") + escape_keyword_free_identifier(table);
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// A 2.x `VALUE <future> { … }` is what 3.x spells `COMPUTED { … }`: the block after the cast, or nullopt.
std::optional<std::string> future_block(const Expression& value) {
  std::string_view text = trim(value.text);
  constexpr std::string_view cast = "<future>";
  if (text.size() <= cast.size() || text.substr(0, cast.size()) != cast) return std::nullopt;
  return std::string(trim(text.substr(cast.size())));
}

// `{ … }` stays a block; anything else becomes one, as `<future>` needs.
std::string as_block(const std::string& text) {
  std::string_view trimmed = trim(text);
  if (!trimmed.empty() && trimmed.front() == '{') return std::string(trimmed);
  return "{ " + std::string(trimmed) + " }";
}

std::string on_delete_text(const Reference& reference, Syntax syntax) {
  switch (reference.on_delete) {
    case Reference::OnDelete::Unspecified:
      return "";
    case Reference::OnDelete::Ignore:
      return " ON DELETE IGNORE";
    case Reference::OnDelete::Reject:
      return " ON DELETE REJECT";
    case Reference::OnDelete::Cascade:
      return " ON DELETE CASCADE";
    case Reference::OnDelete::Unset:
      return " ON DELETE UNSET";
    case Reference::OnDelete::Then:
      return " ON DELETE THEN " +
             (reference.then ? expression_text(*reference.then, syntax) : std::string("NONE"));
  }
  return "";
}

std::string changefeed_text(const std::optional<Changefeed>& changefeed) {
  if (!changefeed) return {};
  return " CHANGEFEED " + changefeed->duration + (changefeed->include_original ? " INCLUDE ORIGINAL" : "");
}

}  // namespace

std::string render_definition(const TableDefinition& table, Syntax syntax) {
  std::string out = "DEFINE TABLE" + mode_text(table.mode) + ' ' + render_name(table.name);
  switch (table.type) {
    case TableDefinition::Type::Unspecified:
      break;
    case TableDefinition::Type::Normal:
      out += " TYPE NORMAL";
      break;
    case TableDefinition::Type::Any:
      out += " TYPE ANY";
      break;
    case TableDefinition::Type::Relation:
      out += " TYPE RELATION";
      if (!table.relation_in.empty()) out += " IN " + table_list(table.relation_in);
      if (!table.relation_out.empty()) out += " OUT " + table_list(table.relation_out);
      if (table.enforced) out += " ENFORCED";
      break;
  }
  if (table.drop) out += " DROP";
  if (table.schema == TableDefinition::Schemafulness::Schemafull) out += " SCHEMAFULL";
  if (table.schema == TableDefinition::Schemafulness::Schemaless) out += " SCHEMALESS";
  out += comment_text(table.comment, syntax);
  if (table.view) out += " AS " + expression_text(*table.view, syntax);
  out += changefeed_text(table.changefeed);
  if (table.permissions) out += render_permissions(*table.permissions, PermissionTarget::Table, syntax);
  return out;
}

std::string render_definition(const FieldDefinition& field, Syntax syntax) {
  std::string out = "DEFINE FIELD" + mode_text(field.mode) + ' ' + render_field_idiom(field.name, syntax) +
                    " ON " + render_name(field.table);
  // 3.x writes FLEXIBLE after the type, 2.x before it.
  if (field.flexible && syntax == Syntax::V2) out += " FLEXIBLE";
  if (field.type) out += " TYPE " + render_type(*field.type, syntax);
  if (field.flexible && syntax == Syntax::V3) out += " FLEXIBLE";
  if (field.default_value) {
    if (field.default_always && syntax == Syntax::V2)
      throw RenderError("DEFAULT ALWAYS", syntax, field.default_value->location);
    out += std::string(field.default_always ? " DEFAULT ALWAYS " : " DEFAULT ") +
           expression_text(*field.default_value, syntax);
  }
  if (field.readonly) out += " READONLY";

  // COMPUTED (3.x) and VALUE <future> (2.x) are the same thing; each syntax gets its own spelling.
  std::optional<std::string> computed;
  if (field.computed) computed = expression_text(*field.computed, syntax);
  std::optional<std::string> value;
  if (field.value) {
    auto block = future_block(*field.value);
    if (block && syntax == Syntax::V3 && !computed)
      computed = adapt_expression(*block, syntax);
    else
      value = expression_text(*field.value, syntax);
  }
  if (computed && syntax == Syntax::V2) {
    if (value) throw RenderError("COMPUTED together with VALUE", syntax, field.computed->location);
    value = "<future> " + as_block(*computed);
    computed.reset();
  }
  if (value) out += " VALUE " + *value;
  if (field.assertion) out += " ASSERT " + expression_text(*field.assertion, syntax);
  if (computed) out += " COMPUTED " + *computed;
  if (field.reference) {
    if (syntax == Syntax::V2) throw RenderError("REFERENCE", syntax, field.reference->location);
    out += " REFERENCE" + on_delete_text(*field.reference, syntax);
  }
  out += comment_text(field.comment, syntax);
  if (field.permissions) out += render_permissions(*field.permissions, PermissionTarget::Field, syntax);
  return out;
}

namespace {

std::string options_text(const std::vector<std::pair<std::string, std::string>>& options) {
  std::string out;
  for (const auto& [keyword, value] : options) out += ' ' + keyword + (value.empty() ? "" : ' ' + value);
  return out;
}

std::string fulltext_text(const IndexDefinition& index, Syntax syntax) {
  const FullTextIndex empty;
  const FullTextIndex& ft = index.fulltext ? *index.fulltext : empty;
  std::string out = std::string(syntax == Syntax::V3 ? " FULLTEXT" : " SEARCH") + " ANALYZER " +
                    escape_keyword_free_identifier(ft.analyzer);
  if (ft.bm25) {
    out += " BM25";
    if (ft.bm25_k1 && ft.bm25_b) out += '(' + *ft.bm25_k1 + ',' + *ft.bm25_b + ')';
  }
  // The 2.x tuning options (DOC_IDS_ORDER …) have no 3.x form and no effect on what the index finds: 3.x
  // drops them.
  if (syntax == Syntax::V2) out += options_text(ft.extra_options);
  if (ft.highlights) out += " HIGHLIGHTS";
  return out;
}

std::string vector_text(const IndexDefinition& index, const char* kind) {
  const VectorIndex empty;
  const VectorIndex& v = index.vector ? *index.vector : empty;
  std::string out = std::string(" ") + kind;
  if (v.dimension) out += " DIMENSION " + std::to_string(*v.dimension);
  if (v.distance) out += " DIST " + *v.distance;
  if (v.vector_type) out += " TYPE " + *v.vector_type;
  if (v.capacity) out += " CAPACITY " + *v.capacity;
  if (v.efc) out += " EFC " + *v.efc;
  if (v.m) out += " M " + *v.m;
  if (v.m0) out += " M0 " + *v.m0;
  if (v.lm) out += " LM " + *v.lm;
  if (v.extend_candidates) out += " EXTEND_CANDIDATES";
  if (v.keep_pruned_connections) out += " KEEP_PRUNED_CONNECTIONS";
  return out + options_text(v.extra_options);
}

}  // namespace

std::string render_definition(const IndexDefinition& index, Syntax syntax) {
  std::string out = "DEFINE INDEX" + mode_text(index.mode) + ' ' + render_name(index.name) + " ON " +
                    render_name(index.table);
  for (std::size_t i = 0; i < index.fields.size(); ++i)
    out += (i == 0 ? " FIELDS " : ", ") + expression_text(index.fields[i], syntax);
  switch (index.kind) {
    case IndexDefinition::Kind::Plain:
      break;
    case IndexDefinition::Kind::Unique:
      out += " UNIQUE";
      break;
    case IndexDefinition::Kind::FullText:
      out += fulltext_text(index, syntax);
      break;
    case IndexDefinition::Kind::MTree:
      if (syntax == Syntax::V3) throw RenderError("MTREE index", syntax, index.location, "3.x has HNSW");
      out += vector_text(index, "MTREE");
      break;
    case IndexDefinition::Kind::Hnsw:
      out += vector_text(index, "HNSW");
      break;
    case IndexDefinition::Kind::Count:
      if (syntax == Syntax::V2) throw RenderError("COUNT index", syntax, index.location);
      out += " COUNT";
      if (index.count_condition) out += " WHERE " + expression_text(*index.count_condition, syntax);
      break;
  }
  out += comment_text(index.comment, syntax);
  if (index.concurrently) out += " CONCURRENTLY";
  if (index.defer) {
    if (syntax == Syntax::V2) throw RenderError("DEFER", syntax, index.location);
    out += " DEFER";
  }
  return out;
}

std::string render_definition(const EventDefinition& event, Syntax syntax) {
  std::string out = "DEFINE EVENT" + mode_text(event.mode) + ' ' + render_name(event.name) + " ON " +
                    render_name(event.table);
  if (event.async || event.retry || event.max_depth) {
    if (syntax == Syntax::V2) throw RenderError("ASYNC event", syntax, event.location);
    if (event.async) out += " ASYNC";
    if (event.retry) out += " RETRY " + *event.retry;
    if (event.max_depth) out += " MAXDEPTH " + *event.max_depth;
  }
  if (event.when) out += " WHEN " + expression_text(*event.when, syntax);
  for (std::size_t i = 0; i < event.then.size(); ++i)
    out += (i == 0 ? " THEN " : ", ") + expression_text(event.then[i], syntax);
  return out + comment_text(event.comment, syntax);
}

}  // namespace surrealpp::schema::render
