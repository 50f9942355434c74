#pragma once

#include "common/result.h"
#include "domain/article.h"

#include <functional>

namespace offprint::storage {
class Library;
}

namespace offprint::bench {

// A small deterministic PRNG (SplitMix64): the same seed gives the same library on every machine and
// standard library (std:: distributions are not portable, so none are used).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next();
    int below(int bound) { return int(next() % quint64(bound)); }
    bool chance(double p) { return double(next() >> 11) / double(1ULL << 53) < p; }

private:
    quint64 m_state;
};

struct GeneratorOptions
{
    int count = 10000;
    quint64 seed = 42;
    double chineseShare = 0.6; // the rest is English
    int meanChars = 1000;      // body length in characters, ±50 %
};

// Article number `index` of the library described by the options (independent of the others).
Article generateArticle(const GeneratorOptions &options, int index);

// Fills an empty library with options.count generated articles (tags, read and starred states).
using GeneratorProgress = std::function<void(int done, int total)>;
Result<void> generateLibrary(storage::Library &library, const GeneratorOptions &options,
                             const GeneratorProgress &progress = {});

} // namespace offprint::bench
