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

#include <surreal/define_codec.hpp>
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

// Decoding of users is lenient (absent fields keep their defaults) because the tests also read partial
// projections of them; the others are strict.
SURREAL_DEFINE_CODEC(app::UserAddress, city, zip)
SURREAL_DEFINE_CODEC_WITH_DEFAULT(app::User, id, name, age, role, tags, address, best_friend, bio, score)
SURREAL_DEFINE_CODEC(app::Follows, id, in, out, since)
SURREAL_DEFINE_CODEC(app::Doc, id, title, embedding)

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
