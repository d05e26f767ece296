// SHA-256 of a migration script: what the history table records to notice a migration edited after it ran.
#include <openssl/evp.h>

#include <array>
#include <memory>
#include <string>

#include <surreal/migrate.hpp>

namespace surreal {

std::string migration_checksum(std::string_view script) {
  // Normalise line endings: the same migration checked out with CRLF is not an edit.
  std::string normalised;
  normalised.reserve(script.size());
  for (std::size_t i = 0; i < script.size(); ++i) {
    if (script[i] == '\r' && i + 1 < script.size() && script[i + 1] == '\n') continue;
    normalised.push_back(script[i]);
  }
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), normalised.data(), normalised.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1)
    throw Error("SHA-256 of a migration script failed (OpenSSL)");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 0xF]);
  }
  return hex;
}

}  // namespace surreal
