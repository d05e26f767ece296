#pragma once
// surreal::Pipeline: while it lives, the calls its thread makes on the client are written together rather
// than one system call each. Over ws:// a frame written alone costs more client CPU than its answer (the
// kernel runs the server's side of the loopback or the NIC's work in the writer's time); sending several in
// one write divides that cost by their number, as Redis pipelines and libpq's pipeline mode do.
//
//   {
//     auto pipeline = db.pipeline();
//     std::vector<surreal::Pending<surreal::QueryResult>> sent;
//     for (int i = 0; i < 64; ++i) sent.push_back(db.query_async("RETURN $i", {{"i", i}}));
//     for (auto& answer : sent) use(answer.get());  // the first get() writes the 64 frames in one go
//   }                                                // anything still unwritten is written here
//
// When the frames go out: at the latest when a thread waits for an answer on that connection (get(), a
// blocking call, ready()), when flush() is called, or when the Pipeline ends, whichever comes first. A call
// therefore never waits on its own unwritten frame; but a query_async() left alone inside a pipeline reaches
// the server only at one of those points, so end the pipeline (or flush()) before unrelated long work.
//
// A Pipeline belongs to the thread that made it (other threads' calls are written as usual) and covers every
// session of the client. Pipelines nest. Over HTTP and wss:// calls are written as usual (HTTP has one
// request per call; the TLS stream is written by the connection's I/O thread).
#include <memory>

namespace surreal {

class Client;

namespace detail {
class ClientCore;
}  // namespace detail

class Pipeline {
 public:
  /// Writes what is still unwritten and ends the pipeline on this thread.
  ~Pipeline();
  // Movable (into a std::optional, out of a function) on its thread; the moved-from object ends nothing.
  Pipeline(Pipeline&& other) noexcept = default;
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  Pipeline& operator=(Pipeline&&) = delete;

  /// Writes the calls made so far now. Throws ConnectionError when a connection cannot be written; the calls
  /// in flight on it then fail with ConnectionError.
  void flush();

 private:
  friend class Client;
  explicit Pipeline(std::shared_ptr<detail::ClientCore> core);

  std::shared_ptr<detail::ClientCore> core_;
};

}  // namespace surreal
