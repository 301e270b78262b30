// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/tlspage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Beholder {

TlsExceptionsPage::TlsExceptionsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("TLS exceptions").toHtmlEscaped()), this));
    auto *note = new QLabel(tr("Certificates are verified for every source and router. A host listed here is "
                               "accepted although its certificate does not verify (a self-signed on-premises "
                               "cnMaestro, a router's own certificate), but only with exactly the certificate "
                               "shown: any other is refused. Add one with “Test Connection” on the source's page."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Host"), tr("Port"), tr("Certificate"), tr("Expires"), tr("SHA-256")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_remove = new QPushButton(tr("&Remove Exception"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_remove);
    row->addStretch();
    layout->addLayout(row);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this]() { m_remove->setEnabled(!m_readOnly && m_list->currentItem()); });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        m_exceptions.remove(item->data(0, Qt::UserRole).toString(), quint16(item->data(1, Qt::UserRole).toUInt()));
        fill();
        emit changed();
    });
    fill();
}

void TlsExceptionsPage::setExceptions(const TlsExceptionList &exceptions)
{
    m_exceptions = exceptions;
    fill();
}

void TlsExceptionsPage::add(const TlsException &exception)
{
    m_exceptions.add(exception);
    fill();
    emit changed();
}

void TlsExceptionsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_remove->setEnabled(!readOnly && m_list->currentItem());
}

void TlsExceptionsPage::fill()
{
    m_list->clear();
    const QLocale locale;
    for (const TlsException &e : m_exceptions.items()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, e.host);
        item->setData(0, Qt::UserRole, e.host);
        item->setText(1, e.port == 0 ? tr("any") : QString::number(e.port));
        item->setData(1, Qt::UserRole, e.port);
        item->setText(2, e.subject);
        item->setText(
            3, e.expires.isValid() ? locale.toString(e.expires.toLocalTime().date(), QLocale::ShortFormat) : QString());
        item->setText(4, formatFingerprint(e.sha256));
        item->setToolTip(4, formatFingerprint(e.sha256));
    }
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);
    m_remove->setEnabled(!m_readOnly && m_list->currentItem());
}

} // namespace Beholder
