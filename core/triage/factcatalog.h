// SPDX-License-Identifier: GPL-3.0-or-later
// The fact names of docs/diagnosis.md ("Facts") with their types: what a rule may read. The rule book refuses
// a rule that reads a name not listed here (a typo would otherwise make a rule silently never fire) and
// checks that a condition compares a fact with a value of the same type.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Beholder::Triage {

enum class FactType {
    Bool,
    Number,
    Text,
};

struct FactSpec
{
    QString name; // "onu.rx_dbm"
    FactType type = FactType::Text;
};

// Every documented fact, in the order of docs/diagnosis.md.
const QList<FactSpec> &factCatalog();
// The type of a documented fact; nullopt for a name that is not documented.
std::optional<FactType> factType(const QString &name);
// "bool" | "number" | "text".
QString factTypeId(FactType type);

} // namespace Beholder::Triage
