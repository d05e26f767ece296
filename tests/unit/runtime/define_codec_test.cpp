// SURREAL_DEFINE_CODEC / _WITH_DEFAULT: a Codec from a member list, strict or lenient decoding.
#include <doctest/doctest.h>

#include <surreal/define_codec.hpp>
#include <surreal/link.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace shop {
enum class Tier { Free, Pro };
struct Address {
  std::string city;
  std::optional<std::string> zip;
};
struct Customer {
  surreal::RecordId id;
  std::string name;
  std::optional<std::int64_t> age;
  Tier tier = Tier::Free;
  Address address;
  std::vector<std::string> tags;
  std::map<std::string, double> scores;
  std::optional<surreal::Link<Customer>> referrer;
};
struct Settings {
  std::string theme = "dark";
  std::int64_t page_size = 20;
};
}  // namespace shop

template <>
struct surreal::EnumNames<shop::Tier> {
  static constexpr std::pair<shop::Tier, std::string_view> values[] = {{shop::Tier::Free, "free"},
                                                                       {shop::Tier::Pro, "pro"}};
};

SURREAL_DEFINE_CODEC(shop::Address, city, zip)
SURREAL_DEFINE_CODEC(shop::Customer, id, name, age, tier, address, tags, scores, referrer)
SURREAL_DEFINE_CODEC_WITH_DEFAULT(shop::Settings, theme, page_size)

using surreal::Array;
using surreal::Object;
using surreal::RecordId;
using surreal::Value;

namespace {

std::string conversion_error(const Value& value) {
  try {
    surreal::from_value<shop::Customer>(value);
  } catch (const surreal::ConversionError& error) {
    return error.what();
  }
  return "(no error)";
}

Value full_customer() {
  return Object{{"id", RecordId{"customer", "ada"}},
                {"name", "Ada"},
                {"age", 36},
                {"tier", "pro"},
                {"address", Object{{"city", "London"}, {"zip", "N1"}}},
                {"tags", Array{"vip"}},
                {"scores", Object{{"q1", 1.5}}},
                {"referrer", RecordId{"customer", "bob"}}};
}

}  // namespace

TEST_CASE("every member becomes the field of the same name and decodes back") {
  const auto customer = surreal::from_value<shop::Customer>(full_customer());
  CHECK(customer.id == RecordId{"customer", "ada"});
  CHECK(customer.name == "Ada");
  CHECK(customer.age == 36);
  CHECK(customer.tier == shop::Tier::Pro);
  CHECK(customer.address.city == "London");
  CHECK(customer.address.zip == "N1");
  CHECK(customer.tags == std::vector<std::string>{"vip"});
  CHECK(customer.scores.at("q1") == 1.5);
  REQUIRE(customer.referrer.has_value());
  CHECK(customer.referrer->id() == RecordId{"customer", "bob"});
  CHECK(surreal::to_value(customer) == full_customer());
}

TEST_CASE("encoding leaves out empty optionals and an id that is not assigned yet") {
  shop::Customer fresh;
  fresh.name = "Eve";
  fresh.address.city = "Oslo";
  CHECK(surreal::to_value(fresh) == Value(Object{{"name", "Eve"},
                                                 {"tier", "free"},
                                                 {"address", Object{{"city", "Oslo"}}},
                                                 {"tags", Array{}},
                                                 {"scores", Object{}}}));
}

TEST_CASE("strict decoding names the missing or wrong field") {
  Value missing_city = full_customer();
  missing_city.as_object().insert_or_assign("address", Object{{"zip", "N1"}});
  CHECK(conversion_error(missing_city) == "address.city: expected string, got none");

  Value wrong_tier = full_customer();
  wrong_tier.as_object().insert_or_assign("tier", "gold");
  CHECK(conversion_error(wrong_tier) == "tier: expected one of \"free\", \"pro\", got string 'gold'");

  Value wrong_tag = full_customer();
  wrong_tag.as_object().insert_or_assign("tags", Array{"vip", 7});
  CHECK(conversion_error(wrong_tag) == "tags[1]: expected string, got int 7");

  CHECK(conversion_error(Value(3)).find("expected object") != std::string::npos);
}

TEST_CASE("optional members accept an absent field") {
  Value without = full_customer();
  without.as_object().erase("age");
  without.as_object().erase("referrer");
  const auto customer = surreal::from_value<shop::Customer>(without);
  CHECK_FALSE(customer.age.has_value());
  CHECK_FALSE(customer.referrer.has_value());
}

TEST_CASE("the lenient form keeps the defaults of absent fields and checks present ones") {
  const auto defaults = surreal::from_value<shop::Settings>(Object{});
  CHECK(defaults.theme == "dark");
  CHECK(defaults.page_size == 20);
  const auto chosen =
      surreal::from_value<shop::Settings>(Object{{"theme", "light"}, {"page_size", Value::none()}});
  CHECK(chosen.theme == "light");
  CHECK(chosen.page_size == 20);
  CHECK_THROWS_WITH_AS(surreal::from_value<shop::Settings>(Object{{"page_size", "many"}}),
                       "page_size: expected int, got string 'many'", surreal::ConversionError);
}
