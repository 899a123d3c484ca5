#pragma once

#include <QtGlobal>

#include <initializer_list>

// The demo data generator's random numbers: fast, seeded, the same on
// every platform (std:: distributions are not), so a seed always makes the
// same data: xoshiro256**, seeded through splitmix64 from (seed, stream).
class DemoRng
{
public:
    DemoRng(quint64 seed, quint64 stream)
    {
        quint64 x = seed ^ (stream * 0xd1b54a32d192ed03ULL);
        for (quint64 &v : m_s)
            v = splitmix(x);
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    // [lo, hi); lo when the range is empty.
    qint64 between(qint64 lo, qint64 hi)
    {
        return hi > lo ? lo + qint64(next() % quint64(hi - lo)) : lo;
    }
    int below(int n) { return int(next() % quint64(n)); }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total), i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};
