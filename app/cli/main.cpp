#include "app/common/memorytuning.h"
#include "cli.h"

#include "core/appinfo.h"

#include <QGuiApplication>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform asks for the runtime directory, which a shell without a desktop
// session (cron, ssh, CI) does not have; Qt then makes a private one and says so on stderr,
// where scripts read this program's errors. That one notice is dropped; every other message
// goes to Qt's own handler.
void quietRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context,
                           const QString &message) {
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[]) {
    qaytish::tuneMemoryAllocator();
    // Rendering documents (PDFs) needs a QGuiApplication, and one without a display aborts:
    // the commands that render use the offscreen platform. The others stay on a
    // QCoreApplication, which starts faster and needs no platform at all.
    std::unique_ptr<QCoreApplication> app;
    if (qaytish::Cli::rendersDocuments(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietRuntimeDirNotice);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    qaytish::setApplicationIdentity();
    // The CLI speaks English (scripts read it); its translation holds the plural forms of
    // messages with a count, which the source texts write as "person(s)".
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/qaytish_en.qm")))
        QCoreApplication::installTranslator(&english);
    QTextStream out(stdout);
    QTextStream err(stderr);
    qaytish::Cli cli(out, err, qaytish::applicationClock());
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
