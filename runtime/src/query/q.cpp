#include <surreal/query/column.hpp>
#include <surreal/query/q.hpp>

#include <algorithm>
#include <array>

namespace surreal {

struct Q::Node {
  enum class Kind { Lookup, And, Or, Not } kind = Kind::Lookup;
  std::string key;
  Value value;
  std::shared_ptr<const Node> left, right;  // And / Or: both; Not: left
};

Q::Q(std::string key, Value value) {
  auto node = std::make_shared<Node>();
  node->key = std::move(key);
  node->value = std::move(value);
  node_ = std::move(node);
}

Q operator&(const Q& a, const Q& b) {
  auto node = std::make_shared<Q::Node>();
  node->kind = Q::Node::Kind::And;
  node->left = a.node_;
  node->right = b.node_;
  return Q(std::move(node));
}
Q operator|(const Q& a, const Q& b) {
  auto node = std::make_shared<Q::Node>();
  node->kind = Q::Node::Kind::Or;
  node->left = a.node_;
  node->right = b.node_;
  return Q(std::move(node));
}
Q operator~(const Q& a) {
  auto node = std::make_shared<Q::Node>();
  node->kind = Q::Node::Kind::Not;
  node->left = a.node_;
  return Q(std::move(node));
}

namespace {

constexpr std::array<std::string_view, 21> kLookups = {
    "exact",    "gt",        "gte",        "lt",          "lte",      "in",        "not_in",
    "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith", "iexact",
    "like",     "ilike",     "regex",      "iregex",      "match",    "isnull",    "ne"};

bool is_lookup(std::string_view name) {
  return std::find(kLookups.begin(), kLookups.end(), name) != kLookups.end();
}

std::string_view kind_label(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Any:
      return "any";
    case ColumnKind::Bool:
      return "bool";
    case ColumnKind::Int:
      return "int";
    case ColumnKind::Float:
      return "float";
    case ColumnKind::Decimal:
      return "decimal";
    case ColumnKind::String:
      return "string";
    case ColumnKind::Enum:
      return "literal";
    case ColumnKind::Datetime:
      return "datetime";
    case ColumnKind::Duration:
      return "duration";
    case ColumnKind::Uuid:
      return "uuid";
    case ColumnKind::Bytes:
      return "bytes";
    case ColumnKind::Array:
      return "array";
    case ColumnKind::Object:
      return "object";
    case ColumnKind::Record:
      return "record";
    case ColumnKind::Geometry:
      return "geometry";
  }
  return "?";
}

bool is_numeric(ColumnKind k) {
  return k == ColumnKind::Int || k == ColumnKind::Float || k == ColumnKind::Decimal;
}
bool is_stringish(ColumnKind k) {
  return k == ColumnKind::String || k == ColumnKind::Enum || k == ColumnKind::Any;
}
bool is_ordered(ColumnKind k) {
  return is_numeric(k) || k == ColumnKind::String || k == ColumnKind::Enum || k == ColumnKind::Datetime ||
         k == ColumnKind::Duration || k == ColumnKind::Uuid || k == ColumnKind::Record ||
         k == ColumnKind::Any;
}

/// Whether `v` is a value of the column kind `k` (for comparisons: SurrealDB compares values of different
/// kinds by kind order, which would silently answer something else).
bool value_fits(ColumnKind k, const Value& v) {
  switch (k) {
    case ColumnKind::Any:
      return true;
    case ColumnKind::Bool:
      return v.is_bool();
    case ColumnKind::Int:
    case ColumnKind::Float:
    case ColumnKind::Decimal:
      return v.is_number();
    case ColumnKind::String:
    case ColumnKind::Enum:
      return v.is_string();
    case ColumnKind::Datetime:
      return v.is_datetime();
    case ColumnKind::Duration:
      return v.is_duration();
    case ColumnKind::Uuid:
      return v.is_uuid();
    case ColumnKind::Bytes:
      return v.is_bytes();
    case ColumnKind::Array:
      return v.is_array() || v.is_set();
    case ColumnKind::Object:
      return v.is_object();
    case ColumnKind::Record:
      return v.is_record_id();
    case ColumnKind::Geometry:
      return v.is_geometry();
  }
  return false;
}

class Resolver {
 public:
  Resolver(std::string_view table, std::span<const ColumnInfo> columns) : table_(table), columns_(columns) {}

