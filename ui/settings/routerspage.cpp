// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/routerspage.h"

#include "settings/connectiontestview.h"
#include "sources/sourcevalidation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

RoutersPage::RoutersPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("MikroTik routers").toHtmlEscaped()), this));
    auto *note = new QLabel(tr("Each router that holds PPPoE secrets, reached over the RouterOS API (8728) or "
                               "API-SSL (8729). Its node is the CRM node it serves."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Node"), tr("Address"), tr("TLS"), tr("User")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMaximumHeight(8 * (m_table->fontMetrics().height() + 8));
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add Router"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_form);
    form->addRow(tr("Name:"), m_name);
    m_node = new QSpinBox(m_form);
    m_node->setRange(1, 999'999'999);
    form->addRow(tr("Node id:"), m_node);
    m_host = new QLineEdit(m_form);
    m_host->setPlaceholderText(u"10.0.0.1"_s);
    form->addRow(tr("Address:"), m_host);
    auto *portRow = new QHBoxLayout;
    m_port = new QSpinBox(m_form);
    m_port->setRange(1, 65535);
    m_tls = new QCheckBox(tr("API-SSL (TLS)"), m_form);
    portRow->addWidget(m_port);
    portRow->addWidget(m_tls);
    portRow->addStretch();
    form->addRow(tr("Port:"), portRow);
    m_user = new QLineEdit(m_form);
    form->addRow(tr("User:"), m_user);
    m_password = new QLineEdit(m_form);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain; type to replace"));
    form->addRow(tr("Password:"), m_password);
    m_timeout = new QSpinBox(m_form);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("Timeout per command:"), m_timeout);
    layout->addWidget(m_form);

    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_test = new ConnectionTestView(this);
    layout->addWidget(m_test, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_loading)
            return;
        storeForm();
        showRouter(row);
    });
    connect(m_add, &QPushButton::clicked, this, [this]() {
        storeForm();
        RouterConfig router;
        qint64 node = 1;
        for (const RouterConfig &r : std::as_const(m_routers))
            node = std::max(node, r.nodeId + 1);
        router.nodeId = node;
        router.name = tr("New router");
        m_routers << router;
        fillTable();
        m_table->setCurrentCell(int(m_routers.size()) - 1, 0);
        m_name->setFocus();
        m_name->selectAll();
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (m_current < 0 || m_current >= m_routers.size())
            return;
        m_passwords.remove(m_routers.at(m_current).nodeId);
        m_routers.removeAt(m_current);
        m_current = -1;
        fillTable();
        emit changed();
    });
    connect(m_tls, &QCheckBox::toggled, this, [this](bool tls) {
        if (m_loading)
            return;
        // Follow the usual ports unless someone chose another.
        if (tls && m_port->value() == 8728)
            m_port->setValue(8729);
        else if (!tls && m_port->value() == 8729)
            m_port->setValue(8728);
    });
    for (QLineEdit *edit : {m_name, m_host, m_user, m_password})
        connect(edit, &QLineEdit::editingFinished, this, [this]() {
            storeForm();
            fillTable();
        });
    connect(m_testButton, &QPushButton::clicked, this, &RoutersPage::requestTest);
    showRouter(-1);
}

void RoutersPage::setRouters(const QList<RouterConfig> &routers)
{
    m_routers = routers;
    m_passwords.clear();
    m_current = -1;
    fillTable();
    if (!m_routers.isEmpty())
        m_table->setCurrentCell(0, 0);
}

QList<RouterConfig> RoutersPage::routers()
{
    storeForm();
    return m_routers;
}

QHash<QString, QString> RoutersPage::typedSecrets()
{
    storeForm();
    QHash<QString, QString> typed;
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it) {
        if (!it.value().isEmpty())
            typed.insert(SecretKeys::routerPassword(it.key()), it.value());
    }
    return typed;
}

void RoutersPage::requestTest()
{
    storeForm();
    if (m_current >= 0 && m_current < m_routers.size())
        emit testRequested(m_routers.at(m_current), m_passwords.value(m_routers.at(m_current).nodeId));
}

void RoutersPage::setReadOnly(bool readOnly)
{
    m_form->setEnabled(!readOnly && m_current >= 0);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void RoutersPage::setTestAllowed(bool allowed, const QString &why)
{
    m_testAllowed = allowed;
    m_testButton->setToolTip(allowed ? QString() : why);
    m_testButton->setEnabled(m_testAllowed && m_current >= 0);
}

void RoutersPage::fillTable()
{
    m_loading = true;
    const int keep = m_current;
    m_table->setRowCount(int(m_routers.size()));
    for (int row = 0; row < m_routers.size(); ++row) {
        const RouterConfig &r = m_routers.at(row);
        const QStringList cells{r.name, QString::number(r.nodeId), u"%1:%2"_s.arg(r.host).arg(r.port),
                                r.tls ? tr("yes") : tr("no"), r.user};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_loading = false;
    if (keep >= 0 && keep < m_routers.size())
        m_table->setCurrentCell(keep, 0);
    else
        showRouter(-1);
}

void RoutersPage::showRouter(int row)
{
    m_loading = true;
    m_current = row >= 0 && row < m_routers.size() ? row : -1;
    const RouterConfig r = m_current >= 0 ? m_routers.at(m_current) : RouterConfig{};
    m_name->setText(r.name);
    m_node->setValue(int(std::max<qint64>(1, r.nodeId)));
    m_host->setText(r.host);
    m_port->setValue(r.port);
    m_tls->setChecked(r.tls);
    m_user->setText(r.user);
    m_password->setText(m_passwords.value(r.nodeId));
    m_timeout->setValue(std::max(1, r.timeoutMs / 1000));
    m_form->setEnabled(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
    m_testButton->setEnabled(m_testAllowed && m_current >= 0);
    m_test->clear();
    m_loading = false;
}

void RoutersPage::storeForm()
{
    if (m_loading || m_current < 0 || m_current >= m_routers.size())
        return;
    RouterConfig &r = m_routers[m_current];
    const RouterConfig before = r;
    const qint64 oldNode = r.nodeId;
    r.name = m_name->text().trimmed();
    r.nodeId = m_node->value();
    r.host = m_host->text().trimmed();
    r.port = m_port->value();
    r.tls = m_tls->isChecked();
    r.user = m_user->text().trimmed();
    r.timeoutMs = m_timeout->value() * 1000;
    const QString typed = m_password->text();
    m_passwords.remove(oldNode);
    if (!typed.isEmpty())
        m_passwords.insert(r.nodeId, typed);
    if (r.name != before.name || r.nodeId != before.nodeId || r.host != before.host || r.port != before.port
        || r.tls != before.tls || r.user != before.user || r.timeoutMs != before.timeoutMs || !typed.isEmpty())
        emit changed();
}

} // namespace Beholder
