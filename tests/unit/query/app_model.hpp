#pragma once
// A hand-written model and table descriptors in exactly the shape the code generator emits (see
// <surreal/query/table.hpp>), for the query builder's unit and integration tests:
//
//   DEFINE TABLE user SCHEMAFULL;
//   DEFINE FIELD name ON user TYPE string;
//   DEFINE FIELD age ON user TYPE option<int>;
//   DEFINE FIELD role ON user TYPE "admin" | "member";
//   DEFINE FIELD tags ON user TYPE array<string>;
//   DEFINE FIELD address ON user TYPE object; DEFINE FIELD address.city ON user TYPE string;
//   DEFINE FIELD address.zip ON user TYPE option<string>;
//   DEFINE FIELD best_friend ON user TYPE option<record<user>>;
//   DEFINE FIELD bio ON user TYPE option<string>;
//   DEFINE FIELD score ON user TYPE float;
//   DEFINE TABLE follows TYPE RELATION IN user OUT user; DEFINE FIELD since ON follows TYPE datetime;
//   DEFINE TABLE doc SCHEMAFULL; DEFINE FIELD title ON doc TYPE string; DEFINE FIELD embedding ON doc TYPE
//   array<float>;
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <surreal/link.hpp>
#include <surreal/query/column.hpp>
#include <surreal/query/table.hpp>
#include <surreal/value.hpp>

namespace app {

enum class Role { Admin, Member };

struct UserAddress {
  std::string city;
  std::optional<std::string> zip;
  friend bool operator==(const UserAddress&, const UserAddress&) = default;
};

struct User {
  surreal::RecordId id;
  std::string name;
  std::optional<std::int64_t> age;
  Role role = Role::Member;
  std::vector<std::string> tags;
  UserAddress address;
  std::optional<surreal::Link<User>> best_friend;
  std::optional<std::string> bio;
  double score = 0;
};

struct Follows {
  surreal::RecordId id;
  surreal::Link<User> in;
  surreal::Link<User> out;
  surreal::Datetime since;
};

struct Doc {
  surreal::RecordId id;
  std::string title;
  std::vector<double> embedding;
};

struct UserTable;
struct UserAddressColumn : surreal::Column<UserTable, UserAddress> {
  constexpr UserAddressColumn() : Column("address") {}
  using Column::operator=;
  surreal::Column<UserTable, std::string> city{"address.city"};
  surreal::Column<UserTable, std::optional<std::string>> zip{"address.zip"};
};
struct UserTable {
  surreal::Column<UserTable, surreal::RecordId> id{"id"};
  surreal::Column<UserTable, std::string> name{"name"};
  surreal::Column<UserTable, std::optional<std::int64_t>> age{"age"};
  surreal::Column<UserTable, Role> role{"role"};
  surreal::Column<UserTable, std::vector<std::string>> tags{"tags"};
  UserAddressColumn address{};
  surreal::Column<UserTable, std::optional<surreal::Link<User>>> best_friend{"best_friend"};
  surreal::Column<UserTable, std::optional<std::string>> bio{"bio"};
  surreal::Column<UserTable, double> score{"score"};
};
inline constexpr UserTable user{};

struct FollowsTable {
  surreal::Column<FollowsTable, surreal::RecordId> id{"id"};
  surreal::Column<FollowsTable, surreal::Link<User>> in{"in"};
  surreal::Column<FollowsTable, surreal::Link<User>> out{"out"};
  surreal::Column<FollowsTable, surreal::Datetime> since{"since"};
};
inline constexpr FollowsTable follows{};

struct DocTable {
  surreal::Column<DocTable, surreal::RecordId> id{"id"};
  surreal::Column<DocTable, std::string> title{"title"};
  surreal::Column<DocTable, std::vector<double>> embedding{"embedding"};
};
inline constexpr DocTable doc{};

}  // namespace app

template <>
struct surreal::EnumNames<app::Role> {
  static constexpr std::pair<app::Role, std::string_view> values[] = {{app::Role::Admin, "admin"},
                                                                      {app::Role::Member, "member"}};
};

template <>
struct surreal::Codec<app::UserAddress> {
  static Value encode(const app::UserAddress& a) {
    Object o;
    encode_field(o, "city", a.city);
    encode_field(o, "zip", a.zip);
    return o;
  }
  static app::UserAddress decode(const Value& v) {
    const Object& o = expect_object(v, "app::UserAddress");
    app::UserAddress a;
    decode_field(o, "city", a.city);
    decode_field(o, "zip", a.zip);
    return a;
  }
};

