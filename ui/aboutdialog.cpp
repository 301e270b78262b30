// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "icons.h"
#include "util/appinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

// cmake/Packaging.cmake passes the build type and the homepage from project();
// a build made another way still gets an about box.
#ifndef BEHOLDER_BUILD_TYPE
#define BEHOLDER_BUILD_TYPE ""
#endif
#ifndef BEHOLDER_HOMEPAGE
#define BEHOLDER_HOMEPAGE "https://github.com/beholder-isp/beholder"
#endif

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int iconSide = 64;
constexpr auto copiedFeedback = std::chrono::seconds(2);

QString buildType()
{
    const QString type = QString::fromLatin1(BEHOLDER_BUILD_TYPE);
    return type.isEmpty() ? u"unspecified"_s : type;
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_dataDirectory(dataDirectory)
{
    setWindowTitle(tr("About Beholder"));
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(iconSide, iconSide));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(u"Beholder"_s, this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);

    m_version = selectableLabel(tr("Version %1").arg(applicationVersion()), this);
    m_version->setObjectName(u"version"_s);
    auto *summary = new QLabel(tr("Find any customer in milliseconds and see in one screen what is wrong with "
                                  "their fibre or wireless service."),
                               this);
    summary->setWordWrap(true);

    auto *heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(m_version);
    heading->addWidget(summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    // The facts a bug report needs, selectable so they can be quoted.
    auto *facts = new QFormLayout;
    facts->addRow(tr("Qt:"),
                  selectableLabel(tr("%1 (built with %2), platform “%3”")
                                      .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR),
                                           QGuiApplication::platformName()),
                                  this));
    facts->addRow(tr("Build:"), selectableLabel(u"%1, %2"_s.arg(buildType(), QSysInfo::buildAbi()), this));
    auto *dataFolder = new QLabel(
        u"<a href=\"%1\">%2</a>"_s.arg(QUrl::fromLocalFile(dataDirectory).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                       QDir::toNativeSeparators(dataDirectory).toHtmlEscaped()),
        this);
    dataFolder->setObjectName(u"dataFolder"_s);
    dataFolder->setTextFormat(Qt::RichText);
    dataFolder->setOpenExternalLinks(true); // opens the folder in the file manager
    dataFolder->setTextInteractionFlags(Qt::TextBrowserInteraction);
    dataFolder->setWordWrap(true);
    dataFolder->setToolTip(tr("Profiles, caches, settings and logs are kept here; secrets are not."));
    facts->addRow(tr("Data folder:"), dataFolder);
    // The SPDX id with non-breaking hyphens (U+2011), so it never wraps in the middle.
    const QString spdx = u"GPL-3.0-or-later"_s.replace(u'-', QChar(0x2011));
    auto *license = new QLabel(
        tr("Free software under the <a href=\"%1\">GNU General Public License</a>, version 3 "
           "or later (%2). <a href=\"%3\">Source code and issues</a>.")
            .arg(u"https://www.gnu.org/licenses/gpl-3.0.html"_s, spdx, QString::fromLatin1(BEHOLDER_HOMEPAGE)),
        this);
    license->setTextFormat(Qt::RichText);
    license->setOpenExternalLinks(true);
    license->setWordWrap(true);
    facts->addRow(tr("Licence:"), license);

    // Component names and SPDX licence ids are names, not prose: they stay untranslated.
    struct Component
    {
        QString name;
        QString use;
        QString license;
    };
    const QList<Component> components{
        {u"Qt 6"_s, tr("windows, networking, the SQL cache, charts"), u"LGPL-3.0; Qt Charts: GPL-3.0"_s},
        {u"QtKeychain"_s, tr("secrets in the system keychain"), u"BSD-3-Clause"_s},
        {u"Net-SNMP"_s, tr("SNMP polling of OLTs"), u"BSD-style (Net-SNMP)"_s},
        {u"SQLite"_s, tr("the local cache and its search index"), tr("public domain")},
        {u"OpenSSL"_s, tr("TLS for HTTPS and the RouterOS API"), u"Apache-2.0"_s},
    };
    QString rows;
    for (const Component &component : components)
        rows += u"<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2&nbsp;&nbsp;</td><td>%3</td></tr>"_s.arg(
            component.name.toHtmlEscaped(), component.use.toHtmlEscaped(), component.license.toHtmlEscaped());
    auto *thirdParty = new QGroupBox(tr("Third-party components"), this);
    auto *componentsLabel = new QLabel(u"<table>"_s + rows + u"</table>"_s, thirdParty);
    componentsLabel->setTextFormat(Qt::RichText);
    componentsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *thirdPartyLayout = new QVBoxLayout(thirdParty);
    thirdPartyLayout->addWidget(componentsLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = buttons->addButton(tr("Copy Version Info"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(u"copyVersionInfo"_s);
    m_copyButton->setToolTip(tr("Copy the version, Qt, build, system and data folder, to paste in a bug report"));
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyVersionInfo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(facts);
    layout->addWidget(thirdParty);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::versionInfo() const
{
    // Untranslated on purpose: it is pasted into bug reports, which the maintainers read in English.
    return u"Beholder %1\n"
           "Qt: %2 (built with %3), platform %4\n"
           "Build: %5, %6\n"
           "System: %7, kernel %8\n"
           "Locale: %9\n"
           "Data folder: %10\n"_s.arg(applicationVersion(), QString::fromLatin1(qVersion()),
                                      QString::fromLatin1(QT_VERSION_STR), QGuiApplication::platformName(), buildType(),
                                      QSysInfo::buildAbi(), QSysInfo::prettyProductName(), QSysInfo::kernelVersion(),
                                      QLocale().name(), QDir::toNativeSeparators(m_dataDirectory));
}

void AboutDialog::copyVersionInfo()
{
    QGuiApplication::clipboard()->setText(versionInfo());
    // Say it worked where the user is looking; the label comes back after a moment.
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(copiedFeedback, m_copyButton,
                       [button = m_copyButton] { button->setText(AboutDialog::tr("Copy Version Info")); });
}

void showAboutDialog(QWidget *parent, const QString &dataDirectory)
{
    auto *dialog = new AboutDialog(dataDirectory, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Beholder
