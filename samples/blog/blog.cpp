// A blog and social graph on generated code (schemas/blog.surql, namespace `blog`): users write posts, follow
// each other (`follows` edges) and like posts (`likes` edges); graph traversal finds followers and likers;
// aggregates count posts per status.
//
//   surreal-blog [ws://127.0.0.1:8000/rpc]
#include <iostream>
#include <string>

#include <blog/models.hpp>
#include <surreal/surreal.hpp>

#include "sample_support.hpp"

int main(int argc, char** argv) {
  try {
    auto db = sample::connect(argc, argv, "blog");
    db.query(sample::read_file(SURREALPP_BLOG_SCHEMA)).check();
    std::cout << "loaded schemas/blog.surql\n";

    auto ann = db.create<blog::User>("user", blog::User{.email = "ann@example.com", .name = "Ann"});
    auto bob = db.create<blog::User>("user", blog::User{.email = "bob@example.com", .name = "Bob"});
    auto cid = db.create<blog::User>("user", blog::User{.email = "cid@example.com", .name = "Cid"});
    std::cout << "users: " << ann.id << ", " << bob.id << ", " << cid.id << "\n";

    auto post = [&](const blog::User& author, const char* title, blog::PostStatus status) {
      return db.create<blog::Post>("post", blog::Post{.author = author.id,
                                                      .body = std::string(title) + ": a post about SurrealDB",
                                                      .status = status,
                                                      .tags = std::vector<std::string>{"surrealdb"},
                                                      .title = title});
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
    sample::expect(followers.size() == 2, "ann has two followers");

    auto likers = db.select(blog::post).where(blog::post.id == hello.id).traverse_in(blog::likes).all();
    std::cout << "\"" << hello.title << "\" is liked by " << likers.size() << " users\n";
    sample::expect(likers.size() == 2, "two likes");

    auto published = db.select(blog::post)
                         .where(blog::post.status == blog::PostStatus::Published)
                         .order_by(blog::post.title.asc())
                         .fetch(blog::post.author)
                         .all();
    for (const auto& p : published)
      std::cout << "published: \"" << p.title << "\" by " << (p.author.is_fetched() ? p.author->name : "?")
                << "\n";
    sample::expect(published.size() == 2, "two published posts");

    auto per_status = db.select(blog::post).group_by(blog::post.status).aggregate(surreal::count()).all();
    for (const auto& row : per_status)
      std::cout << "posts with status " << row.at("status").to_json() << ": " << row.at("count").to_json()
                << "\n";
    sample::expect(per_status.size() == 2, "two statuses");
    auto ann_posts = db.select(blog::post).where(blog::post.author == ann.id).count();
    std::cout << "ann wrote " << ann_posts << " posts\n";
    sample::expect(ann_posts == 2, "ann wrote two posts");
    std::cout << "done\n";
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "blog sample failed: " << error.what() << "\n";
    return 1;
  }
}
