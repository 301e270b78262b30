// SPDX-License-Identifier: GPL-3.0-or-later
#include "readsecrets.h"

#include <QTimer>

#include <memory>

namespace Beholder {

namespace {

struct Batch
{
    QPointer<CredentialStore> store;
    QStringList keys;
    qsizetype next = 0;
    bool hasContext = false;
    QPointer<const QObject> context;
    SecretsResult result;
    std::function<void(const SecretsResult &)> done;
};

void readNext(const std::shared_ptr<Batch> &batch)
{
    if (!batch->store || (batch->hasContext && !batch->context))
        return;
    if (batch->next == batch->keys.size()) {
        batch->done(batch->result);
        return;
    }
    const QString key = batch->keys.at(batch->next++);
    // The store drops this callback if it or the context dies; the batch
    // (held only by the callback) then goes with it.
    batch->store->read(key, batch->context, [batch, key](const CredentialResult &read) {
        if (read.ok())
            batch->result.found.insert(key, read.value);
        else if (read.error.kind == CredentialError::Kind::NotFound)
            batch->result.missing.append(key);
        else {
            batch->result.error = read.error;
            batch->done(batch->result);
            return;
        }
        readNext(batch);
    });
}

} // namespace

void readSecrets(CredentialStore *store, const QStringList &keys, const QObject *context,
                 std::function<void(const SecretsResult &result)> done)
{
    Q_ASSERT(store);
    auto batch = std::make_shared<Batch>();
    batch->store = store;
    batch->keys = keys;
    batch->keys.removeDuplicates();
    batch->hasContext = context != nullptr;
    batch->context = context;
    batch->done = std::move(done);
    if (!batch->keys.isEmpty()) {
        readNext(batch);
        return;
    }
    // Nothing to read: still answer later, never from inside this call.
    QTimer::singleShot(0, context ? context : store, [batch] { batch->done(batch->result); });
}

} // namespace Beholder
