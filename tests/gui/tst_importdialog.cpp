// The import dialog: preview with problems, mapping an unknown column, import on a worker
// thread, cancel writes nothing; and the main window's File menu entries.
#include "core/auditlog.h"
#include "support/testsupport.h"
#include "ui/dialogs.h"
#include "ui/importdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace qaytish;

namespace {

QByteArray person(const char *surname, const QDate &birth, bool male, int serial) {
    return QByteArray(surname) + ";Aziz;" + (male ? "M" : "F") + ";" +
           birth.toString(QStringLiteral("dd.MM.yyyy")).toUtf8() + ";" +
           test::pinflFor(birth, male, 123, serial).toUtf8() + ";+1 555 0100;Detained 2025\r\n";
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    int m_n = 0;

    std::shared_ptr<Database> newRegister() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++m_n)));
        return db ? db.value() : nullptr;
    }
    QString writeFile(const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }
    static qint64 count(const Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM return_case"));
        q.next();
        return q.value(0).toLongLong();
    }
    template <typename T> static T *child(QObject *parent, const char *name) {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() {
        Dialogs::setResponder([](const Dialogs::Question &) { return Dialogs::Answer::Ok; });
    }

    void previewShowsRowsProblemsAndUnknownColumns() {
        auto db = newRegister();
        QVERIFY(db);
        const QString file = writeFile(QStringLiteral("list.csv"),
                                       "Фамилия;Имя;Пол;Дата рождения;ПИНФЛ;Mobile;Remark\r\n" +
                                           person("Karimov", QDate(1990, 4, 30), true, 1) +
                                           "Rahimov;;X;30.04.1990;;;\r\n");
        ImportDialog dialog(db, m_clock, Actor{QStringLiteral("t")}, file);
        dialog.show();
        QCOMPARE(dialog.objectName(), QStringLiteral("importDialog"));
        auto *preview = child<QTableWidget>(&dialog, "previewTable");
        QVERIFY(preview);
        QCOMPARE(preview->rowCount(), 2);
        const int problems = preview->columnCount() - 1;
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("2"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Karimov"));
        QCOMPARE(preview->item(0, problems)->text(), QStringLiteral("OK"));
        QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("3"));
        QVERIFY(preview->item(1, problems)->text().contains(QStringLiteral("given_names")));
        QVERIFY(preview->item(1, problems)->text().contains(QStringLiteral("sex")));
        auto *unknown = child<QLabel>(&dialog, "unknownColumnsLabel");
        QVERIFY(unknown->text().contains(QStringLiteral("Mobile")));
        QVERIFY(unknown->text().contains(QStringLiteral("Remark")));
        auto *mapping = child<QComboBox>(&dialog, "mapping_0");
        QCOMPARE(mapping->currentData().toString(), QStringLiteral("surname"));
        QCOMPARE(child<QComboBox>(&dialog, "mapping_5")->currentData().toString(), QString());
    }

    void mappingAnUnknownColumnImportsIt() {
        auto db = newRegister();
        QVERIFY(db);
        const QString file = writeFile(QStringLiteral("mobile.csv"),
                                       "Фамилия;Имя;Пол;Дата рождения;ПИНФЛ;Mobile;Remark\r\n" +
                                           person("Karimov", QDate(1990, 4, 30), true, 1));
        ImportDialog dialog(db, m_clock, Actor{QStringLiteral("t")}, file);
        dialog.show();
        auto *mobile = child<QComboBox>(&dialog, "mapping_5");
        mobile->setCurrentIndex(mobile->findData(QStringLiteral("phone")));
        QTRY_VERIFY(!child<QLabel>(&dialog, "unknownColumnsLabel")
                         ->text()
                         .contains(QStringLiteral("Mobile")));
        QCOMPARE(child<QComboBox>(&dialog, "mapping_5")->currentData().toString(),
                 QStringLiteral("phone"));
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toLongLong(), 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT contact_abroad FROM person")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+1 555 0100"));
        // The unassigned column was not stored anywhere.
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM return_case WHERE notes LIKE '%Detained%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(child<QPlainTextEdit>(&dialog, "importSummary")
                    ->toPlainText()
                    .contains(QStringLiteral("Imported 1 of 1")));
    }

    void cancelWritesNothingAndTheWindowStaysResponsive() {
        auto db = newRegister();
        QVERIFY(db);
        QByteArray bytes = "surname;given_names;sex;birth_date;pinfl;phone;notes\r\n";
        for (int i = 0; i < 30000; ++i)
            bytes += person("Karimov", QDate(1990, 4, 30), true, i % 1000);
        const QString file = writeFile(QStringLiteral("big.csv"), bytes);
        ImportDialog dialog(db, m_clock, Actor{QStringLiteral("t")}, file);
        dialog.show();
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(child<QProgressBar>(&dialog, "importProgress")->isVisible());
        // The UI thread keeps handling events while the worker reads.
        QTest::qWait(50);
        QVERIFY(dialog.isRunning());
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // Cancel stops the import, not the dialog
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toLongLong(), 0);
        QVERIFY(child<QPlainTextEdit>(&dialog, "importSummary")
                    ->toPlainText()
                    .contains(QStringLiteral("Cancelled")));
        QCOMPARE(count(*db), 0);
    }

    void mainWindowOffersImportAndExport() {
        MainWindow w(m_clock);
        QVERIFY(w.openRegister(m_dir.filePath(QStringLiteral("main.qaytish"))));
        w.show();
        auto *import = child<QAction>(&w, "importAction");
        auto *exportCsv = child<QAction>(&w, "exportCsvAction");
        QVERIFY(import && exportCsv);
        QVERIFY(import->isEnabled());
        QVERIFY(!exportCsv->isEnabled()); // nothing to export yet
        const QString file = writeFile(QStringLiteral("one.csv"),
                                       "surname;given_names;sex;birth_date;pinfl;phone;notes\r\n" +
                                           person("Karimov", QDate(1990, 4, 30), true, 1));
        Dialogs::setFileResponder([file](const QString &) { return file; });
        import->trigger();
        auto *dialog = child<ImportDialog>(&w, "importDialog");
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(exportCsv->isEnabled(), 30000); // the table shows the case
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        Dialogs::setFileResponder([out](const QString &) { return out; });
        exportCsv->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() > 0, 30000);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(f.readAll());
        QVERIFY(written.contains(QStringLiteral("Karimov")));
        // Made by the window's officer, and recorded so.
        QVERIFY(written.contains(QStringLiteral(",exported_by,exported_at\r\n")));
        QVERIFY(written.contains(u',' + w.actor().name + QStringLiteral(",2026-")));
        AuditFilter filter;
        filter.action = AuditAction::Export;
        Result<QList<AuditEntry>> entries = AuditLog::entries(
            w.database()->connection(), w.database()->path(), w.actor(), filter, 0, 10);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().actor, w.actor().name);
        QCOMPARE(entries->first().field, QStringLiteral("cases_csv"));
        Dialogs::setFileResponder({});
    }

    // A CSV file dropped on the window opens the import with that file; nothing is written
    // before the officer confirms in the dialog.
    void droppingAFileOpensTheImport() {
        MainWindow w(m_clock);
        const QString registerPath = m_dir.filePath(QStringLiteral("drop.qaytish"));
        QVERIFY(w.openRegister(registerPath));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString file = writeFile(QStringLiteral("dropped.csv"),
                                       "surname;given_names;sex;birth_date;pinfl;phone;notes\r\n" +
                                           person("Rahimova", QDate(1985, 1, 2), false, 2));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        const QPointF at(w.width() / 2.0, w.height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        auto *dialog = child<ImportDialog>(&w, "importDialog");
        QVERIFY(dialog);
        QCOMPARE(count(*w.database()), 0);
        auto *preview = child<QTableWidget>(dialog, "previewTable");
        QVERIFY(preview);
        QTRY_VERIFY(preview->rowCount() >= 1);
        bool shown = false;
        for (int c = 0; c < preview->columnCount(); ++c)
            shown = shown || (preview->item(0, c) &&
                              preview->item(0, c)->text() == QStringLiteral("Rahimova"));
        QVERIFY2(shown, "the dropped file's row is in the preview");
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(count(*w.database()), 1, 30000);

        // Several files at once, or something that is not a file, are not taken.
        QMimeData two;
        two.setUrls({QUrl::fromLocalFile(file), QUrl::fromLocalFile(file)});
        QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
