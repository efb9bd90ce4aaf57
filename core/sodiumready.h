#pragma once

#include <sodium.h>

namespace qaytish {

// Starts libsodium once per process (the hashes, seals, signatures and passwords of core/
// all need it); false when it cannot start, which callers report as an internal error.
inline bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace qaytish