  Expression resolve(const Q::Node& node) const;

 private:
  const ColumnInfo* find(std::string_view path) const {
    for (const ColumnInfo& c : columns_)
      if (c.path == path) return &c;
    return nullptr;
  }
  [[noreturn]] void fail(const std::string& key, const std::string& why) const {
    throw QueryBuildError("Q{\"" + key + "\"} on table `" + std::string(table_) + "`: " + why);
  }
  Expression lookup(const std::string& key, const Value& value) const;

  std::string_view table_;
  std::span<const ColumnInfo> columns_;
};

std::string join_path(const std::vector<std::string>& parts, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (i) out += '.';
    out += parts[i];
  }
  return out;
}

std::vector<std::string> split_key(const std::string& key) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t sep = key.find("__", start);
    parts.push_back(key.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) break;
    start = sep + 2;
  }
  return parts;
}

Expression Resolver::resolve(const Q::Node& node) const {
  using Kind = Q::Node::Kind;
  switch (node.kind) {
    case Kind::And:
      return Expression::conjunction(resolve(*node.left), resolve(*node.right));
    case Kind::Or:
      return Expression::disjunction(resolve(*node.left), resolve(*node.right));
    case Kind::Not:
      return Expression::negation(resolve(*node.left));
    case Kind::Lookup:
      break;
  }
  return lookup(node.key, node.value);
}

