#include "secrets/QtKeychainKeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace causeway {

namespace {

const QString kProbeKey = QStringLiteral("keychain-probe");

struct JobOutcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Runs a job to completion or timeout. A job that times out is left to delete itself if it
// ever finishes, so a late answer cannot touch a destroyed loop.
template <typename Job, typename Prepare> JobOutcome runJob(int timeoutMs, Prepare prepare) {
    auto* job = new Job(QtKeychainKeyStore::kService);
    job->setAutoDelete(false);
    prepare(*job);
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job*) {
        outcome.finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!outcome.finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        return outcome;
    }
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>)
        outcome.data = job->binaryData();
    delete job;
    return outcome;
}

QString timeoutMessage(int timeoutMs) {
    return QCoreApplication::translate("KeyStore", "The keychain did not answer within %1 seconds.")
        .arg(timeoutMs / 1000);
}

} // namespace

QtKeychainKeyStore::QtKeychainKeyStore(int timeoutMs)
    : m_timeoutMs(timeoutMs) {}

QtKeychainKeyStore::~QtKeychainKeyStore() = default;

Status QtKeychainKeyStore::checkAvailable() {
    if (m_knownAvailable)
        return {};
    const JobOutcome probe = runJob<QKeychain::ReadPasswordJob>(
        m_timeoutMs, [](QKeychain::ReadPasswordJob& job) { job.setKey(kProbeKey); });
    if (!probe.finished)
        return Status::failure(noKeychainMessage(timeoutMessage(m_timeoutMs)));
    if (probe.error != QKeychain::NoError && probe.error != QKeychain::EntryNotFound)
        return Status::failure(noKeychainMessage(probe.errorString));
    m_knownAvailable = true;
    return {};
}

Result<QByteArray> QtKeychainKeyStore::read(const QString& key) {
    if (auto s = checkAvailable(); !s)
        return s;
    JobOutcome r = runJob<QKeychain::ReadPasswordJob>(
        m_timeoutMs, [&key](QKeychain::ReadPasswordJob& job) { job.setKey(key); });
    if (!r.finished)
        return Result<QByteArray>::failure(timeoutMessage(m_timeoutMs));
    if (r.error == QKeychain::EntryNotFound)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("KeyStore", "The keychain has no entry \"%1\".").arg(key));
    if (r.error != QKeychain::NoError)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("KeyStore", "The keychain entry \"%1\" cannot be read: %2")
                .arg(key, r.errorString));
    return std::move(r.data);
}

Status QtKeychainKeyStore::write(const QString& key, const QByteArray& secret) {
    if (auto s = checkAvailable(); !s)
        return s;
    const JobOutcome r =
        runJob<QKeychain::WritePasswordJob>(m_timeoutMs, [&](QKeychain::WritePasswordJob& job) {
            job.setKey(key);
            job.setBinaryData(secret);
        });
    if (!r.finished)
        return Status::failure(timeoutMessage(m_timeoutMs));
    if (r.error != QKeychain::NoError)
        return Status::failure(
            QCoreApplication::translate("KeyStore", "The keychain refused to store \"%1\": %2")
                .arg(key, r.errorString));
    return {};
}

Status QtKeychainKeyStore::remove(const QString& key) {
    if (auto s = checkAvailable(); !s)
        return s;
    const JobOutcome r = runJob<QKeychain::DeletePasswordJob>(
        m_timeoutMs, [&key](QKeychain::DeletePasswordJob& job) { job.setKey(key); });
    if (!r.finished)
        return Status::failure(timeoutMessage(m_timeoutMs));
    if (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound)
        return Status::failure(QCoreApplication::translate(
                                   "KeyStore", "The keychain entry \"%1\" cannot be removed: %2")
                                   .arg(key, r.errorString));
    return {};
}

std::unique_ptr<KeyStore> createSystemKeyStore() {
    return std::make_unique<QtKeychainKeyStore>();
}

} // namespace causeway
