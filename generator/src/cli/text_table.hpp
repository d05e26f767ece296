// Plain aligned text tables for command output (`migrate status`, `db query --format table`, …).
#pragma once

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace surrealpp::cli {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }

  void print(std::ostream& out) const {
    std::vector<std::size_t> widths(header_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
      for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
        widths[i] = std::max(widths[i], width(row[i]));
    };
    measure(header_);
    for (const auto& row : rows_) measure(row);
    auto line = [&](const std::vector<std::string>& row) {
      std::string text;
      for (std::size_t i = 0; i < widths.size(); ++i) {
        std::string cell = i < row.size() ? row[i] : std::string{};
        text += cell;
        if (i + 1 < widths.size()) text += std::string(widths[i] - width(cell) + 2, ' ');
      }
      while (!text.empty() && text.back() == ' ') text.pop_back();
      out << text << '\n';
    };
    line(header_);
    std::vector<std::string> rule;
    for (std::size_t w : widths) rule.emplace_back(w, '-');
    line(rule);
    for (const auto& row : rows_) line(row);
  }

 private:
  // Display width in code points (UTF-8 continuation bytes do not count).
  static std::size_t width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  }

  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace surrealpp::cli
