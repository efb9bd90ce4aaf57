// Makes the screenshots of docs/screenshots: the main window on the demo register, the case
// editor and the welcome view, in each interface language. Run by scripts/screenshots.
#include "core/appinfo.h"
#include "core/casequery.h"
#include "core/certificates.h"
#include "core/missionsettings.h"
#include "core/personphoto.h"
#include "core/returnlists.h"
#include "core/users.h"
#include "documents/certificatepdf.h"
#include "documents/photo.h"
#include "documents/returnlistpdf.h"
#include "support/certificatesupport.h"
#include "ui/auditlogwindow.h"
#include "ui/caseeditor.h"
#include "ui/casetablemodel.h"
#include "ui/certificatedialog.h"
#include "ui/dashboardstrip.h"
#include "ui/dialogs.h"
#include "ui/importdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/retentiondialog.h"
#include "ui/returnlistswindow.h"
#include "ui/signindialog.h"
#include "ui/usersdialog.h"

#include <QLineEdit>
#include <QPainter>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

using namespace qaytish;

namespace {

bool save(QWidget *widget, const QString &file) {
    QTest::qWait(200); // let layouts and the table settle
    QCoreApplication::processEvents();
    const bool ok = widget->grab().save(file);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

// The Certificate of Return as printed, from a register of its own (the demo register has
// no confirmed records): the issue dialog in the interface language, then the page itself,
// drawn by the same code as the PDF. English stands on the English picture only, as the
// mission setting "English on documents" would put it there.
bool certificateShots(const QDir &out, const QString &code, const QString &registerPath) {
    Result<std::shared_ptr<Database>> db = Database::open(registerPath);
    if (!db)
        return false;
    const Clock &clock = applicationClock();
    MissionSettings settings = MissionSettings::defaults();
    settings.headOfMission = QStringLiteral("Bahodir Yoʻldoshev");
    settings.englishOnDocuments = code == u"en";
    const Actor officer{QStringLiteral("N. Yusupova")};
    if (!MissionSettingsStore(*db.value(), clock).save(officer, settings))
        return false;
    const QString ref = test::confirmedCase(*db.value(), clock, QStringLiteral("Yoʻldoshev"),
                                            QStringLiteral("Йўлдошев"));
    Result<CaseRecord> record = CaseRepository(*db.value(), clock).loadByRef(ref);
    if (!record)
        return false;
    const QString photoFile = out.filePath(QStringLiteral(".portrait.jpg"));
    test::portrait(900, 1200).save(photoFile, "JPEG");

    bool ok = true;
    {
        CertificateDialog dialog(db.value(), clock, officer, record->id);
        dialog.resize(960, 640);
        dialog.show();
        dialog.loadPhotoFile(photoFile);
        if (auto *receipt = dialog.findChild<QLineEdit *>(QStringLiteral("receiptNumber")))
            receipt->setText(QStringLiteral("R-000421"));
        ok &= save(&dialog, out.filePath(QStringLiteral("certificate-dialog-%1.png").arg(code)));
        dialog.close();
    }
    Result<documents::PreparedPhoto> photo = documents::Photo::prepareFile(photoFile, settings);
    QFile::remove(photoFile);
    if (!photo || !PersonPhotoStore(*db.value(), clock)
                       .setForCase(officer, record->id, photo->jpeg, photo->width, photo->height))
        return false;
    CertificateRequest request;
    request.caseId = record->id;
    request.receiptNumber = QStringLiteral("R-000421");
    Result<Certificate> c = CertificateRegister(*db.value(), clock).issue(officer, request);
    if (!c)
        return false;
    constexpr double Dpi = 110;
    const QSizeF mm = documents::CertificatePdf::pageSize(settings).size(QPageSize::Millimeter);
    QImage page(int(mm.width() / 25.4 * Dpi), int(mm.height() / 25.4 * Dpi), QImage::Format_RGB32);
    page.setDotsPerMeterX(int(Dpi / 0.0254));
    page.setDotsPerMeterY(int(Dpi / 0.0254));
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        documents::CertificatePdf::paint(painter, QRectF(page.rect()), Dpi, c.value(), settings,
                                         ExportStamp{officer.name, clock.now()});
    }
    const QString file = out.filePath(QStringLiteral("certificate-%1.png").arg(code));
    const bool saved = page.save(file);
    std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "FAILED", qPrintable(file));
    return ok && saved;
}

