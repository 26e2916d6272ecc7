"""UUIDv7 ids (workbench.ids): RFC 9562 layout, time-ordered, strictly increasing within the process."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from workbench import ids


def _check_v7(text: str) -> uuid.UUID:
    value = uuid.UUID(text)
    assert str(value) == text  # canonical lower-case 8-4-4-4-12 text
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    return value


def _ms(value: uuid.UUID) -> int:
    return value.int >> 80


@pytest.fixture
def fake_clock(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A settable `time.time_ns` far in the future; the generator's state is restored afterwards, so
    later ids (other tests) are not held at the fake time."""
    monkeypatch.setattr(ids, "_last_ms", ids._last_ms)
    monkeypatch.setattr(ids, "_last_rand", ids._last_rand)
    now = [time.time_ns() + 10**12]
    monkeypatch.setattr(ids.time, "time_ns", lambda: now[0])
    return now


def test_ids_are_v7_with_the_current_time() -> None:
    before = time.time_ns() // 1_000_000
    made = [_check_v7(ids.new_id()) for _ in range(1000)]
    after = time.time_ns() // 1_000_000
    assert all(before <= _ms(v) <= after + 1 for v in made)


def test_many_ids_per_millisecond_increase_strictly_and_keep_the_clock() -> None:
    made = [ids.new_id() for _ in range(50_000)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    # unlike a generator that moves the timestamp on for every id, the time stays close to the clock
    assert _ms(uuid.UUID(made[-1])) <= time.time_ns() // 1_000_000 + 1


def test_frozen_and_backward_clock(fake_clock: list[int]) -> None:
    now = fake_clock
    frozen = [_check_v7(ids.new_id()) for _ in range(1000)]
    assert [v.int for v in frozen] == sorted({v.int for v in frozen})
    assert {_ms(v) for v in frozen} == {now[0] // 1_000_000}
    now[0] -= 5 * 10**9  # the clock steps back five seconds
    later = _check_v7(ids.new_id())
    assert later.int > frozen[-1].int
    assert _ms(later) == _ms(frozen[-1])
    now[0] += 10 * 10**9  # and moves past the last id's time: a fresh random part
    fresh = _check_v7(ids.new_id())
    assert _ms(fresh) == now[0] // 1_000_000


def test_counter_overflow_moves_to_the_next_millisecond(fake_clock: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    first = _check_v7(ids.new_id())
    monkeypatch.setattr(ids, "_last_rand", (1 << 74) - 2)  # the 74-bit counter is (almost) full
    second = _check_v7(ids.new_id())
    assert second.int > first.int
    assert _ms(second) == _ms(first) + 1
    third = _check_v7(ids.new_id())
    assert third.int > second.int and _ms(third) == _ms(second)


def test_after_a_fake_clock_ids_follow_the_real_clock_again(fake_clock: list[int]) -> None:
    ids.new_id()


def test_real_clock_after_the_fake_one() -> None:
    before = time.time_ns() // 1_000_000
    made = _ms(_check_v7(ids.new_id()))
    assert before <= made <= time.time_ns() // 1_000_000


def test_threads_get_distinct_increasing_ids() -> None:
    results: list[list[str]] = [[] for _ in range(4)]

    def work(out: list[str]) -> None:
        out.extend(ids.new_id() for _ in range(5000))

    threads = [threading.Thread(target=work, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [i for out in results for i in out]
    assert len(set(everything)) == len(everything)
    for out in results:
        assert out == sorted(out)


def test_a_batch_is_what_single_calls_at_one_instant_make(fake_clock: list[int]) -> None:
    """`new_ids` follows `new_id`'s rule with the clock read once: valid v7 text, strictly increasing,
    interleaving with single ids, and a counter overflow moves on to the next millisecond."""
    before = ids.new_id()
    batch = ids.new_ids(20_000)
    after = ids.new_id()
    made = [before, *batch, after]
    assert made == sorted(made) and len(set(made)) == len(made)
    values = [_check_v7(v) for v in batch]
    assert {_ms(v) for v in values} == {fake_clock[0] // 1_000_000}
    ids._last_rand = (1 << 74) - 2  # the counter (almost) full: the next id of the batch moves on
    more = [_check_v7(v) for v in ids.new_ids(3)]
    assert [_ms(v) for v in more] == [_ms(values[-1]) + 1] * 3
    assert [v.int for v in more] == sorted({v.int for v in more}) and more[0].int > _check_v7(after).int
    assert ids.new_ids(0) == []


def test_a_batch_takes_the_current_time() -> None:
    before = time.time_ns() // 1_000_000
    batch = [_check_v7(v) for v in ids.new_ids(100)]
    assert all(before <= _ms(v) <= time.time_ns() // 1_000_000 for v in batch)


def test_a_batch_crossing_into_new_counter_top_bits_keeps_the_text_right(fake_clock: list[int]) -> None:
    ids.new_id()
    # the first id of the batch (a step of 1..65537) stays below the carry of the counter's low 48 bits into
    # rand_b's top bits, the next 999 steps carry it over
    ids._last_rand = (5 << 48) - 1 - 65537
    batch = ids.new_ids(1000)
    values = [_check_v7(v) for v in batch]
    assert [v.int for v in values] == sorted({v.int for v in values})
    assert len({v.hex[12:20] for v in values}) == 2  # the text before the last 12 digits changed once
    assert all(str(uuid.UUID(int=v.int)) == text for v, text in zip(values, batch, strict=True))
