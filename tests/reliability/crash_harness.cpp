// Crash harness (docs/RELIABILITY.md): runs qaytish-cli doing real work on one register and
// kills it with SIGKILL at random moments, then checks that nothing was lost or half-written.
//
//   crash_harness --cli PATH --dir DIR [--kills N] [--seed S]
//
// Three kinds of work take turns, each with its own promise:
// - import of a CSV of 2,000 people: the register gains all of them or none;
// - certificate issue: a number the program printed is in the register; a certificate that
//   is in the register is complete and its case has moved to document_issued; numbers stay
//   unique and run without a gap (qaytish-cli check);
// - return list finalize: the list is final and every passenger's case is on_return_list,
//   or it is still a draft and no passenger's case moved.
// After every round: qaytish-cli check --full (SQLite's integrity_check, foreign keys,
// certificate numbers) must pass. Runs until N processes were killed while still working.
// Exit 0 when every promise held, 1 when one broke (named), 2 on a usage or setup error.
// POSIX only (SIGKILL through QProcess::kill), like everything under tests/ that kills.
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <functional>
#include <optional>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Run {
    bool killed = false; // still working when the kill came
    int code = -1;
    QString stdoutText;
    QString stderrText;
};

class Harness {
public:
    Harness(QString cli, QString dir, quint32 seed)
        : m_cli(std::move(cli))
        , m_dir(std::move(dir))
        , m_rng(seed) {
        m_db = QDir(m_dir).filePath(QStringLiteral("crash.qaytish"));
    }

    bool setUp();
    bool round(int index);
    int kills() const { return m_kills; }
    QString summary() const;
    QString failure() const { return m_failure; }

private:
    Run cli(const QStringList &args, int killAfterMs = -1);
    bool fail(const QString &what) {
        m_failure = what;
        return false;
    }
    std::optional<qint64> scalar(const QString &sql);
    QStringList column(const QString &sql);
    bool checkRegister(const QString &after);

    bool importRound();
    bool certificateRound();
    bool finalizeRound();

    QString m_cli;
    QString m_dir;
    QString m_db;
    QString m_csv;
    QString m_photo;
    QRandomGenerator m_rng;
    int m_kills = 0;
    int m_rounds[3] = {0, 0, 0};
    int m_committedAfterKill[3] = {0, 0, 0}; // killed, yet the work had committed
    int m_receipt = 0;
    QString m_failure;
    static constexpr int ImportRows = 2000;
};

Run Harness::cli(const QStringList &args, int killAfterMs) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    p.setProcessEnvironment(env);
    p.start(m_cli, args + QStringList{QStringLiteral("--db"), m_db});
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (killAfterMs >= 0) {
        if (!p.waitForFinished(killAfterMs) && p.state() == QProcess::Running) {
            p.kill(); // SIGKILL: no handler, no cleanup, as a power cut for the process
            r.killed = true;
            ++m_kills;
        }
    }
    p.waitForFinished(300000);
    if (!r.killed)
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.stdoutText = QString::fromUtf8(p.readAllStandardOutput());
    r.stderrText = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Reads through a connection of its own, opened and closed per question, so that the
// harness never holds the register while qaytish-cli works on it.
std::optional<qint64> Harness::scalar(const QString &sql) {
    const QStringList values = column(sql);
    if (values.isEmpty())
        return std::nullopt;
    return values.first().toLongLong();
}

QStringList Harness::column(const QString &sql) {
    QStringList values;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("harness"));
        db.setDatabaseName(m_db);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    values << q.value(0).toString();
            else
                err << "crash_harness: " << sql << ": " << q.lastError().text() << Qt::endl;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("harness"));
    return values;
}

bool Harness::setUp() {
    QFile::remove(m_db);
    QFile::remove(m_db + QStringLiteral("-wal"));
    QFile::remove(m_db + QStringLiteral("-shm"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("3000"),
                          QStringLiteral("--seed"), QStringLiteral("1")});
    if (demo.code != 0)
        return fail(QStringLiteral("the demo register could not be made: ") + demo.stderrText);

    m_csv = QDir(m_dir).filePath(QStringLiteral("people.csv"));
    QFile csv(m_csv);
    if (!csv.open(QIODevice::WriteOnly))
        return fail(m_csv + QStringLiteral(" cannot be written"));
    csv.write("surname,given_names,birth_date,sex,passport_number\n");
    for (int i = 0; i < ImportRows; ++i)
        csv.write(QStringLiteral("Sinovov%1,Jasur,%2.%3.%4,M\n")
                      .arg(i)
                      .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                      .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                      .arg(1950 + i % 50)
                      .toUtf8());
    csv.close();

    m_photo = QDir(m_dir).filePath(QStringLiteral("photo.png"));
    QImage photo(420, 540, QImage::Format_RGB32);
    photo.fill(QColor(0xdd, 0xe6, 0xf0));
    QPainter painter(&photo);
    painter.setBrush(QColor(0xe0, 0xb0, 0x90));
    painter.drawEllipse(QRect(130, 110, 160, 220));
    painter.end();
    if (!photo.save(m_photo))
        return fail(m_photo + QStringLiteral(" cannot be written"));
    return checkRegister(QStringLiteral("the demo"));
}