// A final return list of 40 cases of the demo register (issued documents first): two pages.
qint64 demoReturnList(const Database &db) {
    const Clock &clock = applicationClock();
    const Actor officer{QStringLiteral("officer")};
    ReturnListRepository lists(db, clock);
    if (Result<QList<ReturnList>> existing = lists.lists(); existing && !existing->isEmpty())
        return existing->first().id;
    MissionSettingsStore store(db, clock);
    if (Result<MissionSettings> settings = store.load(); settings) {
        MissionSettings s = settings.value();
        s.headOfMission = QStringLiteral("Sh. Rahimov"); // fictional, like the demo register
        store.save(officer, s);
    }
    QList<qint64> ids;
    for (CaseStatus status : {CaseStatus::DocumentIssued, CaseStatus::IdentityConfirmed}) {
        CaseFilter filter;
        filter.status = status;
        const Result<QList<CaseListRow>> rows =
            CaseQuery(filter, CaseSort{}).fetch(db.connection(), db.path(), 0, 40 - ids.size());
        if (!rows)
            return 0;
        for (const CaseListRow &r : rows.value())
            ids << r.id;
    }
    ReturnList l;
    l.flightNumber = QStringLiteral("HY 102");
    l.carrier = QStringLiteral("Uzbekistan Airways");
    l.flightDate = clock.today().addDays(12);
    l.departureTime = QStringLiteral("21:40");
    l.fromAirport = QStringLiteral("JFK");
    l.toAirport = QStringLiteral("TAS");
    l.capacity = 60;
    Result<ReturnList> created = lists.create(officer, l);
    if (!created)
        return 0;
    lists.addCaseIds(officer, created->id, ids);
    lists.addEscort(officer, created->id,
                    {0, QStringLiteral("Karimov Anvar"), QStringLiteral("Escort officer"),
                     QStringLiteral("FA1234567")});
    // Final, as the consul signs it: the demo's warnings overridden with a reason.
    lists.finalize(officer, created->id, QStringLiteral("Checked with the carrier and ICE"));
    return created->id;
}

// The first two pages of the manifest in a document language, as PNG (poppler's pdftoppm:
// this is a test tool, so it may use it).
bool manifestPages(const Database &db, qint64 listId, const QString &language, const QDir &out) {
    const Clock &clock = applicationClock();
    ReturnListRepository lists(db, clock);
    documents::ReturnListPdfInput input;
    input.list = lists.load(listId).value();
    input.passengers = lists.passengers(listId).value();
    input.escorts = lists.escorts(listId).value();
    input.mission = MissionSettingsStore(db, clock).load().value();
    input.officer = QStringLiteral("N. Yusupova");
    input.stamp = ExportStamp{QStringLiteral("n.yusupova"), clock.now()};
    documents::ReturnListPdfOptions options;
    options.language = language;
    options.paper = QStringLiteral("a4");
    const QString pdf = out.filePath(QStringLiteral(".manifest.pdf"));
    {
        QFile file(pdf);
        if (!file.open(QIODevice::WriteOnly) ||
            !documents::ReturnListPdf::write(input, options, file))
            return false;
    }
    bool ok = true;
    for (int page = 1; page <= 2; ++page) {
        const QString name = QStringLiteral("manifest-%1-p%2").arg(language).arg(page);
        const int rc = QProcess::execute(
            QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), QStringLiteral("-singlefile"), pdf, out.filePath(name)});
        ok &= rc == 0;
        std::fprintf(stderr, "%s %s.png\n", rc == 0 ? "wrote" : "FAILED", qPrintable(name));
    }
    QFile::remove(pdf);
    return ok;
}

// The table's first rows and count and the dashboard's figures are read in the background:
// the pictures show them, not their placeholders.
bool waitForRegister(MainWindow &window) {
    return QTest::qWaitFor(
        [&] { return window.model()->countsKnown() && !window.dashboard()->isCounting(); }, 60000);
}

