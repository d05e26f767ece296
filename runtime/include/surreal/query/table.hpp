#pragma once
// Table descriptors: what generated code declares for each table so that typed queries know the table's name,
// its model type and its columns.
//
// A descriptor is a plain struct of column descriptors (surreal::Column, <surreal/query/column.hpp>) plus one
// constexpr instance that queries name the table by; the metadata lives in a TableTraits specialization, so
// that no table metadata name can clash with a column name. The code generator emits exactly this shape; a
// hand-written descriptor looks the same:
//
//   namespace app {
//   enum class Role { Admin, Member };                                  // literal union "admin" | "member"
//   struct UserAddress { std::string city; std::optional<std::string> zip; };
//   struct User {
//     surreal::RecordId id;
//     std::string name;
//     std::optional<std::int64_t> age;
//     Role role = Role::Member;
//     std::vector<std::string> tags;
//     UserAddress address;
//     std::optional<surreal::Link<User>> best_friend;  // record<user>: Link<T> names T while T is incomplete
//   };
//   struct Follows {
//     surreal::RecordId id;
//     surreal::Link<User> in;
//     surreal::Link<User> out;
//     surreal::Datetime since;
//   };
//   // (plus surreal::Codec<User>, Codec<UserAddress>, Codec<Follows> and surreal::EnumNames<Role>)
//
//   struct UserTable;
//   // A nested object field: a descriptor that is itself a column (compare the whole object) and holds the
//   // sub-columns under their full paths.
//   struct UserAddressColumn : surreal::Column<UserTable, UserAddress> {
//     constexpr UserAddressColumn() : Column("address") {}
//     using Column::operator=;                     // `app::user.address = UserAddress{…}` in update().set()
//     surreal::Column<UserTable, std::string> city{"address.city"};
//     surreal::Column<UserTable, std::optional<std::string>> zip{"address.zip"};
//   };
//   struct UserTable {
//     surreal::Column<UserTable, surreal::RecordId> id{"id"};
//     surreal::Column<UserTable, std::string> name{"name"};
//     surreal::Column<UserTable, std::optional<std::int64_t>> age{"age"};
//     surreal::Column<UserTable, Role> role{"role"};
//     surreal::Column<UserTable, std::vector<std::string>> tags{"tags"};
//     UserAddressColumn address{};
//     surreal::Column<UserTable, std::optional<surreal::Link<User>>> best_friend{"best_friend"};
//   };
//   inline constexpr UserTable user{};
//
//   struct FollowsTable {
//     surreal::Column<FollowsTable, surreal::RecordId> id{"id"};
//     surreal::Column<FollowsTable, surreal::Link<User>> in{"in"};
//     surreal::Column<FollowsTable, surreal::Link<User>> out{"out"};
//     surreal::Column<FollowsTable, surreal::Datetime> since{"since"};
//   };
//   inline constexpr FollowsTable follows{};
//   }  // namespace app
//
//   template <>
//   struct surreal::TableTraits<app::UserTable> {
//     using model = app::User;
//     static constexpr std::string_view name = "user";
//     static constexpr bool is_relation = false;
//     using in_model = void;
//     using out_model = void;
//     // Every column a dynamic filter (surreal::Q) may name, nested paths included, in any order.
//     static constexpr std::array<surreal::ColumnInfo, 9> columns{{
//         {"id", surreal::ColumnKind::Record},
//         {"name", surreal::ColumnKind::String},
//         {"age", surreal::ColumnKind::Int, true},                           // option<int>: optional = true
//         {"role", surreal::ColumnKind::Enum},
//         {"tags", surreal::ColumnKind::Array, false, surreal::ColumnKind::String},
//         {"address", surreal::ColumnKind::Object},
//         {"address.city", surreal::ColumnKind::String},
//         {"address.zip", surreal::ColumnKind::String, true},
//         {"best_friend", surreal::ColumnKind::Record, true},
//     }};
//   };
//   template <>
//   struct surreal::TableTraits<app::FollowsTable> {
//     using model = app::Follows;
//     static constexpr std::string_view name = "follows";
//     static constexpr bool is_relation = true;
//     using in_model = app::User;                                             // IN user
//     using out_model = app::User;                                            // OUT user
//     static constexpr std::array<surreal::ColumnInfo, 4> columns{{
//         {"id", surreal::ColumnKind::Record},
//         {"in", surreal::ColumnKind::Record},
//         {"out", surreal::ColumnKind::Record},
//         {"since", surreal::ColumnKind::Datetime},
//     }};
//   };
//
// The code generator declares the plain columns as static members instead (`static const
// surreal::Column<UserTable, std::string> name;`, defined with their paths in the generated models.cpp): a
// declaration does not need the Column type complete, so a translation unit that includes many tables
// instantiates Column only for the columns it uses. `app::user.name` reads the same either way.
//
// A relation whose IN or OUT allows several tables (or any table) has no single model on that side: its
// `in_model` / `out_model` is `void` and its `in` / `out` column is `Column<…, surreal::RecordId>`.
#include <algorithm>
#include <array>
#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace surreal {

