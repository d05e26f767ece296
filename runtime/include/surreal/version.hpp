#pragma once
#include <string_view>

namespace surreal {
/// The surrealpp version this library was built as ("0.1.0"); sent nowhere, useful in logs and bug reports.
std::string_view library_version() noexcept;
}  // namespace surreal
