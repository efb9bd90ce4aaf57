#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace qaytish {

// The derived name columns of person (search_key, name_latin_sort, name_cyrillic_sort)
// follow rules in core/names.cpp that SQL cannot compute. When the rules change,
// names::SearchKeyVersion goes up; a register whose register_info.search_key_version is
// older gets every person's derived columns recomputed, in one transaction, and the new
// version stored (DESIGN.md, Storage: derived columns with a version).
class SearchKeys {
public:
    // The version stored in the register; 0 when none is recorded.
    static Result<int> storedVersion(QSqlDatabase db, const QString &path);
    // Recomputes when the stored version is older than names::SearchKeyVersion; a newer
    // one (a register written by a newer Qaytish) is left as it is. Returns the number of
    // persons recomputed (0 when nothing was due).
    static Result<qint64> upgrade(QSqlDatabase db, const QString &path);
    // Recomputes every person's derived columns and stores the current version, in one
    // transaction.
    static Result<qint64> recomputeAll(QSqlDatabase db, const QString &path);
};

} // namespace qaytish