// The sign-in dialog (a wrong password just typed) and the administrator's Users dialog, on
// a register with accounts of its own.
bool accountShots(const QDir &out, const QString &code, const QString &registerPath) {
    Result<std::shared_ptr<Database>> db = Database::open(registerPath);
    if (!db)
        return false;
    const Clock &clock = applicationClock();
    UserStore users(*db.value(), clock);
    const QString password = QStringLiteral("screenshot-pass-1");
    if (!users.add(Actor{QStringLiteral("setup")}, QStringLiteral("n.yusupova"),
                   QStringLiteral("Nodira Yusupova"), AllRoles, password))
        return false;
    Result<UserStore::SignedIn> admin = users.signIn(QStringLiteral("n.yusupova"), password);
    if (!admin)
        return false;
    const QList<std::pair<QString, Roles>> staff = {
        {QStringLiteral("a.karimov"), Role::Officer},
        {QStringLiteral("d.rahimova"), Roles(Role::Officer) | Role::Consul},
        {QStringLiteral("s.toshmatov"), Role::Auditor}};
    for (const auto &[name, roles] : staff) {
        if (!users.add(admin->actor, name, QString(), roles, password))
            return false;
    }
    users.resetPassword(admin->actor, QStringLiteral("a.karimov"), password + u'2');
    bool ok = true;
    {
        SignInDialog dialog(db.value(), clock);
        dialog.show();
        if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit")))
            name->setText(QStringLiteral("a.karimov"));
        if (auto *pw = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")))
            pw->setText(QStringLiteral("wrong-password"));
        dialog.accept(); // refused: the dialog says so and stays
        ok &= save(&dialog, out.filePath(QStringLiteral("sign-in-%1.png").arg(code)));
    }
    {
        UsersDialog dialog(db.value(), clock, admin->actor);
        dialog.show();
        ok &= save(&dialog, out.filePath(QStringLiteral("users-%1.png").arg(code)));
    }
    {
        AuditLogWindow window(db.value(), clock, admin->actor);
        window.show();
        ok &= save(&window, out.filePath(QStringLiteral("audit-log-%1.png").arg(code)));
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")},
         {QStringLiteral("demo"), QStringLiteral("A demo register."), QStringLiteral("file")},
         {QStringLiteral("empty"), QStringLiteral("A path for an empty register."),
          QStringLiteral("file")},
         {QStringLiteral("lang"), QStringLiteral("Only this language."), QStringLiteral("code")}});
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    if (!out.exists() || parser.value(QStringLiteral("demo")).isEmpty() ||
        parser.value(QStringLiteral("empty")).isEmpty()) {
        std::fprintf(stderr, "usage: qaytish-screenshots --out DIR --demo FILE --empty FILE\n");
        return 2;
    }
    // Nothing may block: any question is answered "no".
    Dialogs::setResponder([](const Dialogs::Question &q) {
        std::fprintf(stderr, "dialog: %s\n", qPrintable(q.text));
        return q.kind == Dialogs::Question::Kind::UnsavedChanges ? Dialogs::Answer::Discard
                                                                 : Dialogs::Answer::No;
    });

    // The demo's return list exists before the first picture, so that every language shows
    // the same figures.
    {
        Result<std::shared_ptr<Database>> demo =
            Database::open(parser.value(QStringLiteral("demo")), Database::OpenMode::ExistingOnly);
        if (!demo || demoReturnList(*demo.value()) <= 0)
            return 1;
    }

    QStringList languages = Language::codes();
    if (parser.isSet(QStringLiteral("lang")))
        languages = {parser.value(QStringLiteral("lang"))};
    bool ok = true;
    for (const QString &code : languages) {
        Language::apply(code);
        {
            MainWindow window(applicationClock());
            window.resize(1440, 800);
            window.show();
            if (!window.openRegister(parser.value(QStringLiteral("empty"))))
                return 1;
            ok &= save(&window, out.filePath(QStringLiteral("welcome-%1.png").arg(code)));
            if (!window.openRegister(parser.value(QStringLiteral("demo"))))
                return 1;
            auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
            if (table)
                table->selectRow(2);
            ok &= waitForRegister(window);
            ok &= save(&window, out.filePath(QStringLiteral("main-window-%1.png").arg(code)));

            // The dashboard on the smallest window it is made for, its overdue identity
            // checks clicked: the strip, the filter bar and the table of those cases.
            window.resize(1280, 800);
            if (DashboardFigureButton *overdue =
                    window.dashboard()->button(CaseCondition::IdentityOverdue))
                overdue->click();
            ok &= waitForRegister(window) && window.dashboardFigure().has_value();
            ok &= save(&window, out.filePath(QStringLiteral("dashboard-%1.png").arg(code)));
            window.clearDashboardFilter();
            window.resize(1440, 800);

            // An identity-confirmed case shows the most of the editor.
            CaseFilter filter;
            filter.status = CaseStatus::IdentityConfirmed;
            const Result<QList<CaseListRow>> rows =
                CaseQuery(filter, CaseSort{})
                    .fetch(window.database()->connection(), window.database()->path(), 0, 1);
            if (!rows || rows->isEmpty())
                return 1;
            CaseEditor *editor = window.openCase(rows->first().id);
            if (!editor)
                return 1;
            editor->resize(960, 720);
            ok &= save(editor, out.filePath(QStringLiteral("case-editor-%1.png").arg(code)));
            // Needs, consent with its day and form, and the objection to consular action.
            if (auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("caseTabs")))
                tabs->setCurrentWidget(editor->findChild<QWidget *>(QStringLiteral("careTab")));
            ok &= save(editor, out.filePath(QStringLiteral("case-consent-%1.png").arg(code)));
            editor->close();

            // The import preview of a small list with one row in error and one column the
            // importer does not know.
            const QString csv = QDir(parser.value(QStringLiteral("out")))
                                    .filePath(QStringLiteral(".import-sample.csv"));
            QFile file(csv);
            if (file.open(QIODevice::WriteOnly)) {
                file.write("Familiya;Ism;Jinsi;Tug\xca\xbbilgan sana;JSHSHIR;Telefon;Eslatma\r\n"
                           "Qodirov;Jasur;E;12.03.1991;31203910120459;+1 555 0101;\r\n"
                           "Nazarova;Dilnoza;A;07.11.1988;40711880340552;+1 555 0102;\r\n"
                           "Tursunov;Bobur;X;2099-01-01;;+1 555 0103;\r\n");
                file.close();
            }
            auto *import = new ImportDialog(window.database(), applicationClock(),
                                            Actor{QStringLiteral("officer")}, csv, &window);
            import->resize(960, 640);
            import->show();
            ok &= save(import, out.filePath(QStringLiteral("import-%1.png").arg(code)));
            import->close();
            delete import;
            QFile::remove(csv);

            // Return lists: the window on a list of the demo register, and the manifest.
            const qint64 listId = demoReturnList(*window.database());
            if (listId <= 0)
                return 1;
            ReturnListsWindow *lists = window.openReturnLists();
            lists->selectList(listId);
            lists->resize(1280, 800);
            ok &= save(lists, out.filePath(QStringLiteral("return-lists-%1.png").arg(code)));
            lists->close();
            ok &= manifestPages(*window.database(), listId, code, out);

            // The retention preview seven years on, when the demo's returned and closed
            // cases are past the period: who, what is removed, what becomes of the copies.
            // Only the preview: nothing is applied.
            {
                const FixedClock later(
                    QDateTime(QDate(2033, 3, 15), QTime(10, 0), QTimeZone::utc()));
                RetentionDialog dialog(window.database(), later,
                                       Actor{QStringLiteral("n.yusupova")}, &window);
                dialog.resize(900, 640);
                dialog.show();
                ok &= save(&dialog, out.filePath(QStringLiteral("retention-%1.png").arg(code)));
            }
        }
        const QString certificates =
            parser.value(QStringLiteral("empty")) + QStringLiteral(".certificates-%1").arg(code);
        QFile::remove(certificates);
        ok &= certificateShots(out, code, certificates);
        const QString accounts =
            parser.value(QStringLiteral("empty")) + QStringLiteral(".accounts-%1").arg(code);
        QFile::remove(accounts);
        ok &= accountShots(out, code, accounts);
        QFile::remove(accounts);
    }
    return ok ? 0 : 1;
}
