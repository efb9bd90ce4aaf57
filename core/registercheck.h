#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qaytish {

// What `qaytish-cli check` reports about a register.
struct RegisterHealth {
    QString path;
    int schemaVersion = 0; // as the file stands; older registers are upgraded when opened
    bool full = false;     // integrity_check rather than quick_check
    QStringList problems;  // translated, one finding each; empty when healthy
    bool healthy() const { return problems.isEmpty(); }
};

// Checks a register without changing it: the file is recognised from its header first (a
// foreign or newer file is an error, as for Database::open), then read through a read-only
// connection. SQLite's own check (quick_check, or integrity_check when `full`), the foreign
// keys, and the register's own promise that certificate numbers run without a gap and that
// the counter stands at the highest number issued.
class RegisterCheck {
    Q_DECLARE_TR_FUNCTIONS(RegisterCheck)
public:
    static Result<RegisterHealth> run(const QString &path, bool full);
};

} // namespace qaytish
