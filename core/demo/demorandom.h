// SPDX-License-Identifier: GPL-3.0-or-later
// The demo data must be identical on every platform and compiler, so it cannot use std:: distributions or
// QRandomGenerator::bounded (their algorithms are implementation-defined). Everything here is spelled out.
#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

namespace Beholder::Demo {

// xoshiro256** seeded through splitmix64 (Blackman & Vigna). Integer results are bit-exact everywhere;
// the floating-point results use only IEEE-754 basic operations (no libm transcendental calls), so they
// are bit-exact too as long as the compiler does not fuse multiply-adds (core/demo/CMakeLists.txt turns
// contraction off for the demo sources).
class DemoRandom
{
public:
    // `stream` selects an independent sequence for the same seed, so that one part of the generator can
    // change how many numbers it draws without shifting every other part.
    explicit DemoRandom(quint64 seed, quint64 stream = 0);

    quint64 next();

    // Uniform in [lo, hi], both inclusive, without modulo bias (Lemire's multiply-and-reject).
    int uniformInt(int lo, int hi);

    // Uniform in [lo, hi).
    double uniformReal(double lo, double hi);

    // Normal deviate (Box-Muller). Always consumes exactly two numbers.
    double normal(double mean, double sd);

    // True with probability p. Always consumes exactly one number, whatever p is.
    bool chance(double p);

    template<class T>
    const T &pick(const QList<T> &list)
    {
        Q_ASSERT(!list.isEmpty());
        return list.at(uniformInt(0, int(list.size()) - 1));
    }

private:
    double unit(); // [0, 1) with 53 random bits

    std::array<quint64, 4> m_state{};
};

// A fixed table of weights, drawn from many times: index i comes out with probability
// weights[i] / sum(weights). Binary search over the running sums, so a draw is O(log n).
class WeightedChoice
{
public:
    WeightedChoice() = default;
    explicit WeightedChoice(const QList<int> &weights); // non-negative, sum > 0 and < 2^31

    qsizetype draw(DemoRandom &random) const;
    qsizetype size() const { return m_cumulative.size(); }

private:
    QList<int> m_cumulative;
};

// ln(x) and cos(2*pi*turns) from basic operations only, so that Box-Muller does not depend on the
// platform's libm (glibc, MSVC and Apple round differently in the last bit). Exposed for the tests.
double deterministicLog(double x);
double deterministicCosTurns(double turns);

} // namespace Beholder::Demo
