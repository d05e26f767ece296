// The runtime on its own, without generated code: connect, sign in, pick a namespace and database, then
// create, query and select records as surreal::Value.
//
//   surreal-quickstart [ws://127.0.0.1:8000/rpc]
#include <iostream>

#include <surreal/surreal.hpp>

#include "sample_support.hpp"

int main(int argc, char** argv) {
  try {
    std::string url = sample::server_url(argc, argv);
    auto db = surreal::Client::connect(url);
    std::cout << "connected to " << url << " (" << db.server_version() << ")\n";
    db.signin(surreal::RootAuth{"root", "root"});
    std::string database = sample::fresh_database("quickstart");
    db.use("samples", database);
    std::cout << "signed in as root, using samples/" << database << "\n";

    surreal::Value ann =
        db.create(surreal::RecordId{"person", "ann"}, surreal::Object{{"name", "Ann"}, {"age", 34}});
    std::cout << "created " << ann.to_json() << "\n";
    db.create(surreal::Table("person"), surreal::Object{{"name", "Bob"}, {"age", 17}});
    db.create(surreal::Table("person"), surreal::Object{{"name", "Cid"}, {"age", 52}});
    std::cout << "created 2 more people\n";

    auto adults = db.query("SELECT name, age FROM person WHERE age >= $min ORDER BY name", {{"min", 18}});
    std::cout << "adults: " << adults.take(0).to_json() << "\n";

    surreal::Value one = db.select(surreal::RecordId{"person", "ann"});
    std::cout << "selected person:ann -> " << one.to_json() << "\n";
    surreal::Value everyone = db.select(surreal::Table("person"));
    std::cout << "the table holds " << everyone.size() << " people\n";
    if (everyone.size() != 3) {
      std::cerr << "expected 3 people\n";
      return 1;
    }
    std::cout << "done\n";
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "quickstart failed: " << error.what() << "\n";
    return 1;
  }
}
