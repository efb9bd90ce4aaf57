#include "app/common/memorytuning.h"
#include "cli.h"

#include "core/appinfo.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    qaytish::tuneMemoryAllocator();
    QCoreApplication app(argc, argv);
    qaytish::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    qaytish::Cli cli(out, err, qaytish::applicationClock());
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
