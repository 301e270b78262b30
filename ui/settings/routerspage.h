// SPDX-License-Identifier: GPL-3.0-or-later
// The MikroTik routers of a profile in the settings dialog: a table of them,
// a form for the selected one (node, address, API or API-SSL, user, password,
// timeout) and its own "Test connection".
#pragma once

#include "sources/sourceconfig.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Beholder {

class ConnectionTestView;

class RoutersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutersPage)

public:
    explicit RoutersPage(QWidget *parent = nullptr);

    void setRouters(const QList<RouterConfig> &routers);
    // Including what the form holds for the selected router.
    QList<RouterConfig> routers();
    // Router password key -> typed value, only for passwords someone typed.
    QHash<QString, QString> typedSecrets();
    void setReadOnly(bool readOnly);
    // Testing signs in to the source with the profile's credentials: the right to sync. `why` is the refusal.
    void setTestAllowed(bool allowed, const QString &why);
    ConnectionTestView *testView() const { return m_test; }
    // As if "Test Connection" was pressed.
    void requestTest();

signals:
    void testRequested(const Beholder::RouterConfig &router, const QString &typedPassword);
    void changed();

private:
    void fillTable();
    void showRouter(int row);
    void storeForm();

    QList<RouterConfig> m_routers;
    QHash<qint64, QString> m_passwords; // node id -> typed password
    int m_current = -1;
    bool m_loading = false;
    QTableWidget *m_table = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_node = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_tls = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_testButton = nullptr;
    bool m_testAllowed = true;
    ConnectionTestView *m_test = nullptr;
};

} // namespace Beholder
