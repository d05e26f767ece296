// JSON text <-> Value through RapidJSON (kept out of every public header).
#include <surreal/json.hpp>
#include <surreal/value.hpp>

#include <cmath>

#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace surreal {

namespace {

template <class W>
void write_json(W& w, const Value& v);

template <class W>
void write_string(W& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <class W>
void write_coords(W& w, const GeometryPoint& p) {
  w.StartArray();
  w.Double(p.x);
  w.Double(p.y);
  w.EndArray();
}
template <class W>
void write_coords(W& w, const std::vector<GeometryPoint>& ps) {
  w.StartArray();
  for (const auto& p : ps) write_coords(w, p);
  w.EndArray();
}
template <class W>
void write_coords(W& w, const GeometryPolygon& pg) {
  w.StartArray();
  for (const auto& r : pg.rings) write_coords(w, r.points);
  w.EndArray();
}

template <class W>
void write_geometry(W& w, const Geometry& g) {
  w.StartObject();
  w.Key("type");
  write_string(w, g.type_name());
  std::visit(
      [&](const auto& s) {
        using S = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<S, GeometryCollection>) {
          w.Key("geometries");
          w.StartArray();
          for (const auto& x : s.geometries) write_geometry(w, x);
          w.EndArray();
        } else {
          w.Key("coordinates");
          if constexpr (std::is_same_v<S, GeometryPoint>)
            write_coords(w, s);
          else if constexpr (std::is_same_v<S, GeometryLine>)
            write_coords(w, s.points);
          else if constexpr (std::is_same_v<S, GeometryPolygon>)
            write_coords(w, s);
          else if constexpr (std::is_same_v<S, GeometryMultiPoint>)
            write_coords(w, s.points);
          else if constexpr (std::is_same_v<S, GeometryMultiLine>) {
            w.StartArray();
            for (const auto& l : s.lines) write_coords(w, l.points);
            w.EndArray();
          } else {
            w.StartArray();
            for (const auto& p : s.polygons) write_coords(w, p);
            w.EndArray();
          }
        }
      },
      g.variant());
  w.EndObject();
}

template <class W>
void write_json(W& w, const Value& v) {
  switch (v.kind()) {
    case Kind::None:
    case Kind::Null:
      w.Null();
      break;
    case Kind::Bool:
      w.Bool(*v.get_if<bool>());
      break;
    case Kind::Int:
      w.Int64(*v.get_if<std::int64_t>());
      break;
    case Kind::Float: {
      double d = *v.get_if<double>();
      if (std::isfinite(d))
        w.Double(d);
      else
        w.Null();
      break;
    }
    case Kind::Decimal:
      write_string(w, v.get_if<Decimal>()->text());
      break;
    case Kind::String:
      write_string(w, *v.get_if<std::string>());
      break;
    case Kind::Bytes:
      write_string(w, v.get_if<Bytes>()->to_base64());
      break;
    case Kind::Datetime:
      write_string(w, v.get_if<Datetime>()->to_string());
      break;
    case Kind::Duration:
      write_string(w, v.get_if<Duration>()->to_string());
      break;
    case Kind::Uuid:
      write_string(w, v.get_if<Uuid>()->to_string());
      break;
    case Kind::Array:
      w.StartArray();
      for (const auto& x : *v.get_if<Array>()) write_json(w, x);
      w.EndArray();
      break;
    case Kind::Set:
      w.StartArray();
      for (const auto& x : v.get_if<Set>()->items()) write_json(w, x);
      w.EndArray();
      break;
    case Kind::Object:
      w.StartObject();
      for (const auto& [k, x] : *v.get_if<Object>()) {
        if (x.is_none()) continue;
        w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
        write_json(w, x);
      }
      w.EndObject();
      break;
    case Kind::RecordId:
      write_string(w, v.get_if<RecordId>()->to_string());
      break;
    case Kind::Table:
      write_string(w, v.get_if<Table>()->name);
      break;
    case Kind::Range:
      write_string(w, v.get_if<Range>()->to_string());
      break;
    case Kind::Geometry:
      write_geometry(w, *v.get_if<Geometry>());
      break;
    case Kind::File: {
      const File& f = *v.get_if<File>();
      std::string text = f.bucket() + ":" + (f.key().empty() || f.key().front() != '/' ? "/" : "") + f.key();
      write_string(w, text);
      break;
    }
  }
}

/// SAX handler building a Value.
struct Builder {
  struct Frame {
    bool object;
    Array array;
    Object obj;
    std::string key;
  };
  std::vector<Frame> stack;
  Value result;

  void put(Value v) {
    if (stack.empty()) {
      result = std::move(v);
      return;
    }
    Frame& f = stack.back();
    if (f.object)
      f.obj.append_unchecked(std::move(f.key), std::move(v));
    else
      f.array.push_back(std::move(v));
  }
  bool Null() { return put(Value::null()), true; }
  bool Bool(bool b) { return put(Value(b)), true; }
  bool Int(int i) { return put(Value(i)), true; }
  bool Uint(unsigned u) { return put(Value(u)), true; }
  bool Int64(std::int64_t i) { return put(Value(i)), true; }
  bool Uint64(std::uint64_t u) {
    if (u > static_cast<std::uint64_t>(INT64_MAX))
      put(Value(static_cast<double>(u)));
    else
      put(Value(static_cast<std::int64_t>(u)));
    return true;
  }
  bool Double(double d) { return put(Value(d)), true; }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
  bool String(const char* s, rapidjson::SizeType n, bool) { return put(Value(std::string(s, n))), true; }
  bool StartObject() {
    if (stack.size() >= 512) return false;
    stack.push_back(Frame{true, {}, {}, {}});
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    stack.back().key.assign(s, n);
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    Object o = std::move(stack.back().obj);
    stack.pop_back();
    o.finish_unsorted();
    put(Value(std::move(o)));
    return true;
  }
  bool StartArray() {
    if (stack.size() >= 512) return false;
    stack.push_back(Frame{false, {}, {}, {}});
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    Array a = std::move(stack.back().array);
    stack.pop_back();
    put(Value(std::move(a)));
    return true;
  }
};

}  // namespace

std::string Value::to_json() const {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  write_json(w, *this);
  return std::string(buf.GetString(), buf.GetSize());
}

std::string Value::to_json_pretty() const {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 2);
  write_json(w, *this);
  return std::string(buf.GetString(), buf.GetSize());
}

Value from_json(std::string_view text) {
  rapidjson::Reader reader;
  Builder b;
  rapidjson::MemoryStream ms(text.data(), text.size());
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> is(ms);
  rapidjson::ParseResult r =
      reader.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag |
                   rapidjson::kParseStopWhenDoneFlag>(is, b);
  if (!r) {
    throw ConversionError("invalid JSON at offset " + std::to_string(r.Offset()) + ": " +
                          rapidjson::GetParseError_En(r.Code()));
  }
  // Only whitespace may follow.
  for (std::size_t i = ms.Tell(); i < text.size(); ++i) {
    char c = text[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
      throw ConversionError("invalid JSON at offset " + std::to_string(i) + ": trailing characters");
  }
  return std::move(b.result);
}

}  // namespace surreal
