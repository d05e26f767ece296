// Vector search on generated code (schemas/vector_search.surql, namespace `docs`): documents with
// 8-dimensional embeddings in an HNSW index, then the k nearest neighbours of a query vector with a typed
// `<|k,ef|>` query.
//
//   surreal-vector-search [ws://127.0.0.1:8000/rpc]
#include <iostream>
#include <string>
#include <vector>

#include <docs/models.hpp>
#include <surreal/surreal.hpp>

#include "sample_support.hpp"

int main(int argc, char** argv) {
  try {
    auto db = sample::connect(argc, argv, "vectors");
    db.query(sample::read_file(SURREALPP_VECTOR_SCHEMA)).check();
    std::cout << "loaded schemas/vector_search.surql (HNSW index, 8 dimensions, cosine)\n";

    struct Seed {
      const char* title;
      const char* category;
      std::vector<double> embedding;
    };
    const Seed seeds[] = {
        {"Cats", "animals", {0.9, 0.1, 0.0, 0.0, 0.1, 0.0, 0.0, 0.0}},
        {"Dogs", "animals", {0.8, 0.2, 0.1, 0.0, 0.0, 0.0, 0.0, 0.1}},
        {"Rust", "code", {0.0, 0.0, 0.9, 0.8, 0.0, 0.1, 0.0, 0.0}},
        {"C++", "code", {0.0, 0.1, 0.8, 0.9, 0.1, 0.0, 0.0, 0.0}},
        {"Pasta", "food", {0.0, 0.0, 0.0, 0.1, 0.0, 0.9, 0.8, 0.0}},
        {"Pizza", "food", {0.1, 0.0, 0.0, 0.0, 0.0, 0.8, 0.9, 0.1}},
    };
    for (const auto& seed : seeds) {
      auto doc =
          db.create<docs::Document>("document", docs::Document{.category = std::string(seed.category),
                                                               .content = std::string("About ") + seed.title,
                                                               .embedding = seed.embedding,
                                                               .title = seed.title});
      std::cout << "indexed " << doc.id << " \"" << doc.title << "\"\n";
    }

    std::vector<double> query{0.05, 0.05, 0.85, 0.85, 0.05, 0.05, 0.0, 0.0};  // "programming languages"
    auto nearest = db.select(docs::document).where(docs::document.embedding.nearest(query, 2, 40)).all();
    std::cout << "the 2 nearest documents to a programming query:";
    for (const auto& d : nearest) std::cout << " \"" << d.title << "\"";
    std::cout << "\n";
    bool ok = nearest.size() == 2;
    for (const auto& d : nearest) ok = ok && d.category == std::string("code");
    if (!ok) {
      std::cerr << "expected the two code documents\n";
      return 1;
    }
    auto similar = docs::fn::similar(db, query, 3);
    std::cout << "fn::similar(query, 3) -> " << surreal::to_value(similar).to_json() << "\n";
    std::cout << "done\n";
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "vector search sample failed: " << error.what() << "\n";
    return 1;
  }
}
