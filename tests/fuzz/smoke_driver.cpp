// A libFuzzer-compatible driver for compilers without libFuzzer (g++): replays every seed of the corpus, then
// runs deterministic random mutations of the seeds (bit flips, byte edits, truncations, insertions of CBOR
// heads, splices) for a fixed time. Usage: fuzz_cbor_smoke CORPUS_DIR [SECONDS=5] [SEED=1].
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
};

void mutate(std::vector<std::uint8_t>& d, const std::vector<std::vector<std::uint8_t>>& seeds, Rng& r) {
  static const std::uint8_t interesting[] = {0x00, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1f, 0x5f,
                                             0x7f, 0x9f, 0xbf, 0xc6, 0xc8, 0xcc, 0xce, 0xd8,
                                             0xf6, 0xf7, 0xf9, 0xfb, 0xff, 0x80};
  int rounds = 1 + static_cast<int>(r.below(4));
  for (int i = 0; i < rounds; ++i) {
    switch (r.below(7)) {
      case 0:
        if (!d.empty()) d[r.below(d.size())] ^= static_cast<std::uint8_t>(1u << r.below(8));
        break;
      case 1:
        if (!d.empty()) d[r.below(d.size())] = static_cast<std::uint8_t>(r.next());
        break;
      case 2:
        if (!d.empty()) d.resize(r.below(d.size()));
        break;
      case 3:
        d.insert(d.begin() + static_cast<std::ptrdiff_t>(r.below(d.size() + 1)),
                 interesting[r.below(sizeof interesting)]);
        break;
      case 4:
        if (!d.empty()) d.erase(d.begin() + static_cast<std::ptrdiff_t>(r.below(d.size())));
        break;
      case 5: {
        const auto& other = seeds[r.below(seeds.size())];
        if (other.empty()) break;
        std::size_t from = r.below(other.size());
        std::size_t len = 1 + r.below(other.size() - from);
        d.insert(d.begin() + static_cast<std::ptrdiff_t>(r.below(d.size() + 1)), other.begin() + from,
                 other.begin() + from + len);
        break;
      }
      default:
        if (!d.empty()) d[r.below(d.size())] = interesting[r.below(sizeof interesting)];
        break;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS_DIR [SECONDS] [SEED]\n", argv[0]);
    return 2;
  }
  double seconds = argc > 2 ? std::atof(argv[2]) : 5.0;
  Rng rng{argc > 3 ? std::strtoull(argv[3], nullptr, 10) | 1 : 0x9e3779b97f4a7c15ull};
  std::vector<std::vector<std::uint8_t>> seeds;
  for (const auto& e : std::filesystem::directory_iterator(argv[1])) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (seeds.empty()) {
    std::fprintf(stderr, "no seeds in %s\n", argv[1]);
    return 2;
  }
  for (const auto& s : seeds) LLVMFuzzerTestOneInput(s.data(), s.size());
  std::printf("replayed %zu seeds\n", seeds.size());
  std::fflush(stdout);
  auto start = std::chrono::steady_clock::now();
  std::uint64_t runs = 0;
  std::vector<std::uint8_t> buf;
  while (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < seconds) {
    for (int k = 0; k < 64; ++k, ++runs) {
      buf = seeds[rng.below(seeds.size())];
      mutate(buf, seeds, rng);
      LLVMFuzzerTestOneInput(buf.data(), buf.size());
    }
  }
  double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%llu mutated inputs in %.1f s (%.0f exec/s), no crash\n",
              static_cast<unsigned long long>(runs), took, static_cast<double>(runs) / took);
  return 0;
}
