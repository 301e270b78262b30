// SPDX-License-Identifier: GPL-3.0-or-later
// The profile's TLS exceptions: each host whose certificate is trusted
// although it does not verify, pinned to that one certificate. Listed with
// fingerprint and expiry, removable; added from a failed connection test.
#pragma once

#include "net/tlsexception.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace Beholder {

class TlsExceptionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsExceptionsPage)

public:
    explicit TlsExceptionsPage(QWidget *parent = nullptr);

    void setExceptions(const TlsExceptionList &exceptions);
    const TlsExceptionList &exceptions() const { return m_exceptions; }
    void add(const TlsException &exception);
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    void fill();

    TlsExceptionList m_exceptions;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_readOnly = false;
};

} // namespace Beholder
