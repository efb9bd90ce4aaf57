// Backups (core/backups): plain and sealed round trips, a sealed file that reveals nothing,
// every way a sealed file can be wrong (passphrase, cut short, a flipped byte, parts
// reordered, data added), restores that refuse a foreign, damaged or newer file and leave the
// register as it was, and no temporary file left behind.
#include "core/auditlog.h"
#include "core/backups.h"
#include "core/caserepository.h"
#include "core/database.h"
#include "core/passwords.h"
#include "core/safetycopies.h"
#include "core/users.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

using namespace qaytish;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery");

} // namespace

class TestBackups : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    int m_n = 0;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // A register of its own folder with `cases` cases; the surnames are Karimov0, Karimov1...
    QString newRegister(int cases) {
        const QString folder = m_dir.filePath(QStringLiteral("reg%1").arg(++m_n));
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("register.qaytish"));
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        CaseRepository repo(*db.value(), m_clock);
        for (int i = 0; i < cases; ++i)
            if (!repo.create(Actor{QStringLiteral("t")},
                             test::sampleCase(QStringLiteral("Karimov%1").arg(i),
                                              QStringLiteral("Каримов%1").arg(i))))
                qFatal("cannot create a case");
        return path;
    }
    static qint64 cases(const QString &path) {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db)
            return -1;
        const FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc()));
        const Result<qint64> n = CaseRepository(*db.value(), clock).caseCount();
        return n ? n.value() : -1;
    }
    void addCase(const QString &path, const QString &surname) {
        auto db = Database::open(path).value();
        QVERIFY(CaseRepository(*db, m_clock)
                    .create(Actor{QStringLiteral("t")}, test::sampleCase(surname, QString()))
                    .ok());
    }
    Result<BackupMade> backUp(const QString &registerPath, const QString &out,
                              std::optional<QString> passphrase = {}, bool overwrite = false) {
        auto db = Database::open(registerPath, Database::OpenMode::ExistingOnly).value();
        return Backups::make(db->connection(), registerPath, Actor{QStringLiteral("t")}, out,
                             BackupOptions{std::move(passphrase), overwrite});
    }
    Result<QString> restore(const QString &backup, const QString &registerPath,
                            std::optional<QString> passphrase = {}) {
        Result<std::unique_ptr<PreparedRestore>> prepared =
            Backups::prepareRestore(backup, registerPath, passphrase);
        if (!prepared)
            return prepared.error();
        return Backups::finishRestore(*prepared.value(), registerPath, m_clock.now());
    }
    // Temporary files of backups and restores anywhere under the test's folder.
    QStringList leftovers() const {
        QStringList found;
        QDir root(m_dir.path());
        for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &name : QDir(root.filePath(sub)).entryList(QDir::Files)) {
                if (name.contains(u".backup-") || name.contains(u".restore-"))
                    found << sub + u'/' + name;
            }
        }
        for (const QString &name : root.entryList(QDir::Files)) {
            if (name.contains(u".backup-") || name.contains(u".restore-") ||
                name.contains(u".sealed.") || name.endsWith(u".tmp"))
                found << name;
        }
        return found;
    }
    static QByteArray bytes(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &data) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), data.size());
    }
    static bool rawSql(const QString &path, const QStringList &statements) {
        bool ok = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }
    // A sealed backup of a register of 40 cases (several chunks) and the register.
    std::pair<QString, QString> sealedBackup(const QString &name) {
        const QString path = newRegister(40);
        const QString out = file(name);
        Result<BackupMade> made = backUp(path, out, Passphrase);
        if (!made)
            qFatal("%s", qPrintable(made.error().message));
        return {path, out};
    }
    // The sealed file is refused with a message containing `says`, the register keeps its
    // bytes and its cases, and no temporary file stays.
    void refusedAndUnchanged(const QString &backup, const QString &registerPath,
                             const QString &says, std::optional<QString> passphrase = Passphrase) {
        const QByteArray before = test::fileHash(registerPath);
        const qint64 casesBefore = cases(registerPath);
        const int copiesBefore = int(SafetyCopies::list(registerPath).size());
        const Result<QString> r = restore(backup, registerPath, passphrase);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QFileInfo(backup).fileName()),
                 qPrintable(r.error().message));
        QCOMPARE(exitCodeFor(r.error().kind), 2);
        QCOMPARE(test::fileHash(registerPath), before);
        QCOMPARE(cases(registerPath), casesBefore);
        QCOMPARE(int(SafetyCopies::list(registerPath).size()), copiesBefore);
        QCOMPARE(leftovers(), QStringList());
    }

