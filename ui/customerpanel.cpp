// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerpanel.h"

#include "badge.h"
#include "detailsection.h"
#include "displayformat.h"
#include "icons.h"
#include "search/searchresultmodel.h"
#include "tone.h"
#include "util/textnormalize.h"
#include "util/timeformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int loadingDelayMilliseconds = 150;

// The oldest of several fetch times (0 = unknown, ignored).
std::optional<UnixTime> oldest(std::initializer_list<UnixTime> times)
{
    std::optional<UnixTime> result;
    for (const UnixTime t : times) {
        if (t > 0 && (!result || t < *result))
            result = t;
    }
    return result;
}

QString statusWord(const QString &status)
{
    return SearchResultModel::statusText(status);
}

// A row value made of a status badge and a muted remark after it.
QWidget *badgeWithRemark(const QString &badgeText, Tone tone, const QString &remark, Tone remarkTone = Tone::Muted)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(box->fontMetrics().averageCharWidth());
    layout->addWidget(new Badge(badgeText, tone, box));
    if (!remark.isEmpty()) {
        auto *label = new QLabel(remark, box);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        setLabelTone(label, remarkTone);
        layout->addWidget(label, 1);
    } else {
        layout->addStretch(1);
    }
    return box;
}

QString judged(const QString &value, const Judgement &judgement)
{
    return judgement.word.isEmpty() ? value : value + u"  ·  "_s + judgement.word;
}

Tone alarmTone(const QString &tone)
{
    if (tone == u"critical")
        return Tone::Critical;
    if (tone == u"major" || tone == u"minor" || tone == u"warning")
        return Tone::Warning;
    return Tone::Info;
}

bool isLosCause(const QString &cause)
{
    const QString folded = cause.toLower();
    return folded.contains(u"los"_s) || folded.contains(u"lob"_s);
}

bool isPowerCause(const QString &cause)
{
    const QString folded = cause.toLower();
    return folded.contains(u"dying"_s) || folded.contains(u"gasp"_s) || folded.contains(u"pwr"_s)
        || folded.contains(u"power"_s) || folded.contains(u"dgi"_s);
}

} // namespace

CustomerPanel::CustomerPanel(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_bannerHost(new QWidget(m_content))
    , m_bannerSlot(new QVBoxLayout(m_bannerHost))
    , m_diagnosisHost(new QWidget(m_content))
    , m_diagnosisSlot(new QVBoxLayout(m_diagnosisHost))
    , m_header(new QWidget(m_content))
    , m_techIcon(new QLabel(m_header))
    , m_name(new QLabel(m_header))
    , m_badges(new QHBoxLayout)
    , m_subtitle(new QLabel(m_header))
    , m_sectionsSlot(new QVBoxLayout)
    , m_placeholderBox(new QWidget(m_content))
    , m_placeholder(new QLabel(m_placeholderBox))
{
    setObjectName(u"customerPanel"_s);
    setAccessibleName(tr("Customer details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);
    m_content->setBackgroundRole(QPalette::Window);
    outer->addWidget(m_scroll);

    const int unit = fontMetrics().averageCharWidth();
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(unit * 2, unit * 3 / 2, unit * 2, unit * 2);
    layout->setSpacing(unit);
    m_bannerSlot->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bannerHost);

    // Header: technology icon, the name in large type, state badges; a subtitle with the identifiers.
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(unit / 2);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(unit);
    titleRow->addWidget(m_techIcon, 0, Qt::AlignVCenter);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(u"customerName"_s);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titleRow->addWidget(m_name, 1);
    m_badges->setSpacing(unit / 2);
    titleRow->addLayout(m_badges);
    headerLayout->addLayout(titleRow);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setLabelTone(m_subtitle, Tone::Muted);
    headerLayout->addWidget(m_subtitle);
    layout->addWidget(m_header);

    m_diagnosisSlot->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_diagnosisHost);

    m_sectionsSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_sectionsSlot);

    // The empty state: the Beholder eye, faded, over a hint.
    auto *placeholderLayout = new QVBoxLayout(m_placeholderBox);
    placeholderLayout->setContentsMargins(unit * 2, fontMetrics().height() * 6, unit * 2, 0);
    placeholderLayout->setSpacing(fontMetrics().height());
    auto *eye = new QLabel(m_placeholderBox);
    const int eyeSide = fontMetrics().height() * 5;
    eye->setPixmap(Icons::application().pixmap(QSize(eyeSide, eyeSide), devicePixelRatioF(), QIcon::Disabled));
    eye->setAlignment(Qt::AlignCenter);
    placeholderLayout->addWidget(eye);
    m_placeholder->setObjectName(u"customerPlaceholder"_s);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholder->setWordWrap(true);
    setLabelTone(m_placeholder, Tone::Muted);
    placeholderLayout->addWidget(m_placeholder);
    layout->addWidget(m_placeholderBox);
    layout->addStretch(1);

    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(loadingDelayMilliseconds);
    connect(&m_loadingDelay, &QTimer::timeout, this, [this] {
        if (!m_pendingHit)
            return;
        clearCard();
        const SearchHit hit = *m_pendingHit;
        m_name->setText(hit.name.isEmpty() ? hit.pppoeUser : hit.name);
        m_subtitle->setText(tr("Loading the details…"));
        m_techIcon->clear();
        showCard(true);
    });

    showPlaceholder(tr("Search for a customer, then pick a result to see everything about their service here.\n\n"
                       "Ctrl+K  search    ·    ↓  results    ·    Enter  open"));
}