Expression Resolver::lookup(const std::string& key, const Value& value) const {
  std::vector<std::string> parts = split_key(key);
  if (std::any_of(parts.begin(), parts.end(), [](const std::string& p) { return p.empty(); }))
    fail(key, "malformed key (empty field or lookup name)");

  // `field__lookup` when the last part is a lookup name and the rest is a column; a whole-key column
  // otherwise (a column may be called like a lookup: `in` on a relation table).
  std::string field, op = "exact";
  const ColumnInfo* column = nullptr;
  if (parts.size() > 1 && is_lookup(parts.back()) && (column = find(join_path(parts, parts.size() - 1)))) {
    field = join_path(parts, parts.size() - 1);
    op = parts.back();
  } else if ((column = find(join_path(parts, parts.size())))) {
    field = join_path(parts, parts.size());
  } else if (parts.size() > 1 && find(join_path(parts, parts.size() - 1))) {
    fail(key, "unknown lookup `" + parts.back() +
                  "` (known: exact, gt, gte, lt, lte, in, not_in, contains, "
                  "icontains, startswith, istartswith, endswith, iendswith, iexact, "
                  "like, ilike, regex, iregex, match, isnull)");
  } else if (parts.size() > 1 && is_lookup(parts.back())) {
    fail(key, "unknown field `" + join_path(parts, parts.size() - 1) + "`");
  } else {
    fail(key, "unknown field `" + join_path(parts, parts.size()) + "`");
  }

  const ColumnKind kind = column->kind;
  auto need = [&](bool ok, std::string_view what) {
    if (!ok)
      fail(key, "lookup `" + op + "` needs " + std::string(what) + ", but `" + field + "` is a " +
                    std::string(kind_label(kind)) + " column");
  };
  auto need_value = [&](bool ok, std::string_view what) {
    if (!ok) fail(key, "lookup `" + op + "` needs " + std::string(what) + ", got " + describe(value));
  };
  auto binary = [&](std::string_view sql_op) {
    Expression e = Expression::field(field);
    e.append(" ").append(sql_op).append(" ").append_value(value);
    return e;
  };
  // NONE / NULL guard for string functions and `<` / `<=` on columns that may hold them.
  auto guarded = [&](Expression test) {
    if (!column->optional && kind != ColumnKind::Any) return test;
    Expression e = Expression::text("(");
    e.append_field(field).append(" IS NOT NONE AND ").append_field(field).append(" IS NOT NULL AND ");
    e.append(test).append(")");
    return e;
  };
  auto call = [&](std::string_view function, Value argument) {
    Expression e = Expression::text(std::string(function) + "(");
    e.append_field(field).append(", ").append_value(std::move(argument)).append(")");
    return guarded(std::move(e));
  };
  auto lowered_call = [&](std::string_view function) {
    Expression e = Expression::text(std::string(function) + "(string::lowercase(");
    e.append_field(field).append("), string::lowercase(").append_value(value).append("))");
    return guarded(std::move(e));
  };
  auto string_lookup = [&] {
    need(is_stringish(kind), "a string column");
    need_value(value.is_string(), "a string");
  };

  if (op == "exact" || op == "ne") {
    need_value(
        value_fits(kind, value) || (value.is_nullish() && (column->optional || kind == ColumnKind::Any)),
        "a " + std::string(kind_label(kind)) + " value" + (column->optional ? " (or NONE / NULL)" : ""));
    return binary(op == "exact" ? "=" : "!=");
  }
  if (op == "gt" || op == "gte" || op == "lt" || op == "lte") {
    need(is_ordered(kind), "an ordered column (number, string, datetime, duration, uuid, record)");
    need_value(value_fits(kind, value), "a " + std::string(kind_label(kind)) + " value");
    if (op == "gt" || op == "gte") return binary(op == "gt" ? ">" : ">=");
    // NONE and NULL order before every value: without the guard `age__lt` would also select rows without an
    // age.
    return guarded(binary(op == "lt" ? "<" : "<="));
  }
  if (op == "in" || op == "not_in") {
    need_value(value.is_array() || value.is_set(), "an array of values");
    const Array& items = value.is_array() ? value.as_array() : value.as_set().items();
    for (const Value& item : items)
      if (!value_fits(kind, item) && !(item.is_nullish() && column->optional))
        fail(key,
             "lookup `" + op + "` on a " + std::string(kind_label(kind)) + " column got " + describe(item));
    return binary(op == "in" ? "IN" : "NOT IN");
  }
  if (op == "contains") {
    if (kind == ColumnKind::Array) {
      need_value(value_fits(column->element, value),
                 "a " + std::string(kind_label(column->element)) + " element");
      return binary("CONTAINS");
    }
    string_lookup();
    return binary("CONTAINS");
  }
  if (op == "icontains") {
    string_lookup();
    return lowered_call("string::contains");
  }
  if (op == "startswith" || op == "endswith") {
    string_lookup();
    return call(op == "startswith" ? "string::starts_with" : "string::ends_with", value);
  }
  if (op == "istartswith" || op == "iendswith") {
    string_lookup();
    return lowered_call(op == "istartswith" ? "string::starts_with" : "string::ends_with");
  }
  if (op == "iexact") {
    string_lookup();
    Expression e = Expression::text("string::lowercase(");
    e.append_field(field).append(") = string::lowercase(").append_value(value).append(")");
    return guarded(std::move(e));
  }
  if (op == "like" || op == "ilike") {
    string_lookup();
    return call("string::matches", Value(like_to_regex(value.as_string(), op == "ilike")));
  }
  if (op == "regex" || op == "iregex") {
    string_lookup();
    return call("string::matches", op == "regex" ? value : Value("(?i)" + value.as_string()));
  }
  if (op == "match") {
    string_lookup();
    return binary("@@");
  }
  // isnull
  need_value(value.is_bool(), "true or false");
  Expression e = Expression::text("(");
  if (value.as_bool())
    e.append_field(field).append(" IS NONE OR ").append_field(field).append(" IS NULL)");
  else
    e.append_field(field).append(" IS NOT NONE AND ").append_field(field).append(" IS NOT NULL)");
  return e;
}

}  // namespace

Expression Q::resolve(std::string_view table, std::span<const ColumnInfo> columns) const {
  return Resolver(table, columns).resolve(*node_);
}

std::span<const std::string_view> Q::lookups() noexcept { return kLookups; }

}  // namespace surreal
