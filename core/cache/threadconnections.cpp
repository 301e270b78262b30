// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadconnections.h"

#include <QHash>
#include <QSqlDatabase>
#include <QThread>
#include <QThreadStorage>

#include <atomic>

namespace Beholder::ThreadConnections {

using namespace Qt::Literals::StringLiterals;

namespace {

std::atomic<quint64> nextOwner{1};

void drop(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// One thread's connections, by owner. QThreadStorage deletes it when the thread finishes, which closes them on
// the thread that owns them.
class Registry final
{
public:
    Registry() = default;
    Q_DISABLE_COPY_MOVE(Registry)
    ~Registry()
    {
        for (const QString &name : std::as_const(m_names))
            drop(name);
    }

    QHash<quint64, QString> m_names;
};

QThreadStorage<Registry *> &storage()
{
    static QThreadStorage<Registry *> threads;
    return threads;
}

Registry &currentRegistry()
{
    auto &threads = storage();
    if (!threads.hasLocalData())
        threads.setLocalData(new Registry);
    return *threads.localData();
}

} // namespace

quint64 newOwner()
{
    return nextOwner++;
}

QString uniqueName(const QString &prefix, quint64 owner)
{
    return u"%1-%2-%3"_s.arg(prefix).arg(owner).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QString find(quint64 owner)
{
    auto &threads = storage();
    return threads.hasLocalData() ? threads.localData()->m_names.value(owner) : QString();
}

void add(quint64 owner, const QString &name)
{
    currentRegistry().m_names.insert(owner, name);
}

void remove(quint64 owner)
{
    auto &threads = storage();
    if (!threads.hasLocalData())
        return;
    const QString name = threads.localData()->m_names.take(owner);
    if (!name.isEmpty())
        drop(name);
}

} // namespace Beholder::ThreadConnections
