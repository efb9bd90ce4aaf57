#pragma once

#include <QString>
#include <QStringList>

namespace qaytish::documents {

// The wording of the subject-access report in one language ("en", "ru", "uz" or
// "uz-Cyrl"). Like the return lists' texts (returnlisttexts.h), these are data of the
// document, not translations of the interface: the report is made in the language chosen
// for it, also by the command line, which installs no translation. The names of codes
// (statuses, needs, results, ...) are here too, under "<kind>.<code>".
class SubjectAccessTexts {
public:
    explicit SubjectAccessTexts(const QString &language);

    // The text of a key; the key itself when there is none (never happens for the keys the
    // report uses: tst_subjectaccess checks each one in every language).
    QString operator()(const QString &key) const;
    // The name of a code, e.g. code("status", "identity_check"); the code itself when it is
    // not known (a code of a newer version), so that nothing is lost.
    QString code(const QString &kind, const QString &code) const;
    QString language() const { return m_language; }

    static bool has(const QString &language, const QString &key);
    static QStringList keys();

private:
    QString m_language;
    int m_index = 0;
};

} // namespace qaytish::documents
