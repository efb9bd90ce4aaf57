#include "errors.h"

namespace qaytish {

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Denied:
        return 4;
    case ErrorKind::Busy:
        return 5;
    case ErrorKind::BadInput:
    case ErrorKind::NotFound:
    case ErrorKind::Foreign:
    case ErrorKind::Damaged:
    case ErrorKind::Newer:
    case ErrorKind::Io:
    case ErrorKind::Internal:
        break;
    }
    return 2;
}

} // namespace qaytish
