"""Primary keys: UUIDv7 text generated where the row is created.

RFC 9562 version 7: 48-bit Unix time in milliseconds, version 7, then 74 bits that are random for the
first id of a millisecond and count up by a random step of 1..2**16 within the same millisecond
(RFC 9562 §6.2, method 2), so ids are strictly increasing within the process even when many are made
per millisecond or the clock steps back (the last timestamp is kept until the clock passes it; on a
counter overflow the timestamp moves on by one millisecond). Made with integer arithmetic and random
bytes from `os.urandom` read 4 KiB at a time, rather than through `uuid.UUID` objects (an import makes
three ids per row)."""

from __future__ import annotations

import os
import threading
import time

_VERSION_VARIANT = (0x7 << 76) | (0b10 << 62)
_RAND_MASK = (1 << 74) - 1  # rand_a (12 bits) and rand_b (62 bits) as one counter
_lock = threading.Lock()
_last_ms = -1
_last_rand = 0
_POOL_SIZE = 4096
_pool = b""
_pos = _POOL_SIZE


def _pack(ms: int, rand: int) -> int:
    return (ms << 80) | _VERSION_VARIANT | ((rand >> 62) << 64) | (rand & ((1 << 62) - 1))


def new_id_int() -> int:
    """A new UUIDv7 as its 128-bit integer."""
    global _last_ms, _last_rand, _pool, _pos
    ms = time.time_ns() // 1_000_000
    with _lock:
        if _pos + 10 > _POOL_SIZE:
            _pool, _pos = os.urandom(_POOL_SIZE), 0
        noise = int.from_bytes(_pool[_pos : _pos + 10])
        _pos += 10
        if ms > _last_ms:
            rand = noise & _RAND_MASK
        else:
            ms = _last_ms
            rand = _last_rand + 1 + (noise & 0xFFFF)
            if rand > _RAND_MASK:
                ms += 1
                rand = noise & (_RAND_MASK >> 1)  # room to count on in the new millisecond
        _last_ms, _last_rand = ms, rand
    return _pack(ms, rand)


def new_id() -> str:
    """A new time-ordered UUIDv7 as canonical text."""
    h = f"{new_id_int():032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
