// "Export everything about this person…" in the case editor, driven by the keyboard, with a
// responder for the file dialog and the messages.
#include "core/caserepository.h"
#include "core/database.h"
#include "support/testsupport.h"
#include "ui/caseeditor.h"
#include "ui/dialogs.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

class TestSubjectAccessExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_officer{QStringLiteral("k.rahimova")};
    QList<Dialogs::Question> m_asked;
    QString m_fileAnswer;
    QStringList m_fileTitles;

    qint64 exports() {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")) ||
            !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    CaseRecord newCase() {
        CaseRecord r = test::sampleCase();
        r.notes = QStringLiteral("Asked for a copy of his data.");
        return CaseRepository(*m_db, m_clock).create(m_officer, r).value().record;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Dialogs::setResponder([this](const Dialogs::Question &q) {
            m_asked << q;
            return Dialogs::Answer::Ok;
        });
        Dialogs::setFileResponder([this](const QString &title) {
            m_fileTitles << title;
            return m_fileAnswer;
        });
    }
    void init() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("g%1.qaytish").arg(++m_n))).value();
        m_asked.clear();
        m_fileTitles.clear();
    }
    void cleanup() {
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_db.reset();
    }

    void editorExportsByKeyboard() {
        const CaseRecord record = newCase();
        auto *editor = new CaseEditor(m_db, m_clock, m_officer, record.id);
        editor->show();
        QApplication::setActiveWindow(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto *button = editor->findChild<QPushButton *>(QStringLiteral("subjectAccessButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->text().contains(QStringLiteral("everything about this")));
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        // Reached with Tab from the button before it in the editor's order.
        auto *close = editor->findChild<QPushButton *>(QStringLiteral("closeButton"));
        QVERIFY(close);
        close->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), button);

        const qint64 before = exports();
        m_fileAnswer = m_dir.filePath(QStringLiteral("person.json"));
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(m_fileTitles.size(), 1);
        QFile file(m_fileAnswer);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("case_ref")).toString(), record.caseRef);
        QCOMPARE(json.value(QStringLiteral("cases"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("notes"))
                     .toString(),
                 QStringLiteral("Asked for a copy of his data."));
        QCOMPARE(exports(), before + 1);
        // The officer is told where it went.
        QVERIFY(!m_asked.isEmpty());
        QCOMPARE(m_asked.last().kind, Dialogs::Question::Kind::Information);
        QVERIFY(m_asked.last().text.contains(m_fileAnswer));

        // A PDF when the name has no extension; cancelling writes nothing.
        m_fileAnswer = m_dir.filePath(QStringLiteral("person-report"));
        button->click();
        QFile pdf(m_fileAnswer + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(exports(), before + 2);
        m_fileAnswer.clear();
        button->click();
        QCOMPARE(exports(), before + 2);

        // Unsaved edits would not be in the export: it asks to save first.
        auto *facility = editor->findChild<QLineEdit *>(QStringLiteral("facility"));
        QVERIFY(facility);
        facility->setText(QStringLiteral("Another facility"));
        m_fileAnswer = m_dir.filePath(QStringLiteral("unsaved.json"));
        const int asked = int(m_asked.size());
        button->click();
        QVERIFY(!QFile::exists(m_fileAnswer));
        QCOMPARE(m_asked.size(), asked + 1);
        QCOMPARE(m_asked.last().kind, Dialogs::Question::Kind::Warning);
        QCOMPARE(exports(), before + 2);
    }

    void newCaseHasNoExport() {
        auto *editor = new CaseEditor(m_db, m_clock, m_officer, 0);
        editor->show();
        auto *button = editor->findChild<QPushButton *>(QStringLiteral("subjectAccessButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisible());
    }
};

QTEST_MAIN(TestSubjectAccessExport)
#include "tst_subjectaccessexport.moc"
