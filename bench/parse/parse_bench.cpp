// Parse + check speed of the SurrealQL front end on a large generated schema (DESIGN target: 1,000 tables ×
// 20 fields with indexes and events in under a second). Prints the figures; not a test.
//
//   surrealpp-parse-bench [--tables N] [--fields N] [--runs N]
#include <time.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "surrealpp/schema/check.hpp"
#include "surrealpp/schema/parse.hpp"

namespace {

// Field types in rotation, so the type grammar is exercised as well as the clause grammar.
constexpr const char* kFieldTypes[] = {
    "string",
    "int",
    "option<string>",
    "datetime",
    "bool",
    "float",
    "array<string>",
    "option<record<t0>>",
    "\"a\" | \"b\" | \"c\"",
    "object FLEXIBLE",
    "decimal",
    "duration",
    "set<int, 10>",
    "uuid",
    "array<record<t0>, 5>",
    "geometry<point>",
    "{ x: float, y: float }",
    "option<array<int>>",
    "bytes",
    "number",
};

std::string generate_schema(int tables, int fields) {
  std::string text;
  text.reserve(static_cast<std::size_t>(tables) * static_cast<std::size_t>(fields) * 110);
  for (int t = 0; t < tables; ++t) {
    std::string table = "t" + std::to_string(t);
    text += "DEFINE TABLE " + table +
            " SCHEMAFULL PERMISSIONS FOR select FULL, FOR create, update WHERE $auth.id != NONE;\n";
    for (int f = 0; f < fields; ++f) {
      text += "DEFINE FIELD f" + std::to_string(f) + " ON " + table + " TYPE " +
              kFieldTypes[f % (sizeof(kFieldTypes) / sizeof(kFieldTypes[0]))];
      if (f % 4 == 1) text += " DEFAULT " + std::to_string(f);
      if (f % 5 == 0) text += " ASSERT $value != NONE AND string::len(<string> $value) < 100";
      text += ";\n";
    }
    text += "DEFINE INDEX " + table + "_f0 ON " + table + " FIELDS f0 UNIQUE;\n";
    text += "DEFINE INDEX " + table + "_f1 ON " + table + " FIELDS f1, f3;\n";
    text += "DEFINE EVENT " + table + "_changed ON " + table +
            " WHEN $event = \"UPDATE\" THEN (CREATE log SET table = \"" + table + "\", at = time::now());\n";
  }
  return text;
}

// CPU time of this process: on a shared machine wall time also counts other processes' turns.
double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

int argument(int argc, char** argv, std::string_view name, int fallback) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (argv[i] == name) return std::atoi(argv[i + 1]);
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const int tables = argument(argc, argv, "--tables", 1000);
  const int fields = argument(argc, argv, "--fields", 20);
  const int runs = std::max(1, argument(argc, argv, "--runs", 3));
  const std::string text = generate_schema(tables, fields);

  using Clock = std::chrono::steady_clock;
  double best_seconds = 1e9;
  double best_parse = 1e9;
  double best_check = 1e9;
  double best_cpu = 1e9;
  std::size_t statements = 0;
  std::size_t findings = 0;
  for (int run = 0; run < runs; ++run) {
    auto start = Clock::now();
    double cpu_start = cpu_seconds();
    auto result = surrealpp::schema::parse_surql(text, "generated.surql");
    auto parsed = Clock::now();
    auto diagnostics = surrealpp::schema::check_schema(result.schema);
    auto checked = Clock::now();
    best_cpu = std::min(best_cpu, cpu_seconds() - cpu_start);
    double seconds = std::chrono::duration<double>(checked - start).count();
    best_parse = std::min(best_parse, std::chrono::duration<double>(parsed - start).count());
    best_check = std::min(best_check, std::chrono::duration<double>(checked - parsed).count());
    if (!result.ok()) {
      std::fprintf(stderr, "generated schema failed to parse: %s\n",
                   surrealpp::schema::format_diagnostic(result.diagnostics.front()).c_str());
      return 1;
    }
    statements = result.schema.statements.size();
    findings = diagnostics.size();
    best_seconds = std::min(best_seconds, seconds);
  }
  std::printf("parse+check: %d tables x %d fields, %zu statements, %.2f MB, %zu findings\n", tables, fields,
              statements, static_cast<double>(text.size()) / 1e6, findings);
  std::printf("best of %d runs: %.3f s wall (parse %.3f s, check %.3f s), %.3f s CPU\n", runs, best_seconds,
              best_parse, best_check, best_cpu);
  std::printf("%.0f statements/second (wall), %.0f statements/second (CPU)\n",
              static_cast<double>(statements) / best_seconds, static_cast<double>(statements) / best_cpu);
  return 0;
}
