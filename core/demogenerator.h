#pragma once

#include "actor.h"
#include "clock.h"
#include "database.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>

namespace qaytish {

// Fills an empty register with synthetic, obviously fictional cases for demonstrations,
// training and benchmarks: Uzbek names in Latin with their Cyrillic forms, valid PINFLs,
// passport numbers of the specimen series ZZ, every status with its history (identity
// requests with replies where the status needs them). The same seed and the same day give
// the same register.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    struct Options {
        int cases = 1000;
        quint32 seed = 1;
    };
    // Called now and then with the number of cases written; return false to cancel
    // (nothing is written then).
    using Progress = std::function<bool(int done, int total)>;

    static Status generate(const Database &db, const Clock &clock, const Actor &actor,
                           const Options &options, const Progress &progress = {});
    // Same, on a connection of the caller's thread (for a worker thread).
    static Status generate(QSqlDatabase db, const QString &path, const Clock &clock,
                           const Actor &actor, const Options &options,
                           const Progress &progress = {});
};

} // namespace qaytish
