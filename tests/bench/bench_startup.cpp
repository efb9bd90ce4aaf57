// Cold start of the real `qaytish` binary on a large register to its first painted table rows,
// against a bare Qt Widgets program showing the same table, in the same run.
//
//     bench_startup [CASES [DIR]]   (default 1000000 cases; the register is kept in DIR, the
//                                    current directory by default, and reused)
//
// Each run is a new process on the offscreen platform with a settings directory of its own.
// qaytish runs with QAYTISH_EXIT_AFTER_FIRST_ROWS (app/gui/main.cpp): when its register table
// has painted rows it prints the time since main() began and quits. The baseline is this
// program started again with --bare-child: a QApplication, a QSqlDatabase, a QSqlQueryModel
// over the table's nine columns ordered by case reference, and a QTableView, quitting on its
// first painted rows. Timed from QProcess::start to the line on stdout (exec, loading the
// libraries, Qt's start, opening the register, the first paint). Five runs each, alternating;
// the first run of each is reported apart (the least warm caches). Target (issue 5): at most
// 0.5 s. Asserts nothing about time (DESIGN.md).
#include "benchsupport.h"

#include <QApplication>
#include <QHeaderView>
#include <QProcess>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace qaytish;

namespace {

class BareView : public QTableView {
public:
    QElapsedTimer sinceStart;

protected:
    void paintEvent(QPaintEvent *event) override {
        QTableView::paintEvent(event);
        if (!m_done && model() && model()->rowCount() > 0) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("first rows painted after %.1f ms\n",
                            double(sinceStart.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }

private:
    bool m_done = false;
};

int bareChild(int argc, char *argv[], const QString &path) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QSqlQueryModel model;
    model.setQuery(
        QStringLiteral(
            "SELECT c.case_ref, p.surname || ' ' || p.given_names || ' ' || p.patronymic, "
            "p.surname_cyrillic || ' ' || p.given_names_cyrillic || ' ' || "
            "p.patronymic_cyrillic, p.birth_date, p.passport_number, c.status, "
            "c.authorized_until, c.facility, c.updated_at FROM return_case c JOIN person p ON "
            "p.id = c.person_id ORDER BY c.case_ref"),
        db);
    BareView view;
    view.sinceStart = sinceStart;
    view.resize(1200, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->hide();
    view.setModel(&model);
    view.show();
    return app.exec();
}

struct Start {
    double untilRowsMs = 0; // from QProcess::start to the line
    double reportedMs = 0;  // what the process says: since its main() began
    bool ok = false;
};

Start start(const QString &program, const QStringList &arguments, const QString &home) {
    Start s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QAYTISH_EXIT_AFTER_FIRST_ROWS"), QStringLiteral("1"));
    // Settings and data of their own: the officer's are neither read nor changed.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    QByteArray line;
    while (!line.contains('\n') && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(20000);
        line += p.readAllStandardOutput();
    }
    s.untilRowsMs = bench::msSince(t);
    p.waitForFinished(20000);
    line += p.readAllStandardOutput();
    const QByteArray prefix = "first rows painted after ";
    const qsizetype at = line.indexOf(prefix);
    if (at < 0)
        return s;
    s.reportedMs = line.mid(at + prefix.size()).split(' ').first().toDouble(&s.ok);
    return s;
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc == 3 && qstrcmp(argv[1], "--bare-child") == 0)
        return bareChild(argc, argv, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const std::optional<bench::Arguments> args = bench::arguments(argc, argv, "bench_startup", out);
    if (!args)
        return 2;
    const int cases = args->cases;
    const QString dir = args->dir;
    QString path;
    {
        std::shared_ptr<Database> db = bench::demoRegister(dir, cases, out);
        if (!db)
            return 1;
        path = db->path();
    }
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    out << "cases:                " << cases << " (load average " << bench::loadAverage() << ")"
        << Qt::endl;
    QList<double> ours, oursInside, bare, bareInside;
    for (int run = 0; run < 5; ++run) {
        const Start a =
            start(QStringLiteral(QAYTISH_GUI_BINARY),
                  {QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")},
                  home.path());
        const Start b = start(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--bare-child"), path}, home.path());
        if (!a.ok || !b.ok) {
            out << (a.ok ? "the bare program" : "qaytish") << " painted no rows" << Qt::endl;
            return 1;
        }
        ours << a.untilRowsMs;
        oursInside << a.reportedMs;
        bare << b.untilRowsMs;
        bareInside << b.reportedMs;
    }
    auto runs = [&](const QList<double> &v) {
        QString s;
        for (double ms : v)
            s += u' ' + QString::number(ms, 'f', 0);
        return s;
    };
    const double oursMedian = bench::percentile(ours, 50);
    const double bareMedian = bench::percentile(bare, 50);
    out << "qaytish, start to first rows: " << QString::number(oursMedian, 'f', 0)
        << " ms median (runs" << runs(ours) << "; from main():" << runs(oursInside) << ")\n"
        << "bare Qt Widgets table:        " << QString::number(bareMedian, 'f', 0)
        << " ms median (runs" << runs(bare) << "; from main():" << runs(bareInside) << ")\n"
        << "ratio (qaytish / bare):       "
        << QString::number(oursMedian / std::max(0.001, bareMedian), 'f', 2)
        << " (target: qaytish <= 500 ms; load average now " << bench::loadAverage() << ")"
        << Qt::endl;
    return 0;
}
