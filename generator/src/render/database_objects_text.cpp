// DEFINE NAMESPACE, DATABASE, ANALYZER, FUNCTION, PARAM, SEQUENCE, CONFIG, API, BUCKET, MODULE and MODEL.
#include <cctype>

#include "render/definition_text.hpp"
#include "render/permissions_text.hpp"
#include "render/render_error.hpp"
#include "render/surql_text.hpp"
#include "render/type_text.hpp"

namespace surrealpp::schema::render {
namespace {

// An analyzer filter as SurrealDB prints it: upper case and no spaces outside quotes (`EDGENGRAM(1,3)`,
// `MAPPER('file.txt')`).
std::string filter_text(const std::string& text) {
  std::string out;
  scan_code(
      text,
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
          if (!std::isspace(static_cast<unsigned char>(text[i])))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
      },
      [&](std::size_t begin, std::size_t end) {
        std::string_view quoted(text.data() + begin, end - begin);
        if (auto value = string_literal_value(quoted))
          out += quote_string(*value);
        else
          out.append(quoted);
      });
  return out;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

void require_v3(Syntax syntax, const char* construct, const SourceLocation& location) {
  if (syntax == Syntax::V2) throw RenderError(construct, syntax, location);
}

}  // namespace

std::string render_definition(const NamespaceDefinition& ns, Syntax syntax) {
  return "DEFINE NAMESPACE" + mode_text(ns.mode) + ' ' + render_name(ns.name) +
         comment_text(ns.comment, syntax);
}

std::string render_definition(const DatabaseDefinition& db, Syntax syntax) {
  std::string out = "DEFINE DATABASE" + mode_text(db.mode) + ' ' + render_name(db.name);
  if (db.strict) out += " STRICT";
  out += comment_text(db.comment, syntax);
  if (db.changefeed)
    out += " CHANGEFEED " + db.changefeed->duration +
           (db.changefeed->include_original ? " INCLUDE ORIGINAL" : "");
  return out;
}

std::string render_definition(const AnalyzerDefinition& analyzer, Syntax syntax) {
  std::string out = "DEFINE ANALYZER" + mode_text(analyzer.mode) + ' ' + render_name(analyzer.name);
  if (analyzer.function) out += " FUNCTION " + *analyzer.function;
  for (std::size_t i = 0; i < analyzer.tokenizers.size(); ++i)
    out += (i == 0 ? " TOKENIZERS " : ",") + upper(analyzer.tokenizers[i]);
  // 3.x separates filters with ", ", 2.x with ",".
  for (std::size_t i = 0; i < analyzer.filters.size(); ++i)
    out += (i == 0 ? " FILTERS " : syntax == Syntax::V3 ? ", " : ",") + filter_text(analyzer.filters[i].text);
  return out + comment_text(analyzer.comment, syntax);
}

std::string render_definition(const FunctionDefinition& function, Syntax syntax) {
  std::string out = "DEFINE FUNCTION" + mode_text(function.mode) + ' ' +
                    (function.name.text.empty() ? function.name.value : function.name.text) + '(';
  for (std::size_t i = 0; i < function.parameters.size(); ++i) {
    const auto& parameter = function.parameters[i];
    out += (i ? ", $" : "$") + escape_keyword_free_identifier(parameter.name) + ": " +
           render_type(parameter.type, syntax);
  }
  out += ')';
  if (function.returns) out += " -> " + render_type(*function.returns, syntax);
  out += ' ' + expression_text(function.body, syntax);
  out += comment_text(function.comment, syntax);
  if (function.permissions)
    out += render_permissions(*function.permissions, PermissionTarget::Single, syntax);
  return out;
}

std::string render_definition(const ParamDefinition& param, Syntax syntax) {
  std::string out = "DEFINE PARAM" + mode_text(param.mode) + ' ' + render_param_name(param.name);
  if (param.value) out += " VALUE " + expression_text(*param.value, syntax);
  out += comment_text(param.comment, syntax);
  if (param.permissions) out += render_permissions(*param.permissions, PermissionTarget::Single, syntax);
  return out;
}

std::string render_definition(const SequenceDefinition& sequence, Syntax syntax) {
  require_v3(syntax, "DEFINE SEQUENCE", sequence.location);
  std::string out = "DEFINE SEQUENCE" + mode_text(sequence.mode) + ' ' + render_name(sequence.name);
  if (sequence.batch) out += " BATCH " + *sequence.batch;
  if (sequence.start) out += " START " + *sequence.start;
  if (sequence.timeout) out += " TIMEOUT " + expression_text(*sequence.timeout, syntax);
  return out + comment_text(sequence.comment, syntax);
}

std::string render_definition(const ConfigDefinition& config, Syntax syntax) {
  std::string out = "DEFINE CONFIG" + mode_text(config.mode) + ' ' + upper(config.kind);
  if (config.body) out += ' ' + expression_text(*config.body, syntax);
  return out;
}

std::string render_definition(const ApiDefinition& api, Syntax syntax) {
  require_v3(syntax, "DEFINE API", api.location);
  std::string path = api.path.text.empty() ? quote_string(api.path.value) : api.path.text;
  if (auto value = string_literal_value(path)) path = quote_string(*value);
  std::string out = "DEFINE API" + mode_text(api.mode) + ' ' + path;
  if (api.body) out += ' ' + expression_text(*api.body, syntax);
  return out;
}

std::string render_definition(const BucketDefinition& bucket, Syntax syntax) {
  require_v3(syntax, "DEFINE BUCKET", bucket.location);
  std::string out = "DEFINE BUCKET" + mode_text(bucket.mode) + ' ' + render_name(bucket.name);
  if (bucket.readonly) out += " READONLY";
  if (bucket.backend) out += " BACKEND " + expression_text(*bucket.backend, syntax);
  if (bucket.permissions) out += render_permissions(*bucket.permissions, PermissionTarget::Single, syntax);
  return out + comment_text(bucket.comment, syntax);
}

std::string render_definition(const ModuleDefinition& module, Syntax syntax) {
  const bool model = module.kind == ModuleDefinition::Kind::Model;
  if (!model) require_v3(syntax, "DEFINE MODULE", module.location);
  std::string out = std::string(model ? "DEFINE MODEL" : "DEFINE MODULE") + mode_text(module.mode) + ' ' +
                    (module.name.text.empty() ? render_name(module.name) : module.name.text);
  if (module.body) out += ' ' + expression_text(*module.body, syntax);
  return out;
}

}  // namespace surrealpp::schema::render