bool Harness::checkRegister(const QString &after) {
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--full")});
    if (check.code != 0)
        return fail(QStringLiteral("after %1, qaytish-cli check --full says (exit %2): %3")
                        .arg(after)
                        .arg(check.code)
                        .arg(check.stderrText));
    return true;
}

bool Harness::importRound() {
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM return_case")).value_or(-1);
    const Run r = cli({QStringLiteral("import"), m_csv}, int(m_rng.bounded(100, 4000)));
    const qint64 after = scalar(QStringLiteral("SELECT count(*) FROM return_case")).value_or(-1);
    const qint64 gained = after - before;
    if (gained != 0 && gained != ImportRows)
        return fail(QStringLiteral("an import %1 left %2 of its %3 rows: half written")
                        .arg(r.killed ? QStringLiteral("killed") : QStringLiteral("that ended"))
                        .arg(gained)
                        .arg(ImportRows));
    if (!r.killed && (r.code != 0 || gained != ImportRows))
        return fail(QStringLiteral("an import that was not killed ended with %1 and %2 new "
                                   "cases: %3")
                        .arg(r.code)
                        .arg(gained)
                        .arg(r.stderrText));
    if (r.killed && gained == ImportRows)
        ++m_committedAfterKill[0];
    return true;
}

bool Harness::certificateRound() {
    const QStringList refs = column(QStringLiteral(
        "SELECT case_ref FROM return_case r WHERE status = 'identity_confirmed' AND NOT EXISTS "
        "(SELECT 1 FROM certificate c WHERE c.case_id = r.id) ORDER BY id LIMIT 1"));
    if (refs.isEmpty())
        return fail(QStringLiteral("no confirmed case is left for a certificate"));
    const QString ref = refs.first();
    const Run r =
        cli({QStringLiteral("certificate"), QStringLiteral("issue"), ref, QStringLiteral("--photo"),
             m_photo, QStringLiteral("--receipt"), QStringLiteral("R-%1").arg(++m_receipt)},
            int(m_rng.bounded(0, 400)));
    const QStringList issued =
        column(QStringLiteral(
                   "SELECT c.number || '|' || r.status || '|' || length(c.photo) FROM "
                   "certificate c JOIN return_case r ON r.id = c.case_id WHERE r.case_ref = '%1'")
                   .arg(ref));
    if (!r.killed) {
        if (r.code != 0)
            return fail(QStringLiteral("certificate issue %1 ended with %2: %3")
                            .arg(ref)
                            .arg(r.code)
                            .arg(r.stderrText));
        const QString number = r.stdoutText.trimmed();
        if (issued.size() != 1 || !issued.first().startsWith(number + u'|'))
            return fail(QStringLiteral("certificate %1 was printed but is not in the register")
                            .arg(number));
    }
    if (issued.size() > 1)
        return fail(QStringLiteral("case %1 has %2 certificates").arg(ref).arg(issued.size()));
    if (!issued.isEmpty()) {
        const QStringList parts = issued.first().split(u'|');
        if (parts.value(1) != u"document_issued" || parts.value(2).toInt() <= 0)
            return fail(QStringLiteral("certificate %1 is in the register, but its case is %2 "
                                       "and its photo has %3 bytes: half written")
                            .arg(parts.value(0), parts.value(1), parts.value(2)));
        if (r.killed)
            ++m_committedAfterKill[1];
    }
    return true;
}

