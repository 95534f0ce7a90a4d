// CZlib.h: zlib for the Termbase module (dictzip/gzip inflation of FreeDict's .dict.dz).
//
// inflateInit2 is a macro over inflateInit2_ that Swift cannot import; the wrapper gives it a name.
#ifndef CZLIB_H
#define CZLIB_H

#include <zlib.h>

/// inflateInit2(stream, windowBits): windowBits 15 + 32 accepts gzip and zlib headers.
static inline int czlib_inflateInit2(z_streamp stream, int windowBits) { return inflateInit2(stream, windowBits); }

#endif
