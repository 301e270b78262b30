// SPDX-License-Identifier: GPL-3.0-or-later
// Reference algorithms: https://prng.di.unimi.it/ (xoshiro256**, splitmix64) and Lemire, "Fast Random
// Integer Generation in an Interval" (2019). Written out so the sequence never depends on the toolchain.
#include "demorandom.h"

#include <algorithm>
#include <cmath>

namespace Beholder::Demo {

namespace {

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr double twoPow53 = 9007199254740992.0;
constexpr double ln2 = 0.693147180559945309417232121458176568;
constexpr double twoPi = 6.283185307179586476925286766559005768;

// sin(x) and cos(x) for |x| <= pi/4 by their Taylor series (the next term is below 1e-17 there).
double sinSmall(double x)
{
    const double x2 = x * x;
    double sum = 1.0 / 355687428096000.0; // 1/17!
    sum = 1.0 / 1307674368000.0 - x2 * sum;
    sum = 1.0 / 6227020800.0 - x2 * sum;
    sum = 1.0 / 39916800.0 - x2 * sum;
    sum = 1.0 / 362880.0 - x2 * sum;
    sum = 1.0 / 5040.0 - x2 * sum;
    sum = 1.0 / 120.0 - x2 * sum;
    sum = 1.0 / 6.0 - x2 * sum;
    sum = 1.0 - x2 * sum;
    return x * sum;
}

double cosSmall(double x)
{
    const double x2 = x * x;
    double sum = 1.0 / 20922789888000.0; // 1/16!
    sum = 1.0 / 87178291200.0 - x2 * sum;
    sum = 1.0 / 479001600.0 - x2 * sum;
    sum = 1.0 / 3628800.0 - x2 * sum;
    sum = 1.0 / 40320.0 - x2 * sum;
    sum = 1.0 / 720.0 - x2 * sum;
    sum = 1.0 / 24.0 - x2 * sum;
    sum = 0.5 - x2 * sum;
    return 1.0 - x2 * sum;
}

} // namespace

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
{
    // Stream 0 is the plain reference seeding, so the raw sequence can be checked against published
    // xoshiro256** outputs; other streams perturb the seed through a full avalanche first.
    quint64 state = seed;
    if (stream != 0) {
        quint64 mix = stream * 0xD1B54A32D192ED03ULL;
        state ^= splitmix64(mix);
    }
    for (quint64 &word : m_state)
        word = splitmix64(state);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

int DemoRandom::uniformInt(int lo, int hi)
{
    Q_ASSERT(lo <= hi);
    const quint64 span = quint64(qint64(hi) - qint64(lo)) + 1;
    if (span > 0xFFFFFFFFULL) // the whole int range: every 32-bit value is fair
        return int(qint64(lo) + qint64(next() >> 32));
    const auto range = quint32(span);
    quint64 product = (next() >> 32) * range;
    auto low = quint32(product);
    if (low < range) {
        const quint32 threshold = (0U - range) % range;
        while (low < threshold) {
            product = (next() >> 32) * range;
            low = quint32(product);
        }
    }
    return int(qint64(lo) + qint64(product >> 32));
}

double DemoRandom::unit()
{
    return double(next() >> 11) / twoPow53;
}

double DemoRandom::uniformReal(double lo, double hi)
{
    return lo + (hi - lo) * unit();
}

double DemoRandom::normal(double mean, double sd)
{
    const double u1 = double((next() >> 11) + 1) / twoPow53; // (0, 1]: the log stays finite
    const double u2 = unit();
    const double radius = std::sqrt(-2.0 * deterministicLog(u1)); // sqrt is correctly rounded by IEEE-754
    return mean + sd * (radius * deterministicCosTurns(u2));
}

bool DemoRandom::chance(double p)
{
    const quint64 draw = next() >> 11;
    if (p <= 0.0)
        return false;
    if (p >= 1.0)
        return true;
    // p * 2^53 only shifts the exponent, so the threshold is exact and the comparison is integral.
    return draw < quint64(p * twoPow53);
}

WeightedChoice::WeightedChoice(const QList<int> &weights)
{
    m_cumulative.reserve(weights.size());
    int total = 0;
    for (const int weight : weights) {
        Q_ASSERT(weight >= 0);
        total += weight;
        m_cumulative.append(total);
    }
    Q_ASSERT(total > 0);
}

qsizetype WeightedChoice::draw(DemoRandom &random) const
{
    Q_ASSERT(!m_cumulative.isEmpty());
    const int ticket = random.uniformInt(0, m_cumulative.constLast() - 1);
    return std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), ticket) - m_cumulative.cbegin();
}

double deterministicLog(double x)
{
    Q_ASSERT(x > 0.0);
    // x = m * 2^e with m in [sqrt(1/2), sqrt(2)); frexp and the doubling are exact.
    int exponent = 0;
    double m = std::frexp(x, &exponent);
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        --exponent;
    }
    // ln(m) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m-1)/(m+1), |s| < 0.172.
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double series = 1.0 / 23.0;
    for (int k = 21; k >= 1; k -= 2)
        series = 1.0 / k + s2 * series;
    return double(exponent) * ln2 + 2.0 * s * series;
}

double deterministicCosTurns(double turns)
{
    // Reduce by symmetry on the turn fraction itself, where the subtractions are exact (Sterbenz).
    double t = turns - std::floor(turns);
    if (t > 0.5)
        t = 1.0 - t; // cos is even
    double sign = 1.0;
    if (t > 0.25) {
        t = 0.5 - t; // cos(pi - a) = -cos(a)
        sign = -1.0;
    }
    if (t > 0.125)
        return sign * sinSmall(twoPi * (0.25 - t)); // cos(a) = sin(pi/2 - a)
    return sign * cosSmall(twoPi * t);
}

} // namespace Beholder::Demo
