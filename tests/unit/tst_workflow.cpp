#include "core/workflow.h"

#include <QTest>

using namespace qaytish;

class TestWorkflow : public QObject {
    Q_OBJECT
private slots:
    void forwardPath() {
        Workflow::Facts confirmed;
        confirmed.hasConfirmedReply = true;
        confirmed.hasValidDocument = true;
        confirmed.throughReturnList = true;
        const QList<CaseStatus> path = {CaseStatus::Registered,        CaseStatus::IdentityCheck,
                                        CaseStatus::IdentityConfirmed, CaseStatus::DocumentIssued,
                                        CaseStatus::OnReturnList,      CaseStatus::Returned};
        for (int i = 0; i + 1 < path.size(); ++i)
            QVERIFY2(Workflow::check(path.at(i), path.at(i + 1), QString(), confirmed).ok(),
                     qPrintable(CaseStatusInfo::code(path.at(i + 1))));
    }
    void noSkipping() {
        Workflow::Facts facts;
        facts.hasConfirmedReply = true;
        Status s =
            Workflow::check(CaseStatus::Registered, CaseStatus::DocumentIssued, QString(), facts);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::BadInput);
        QVERIFY(s.error().message.contains(QStringLiteral("Identity check")));
        QVERIFY(!Workflow::check(CaseStatus::Returned, CaseStatus::Registered, QStringLiteral("x"),
                                 facts)
                     .ok());
        QVERIFY(!Workflow::check(CaseStatus::Registered, CaseStatus::Registered, QString(), facts)
                     .ok());
    }
    void identityConfirmedNeedsReply() {
        Status s = Workflow::check(CaseStatus::IdentityCheck, CaseStatus::IdentityConfirmed,
                                   QString(), Workflow::Facts{});
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("reply")));
    }
    void documentIssuedNeedsATravelDocument() {
        Workflow::Facts facts;
        facts.hasConfirmedReply = true;
        Status s = Workflow::check(CaseStatus::IdentityConfirmed, CaseStatus::DocumentIssued,
                                   QString(), facts);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("status"));
        QVERIFY(s.error().message.contains(QStringLiteral("Certificate of Return")));
        facts.hasValidDocument = true;
        QVERIFY(Workflow::check(CaseStatus::IdentityConfirmed, CaseStatus::DocumentIssued,
                                QString(), facts)
                    .ok());
        // Back from a return list (did not board) the document was already there.
        QVERIFY(Workflow::check(CaseStatus::OnReturnList, CaseStatus::DocumentIssued,
                                QStringLiteral("Did not board"), Workflow::Facts{})
                    .ok());
    }
    void closingNeedsReason() {
        QVERIFY(!Workflow::check(CaseStatus::IdentityCheck, CaseStatus::Closed,
                                 QStringLiteral("  "), Workflow::Facts{})
                     .ok());
        QVERIFY(Workflow::check(CaseStatus::IdentityCheck, CaseStatus::Closed,
                                QStringLiteral("Left on their own"), Workflow::Facts{})
                    .ok());
        for (CaseStatus s :
             {CaseStatus::Registered, CaseStatus::IdentityCheck, CaseStatus::IdentityConfirmed,
              CaseStatus::DocumentIssued, CaseStatus::OnReturnList})
            QVERIFY(Workflow::targets(s).contains(CaseStatus::Closed));
    }
    void didNotBoardGoesBackWithReason() {
        QVERIFY(!Workflow::check(CaseStatus::OnReturnList, CaseStatus::DocumentIssued, QString(),
                                 Workflow::Facts{})
                     .ok());
        QVERIFY(Workflow::check(CaseStatus::OnReturnList, CaseStatus::DocumentIssued,
                                QStringLiteral("Did not board: ill"), Workflow::Facts{})
                    .ok());
    }
    void onReturnListOnlyThroughAList() {
        Workflow::Facts byHand;
        Status s = Workflow::check(CaseStatus::DocumentIssued, CaseStatus::OnReturnList, QString(),
                                   byHand);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("finalised")));
        QVERIFY(!Workflow::manualTargets(CaseStatus::DocumentIssued)
                     .contains(CaseStatus::OnReturnList));
        QVERIFY(Workflow::manualTargets(CaseStatus::DocumentIssued).contains(CaseStatus::Closed));

        Workflow::Facts list;
        list.throughReturnList = true;
        QVERIFY(
            Workflow::check(CaseStatus::DocumentIssued, CaseStatus::OnReturnList, QString(), list)
                .ok());
        // Before the document is issued only with the consul's override.
        s = Workflow::check(CaseStatus::IdentityConfirmed, CaseStatus::OnReturnList, QString(),
                            list);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("overrides")));
        list.notIssuedOverridden = true;
        QVERIFY(Workflow::check(CaseStatus::IdentityConfirmed, CaseStatus::OnReturnList, QString(),
                                list)
                    .ok());
        QVERIFY(Workflow::check(CaseStatus::Registered, CaseStatus::OnReturnList, QString(), list)
                    .ok());
        QVERIFY(
            !Workflow::check(CaseStatus::Closed, CaseStatus::OnReturnList, QString(), list).ok());
    }
    void reopenClosed() {
        QCOMPARE(Workflow::targets(CaseStatus::Closed), QList<CaseStatus>{CaseStatus::Registered});
        QVERIFY(!Workflow::check(CaseStatus::Closed, CaseStatus::Registered, QString(),
                                 Workflow::Facts{})
                     .ok());
        QVERIFY(Workflow::check(CaseStatus::Closed, CaseStatus::Registered,
                                QStringLiteral("New request"), Workflow::Facts{})
                    .ok());
    }
    void codesRoundTrip() {
        for (CaseStatus s : CaseStatusInfo::all())
            QCOMPARE(CaseStatusInfo::fromCode(CaseStatusInfo::code(s)),
                     std::optional<CaseStatus>(s));
        QCOMPARE(CaseStatusInfo::code(CaseStatus::IdentityConfirmed),
                 QStringLiteral("identity_confirmed"));
        QVERIFY(!CaseStatusInfo::fromCode(QStringLiteral("Registered")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
