#pragma once
// Everything of the runtime in one include.
#include <surreal/auth.hpp>
#include <surreal/cbor.hpp>
#include <surreal/client.hpp>
#include <surreal/codec.hpp>
#include <surreal/define_codec.hpp>
#include <surreal/error.hpp>
#include <surreal/live.hpp>
#include <surreal/options.hpp>
#include <surreal/patch.hpp>
#include <surreal/query_result.hpp>
#include <surreal/transaction.hpp>
#include <surreal/value.hpp>
#include <surreal/version.hpp>
