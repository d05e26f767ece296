#pragma once
// RPC over HTTP: each call is one POST /rpc; namespace, database and token travel as headers.
#include "../transport/http_connection.hpp"
#include "rpc_channel.hpp"

namespace surreal::detail {

class HttpRpcChannel final : public RpcChannel {
 public:
  explicit HttpRpcChannel(HttpSettings settings) : http_(std::move(settings)) {}

  Value call(const RpcRequest& request, std::chrono::milliseconds timeout,
             const HttpSessionHeaders* headers) override;
  bool is_open() const override { return true; }  // HTTP opens connections on demand
  std::size_t in_flight() const override { return in_flight_; }
  void close() override {}
  void abort() override {}

 private:
  HttpConnection http_;
  std::atomic<std::size_t> in_flight_{0};
};

}  // namespace surreal::detail
