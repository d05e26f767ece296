// The renderer's one failure: a construct that the target syntax cannot express.
#pragma once

#include <stdexcept>
#include <string>

#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema {

class RenderError : public std::runtime_error {
 public:
  // `construct` names what cannot be rendered (e.g. "DEFINE SEQUENCE", "COUNT index"); the message says which
  // syntax lacks it and, when the node came from text, where it is: `file:line:col: error: …`.
  RenderError(std::string construct, Syntax syntax, SourceLocation location, const std::string& hint = {});

  const std::string& construct() const { return construct_; }
  const SourceLocation& location() const { return location_; }

 private:
  std::string construct_;
  SourceLocation location_;
};

}  // namespace surrealpp::schema