/// What a column holds, as far as dynamic filters (surreal::Q) need to know: which lookups make sense on it.
enum class ColumnKind : std::uint8_t {
  Any,  // FLEXIBLE / any / a union of kinds: every lookup is allowed
  Bool,
  Int,
  Float,
  Decimal,  // also `number`
  String,
  Enum,  // a literal union ("a" | "b"): compared like a string
  Datetime,
  Duration,
  Uuid,
  Bytes,
  Array,   // array<T> and set<T>: `element` says what T is
  Object,  // a nested object (its fields are listed as their own columns: "address.city")
  Record,  // record<…> links and the `id` column
  Geometry,
};

/// One column of a table, as TableTraits<D>::columns lists it.
struct ColumnInfo {
  std::string_view path;  // "name", "address.city"
  ColumnKind kind = ColumnKind::Any;
  bool optional = false;                 // option<T>: may be NONE
  ColumnKind element = ColumnKind::Any;  // for Array columns: the kind of the elements
};

/// The metadata of a table descriptor (see the header comment). The primary template is empty: a type without
/// a specialization is no TableDescriptor.
template <class Descriptor>
struct TableTraits {};

/// A table descriptor: a type with a TableTraits specialization naming its model, table name and columns.
template <class D>
concept TableDescriptor = requires {
  typename TableTraits<std::remove_cvref_t<D>>::model;
  typename TableTraits<std::remove_cvref_t<D>>::in_model;
  typename TableTraits<std::remove_cvref_t<D>>::out_model;
  { TableTraits<std::remove_cvref_t<D>>::name } -> std::convertible_to<std::string_view>;
  { TableTraits<std::remove_cvref_t<D>>::is_relation } -> std::convertible_to<bool>;
  { TableTraits<std::remove_cvref_t<D>>::columns.size() } -> std::convertible_to<std::size_t>;
};

/// A relation table descriptor (TYPE RELATION): one that `relate` and graph traversal accept.
template <class D>
concept RelationDescriptor = TableDescriptor<D> && TableTraits<std::remove_cvref_t<D>>::is_relation;

/// The model type of a table descriptor: `model_of<app::UserTable>` is `app::User`.
template <TableDescriptor D>
using model_of = typename TableTraits<std::remove_cvref_t<D>>::model;

/// The table name of a descriptor.
template <TableDescriptor D>
constexpr std::string_view table_name_of() noexcept {
  return TableTraits<std::remove_cvref_t<D>>::name;
}

/// The column `path` of the descriptor's table, or nullptr.
template <TableDescriptor D>
constexpr const ColumnInfo* find_column(std::string_view path) noexcept {
  const auto& columns = TableTraits<std::remove_cvref_t<D>>::columns;
  for (const ColumnInfo& c : columns)
    if (c.path == path) return &c;
  return nullptr;
}

}  // namespace surreal
