// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresult.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

QString toString(SearchDocKind kind)
{
    switch (kind) {
    case SearchDocKind::Connection:
        return u"connection"_s;
    case SearchDocKind::Customer:
        return u"customer"_s;
    case SearchDocKind::Secret:
        return u"secret"_s;
    case SearchDocKind::Onu:
        return u"onu"_s;
    case SearchDocKind::Subscriber:
        return u"subscriber"_s;
    }
    return u"connection"_s;
}

SearchDocKind searchDocKindFromString(const QString &text)
{
    if (text == u"customer")
        return SearchDocKind::Customer;
    if (text == u"secret")
        return SearchDocKind::Secret;
    if (text == u"onu")
        return SearchDocKind::Onu;
    if (text == u"subscriber")
        return SearchDocKind::Subscriber;
    return SearchDocKind::Connection;
}

QString toString(MatchKind match)
{
    switch (match) {
    case MatchKind::Identifier:
        return u"identifier"_s;
    case MatchKind::Text:
        return u"text"_s;
    }
    return u"text"_s;
}

} // namespace Beholder