void CustomerPanel::setBanner(QWidget *banner)
{
    if (m_banner == banner)
        return;
    delete m_banner;
    m_banner = banner;
    if (banner)
        m_bannerSlot->addWidget(banner);
}

void CustomerPanel::setDiagnosisView(QWidget *view)
{
    if (m_diagnosisView == view)
        return;
    delete m_diagnosisView;
    m_diagnosisView = view;
    if (view)
        m_diagnosisSlot->addWidget(view);
}

DetailSection *CustomerPanel::section(const QString &title) const
{
    const QList<DetailSection *> all = sections();
    for (DetailSection *candidate : all) {
        if (candidate->title() == title)
            return candidate;
    }
    return nullptr;
}

void CustomerPanel::ensureVisible(QWidget *widget)
{
    if (widget && m_content->isAncestorOf(widget))
        m_scroll->ensureWidgetVisible(widget, 0, fontMetrics().height());
}

void CustomerPanel::setToneLevels(const ToneLevels &levels)
{
    m_levels = levels;
}

const Diagnosis::DiagnosisReport *CustomerPanel::live() const
{
    if (!m_live || !m_details || m_details->pppoeUser.isEmpty())
        return nullptr;
    return m_live->pppoeUser.compare(m_details->pppoeUser, Qt::CaseInsensitive) == 0 ? &*m_live : nullptr;
}

void CustomerPanel::setLiveReport(const std::optional<Diagnosis::DiagnosisReport> &report, UnixTime now)
{
    const bool hadLive = live() != nullptr;
    m_live = report;
    if (!m_details || m_header->isHidden() || (!hadLive && !live()))
        return;
    // Redraw in place: the operator may be reading further down.
    const int scroll = m_scroll->verticalScrollBar()->value();
    build(now);
    m_scroll->verticalScrollBar()->setValue(scroll);
}

QList<DetailSection *> CustomerPanel::sections() const
{
    if (!m_sectionsHost)
        return {};
    return m_sectionsHost->findChildren<DetailSection *>(Qt::FindDirectChildrenOnly);
}

QString CustomerPanel::plainText() const
{
    QStringList parts;
    if (!m_header->isHidden()) {
        QStringList header{m_name->text()};
        const QList<Badge *> badges = m_header->findChildren<Badge *>();
        for (const Badge *badge : badges)
            header << badge->text();
        header << m_subtitle->text();
        parts << header.join(u'\n');
    } else {
        parts << m_placeholder->text();
    }
    const QList<DetailSection *> all = sections();
    for (const DetailSection *section : all)
        parts << section->plainText();
    return parts.join(u"\n\n"_s);
}

void CustomerPanel::showPlaceholder(const QString &text)
{
    m_loadingDelay.stop();
    m_pendingHit.reset();
    m_shownHit.reset();
    m_details.reset();
    clearCard();
    m_placeholder->setText(text);
    showCard(false);
}

void CustomerPanel::showLoading(const SearchHit &hit)
{
    m_pendingHit = hit;
    m_loadingDelay.start();
}

