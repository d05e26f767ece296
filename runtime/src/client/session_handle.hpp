#pragma once
// One session of a client, shared by the Client copies and the transactions that use it. The connection's
// default session has no id; sessions made by Client::new_session() are attached on creation and detached
// when the last holder lets go.
#include "client_core.hpp"

#include <memory>
#include <optional>

namespace surreal::detail {

struct SessionHandle {
  SessionHandle(std::shared_ptr<ClientCore> core, std::optional<Uuid> id) : core(std::move(core)), id(id) {}
  ~SessionHandle();
  SessionHandle(const SessionHandle&) = delete;
  SessionHandle& operator=(const SessionHandle&) = delete;

  Value call(const std::string& method, Array params = {}, const CallOptions& options = {}) {
    return core->call(id, method, std::move(params), options);
  }

  std::shared_ptr<ClientCore> core;
  std::optional<Uuid> id;
};

}  // namespace surreal::detail
