// qaytish-cli subject-access: everything the register holds about the person of a case.
#include "cli.h"

#include "core/caserepository.h"
#include "core/subjectaccess.h"
#include "documents/returnlisttexts.h"
#include "documents/subjectaccesspdf.h"

#include <QDir>
#include <QLocale>

namespace qaytish {

namespace {

// Without --lang: the language of the system, when it is one of the document's.
QString systemDocumentLanguage() {
    const QLocale locale = QLocale::system();
    if (locale.language() == QLocale::Russian)
        return QStringLiteral("ru");
    if (locale.language() == QLocale::Uzbek)
        return locale.script() == QLocale::CyrillicScript ? QStringLiteral("uz-Cyrl")
                                                          : QStringLiteral("uz");
    return QStringLiteral("en");
}

} // namespace

int Cli::cmdSubjectAccess(const QStringList &args) {
    if (args.size() != 1)
        return usageError(tr("%1 needs one case reference, e.g. %2.")
                              .arg(QStringLiteral("subject-access"),
                                   QStringLiteral("subject-access QY-2026-000001 --out "
                                                  "person.pdf")));
    const QString file = m_parser.value(QStringLiteral("out"));
    if (file.trimmed().isEmpty())
        return usageError(
            tr("%1 needs %2.")
                .arg(QStringLiteral("subject-access"), QStringLiteral("--out FILE.pdf|FILE.json")));
    if (Result<QString> format = SubjectAccess::formatFor(file); !format)
        return usageError(format.error().message);
    const QString language = m_parser.isSet(QStringLiteral("lang"))
                                 ? m_parser.value(QStringLiteral("lang"))
                                 : systemDocumentLanguage();
    if (!documents::documentLanguages().contains(language))
        return usageError(tr("%1 needs one of: %2.")
                              .arg(QStringLiteral("--lang"),
                                   documents::documentLanguages().join(QStringLiteral(", "))));
    Result<std::shared_ptr<Database>> db =
        openRegister(Database::OpenMode::ExistingOnly, Permission::ReadCases);
    if (!db)
        return fail(db.error());
    Result<std::optional<CaseRepository::CaseKeys>> keys =
        CaseRepository(*db.value(), m_clock).keysOf(args.first());
    if (!keys)
        return fail(keys.error());
    if (!keys.value())
        return fail(Error::make(ErrorKind::NotFound,
                                tr("There is no case %1.").arg(args.first().trimmed()),
                                QStringLiteral("case_ref")));
    if (Status s = documents::exportSubjectAccess(*db.value(), m_clock, actor(),
                                                  keys.value()->caseId, file, language);
        !s)
        return fail(s.error());
    m_out << tr("Wrote everything about the person of case %1 to %2.")
                 .arg(args.first().trimmed().toUpper(), QDir::toNativeSeparators(file))
          << Qt::endl;
    return 0;
}

} // namespace qaytish
