// DEFINE INDEX and DEFINE EVENT, including SurrealDB's column-count and ASYNC-order rules.
#include <doctest/doctest.h>

#include "schema_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::schema::test::only;
using surrealpp::schema::test::parse_errors;
using surrealpp::schema::test::parse_ok;

TEST_CASE("plain and unique indexes, COLUMNS alias, several fields") {
  const auto& unique =
      only<IndexDefinition>(parse_ok("DEFINE INDEX email_idx ON TABLE user COLUMNS email, tenant UNIQUE;"));
  CHECK(unique.kind == IndexDefinition::Kind::Unique);
  REQUIRE(unique.fields.size() == 2);
  CHECK(unique.fields[0].text == "email");
  CHECK(unique.fields[1].text == "tenant");
  CHECK(only<IndexDefinition>(parse_ok("DEFINE INDEX i ON t FIELDS a.b[0].c;")).fields[0].text == "a.b[0].c");
  CHECK(only<IndexDefinition>(parse_ok("DEFINE INDEX i ON t FIELDS value;")).fields[0].text == "value");
}

TEST_CASE("FULLTEXT with analyzer, BM25 parameters and HIGHLIGHTS") {
  const auto& index = only<IndexDefinition>(parse_ok(
      "DEFINE INDEX body ON post FIELDS content FULLTEXT ANALYZER english BM25(1.2,0.75) HIGHLIGHTS;"));
  CHECK(index.kind == IndexDefinition::Kind::FullText);
  REQUIRE(index.fulltext);
  CHECK(index.fulltext->analyzer == "english");
  CHECK(index.fulltext->bm25);
  CHECK(index.fulltext->bm25_k1 == "1.2");
  CHECK(index.fulltext->bm25_b == "0.75");
  CHECK(index.fulltext->highlights);
  CHECK_FALSE(index.fulltext->legacy_search);
}

TEST_CASE("2.x SEARCH ANALYZER and MTREE parse with --syntax 2 and are errors for 3.x") {
  const auto& search = only<IndexDefinition>(parse_ok(
      "DEFINE INDEX s ON post FIELDS content SEARCH ANALYZER simple BM25 HIGHLIGHTS DOC_IDS_ORDER 100;",
      Syntax::V2));
  CHECK(search.fulltext->legacy_search);
  CHECK(search.fulltext->extra_options.size() == 1);
  CHECK(parse_errors("DEFINE INDEX s ON post FIELDS content SEARCH ANALYZER simple;").find("FULLTEXT") !=
        std::string::npos);
  CHECK(parse_errors("DEFINE INDEX m ON t FIELDS v MTREE DIMENSION 3;").find("MTREE") != std::string::npos);
  CHECK(parse_errors("DEFINE INDEX f ON t FIELDS v FULLTEXT ANALYZER a;", Syntax::V2).find("SEARCH") !=
        std::string::npos);
}

TEST_CASE("HNSW with every option") {
  const auto& index =
      only<IndexDefinition>(parse_ok("DEFINE INDEX emb ON doc FIELDS embedding HNSW DIMENSION 384 DIST "
                                     "COSINE TYPE F32 EFC 150 M 12 M0 24 LM 0.4 "
                                     "EXTEND_CANDIDATES KEEP_PRUNED_CONNECTIONS CONCURRENTLY;"));
  CHECK(index.kind == IndexDefinition::Kind::Hnsw);
  REQUIRE(index.vector);
  CHECK(index.vector->dimension == 384u);
  CHECK(index.vector->distance == "COSINE");
  CHECK(index.vector->vector_type == "F32");
  CHECK(index.vector->efc == "150");
  CHECK(index.vector->m == "12");
  CHECK(index.vector->m0 == "24");
  CHECK(index.vector->lm == "0.4");
  CHECK(index.vector->extend_candidates);
  CHECK(index.vector->keep_pruned_connections);
  CHECK(index.concurrently);
  CHECK(only<IndexDefinition>(parse_ok("DEFINE INDEX e ON d FIELDS v HNSW DIMENSION 3 DISTANCE MINKOWSKI 3;"))
            .vector->distance == "MINKOWSKI 3");
}

TEST_CASE("COUNT indexes") {
  CHECK(only<IndexDefinition>(parse_ok("DEFINE INDEX c ON t COUNT;")).kind == IndexDefinition::Kind::Count);
}

TEST_CASE("index column-count rules, with SurrealDB's messages and positions") {
  CHECK(parse_errors("DEFINE INDEX a ON b;") ==
        "test.surql:1:20: error: Expected at least one column - Use FIELDS to define columns\n");
  CHECK(parse_errors("DEFINE INDEX a ON b UNIQUE;") ==
        "test.surql:1:27: error: Expected at least one column - Use FIELDS to define columns\n");
  CHECK(parse_errors("DEFINE INDEX a ON b FIELDS c COUNT;") ==
        "test.surql:1:28: error: Cannot create a count index with fields\n");
  CHECK(parse_errors("DEFINE INDEX i ON b FIELDS a,b FULLTEXT BM25;") ==
        "test.surql:1:30: error: Expected one column, found 2\n");
  CHECK(parse_errors("DEFINE INDEX i ON t HNSW DIMENSION 4;") ==
        "test.surql:1:37: error: Expected one column, found none\n");
}

TEST_CASE("DEFINE EVENT with ASYNC, RETRY, MAXDEPTH, WHEN and several THEN actions") {
  const auto& event = only<EventDefinition>(parse_ok(
      "DEFINE EVENT audit ON TABLE user ASYNC RETRY 3 MAXDEPTH 5 WHEN $event = 'UPDATE' AND $before.email != "
      "$after.email THEN (CREATE log SET user = $value.id), { RETURN 1; } COMMENT 'audit';"));
  CHECK(event.async);
  CHECK(event.retry == "3");
  CHECK(event.max_depth == "5");
  CHECK(event.when->text == "$event = 'UPDATE' AND $before.email != $after.email");
  REQUIRE(event.then.size() == 2);
  CHECK(event.then[0].text == "(CREATE log SET user = $value.id)");
  CHECK(event.then[1].text == "{ RETURN 1; }");
  CHECK(event.comment->text == "'audit'");
}

TEST_CASE("event rules: RETRY and MAXDEPTH need ASYNC first, THEN is required") {
  CHECK(parse_errors("DEFINE EVENT e ON user RETRY 5 THEN {};") ==
        "test.surql:1:24: error: unexpected `RETRY` (RETRY must be set after ASYNC)\n");
  CHECK(parse_errors("DEFINE EVENT e ON user MAXDEPTH 2 WHEN true THEN {};") ==
        "test.surql:1:24: error: unexpected `MAXDEPTH` (MAXDEPTH must be set after ASYNC)\n");
  CHECK(parse_errors("DEFINE EVENT foo ON bar;") ==
        "test.surql:1:24: error: Expected at least one `THEN` statement\n");
}
