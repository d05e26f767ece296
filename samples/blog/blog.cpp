// A blog and social graph on generated code (schemas/blog.surql, namespace `blog`): users write posts, follow
// each other (`follows` edges) and like posts (`likes` edges); graph traversal finds followers and likers;
// aggregates count posts per status.
//
//   surreal-blog [ws://127.0.0.1:8000/rpc]
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <blog/models.hpp>
#include <surreal/surreal.hpp>

#include "sample_url.hpp"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void expect(bool condition, const std::string& what) {
  if (!condition) throw std::runtime_error("check failed: " + what);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::string url = sample::server_url(argc, argv);
    auto db = surreal::Client::connect(url);
    db.signin(surreal::RootAuth{"root", "root"});
    std::string database = sample::fresh_database("blog");
    db.use("samples", database);
    std::cout << "connected to " << url << " (" << db.server_version() << "), database samples/" << database
              << "\n";
    db.query(read_file(SURREALPP_BLOG_SCHEMA)).check();
    std::cout << "loaded schemas/blog.surql\n";

    auto ann = db.create<blog::User>("user", blog::User{.name = "Ann", .email = "ann@example.com"});
    auto bob = db.create<blog::User>("user", blog::User{.name = "Bob", .email = "bob@example.com"});
    auto cid = db.create<blog::User>("user", blog::User{.name = "Cid", .email = "cid@example.com"});
    std::cout << "users: " << ann.id << ", " << bob.id << ", " << cid.id << "\n";

    auto post = [&](const blog::User& author, const char* title, blog::PostStatus status) {
      return db.create<blog::Post>("post", blog::Post{.author = author.id,
                                                      .title = title,
                                                      .body = std::string(title) + ": a post about SurrealDB",
                                                      .tags = std::vector<std::string>{"surrealdb"},
                                                      .status = status});
    };
    auto hello = post(ann, "Hello graphs", blog::PostStatus::Published);
    post(ann, "Draft ideas", blog::PostStatus::Draft);
    post(bob, "Typed queries", blog::PostStatus::Published);
    std::cout << "3 posts written\n";

    db.relate(bob.id, blog::follows, ann.id);
    db.relate(cid.id, blog::follows, ann.id);
    db.relate(ann.id, blog::follows, bob.id);
    db.relate(bob.id, blog::likes, hello.id);
    db.relate(cid.id, blog::likes, hello.id);
    std::cout << "bob and cid follow ann, ann follows bob; bob and cid like \"" << hello.title << "\"\n";

    auto followers = db.select(blog::user).where(blog::user.id == ann.id).traverse_in(blog::follows).all();
    std::cout << "ann's followers:";
    for (const auto& u : followers) std::cout << " " << u.name;
    std::cout << "\n";
    expect(followers.size() == 2, "ann has two followers");

    auto likers = db.select(blog::post).where(blog::post.id == hello.id).traverse_in(blog::likes).all();
    std::cout << "\"" << hello.title << "\" is liked by " << likers.size() << " users\n";
    expect(likers.size() == 2, "two likes");

    auto published = db.select(blog::post)
                         .where(blog::post.status == blog::PostStatus::Published)
                         .order_by(blog::post.title.asc())
                         .fetch(blog::post.author)
                         .all();
    for (const auto& p : published)
      std::cout << "published: \"" << p.title << "\" by " << (p.author.is_fetched() ? p.author->name : "?")
                << "\n";
    expect(published.size() == 2, "two published posts");

    auto per_status = db.select(blog::post).group_by(blog::post.status).aggregate(surreal::count()).all();
    for (const auto& row : per_status)
      std::cout << "posts with status " << row.at("status").to_json() << ": " << row.at("count").to_json()
                << "\n";
    expect(per_status.size() == 2, "two statuses");
    auto ann_posts = db.select(blog::post).where(blog::post.author == ann.id).count();
    std::cout << "ann wrote " << ann_posts << " posts\n";
    expect(ann_posts == 2, "ann wrote two posts");
    std::cout << "done\n";
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "blog sample failed: " << error.what() << "\n";
    return 1;
  }
}
