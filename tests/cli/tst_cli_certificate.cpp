// qaytish-cli certificate ... and case photo, run as a separate process the way scripts run
// them. PDFs are read back with poppler (pdftotext, pdffonts, pdftoppm) and the QR code with
// zbarimg.
#include "core/database.h"
#include "support/certificatesupport.h"
#include "support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qaytish;

namespace {

using Run = test::CliRun;

struct Tool {
    int code = -1;
    QString out;
};

Tool tool(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

class TestCliCertificate : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{test::certificateNow()};
    int m_n = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QString &db, QStringList args) {
        args << QStringLiteral("--db") << db;
        return test::runCli(args);
    }

    // A new register with the mission's settings and confirmed cases.
    QString newRegister(QStringList *refs, int cases = 1) {
        const QString file = path(QStringLiteral("r%1.qaytish").arg(++m_n));
        Result<std::shared_ptr<Database>> db = Database::open(file);
        if (!db || !test::setMissionSettings(*db.value(), m_clock))
            return {};
        static const QStringList surnames = {
            QStringLiteral("Gʻulomov"), QStringLiteral("Toʻxtayev"), QStringLiteral("Qodirov")};
        static const QStringList cyrillic = {QStringLiteral("Ғуломов"), QStringLiteral("Тўхтаев"),
                                             QStringLiteral("Қодиров")};
        for (int i = 0; i < cases; ++i) {
            const QString ref =
                test::confirmedCase(*db.value(), m_clock, surnames.at(i), cyrillic.at(i));
            if (ref.isEmpty())
                return {};
            *refs << ref;
        }
        return file;
    }

    QString photoFile(int width = 600, int height = 800, const char *format = "PNG") {
        const QString file = path(QStringLiteral("photo%1x%2.%3")
                                      .arg(width)
                                      .arg(height)
                                      .arg(QString::fromLatin1(format).toLower()));
        return test::portrait(width, height).save(file, format) ? file : QString();
    }

    QString issue(const QString &db, const QString &ref, const QStringList &extra = {}) {
        const Run r = cli(
            db, QStringList{QStringLiteral("certificate"), QStringLiteral("issue"), ref} + extra);
        if (r.code != 0)
            qWarning("issue: %s", qPrintable(r.err));
        return r.code == 0 ? r.out.trimmed() : QString();
    }

