// SPDX-License-Identifier: GPL-3.0-or-later
#include "outagecorrelation.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Beholder::Diagnosis {

NeighbourhoodScope correlateDowns(const QString &scope, const QString &label, int total, QList<NeighbourDown> downs,
                                  qint64 windowSeconds)
{
    NeighbourhoodScope result;
    result.scope = scope;
    result.label = label;
    result.total = total;
    result.down = int(downs.size());
    std::sort(downs.begin(), downs.end(), [](const NeighbourDown &a, const NeighbourDown &b) { return a.at < b.at; });
    // Sliding window over the sorted times: for each first member, how many follow within the window.
    qsizetype bestFirst = -1;
    qsizetype bestCount = 0;
    qsizetype last = 0;
    for (qsizetype first = 0; first < downs.size(); ++first) {
        last = std::max(last, first);
        while (last + 1 < downs.size() && downs.at(last + 1).at - downs.at(first).at <= windowSeconds)
            ++last;
        const qsizetype count = last - first + 1;
        if (count >= bestCount) { // ">=": the most recent of equal groups
            bestCount = count;
            bestFirst = first;
        }
    }
    if (bestFirst >= 0) {
        result.clustered = int(bestCount);
        result.since = downs.at(bestFirst).at;
        for (qsizetype i = bestFirst; i < bestFirst + bestCount; ++i) {
            if (downs.at(i).cause == NeighbourDown::Cause::Los)
                ++result.los;
            else if (downs.at(i).cause == NeighbourDown::Cause::Power)
                ++result.powerFail;
        }
    }
    return result;
}

NeighbourDown::Cause classifyDownCause(const QString &cause)
{
    const QString c = downCauseClass(cause);
    if (c == u"los")
        return NeighbourDown::Cause::Los;
    if (c == u"power")
        return NeighbourDown::Cause::Power;
    return NeighbourDown::Cause::Other;
}

QString downCauseClass(const QString &cause)
{
    const QString c = cause.trimmed().toLower();
    if (c.isEmpty() || c == u"-" || c == u"n/a")
        return {};
    if (c.startsWith(u"los") || c.contains(u"lobi") || c.contains(u"loss of signal"))
        return u"los"_s;
    if (c.contains(u"dying") || c.startsWith(u"dg") || c.contains(u"pwrfail") || c.contains(u"power"))
        return u"power"_s;
    if (c.startsWith(u"lof") || c.startsWith(u"sf") || c.startsWith(u"sd") || c.contains(u"bip")
        || c.startsWith(u"loam") || c.startsWith(u"lcdg"))
        return u"degraded"_s;
    return u"other"_s;
}

} // namespace Beholder::Diagnosis
