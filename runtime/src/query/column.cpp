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

}  // namespace surreal
