#pragma once

#include <QString>

namespace qaytish {

// The acting officer. Every core operation takes one, so that permissions and the audit
// trail can hang on it without touching the callers.
struct Actor {
    QString name;
};

} // namespace qaytish
