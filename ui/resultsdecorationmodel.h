// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation of the search results: technology icons, status colours,
// the "Not in CRM" highlight and the exact-match mark. The core model gives
// words and raw values only; how they look belongs here, in the UI.
#pragma once

#include <QFont>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QPalette>

namespace Beholder {

class ResultsDecorationModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsDecorationModel)

public:
    explicit ResultsDecorationModel(QObject *parent = nullptr);

    // Colours and fonts follow the view's palette and font; call again when they change.
    void setAppearance(const QPalette &palette, const QFont &font);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPalette m_palette;
    QFont m_boldFont;
    QIcon m_fiber;
    QIcon m_wireless;
    QIcon m_warning;
    QIcon m_okDot;
    QIcon m_warningDot;
    QIcon m_criticalDot;
    QIcon m_mutedDot;
};

} // namespace Beholder
