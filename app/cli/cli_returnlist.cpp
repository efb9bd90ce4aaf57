// qaytish-cli return-list: flight manifests from the command line.
#include "cli.h"

#include "core/caserepository.h"
#include "core/dates.h"
#include "core/missionsettings.h"
#include "core/returnlistexport.h"
#include "core/returnlists.h"
#include "documents/returnlistpdf.h"
#include "documents/returnlisttexts.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qaytish {

namespace {

QJsonObject problemJson(const ListProblem &p) {
    QJsonObject o{{QStringLiteral("code"), p.code},
                  {QStringLiteral("hard_stop"), p.hard},
                  {QStringLiteral("message"), p.message},
                  {QStringLiteral("overridden"), p.overridden}};
    o.insert(QStringLiteral("case_ref"),
             p.caseRef.isEmpty() ? QJsonValue() : QJsonValue(p.caseRef));
    o.insert(QStringLiteral("override_reason"),
             p.overridden ? QJsonValue(p.overrideReason) : QJsonValue());
    return o;
}

} // namespace

QString Cli::problemLine(const ListProblem &p) {
    const QString mark = p.hard ? tr("HARD STOP") : p.overridden ? tr("overridden") : tr("warning");
    QString line = QStringLiteral("%1\t%2\t%3").arg(mark, p.code, p.message);
    if (p.overridden)
        line += u' ' + tr("(overridden by %1: %2)").arg(p.overrideActor, p.overrideReason);
    return line;
}

