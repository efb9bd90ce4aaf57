// Issuing a Certificate of Return from the case editor, with a photo, and the register of
// documents: driven as an officer would, widgets found by objectName, every dialog answered
// by a responder.
#include "core/auditlog.h"
#include "core/caserepository.h"
#include "core/certificates.h"
#include "core/personphoto.h"
#include "documents/certificatepdf.h"
#include "support/certificatesupport.h"
#include "ui/caseeditor.h"
#include "ui/certificatedialog.h"
#include "ui/certificateregisterwindow.h"
#include "ui/dialogs.h"
#include "ui/photocropwidget.h"
#include "ui/printing.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qaytish;

class TestCertificateDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock{test::certificateNow()};
    std::shared_ptr<Database> m_db;
    QString m_caseRef;
    qint64 m_caseId = 0;
    QStringList m_asked;
    QString m_pdf;

    template <typename T> T *child(QWidget *parent, const char *name) {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    QList<AuditEntry> exports() {
        AuditFilter filter;
        filter.action = AuditAction::Export;
        Result<QList<AuditEntry>> e = AuditLog::entries(
            m_db->connection(), m_db->path(), Actor{QStringLiteral("reader")}, filter, 0, 100);
        return e ? e.value() : QList<AuditEntry>{};
    }

    QString pdfText(const QString &file) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // A certificate of the case, issued without the dialog; returns it.
    Certificate issued() {
        PersonPhotoStore(*m_db, m_clock)
            .setForCase(Actor{QStringLiteral("k")}, m_caseId,
                        QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'x'), 413, 531);
        CertificateRequest request;
        request.caseId = m_caseId;
        request.exemptionReason = QStringLiteral("Indigent");
        Result<Certificate> c =
            CertificateRegister(*m_db, m_clock).issue(Actor{QStringLiteral("k")}, request);
        return c ? c.value() : Certificate{};
    }

    void typeText(QWidget *w, const QString &text) {
        // QTest::keyClicks aborts on non-ASCII: one key event per character.
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

private slots:
    void init() {
        static int n = 0;
        Result<std::shared_ptr<Database>> db =
            Database::open(m_dir.filePath(QStringLiteral("g%1.qaytish").arg(++n)));
        QVERIFY(db.ok());
        m_db = db.value();
        QVERIFY(test::setMissionSettings(*m_db, m_clock, false));
        m_caseRef = test::confirmedCase(*m_db, m_clock);
        QVERIFY(!m_caseRef.isEmpty());
        m_caseId = CaseRepository(*m_db, m_clock).loadByRef(m_caseRef)->id;
        m_asked.clear();
        m_pdf = m_dir.filePath(QStringLiteral("issued%1.pdf").arg(n));
        Dialogs::setResponder([this](const Dialogs::Question &q) {
            m_asked << q.text;
            return Dialogs::Answer::Yes;
        });
        Dialogs::setFileResponder([this](const QString &) { return m_pdf; });
    }
    void cleanup() {
        Dialogs::setResponder({});
        Dialogs::setFileResponder({});
        m_db.reset();
    }

    void issueFromTheCaseEditorWithAPhoto() {
        auto *editor = new CaseEditor(m_db, m_clock, Actor{QStringLiteral("k.rahimova")}, m_caseId);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *button = child<QPushButton>(editor, "issueCertificateButton");
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = child<CertificateDialog>(editor, "certificateDialog");
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        // The confirmed record is shown, read-only.
        auto *record = child<QLabel>(dialog, "confirmedRecord");
        QVERIFY(record->text().contains(QStringLiteral("Ғуломов")));
        QVERIFY(record->text().contains(QStringLiteral("30.04.1990")));
        // Without a photo and a receipt the officer is told, and cannot issue.
        auto *issue = child<QPushButton>(dialog, "issueButton");
        auto *problems = child<QLabel>(dialog, "issueProblems");
        QVERIFY(!issue->isEnabled());
        QVERIFY(problems->text().contains(QStringLiteral("photo")));
        QVERIFY(problems->text().contains(QStringLiteral("receipt")));

        // A photo too small for the mission's minimum: the message names the sizes.
        const QString small = m_dir.filePath(QStringLiteral("small.png"));
        QVERIFY(test::portrait(200, 260).save(small));
        QVERIFY(!dialog->loadPhotoFile(small));
        QVERIFY(child<QLabel>(dialog, "photoNote")->text().contains(QStringLiteral("280")));
        QVERIFY(problems->text().contains(QStringLiteral("too small")));

        // A good photo, dropped on the dialog: a centred 35:45 crop with a preview; zooming
        // in moves the crop below the minimum and says so.
        const QString photo = m_dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(test::portrait(900, 1200).save(photo, "JPEG"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(photo)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dialog, &drop);
        auto *crop = child<PhotoCropWidget>(dialog, "photoCrop");
        QVERIFY2(crop->image().size() == QSize(900, 1200), qPrintable(m_asked.join(u'\n')));
        QCOMPARE(crop->crop(), QRect(0, 21, 900, 1157));
        QVERIFY(!child<QLabel>(dialog, "photoPreview")->pixmap().isNull());
        crop->setZoom(4.0);
        QVERIFY(problems->text().contains(QStringLiteral("too small")));
        crop->setZoom(1.2);
        QVERIFY(!problems->text().contains(QStringLiteral("too small")));

        // Validity and duty.
        auto *days = child<QSpinBox>(dialog, "validDays");
        QCOMPARE(days->value(), 30);
        days->setValue(60);
        QVERIFY(child<QLabel>(dialog, "validUntil")->text().contains(QStringLiteral("14.05.2026")));
        QVERIFY(child<QLabel>(dialog, "dutyAmount")->text().contains(QStringLiteral("60 USD")));
        typeText(child<QLineEdit>(dialog, "receiptNumber"), QStringLiteral("R-№5"));
        QVERIFY2(issue->isEnabled(), qPrintable(problems->text()));

        QSignalSpy issued(dialog, &CertificateDialog::issued);
        QTest::mouseClick(issue, Qt::LeftButton);
        QCOMPARE(issued.size(), 1);
        QCOMPARE(issued.first().at(1).toString(), QStringLiteral("WAS-2026-000001"));

        // Stored: the certificate with the photo as cropped and scaled, the case moved on,
        // and the PDF where the officer chose to save it.
        Result<Certificate> c =
            CertificateRegister(*m_db, m_clock).byNumber(QStringLiteral("WAS-2026-000001"));
        QVERIFY(c.ok());
        QCOMPARE(c->validUntil, QDate(2026, 5, 14));
        QCOMPARE(c->receiptNumber, QStringLiteral("R-№5"));
        QImage stored;
        QVERIFY(stored.loadFromData(c->photo));
        QCOMPARE(stored.size(), QSize(413, 531));
        QCOMPARE(CaseRepository(*m_db, m_clock).load(m_caseId)->status, CaseStatus::DocumentIssued);
        QVERIFY(QFile::exists(m_pdf));
        QVERIFY(m_asked.last().contains(QStringLiteral("WAS-2026-000001")));
        // Saving it was an export by the officer, of that certificate.
        const QList<AuditEntry> saved = exports();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().actor, QStringLiteral("k.rahimova"));
        QCOMPARE(saved.first().rowId, c->id);
        QTRY_VERIFY(!button->isVisible()); // no second certificate from the editor
        editor->close();
    }

    // Save PDF… in the register of documents writes the file and records the export; the
    // page says who made it and when. A printout is recorded before its pages go out, and one
    // that cannot be recorded is not printed.
    void savingAndPrintingAreRecorded() {
        const Certificate c = issued();
        QVERIFY(c.id > 0);
        const Actor officer{QStringLiteral("k.rahimova")};
        CertificateRegisterWindow window(m_db, m_clock, officer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QTableWidget>(&window, "certificateTable")->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&window, "savePdfButton"), Qt::LeftButton);
        QVERIFY(QFile::exists(m_pdf));
        QList<AuditEntry> entries = exports();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, officer.name);
        QCOMPARE(entries.first().field, QStringLiteral("certificate_pdf"));
        QCOMPARE(entries.first().table, QStringLiteral("certificate"));
        QCOMPARE(entries.first().rowId, c.id);
        QCOMPARE(entries.first().personId, c.personId);
        const QString when =
            m_clock.now().toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        const QString text = pdfText(m_pdf);
        QVERIFY2(text.contains(QStringLiteral("Tayyorladi: k.rahimova, %1 / Подготовлено: "
                                              "k.rahimova, %1")
                                   .arg(when)),
                 qPrintable(text));

        // Printed (to a PDF printer, as "Print to file" in the print dialog would).
        const MissionSettings mission = MissionSettingsStore(*m_db, m_clock).load().value();
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setFullPage(true);
        QVERIFY(!Printing::isPreview(&printer));
        ExportLog log(m_db->connection(), m_db->path(), m_clock, officer);
        const auto paint = [&](QPrinter *p, const ExportStamp &stamp) {
            QPainter painter(p);
            const QRectF sheet = p->paperRect(QPrinter::DevicePixel);
            documents::CertificatePdf::paint(painter, QRectF(QPointF(0, 0), sheet.size()),
                                             p->resolution(), c, mission, stamp);
        };
        const ExportRecord record = documents::CertificatePdf::exportRecord(c, mission);
        Status s = Printing::print(&printer, log, record, 1, paint);
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QVERIFY(pdfText(printed).contains(QStringLiteral("Tayyorladi: k.rahimova")));
        entries = exports();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(entries.first().newValue.value_or(QString()).toUtf8())
                     .object()
                     .value(QStringLiteral("destination"))
                     .toString(),
                 QDir::toNativeSeparators(printed));

        // The trail refuses the entry: nothing goes to the printer.
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.audit_log "
                                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")),
                 qPrintable(q.lastError().text()));
        const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
        QPrinter second(QPrinter::HighResolution);
        second.setOutputFormat(QPrinter::PdfFormat);
        second.setOutputFileName(refused);
        QVERIFY(!Printing::print(&second, log, record, 1, paint));
        QVERIFY(!QFile::exists(refused));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse")));
        QCOMPARE(exports().size(), 2);
    }

    void registerOfDocumentsSpoilsWithAReason() {
        QVERIFY(PersonPhotoStore(*m_db, m_clock)
                    .setForCase(Actor{QStringLiteral("k")}, m_caseId,
                                QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'x'), 413,
                                531));
        CertificateRequest request;
        request.caseId = m_caseId;
        request.exemptionReason = QStringLiteral("Indigent");
        QVERIFY(CertificateRegister(*m_db, m_clock).issue(Actor{QStringLiteral("k")}, request));

        CertificateRegisterWindow window(m_db, m_clock, Actor{QStringLiteral("k.rahimova")});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = child<QTableWidget>(&window, "certificateTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("WAS-2026-000001"));
        table->selectRow(0);
        auto *spoil = child<QPushButton>(&window, "spoilButton");
        QVERIFY(!spoil->isEnabled()); // no reason yet
        typeText(child<QLineEdit>(&window, "voidReason"), QStringLiteral("Bosma xatosi"));
        QVERIFY(spoil->isEnabled());
        QTest::mouseClick(spoil, Qt::LeftButton);
        QVERIFY(m_asked.last().contains(QStringLiteral("WAS-2026-000001")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(),
                 CertificateRegister::statusDisplayName(QStringLiteral("spoiled")));
        QCOMPARE(table->item(0, 8)->text(), QStringLiteral("Bosma xatosi"));
        QVERIFY(!child<QPushButton>(&window, "savePdfButton")->isEnabled());
        QCOMPARE(CaseRepository(*m_db, m_clock).load(m_caseId)->status,
                 CaseStatus::IdentityConfirmed);

        // Search by a name in the other script; nothing for a name not there.
        auto *search = child<QLineEdit>(&window, "registerSearch");
        typeText(search, QStringLiteral("Gulomov"));
        window.reload();
        QCOMPARE(table->rowCount(), 1);
        search->clear();
        typeText(search, QStringLiteral("Karimov"));
        window.reload();
        QCOMPARE(table->rowCount(), 0);

        // Export: the file the officer chose.
        m_pdf = m_dir.filePath(QStringLiteral("register.csv"));
        search->clear();
        window.reload();
        QTest::mouseClick(child<QPushButton>(&window, "exportCsvButton"), Qt::LeftButton);
        QFile csv(m_pdf);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("Bosma xatosi")));
    }
};

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
