#pragma once

#include <QCoreApplication>
#include <QString>

namespace qaytish {

// Both binaries share one identity, so that they find the same default register and the
// same settings.
inline void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Qaytish"));
    QCoreApplication::setApplicationName(QStringLiteral("Qaytish"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QAYTISH_VERSION));
}

// The acting officer's name when no account system is in use: the operating system's
// user name, or "officer" when it cannot be found.
inline QString systemUserName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("officer") : name;
}

} // namespace qaytish
