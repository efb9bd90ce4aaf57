// File > Back up… and File > Restore from a backup…: the dialog that asks for the passphrase
// twice, typed with the keyboard only; a sealed backup made and restored through the window,
// with a wrong passphrase asked again and the register reopened.
#include "support/testsupport.h"

#include "core/appinfo.h"
#include "core/backups.h"
#include "core/caserepository.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/safetycopies.h"
#include "ui/backupdialog.h"
#include "ui/casetablemodel.h"
#include "ui/dialogs.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/passphrasedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace qaytish;

namespace {

const QString Passphrase = QStringLiteral("river stone lantern");

} // namespace

class TestBackupDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc())};
    QList<Dialogs::Question> m_asked;

    QString makeRegister(const QString &name, int cases) {
        const QString path = m_dir.filePath(name);
        Result<std::shared_ptr<Database>> db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        const Status s = DemoGenerator::generate(*db.value(), m_clock, Actor{QStringLiteral("t")},
                                                 DemoGenerator::Options{cases, 3});
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return path;
    }
    template <typename T> static T *child(QWidget *w, const char *name) {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        setApplicationIdentity();
        Language::apply(QStringLiteral("en"));
        Dialogs::setResponder([this](const Dialogs::Question &q) {
            m_asked << q;
            return Dialogs::Answer::Yes;
        });
        Dialogs::setFileResponder([](const QString &) { return QString(); });
    }

    void init() {
        QSettings().clear();
        m_asked.clear();
    }

    void passphraseTypedTwiceWithTheKeyboard() {
        BackupDialog dialog(m_dir.filePath(QStringLiteral("office.qaytish")), m_clock.now());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *file = child<QLineEdit>(&dialog, "backupFile");
        auto *seal = child<QCheckBox>(&dialog, "sealBackup");
        auto *passphrase = child<QLineEdit>(&dialog, "passphrase");
        auto *repeat = child<QLineEdit>(&dialog, "passphraseRepeat");
        auto *hint = child<QLabel>(&dialog, "backupHint");
        auto *ok = child<QPushButton>(&dialog, "backupButton");
        QVERIFY(file && seal && passphrase && repeat && hint && ok);
        // Sealed unless the officer decides otherwise, named after the register and the day.
        QVERIFY(seal->isChecked());
        QVERIFY2(file->text().endsWith(QStringLiteral("office-2026-03-15.qaytish-sealed")),
                 qPrintable(file->text()));
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QCOMPARE(QApplication::focusWidget(), passphrase);
        QVERIFY(!ok->isEnabled());

        QTest::keyClicks(passphrase, QStringLiteral("short"));
        QVERIFY(hint->text().contains(QStringLiteral("too short")));
        QVERIFY(!ok->isEnabled());
        passphrase->clear();
        QTest::keyClicks(passphrase, Passphrase);
        QTest::keyClick(passphrase, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), repeat);
        QVERIFY(hint->text().contains(QStringLiteral("again")));
        QTest::keyClicks(repeat, QStringLiteral("river stone lanterns"));
        QVERIFY(hint->text().contains(QStringLiteral("differ")));
        QVERIFY(!ok->isEnabled());
        // Enter does nothing while Back up is disabled.
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QTest::keyClick(repeat, Qt::Key_Backspace);
        QVERIFY(ok->isEnabled());
        QVERIFY(hint->text().contains(QStringLiteral("apart from the backup")));
        QCOMPARE(dialog.passphrase().value_or(QString()), Passphrase);

        // Not sealed: the name follows, the passphrase no longer counts, and a warning says
        // what that means.
        seal->setFocus();
        QTest::keyClick(seal, Qt::Key_Space);
        QVERIFY(!seal->isChecked());
        QVERIFY(file->text().endsWith(QStringLiteral("office-2026-03-15.qaytish")));
        QVERIFY(!passphrase->isEnabled());
        QVERIFY(hint->text().contains(QStringLiteral("anyone who has the file")));
        QVERIFY(!dialog.passphrase().has_value());
        QTest::keyClick(seal, Qt::Key_Space);
        QVERIFY(file->text().endsWith(QStringLiteral(".qaytish-sealed")));

        // An existing file typed by hand: the officer is asked before it is replaced.
        const QString existing = m_dir.filePath(QStringLiteral("existing.qaytish-sealed"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        file->setText(existing);
        QTest::keyClick(repeat, Qt::Key_Return);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().text.contains(QStringLiteral("existing.qaytish-sealed")));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.overwrite());
    }

    void backUpAndRestoreThroughTheWindow() {
        const QString path = makeRegister(QStringLiteral("window.qaytish"), 12);
        MainWindow w(m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openRegister(path));
        auto *backup = w.findChild<QAction *>(QStringLiteral("backupAction"));
        auto *restore = w.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
        QVERIFY(backup && restore);
        QVERIFY(backup->isEnabled() && restore->isEnabled());
        // Both stand in the File menu.
        const QString out = m_dir.filePath(QStringLiteral("stick/window.qaytish-sealed"));
        QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));

        // File > Back up…: the officer types the file and the passphrase twice.
        int dialogs = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, [&] {
            auto *d = qobject_cast<BackupDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            ++dialogs;
            child<QLineEdit>(d, "backupFile")->setText(out);
            QTest::keyClicks(child<QLineEdit>(d, "passphrase"), Passphrase);
            QTest::keyClicks(child<QLineEdit>(d, "passphraseRepeat"), Passphrase);
            QTest::keyClick(child<QLineEdit>(d, "passphraseRepeat"), Qt::Key_Return);
        });
        answer.start(20);
        backup->trigger();
        answer.stop();
        QCOMPARE(dialogs, 1);
        QVERIFY(QFile::exists(out));
        QCOMPARE(Backups::inspect(out).value(), BackupKind::Sealed);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().kind, Dialogs::Question::Kind::Information);
        QVERIFY2(m_asked.first().text.contains(QStringLiteral("sealed with the passphrase")),
                 qPrintable(m_asked.first().text));
        m_asked.clear();
        // The window still works on its register.
        QVERIFY(w.database());
        {
            CaseRepository repo(*w.database(), m_clock);
            QVERIFY(repo.create(Actor{QStringLiteral("t")},
                                test::sampleCase(QStringLiteral("Later"), QString()))
                        .ok());
            QCOMPARE(repo.caseCount().value(), 13);
        }

        // File > Restore from a backup…: the file, a wrong passphrase (asked again, saying
        // why), the right one, the confirmation naming both files; the register is reopened.
        Dialogs::setFileResponder([&](const QString &) { return out; });
        QStringList problems;
        int attempts = 0;
        connect(&answer, &QTimer::timeout, [&] {
            auto *d = qobject_cast<PassphraseDialog *>(QApplication::activeModalWidget());
            if (!d || !d->isVisible())
                return;
            auto *problem = child<QLabel>(d, "passphraseProblem");
            problems << (problem ? problem->text() : QString());
            auto *field = child<QLineEdit>(d, "passphrase");
            QTest::keyClicks(field,
                             ++attempts == 1 ? QStringLiteral("not the passphrase") : Passphrase);
            QTest::keyClick(field, Qt::Key_Return);
        });
        answer.start(20);
        restore->trigger();
        answer.stop();
        Dialogs::setFileResponder([](const QString &) { return QString(); });
        QCOMPARE(attempts, 2);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).isEmpty());
        QVERIFY2(problems.at(1).contains(QStringLiteral("cannot be told apart")),
                 qPrintable(problems.at(1)));
        QStringList asked;
        for (const Dialogs::Question &q : std::as_const(m_asked))
            asked << q.text;
        QVERIFY2(m_asked.size() == 1, qPrintable(asked.join(u'\n')));
        QCOMPARE(m_asked.first().kind, Dialogs::Question::Kind::Warning);
        QVERIFY(m_asked.first().text.contains(QStringLiteral("window.qaytish-sealed")));
        QVERIFY(m_asked.first().text.contains(QStringLiteral("window.qaytish ")));
        QVERIFY(w.database());
        QCOMPARE(CaseRepository(*w.database(), m_clock).caseCount().value(), 12);
        QTRY_COMPARE(w.model()->totalCount(), 12);
        const QList<SafetyCopy> copies = SafetyCopies::list(path);
        QVERIFY(std::any_of(copies.begin(), copies.end(), [](const SafetyCopy &c) {
            return c.reason == QStringLiteral("before-restore");
        }));
        // Nothing in clear was left beside the register.
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY2(!name.contains(QStringLiteral(".restore-")) &&
                         !name.contains(QStringLiteral(".backup-")),
                     qPrintable(name));
    }

    void cancelledRestoreChangesNothing() {
        const QString path = makeRegister(QStringLiteral("keep.qaytish"), 5);
        const QString other = makeRegister(QStringLiteral("other.qaytish"), 8);
        const QString out = m_dir.filePath(QStringLiteral("other-plain.qaytish"));
        {
            auto db = Database::open(other).value();
            QVERIFY(Backups::make(db->connection(), other, Actor{QStringLiteral("t")}, out,
                                  BackupOptions{})
                        .ok());
        }
        MainWindow w(m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openRegister(path));
        // A plain backup asks no passphrase; the officer says Cancel at the confirmation.
        Dialogs::setResponder([this](const Dialogs::Question &q) {
            m_asked << q;
            return Dialogs::Answer::No;
        });
        Dialogs::setFileResponder([&](const QString &) { return out; });
        QVERIFY(!w.restoreFromBackup());
        Dialogs::setFileResponder([](const QString &) { return QString(); });
        Dialogs::setResponder([this](const Dialogs::Question &q) {
            m_asked << q;
            return Dialogs::Answer::Yes;
        });
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().text.contains(QStringLiteral("other-plain.qaytish")));
        QCOMPARE(CaseRepository(*w.database(), m_clock).caseCount().value(), 5);
        QVERIFY(SafetyCopies::list(path).size() <= 1); // the daily copy only
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY2(!name.contains(QStringLiteral(".restore-")), qPrintable(name));
    }
};

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