bool Harness::finalizeRound() {
    const Run created =
        cli({QStringLiteral("return-list"), QStringLiteral("create"), QStringLiteral("--flight"),
             QStringLiteral("HY%1").arg(100 + m_rounds[2]), QStringLiteral("--date"),
             QStringLiteral("2026-12-20"), QStringLiteral("--from"), QStringLiteral("IST"),
             QStringLiteral("--to"), QStringLiteral("TAS")});
    if (created.code != 0)
        return fail(QStringLiteral("return-list create: ") + created.stderrText);
    const QString list = created.stdoutText.trimmed();
    const QStringList refs = column(QStringLiteral(
        "SELECT case_ref FROM return_case r WHERE status = 'document_issued' AND NOT EXISTS "
        "(SELECT 1 FROM return_list_passenger p WHERE p.case_id = r.id) ORDER BY id LIMIT 12"));
    if (refs.isEmpty())
        return fail(QStringLiteral("no case is left for a return list"));
    const Run added =
        cli(QStringList{QStringLiteral("return-list"), QStringLiteral("add"), list} + refs);
    if (added.code != 0)
        return fail(QStringLiteral("return-list add: ") + added.stderrText);
    const Run r = cli({QStringLiteral("return-list"), QStringLiteral("finalize"), list,
                       QStringLiteral("--reason"), QStringLiteral("crash test")},
                      int(m_rng.bounded(0, 500)));
    const QString status =
        column(QStringLiteral("SELECT status FROM return_list WHERE id = %1").arg(list)).value(0);
    const QStringList passengers = column(
        QStringLiteral(
            "SELECT r.status FROM return_list_passenger p JOIN return_case r ON r.id = p.case_id "
            "WHERE p.list_id = %1 AND p.removed = 0")
            .arg(list));
    const qint64 moved = passengers.count(QStringLiteral("on_return_list"));
    if (!r.killed && (r.code != 0 || status != u"final"))
        return fail(QStringLiteral("return-list finalize %1 ended with %2, list %3: %4")
                        .arg(list)
                        .arg(r.code)
                        .arg(status, r.stderrText));
    if (status == u"final" && moved != passengers.size())
        return fail(QStringLiteral("list %1 is final, but only %2 of its %3 passengers are on "
                                   "the return list: half written")
                        .arg(list)
                        .arg(moved)
                        .arg(passengers.size()));
    if (status == u"draft" && moved != 0)
        return fail(QStringLiteral("list %1 is a draft, but %2 of its passengers are on the "
                                   "return list: half written")
                        .arg(list)
                        .arg(moved));
    if (r.killed && status == u"final")
        ++m_committedAfterKill[2];
    return true;
}

bool Harness::round(int index) {
    const int kind = index % 3;
    ++m_rounds[kind];
    bool ok = false;
    switch (kind) {
    case 0:
        ok = importRound();
        break;
    case 1:
        ok = certificateRound();
        break;
    default:
        ok = finalizeRound();
        break;
    }
    if (!ok)
        return false;
    return checkRegister(QStringLiteral("round %1").arg(index + 1));
}

QString Harness::summary() const {
    return QStringLiteral("rounds: %1 imports (%2 committed before their kill), %3 certificates "
                          "(%4), %5 list finalisations (%6); processes killed while working: %7")
        .arg(m_rounds[0])
        .arg(m_committedAfterKill[0])
        .arg(m_rounds[1])
        .arg(m_committedAfterKill[1])
        .arg(m_rounds[2])
        .arg(m_committedAfterKill[2])
        .arg(m_kills);
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("cli"), QStringLiteral("qaytish-cli to run"), QStringLiteral("path")},
         {QStringLiteral("dir"), QStringLiteral("scratch folder"), QStringLiteral("path")},
         {QStringLiteral("kills"), QStringLiteral("kills to reach"), QStringLiteral("n"),
          QStringLiteral("30")},
         {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("n")}});
    parser.process(app);
    if (parser.value(QStringLiteral("cli")).isEmpty() ||
        parser.value(QStringLiteral("dir")).isEmpty()) {
        err << "usage: crash_harness --cli PATH --dir DIR [--kills N] [--seed S]" << Qt::endl;
        return 2;
    }
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt()
                             : QRandomGenerator::system()->generate();
    const int wanted = parser.value(QStringLiteral("kills")).toInt();
    QDir().mkpath(parser.value(QStringLiteral("dir")));
    Harness harness(parser.value(QStringLiteral("cli")), parser.value(QStringLiteral("dir")), seed);
    out << "crash_harness: seed " << seed << ", " << wanted << " kills wanted" << Qt::endl;
    if (!harness.setUp()) {
        err << "crash_harness: " << harness.failure() << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; harness.kills() < wanted || i < 3; ++i) {
        if (!harness.round(i)) {
            err << "crash_harness: FAILED in round " << i + 1 << " (seed " << seed
                << "): " << harness.failure() << Qt::endl;
            out << harness.summary() << Qt::endl;
            return 1;
        }
        if (i > 20 * wanted + 30) {
            err << "crash_harness: too few rounds ended in a kill; the delays need retuning"
                << Qt::endl;
            return 2;
        }
    }
    out << harness.summary() << Qt::endl
        << "every promise held; " << timer.elapsed() / 1000 << " s" << Qt::endl;
    return 0;
}