void CustomerPanel::clearCard()
{
    delete m_sectionsHost;
    m_sectionsHost = nullptr;
    while (QLayoutItem *item = m_badges->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void CustomerPanel::showCard(bool on)
{
    m_header->setVisible(on);
    m_placeholderBox->setVisible(!on);
    // The banner and the diagnosis show or hide themselves; the card only while it is up.
    m_bannerHost->setVisible(on);
    m_diagnosisHost->setVisible(on);
}

DetailSection *CustomerPanel::addSection(const QString &title)
{
    auto *section = new DetailSection(title, m_sectionsHost);
    m_sectionsHost->layout()->addWidget(section);
    return section;
}

void CustomerPanel::buildHeader(const SubscriberDetails &details)
{
    const SearchHit &hit = details.hit;
    QString name;
    if (details.customer)
        name = details.customer->value.name;
    if (name.isEmpty())
        name = hit.name;
    if (name.isEmpty())
        name = details.pppoeUser.isEmpty() ? hit.device : details.pppoeUser;
    m_name->setText(name);

    Technology technology = Technology::Fiber;
    bool technologyKnown = false;
    if (details.connection) {
        technology = details.connection->value.technology;
        technologyKnown = true;
    } else if (details.onu || details.subscriber) {
        technology = details.subscriber && !details.onu ? Technology::Wireless : Technology::Fiber;
        technologyKnown = true;
    }
    const int side = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) * 3 / 4;
    if (technologyKnown) {
        const QIcon icon = technology == Technology::Wireless ? Icons::wireless() : Icons::fiber();
        m_techIcon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatioF()));
        m_techIcon->setToolTip(DisplayFormat::technology(technology));
    } else {
        m_techIcon->clear();
    }

    if (details.customer) {
        const QString status = toString(details.customer->value.status);
        auto *badge = new Badge(statusWord(status), statusTone(status), m_header);
        badge->setObjectName(u"statusBadge"_s);
        badge->setToolTip(tr("CRM status: %1").arg(details.customer->value.statusRaw));
        m_badges->addWidget(badge);
    }
    if (details.isUnlinked() || (!details.customer && !details.secrets.isEmpty())) {
        auto *badge = new Badge(tr("Not in CRM"), Tone::Warning, m_header);
        badge->setObjectName(u"notInCrmBadge"_s);
        badge->setToolTip(tr("The PPPoE user exists on a router but no CRM connection names it"));
        m_badges->addWidget(badge);
    }
    if (details.crmAndRouterDisagree()) {
        auto *badge = new Badge(tr("CRM ≠ router"), Tone::Warning, m_header);
        badge->setObjectName(u"crmRouterBadge"_s);
        badge->setToolTip(tr("The CRM names another router than the one that holds the PPP secret"));
        m_badges->addWidget(badge);
    }

    QStringList facts;
    if (details.customer) {
        if (!details.customer->value.code.isEmpty())
            facts << tr("Customer %1").arg(details.customer->value.code);
        if (!details.customer->value.docNumber.isEmpty())
            facts << tr("DNI/CUIT %1").arg(details.customer->value.docNumber);
    }
    if (!details.pppoeUser.isEmpty())
        facts << tr("PPPoE %1").arg(details.pppoeUser);
    if (details.plan)
        facts << details.plan->value.name;
    else if (!hit.planName.isEmpty())
        facts << hit.planName;
    if (details.onu && !details.connection) {
        facts << tr("ONU %1").arg(details.onu->value.serial);
        facts << DisplayFormat::onuPosition(details.olt ? details.olt->value.name : QString(), details.onu->value);
    } else if (details.subscriber && !details.connection) {
        facts << tr("Antenna %1").arg(Text::formatMac(details.subscriber->value.mac));
        if (details.accessPoint)
            facts << details.accessPoint->value.name;
    }
    if (facts.isEmpty())
        facts << toString(hit.kind);
    m_subtitle->setText(facts.join(u"   ·   "_s));
}

void CustomerPanel::showDetails(const SubscriberDetails &details, UnixTime now)
{
    m_loadingDelay.stop();
    m_pendingHit.reset();
    m_shownHit = details.hit;
    m_details = details;
    build(now);
    m_scroll->verticalScrollBar()->setValue(0);
    emit detailsShown(details.hit);
}