    QString statusOf(const QString &db, const QString &ref) {
        const Run r = cli(db, {QStringLiteral("show"), ref, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value(QStringLiteral("status"))
            .toString();
    }

    // The QR code of page 1 of a PDF, read by zbarimg from a rendering by pdftoppm.
    QString qrOfPdf(const QString &pdf, QString *pngOut = nullptr) {
        const QString prefix = pdf + QStringLiteral("-page");
        if (tool(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"),
                  QStringLiteral("-singlefile"), pdf, prefix})
                .code != 0)
            return {};
        const QString png = prefix + QStringLiteral(".png");
        if (pngOut)
            *pngOut = png;
        const Tool z =
            tool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        return z.code == 0 ? z.out.trimmed() : QString();
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QAYTISH_CLI").isEmpty());
        for (const char *program : {"pdftotext", "pdffonts", "pdftoppm", "zbarimg"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty(),
                     program);
    }

    void helpNamesTheCommands() {
        const Run r = test::runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word :
             {"certificate issue CASE_REF", "certificate pdf NUMBER", "certificate spoil",
              "certificate verify", "case photo", "--valid-days", "--exempt", "--receipt", "--png"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    void issueWritesAPdfThatReadsBack() {
        QStringList refs;
        const QString db = newRegister(&refs);
        QVERIFY(!db.isEmpty());
        const QString photo = photoFile();
        QVERIFY(!photo.isEmpty());
        const QString number = issue(db, refs.first(),
                                     {QStringLiteral("--photo"), photo, QStringLiteral("--receipt"),
                                      QStringLiteral("R-0042")});
        QCOMPARE(number, QStringLiteral("WAS-2026-000001"));
        QCOMPARE(statusOf(db, refs.first()), QStringLiteral("document_issued"));

        const QString pdf = path(QStringLiteral("c1.pdf"));
        Run r = cli(db, {QStringLiteral("certificate"), QStringLiteral("pdf"), number,
                         QStringLiteral("--out"), pdf});
        QCOMPARE(r.code, 0);
        // Nothing on stderr, where scripts read errors: also not the platform's notices in a
        // shell without a desktop session.
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const Tool text =
            tool(QStringLiteral("pdftotext"),
                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        // Names in both scripts, exactly (oʻ gʻ, ў қ ғ ҳ), from the confirmed record.
        for (const QString &expected :
             {QStringLiteral("Gʻulomov"), QStringLiteral("Ғуломов"),
              QStringLiteral("Shuhrat Qobil"), QStringLiteral("Шуҳрат Қобил"),
              QStringLiteral("Alisher oʻgʻli"), QStringLiteral("Алишер ўғли"),
              QStringLiteral("30.04.1990"), QStringLiteral("№ WAS-2026-000001"),
              QStringLiteral("15.03.2026"), QStringLiteral("14.04.2026"),
              QStringLiteral("Bahodir Yoʻldoshev"),
              QStringLiteral("Oʻzbekiston Respublikasiga qaytish uchun guvohnoma"),
              QStringLiteral("Свидетельство на возвращение в Республику Узбекистан"),
              QStringLiteral("Certificate of Return to the Republic of Uzbekistan"),
              QStringLiteral("Samarqand"), test::pinflFor(QDate(1990, 4, 30), true),
              // "fi" and "ffi" stay letters (no ligature glyphs).
              QStringLiteral("affairs office"), QStringLiteral("For verification")})
            QVERIFY2(text.out.contains(expected), qPrintable(expected + u'\n' + text.out));
        QVERIFY(!text.out.contains(QChar(0xFB01))); // the "fi" ligature
        QVERIFY(!text.out.contains(QChar(0xFFFD))); // a box
        // Who made this copy and when, in the document's three languages, on one line.
        const QString when = test::cliNowOnDocuments();
        const QString madeBy =
            QStringLiteral("Tayyorladi: %1, %2 / Подготовлено: %1, %2 / Made by %1 on %2")
                .arg(test::cliUser(), when);
        QVERIFY2(text.out.contains(madeBy), qPrintable(madeBy + u'\n' + text.out));

        // The audit trail has the export, found with the person's case.
        const Run entries =
            cli(db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                     QStringLiteral("export"), QStringLiteral("--case"), refs.first(),
                     QStringLiteral("--json")});
        QCOMPARE(entries.code, 0);
        const QJsonArray found = QJsonDocument::fromJson(entries.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        const QJsonObject entry = found.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("user")).toString(), test::cliUser());
        QCOMPARE(entry.value(QStringLiteral("field")).toString(),
                 QStringLiteral("certificate_pdf"));
        QCOMPARE(entry.value(QStringLiteral("table")).toString(), QStringLiteral("certificate"));
        QVERIFY(entry.value(QStringLiteral("row_id")).toInt() > 0);
        const QJsonObject what =
            QJsonDocument::fromJson(entry.value(QStringLiteral("new_value")).toString().toUtf8())
                .object();
        QCOMPARE(what.value(QStringLiteral("destination")).toString(),
                 QDir::toNativeSeparators(pdf));
        QCOMPARE(what.value(QStringLiteral("language")).toString(), QStringLiteral("uz+ru+en"));
        QCOMPARE(what.value(QStringLiteral("records")).toInt(), 1);

        const Tool fonts = tool(QStringLiteral("pdffonts"), {pdf});
        QCOMPARE(fonts.code, 0);
        const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts);
        bool embedded = false;
        for (const QString &line : lines.mid(2)) {
            QVERIFY2(line.contains(QStringLiteral("DejaVuSans")), qPrintable(line));
            const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
            // name type encoding emb sub uni object ID: "emb" is the fourth column from the end
            // but one.
            embedded = cols.size() >= 5 && cols.at(cols.size() - 5) == u"yes";
            QVERIFY2(embedded, qPrintable(line));
        }
        QVERIFY(lines.size() > 2);

        // The PDF is written again on request, the same certificate.
        const QString again = path(QStringLiteral("c1-again.pdf"));
        QCOMPARE(cli(db, {QStringLiteral("certificate"), QStringLiteral("pdf"), number,
                          QStringLiteral("--out"), again})
                     .code,
                 0);
        QVERIFY(QFile::exists(again));
        QCOMPARE(test::exportEntries(db).size(), 2);
    }

    void qrReadFromThePdfVerifies() {
        QStringList refs;
        const QString db = newRegister(&refs);
        const QString number = issue(db, refs.first(),
                                     {QStringLiteral("--photo"), photoFile(),
                                      QStringLiteral("--exempt"), QStringLiteral("Indigent")});
        QVERIFY(!number.isEmpty());
        const QString pdf = path(QStringLiteral("qr.pdf"));
        QCOMPARE(cli(db, {QStringLiteral("certificate"), QStringLiteral("pdf"), number,
                          QStringLiteral("--out"), pdf})
                     .code,
                 0);
        QString png;
        const QString payload = qrOfPdf(pdf, &png);
        QVERIFY2(payload.startsWith(QStringLiteral("QR1|") + number + QStringLiteral("|Gʻulomov|")),
                 qPrintable(payload));
        QVERIFY(payload.contains(QStringLiteral("|1990-04-30|2026-04-14|")));

        Run r = cli(db, {QStringLiteral("certificate"), QStringLiteral("verify"), payload});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(number));
        // Read from the image by qaytish-cli itself.
        r = cli(db, {QStringLiteral("certificate"), QStringLiteral("verify"),
                     QStringLiteral("--png"), png, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("surname")).toString(), QStringLiteral("Gʻulomov"));
        QCOMPARE(o.value(QStringLiteral("valid_until")).toString(), QStringLiteral("2026-04-14"));

        // One altered character anywhere fails: name, date, number.
        for (const auto &[from, to] :
             {std::pair{QStringLiteral("Gʻulomov"), QStringLiteral("Gʻulamov")},
              std::pair{QStringLiteral("2026-04-14"), QStringLiteral("2026-04-24")},
              std::pair{QStringLiteral("000001"), QStringLiteral("000007")}}) {
            QString forged = payload;
            forged.replace(from, to);
            QVERIFY(forged != payload);
            r = cli(db, {QStringLiteral("certificate"), QStringLiteral("verify"), forged});
            QCOMPARE(r.code, 1);
            QVERIFY(!r.err.isEmpty());
        }

        // Offline, with the exported public key: valid; with another mission's key: not.
        const QString key = path(QStringLiteral("mission.pub"));
        QCOMPARE(cli(db, {QStringLiteral("certificate"), QStringLiteral("public-key"),
                          QStringLiteral("--out"), key})
                     .code,
                 0);
        r = test::runCli({QStringLiteral("certificate"), QStringLiteral("verify"), payload,
                          QStringLiteral("--key"), key});
        QCOMPARE(r.code, 0);
        QStringList otherRefs;
        const QString other = newRegister(&otherRefs);
        QVERIFY(!issue(other, otherRefs.first(),
                       {QStringLiteral("--photo"), photoFile(), QStringLiteral("--receipt"),
                        QStringLiteral("R-1")})
                     .isEmpty());
        const QString otherKey = path(QStringLiteral("other.pub"));
        QCOMPARE(cli(other, {QStringLiteral("certificate"), QStringLiteral("public-key"),
                             QStringLiteral("--out"), otherKey})
                     .code,
                 0);
        r = test::runCli({QStringLiteral("certificate"), QStringLiteral("verify"), payload,
                          QStringLiteral("--key"), otherKey});
        QCOMPARE(r.code, 1);

        // A spoiled certificate's QR code no longer passes against the register.
        QCOMPARE(cli(db, {QStringLiteral("certificate"), QStringLiteral("spoil"), number,
                          QStringLiteral("--reason"), QStringLiteral("Printed crooked")})
                     .code,
                 0);
        r = cli(db, {QStringLiteral("certificate"), QStringLiteral("verify"), payload});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Printed crooked")));
    }

    void numbersAreNeverReused() {
        QStringList refs;
        const QString db = newRegister(&refs, 2);
        const QString photo = photoFile();
        const QStringList duty{QStringLiteral("--receipt"), QStringLiteral("R-7")};
        const QString first =
            issue(db, refs.at(0), QStringList{QStringLiteral("--photo"), photo} + duty);
        QCOMPARE(first, QStringLiteral("WAS-2026-000001"));

        // A failure after numbering (the PDF cannot be written): the number stays issued.
        Run r = cli(db, {QStringLiteral("certificate"), QStringLiteral("pdf"), first,
                         QStringLiteral("--out"), path(QStringLiteral("no/such/dir/c.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no/such/dir/c.pdf")));
        QVERIFY(!QFile::exists(path(QStringLiteral("no/such/dir/c.pdf"))));

        // A spoiled blank keeps its number and reason; the case can receive a new one.
        r = cli(db, {QStringLiteral("certificate"), QStringLiteral("spoil"), first});
        QCOMPARE(r.code, 2); // no reason
        QCOMPARE(cli(db, {QStringLiteral("certificate"), QStringLiteral("spoil"), first,
                          QStringLiteral("--reason"), QStringLiteral("Printer jam")})
                     .code,
                 0);
        QCOMPARE(statusOf(db, refs.at(0)), QStringLiteral("identity_confirmed"));
        r = cli(db, {QStringLiteral("certificate"), QStringLiteral("spoil"), first,
                     QStringLiteral("--reason"), QStringLiteral("again")});
        QCOMPARE(r.code, 2);
        r = cli(db, {QStringLiteral("certificate"), QStringLiteral("pdf"), first,
                     QStringLiteral("--out"), path(QStringLiteral("spoiled.pdf"))});
        QCOMPARE(r.code, 2); // a spoiled blank is not printed again

        const QString second = issue(db, refs.at(0), duty);
        QCOMPARE(second, QStringLiteral("WAS-2026-000002"));
        QCOMPARE(issue(db, refs.at(1), QStringList{QStringLiteral("--photo"), photo} + duty),
                 QStringLiteral("WAS-2026-000003"));

        // A failure inside the issuing transaction rolls back the whole of it; the register
        // still never holds a number twice, and the next number follows the last one issued.
        {
            Result<std::shared_ptr<Database>> open = Database::open(db);
            QVERIFY(open.ok());
            QSqlQuery q(open.value()->connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM certificate_counter")));
        }
        QCOMPARE(cli(db, {QStringLiteral("certificate"), QStringLiteral("cancel"), second,
                          QStringLiteral("--reason"), QStringLiteral("Lost by the holder")})
                     .code,
                 0);
        QCOMPARE(issue(db, refs.at(0), duty), QStringLiteral("WAS-2026-000004"));

        r = cli(db,
                {QStringLiteral("certificate"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 4);
        QStringList seen;
        for (const QJsonValue &v : list)
            seen << v.toObject().value(QStringLiteral("number")).toString() + u' ' +
                        v.toObject().value(QStringLiteral("status")).toString() + u' ' +
                        v.toObject().value(QStringLiteral("void_reason")).toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("WAS-2026-000004 valid "),
                                    QStringLiteral("WAS-2026-000003 valid "),
                                    QStringLiteral("WAS-2026-000002 cancelled Lost by the holder"),
                                    QStringLiteral("WAS-2026-000001 spoiled Printer jam")}));
        // Searching the register by name in another script, and by status.
        r = cli(db,
                {QStringLiteral("certificate"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--search"), QStringLiteral("Тухтаев")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = cli(db,
                {QStringLiteral("certificate"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--status"), QStringLiteral("spoiled")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }

    void refusalsSayWhatIsMissing() {
        QStringList refs;
        const QString db = newRegister(&refs);
        const QStringList duty{QStringLiteral("--receipt"), QStringLiteral("R-7")};
        Run r = cli(
            db, QStringList{QStringLiteral("certificate"), QStringLiteral("issue"), refs.first()} +
                    duty);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("photo")), qPrintable(r.err));
        r = cli(db, {QStringLiteral("certificate"), QStringLiteral("issue"), refs.first()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--receipt")));
        r = cli(db,
                QStringList{QStringLiteral("certificate"), QStringLiteral("issue"), refs.first(),
                            QStringLiteral("--valid-days"), QStringLiteral("10")} +
                    duty);
        QCOMPARE(r.code, 2);
        // Too small a photo, and a file that is no image: refused, naming the file.
        r = cli(db, {QStringLiteral("case"), QStringLiteral("photo"), refs.first(),
                     photoFile(120, 160)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("too small")));
        const QString text = path(QStringLiteral("not-an-image.jpg"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        r = cli(db, {QStringLiteral("case"), QStringLiteral("photo"), refs.first(), text});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(text));
        // A JPEG is accepted as well as a PNG.
        r = cli(db, {QStringLiteral("case"), QStringLiteral("photo"), refs.first(),
                     photoFile(700, 900, "JPEG")});
        QCOMPARE(r.code, 0);
        // One valid certificate per person at a time.
        QVERIFY(!issue(db, refs.first(), duty).isEmpty());
        r = cli(db,
                QStringList{QStringLiteral("certificate"), QStringLiteral("issue"), refs.first()} +
                    duty);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("WAS-2026-000001")));
        r = cli(db, {QStringLiteral("certificate"), QStringLiteral("pdf"),
                     QStringLiteral("WAS-2026-999999"), QStringLiteral("--out"),
                     path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 2);
        r = cli(db,
                {QStringLiteral("certificate"), QStringLiteral("verify"), QStringLiteral("hello")});
        QCOMPARE(r.code, 1);
    }

    void csvExportCarriesTheRegisterWithoutPinfl() {
        QStringList refs;
        const QString db = newRegister(&refs);
        const QString number = issue(db, refs.first(),
                                     {QStringLiteral("--photo"), photoFile(),
                                      QStringLiteral("--receipt"), QStringLiteral("R-77")});
        QVERIFY(!number.isEmpty());
        const QString csv = path(QStringLiteral("register.csv"));
        QCOMPARE(cli(db, {QStringLiteral("certificate"), QStringLiteral("export-csv"), csv}).code,
                 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for spreadsheets
        const QString content = QString::fromUtf8(bytes);
        QVERIFY(content.contains(number));
        QVERIFY(content.contains(QStringLiteral("R-77")));
        QVERIFY(content.contains(QStringLiteral("Ғуломов")));
        QVERIFY(!content.contains(test::pinflFor(QDate(1990, 4, 30), true)));
        QVERIFY(!content.contains(QStringLiteral("pinfl")));
        // The columns, exactly, and who exported the file and when on every row.
        const QStringList lines = content.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(),
                 QStringLiteral("number,status,issue_date,valid_until,case_ref,surname,given_names,"
                                "patronymic,surname_cyrillic,given_names_cyrillic,"
                                "patronymic_cyrillic,birth_date,issued_by,duty_amount,"
                                "duty_currency,receipt_number,exemption_reason,void_reason,"
                                "voided_by,voided_at,exported_by,exported_at"));
        QVERIFY(lines.at(1).endsWith(u',' + test::cliUser() + u',' + test::cliNowIso()));
        const QList<test::ExportEntry> entries = test::exportEntries(db);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().entry.value(QStringLiteral("user")).toString(), test::cliUser());
        QCOMPARE(entries.first().entry.value(QStringLiteral("field")).toString(),
                 QStringLiteral("certificates_csv"));
        QCOMPARE(entries.first().what.value(QStringLiteral("destination")).toString(),
                 QDir::toNativeSeparators(csv));
        QCOMPARE(entries.first().what.value(QStringLiteral("records")).toInt(), 1);
    }
};

QTEST_MAIN(TestCliCertificate)
#include "tst_cli_certificate.moc"
