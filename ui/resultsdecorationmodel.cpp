// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsdecorationmodel.h"

#include "icons.h"
#include "search/searchresultmodel.h"
#include "tone.h"

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

ResultsDecorationModel::ResultsDecorationModel(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_fiber(Icons::fiber())
    , m_wireless(Icons::wireless())
    , m_warning(Icons::warning())
{
    setAppearance(QPalette(), QFont());
}

void ResultsDecorationModel::setAppearance(const QPalette &palette, const QFont &font)
{
    m_palette = palette;
    m_boldFont = font;
    m_boldFont.setBold(true);
    m_okDot = Icons::dot(toneColor(Tone::Ok, palette));
    m_warningDot = Icons::dot(toneColor(Tone::Warning, palette));
    m_criticalDot = Icons::dot(toneColor(Tone::Critical, palette));
    m_mutedDot = Icons::dot(toneColor(Tone::Muted, palette));
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DecorationRole, Qt::ForegroundRole, Qt::BackgroundRole, Qt::FontRole});
}

QVariant ResultsDecorationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DecorationRole: {
        if (column == SearchResultModel::NameColumn) {
            const QString technology = index.data(SearchResultModel::TechnologyRole).toString();
            if (technology == u"wireless")
                return m_wireless;
            if (technology == u"fiber")
                return m_fiber;
            return {};
        }
        if (column == SearchResultModel::StatusColumn) {
            const QString status = index.data(SearchResultModel::StatusRole).toString();
            if (status == u"unlinked")
                return m_warning;
            switch (statusTone(status)) {
            case Tone::Ok:
                return m_okDot;
            case Tone::Warning:
                return m_warningDot;
            case Tone::Critical:
                return m_criticalDot;
            case Tone::Muted:
                return m_mutedDot;
            default:
                return {};
            }
        }
        return {};
    }
    case Qt::ForegroundRole: {
        if (column == SearchResultModel::StatusColumn) {
            const Tone tone = statusTone(index.data(SearchResultModel::StatusRole).toString());
            if (tone == Tone::Warning || tone == Tone::Critical || tone == Tone::Muted)
                return toneColor(tone, m_palette);
            return {};
        }
        const int kind = index.data(SearchResultModel::KindRole).toInt();
        // A device no connection points to is a lead, not a customer: keep it quieter than the real rows.
        if (kind == int(SearchDocKind::Onu) || kind == int(SearchDocKind::Subscriber))
            return toneColor(Tone::Muted, m_palette);
        if (column == SearchResultModel::NameColumn && kind == int(SearchDocKind::Secret)
            && index.data(SearchResultModel::SortRole).toString().isEmpty())
            return toneColor(Tone::Muted, m_palette); // "(not in CRM)" stands in for a name
        return {};
    }
    case Qt::ToolTipRole: {
        const QVariant tip = QIdentityProxyModel::data(index, role);
        if (!tip.isNull())
            return tip;
        const int kind = index.data(SearchResultModel::KindRole).toInt();
        if (kind == int(SearchDocKind::Onu))
            return tr("An ONU that no CRM connection or PPPoE user points to");
        if (kind == int(SearchDocKind::Subscriber))
            return tr("An antenna that no CRM connection or PPPoE user points to");
        if (kind == int(SearchDocKind::Customer))
            return tr("A customer without any connection in the CRM");
        return {};
    }
    case Qt::BackgroundRole:
        if (column == SearchResultModel::StatusColumn) {
            const Tone tone = statusTone(index.data(SearchResultModel::StatusRole).toString());
            if (tone == Tone::Warning || tone == Tone::Critical)
                return toneBackground(tone, m_palette);
        }
        return {};
    case Qt::FontRole: {
        const bool exact = index.data(SearchResultModel::MatchRole).toInt() == int(MatchKind::Identifier);
        const bool unlinked = column == SearchResultModel::StatusColumn
            && index.data(SearchResultModel::StatusRole).toString() == u"unlinked";
        if ((exact && column == SearchResultModel::NameColumn) || unlinked)
            return m_boldFont;
        return {};
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace Beholder
