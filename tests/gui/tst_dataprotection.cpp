// The audit log window (filters, verification, export) and the retention dialog (preview,
// confirmation, anonymisation), driven as an officer or administrator would.
#include "core/auditlog.h"
#include "core/caserepository.h"
#include "core/database.h"
#include "core/safetycopies.h"
#include "support/testsupport.h"
#include "ui/auditlogwindow.h"
#include "ui/dialogs.h"
#include "ui/retentiondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

class TestDataProtection : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<Database> m_db;
    const Actor m_officer{QStringLiteral("k.rahimova")};
    const FixedClock m_then{QDateTime(QDate(2023, 1, 10), QTime(9, 0), QTimeZone::utc())};
    const FixedClock m_now{QDateTime(QDate(2029, 3, 15), QTime(10, 0), QTimeZone::utc())};
    QList<Dialogs::Question> m_asked;
    QString m_saveAs;

    // Two cases: one closed in 2023, one open; the first is opened once.
    QString makeRegister() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("d%1.qaytish").arg(++m_n))).value();
        CaseRepository then(*m_db, m_then);
        auto closed = then.create(
            m_officer, test::sampleCase(QStringLiteral("Hamidov"), QStringLiteral("Ҳамидов")));
        auto open = then.create(
            m_officer, test::sampleCase(QStringLiteral("Tojiyev"), QStringLiteral("Тожиев")));
        if (!closed || !open ||
            !then.changeStatus(m_officer, closed->record.id, CaseStatus::Closed,
                               QStringLiteral("Left")))
            return {};
        CaseRepository(*m_db, m_now).read(m_officer, closed->record.id);
        return closed->record.caseRef;
    }

    template <typename T> static T *find(QWidget *w, const char *name) {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        Dialogs::setResponder([this](const Dialogs::Question &q) {
            m_asked << q;
            return Dialogs::Answer::Yes;
        });
        Dialogs::setFileResponder([this](const QString &) { return m_saveAs; });
    }
    void init() { m_asked.clear(); }

    void auditLogFiltersVerifiesAndExports() {
        const QString ref = makeRegister();
        QVERIFY(!ref.isEmpty());
        AuditLogWindow window(m_db, m_now, m_officer);
        window.show();
        auto *table = find<QTableWidget>(&window, "auditEntries");
        const int all = table->rowCount();
        QVERIFY(all > 4);

        auto *action = find<QComboBox>(&window, "auditAction");
        action->setCurrentIndex(action->findData(AuditAction::Open));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), AuditAction::displayName(AuditAction::Open));
        action->setCurrentIndex(0);
        QCOMPARE(table->rowCount(), all);

        // The case filter: only that person's entries.
        auto *caseEdit = find<QLineEdit>(&window, "auditCase");
        caseEdit->setText(ref);
        emit caseEdit->editingFinished();
        QVERIFY(table->rowCount() > 0 && table->rowCount() < all);
        caseEdit->setText(QStringLiteral("QY-1999-999999"));
        emit caseEdit->editingFinished();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(find<QLabel>(&window, "auditStatus")->text().contains(u"QY-1999-999999"));
        caseEdit->clear();
        emit caseEdit->editingFinished();

        // Values are shown to an officer, with the change.
        bool change = false;
        for (int r = 0; r < table->rowCount(); ++r)
            change = change || table->item(r, 6)->text().contains(QStringLiteral("→"));
        QVERIFY(change);

        find<QPushButton>(&window, "auditVerify")->click();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.last().text.contains(QStringLiteral("intact")));

        m_saveAs = m_dir.filePath(QStringLiteral("audit.csv"));
        find<QPushButton>(&window, "auditExport")->click();
        QFile csv(m_saveAs);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), all + 1);
        QVERIFY(lines.first().contains(QStringLiteral("id,at,user,action")));
        // The export itself is in the trail.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' "
                                      "AND table_name = 'audit_log'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // Tampering outside Qaytish is reported with the entry.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 2")));
        find<QPushButton>(&window, "auditVerify")->click();
        QCOMPARE(m_asked.last().kind, Dialogs::Question::Kind::Error);
        QVERIFY2(m_asked.last().details.contains(QStringLiteral("Entry 2")),
                 qPrintable(m_asked.last().details));
    }

    void retentionPreviewsThenAnonymises() {
        QVERIFY(!makeRegister().isEmpty());
        // A safety copy made before holds the person's data.
        Result<SafetyCopy> daily = SafetyCopies::make(m_db->connection(), m_db->path(),
                                                      QStringLiteral("daily"), m_then.now(), 7);
        QVERIFY(daily);
        RetentionDialog dialog(m_db, m_now, m_officer);
        dialog.show();
        auto *table = find<QTableWidget>(&dialog, "retentionPersons");
        auto *apply = find<QPushButton>(&dialog, "applyRetention");
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(apply->isEnabled());
        QVERIFY(
            find<QLabel>(&dialog, "retentionRemoved")->text().contains(QStringLiteral("PINFL")));
        // The preview says what becomes of the copies beside the register.
        QVERIFY2(find<QLabel>(&dialog, "retentionRemoved")
                     ->text()
                     .contains(QStringLiteral("they will be deleted and a new copy made")),
                 qPrintable(find<QLabel>(&dialog, "retentionRemoved")->text()));
        apply->click();
        // Asked first, then told.
        QVERIFY(m_asked.size() >= 2);
        QCOMPARE(m_asked.first().kind, Dialogs::Question::Kind::Warning);
        QCOMPARE(dialog.anonymised(), 1);
        // Told of the copy deleted and of the new one, which exists.
        QVERIFY(!QFileInfo::exists(daily->path));
        const QList<SafetyCopy> copies = SafetyCopies::list(m_db->path());
        QCOMPARE(copies.size(), 1);
        QVERIFY2(m_asked.last().text.contains(QDir::toNativeSeparators(copies.first().path)),
                 qPrintable(m_asked.last().text));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!apply->isEnabled());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person WHERE surname = 'Hamidov'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestDataProtection)
#include "tst_dataprotection.moc"
