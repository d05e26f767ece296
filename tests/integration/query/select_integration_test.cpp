// Typed selects against the real engines: the rows that come back, not only the text.
#include <doctest/doctest.h>

#include "query_fixture.hpp"

using namespace query_it;

TEST_CASE("select all, ordered") {
  auto db = fresh_db();
  auto users = db.select(app::user).order_by(app::user.name.asc()).all();
  CHECK(ordered_names(users) == Names{"ann", "bob", "cid", "dan"});
  CHECK(users[1].address.zip == std::optional<std::string>("75001"));
  CHECK(users[1].best_friend->id() == uid("ann"));
  CHECK(users[0].role == app::Role::Admin);
}

TEST_CASE("DESIGN.md's select: where, order, limit, start") {
  auto db = fresh_db();
  auto adults = db.select(app::user)
                    .where(app::user.age >= 18 && !app::user.name.starts_with("x"))
                    .order_by(app::user.name.desc())
                    .all();
  CHECK(ordered_names(adults) == Names{"dan", "ann"});
  auto page = db.select(app::user).order_by(app::user.name.asc()).limit(2).start(1).all();
  CHECK(ordered_names(page) == Names{"bob", "cid"});
  auto by_score = db.select(app::user).order_by(app::user.score.desc()).limit(1).all();
  CHECK(ordered_names(by_score) == Names{"cid"});
}

TEST_CASE("first() and count()") {
  auto db = fresh_db();
  auto oldest =
      db.select(app::user).where(app::user.age.is_not_none()).order_by(app::user.age.desc()).first();
  REQUIRE(oldest.has_value());
  CHECK(oldest->name == "dan");
  CHECK_FALSE(db.select(app::user).where(app::user.name == "nobody").first().has_value());
  CHECK(db.select(app::user).count() == 4);
  CHECK(db.select(app::user).where(app::user.age > 20).count() == 2);
  CHECK(db.select(app::user).where(app::user.name == "nobody").count() == 0);
  CHECK(db.select(app::user).order_by(app::user.name.asc()).limit(3).start(2).count() == 2);
}

TEST_CASE("one record as the source") {
  auto db = fresh_db();
  auto bob = db.select(app::user).record(uid("bob")).all();
  CHECK(ordered_names(bob) == Names{"bob"});
  CHECK(db.select(app::user).record(uid("bob")).where(app::user.age > 20).all().empty());
}

TEST_CASE("fetch replaces links by records") {
  auto db = fresh_db();
  auto plain = db.select(app::user).where(app::user.name == "bob").first();
  REQUIRE(plain);
  REQUIRE(plain->best_friend);
  CHECK_FALSE(plain->best_friend->is_fetched());
  CHECK_THROWS_WITH(plain->best_friend->get(), doctest::Contains("user:ann"));

  auto fetched = db.select(app::user).where(app::user.name == "bob").fetch(app::user.best_friend).first();
  REQUIRE(fetched);
  REQUIRE(fetched->best_friend);
  REQUIRE(fetched->best_friend->is_fetched());
  CHECK(fetched->best_friend->id() == uid("ann"));
  CHECK((*fetched->best_friend)->name == "ann");
  CHECK((*fetched->best_friend)->address.city == "Oslo");
}

TEST_CASE("comparisons on enums, links, nested fields and ids") {
  auto db = fresh_db();
  CHECK(names(db.select(app::user).where(app::user.role == app::Role::Admin).all()) == Names{"ann", "dan"});
  CHECK(names(db.select(app::user).where(app::user.best_friend == uid("ann")).all()) == Names{"bob"});
  CHECK(names(db.select(app::user).where(app::user.address.city == "Oslo").all()) == Names{"ann", "cid"});
  CHECK(names(db.select(app::user).where(app::user.address.zip.is_not_none()).all()) == Names{"bob"});
  CHECK(names(db.select(app::user).where(app::user.id == uid("cid")).all()) == Names{"cid"});
  CHECK(names(db.select(app::user).where(app::user.age > 17.5).all()) == Names{"ann", "dan"});
  CHECK(
      names(db.select(app::user).where(app::user.address == app::UserAddress{"Rome", std::nullopt}).all()) ==
      Names{"dan"});
}

TEST_CASE("NONE tests") {
  auto db = fresh_db();
  CHECK(names(db.select(app::user).where(app::user.age.is_none()).all()) == Names{"cid"});
  CHECK(names(db.select(app::user).where(app::user.bio.is_none()).all()) == Names{"bob"});
  CHECK(names(db.select(app::user).where(app::user.best_friend.is_not_none()).all()) == Names{"bob", "dan"});
}

