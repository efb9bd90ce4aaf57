#include "app/common/memorytuning.h"
#include "core/appinfo.h"
#include "core/clock.h"
#include "core/database.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace {

class Startup {
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    static void fail(const QString &message) { std::fputs(qPrintable(message + u'\n'), stderr); }
};

} // namespace

int main(int argc, char *argv[]) {
    qaytish::tuneMemoryAllocator();
    QApplication app(argc, argv);
    qaytish::setApplicationIdentity();
    qaytish::Language::apply(qaytish::Language::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Startup::tr("Qaytish: the register of return cases for consular officers."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Startup::tr("Open this register instead of the last one."),
                                      Startup::tr("path"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        Startup::tr("The interface language, one of %1 (remembered).")
            .arg(qaytish::Language::codes().join(QStringLiteral(", "))),
        Startup::tr("code"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    // parse(), not process(): process() ends the program with exit code 1 on an error.
    if (!parser.parse(QCoreApplication::arguments())) {
        Startup::fail(parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(QCoreApplication::applicationName() + u' ' +
                              QCoreApplication::applicationVersion() + u'\n'),
                   stdout);
        return 0;
    }
    if (parser.isSet(langOption)) {
        const QString code = parser.value(langOption);
        if (!qaytish::Language::codes().contains(code)) {
            Startup::fail(Startup::tr("Unknown language %1: use one of %2.")
                              .arg(code, qaytish::Language::codes().join(QStringLiteral(", "))));
            return 2;
        }
        qaytish::Language::apply(code);
    }

    qaytish::MainWindow window(qaytish::applicationClock());
    window.show();

    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = QSettings().value(qaytish::MainWindow::lastRegisterKey()).toString();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = qaytish::Database::defaultPath();
            QDir().mkpath(QFileInfo(path).absolutePath());
        }
    }
    // A register made now gets its administrator first.
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0)
        window.openRegister(path);
    else
        window.createRegister(path);
    return app.exec();
}
