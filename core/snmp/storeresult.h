// SPDX-License-Identifier: GPL-3.0-or-later
// What a write to the SNMP model returns: nothing or a value, or an error an
// admin form can show next to the field at fault. Shaped like ApiResult
// (net/apierror.h); a separate type because store errors (a bad field, a
// duplicate name, a missing row) are not network errors.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Beholder::Snmp {

struct StoreError
{
    enum class Kind {
        None,
        Invalid,   // a field fails validation (bad host, port out of range, malformed OID...)
        Duplicate, // a name (or OID) that must be unique is taken
        NotFound,  // the row to change, or one it refers to, does not exist
        State,     // the row is in a state that does not allow the change (finishing a finished execution)
        Database,  // SQLite failed (disk full, locked too long)
        Denied,    // the acting person may not administer SNMP (SnmpStore::setActor)
    };

    Kind kind = Kind::None;
    QString field;   // the field at fault ("name", "host", ...), empty when none in particular
    QString message; // for the operator, one line

    bool isError() const { return kind != Kind::None; }

    static StoreError make(Kind kind, const QString &message, const QString &field = {})
    {
        StoreError error;
        error.kind = kind;
        error.field = field;
        error.message = message;
        return error;
    }
};

template<typename T>
struct StoreResult
{
    std::optional<T> value;
    StoreError error;

    bool ok() const { return !error.isError() && value.has_value(); }

    static StoreResult success(T v)
    {
        StoreResult r;
        r.value = std::move(v);
        return r;
    }
    static StoreResult failure(StoreError e)
    {
        StoreResult r;
        r.error = std::move(e);
        return r;
    }
};

} // namespace Beholder::Snmp
