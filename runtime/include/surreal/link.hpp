#pragma once
// surreal::Link<T>: a record link (`record<user>`) that is either just the record id or, after a FETCH, the
// record itself.
//
//   struct User { surreal::RecordId id; std::optional<surreal::Link<User>> best_friend; };   // T may be
//   incomplete auto users = db.select(app::user).fetch(app::user.best_friend).all(); if (u.best_friend &&
//   u.best_friend->is_fetched()) std::cout << (*u.best_friend)->name; u.best_friend->id(); // always there
//   u.best_friend->get();                                  // throws surreal::Error naming the id when not
//   fetched
//
// The fetched record sits behind a shared pointer to const, which is what lets a struct hold a link to its
// own type, and makes copying a link cheap. Two links are equal when their ids are (fetched or not).
//
// Codec<Link<T>>: encodes as the record id (a write never sends the fetched record); decodes a record id, or
// an object (a FETCHed record: its `id` plus T decoded from the whole object).
#include <memory>
#include <string>
#include <utility>

#include <surreal/codec.hpp>
#include <surreal/error.hpp>
#include <surreal/value.hpp>

namespace surreal {

template <class T>
class Link {
 public:
  using record_type = T;

  Link() = default;
  /// A link that is only an id (implicit: a RecordId is a Link wherever one is expected).
  Link(RecordId id) : id_(std::move(id)) {}  // NOLINT implicit
  /// A fetched link.
  Link(RecordId id, std::shared_ptr<const T> record) : id_(std::move(id)), record_(std::move(record)) {}
  Link(RecordId id, T record) : id_(std::move(id)), record_(std::make_shared<const T>(std::move(record))) {}

  const RecordId& id() const noexcept { return id_; }
  bool is_fetched() const noexcept { return record_ != nullptr; }
  /// The fetched record; throws surreal::Error naming the id when the link was not fetched.
  const T& get() const {
    if (!record_)
      throw Error("record link " + id_.to_string() + " was not fetched (add .fetch(column) to the query)");
    return *record_;
  }
  /// The fetched record, or nullptr.
  const T* get_if() const noexcept { return record_.get(); }
  const std::shared_ptr<const T>& shared() const noexcept { return record_; }
  const T* operator->() const { return &get(); }
  const T& operator*() const { return get(); }

  friend bool operator==(const Link& a, const Link& b) { return a.id_ == b.id_; }
  friend bool operator==(const Link& a, const RecordId& b) { return a.id_ == b; }

 private:
  RecordId id_;
  std::shared_ptr<const T> record_;
};

template <class T>
struct Codec<Link<T>> {
  static Value encode(const Link<T>& link) { return Value(link.id()); }
  static Link<T> decode(const Value& v) {
    if (const RecordId* id = v.get_if<RecordId>()) return Link<T>(*id);
    if (const Object* o = v.get_if<Object>()) {
      RecordId id;
      decode_field(*o, "id", id);
      return Link<T>(std::move(id), Codec<T>::decode(v));
    }
    throw_conversion("record id or fetched record (object)", v);
  }
};

}  // namespace surreal
