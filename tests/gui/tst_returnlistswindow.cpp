// The return lists window, driven as a consul would: finalising is refused over a warning,
// the warning is overridden with a reason, then the list is finalised; a hard stop offers no
// override. Widgets are found by objectName; dialogs are answered by responders.
#include "core/caserepository.h"
#include "core/database.h"
#include "core/returnlists.h"
#include "support/testsupport.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/returnlistswindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace qaytish;

namespace {
const Actor Consul{QStringLiteral("consul.karimov")};
} // namespace

class TestReturnListsWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    QList<Dialogs::Question> m_asked;
    QList<Dialogs::Answer> m_answers;
    QStringList m_texts; // answers to the reason prompts
    QStringList m_prompts;
    int m_n = 0;

    CaseRecord makeCase(const QString &surname, CaseStatus status) {
        CaseRepository repo(*m_db, m_clock);
        CaseRecord r = test::sampleCase(surname);
        ++m_n;
        r.person.passportNumber = QStringLiteral("AB%1").arg(1000000 + m_n);
        r.person.pinfl = test::pinflFor(r.person.birthDate, true, 123, m_n);
        r.hostReference = QStringLiteral("A%1").arg(200000000 + m_n);
        const qint64 id = repo.create(Consul, r)->record.id;
        auto req = repo.addIdentityRequest(Consul, id, QStringLiteral("07/%1").arg(m_n),
                                           QDate(2026, 2, 1));
        repo.recordIdentityReply(Consul, req->id, QStringLiteral("R-%1").arg(m_n),
                                 QDate(2026, 3, 1), QStringLiteral("confirmed"));
        if (status == CaseStatus::DocumentIssued)
            repo.changeStatus(Consul, id, CaseStatus::DocumentIssued, QString());
        return repo.load(id).value();
    }

    template <typename T> T *find(QWidget *w, const char *name) {
        T *child = w->findChild<T *>(QString::fromLatin1(name));
        if (!child)
            qWarning("no %s", name);
        return child;
    }

    QTreeWidgetItem *problemRow(QTreeWidget *tree, const QString &caseRef) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(1) == caseRef)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Dialogs::setResponder([this](const Dialogs::Question &q) {
            m_asked << q;
            return m_answers.isEmpty() ? Dialogs::Answer::Cancel : m_answers.takeFirst();
        });
        Dialogs::setTextResponder([this](const QString &label) -> std::optional<QString> {
            m_prompts << label;
            if (m_texts.isEmpty())
                return std::nullopt;
            return m_texts.takeFirst();
        });
    }

    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("r%1.qaytish").arg(++m_n)));
        QVERIFY(db);
        m_db = db.value();
        m_asked.clear();
        m_answers.clear();
        m_texts.clear();
        m_prompts.clear();
    }

    void cleanup() {
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_db.reset();
    }

    void finalisingOverAWarning() {
        const CaseRecord issued = makeCase(QStringLiteral("Hujjatov"), CaseStatus::DocumentIssued);
        const CaseRecord early =
            makeCase(QStringLiteral("Tasdiqov"), CaseStatus::IdentityConfirmed);
        ReturnListRepository repo(*m_db, m_clock);
        ReturnList l;
        l.flightNumber = QStringLiteral("HY 102");
        l.flightDate = QDate(2026, 4, 10);
        l.fromAirport = QStringLiteral("JFK");
        l.toAirport = QStringLiteral("TAS");
        const qint64 listId = repo.create(Consul, l)->id;
        QVERIFY(repo.addCases(Consul, listId, {issued.caseRef, early.caseRef}));

        auto *w = new ReturnListsWindow(m_db, m_clock, Consul);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCOMPARE(w->currentListId(), listId);
        auto *tree = find<QTreeWidget>(w, "problems");
        auto *finalize = find<QPushButton>(w, "finalizeButton");
        auto *overrideButton = find<QPushButton>(w, "overrideButton");
        auto *status = find<QLabel>(w, "listStatus");
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *warning = problemRow(tree, early.caseRef);
        QVERIFY(warning);
        QCOMPARE(warning->text(0), QStringLiteral("Warning"));
        QVERIFY(finalize->isEnabled());
        QVERIFY(!overrideButton->isEnabled()); // nothing chosen yet

        // Finalising while the warning stands: asked, then refused with the warning named.
        m_answers = {Dialogs::Answer::Yes, Dialogs::Answer::Ok};
        QTest::mouseClick(finalize, Qt::LeftButton);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(m_asked.last().text.contains(QStringLiteral("not final")));
        QVERIFY(m_asked.last().text.contains(early.caseRef));
        QCOMPARE(repo.load(listId)->status, QStringLiteral("draft"));
        QVERIFY(status->text().contains(QStringLiteral("Draft")));

        // The consul overrides the warning with a reason.
        tree->setCurrentItem(problemRow(tree, early.caseRef));
        QVERIFY(overrideButton->isEnabled());
        m_texts = {QStringLiteral("ICE holds his valid passport")};
        QTest::mouseClick(overrideButton, Qt::LeftButton);
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(m_prompts.first().contains(early.caseRef));
        QCOMPARE(problemRow(tree, early.caseRef)->text(0), QStringLiteral("Overridden"));
        QVERIFY(problemRow(tree, early.caseRef)
                    ->text(3)
                    .contains(QStringLiteral("ICE holds his valid passport")));

        m_asked.clear();
        m_answers = {Dialogs::Answer::Yes};
        QTest::mouseClick(finalize, Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1); // only the confirmation
        QCOMPARE(repo.load(listId)->status, QStringLiteral("final"));
        QVERIFY(status->text().contains(QStringLiteral("Final")));
        CaseRepository cases(*m_db, m_clock);
        QCOMPARE(cases.load(early.id)->status, CaseStatus::OnReturnList);
        QCOMPARE(cases.load(issued.id)->status, CaseStatus::OnReturnList);
        QVERIFY(!finalize->isEnabled());
        QVERIFY(find<QPushButton>(w, "reopenButton")->isEnabled());
        QVERIFY(!find<QPushButton>(w, "addCasesButton")->isEnabled());
    }

    void hardStopOffersNoOverride() {
        const CaseRecord held = makeCase(QStringLiteral("Ushlangan"), CaseStatus::DocumentIssued);
        ReturnListRepository repo(*m_db, m_clock);
        ReturnList l;
        l.flightNumber = QStringLiteral("HY 102");
        l.flightDate = QDate(2026, 4, 10);
        l.fromAirport = QStringLiteral("JFK");
        l.toAirport = QStringLiteral("TAS");
        const qint64 listId = repo.create(Consul, l)->id;
        QVERIFY(repo.addCases(Consul, listId, {held.caseRef}));
        CaseRecord changed = held;
        changed.doNotBoard = true;
        QVERIFY(CaseRepository(*m_db, m_clock).update(Consul, changed));

        auto *w = new ReturnListsWindow(m_db, m_clock, Consul);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        auto *tree = find<QTreeWidget>(w, "problems");
        QTreeWidgetItem *row = problemRow(tree, held.caseRef);
        QVERIFY(row);
        QCOMPARE(row->text(0), QStringLiteral("HARD STOP"));
        tree->setCurrentItem(row);
        QVERIFY(!find<QPushButton>(w, "overrideButton")->isEnabled());
        QVERIFY(
            find<QLabel>(w, "checkLabel")->text().contains(QStringLiteral("no reason overrides")));
    }

    void openedFromTheMainWindow() {
        MainWindow main(m_clock);
        QVERIFY(main.openRegister(m_db->path()));
        main.show();
        ReturnListsWindow *w = main.openReturnLists();
        QVERIFY(w && w->isVisible());
        QCOMPARE(main.openReturnLists(), w); // one window per register
        auto *newList = find<QPushButton>(w, "newListButton");
        QTest::mouseClick(newList, Qt::LeftButton);
        QVERIFY(w->currentListId() > 0);
        QCOMPARE(ReturnListRepository(*m_db, m_clock).lists()->size(), 1);
    }
};

QTEST_MAIN(TestReturnListsWindow)
#include "tst_returnlistswindow.moc"