void CustomerPanel::build(UnixTime now)
{
    const SubscriberDetails &details = *m_details;
    const Diagnosis::DiagnosisReport *report = live();
    const auto sourceOf = [report](const QString &id) -> const Diagnosis::SourceReport * {
        if (!report)
            return nullptr;
        for (const Diagnosis::SourceReport &source : report->sources) {
            if (source.id == id)
                return &source;
        }
        return nullptr;
    };
    // A live source that has not answered, or failed, says so in its section; the cached values stay.
    const auto markSource = [](DetailSection *s, const Diagnosis::SourceReport *source) {
        if (!source)
            return;
        const QString name = source->label.isEmpty() ? source->id : source->label;
        switch (source->state) {
        case Diagnosis::SourceState::Pending:
            s->setChecking(tr("checking %1…").arg(name));
            break;
        case Diagnosis::SourceState::Down:
            s->addNote(source->detail.isEmpty()
                           ? tr("%1 failed. The values below are from the cache.").arg(name)
                           : tr("%1 failed: %2. The values below are from the cache.").arg(name, source->detail),
                       Tone::Critical);
            break;
        case Diagnosis::SourceState::NoData:
            s->addNote(source->detail.isEmpty()
                           ? tr("%1 answered but knows nothing about this device; the values below are from the "
                                "cache.")
                                 .arg(name)
                           : tr("%1 answered without data (%2); the values below are from the cache.")
                                 .arg(name, source->detail),
                       Tone::Warning);
            break;
        case Diagnosis::SourceState::Ok:
        case Diagnosis::SourceState::NotConfigured:
        case Diagnosis::SourceState::Offline:
            break;
        }
    };

    setUpdatesEnabled(false);
    clearCard();
    m_sectionsHost = new QWidget(m_content);
    auto *sectionsLayout = new QVBoxLayout(m_sectionsHost);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    sectionsLayout->setSpacing(fontMetrics().averageCharWidth());
    m_sectionsSlot->addWidget(m_sectionsHost);
    buildHeader(details);

    // A device found on its own: say why it has no customer, and how to find one.
    const SearchDocKind kind = details.hit.kind;
    if ((kind == SearchDocKind::Onu || kind == SearchDocKind::Subscriber) && !details.connection && !details.customer
        && details.secrets.isEmpty()) {
        const QString text = kind == SearchDocKind::Onu
            ? tr("No CRM connection or PPP secret points to this ONU. If the customer's own router dials PPPoE "
                 "(a bridged ONU), search for the customer's name or address to find their connection.")
            : tr("No CRM connection or PPP secret points to this antenna. Search for the customer's name or "
                 "address to find their connection.");
        sectionsLayout->addWidget(new Callout(text, Tone::Info, m_sectionsHost));
    }

    if (!details.error.isEmpty()) {
        auto *problem = new Callout(
            tr("Part of the cache could not be read, so some sections may be missing: %1").arg(details.error),
            Tone::Critical, m_sectionsHost);
        sectionsLayout->addWidget(problem);
    }

    const QLocale locale;
    // The CRM connection's technology, when there is one.
    const bool fibreConnection = details.connection && details.connection->value.technology == Technology::Fiber;
    const bool wirelessConnection = details.connection && details.connection->value.technology == Technology::Wireless;

    // Customer (CRM).
    if (details.customer) {
        const Customer &c = details.customer->value;
        DetailSection *s = addSection(tr("Customer"));
        s->setFetchedAt(details.customer->fetchedAt);
        // The code and DNI/CUIT are in the header line above.
        s->addRow(tr("Phones"), c.phones.join(u",  "_s));
        if (!c.email.isEmpty())
            s->addRow(tr("E-mail"), c.email);
        s->addRow(tr("Address"), c.address);
        s->addRow(tr("Town"), c.town);
        const QString status = toString(c.status);
        QString remark;
        Tone remarkTone = Tone::Muted;
        if (c.debtCents > 0) {
            remark = tr("owes %1").arg(DisplayFormat::money(c.debtCents));
            remarkTone = c.status == CustomerStatus::Active ? Tone::Neutral : Tone::Warning;
        } else {
            remark = tr("no debt");
        }
        if (!c.statusRaw.isEmpty() && c.statusRaw != status)
            remark += tr("   (CRM: %1)").arg(c.statusRaw);
        s->addRow(tr("Status"), badgeWithRemark(statusWord(status), statusTone(status), remark, remarkTone));
        if (!c.startDate.isEmpty())
            s->addRow(tr("Customer since"), DisplayFormat::isoDate(c.startDate));
    }

    // Service (the CRM connection).
    if (details.connection) {
        const Connection &c = details.connection->value;
        DetailSection *s = addSection(tr("Service"));
        s->setFetchedAt(oldest({details.connection->fetchedAt, details.plan ? details.plan->fetchedAt : 0}));
        QLabel *user = s->addRow(tr("PPPoE user"), c.pppoeUser);
        QFont bold = user->font();
        bold.setBold(true);
        user->setFont(bold);
        s->addRow(tr("Technology"), DisplayFormat::technology(c.technology));
        if (details.plan) {
            const Plan &p = details.plan->value;
            s->addRow(tr("Plan"), p.name + u"    "_s + DisplayFormat::planSpeeds(p.downKbps, p.upKbps));
        } else {
            s->addRow(tr("Plan"), tr("not in the cache"), Tone::Muted);
        }
        s->addRow(tr("IP"), c.ip);
        const QString mac = Text::formatMac(c.mac);
        s->addRow(tr("MAC"), mac.isEmpty() ? c.mac : mac);
        if (!c.address.isEmpty() && (!details.customer || c.address != details.customer->value.address))
            s->addRow(tr("Service address"), c.address);
        if (!details.otherConnections.isEmpty()) {
            QStringList links;
            for (const Fetched<Connection> &other : details.otherConnections) {
                const Connection &o = other.value;
                QString text = u"<a href=\"pppoe:%1\">%2</a>"_s.arg(
                    QString::fromLatin1(QUrl::toPercentEncoding(o.pppoeUser)), o.pppoeUser.toHtmlEscaped());
                QStringList facts{DisplayFormat::technology(o.technology)};
                if (!o.ip.isEmpty())
                    facts << o.ip.toHtmlEscaped();
                text += u" &nbsp;("_s + facts.join(u", "_s) + u')';
                links << text;
            }
            auto *label = new QLabel(links.join(u"<br>"_s));
            label->setTextFormat(Qt::RichText);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextBrowserInteraction);
            label->setToolTip(tr("Open this connection"));
            connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
                if (link.startsWith(u"pppoe:"_s))
                    emit pppoeUserActivated(QUrl::fromPercentEncoding(link.mid(6).toLatin1()));
            });
            s->addRow(tr("Other services"), label);
        }
    } else if (details.customer) {
        DetailSection *s = addSection(tr("Service"));
        s->addNote(tr("This customer has no connection in the CRM."), Tone::Info);
    }

    // The PPPoE session as the router says it is now (diagnosis only).
    if (report)
        addSessionSection(details, now);

    // Router: the PPP secrets are the technical truth (ADR-005).
    if (!details.secrets.isEmpty() || !details.pppoeUser.isEmpty()) {
        DetailSection *s = addSection(tr("Router"));
        std::optional<UnixTime> fetched;
        for (const SecretOnRouter &secret : details.secrets) {
            if (secret.fetchedAt > 0 && (!fetched || secret.fetchedAt < *fetched))
                fetched = secret.fetchedAt;
        }
        s->setFetchedAt(fetched);
        QStringList routers;
        for (const SecretOnRouter &secret : details.secrets)
            routers << (secret.nodeName.isEmpty() ? tr("router %1").arg(secret.secret.nodeId) : secret.nodeName);
        const QString crmNode = details.crmNode ? details.crmNode->value.name : QString();
        if (details.isUnlinked() || (!details.customer && !details.secrets.isEmpty())) {
            s->addNote(tr("Not in CRM: the PPPoE user “%1” exists on %2, but no CRM connection names it. "
                          "Diagnose the line as usual, and have the CRM fixed.")
                           .arg(details.pppoeUser, routers.join(u", "_s)),
                       Tone::Warning);
        }
        if (details.crmAndRouterDisagree()) {
            s->addNote(tr("CRM and router disagree: the CRM says %1, but the PPP secret is on %2.")
                           .arg(crmNode.isEmpty() ? tr("another router") : crmNode, routers.join(u", "_s)),
                       Tone::Warning);
        }
        if (details.secrets.isEmpty()) {
            s->addNote(tr("No router holds a PPP secret for “%1”: the customer cannot connect with this user.")
                           .arg(details.pppoeUser),
                       Tone::Warning);
        } else if (details.secrets.size() > 1) {
            s->addNote(tr("The PPPoE user is configured on %n routers.", nullptr, int(details.secrets.size())),
                       Tone::Info);
        }
        // The CRM's node gets its own row only when it is not simply the one router that holds the secret.
        const bool crmAgrees = details.crmNode && details.secrets.size() == 1 && !details.crmAndRouterDisagree();
        if (details.crmNode && !crmAgrees)
            s->addRow(tr("CRM node"), crmNode);
        for (const SecretOnRouter &secret : details.secrets) {
            const PppSecret &p = secret.secret;
            if (details.secrets.size() > 1)
                s->addSubheading(secret.nodeName);
            else if (crmAgrees)
                s->addRow(tr("Router"), tr("%1   (as the CRM says)").arg(secret.nodeName));
            else
                s->addRow(tr("Router"), secret.nodeName);
            s->addRow(tr("Profile"), p.profile);
            const QString callerId = Text::formatMac(p.callerId);
            s->addRow(tr("Caller-ID"), callerId.isEmpty() ? p.callerId : callerId);
            if (!p.remoteAddress.isEmpty())
                s->addRow(tr("Remote address"), p.remoteAddress);
            if (p.disabled)
                s->addRow(tr("Secret"), tr("Disabled on the router"), Tone::Critical);
            else
                s->addRow(tr("Secret"), tr("Enabled"));
            if (!p.comment.isEmpty())
                s->addRow(tr("Comment"), p.comment);
            if (!p.lastLoggedOut.isEmpty())
                s->addRow(tr("Last logged out"), p.lastLoggedOut);
        }
    }

    // Fibre: the ONU and its OLT; its state and optics as SmartOLT says now, when it answered.
    const Diagnosis::SourceReport *smartOlt = sourceOf(u"smartolt"_s);
    const bool liveOnu = report && report->liveOnu && smartOlt && smartOlt->state == Diagnosis::SourceState::Ok;
    if (details.onu || liveOnu) {
        Onu o = details.onu ? details.onu->value : *report->liveOnu;
        if (liveOnu) {
            const Onu &fresh = *report->liveOnu;
            o.status = fresh.status;
            o.lastStatusChange = fresh.lastStatusChange;
            o.lastDownCause = fresh.lastDownCause;
            o.rxPowerDbm = fresh.rxPowerDbm;
            o.oltRxPowerDbm = fresh.oltRxPowerDbm;
            if (fresh.distanceM)
                o.distanceM = fresh.distanceM;
            if (o.serial.isEmpty())
                o.serial = fresh.serial;
            if (o.model.isEmpty())
                o.model = fresh.model;
        }
        DetailSection *s = addSection(tr("Fibre"));
        s->setIcon(Icons::fiber());
        if (liveOnu) {
            s->setFetchedAt(smartOlt->at > 0 ? smartOlt->at : now);
            s->setLiveSource(smartOlt->label.isEmpty() ? tr("SmartOLT") : smartOlt->label);
        } else {
            s->setFetchedAt(oldest({details.onu->fetchedAt, details.olt ? details.olt->fetchedAt : 0}));
            markSource(s, smartOlt);
        }
        const QString oltName = details.olt ? details.olt->value.name : QString();
        QLabel *serial = s->addRow(tr("ONU serial"), o.serial);
        QFont bold = serial->font();
        bold.setBold(true);
        serial->setFont(bold);
        if (!o.model.isEmpty())
            s->addRow(tr("ONU model"), o.model);
        if (!o.name.isEmpty())
            s->addRow(tr("ONU name"), o.name);
        if (details.olt) {
            const Olt &t = details.olt->value;
            QStringList make{DisplayFormat::vendor(t.vendor), t.model};
            make.removeAll(QString());
            s->addRow(tr("OLT"), make.isEmpty() ? t.name : t.name + u"  ·  "_s + make.join(u' '));
        }
        s->addRow(tr("Position"), DisplayFormat::onuPosition(oltName, o), Tone::Neutral,
                  tr("OLT frame/board/port:ONU index"));
        const QString status = toString(o.status);
        const QString since
            = o.lastStatusChange ? tr("changed %1").arg(TimeFormat::age(*o.lastStatusChange, now)) : QString();
        s->addRow(tr("Status"), badgeWithRemark(statusWord(status), statusTone(status), since));
        if (!o.lastDownCause.isEmpty()) {
            const Tone tone = isLosCause(o.lastDownCause)
                ? Tone::Critical
                : (isPowerCause(o.lastDownCause) ? Tone::Warning : Tone::Neutral);
            s->addRow(tr("Last down cause"), o.lastDownCause, tone);
        }
        const bool offline = o.status != OnuStatus::Online;
        const auto power = [&](const QString &key, const std::optional<double> &dbm) {
            if (dbm) {
                const Judgement judgement = judgeOpticalPower(*dbm, m_levels);
                s->addRow(
                    key, judged(DisplayFormat::decibels(*dbm, u"dBm"_s), judgement), judgement.tone,
                    tr("ok from %1 to %2 dBm; weak to %3 dBm; below that, or above %1 dBm, a technician is needed")
                        .arg(m_levels.opticalOverloadDbm)
                        .arg(m_levels.opticalWarningDbm)
                        .arg(m_levels.opticalCriticalDbm));
            } else {
                s->addRow(key, offline ? tr("no reading (ONU offline)") : tr("no reading"), Tone::Muted);
            }
        };
        power(tr("ONU Rx"), o.rxPowerDbm);
        power(tr("OLT Rx"), o.oltRxPowerDbm);
        if (o.distanceM)
            s->addRow(tr("Distance"), DisplayFormat::meters(*o.distanceM));
    } else if (fibreConnection) {
        DetailSection *s = addSection(tr("Fibre"));
        s->setIcon(Icons::fiber());
        markSource(s, smartOlt);
        s->addNote(tr("No ONU in the cache is configured with the PPPoE user “%1”.").arg(details.pppoeUser),
                   Tone::Warning);
    }

    // Wireless: the subscriber module and its access point; its link as cnMaestro says now, when it answered.
    const Diagnosis::SourceReport *cnMaestro = sourceOf(u"cnmaestro"_s);
    const bool liveSm = report && report->liveSubscriber && cnMaestro && cnMaestro->state == Diagnosis::SourceState::Ok;
    if (details.subscriber || liveSm) {
        WirelessSubscriber w = details.subscriber ? details.subscriber->value : *report->liveSubscriber;
        if (liveSm) {
            const WirelessSubscriber &fresh = *report->liveSubscriber;
            w.online = fresh.online;
            w.statusSeconds = fresh.statusSeconds;
            w.dlRssiDbm = fresh.dlRssiDbm;
            w.ulRssiDbm = fresh.ulRssiDbm;
            w.dlSnrDb = fresh.dlSnrDb;
            w.ulSnrDb = fresh.ulSnrDb;
            if (fresh.distanceKm)
                w.distanceKm = fresh.distanceKm;
            if (!fresh.ip.isEmpty())
                w.ip = fresh.ip;
        }
        DetailSection *s = addSection(tr("Wireless"));
        s->setIcon(Icons::wireless());
        if (liveSm) {
            s->setFetchedAt(cnMaestro->at > 0 ? cnMaestro->at : now);
            s->setLiveSource(cnMaestro->label.isEmpty() ? tr("cnMaestro") : cnMaestro->label);
        } else {
            s->setFetchedAt(
                oldest({details.subscriber->fetchedAt, details.accessPoint ? details.accessPoint->fetchedAt : 0}));
            markSource(s, cnMaestro);
        }
        if (!w.name.isEmpty())
            s->addRow(tr("Antenna"), w.name);
        QLabel *mac = s->addRow(tr("MAC"), Text::formatMac(w.mac).isEmpty() ? w.mac : Text::formatMac(w.mac));
        QFont bold = mac->font();
        bold.setBold(true);
        mac->setFont(bold);
        if (!w.product.isEmpty())
            s->addRow(tr("Product"), w.product);
        if (!w.ip.isEmpty())
            s->addRow(tr("IP"), w.ip);
        const QString duration = w.statusSeconds ? TimeFormat::age(now - *w.statusSeconds, now) : QString();
        s->addRow(tr("Status"),
                  badgeWithRemark(w.online ? tr("Online") : tr("Offline"), w.online ? Tone::Ok : Tone::Critical,
                                  duration.isEmpty() ? QString() : tr("changed %1").arg(duration)));
        if (details.accessPoint) {
            const AccessPoint &a = details.accessPoint->value;
            QStringList name{a.name};
            if (!a.product.isEmpty())
                name << a.product;
            s->addRow(tr("Access point"),
                      badgeWithRemark(a.online ? tr("Online") : tr("Offline"), a.online ? Tone::Ok : Tone::Critical,
                                      name.join(u"  ·  "_s), Tone::Neutral));
            if (!a.tower.isEmpty())
                s->addRow(tr("Tower"), a.tower);
            if (a.connectedSms > 0)
                s->addRow(tr("Antennas on the AP"), locale.toString(a.connectedSms));
        } else if (!w.apMac.isEmpty()) {
            s->addRow(tr("Access point"), tr("%1 (not in the cache)").arg(w.apMac), Tone::Muted);
        }
        const auto rssi = [&](const QString &key, const std::optional<double> &value) {
            if (!value)
                return;
            const Judgement judgement = judgeRssi(*value, m_levels);
            s->addRow(key, judged(DisplayFormat::decibels(*value, u"dBm"_s), judgement), judgement.tone,
                      tr("ok down to %1 dBm; weak down to %2 dBm")
                          .arg(m_levels.rssiWarningDbm)
                          .arg(m_levels.rssiCriticalDbm));
        };
        const auto snr = [&](const QString &key, const std::optional<double> &value) {
            if (!value)
                return;
            const Judgement judgement = judgeSnr(*value, m_levels);
            s->addRow(key, judged(DisplayFormat::decibels(*value, u"dB"_s), judgement), judgement.tone,
                      tr("ok from %1 dB; weak down to %2 dB").arg(m_levels.snrWarningDb).arg(m_levels.snrCriticalDb));
        };
        rssi(tr("RSSI down"), w.dlRssiDbm);
        rssi(tr("RSSI up"), w.ulRssiDbm);
        snr(tr("SNR down"), w.dlSnrDb);
        snr(tr("SNR up"), w.ulSnrDb);
        if (!w.dlRssiDbm && !w.ulRssiDbm && !w.dlSnrDb && !w.ulSnrDb)
            s->addRow(tr("Signal"), w.online ? tr("no reading") : tr("no reading (antenna offline)"), Tone::Muted);
        if (w.distanceKm)
            s->addRow(tr("Distance"), DisplayFormat::kilometers(*w.distanceKm));
    } else if (wirelessConnection) {
        DetailSection *s = addSection(tr("Wireless"));
        s->setIcon(Icons::wireless());
        markSource(s, cnMaestro);
        s->addNote(tr("No antenna in the cache matches this connection's MAC or PPPoE user."), Tone::Warning);
    }

    // Open tickets of the customer.
    if (details.customer) {
        DetailSection *s = addSection(tr("Tickets"));
        std::optional<UnixTime> fetched;
        for (const Fetched<Ticket> &ticket : details.openTickets) {
            if (ticket.fetchedAt > 0 && (!fetched || ticket.fetchedAt < *fetched))
                fetched = ticket.fetchedAt;
        }
        s->setFetchedAt(fetched);
        if (details.openTickets.isEmpty())
            s->addText(tr("No open tickets"));
        for (const Fetched<Ticket> &fetchedTicket : details.openTickets) {
            const Ticket &t = fetchedTicket.value;
            QStringList facts;
            if (!t.status.isEmpty())
                facts << t.status;
            if (!t.priority.isEmpty())
                facts << t.priority;
            if (t.createdAt)
                facts << tr("opened %1").arg(TimeFormat::age(*t.createdAt, now));
            if (!t.source.isEmpty())
                facts << t.source;
            QString text = t.subject.isEmpty() ? tr("(no subject)") : t.subject;
            if (!facts.isEmpty())
                text += u"  ·  "_s + facts.join(u"  ·  "_s);
            s->addRow(u"#"_s + t.externalId, text);
        }
    }

    // Active alarms on the customer's devices.
    if (!details.activeAlarms.isEmpty()) {
        DetailSection *s = addSection(tr("Alarms"));
        std::optional<UnixTime> fetched;
        for (const Fetched<Alarm> &alarm : details.activeAlarms) {
            if (alarm.fetchedAt > 0 && (!fetched || alarm.fetchedAt < *fetched))
                fetched = alarm.fetchedAt;
        }
        s->setFetchedAt(fetched);
        for (const Fetched<Alarm> &fetchedAlarm : details.activeAlarms) {
            const Alarm &a = fetchedAlarm.value;
            QStringList facts;
            if (!a.deviceName.isEmpty())
                facts << a.deviceName;
            if (a.raisedAt)
                facts << tr("raised %1").arg(TimeFormat::age(*a.raisedAt, now));
            if (!a.source.isEmpty())
                facts << a.source;
            QString text = a.message.isEmpty() ? a.name : a.name + u": "_s + a.message;
            if (!facts.isEmpty())
                text += u"  ·  "_s + facts.join(u"  ·  "_s);
            const Tone tone = alarmTone(a.severity);
            s->addRow(a.severity.isEmpty() ? tr("alarm") : a.severity, text, tone);
        }
    }

    if (!details.customer && !details.connection && details.secrets.isEmpty() && !details.onu && !details.subscriber
        && details.error.isEmpty()) {
        auto *gone = new Callout(tr("The cache has nothing more about this result: it may have been removed by the "
                                    "last sync. Search again."),
                                 Tone::Info, m_sectionsHost);
        sectionsLayout->addWidget(gone);
    }

    // One key column for the whole card, so that every section's values line up.
    const QList<DetailSection *> built = sections();
    int keyWidth = 0;
    for (const DetailSection *section : built)
        keyWidth = qMax(keyWidth, section->keyColumnWidth());
    for (DetailSection *section : built)
        section->setKeyColumnWidth(keyWidth);

    refreshAges(now);
    showCard(true);
    setUpdatesEnabled(true);
}