template <>
struct surreal::Codec<app::User> {
  static Value encode(const app::User& u) {
    Object o;
    if (!u.id.table().empty()) o.insert_or_assign("id", u.id);
    encode_field(o, "name", u.name);
    encode_field(o, "age", u.age);
    encode_field(o, "role", u.role);
    encode_field(o, "tags", u.tags);
    encode_field(o, "address", u.address);
    encode_field(o, "best_friend", u.best_friend);
    encode_field(o, "bio", u.bio);
    encode_field(o, "score", u.score);
    return o;
  }
  static app::User decode(const Value& v) {
    const Object& o = expect_object(v, "app::User");
    app::User u;
    decode_field(o, "id", u.id);
    decode_field(o, "name", u.name);
    decode_field(o, "age", u.age);
    decode_field(o, "role", u.role);
    decode_field_or_keep(o, "tags", u.tags);
    decode_field(o, "address", u.address);
    decode_field(o, "best_friend", u.best_friend);
    decode_field(o, "bio", u.bio);
    decode_field_or_keep(o, "score", u.score);
    return u;
  }
};

template <>
struct surreal::Codec<app::Follows> {
  static Value encode(const app::Follows& f) {
    Object o;
    if (!f.id.table().empty()) o.insert_or_assign("id", f.id);
    if (!f.in.id().table().empty()) encode_field(o, "in", f.in);
    if (!f.out.id().table().empty()) encode_field(o, "out", f.out);
    encode_field(o, "since", f.since);
    return o;
  }
  static app::Follows decode(const Value& v) {
    const Object& o = expect_object(v, "app::Follows");
    app::Follows f;
    decode_field(o, "id", f.id);
    decode_field(o, "in", f.in);
    decode_field(o, "out", f.out);
    decode_field(o, "since", f.since);
    return f;
  }
};

template <>
struct surreal::Codec<app::Doc> {
  static Value encode(const app::Doc& d) {
    Object o;
    if (!d.id.table().empty()) o.insert_or_assign("id", d.id);
    encode_field(o, "title", d.title);
    encode_field(o, "embedding", d.embedding);
    return o;
  }
  static app::Doc decode(const Value& v) {
    const Object& o = expect_object(v, "app::Doc");
    app::Doc d;
    decode_field(o, "id", d.id);
    decode_field(o, "title", d.title);
    decode_field(o, "embedding", d.embedding);
    return d;
  }
};

template <>
struct surreal::TableTraits<app::UserTable> {
  using model = app::User;
  static constexpr std::string_view name = "user";
  static constexpr bool is_relation = false;
  using in_model = void;
  using out_model = void;
  static constexpr std::array<surreal::ColumnInfo, 11> columns{{
      {"id", surreal::ColumnKind::Record},
      {"name", surreal::ColumnKind::String},
      {"age", surreal::ColumnKind::Int, true},
      {"role", surreal::ColumnKind::Enum},
      {"tags", surreal::ColumnKind::Array, false, surreal::ColumnKind::String},
      {"address", surreal::ColumnKind::Object},
      {"address.city", surreal::ColumnKind::String},
      {"address.zip", surreal::ColumnKind::String, true},
      {"best_friend", surreal::ColumnKind::Record, true},
      {"bio", surreal::ColumnKind::String, true},
      {"score", surreal::ColumnKind::Float},
  }};
};

template <>
struct surreal::TableTraits<app::FollowsTable> {
  using model = app::Follows;
  static constexpr std::string_view name = "follows";
  static constexpr bool is_relation = true;
  using in_model = app::User;
  using out_model = app::User;
  static constexpr std::array<surreal::ColumnInfo, 4> columns{{
      {"id", surreal::ColumnKind::Record},
      {"in", surreal::ColumnKind::Record},
      {"out", surreal::ColumnKind::Record},
      {"since", surreal::ColumnKind::Datetime},
  }};
};

template <>
struct surreal::TableTraits<app::DocTable> {
  using model = app::Doc;
  static constexpr std::string_view name = "doc";
  static constexpr bool is_relation = false;
  using in_model = void;
  using out_model = void;
  static constexpr std::array<surreal::ColumnInfo, 3> columns{{
      {"id", surreal::ColumnKind::Record},
      {"title", surreal::ColumnKind::String},
      {"embedding", surreal::ColumnKind::Array, false, surreal::ColumnKind::Float},
  }};
};
