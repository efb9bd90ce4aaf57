#include "core/sqlscript.h"

#include <QTest>

using namespace qaytish;

class TestSqlScript : public QObject {
    Q_OBJECT
private slots:
    void splitsPlainStatements() {
        const QStringList s =
            splitSqlScript(QStringLiteral("CREATE TABLE a (x);\nINSERT INTO a VALUES (1);\n"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0), QStringLiteral("CREATE TABLE a (x)"));
        QCOMPARE(s.at(1), QStringLiteral("INSERT INTO a VALUES (1)"));
    }
    void keepsSemicolonsInStringsAndIdentifiers() {
        const QStringList s = splitSqlScript(QStringLiteral(
            "INSERT INTO a VALUES ('x; y', 'it''s; fine');\nSELECT \"a;b\" FROM t;"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0), QStringLiteral("INSERT INTO a VALUES ('x; y', 'it''s; fine')"));
        QCOMPARE(s.at(1), QStringLiteral("SELECT \"a;b\" FROM t"));
    }
    void dropsComments() {
        const QStringList s = splitSqlScript(
            QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x); /* block; */ "
                           "CREATE TABLE b (y);"));
        QCOMPARE(s.size(), 2);
        QVERIFY(!s.at(0).contains(QStringLiteral("comment")));
        QCOMPARE(s.at(1), QStringLiteral("CREATE TABLE b (y)"));
    }
    void keepsTriggerBodiesWhole() {
        const QString script =
            QStringLiteral("CREATE TABLE t (x);\n"
                           "CREATE TRIGGER t_no_delete BEFORE DELETE ON t\nBEGIN\n"
                           "    SELECT CASE WHEN 1 THEN RAISE(ABORT, 'no; never') END;\n"
                           "    SELECT 1;\nEND;\n"
                           "INSERT INTO t VALUES (1);");
        const QStringList s = splitSqlScript(script);
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(s.at(1).endsWith(QStringLiteral("END")));
        QVERIFY(s.at(1).contains(QStringLiteral("SELECT 1;")));
        QCOMPARE(s.at(2), QStringLiteral("INSERT INTO t VALUES (1)"));
    }
    void lastStatementWithoutSemicolon() {
        const QStringList s = splitSqlScript(QStringLiteral("SELECT 1;  SELECT 2  \n"));
        QCOMPARE(s, (QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")}));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
