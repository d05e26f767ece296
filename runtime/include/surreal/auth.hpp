#pragma once
// Credentials for signin/signup, and the tokens the server hands back.
#include <optional>
#include <string>

#include <surreal/value.hpp>

namespace surreal {

/// A root (system) user: DEFINE USER … ON ROOT.
struct RootAuth {
  std::string username;
  std::string password;
};

/// A namespace user: DEFINE USER … ON NAMESPACE.
struct NamespaceAuth {
  std::string ns;
  std::string username;
  std::string password;
};

/// A database user: DEFINE USER … ON DATABASE.
struct DatabaseAuth {
  std::string ns;
  std::string db;
  std::string username;
  std::string password;
};

/// A record user through a record access method (DEFINE ACCESS … TYPE RECORD; 2.x also DEFINE SCOPE):
/// `vars` are the variables its SIGNIN/SIGNUP clauses read (e.g. email, pass).
struct RecordAuth {
  std::string ns;
  std::string db;
  std::string access;
  Object vars;
};

/// What signin/signup/refresh return. 3.x may add a refresh token (access methods WITH REFRESH).
struct Tokens {
  std::string access;
  std::optional<std::string> refresh;
};

}  // namespace surreal
