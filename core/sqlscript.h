#pragma once

#include <QString>
#include <QStringList>

namespace qaytish {

// Splits an SQL script into single statements, since QSqlQuery runs one statement per
// exec. Semicolons inside string literals, quoted identifiers, comments and trigger bodies
// (CREATE TRIGGER ... BEGIN ... END;) do not end a statement. Comments are dropped.
QStringList splitSqlScript(const QString &script);

} // namespace qaytish
