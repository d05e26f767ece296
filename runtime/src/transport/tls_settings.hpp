#pragma once
// TLS settings as the transports see them. Kept free of public headers so that the C++17 WebSocket
// translation unit can include it (the public headers are C++20).
#include <string>

namespace surreal::detail {

struct TlsSettings {
  bool verify_peer = true;  // verify the certificate chain and the host name
  std::string ca_file;      // extra trust anchors (PEM); empty: the system's default verify paths
};

}  // namespace surreal::detail
