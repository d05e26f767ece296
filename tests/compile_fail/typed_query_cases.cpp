// Compile-fail cases of the typed query builder. Each case is compiled alone with -DCOMPILE_FAIL_CASE=<n> and
// must be rejected by the compiler for the reason CMakeLists.txt names (the concept that says no), not for
// any other. Case 0 is the positive control: the correct counterpart of every case, which must compile
// cleanly.
#include <surreal/query.hpp>

#include "app_model.hpp"

#ifndef COMPILE_FAIL_CASE
#error "compile with -DCOMPILE_FAIL_CASE=<n>"
#endif

void typed_query_cases() {
#if COMPILE_FAIL_CASE == 0
  (void)(app::user.age == 18);                 // int column, int value
  (void)(app::user.name > "M");                // string column, string value
  (void)app::user.name.starts_with("A");       // string helper on a string column
  (void)(app::user.age = 40);                  // int into an int column
  (void)(app::user.role == app::Role::Admin);  // the enum itself
  (void)(app::user.best_friend == surreal::RecordId("user", "bob"));
  (void)app::user.tags.contains("admin");
  (void)surreal::select(app::user).where(app::user.name == "x");
  (void)app::doc.embedding.knn({1.0, 2.0}, 3, "COSINE");
  (void)surreal::select(app::user).fetch(app::user.best_friend);
  (void)(app::user.score = 1.5);
#elif COMPILE_FAIL_CASE == 1
  (void)(app::user.age == "x");  // a string compared with an int column
#elif COMPILE_FAIL_CASE == 2
  (void)(app::user.name > 3);  // an int compared with a string column
#elif COMPILE_FAIL_CASE == 3
  (void)app::user.age.starts_with("1");  // a string helper on an int column
#elif COMPILE_FAIL_CASE == 4
  (void)(app::user.age = "forty");  // a string assigned to an int column
#elif COMPILE_FAIL_CASE == 5
  (void)(app::user.role == 1);  // an int compared with an enum column
#elif COMPILE_FAIL_CASE == 6
  (void)(app::user.best_friend == "user:bob");  // a string compared with a record link
#elif COMPILE_FAIL_CASE == 7
  (void)app::user.tags.contains(3);  // an int looked up in an array of strings
#elif COMPILE_FAIL_CASE == 8
  (void)surreal::select(app::user).where(app::doc.title == "x");  // a condition on another table
#elif COMPILE_FAIL_CASE == 9
  (void)app::user.name.knn({1.0}, 3, "COSINE");  // vector search on a string column
#elif COMPILE_FAIL_CASE == 10
  (void)surreal::select(app::user).fetch(app::user.name);  // FETCH of a column that is no link
#elif COMPILE_FAIL_CASE == 11
  (void)(app::user.age = 1.5);  // a float silently truncated into an int column
#endif
}
