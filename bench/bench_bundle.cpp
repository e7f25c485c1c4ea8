// Exports N generated postmortems into one signed, passphrase-encrypted bundle and times it
// beside the peer doing the same work with standard tools on the same canonical JSON (zip,
// minisign, age -p), in the same run on the same machine. Then times merging a bundle in
// which a tenth of the postmortems carry a same-field edit made on both sides (a conflict
// each) into a second store. Prints both sides, the ratio and the merge time; it asserts
// nothing.
//   bench_bundle [POSTMORTEMS=1000] [RUNS=3] [KEEP_DIR]
#include "bundle/Age.h"
#include "bundle/BundleExport.h"
#include "bundle/BundleImport.h"
#include "generate/DemoData.h"
#include "model/CanonicalJson.h"
#include "model/Fields.h"
#include "model/Template.h"
#include "signing/Sodium.h"
#include "store/Store.h"
#include "timeline/TimelineEvent.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <poll.h>
#include <pty.h>
#include <sodium.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace causeway;
using namespace causeway::bench;

namespace {

std::unique_ptr<Store> openStore(const QString& path, const QString& device) {
    OpenOptions options;
    options.deviceId = device;
    options.actor = Actor{QStringLiteral("Bench Analyst"), QStringLiteral("bench")};
    auto store = Store::open(path, options);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(store.error()));
    return std::move(store.value());
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The scrypt work factor (log2 N) in an age file's header; -1 when it has no scrypt stanza.
int scryptLogN(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.read(512).split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("-> scrypt "))
            return line.split(' ').value(3).toInt();
    }
    return -1;
}

