// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotdriver.h"

#include "customerpanel.h"
#include "mainwindow.h"
#include "resultsview.h"
#include "search/searchquery.h"
#include "searchfield.h"
#include "uilogging.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {
// Lets the last layout pass and paint settle before the picture is taken.
constexpr int settleMilliseconds = 500;
} // namespace

ScreenshotDriver::ScreenshotDriver(MainWindow *window, const ScreenshotRequest &request, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_request(request)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(request.timeoutSeconds * 1000);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(u"timed out waiting for the window"_s); });
}

void ScreenshotDriver::start()
{
    m_timeout.start();
    if (m_request.grabAfterMilliseconds > 0) {
        QTimer::singleShot(m_request.grabAfterMilliseconds, this, &ScreenshotDriver::grab);
        return;
    }
    connect(m_window, &MainWindow::resultsShown, this, [this](const SearchResults &results) {
        if (m_typed && !m_selected && results.query == SearchQuery::parse(m_request.query).text())
            selectRow();
    });
    connect(m_window->customerPanel(), &CustomerPanel::detailsShown, this, [this] {
        if (m_selected)
            grabSoon();
    });
    if (m_window->isDataReady())
        typeQuery();
    else
        connect(m_window, &MainWindow::dataReady, this, &ScreenshotDriver::typeQuery, Qt::SingleShotConnection);
}

void ScreenshotDriver::typeQuery()
{
    if (m_request.query.isEmpty()) {
        grabSoon();
        return;
    }
    m_typed = true;
    SearchField *field = m_window->searchField();
    field->setFocus(Qt::OtherFocusReason);
    field->setText(m_request.query);
    field->flush();
}

void ScreenshotDriver::selectRow()
{
    ResultsView *results = m_window->resultsView();
    if (results->rowCountShown() == 0) {
        fail(u"no results for \"%1\""_s.arg(m_request.query));
        return;
    }
    int row = qBound(0, m_request.row, results->rowCountShown() - 1);
    if (!m_request.pppoeUser.isEmpty()) {
        row = -1;
        for (int candidate = 0; candidate < results->rowCountShown() && row < 0; ++candidate) {
            const auto hit = results->hitAt(candidate);
            if (hit && hit->pppoeUser.compare(m_request.pppoeUser, Qt::CaseInsensitive) == 0)
                row = candidate;
        }
        if (row < 0) {
            fail(u"no result row has the PPPoE user \"%1\""_s.arg(m_request.pppoeUser));
            return;
        }
    }
    m_selected = true;
    results->setFocus(Qt::OtherFocusReason);
    results->selectRow(row);
}

void ScreenshotDriver::grabSoon()
{
    QTimer::singleShot(settleMilliseconds, this, &ScreenshotDriver::grab);
}

void ScreenshotDriver::grab()
{
    if (m_done || !m_window)
        return;
    m_done = true;
    m_timeout.stop();
    const QPixmap picture = m_window->grab();
    QDir().mkpath(QFileInfo(m_request.file).absolutePath());
    if (picture.isNull() || !picture.save(m_request.file, "PNG")) {
        m_done = false;
        fail(u"cannot write %1"_s.arg(m_request.file));
        return;
    }
    qCInfo(lcUi).noquote() << "screenshot saved to" << m_request.file;
    emit finished(true, m_request.file);
}

void ScreenshotDriver::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    emit finished(false, message);
}

} // namespace Beholder
