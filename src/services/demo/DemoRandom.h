#pragma once

#include <QtGlobal>

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace casebook::demo {

// A small deterministic generator (splitmix64). std:: distributions differ between
// standard libraries, so the same seed would not give the same demo data everywhere.
class DemoRandom final {
 public:
  explicit DemoRandom(quint64 seed) : m_state(seed ^ 0x9E3779B97F4A7C15ull) {}

  quint64 next() {
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [low, high]; the modulo bias is negligible for these small ranges.
  int between(int low, int high) { return low + static_cast<int>(next() % static_cast<quint64>(high - low + 1)); }
  bool chance(int percent) { return between(1, 100) <= percent; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
  }
  // Index chosen with the given weights.
  int weighted(std::initializer_list<int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int roll = between(1, total);
    int index = 0;
    for (int w : weights) {
      if (roll <= w) return index;
      roll -= w;
      ++index;
    }
    return index - 1;
  }

 private:
  quint64 m_state;
};

}  // namespace casebook::demo
