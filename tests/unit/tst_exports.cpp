// Exports of personal data: every kind of output (cases CSV, certificate PDF, register of
// certificates CSV, return-list PDF and CSV) goes through ExportLog and adds exactly one audit
// entry naming the actor, the kind, the record and the file; the files say who made them and
// when; a failed export records nothing, and an export that cannot be recorded leaves no file.
#include "core/auditlog.h"
#include "core/caserepository.h"
#include "core/certificates.h"
#include "core/csvexport.h"
#include "core/exportlog.h"
#include "core/personphoto.h"
#include "core/returnlistexport.h"
#include "core/returnlists.h"
#include "documents/certificatepdf.h"
#include "documents/returnlistpdf.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace qaytish;

namespace {

// Core never decodes the photo; a JPEG's first bytes are what it checks.
const QByteArray FakeJpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(200, 'x');

} // namespace

class TestExports : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc())};
    const Actor m_officer{QStringLiteral("k.rahimova")};
    const Actor m_consul{QStringLiteral("b.yoldoshev")};
    qint64 m_caseId = 0;
    qint64 m_personId = 0;
    qint64 m_otherPersonId = 0;
    Certificate m_certificate;
    qint64 m_listId = 0;

    QString file(const QString &name) { return m_dir.filePath(name); }

    // A register with two cases, one of which holds a certificate and travels on a list.
    void makeRegister() {
        m_db = Database::open(file(QStringLiteral("r%1.qaytish").arg(++m_n))).value();
        CaseRepository repo(*m_db, m_clock);
        Result<CaseRepository::SaveResult> other = repo.create(
            m_officer, test::sampleCase(QStringLiteral("Rahimov"), QStringLiteral("Раҳимов")));
        QVERIFY(other.ok());
        m_otherPersonId = other->record.person.id;
        Result<CaseRepository::SaveResult> saved = repo.create(m_officer, test::sampleCase());
        QVERIFY(saved.ok());
        m_caseId = saved->record.id;
        m_personId = saved->record.person.id;
        Result<IdentityRequest> request =
            repo.addIdentityRequest(m_officer, m_caseId, QStringLiteral("07/1"), QDate(2026, 3, 1));
        QVERIFY(request.ok());
        QVERIFY(repo.recordIdentityReply(m_officer, request->id, QStringLiteral("R-1"),
                                         QDate(2026, 3, 10), QStringLiteral("confirmed"))
                    .ok());
        QVERIFY(PersonPhotoStore(*m_db, m_clock)
                    .setForCase(m_officer, m_caseId, FakeJpeg, 413, 531)
                    .ok());
        CertificateRequest r;
        r.caseId = m_caseId;
        r.receiptNumber = QStringLiteral("R-100");
        Result<Certificate> c = CertificateRegister(*m_db, m_clock).issue(m_consul, r);
        QVERIFY2(c.ok(), c ? "" : qPrintable(c.error().message));
        m_certificate = c.value();
        ReturnListRepository lists(*m_db, m_clock);
        ReturnList l;
        l.flightNumber = QStringLiteral("HY 102");
        l.flightDate = QDate(2026, 4, 10);
        l.fromAirport = QStringLiteral("JFK");
        l.toAirport = QStringLiteral("TAS");
        Result<ReturnList> list = lists.create(m_officer, l);
        QVERIFY(list.ok());
        m_listId = list->id;
        QVERIFY(lists.addCaseIds(m_officer, m_listId, {m_caseId}).ok());
    }

    QList<AuditEntry> exports(const AuditFilter &extra = {}) {
        AuditFilter filter = extra;
        filter.action = AuditAction::Export;
        Result<QList<AuditEntry>> e =
            AuditLog::entries(m_db->connection(), m_db->path(), m_consul, filter, 0, 1000);
        return e ? e.value() : QList<AuditEntry>{};
    }

    QJsonObject described(const AuditEntry &e) {
        return QJsonDocument::fromJson(e.newValue.value_or(QString()).toUtf8()).object();
    }

    QByteArray read(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // One run of each kind of export, by the officer, into `path`; returns its outcome.
    Status exportOf(const QString &kind, const QString &path) {
        auto status = [](const Result<qint64> &r) {
            return r ? Status() : Status(r.error());
        };
        if (kind == ExportKind::CasesCsv)
            return status(CsvExporter::write(m_db->connection(), m_db->path(), m_clock, m_officer,
                                             CaseFilter{QStringLiteral("Gulomov"), {}}, path));
        if (kind == ExportKind::CertificatePdf)
            return documents::CertificatePdf::save(*m_db, m_clock, m_officer, m_certificate.number,
                                                   path);
        if (kind == ExportKind::CertificatesCsv)
            return status(CertificateRegister(*m_db, m_clock).exportCsv(m_officer, path));
        documents::ReturnListPdfOptions options;
        options.output = ReturnListOutput::Reception;
        options.language = QStringLiteral("uz");
        if (kind == ExportKind::ReturnListPdf)
            return status(
                documents::ReturnListPdf::save(*m_db, m_clock, m_officer, m_listId, options, path));
        return status(ReturnListExport::exportCsv(*m_db, m_clock, m_officer, m_listId,
                                                  ReturnListOutput::Reception, path));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eachExportIsOneEntry_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("ofTheRecord"); // the entry names one row (else a listing)
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("cases CSV") << ExportKind::CasesCsv << QStringLiteral("return_case") << false
                                   << 1 << QStringLiteral("csv");
        QTest::newRow("certificate PDF")
            << ExportKind::CertificatePdf << QStringLiteral("certificate") << true << 1
            << QStringLiteral("pdf");
        QTest::newRow("certificates CSV")
            << ExportKind::CertificatesCsv << QStringLiteral("certificate") << false << 1
            << QStringLiteral("csv");
        QTest::newRow("return-list PDF")
            << ExportKind::ReturnListPdf << QStringLiteral("return_list") << true << 1
            << QStringLiteral("pdf");
        QTest::newRow("return-list CSV")
            << ExportKind::ReturnListCsv << QStringLiteral("return_list") << true << 1
            << QStringLiteral("csv");
    }

    void eachExportIsOneEntry() {
        QFETCH(QString, kind);
        QFETCH(QString, table);
        QFETCH(bool, ofTheRecord);
        QFETCH(int, records);
        QFETCH(QString, suffix);
        makeRegister();
        const qsizetype before = exports().size();
        const QString path = file(QStringLiteral("%1-%2.%3").arg(kind).arg(m_n).arg(suffix));
        const Status done = exportOf(kind, path);
        QVERIFY2(done.ok(), done ? "" : qPrintable(done.error().message));
        QVERIFY(QFile::exists(path));

        const QList<AuditEntry> after = exports();
        QCOMPARE(after.size(), before + 1);
        const AuditEntry &e = after.first();
        QCOMPARE(e.actor, m_officer.name);
        QCOMPARE(e.action, AuditAction::Export);
        QCOMPARE(e.at, QStringLiteral("2026-03-15T10:00:00.000Z"));
        QCOMPARE(e.field, kind);
        QCOMPARE(e.table, table);
        const qint64 row = !ofTheRecord ? 0 : table == u"certificate" ? m_certificate.id : m_listId;
        QCOMPARE(e.rowId, row);
        const QJsonObject what = described(e);
        QCOMPARE(what.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(what.value(QStringLiteral("destination")).toString(),
                 QDir::toNativeSeparators(path));
        QCOMPARE(what.value(QStringLiteral("records")).toInt(), records);
        if (kind == ExportKind::CasesCsv) {
            // That a search narrowed the listing, never the text searched for (a name).
            const QJsonObject filter = what.value(QStringLiteral("filter")).toObject();
            QCOMPARE(filter.value(QStringLiteral("searched")), QJsonValue(true));
            QVERIFY(!filter.contains(QStringLiteral("search")));
            QVERIFY(!e.newValue->contains(QStringLiteral("Gulomov"), Qt::CaseInsensitive));
        }
        // A listing names whose records it carried; a single record's entry names the person.
        QSqlQuery carried(m_db->connection());
        QVERIFY(carried.exec(QStringLiteral("SELECT person_id FROM export_person WHERE audit_id = "
                                            "%1 ORDER BY person_id")
                                 .arg(e.id)));
        QList<qint64> persons;
        while (carried.next())
            persons << carried.value(0).toLongLong();
        if (table == u"certificate" && ofTheRecord)
            QCOMPARE(persons, QList<qint64>());
        else
            QCOMPARE(persons, QList<qint64>{m_personId});
        if (kind == ExportKind::ReturnListPdf) {
            QCOMPARE(what.value(QStringLiteral("language")).toString(), QStringLiteral("uz+ru"));
            QCOMPARE(what.value(QStringLiteral("output")).toString(), QStringLiteral("reception"));
        }
        QVERIFY(AuditLog::verify(m_db->connection(), m_db->path())->intact());

        // The CSVs end every row with who exported it and when, in the entry's own time.
        if (suffix == u"csv") {
            const QStringList lines =
                QString::fromUtf8(read(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QVERIFY(lines.size() >= 2);
            QVERIFY(lines.first().endsWith(QStringLiteral(",exported_by,exported_at")));
            for (const QString &line : lines.mid(1))
                QVERIFY2(line.endsWith(QStringLiteral(",k.rahimova,") + e.at), qPrintable(line));
        }
    }

    // A single person's output is found with the person's entries, and so is a listing that
    // carried their record; a listing that did not is not found.
    void aCertificateIsFoundByItsPerson() {
        makeRegister();
        QVERIFY(exportOf(ExportKind::CertificatePdf, file(QStringLiteral("c.pdf"))).ok());
        QVERIFY(exportOf(ExportKind::CasesCsv, file(QStringLiteral("all.csv"))).ok());
        AuditFilter mine;
        mine.personId = m_personId;
        const QList<AuditEntry> found = exports(mine);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).field, ExportKind::CasesCsv); // newest first
        QCOMPARE(found.at(0).personId, qint64(0));
        QCOMPARE(found.at(1).field, ExportKind::CertificatePdf);
        QCOMPARE(found.at(1).personId, m_personId);
        AuditFilter other;
        other.personId = m_otherPersonId;
        QVERIFY(exports(other).isEmpty());
    }

    // A spoiled certificate is not printed, and nothing is recorded; nor is a file that
    // cannot be written.
    void aFailedExportIsNotRecorded() {
        makeRegister();
        const qsizetype before = exports().size();
        const QString nowhere = file(QStringLiteral("missing-folder/x.csv"));
        for (const QString &kind :
             {ExportKind::CasesCsv, ExportKind::CertificatePdf, ExportKind::CertificatesCsv,
              ExportKind::ReturnListPdf, ExportKind::ReturnListCsv}) {
            const Status s = exportOf(kind, nowhere);
            QVERIFY2(!s, qPrintable(kind));
            QCOMPARE(s.error().kind, ErrorKind::Io);
            QVERIFY(s.error().message.contains(QStringLiteral("x.csv")));
        }
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(CertificateRegister(*m_db, m_clock)
                    .voidCertificate(m_consul, m_certificate.number, QStringLiteral("spoiled"),
                                     QStringLiteral("ink"))
                    .ok());
        const QString pdf = file(QStringLiteral("spoiled.pdf"));
        QVERIFY(!exportOf(ExportKind::CertificatePdf, pdf));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(exports().size(), before);
    }

    // When the entry cannot be appended, the file is not written and one there before is
    // left as it was.
    void anExportThatCannotBeRecordedLeavesNoFile() {
        makeRegister();
        const qsizetype before = exports().size();
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_exports BEFORE INSERT ON "
                                       "main.audit_log WHEN NEW.action = 'export' BEGIN "
                                       "SELECT RAISE(ABORT, 'the audit trail is full'); END")),
                 qPrintable(q.lastError().text()));
        const QString kept = file(QStringLiteral("kept.csv"));
        {
            QFile f(kept);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("an older file\n");
        }
        QVERIFY(!exportOf(ExportKind::CasesCsv, kept));
        QCOMPARE(read(kept), QByteArray("an older file\n"));
        const QString pdf = file(QStringLiteral("never.pdf"));
        QVERIFY(!exportOf(ExportKind::ReturnListPdf, pdf));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_exports")));
        QCOMPARE(exports().size(), before);
        // Nothing of a rolled-back export stays behind: the next one is recorded.
        QVERIFY(exportOf(ExportKind::ReturnListPdf, pdf).ok());
        QCOMPARE(exports().size(), before + 1);
    }

    // The entry is appended, the file renamed into place, and then the commit fails: the
    // file is removed again, since its entry is not there.
    void aFileWhoseEntryIsNotCommittedIsRemoved() {
        makeRegister();
        const qsizetype before = exports().size();
        QSqlQuery q(m_db->connection());
        // A deferred foreign key that the export's transaction breaks: SQLite refuses the
        // COMMIT, not the statement.
        for (const QString &sql :
             {QStringLiteral("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)"),
              QStringLiteral("CREATE TEMP TABLE child (parent_id INTEGER REFERENCES parent(id) "
                             "DEFERRABLE INITIALLY DEFERRED)"),
              QStringLiteral("CREATE TEMP TRIGGER break_commit AFTER INSERT ON main.audit_log "
                             "WHEN NEW.action = 'export' BEGIN INSERT INTO child VALUES (42); "
                             "END")})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        const QString path = file(QStringLiteral("uncommitted.csv"));
        const Status s = exportOf(ExportKind::ReturnListCsv, path);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("uncommitted.csv")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.break_commit")));
        QCOMPARE(exports().size(), before);
    }

    // A printout's entry is appended before the pages are drawn and committed after; one
    // that is not committed is not in the trail.
    void aPendingExportCommitsOrRollsBack() {
        makeRegister();
        const qsizetype before = exports().size();
        ExportLog log(m_db->connection(), m_db->path(), m_clock, m_officer);
        const ExportRecord record = documents::CertificatePdf::exportRecord(
            m_certificate, MissionSettingsStore(*m_db, m_clock).load().value());
        {
            auto pending = log.begin(record, ExportLog::printerDestination(), 1,
                                     QStringLiteral("Consular-HP"));
            QVERIFY(pending.ok());
        } // not committed: the printer did not take it
        QCOMPARE(exports().size(), before);
        auto pending =
            log.begin(record, ExportLog::printerDestination(), 1, QStringLiteral("Consular-HP"));
        QVERIFY(pending.ok());
        QVERIFY(pending.value()->commit().ok());
        const QList<AuditEntry> after = exports();
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.first().rowId, m_certificate.id);
        QCOMPARE(after.first().personId, m_personId);
        const QJsonObject what = described(after.first());
        QCOMPARE(what.value(QStringLiteral("destination")).toString(), QStringLiteral("printer"));
        QCOMPARE(what.value(QStringLiteral("device")).toString(), QStringLiteral("Consular-HP"));
        QCOMPARE(what.value(QStringLiteral("language")).toString(), QStringLiteral("uz+ru"));
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
