#include <surreal/query/column.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace surreal {

std::string like_to_regex(std::string_view pattern, bool case_insensitive) {
  std::string out = case_insensitive ? "(?is)^" : "(?s)^";
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      c = pattern[++i];  // `\%`, `\_`, `\\`: the next character literally
    } else if (c == '%') {
      out += ".*";
      continue;
    } else if (c == '_') {
      out += '.';
      continue;
    }
    // Rust regex meta characters, escaped so that the rest of the pattern matches literally.
    static constexpr std::string_view kMeta = "\\.+*?()|[]{}^$#&-~";
    if (kMeta.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  out += '$';
  return out;
}

std::string checked_vector_distance(std::string_view distance) {
  std::string upper(distance);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  static constexpr std::array<std::string_view, 7> kDistances = {
      "EUCLIDEAN", "COSINE", "MANHATTAN", "CHEBYSHEV", "HAMMING", "JACCARD", "PEARSON"};
  if (std::find(kDistances.begin(), kDistances.end(), upper) != kDistances.end()) return upper;
  // MINKOWSKI takes its order: "MINKOWSKI 3".
  constexpr std::string_view kMinkowski = "MINKOWSKI ";
  if (upper.size() > kMinkowski.size() && upper.compare(0, kMinkowski.size(), kMinkowski) == 0) {
    std::string_view order = std::string_view(upper).substr(kMinkowski.size());
    if (std::all_of(order.begin(), order.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
      return upper;
  }
  throw QueryBuildError("unknown vector distance `" + std::string(distance) +
                        "`: expected EUCLIDEAN, COSINE, MANHATTAN, CHEBYSHEV, HAMMING, JACCARD, PEARSON or "
                        "MINKOWSKI <n>");
}

namespace query_detail {

Expression column_operation(std::string_view path, std::string_view op, Value value) {
  Expression e = Expression::field(path);
  e.append(op).append_value(std::move(value));
  return e;
}

Expression column_suffix(std::string_view path, std::string_view text) {
  Expression e = Expression::field(path);
  e.append(text);
  return e;
}

Expression none_guarded(std::string_view path, const Expression& test) {
  Expression e = Expression::text("(");
  e.append_field(path).append(" IS NOT NONE AND ").append_field(path).append(" IS NOT NULL AND ");
  e.append(test).append(")");
  return e;
}

Expression column_function(std::string_view path, std::string_view function, Value argument) {
  Expression call = Expression::text(std::string(function) + "(");
  call.append_field(path).append(", ").append_value(std::move(argument)).append(")");
  return call;
}

Expression column_lowered(std::string_view path, std::string_view open, std::string_view separator,
                          Value argument) {
  Expression e = Expression::text(std::string(open) + "string::lowercase(");
  e.append_field(path).append(")").append(separator).append("string::lowercase(");
  e.append_value(std::move(argument)).append(")");
  if (!open.empty()) e.append(")");
  return e;
}

}  // namespace query_detail
}  // namespace surreal