void CustomerPanel::addSessionSection(const SubscriberDetails &details, UnixTime now)
{
    const Diagnosis::DiagnosisReport &report = *live();
    const Diagnosis::SourceReport *router = nullptr;
    for (const Diagnosis::SourceReport &source : report.sources) {
        if (source.id == u"router")
            router = &source;
    }
    DetailSection *s = addSection(tr("PPPoE session"));
    QString routerName = router && !router->label.isEmpty() ? router->label : QString();
    if (report.session && !report.session->routerName.isEmpty())
        routerName = report.session->routerName;
    if (routerName.isEmpty())
        routerName = details.secrets.isEmpty() ? tr("the router") : details.secrets.constFirst().nodeName;

    if (report.session) {
        const Diagnosis::LiveSession &session = *report.session;
        const UnixTime at = session.at > 0 ? session.at : (router && router->at > 0 ? router->at : now);
        s->setFetchedAt(at);
        s->setLiveSource(routerName);
        if (session.up) {
            const QString since = session.uptimeSeconds > 0
                ? tr("for %1, since %2")
                      .arg(DisplayFormat::duration(session.uptimeSeconds),
                           DisplayFormat::clockTime(at - session.uptimeSeconds, now))
                : QString();
            s->addRow(tr("State"), badgeWithRemark(tr("Up"), Tone::Ok, since));
            if (!session.address.isEmpty())
                s->addRow(tr("Address"), session.address);
            if (!session.callerId.isEmpty()) {
                const QString mac = Text::formatMac(session.callerId);
                s->addRow(tr("Caller-ID"), mac.isEmpty() ? session.callerId : mac, Tone::Neutral,
                          tr("The MAC address of the customer's router, as the PPPoE server sees it"));
            }
        } else {
            s->addRow(tr("State"),
                      badgeWithRemark(tr("Down"), Tone::Critical,
                                      tr("no PPPoE session of “%1” on %2").arg(report.pppoeUser, routerName)));
            for (const SecretOnRouter &secret : details.secrets) {
                if (!secret.secret.lastLoggedOut.isEmpty()) {
                    s->addRow(tr("Last logged out"), secret.secret.lastLoggedOut);
                    break;
                }
            }
        }
    } else if (router) {
        switch (router->state) {
        case Diagnosis::SourceState::Pending:
            s->setChecking(tr("checking %1…").arg(routerName));
            s->addText(tr("Asking %1 whether “%2” is connected…").arg(routerName, report.pppoeUser));
            break;
        case Diagnosis::SourceState::Down:
            s->addNote(router->detail.isEmpty() ? tr("%1 failed: the session is unknown.").arg(routerName)
                                                : tr("%1 failed: %2").arg(routerName, router->detail),
                       Tone::Critical);
            s->addRow(tr("State"), tr("unknown: the router did not answer"), Tone::Muted);
            break;
        case Diagnosis::SourceState::NoData:
            s->addText(router->detail.isEmpty()
                           ? tr("%1 answered but knows nothing about “%2”.").arg(routerName, report.pppoeUser)
                           : tr("%1 answered without data: %2").arg(routerName, router->detail));
            break;
        case Diagnosis::SourceState::NotConfigured:
            s->addText(router->detail.isEmpty() ? tr("The session is not checked: no router of this profile is "
                                                     "asked about “%1”.")
                                                      .arg(report.pppoeUser)
                                                : tr("The session is not checked: %1.").arg(router->detail));
            break;
        case Diagnosis::SourceState::Offline:
            s->addText(tr("Offline: the session cannot be checked now."));
            break;
        case Diagnosis::SourceState::Ok:
            s->addText(tr("%1 answered without a session record.").arg(routerName));
            break;
        }
    } else {
        s->addText(tr("No router is asked about this user."));
    }

    // How often the session restarted, when the router's log or uptime says so.
    const Triage::Fact *starts1h = report.facts.fact(u"session.starts_1h"_s);
    const Triage::Fact *starts24h = report.facts.fact(u"session.starts_24h"_s);
    if (starts1h || starts24h) {
        QStringList parts;
        if (starts1h)
            parts << tr("%n in the last hour", nullptr, starts1h->value.toInt());
        if (starts24h)
            parts << tr("%n in 24 h", nullptr, starts24h->value.toInt());
        const Triage::Fact *fact = starts1h ? starts1h : starts24h;
        const Tone tone
            = starts1h && starts1h->value.toDouble() >= m_levels.flapStarts1h ? Tone::Warning : Tone::Neutral;
        QString source = DisplayFormat::sourceName(fact->source);
        if (fact->source == u"router")
            source = routerName;
        else if (fact->source == u"cache")
            source = tr("cache");
        s->addSourcedRow(tr("Session starts"), parts.join(u", "_s), source, fact->at > 0 ? fact->at : now, tone);
    }

    if (report.traffic) {
        const Diagnosis::TrafficSnapshot &t = *report.traffic;
        QString text = tr("↓ %1   ↑ %2").arg(DisplayFormat::megabits(t.downMbps), DisplayFormat::megabits(t.upMbps));
        Tone tone = Tone::Neutral;
        const Triage::Fact *load = report.facts.fact(u"traffic.load_pct"_s);
        if (load) {
            const double pct = load->value.toDouble();
            text += tr("   ·   %1 % of the plan").arg(QLocale().toString(pct, 'f', 0));
            if (pct >= m_levels.saturationPct)
                tone = Tone::Warning;
        }
        s->addSourcedRow(tr("Traffic now"), text, routerName, t.at > 0 ? t.at : now, tone);
    }
}

void CustomerPanel::refreshAges(UnixTime now)
{
    const QList<DetailSection *> all = sections();
    for (DetailSection *section : all)
        section->refreshAge(now);
}

} // namespace Beholder
