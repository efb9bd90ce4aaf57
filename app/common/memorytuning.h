#pragma once

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace qaytish {

// Bulk work (the demo register, imports) allocates and frees many small blocks per row. With
// glibc's default of giving memory back to the system as soon as 128 KiB at the top of the
// heap are free, the heap grows and shrinks thousands of times a second, and the kernel
// zeroes the same pages again each time: a third of the demo's time went there. Keep up to
// 64 MiB before trimming. Other C libraries manage their heaps their own way.
inline void tuneMemoryAllocator() {
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

} // namespace qaytish