int Cli::cmdReturnList(const QStringList &args) {
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    const QString usage = QStringLiteral(
        "create, add, remove, check, override, finalize, reopen, boarded, not-boarded, complete, "
        "pdf, csv, list");
    if (sub.isEmpty())
        return usageError(tr("%1 needs a command: %2.").arg(QStringLiteral("return-list"), usage));

    struct Spec {
        QStringList options;
        int minArgs;
        int maxArgs; // -1: any number
        QString syntax;
    };
    const QHash<QString, Spec> specs = {
        {QStringLiteral("create"),
         {{QStringLiteral("flight"), QStringLiteral("date"), QStringLiteral("from"),
           QStringLiteral("to"), QStringLiteral("capacity"), QStringLiteral("carrier"),
           QStringLiteral("time")},
          0,
          0,
          QStringLiteral("return-list create --flight F --date YYYY-MM-DD --from IATA --to IATA "
                         "[--capacity N]")}},
        {QStringLiteral("add"), {{}, 2, -1, QStringLiteral("return-list add LIST_ID CASE_REF...")}},
        {QStringLiteral("remove"),
         {{QStringLiteral("reason")},
          2,
          2,
          QStringLiteral("return-list remove LIST_ID CASE_REF --reason T")}},
        {QStringLiteral("check"),
         {{QStringLiteral("json")}, 1, 1, QStringLiteral("return-list check LIST_ID")}},
        {QStringLiteral("override"),
         {{QStringLiteral("reason")},
          2,
          3,
          QStringLiteral("return-list override LIST_ID CODE [CASE_REF] --reason T")}},
        {QStringLiteral("finalize"),
         {{QStringLiteral("reason")}, 1, 1, QStringLiteral("return-list finalize LIST_ID")}},
        {QStringLiteral("reopen"),
         {{QStringLiteral("reason")},
          1,
          1,
          QStringLiteral("return-list reopen LIST_ID --reason T")}},
        {QStringLiteral("boarded"),
         {{}, 2, -1, QStringLiteral("return-list boarded LIST_ID CASE_REF...")}},
        {QStringLiteral("not-boarded"),
         {{QStringLiteral("reason")},
          2,
          2,
          QStringLiteral("return-list not-boarded LIST_ID CASE_REF --reason T")}},
        {QStringLiteral("complete"), {{}, 1, 1, QStringLiteral("return-list complete LIST_ID")}},
        {QStringLiteral("pdf"),
         {{QStringLiteral("out"), QStringLiteral("kind"), QStringLiteral("lang"),
           QStringLiteral("paper")},
          1,
          1,
          QStringLiteral("return-list pdf LIST_ID --out FILE.pdf")}},
        {QStringLiteral("csv"),
         {{QStringLiteral("out"), QStringLiteral("kind")},
          1,
          1,
          QStringLiteral("return-list csv LIST_ID --out FILE.csv")}},
        {QStringLiteral("list"),
         {{QStringLiteral("json")}, 0, 0, QStringLiteral("return-list list")}},
    };
    if (!specs.contains(sub))
        return usageError(tr("unknown command “%1 %2”; the commands are: %3.")
                              .arg(QStringLiteral("return-list"), sub, usage));
    const Spec spec = specs.value(sub);
    const QString command = QStringLiteral("return-list ") + sub;
    if (!onlyOptions(command, spec.options))
        return 2;
    if (rest.size() < spec.minArgs || (spec.maxArgs >= 0 && rest.size() > spec.maxArgs))
        return usageError(tr("%1 is written: %2.").arg(command, spec.syntax));

    Result<std::shared_ptr<Database>> opened =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
    if (!opened)
        return fail(opened.error());
    const Database &db = *opened.value();
    ReturnListRepository lists(db, m_clock);
    CaseRepository cases(db, m_clock);

    if (sub == u"create") {
        ReturnList l;
        const QStringList needed = {QStringLiteral("flight"), QStringLiteral("date"),
                                    QStringLiteral("from"), QStringLiteral("to")};
        for (const QString &name : needed) {
            if (!m_parser.isSet(name))
                return usageError(tr("%1 needs %2.").arg(command, QStringLiteral("--") + name));
        }
        l.flightNumber = m_parser.value(QStringLiteral("flight"));
        const std::optional<QDate> date = dates::parseInput(m_parser.value(QStringLiteral("date")));
        if (!date)
            return usageError(tr("%1 needs a date such as %2.")
                                  .arg(QStringLiteral("--date"), QStringLiteral("2026-04-10")));
        l.flightDate = *date;
        l.fromAirport = m_parser.value(QStringLiteral("from"));
        l.toAirport = m_parser.value(QStringLiteral("to"));
        l.carrier = m_parser.value(QStringLiteral("carrier"));
        l.departureTime = m_parser.value(QStringLiteral("time"));
        if (m_parser.isSet(QStringLiteral("capacity"))) {
            bool ok = false;
            l.capacity = m_parser.value(QStringLiteral("capacity")).toInt(&ok);
            if (!ok || l.capacity < 1)
                return usageError(
                    tr("%1 needs a number of seats, 1 or more.").arg(QStringLiteral("--capacity")));
        }
        Result<ReturnList> created = lists.create(actor(), l);
        if (!created)
            return fail(created.error());
        m_out << created->id << Qt::endl;
        return 0;
    }
    if (sub == u"list") {
        Result<QList<ReturnList>> all = lists.lists();
        if (!all)
            return fail(all.error());
        QJsonArray array;
        for (const ReturnList &l : all.value()) {
            if (m_parser.isSet(QStringLiteral("json")))
                array.append(
                    QJsonObject{{QStringLiteral("id"), l.id},
                                {QStringLiteral("flight_number"), l.flightNumber},
                                {QStringLiteral("carrier"), l.carrier},
                                {QStringLiteral("flight_date"), dates::toIso(l.flightDate)},
                                {QStringLiteral("from"), l.fromAirport},
                                {QStringLiteral("to"), l.toAirport},
                                {QStringLiteral("capacity"), l.capacity},
                                {QStringLiteral("status"), l.status},
                                {QStringLiteral("passengers"), l.passengerCount}});
            else
                m_out << l.id << '\t' << l.flightNumber << '\t' << dates::format(l.flightDate)
                      << '\t' << l.fromAirport << '-' << l.toAirport << '\t' << l.status << '\t'
                      << l.passengerCount << Qt::endl;
        }
        if (m_parser.isSet(QStringLiteral("json")))
            m_out
                << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed()
                << Qt::endl;
        return 0;
    }

    Result<qint64> listId = lists.listIdOf(rest.first());
    if (!listId)
        return fail(listId.error());
    const qint64 id = listId.value();
    auto caseId = [&](const QString &ref) -> Result<qint64> {
        Result<CaseRecord> c = cases.loadByRef(ref);
        if (!c)
            return c.error();
        return c->id;
    };
    const QString reason = m_parser.value(QStringLiteral("reason"));

    if (sub == u"add") {
        Result<QList<AddOutcome>> out = lists.addCases(actor(), id, rest.mid(1));
        if (!out)
            return fail(out.error());
        int added = 0;
        for (const AddOutcome &o : out.value()) {
            if (o.added) {
                ++added;
                m_out << tr("Added %1.").arg(o.caseRef) << Qt::endl;
            } else {
                m_err << tr("qaytish-cli: %1").arg(o.message) << Qt::endl;
            }
        }
        if (added == out->size())
            return 0;
        return added > 0 ? 3 : 2;
    }
    if (sub == u"remove") {
        Result<qint64> c = caseId(rest.at(1));
        if (!c)
            return fail(c.error());
        if (Status s = lists.removePassenger(actor(), id, c.value(), reason); !s)
            return fail(s.error());
        m_out << tr("Took %1 off the list.").arg(rest.at(1).toUpper()) << Qt::endl;
        return 0;
    }
    if (sub == u"check") {
        Result<QList<ListProblem>> problems = lists.check(id);
        if (!problems)
            return fail(problems.error());
        bool open = false;
        QJsonArray array;
        for (const ListProblem &p : problems.value()) {
            open = open || p.hard || !p.overridden;
            if (m_parser.isSet(QStringLiteral("json")))
                array.append(problemJson(p));
            else
                m_out << (p.caseRef.isEmpty() ? QStringLiteral("-") : p.caseRef) << '\t'
                      << problemLine(p) << Qt::endl;
        }
        if (m_parser.isSet(QStringLiteral("json")))
            m_out
                << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed()
                << Qt::endl;
        else if (problems->isEmpty())
            m_out << tr("The list has no problems.") << Qt::endl;
        return open ? 3 : 0;
    }
    if (sub == u"override") {
        qint64 c = 0;
        if (rest.size() == 3) {
            Result<qint64> found = caseId(rest.at(2));
            if (!found)
                return fail(found.error());
            c = found.value();
        }
        if (Status s = lists.override(actor(), id, rest.at(1), c, reason); !s)
            return fail(s.error());
        m_out << tr("Overrode “%1”.").arg(listProblemTitle(rest.at(1))) << Qt::endl;
        return 0;
    }
    if (sub == u"finalize") {
        Result<ReturnListRepository::FinalizeResult> r = lists.finalize(actor(), id, reason);
        if (!r)
            return fail(r.error());
        for (const ListProblem &p : r->takenOff)
            m_out << p.caseRef << '\t' << tr("taken off the list: %1").arg(p.message) << Qt::endl;
        if (!r->blocking.isEmpty()) {
            for (const ListProblem &p : r->blocking)
                m_err << (p.caseRef.isEmpty() ? QStringLiteral("-") : p.caseRef) << '\t'
                      << problemLine(p) << Qt::endl;
            m_err << tr("qaytish-cli: the list was not finalised: override each warning, or give "
                        "the reason for all of them with %1.")
                         .arg(QStringLiteral("--reason"))
                  << Qt::endl;
            return 3;
        }
        m_out << tr("The list is final: %Ln passenger(s).", nullptr, r->passengers) << Qt::endl;
        return 0;
    }
    if (sub == u"reopen") {
        if (Status s = lists.reopen(actor(), id, reason); !s)
            return fail(s.error());
        m_out << tr("The list is a draft again.") << Qt::endl;
        return 0;
    }
    if (sub == u"boarded" || sub == u"not-boarded") {
        int done = 0;
        for (const QString &ref : rest.mid(1)) {
            Result<qint64> c = caseId(ref);
            Status s = c ? lists.markBoarded(actor(), id, c.value(), sub == u"boarded", reason)
                         : Status(c.error());
            if (!s) {
                if (rest.size() == 2)
                    return fail(s.error());
                m_err << tr("qaytish-cli: %1").arg(s.error().message) << Qt::endl;
                continue;
            }
            ++done;
            m_out << (sub == u"boarded" ? tr("%1 boarded.") : tr("%1 did not board."))
                         .arg(ref.toUpper())
                  << Qt::endl;
        }
        return done == rest.size() - 1 ? 0 : done > 0 ? 3 : 2;
    }
    if (sub == u"complete") {
        if (Status s = lists.complete(actor(), id); !s)
            return fail(s.error());
        m_out << tr("The list is completed.") << Qt::endl;
        return 0;
    }

    // pdf and csv
    if (!m_parser.isSet(QStringLiteral("out")))
        return usageError(tr("%1 needs %2.").arg(command, QStringLiteral("--out FILE")));
    const QString file = m_parser.value(QStringLiteral("out"));
    ReturnListOutput output = ReturnListOutput::Manifest;
    if (m_parser.isSet(QStringLiteral("kind"))) {
        const std::optional<ReturnListOutput> kind =
            returnListOutputFromName(m_parser.value(QStringLiteral("kind")));
        if (!kind)
            return usageError(
                tr("%1 needs one of: %2.")
                    .arg(QStringLiteral("--kind"), QStringLiteral("manifest, reception")));
        output = *kind;
    }
    if (sub == u"csv") {
        Result<qint64> written =
            ReturnListExport::exportCsv(db, m_clock, actor(), id, output, file);
        if (!written)
            return fail(written.error());
        m_out << tr("Wrote %Ln passenger(s) to %1.", nullptr, int(written.value()))
                     .arg(QDir::toNativeSeparators(file))
              << Qt::endl;
        return 0;
    }
    Result<MissionSettings> mission = MissionSettingsStore(db, m_clock).load();
    if (!mission)
        return fail(mission.error());
    documents::ReturnListPdfOptions options;
    options.output = output;
    options.language = m_parser.isSet(QStringLiteral("lang"))
                           ? m_parser.value(QStringLiteral("lang"))
                           : QStringLiteral("uz");
    if (!documents::ReturnListPdf::isLanguage(options.language))
        return usageError(tr("%1 needs one of: %2.")
                              .arg(QStringLiteral("--lang"),
                                   documents::documentLanguages().join(QStringLiteral(", "))));
    options.paper = m_parser.isSet(QStringLiteral("paper"))
                        ? m_parser.value(QStringLiteral("paper"))
                        : mission->paperSize;
    if (!documents::ReturnListPdf::isPaper(options.paper))
        return usageError(tr("%1 needs one of: %2.")
                              .arg(QStringLiteral("--paper"), QStringLiteral("a4, letter")));
    Result<qint64> written =
        documents::ReturnListPdf::save(db, m_clock, actor(), id, options, file);
    if (!written)
        return fail(written.error());
    m_out << tr("Wrote %Ln passenger(s) to %1.", nullptr, int(written.value()))
                 .arg(QDir::toNativeSeparators(file))
          << Qt::endl;
    return 0;
}

} // namespace qaytish
