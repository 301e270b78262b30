// SPDX-License-Identifier: GPL-3.0-or-later
// The one-screen customer card (anchors.md must-have 1): CRM, service,
// router, fibre or wireless, tickets and alarms for one search hit, each
// section with the age of its data. It only shows what it is given; loading
// the details off the GUI thread is the caller's job.
#pragma once

#include "customer/subscriberdetails.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QHBoxLayout;
class QVBoxLayout;

namespace Beholder {

class DetailSection;

class CustomerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPanel)

public:
    explicit CustomerPanel(QWidget *parent = nullptr);

    // The first slot of the panel, above the customer's name: the diagnosis
    // verdict banner goes here. The panel takes ownership; nullptr removes it.
    void setBanner(QWidget *banner);
    QWidget *banner() const { return m_banner; }

    // Nothing selected (or no data): a centred hint instead of a card.
    void showPlaceholder(const QString &text);
    // A hit was chosen and its details are on the way: keeps the old card for
    // a moment (details usually arrive within milliseconds), then says so.
    void showLoading(const SearchHit &hit);
    void showDetails(const SubscriberDetails &details, UnixTime now);
    // Recomputes every "as of ... ago" against `now`.
    void refreshAges(UnixTime now);

    std::optional<SearchHit> shownHit() const { return m_shownHit; }
    QList<DetailSection *> sections() const;
    // The header and every section as text, for tests and "copy everything".
    QString plainText() const;

signals:
    // An operator clicked another connection of the same customer.
    void pppoeUserActivated(const QString &pppoeUser);
    void detailsShown(const Beholder::SearchHit &hit);

private:
    void clearCard();
    void showCard(bool on);
    void buildHeader(const SubscriberDetails &details);
    DetailSection *addSection(const QString &title);

    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_bannerSlot;
    QWidget *m_banner = nullptr;
    QWidget *m_header;
    QLabel *m_techIcon;
    QLabel *m_name;
    QHBoxLayout *m_badges;
    QLabel *m_subtitle;
    QWidget *m_sectionsHost = nullptr;
    QVBoxLayout *m_sectionsSlot;
    QWidget *m_placeholderBox;
    QLabel *m_placeholder;
    QTimer m_loadingDelay;
    std::optional<SearchHit> m_pendingHit;
    std::optional<SearchHit> m_shownHit;
};

} // namespace Beholder