// How the peer encrypts: age -p reads the passphrase only from a terminal, so it runs on a
// pseudo-terminal and the passphrase is typed at its two prompts. Returns an empty string on
// success, else what went wrong.
QString agePassphrase(const QString& age, const QString& in, const QString& out,
                      const QByteArray& passphrase) {
    const QByteArray agePath = QFile::encodeName(age);
    const QByteArray inPath = QFile::encodeName(in);
    const QByteArray outPath = QFile::encodeName(out);
    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid < 0)
        return QStringLiteral("forkpty failed: ") + QString::fromLocal8Bit(std::strerror(errno));
    if (pid == 0) {
        execl(agePath.constData(), "age", "-p", "-o", outPath.constData(), inPath.constData(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    // age prompts "Enter passphrase (…): " and then "Confirm passphrase: "; echo is off while
    // it reads, so every "passphrase" seen is a prompt waiting for an answer.
    QByteArray seen;
    qsizetype answered = 0;
    QString problem;
    for (;;) {
        pollfd p{terminal, POLLIN, 0};
        const int ready = poll(&p, 1, 600000);
        if (ready == 0) {
            problem = QStringLiteral("age did not finish within 10 minutes");
            kill(pid, SIGKILL);
            break;
        }
        if (ready < 0 && errno == EINTR)
            continue;
        char buffer[512];
        const ssize_t got = ready < 0 ? -1 : read(terminal, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; // EIO: age exited and the terminal closed
        seen.append(buffer, got);
        const qsizetype prompts = seen.count("passphrase");
        for (; answered < prompts; ++answered) {
            const QByteArray line = passphrase + '\n';
            if (write(terminal, line.constData(), size_t(line.size())) != line.size()) {
                problem = QStringLiteral("could not type the passphrase");
                break;
            }
        }
    }
    close(terminal);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (problem.isEmpty() && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
        problem = QStringLiteral("age -p failed (status %1): %2")
                      .arg(status)
                      .arg(QString::fromUtf8(seen).simplified().right(300));
    if (problem.isEmpty() && !QFileInfo::exists(out))
        problem = QStringLiteral("age -p wrote no file");
    return problem;
}

QString run(const QString& program, const QStringList& args, const QString& workingDir) {
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, args.join(u' '), QString::fromUtf8(p.readAll()).trimmed().right(300));
    return QString();
}

void removeDatabase(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void copyDatabase(const QString& from, const QString& to) {
    removeDatabase(to);
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            qFatal("cannot copy %s", qPrintable(from + suffix));
    }
}

// How both sides encrypt: with a passphrase (age -p, scrypt) when age can be driven on a
// pseudo-terminal, else to an X25519 recipient on both sides.
struct Encryption {
    bool passphrase = true;
    QByteArray secret = "bench: correct horse battery staple 2026";
    Age::Identity identity;
};

Bundle::ExportRequest exportRequest(const Bundle::Signer& signer, const Encryption& encryption,
                                    const QString& output) {
    Bundle::ExportRequest request;
    request.all = true;
    request.signer = signer;
    if (encryption.passphrase)
        request.passphrase = sodium::Passphrase(encryption.secret);
    else
        request.recipients = {encryption.identity.recipient};
    request.scryptLogN = Age::kDefaultScryptLogN;
    request.outputPath = output;
    return request;
}

Bundle::OpenOptions openOptions(const Encryption& encryption) {
    Bundle::OpenOptions options;
    if (encryption.passphrase)
        options.passphrase = sodium::Passphrase(encryption.secret);
    else
        options.identities = {encryption.identity.secretKey};
    return options;
}

double kib(const QString& path) {
    return double(QFileInfo(path).size()) / 1024;
}

void row(const char* label, const Timing& t, double sizeKiB = -1) {
    std::printf("%-38s %9.0f %9.0f %9.0f %9.0f", label, t.wall(), t.min(), t.max(), t.cpu());
    if (sizeKiB >= 0)
        std::printf(" %10.0f", sizeKiB);
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // Settings of our own, so that looking for signing profiles never reads the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CausewayBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_bundle"));
    // --recipient encrypts to an X25519 recipient on both sides (age -r), the way a team shares
    // bundles; without it both sides use a passphrase (age -p, scrypt) when age can be driven.
    QStringList positional;
    bool recipientOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--recipient") == 0)
            recipientOnly = true;
        else
            positional.append(QString::fromLocal8Bit(argv[i]));
    }
    const int n = positional.size() > 0 ? std::max(1, positional.at(0).toInt()) : 1000;
    const int runs = positional.size() > 1 ? std::max(1, positional.at(1).toInt()) : 3;
    if (!sodium::ready())
        qFatal("libsodium cannot run on this machine");

    // A third argument keeps the files there; else a temporary folder.
    QTemporaryDir temporary;
    const QDir dir(positional.size() > 2 ? positional.at(2) : temporary.path());
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        qFatal("cannot make %s", qPrintable(dir.path()));
    const auto path = [&dir](const char* name) {
        return dir.filePath(QString::fromUtf8(name));
    };

    std::printf("machine: %d processors (nproc), %s; load average %s\n", processors(),
                qPrintable(cpuModel()), qPrintable(loadAverage()));

    // 1. N postmortems in store A, and a signing key made here (no keychain).
    const QString dbA = path("a.db");
    removeDatabase(dbA);
    auto storeA = openStore(dbA, QStringLiteral("bench-device-a"));
    QElapsedTimer setup;
    setup.start();
    // The workload of `causeway-cli generate`, with its default shape (10–20 events, 3–5
    // causes and 2–4 actions a postmortem) and a fixed seed, so runs compare.
    demo::Generator generator(*storeA, 20260314);
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        auto created = generator.postmortem(i);
        if (!created)
            qFatal("generating postmortem %d failed: %s", i, qPrintable(created.error()));
        ids.append(created.value());
    }
    const qint64 generateMs = setup.elapsed();

    auto secretKey = std::make_shared<sodium::SecretBytes>(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey->data());
    const Bundle::Signer signer{QStringLiteral("Bench Signer"), QStringLiteral("Reviewer"),
                                publicKey, secretKey};

    // The peer's input: the same canonical JSON documents, written once.
    QDir peerDir(path("peer"));
    peerDir.removeRecursively();
    if (!peerDir.mkpath(QStringLiteral("postmortems")))
        qFatal("cannot make %s", qPrintable(peerDir.path()));
    qint64 jsonBytes = 0;
    for (const QString& id : ids) {
        auto json = storeA->exportPostmortem(id);
        if (!json)
            qFatal("exportPostmortem failed: %s", qPrintable(json.error()));
        QFile out(peerDir.filePath(QStringLiteral("postmortems/") + id + QStringLiteral(".json")));
        if (!out.open(QIODevice::WriteOnly) || out.write(json.value()) != json.value().size())
            qFatal("cannot write %s", qPrintable(out.fileName()));
        jsonBytes += json.value().size();
    }

    // The peer's tools, and its key: an unencrypted minisign key (-W), made once.
    const QString zipTool = QStandardPaths::findExecutable(QStringLiteral("zip"));
    const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
    if (zipTool.isEmpty() || minisign.isEmpty() || age.isEmpty()) {
        std::printf("the peer needs zip, minisign and age on PATH (Debian: zip, minisign, age); "
                    "found zip '%s', minisign '%s', age '%s'\n",
                    qPrintable(zipTool), qPrintable(minisign), qPrintable(age));
        return 1;
    }
    const QString minisignSecret = path("minisign.key");
    const QString minisignPublic = path("minisign.pub");
    QFile::remove(minisignSecret);
    QFile::remove(minisignPublic);
    if (const QString e = run(minisign,
                              {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"),
                               minisignPublic, QStringLiteral("-s"), minisignSecret},
                              dir.path());
        !e.isEmpty())
        qFatal("%s", qPrintable(e));

    // Passphrase encryption when age can be driven on a pseudo-terminal; else recipients.
    Encryption encryption;
    QString passphraseProblem;
    {
        const QString probeIn = path("probe.txt");
        const QString probeOut = path("probe.age");
        QFile probe(probeIn);
        if (!probe.open(QIODevice::WriteOnly) || probe.write("probe\n") != 6)
            qFatal("cannot write %s", qPrintable(probeIn));
        probe.close();
        QFile::remove(probeOut);
        passphraseProblem = recipientOnly
                                ? QStringLiteral("--recipient was asked for")
                                : agePassphrase(age, probeIn, probeOut, encryption.secret);
        encryption.passphrase = passphraseProblem.isEmpty();
        if (!encryption.passphrase)
            encryption.identity = Age::generateIdentity();
    }

    // 2. Causeway: store → canonical JSON → manifest, signature → zip → age → file.
    const QString ourBundle = path("causeway.causeway");
    Timing ours;
    Timing ourRead, ourZip, ourEncrypt, ourWrite; // the parts of ours, from its progress steps
    qint64 ourBytes = 0;
    for (int r = 0; r < runs; ++r) {
        QFile::remove(ourBundle);
        Bundle::ExportRequest request = exportRequest(signer, encryption, ourBundle);
        // Wall and CPU ms at the ends of reading, zipping, encrypting and writing.
        double wallAt[4] = {0, 0, 0, 0};
        double cpuAt[4] = {0, 0, 0, 0};
        Stopwatch watch;
        request.progress = [&](int percent, const QString&) {
            const int step = percent >= 100  ? 3
                             : percent >= 95 ? 2
                             : percent >= 85 ? 1
                             : percent >= 75 ? 0
                                             : -1;
            if (step >= 0) {
                wallAt[step] = watch.wallMs();
                cpuAt[step] = watch.cpuMs();
            }
            return true;
        };
        auto exported = Bundle::exportBundle(*storeA, request);
        watch.stopInto(ours);
        if (!exported)
            qFatal("exportBundle failed: %s", qPrintable(exported.error()));
        if (exported->postmortemIds.size() != n || !exported->signedBundle || !exported->encrypted)
            qFatal("the bundle holds %d postmortems (signed %d, encrypted %d)",
                   int(exported->postmortemIds.size()), exported->signedBundle,
                   exported->encrypted);
        ourBytes = exported->bytes;
        Timing* parts[4] = {&ourRead, &ourZip, &ourEncrypt, &ourWrite};
        for (int p = 0; p < 4; ++p) {
            parts[p]->wallMs.append(wallAt[p] - (p ? wallAt[p - 1] : 0.0));
            parts[p]->cpuMs.append(cpuAt[p] - (p ? cpuAt[p - 1] : 0.0));
        }
    }

    // The encryption header alone (for a passphrase: scrypt), which the export
    // makes on another thread while it reads: the floor under the export's wall time.
    Timing headerOnly;
    for (int r = 0; r < runs; ++r) {
        Age::EncryptOptions options;
        if (encryption.passphrase)
            options.passphrase = sodium::Passphrase(encryption.secret);
        else
            options.recipients = {encryption.identity.recipient};
        options.scryptLogN = Age::kDefaultScryptLogN;
        Stopwatch watch;
        if (auto prepared = Age::Encryptor::prepare(options); !prepared)
            qFatal("Age::Encryptor::prepare failed: %s", qPrintable(prepared.error()));
        watch.stopInto(headerOnly);
    }

    // 3. The peer: zip the folder, sign the zip with minisign, encrypt it with age.
    const QString peerZip = path("peer.zip");
    const QString peerSig = peerZip + QStringLiteral(".minisig");
    const QString peerAge = peerZip + QStringLiteral(".age");
    Timing peer;
    Timing peerZipT, peerSign, peerEncrypt;
    for (int r = 0; r < runs; ++r) {
        for (const QString& f : {peerZip, peerSig, peerAge})
            QFile::remove(f);
        Stopwatch watch(true);
        {
            Stopwatch part(true);
            if (const QString e = run(zipTool,
                                      {QStringLiteral("-r"), QStringLiteral("-q"), peerZip,
                                       QStringLiteral("postmortems")},
                                      peerDir.path());
                !e.isEmpty())
                qFatal("%s", qPrintable(e));
            part.stopInto(peerZipT);
        }
        {
            Stopwatch part(true);
            if (const QString e = run(minisign,
                                      {QStringLiteral("-S"), QStringLiteral("-s"), minisignSecret,
                                       QStringLiteral("-m"), peerZip, QStringLiteral("-t"),
                                       QStringLiteral("peer bundle of %1 postmortems").arg(n)},
                                      dir.path());
                !e.isEmpty())
                qFatal("%s", qPrintable(e));
            part.stopInto(peerSign);
        }
        {
            Stopwatch part(true);
            const QString e =
                encryption.passphrase
                    ? agePassphrase(age, peerZip, peerAge, encryption.secret)
                    : run(age,
                          {QStringLiteral("-e"), QStringLiteral("-r"),
                           encryption.identity.recipient, QStringLiteral("-o"), peerAge, peerZip},
                          dir.path());
            if (!e.isEmpty())
                qFatal("%s", qPrintable(e));
            part.stopInto(peerEncrypt);
        }
        watch.stopInto(peer);
    }

    // 4. Merge: store B received every postmortem through the bundle; then a tenth of them
    // get a different summary on each side, A exports again and B merges that bundle.
    const TemplateRegistry templates;
    const QString dbB = path("b.db");
    removeDatabase(dbB);
    auto storeB = openStore(dbB, QStringLiteral("bench-device-b"));
    {
        auto opened = Bundle::open(readFile(ourBundle), templates, openOptions(encryption));
        if (!opened)
            qFatal("Bundle::open failed: %s", qPrintable(opened.error()));
        auto applied = Bundle::apply(*storeB, opened.value(), true, false);
        if (!applied || applied->postmortems.size() != n)
            qFatal("the first merge into B failed: %s", qPrintable(applied.error()));
    }
    int edited = 0;
    for (int i = 0; i < n; i += 10) {
        const QString& id = ids.at(i);
        ChangeSet a;
        a.fieldChanges.append({id, Field::Summary,
                               QStringLiteral("Revised in the review on device A: the fallback "
                                              "to a default pool size was the trigger (%1).")
                                   .arg(i)});
        ChangeSet b;
        b.fieldChanges.append(
            {id, Field::Summary,
             QString::fromUtf8("Überarbeitet auf Gerät B: the retry storm made it worse; "
                               "see the client metrics (%1).")
                 .arg(i)});
        if (auto s = storeA->commit(a); !s)
            qFatal("edit in A failed: %s", qPrintable(s.error()));
        if (auto s = storeB->commit(b); !s)
            qFatal("edit in B failed: %s", qPrintable(s.error()));
        ++edited;
    }
    const QString mergeBundle = path("merge.causeway");
    QFile::remove(mergeBundle);
    if (auto e = Bundle::exportBundle(*storeA, exportRequest(signer, encryption, mergeBundle)); !e)
        qFatal("exportBundle (merge) failed: %s", qPrintable(e.error()));
    storeB.reset(); // closed, so that its file can be copied

    // Decryption alone, for the breakdown: the scrypt work is part of opening the bundle.
    Timing decryptOnly;
    {
        Age::DecryptOptions options;
        if (encryption.passphrase)
            options.passphrase = sodium::Passphrase(encryption.secret);
        else
            options.identities = {encryption.identity.secretKey};
        const QByteArray file = readFile(mergeBundle);
        Stopwatch watch;
        if (auto plain = Age::decrypt(file, options); !plain)
            qFatal("Age::decrypt failed: %s", qPrintable(plain.error()));
        watch.stopInto(decryptOnly);
    }

    const QString dbRun = path("b-run.db");
    Timing merge, mergeOpen, mergeApply;
    int conflicts = -1;
    int openConflicts = -1;
    for (int r = 0; r < runs; ++r) {
        copyDatabase(dbB, dbRun);
        auto store = openStore(dbRun, QStringLiteral("bench-device-b"));
        Stopwatch watch;
        Stopwatch opening;
        auto opened = Bundle::open(readFile(mergeBundle), templates, openOptions(encryption));
        if (!opened)
            qFatal("Bundle::open failed: %s", qPrintable(opened.error()));
        opening.stopInto(mergeOpen);
        Stopwatch applying;
        auto applied = Bundle::apply(*store, opened.value(), true, false);
        if (!applied)
            qFatal("Bundle::apply failed: %s", qPrintable(applied.error()));
        applying.stopInto(mergeApply);
        watch.stopInto(merge);
        conflicts = applied->conflicts;
        if (r == runs - 1)
            openConflicts = int(store->openConflicts().size());
    }

    // 5. The table.
    const demo::Counts counts = generator.counts();
    std::printf("workload: %d postmortems (%d records, %d timeline events; about 30 %% with "
                "German, French or Japanese text), %.1f MiB of canonical JSON; generated in "
                "%lld ms; %d runs, median\n",
                n, counts.records, counts.events, double(jsonBytes) / (1 << 20),
                static_cast<long long>(generateMs), runs);
    if (encryption.passphrase) {
        std::printf("encryption: passphrase on both sides (age -p driven on a pseudo-terminal); "
                    "scrypt log2 N in the files: causeway %d, age %d\n",
                    scryptLogN(ourBundle), scryptLogN(peerAge));
    } else {
        std::printf("encryption: NOT a passphrase: age -p could not be driven on a "
                    "pseudo-terminal (%s), so BOTH sides encrypt to one X25519 recipient "
                    "(age -e -r, ExportRequest.recipients)\n",
                    qPrintable(passphraseProblem));
    }
    std::printf("%-38s %9s %9s %9s %9s %10s\n", "", "wall ms", "min ms", "max ms", "cpu ms",
                "size KiB");
    row("causeway export (sign, zip, age)", ours, double(ourBytes) / 1024);
    row("  of which read store + JSON + sign", ourRead);
    row("  of which zip", ourZip);
    row("  of which encrypt", ourEncrypt);
    row("  of which write file + audit entry", ourWrite);
    row(encryption.passphrase ? "  (age header alone: scrypt)" : "  (age header alone)",
        headerOnly);
    row(encryption.passphrase ? "peer zip + minisign -S + age -p"
                              : "peer zip + minisign -S + age -r",
        peer, kib(peerAge) + kib(peerSig));
    row("  of which zip -r", peerZipT, kib(peerZip));
    row("  of which minisign -S", peerSign, kib(peerSig));
    row(encryption.passphrase ? "  of which age -p" : "  of which age -e -r", peerEncrypt,
        kib(peerAge));
    const double ratio = ours.wall() / std::max(peer.wall(), 1e-3);
    const double cpuRatio = ours.cpu() / std::max(peer.cpu(), 1e-3);
    std::printf("ratio causeway / peer: wall %.2fx, cpu %.2fx (target <= 1.00x): %s\n", ratio,
                cpuRatio, ratio <= 1.0 ? "PASS" : "FAIL");
    std::printf("merge: B (copy of its database each run) opens and applies A's bundle; %d of "
                "%d postmortems edited on both sides (summary)\n",
                edited, n);
    row("merge: open + apply", merge, kib(mergeBundle));
    row("  of which Bundle::open", mergeOpen);
    row("    of which age decryption alone", decryptOnly);
    row("  of which Bundle::apply", mergeApply);
    std::printf("conflicts created: %d (open conflict records in B afterwards: %d; expected "
                "%d)\n",
                conflicts, openConflicts, edited);
    std::printf("merge time %.0f ms (target < 5000 ms): %s\n", merge.wall(),
                merge.wall() < 5000 && conflicts == edited ? "PASS" : "FAIL");
    if (positional.size() > 2)
        std::printf("files kept in %s\n", qPrintable(dir.path()));

    WorkloadResult exported;
    exported.id = QStringLiteral("P4");
    exported.workload = QStringLiteral("export+sign+encrypt %1 postmortems, %2")
                            .arg(n)
                            .arg(encryption.passphrase ? QStringLiteral("passphrase")
                                                       : QStringLiteral("X25519 recipient"));
    exported.ours = ours.wall();
    exported.peer = peer.wall();
    exported.peerName = encryption.passphrase ? QStringLiteral("zip + minisign + age -p")
                                              : QStringLiteral("zip + minisign + age -r");
    exported.ratio = ratio;
    exported.target = QStringLiteral("<= 1.0x");
    exported.pass = ratio <= 1.0;
    if (encryption.passphrase)
        exported.note = QStringLiteral("of which scrypt (log2 N %1) alone %2 ms; age -p "
                                       "alone %3 ms")
                            .arg(Age::kDefaultScryptLogN)
                            .arg(qRound(headerOnly.wall()))
                            .arg(qRound(peerEncrypt.wall()));
    printResult(exported);
    WorkloadResult merged;
    merged.id = QStringLiteral("P8");
    merged.workload =
        QStringLiteral("merge a %1-postmortem bundle, %2 conflicts").arg(n).arg(edited);
    merged.ours = merge.wall();
    merged.target = QStringLiteral("< 5 s");
    merged.pass = merge.wall() < 5000 && conflicts == edited;
    merged.note = QStringLiteral("conflicts recorded: %1 of %2").arg(conflicts).arg(edited);
    printResult(merged);
    return 0;
}
