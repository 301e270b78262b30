// SPDX-License-Identifier: GPL-3.0-or-later
// Tools ▸ Audit Log (issue 6): the profile's append-only audit log, newest
// first, filtered by date range, user, action, outcome and free text. The
// filters run in SQL (AuditLog::query) and rows arrive a page at a time as
// the table scrolls, so a log of 100,000 rows is never loaded at once, and
// paging is stable while rows are being added (the first page freezes the
// upper time bound; a row seen twice is kept once). "Export CSV…" writes the
// rows the filters select, on the worker, and audits the export.
//
// Reading the log needs ViewAudit: the worker asks core (authorize()) before
// the first query; a refusal is audited there and shown in place of the
// table. Everything that touches the cache runs on the window's one-thread
// worker with its own connection, like the SNMP admin screens.
#pragma once

#include "access/auditlog.h"
#include "access/principal.h"
#include "profile/profile.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace Beholder {

class CacheDatabase;
class TaskRunner;

// Audit rows as a table that asks for more as the view scrolls (canFetchMore / fetchMore).
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column {
        TimeColumn,
        UserColumn,
        RoleColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        DetailsColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Empties the table for a new filter; `more` says whether rows may follow.
    void clear(bool more);
    // Appends a page, skipping rows already shown; `more` false once the log is exhausted.
    void appendPage(const QList<Access::AuditEntry> &entries, bool more);
    // The page asked for by fetchMore() was not read (an error): fetchMore() may ask again.
    void fetchFailed() { m_fetching = false; }
    const QList<Access::AuditEntry> &entries() const { return m_entries; }
    Access::AuditEntry entryAt(int row) const { return m_entries.value(row); }
    bool hasMore() const { return m_more; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The view reached the end: the window reads the page at `offset`.
    void fetchRequested(int offset);

private:
    QList<Access::AuditEntry> m_entries;
    QSet<qint64> m_ids;
    int m_offset = 0; // rows read from the log so far, duplicates included: the next page's offset
    bool m_more = false;
    bool m_fetching = false;
};

class AuditLogWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogWindow)

public:
    static constexpr int pageSize = 200;

    // `profile`: whose log (its cache file is opened on the worker). `principal`: who reads; needs ViewAudit.
    AuditLogWindow(const Profile &profile, const Access::Principal &principal, QWidget *parent = nullptr);
    // Cancels queued reads and waits for the one running (an export runs to its end).
    ~AuditLogWindow() override;

    // The filter the widgets say (without paging).
    Access::AuditFilter filter() const;
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *userField() const { return m_user; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    QLineEdit *textField() const { return m_text; }

    bool isLoading() const { return m_loading > 0; }
    bool isRefused() const { return m_refused; }
    // Rows the filters select in the whole log (not only those loaded); -1 before the first answer.
    qint64 totalCount() const { return m_total; }
    // The refusal, the error or the last result shown in the status bar.
    QString message() const { return m_lastMessage; }

public slots:
    // Reads the first page again with the filters as they are (F5; the filters call it themselves).
    void reload();
    void resetFilters();
    // Writes the rows the filters select to `fileName` as CSV; ends with exported().
    void exportCsv(const QString &fileName);
    // Export CSV…: asks where, then exportCsv().
    void promptExport();

signals:
    // A page arrived (the first after reload(), or one more).
    void loaded();
    void exported(bool ok, const QString &message);
    void refused(const QString &message);

private:
    void createFilters(QWidget *parent, QHBoxLayout *row);
    void loadPage(int offset);
    void showRefusal(const QString &message);
    void showStatus(const QString &message, bool error = false);
    void updateCount();
    void setLoading(int delta);

    Profile m_profile;
    Access::Principal m_principal;
    std::shared_ptr<CacheDatabase> m_cache;
    std::unique_ptr<TaskRunner> m_runner;
    AuditLogModel *m_model;
    Access::AuditFilter m_current; // the filter of the rows shown, with its frozen upper bound
    quint64 m_generation = 0;      // bumped by reload(): late pages of an older filter are dropped
    qint64 m_total = -1;
    int m_loading = 0;
    bool m_refused = false;
    bool m_checked = false; // ViewAudit was granted once for this window
    QString m_lastMessage;
    QTimer m_typingDelay;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_refreshAction = nullptr;
};

} // namespace Beholder
