#include "surreal/version.hpp"

namespace surreal {
std::string_view library_version() noexcept { return SURREALPP_VERSION_STRING; }
}  // namespace surreal