TEST_CASE("IN / NOT IN") {
  auto db = fresh_db();
  CHECK(names(db.select(app::user).where(app::user.age.in({17, 45})).all()) == Names{"bob", "dan"});
  CHECK(names(db.select(app::user).where(app::user.name.not_in({"ann", "bob"})).all()) ==
        Names{"cid", "dan"});
  CHECK(names(db.select(app::user).where(app::user.best_friend.in({uid("bob")})).all()) == Names{"dan"});
}

TEST_CASE("string helpers, including on an optional column with NONE rows") {
  auto db = fresh_db();
  auto where = [&](const surreal::Condition<app::UserTable>& c) {
    return names(db.select(app::user).where(c).all());
  };
  CHECK(where(app::user.name.starts_with("a")) == Names{"ann"});
  CHECK(where(app::user.name.ends_with("n")) == Names{"ann", "dan"});
  CHECK(where(app::user.name.contains("i")) == Names{"cid"});
  CHECK(where(app::user.name.iexact("BOB")) == Names{"bob"});
  // bob has no bio: the guarded string functions skip him instead of failing the query.
  CHECK(where(app::user.bio.icontains("QUICK")) == Names{"ann", "dan"});
  CHECK(where(app::user.bio.contains("quick")) == Names{"ann"});
  CHECK(where(app::user.bio.istarts_with("QUICK")) == Names{"dan"});
  CHECK(where(app::user.bio.iends_with("FOX")) == Names{"ann"});
  CHECK(where(app::user.bio.like("%dogs%")) == Names{"cid"});
  CHECK(where(app::user.bio.like("the%")) == Names{"ann"});
  CHECK(where(app::user.bio.like("%Dogs%")).empty());
  CHECK(where(app::user.bio.ilike("%DOGS%")) == Names{"cid"});
  CHECK(where(app::user.bio.like("lazy dog_ sleep")) == Names{"cid"});
  CHECK(where(app::user.bio.regex("^[Qq]uick")) == Names{"dan"});
  CHECK(where(app::user.name.like("a.n")).empty());  // `.` is literal in LIKE
}

TEST_CASE("array helpers") {
  auto db = fresh_db();
  auto where = [&](const surreal::Condition<app::UserTable>& c) {
    return names(db.select(app::user).where(c).all());
  };
  CHECK(where(app::user.tags.contains("dev")) == Names{"ann", "bob"});
  CHECK(where(app::user.tags.contains_not("dev")) == Names{"cid", "dan"});
  CHECK(where(app::user.tags.contains_any({"ops", "admin"})) == Names{"ann", "dan"});
  CHECK(where(app::user.tags.contains_all({"admin", "dev"})) == Names{"ann"});
  CHECK(where(app::user.tags.contains_none({"dev", "ops"})) == Names{"cid"});
}

TEST_CASE("&& || ! combine as written") {
  auto db = fresh_db();
  auto rows =
      db.select(app::user)
          .where((app::user.role == app::Role::Admin && app::user.age > 40) || app::user.name == "cid")
          .all();
  CHECK(names(rows) == Names{"cid", "dan"});
  CHECK(names(db.select(app::user).where(!(app::user.address.city == "Oslo")).all()) == Names{"bob", "dan"});
}

TEST_CASE("scalar aggregates over a selection") {
  auto db = fresh_db();
  CHECK(db.select(app::user).sum(app::user.age) == 92);
  CHECK(db.select(app::user).sum(app::user.score) == doctest::Approx(8.5));
  auto avg = db.select(app::user).avg(app::user.age);  // cid has no age: the mean of the three present ones
  REQUIRE(avg);
  CHECK(*avg == doctest::Approx(92.0 / 3));
  CHECK(db.select(app::user).min(app::user.age) == std::optional<std::int64_t>(17));
  CHECK(db.select(app::user).max(app::user.score) == std::optional<double>(4.0));
  CHECK(db.select(app::user).where(app::user.role == app::Role::Admin).max(app::user.age) ==
        std::optional<std::int64_t>(45));
  CHECK_FALSE(db.select(app::user).where(app::user.name == "nobody").max(app::user.age).has_value());
  CHECK(db.select(app::user).where(app::user.name == "nobody").sum(app::user.age) == 0);
}

struct RoleStats {
  std::string role;
  std::int64_t count = 0;
  double total_score = 0;
};
SURREAL_DEFINE_CODEC(RoleStats, role, count, total_score)

