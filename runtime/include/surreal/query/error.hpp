#pragma once
// The error a typed query throws while it is being built (before anything is sent): an unknown field or
// lookup in a dynamic filter (surreal::Q), an invalid vector distance, a query that is run without a client.
#include <string>

#include <surreal/error.hpp>

namespace surreal {

class QueryBuildError : public Error {
 public:
  using Error::Error;
};

}  // namespace surreal
