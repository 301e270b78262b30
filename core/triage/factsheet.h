// SPDX-License-Identifier: GPL-3.0-or-later
// The named facts a diagnosis knows about one subscriber ("onu.rx_dbm" = -27.4 from smartolt, 12 s ago). The
// rules read only these names (docs/diagnosis.md lists them), so the rules stay data and the way each fact
// is obtained (cache, live source) can change without touching a rule. A fact that is absent is unknown:
// a comparison over it is unknown and never fires a rule, and neither does its negation (expression.h).
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Beholder::Triage {

struct Fact
{
    QVariant value; // bool, qint64/int, double or QString
    QString source; // "cache", "router", "smartolt", "cnmaestro", "derived"
    qint64 at = 0;  // unix seconds when the source said it (0: not applicable)
};

class FactSheet
{
public:
    void set(const QString &name, const QVariant &value, const QString &source = {}, qint64 at = 0)
    {
        m_facts.insert(name, Fact{value, source, at});
    }
    void remove(const QString &name) { m_facts.remove(name); }
    bool has(const QString &name) const { return m_facts.contains(name); }
    QVariant value(const QString &name) const { return m_facts.value(name).value; }
    const Fact *fact(const QString &name) const
    {
        const auto it = m_facts.constFind(name);
        return it == m_facts.cend() ? nullptr : &it.value();
    }
    QStringList names() const
    {
        QStringList all = m_facts.keys();
        all.sort();
        return all;
    }
    qsizetype size() const { return m_facts.size(); }

private:
    QHash<QString, Fact> m_facts;
};

} // namespace Beholder::Triage
