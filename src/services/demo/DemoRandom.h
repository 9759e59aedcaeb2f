#pragma once

#include <QtGlobal>

#include <cstddef>
#include <initializer_list>
#include <random>
#include <vector>

namespace casebook::demo {

// The demo's only source of chance. std::mt19937_64 is specified to the bit, so a seed
// gives the same numbers with every standard library; the std:: distributions are not,
// so the few this generator needs are written here.
class DemoRandom final {
 public:
  explicit DemoRandom(quint64 seed) : m_engine(seed) {}

  // Uniform in [low, high]. Draws below 2^64 mod span are rejected, so every value is
  // equally likely (the modulo bias would otherwise favour the low ones).
  int between(int low, int high) {
    if (high <= low) return low;
    const quint64 span = static_cast<quint64>(static_cast<qint64>(high) - low) + 1;
    const quint64 threshold = (quint64{0} - span) % span;
    quint64 draw = m_engine();
    while (draw < threshold) draw = m_engine();
    return low + static_cast<int>(draw % span);
  }

  bool chance(int percent) { return between(1, 100) <= percent; }

  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
  }

  // An index chosen with the given relative weights; zero weights are never chosen.
  int weighted(std::initializer_list<int> weights) { return weighted(weights.begin(), weights.end()); }
  int weighted(const std::vector<int>& weights) { return weighted(weights.data(), weights.data() + weights.size()); }

 private:
  int weighted(const int* first, const int* last) {
    int total = 0;
    for (const int* w = first; w != last; ++w) total += *w;
    int roll = between(1, total);
    int index = 0;
    for (const int* w = first; w != last; ++w, ++index) {
      if (*w > 0 && roll <= *w) return index;
      roll -= *w;
    }
    return static_cast<int>(last - first) - 1;
  }

  std::mt19937_64 m_engine;
};

}  // namespace casebook::demo
