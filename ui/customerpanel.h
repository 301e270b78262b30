// SPDX-License-Identifier: GPL-3.0-or-later
// The one-screen customer card (anchors.md must-have 1): CRM, service,
// router, fibre or wireless, tickets and alarms for one search hit, each
// section with the age of its data. While a diagnosis runs it also shows what
// the live sources said (the PPPoE session, the ONU or antenna now), each with
// who said it and when, "checking…" while they have not answered, and why
// when they failed. It only shows what it is given; loading the details off
// the GUI thread is the caller's job.
#pragma once

#include "customer/subscriberdetails.h"
#include "diagnosis/diagnosisreport.h"
#include "tone.h"

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
    // Between the header and the sections: the diagnosis (actions, findings,
    // outage, timeline). The panel takes ownership; nullptr removes it.
    void setDiagnosisView(QWidget *view);
    QWidget *diagnosisView() const { return m_diagnosisView; }

    // Nothing selected (or no data): a centred hint instead of a card.
    void showPlaceholder(const QString &text);
    // A hit was chosen and its details are on the way: keeps the old card for
    // a moment (details usually arrive within milliseconds), then says so.
    void showLoading(const SearchHit &hit);
    void showDetails(const SubscriberDetails &details, UnixTime now);
    // Recomputes every "as of ... ago" against `now`.
    void refreshAges(UnixTime now);

    // The live part of a diagnosis of the shown PPPoE user: its sections are
    // redrawn with the live values, keeping the scroll position. A report for
    // another user is kept until that user's details are shown; nullopt drops it.
    void setLiveReport(const std::optional<Diagnosis::DiagnosisReport> &report, UnixTime now);
    // The levels that colour optical power, RSSI and SNR (the profile's thresholds).
    void setToneLevels(const ToneLevels &levels);

    std::optional<SearchHit> shownHit() const { return m_shownHit; }
    // A hit's details were asked for (showLoading) and have not been shown yet.
    bool isLoading() const { return m_pendingHit.has_value(); }
    // The details on screen (the last showDetails()), if any.
    const std::optional<SubscriberDetails> &shownDetails() const { return m_details; }
    DetailSection *section(const QString &title) const;
    // Scrolls the card so that `widget` (one of its descendants) is in sight.
    void ensureVisible(QWidget *widget);
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
    void build(UnixTime now);
    void buildHeader(const SubscriberDetails &details);
    void addSessionSection(const SubscriberDetails &details, UnixTime now);
    DetailSection *addSection(const QString &title);
    // The live report when it is about the shown details' user.
    const Diagnosis::DiagnosisReport *live() const;

    QScrollArea *m_scroll;
    QWidget *m_content;
    QWidget *m_bannerHost;
    QVBoxLayout *m_bannerSlot;
    QWidget *m_banner = nullptr;
    QWidget *m_diagnosisHost;
    QVBoxLayout *m_diagnosisSlot;
    QWidget *m_diagnosisView = nullptr;
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
    std::optional<SubscriberDetails> m_details;
    std::optional<Diagnosis::DiagnosisReport> m_live;
    ToneLevels m_levels;
};

} // namespace Beholder
