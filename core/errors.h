#pragma once

#include <QString>

namespace qaytish {

// What kind of failure: the CLI maps each kind to its exit code (DESIGN.md, Contracts),
// the GUI picks the dialog. The message is translated and names the file, line or field.
enum class ErrorKind {
    BadInput, // a value or an argument is wrong; a workflow rule says no
    NotFound, // no such case, request, file
    Foreign,  // not a SQLite file, or another application's SQLite file, or a directory
    Damaged,  // a register that SQLite cannot read
    Newer,    // written by a newer Qaytish
    Busy,     // another process holds the lock longer than the busy timeout
    Denied,   // not logged in or not allowed (later: roles)
    Io,       // the file cannot be read or written (permissions, full disk)
    Internal, // a bug: should not happen
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // translated, complete sentence(s)
    QString field;   // the field or option concerned, when there is one
    QString file;    // the file concerned, when there is one
    int line = 0;    // 1-based line in `file`, when there is one

    static Error make(ErrorKind kind, const QString &message, const QString &field = {}) {
        Error e;
        e.kind = kind;
        e.message = message;
        e.field = field;
        return e;
    }
    // An error about a file (and a line of it, counted from 1, when known).
    static Error inFile(ErrorKind kind, const QString &message, const QString &file, int line = 0) {
        Error e = make(kind, message);
        e.file = file;
        e.line = line;
        return e;
    }
};

// Exit code of qaytish-cli for an error kind (DESIGN.md, Contracts).
int exitCodeFor(ErrorKind kind);

} // namespace qaytish
