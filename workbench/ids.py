"""Primary keys: UUIDv7 text generated where the row is created.

RFC 9562 version 7: 48-bit Unix time in milliseconds, version 7, then 74 bits that are random for the
first id of a millisecond and count up by a random step of 1..2**16 within the same millisecond
(RFC 9562 §6.2, method 2), so ids are strictly increasing within the process even when many are made
per millisecond or the clock steps back (the last timestamp is kept until the clock passes it; on a
counter overflow the timestamp moves on by one millisecond). Made with integer arithmetic and random
bytes from `os.urandom` read 4 KiB at a time, rather than through `uuid.UUID` objects (an import makes
three ids per row; `new_ids` makes a batch of them under one lock and one clock read)."""

from __future__ import annotations

import os
import threading
import time

_VERSION_VARIANT = (0x7 << 76) | (0b10 << 62)
_RAND_MASK = (1 << 74) - 1  # rand_a (12 bits) and rand_b (62 bits) as one counter
_LOW48 = (1 << 48) - 1
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


def new_ids(count: int) -> list[str]:
    """`count` new ids, as `count` calls of `new_id` made at one instant would give them (the clock read
    once, the same counting rule within a millisecond): for bulk writes, which stamp all their rows with
    one time anyway."""
    global _last_ms, _last_rand, _pool, _pos
    out: list[str] = []
    if count <= 0:
        return out
    ms = time.time_ns() // 1_000_000
    append = out.append
    # the random step (1 + 16 random bits) of every id that counts on within the millisecond
    steps = memoryview(os.urandom(2 * count)).cast("H")
    with _lock:
        last_ms, last_rand, pool, pos = _last_ms, _last_rand, _pool, _pos
        head = -1  # ms and the top 26 bits of the counter: the text before the last 12 hex digits
        prefix = ""
        for i in range(count):
            if ms > last_ms:  # the first id of a new millisecond: a random counter
                if pos + 10 > _POOL_SIZE:
                    pool, pos = os.urandom(_POOL_SIZE), 0
                rand = int.from_bytes(pool[pos : pos + 10]) & _RAND_MASK
                pos += 10
            else:
                ms = last_ms
                rand = last_rand + 1 + steps[i]
                if rand > _RAND_MASK:
                    ms += 1
                    rand = int.from_bytes(os.urandom(10)) & (_RAND_MASK >> 1)
            last_ms, last_rand = ms, rand
            top = (ms << 26) | (rand >> 48)
            if top != head:  # time fields, version 7 + rand_a, variant 0b10 + the top of rand_b
                head = top
                version_a, variant_b = 0x7000 | (rand >> 62), 0x8000 | ((rand >> 48) & 0x3FFF)
                prefix = f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-{version_a:04x}-{variant_b:04x}-"
            append(f"{prefix}{rand & _LOW48:012x}")  # the same text as `new_id`
        _last_ms, _last_rand, _pool, _pos = last_ms, last_rand, pool, pos
    return out