private slots:
    void plainRoundTrip() {
        const QString path = newRegister(5);
        const QString out = file(QStringLiteral("plain.qaytish"));
        Result<BackupMade> made = backUp(path, out);
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        QVERIFY(!made->sealed);
        QCOMPARE(made->bytes, QFileInfo(out).size());
        // A plain backup is a register of its own: recognised and readable as it is.
        QCOMPARE(Backups::inspect(out).value(), BackupKind::Register);
        QCOMPARE(cases(out), 5);
        // The backup is an export of every record: the register's audit trail has it, with
        // who made it and where it went.
        {
            auto db = Database::open(path, Database::OpenMode::ExistingOnly).value();
            AuditFilter exports;
            exports.action = AuditAction::Export;
            Result<QList<AuditEntry>> entries = AuditLog::entries(
                db->connection(), path, Actor{QStringLiteral("t")}, exports, 0, 10);
            QVERIFY(entries);
            QCOMPARE(entries->size(), 1);
            QCOMPARE(entries->first().actor, QStringLiteral("t"));
            QVERIFY(entries->first().newValue.value_or(QString()).contains(
                QFileInfo(out).absoluteFilePath()));
        }

        addCase(path, QStringLiteral("Later"));
        QCOMPARE(cases(path), 6);
        const Result<QString> kept = restore(out, path);
        QVERIFY2(kept.ok(), kept ? "" : qPrintable(kept.error().message));
        QCOMPARE(cases(path), 5);
        // The register as it was is a safety copy, with the case added later.
        QCOMPARE(SafetyCopies::list(path).first().reason, QStringLiteral("before-restore"));
        QCOMPARE(SafetyCopies::list(path).first().path, kept.value());
        QCOMPARE(cases(kept.value()), 6);
        QCOMPARE(leftovers(), QStringList());
    }

    void sealedRoundTripRevealsNothing() {
        const auto [path, out] = sealedBackup(QStringLiteral("sealed.qaytish-sealed"));
        QCOMPARE(Backups::inspect(out).value(), BackupKind::Sealed);
        const QByteArray sealed = bytes(out);
        QVERIFY(sealed.startsWith("QAYTSEAL"));
        // The key derivation recorded in the header is the passwords' own, 64 MiB and 2 passes.
        QCOMPARE(quint8(sealed.at(8)), Backups::FormatVersion);
        QCOMPARE(qFromLittleEndian<quint32>(sealed.constData() + 12), 2u);
        QCOMPARE(qFromLittleEndian<quint64>(sealed.constData() + 16), quint64(64 * 1024 * 1024));
        // Nothing of the register in clear: not SQLite's header, not a name in any encoding.
        QVERIFY(!sealed.contains("SQLite format 3"));
        for (const QString &name :
             {QStringLiteral("Karimov1"), QStringLiteral("Каримов1"), QStringLiteral("Shuhrat"),
              QStringLiteral("Samarqand"), QStringLiteral("AB1234567")}) {
            QVERIFY2(!sealed.contains(name.toUtf8()), qPrintable(name));
            QVERIFY2(!sealed.contains(
                         QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2)),
                     qPrintable(name));
        }
        // The same register sealed twice gives different bytes (a new salt and key each time).
        const QString again = file(QStringLiteral("sealed-again.qaytish-sealed"));
        QVERIFY(backUp(path, again, Passphrase).ok());
        QVERIFY(bytes(again).mid(24, 16) != sealed.mid(24, 16));

        addCase(path, QStringLiteral("Later"));
        const Result<QString> kept = restore(out, path, Passphrase);
        QVERIFY2(kept.ok(), kept ? "" : qPrintable(kept.error().message));
        QCOMPARE(cases(path), 40);
        QCOMPARE(cases(kept.value()), 41);
        QCOMPARE(leftovers(), QStringList());
    }

    void wrongPassphraseIsRefused() {
        const auto [path, out] = sealedBackup(QStringLiteral("wrong.qaytish-sealed"));
        refusedAndUnchanged(out, path, QStringLiteral("cannot be told apart"),
                            QStringLiteral("wrong horse battery"));
        const Result<std::unique_ptr<PreparedRestore>> r =
            Backups::prepareRestore(out, path, QStringLiteral("wrong horse battery"));
        QCOMPARE(r.error().field, QStringLiteral("passphrase"));
        // Without any passphrase it says that one is needed.
        refusedAndUnchanged(out, path, QStringLiteral("passphrase is needed"), std::nullopt);
    }

    void truncatedSealedFileIsRefused() {
        const auto [path, out] = sealedBackup(QStringLiteral("cut.qaytish-sealed"));
        const QByteArray whole = bytes(out);
        const int part = Backups::ChunkBytes + 17;
        QVERIFY(whole.size() > Backups::HeaderBytes + 3 * part);
        // Cut where a part ends (every part left is sound, the last one is missing), inside
        // a part, just before the end, and inside the header.
        const QList<std::pair<qsizetype, QString>> cuts = {
            {Backups::HeaderBytes + 2 * part, QStringLiteral("incomplete")},
            {Backups::HeaderBytes + 2 * part + 1000, QStringLiteral("incomplete")},
            {whole.size() - 1, QStringLiteral("incomplete")},
            {40, QStringLiteral("incomplete")},
        };
        for (const auto &[size, says] : cuts) {
            const QString cut = file(QStringLiteral("cut-%1.qaytish-sealed").arg(size));
            write(cut, whole.left(size));
            refusedAndUnchanged(cut, path, says);
        }
    }

    void oneFlippedByteIsRefused() {
        const auto [path, out] = sealedBackup(QStringLiteral("flip.qaytish-sealed"));
        const QByteArray whole = bytes(out);
        const int part = Backups::ChunkBytes + 17;
        // The salt, the parameters, the stream header, the first part (the passphrase cannot
        // be told from an altered beginning), a part in the middle, the last byte.
        const QList<std::pair<qsizetype, QString>> flips = {
            {30, QStringLiteral("cannot be told apart")},
            {12, QStringLiteral("cannot be told apart")},
            {50, QStringLiteral("cannot be told apart")},
            {Backups::HeaderBytes + 100, QStringLiteral("cannot be told apart")},
            {Backups::HeaderBytes + 2 * part + 5, QStringLiteral("part 3")},
            {whole.size() - 1, QStringLiteral("its last part")},
        };
        for (const auto &[at, says] : flips) {
            QByteArray altered = whole;
            altered[at] = char(altered.at(at) ^ 0x01);
            const QString flipped = file(QStringLiteral("flip-%1.qaytish-sealed").arg(at));
            write(flipped, altered);
            refusedAndUnchanged(flipped, path, says);
        }
    }

    void reorderedOrAddedPartsAreRefused() {
        const auto [path, out] = sealedBackup(QStringLiteral("order.qaytish-sealed"));
        const QByteArray whole = bytes(out);
        const int part = Backups::ChunkBytes + 17;
        const qsizetype second = Backups::HeaderBytes + part;
        QByteArray swapped = whole;
        swapped.replace(second, part, whole.mid(second + part, part));
        swapped.replace(second + part, part, whole.mid(second, part));
        const QString reordered = file(QStringLiteral("reordered.qaytish-sealed"));
        write(reordered, swapped);
        refusedAndUnchanged(reordered, path, QStringLiteral("part 2"));

        // A byte appended joins the last part, which then no longer matches its seal.
        const QString added = file(QStringLiteral("added.qaytish-sealed"));
        write(added, whole + QByteArray("x"));
        refusedAndUnchanged(added, path, QStringLiteral("its last part"));

        // A part dropped from the middle.
        QByteArray dropped = whole;
        dropped.remove(second, part);
        const QString droppedFile = file(QStringLiteral("dropped.qaytish-sealed"));
        write(droppedFile, dropped);
        refusedAndUnchanged(droppedFile, path, QStringLiteral("part 2"));
    }

    void restoreRefusesForeignDamagedAndNewerFiles() {
        const QString path = newRegister(3);
        const QString foreign = file(QStringLiteral("foreign.db"));
        QVERIFY(rawSql(foreign, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY)")}));
        refusedAndUnchanged(foreign, path, QStringLiteral("another application"), std::nullopt);

        const QString random = file(QStringLiteral("random.bin"));
        write(random, QByteArray(70000, 'r'));
        refusedAndUnchanged(random, path, QStringLiteral("not a database file"), std::nullopt);

        const QString newer = file(QStringLiteral("newer.qaytish"));
        QVERIFY(backUp(newRegister(2), newer).ok());
        QVERIFY(rawSql(newer, {QStringLiteral("PRAGMA user_version = 99")}));
        refusedAndUnchanged(newer, path, QStringLiteral("newer version"), std::nullopt);

        // A plain backup cut in half, and one with noise over a page in its middle: the full
        // check reads every page before anything is replaced.
        const QString source = newRegister(60);
        const QString half = file(QStringLiteral("half.qaytish"));
        QVERIFY(backUp(source, half).ok());
        QFile f(half);
        QVERIFY(f.resize(f.size() / 2));
        refusedAndUnchanged(half, path, QStringLiteral("damaged"), std::nullopt);

        const QString noisy = file(QStringLiteral("noisy.qaytish"));
        QVERIFY(backUp(source, noisy).ok());
        QByteArray data = bytes(noisy);
        for (qsizetype i = data.size() / 2; i < data.size() / 2 + 4096; ++i)
            data[i] = char(i * 7);
        write(noisy, data);
        refusedAndUnchanged(noisy, path, QStringLiteral("damaged"), std::nullopt);

        const QString missing = file(QStringLiteral("missing.qaytish"));
        refusedAndUnchanged(missing, path, QStringLiteral("does not exist"), std::nullopt);
    }

    void backupTargetsAreChecked() {
        const QString path = newRegister(2);
        // Not the register itself, nor its -wal.
        for (const QString &target : {path, path + QStringLiteral("-wal")}) {
            const Result<BackupMade> r = backUp(path, target);
            QVERIFY(!r);
            QVERIFY(r.error().message.contains(QStringLiteral("register itself")));
        }
        QCOMPARE(cases(path), 2);
        // An existing file is left as it is unless the caller says to replace it.
        const QString existing = file(QStringLiteral("existing.qaytish"));
        write(existing, "keep me");
        const Result<BackupMade> refused = backUp(path, existing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("overwrite"));
        QCOMPARE(bytes(existing), QByteArray("keep me"));
        QVERIFY(backUp(path, existing, std::nullopt, true).ok());
        QCOMPARE(cases(existing), 2);
        // A short passphrase, a folder that does not exist: nothing is written anywhere.
        const QString shortOne = file(QStringLiteral("short.qaytish-sealed"));
        const Result<BackupMade> tooShort = backUp(path, shortOne, QStringLiteral("short"));
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.error().field, QStringLiteral("passphrase"));
        QVERIFY(!QFile::exists(shortOne));
        const QString nowhere = file(QStringLiteral("no-such-folder/b.qaytish-sealed"));
        const Result<BackupMade> failed = backUp(path, nowhere, Passphrase);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QStringLiteral("no-such-folder")));
        QCOMPARE(leftovers(), QStringList());
    }

    void backupsNeedAnAdministrator() {
        const QString path = newRegister(1);
        auto db = Database::open(path).value();
        UserStore users(*db, m_clock);
        const QString adminPassword = QStringLiteral("admin-secret-1");
        QVERIFY(users.add(Actor{QStringLiteral("setup")}, QStringLiteral("boss"), QString(),
                          AllRoles, adminPassword));
        const Actor boss = users.signIn(QStringLiteral("boss"), adminPassword).value().actor;
        QVERIFY(users.add(boss, QStringLiteral("clerk"), QString(),
                          Roles(Role::Officer) | Role::Consul, QStringLiteral("clerk-secret-1")));
        const Actor clerk =
            users.signIn(QStringLiteral("clerk"), QStringLiteral("clerk-secret-1")).value().actor;
        const QString out = file(QStringLiteral("by-clerk.qaytish"));
        const Result<BackupMade> refused =
            Backups::make(db->connection(), path, clerk, out, BackupOptions{});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
        QVERIFY(refused.error().message.contains(QStringLiteral("administrator")));
        QVERIFY(!QFile::exists(out));
        // An actor merely claiming the name of the administrator is not signed in.
        QVERIFY(!Backups::make(db->connection(), path, Actor{QStringLiteral("boss")}, out,
                               BackupOptions{}));
        QVERIFY(Backups::make(db->connection(), path, boss, out, BackupOptions{}).ok());
    }

    void restoreIntoANewRegister() {
        const auto [path, out] = sealedBackup(QStringLiteral("to-new.qaytish-sealed"));
        const QString target = file(QStringLiteral("fresh/new.qaytish"));
        QDir().mkpath(QFileInfo(target).absolutePath());
        const Result<QString> kept = restore(out, target, Passphrase);
        QVERIFY2(kept.ok(), kept ? "" : qPrintable(kept.error().message));
        QVERIFY(kept.value().isEmpty()); // there was nothing to keep
        QCOMPARE(cases(target), 40);
        QCOMPARE(leftovers(), QStringList());
    }

    void registerInUseIsNotReplaced() {
        const QString path = newRegister(2);
        const QString out = file(QStringLiteral("in-use.qaytish"));
        QVERIFY(backUp(path, out).ok());
        addCase(path, QStringLiteral("Later"));
        auto other = Database::open(path, Database::OpenMode::ExistingOnly).value();
        const QByteArray before = test::fileHash(path);
        const Result<QString> r = restore(out, path);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Busy);
        QCOMPARE(test::fileHash(path), before);
        other.reset();
        QCOMPARE(cases(path), 3);
        QVERIFY(restore(out, path).ok());
        QCOMPARE(cases(path), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