TEST_CASE("group_by with aggregates, as objects and as typed rows") {
  auto db = fresh_db();
  auto groups = db.select(app::user)
                    .group_by(app::user.role)
                    .aggregate(surreal::count(), surreal::max(app::user.age), surreal::sum(app::user.score))
                    .all();
  REQUIRE(groups.size() == 2);
  std::sort(groups.begin(), groups.end(), [](const surreal::Object& a, const surreal::Object& b) {
    return a.at("role").as_string() < b.at("role").as_string();
  });
  CHECK(groups[0].at("role") == surreal::Value("admin"));
  CHECK(groups[0].at("count").as_int() == 2);
  CHECK(groups[0].at("max_age").as_int() == 45);
  CHECK(groups[0].at("sum_score").as_double() == doctest::Approx(2.0));
  CHECK(groups[1].at("count").as_int() == 2);
  CHECK(groups[1].at("max_age").as_int() == 17);

  auto typed = db.select(app::user)
                   .where(app::user.address.city != "Rome")
                   .group_by(app::user.role)
                   .aggregate(surreal::count(), surreal::sum(app::user.score).as("total_score"))
                   .all<RoleStats>();
  std::sort(typed.begin(), typed.end(),
            [](const RoleStats& a, const RoleStats& b) { return a.role < b.role; });
  REQUIRE(typed.size() == 2);
  CHECK(typed[0].role == "admin");
  CHECK(typed[0].count == 1);
  CHECK(typed[0].total_score == doctest::Approx(1.5));
  CHECK(typed[1].role == "member");
  CHECK(typed[1].count == 2);
  CHECK(typed[1].total_score == doctest::Approx(6.5));

  auto all = db.select(app::user).aggregate(surreal::count().as("n")).all();
  REQUIRE(all.size() == 1);
  CHECK(all[0].at("n").as_int() == 4);
}

TEST_CASE("group by a nested field") {
  auto db = fresh_db();
  auto cities = db.select(app::user).group_by(app::user.address.city).aggregate(surreal::count()).all();
  REQUIRE(cities.size() == 3);
  std::int64_t oslo = 0;
  for (const auto& row : cities)
    if (row.at("address")["city"] == surreal::Value("Oslo")) oslo = row.at("count").as_int();
  CHECK(oslo == 2);
}

// A table and fields whose names SurrealQL would misread unescaped: `line-item` (not an identifier), `select`
// (a statement keyword) and `value` / `from` (clause words).
namespace escaping {
struct LineItem {
  surreal::RecordId id;
  std::string select;
  std::int64_t from = 0;
};
struct LineItemTable {
  surreal::Column<LineItemTable, surreal::RecordId> id{"id"};
  surreal::Column<LineItemTable, std::string> select{"select"};
  surreal::Column<LineItemTable, std::int64_t> from{"from"};
};
inline constexpr LineItemTable line_item{};
}  // namespace escaping

SURREAL_DEFINE_CODEC(escaping::LineItem, id, select, from)
template <>
struct surreal::TableTraits<escaping::LineItemTable> {
  using model = escaping::LineItem;
  static constexpr std::string_view name = "line-item";
  static constexpr bool is_relation = false;
  using in_model = void;
  using out_model = void;
  static constexpr std::array<surreal::ColumnInfo, 3> columns{{
      {"id", surreal::ColumnKind::Record},
      {"select", surreal::ColumnKind::String},
      {"from", surreal::ColumnKind::Int},
  }};
};

TEST_CASE("table and field names that need escaping work against the engine") {
  auto db = surrealpp::test::connect_fresh(surrealpp::test::devdb().ws_url);
  db.query("DEFINE TABLE `line-item` SCHEMALESS").check();
  using escaping::line_item;
  std::vector<escaping::LineItem> rows{{{}, "apple", 1}, {{}, "avocado", 2}, {{}, "banana", 3}};
  CHECK(db.insert(line_item, rows).run().size() == 3);
  auto a =
      db.select(line_item).where(line_item.select.starts_with("a")).order_by(line_item.from.desc()).all();
  REQUIRE(a.size() == 2);
  CHECK(a[0].select == "avocado");
  CHECK(a[1].select == "apple");
  CHECK(db.select(line_item).where(surreal::Q{"from__gte", 2}).count() == 2);
  db.update(line_item).set(line_item.from += 10).where(line_item.select == "banana").run();
  CHECK(db.select(line_item).max(line_item.from) == std::optional<std::int64_t>(13));
  auto groups = db.select(line_item).group_by(line_item.select).aggregate(surreal::count().as("n")).all();
  CHECK(groups.size() == 3);
  auto total = db.select(line_item).aggregate(surreal::count().as("from")).all();  // an escaped alias
  REQUIRE(total.size() == 1);
  CHECK(total[0].at("from").as_int() == 3);
  CHECK(db.delete_from(line_item).where(line_item.from < 2).run().size() == 1);
  CHECK(db.select(line_item).count() == 2);
}
