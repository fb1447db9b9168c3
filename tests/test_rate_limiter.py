"""The rate limiter on its own: fair turns, lanes, the three limits and 429s. Requests are
plain callbacks, so the order in which they run is what the tests read; where a test needs
a limit to bite it uses small windows, and it only checks lower bounds of time."""

import asyncio
import logging
import time
from datetime import timedelta
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.rate_limiter import TelegramRateLimiter
from rules.sending import Backlog, ChatLimits, Lane, PreviousRun, SendWindow, bulk_in_flight

FAST = ChatLimits(overall_per_second=1000, overall_burst=1000, private_burst=1000)


class Recorder:
    """Runs requests through a limiter and notes the order in which Telegram got them."""

    def __init__(self, limiter: TelegramRateLimiter) -> None:
        self.limiter = limiter
        self.log: list[Any] = []
        self.refuse: dict[Any, list[float]] = {}  # chat: retry_after of its next answers

    async def send(
        self, chat: Any, lane: Lane = Lane.REPLY, endpoint: str = "sendMessage", label: Any = None
    ) -> float:
        async def callback() -> bool:
            waits = self.refuse.get(chat)
            if waits:
                raise RetryAfter(timedelta(seconds=waits.pop(0)))
            self.log.append(label if label is not None else chat)
            return True

        data = {"chat_id": chat} if chat is not None else {}
        await self.limiter.process_request(callback, (), {}, endpoint, data, lane)
        return time.monotonic()

    def start(self, *args: Any, **kwargs: Any) -> "asyncio.Task[float]":
        return asyncio.create_task(self.send(*args, **kwargs))


async def settle() -> None:
    for _ in range(3):
        await asyncio.sleep(0)


async def test_one_question_goes_before_someone_elses_flood() -> None:
    limits = ChatLimits(overall_per_second=20, overall_burst=1, private_burst=1000)
    recorder = Recorder(TelegramRateLimiter(limits))
    flood = [recorder.start(1, label=("flood", n)) for n in range(10)]
    await settle()
    question = recorder.start(2, label="question")
    await asyncio.gather(*flood, question)
    assert recorder.log.index("question") <= 2, recorder.log
    assert [x for x in recorder.log if x != "question"] == [("flood", n) for n in range(10)]


async def test_replies_go_before_bulk_sends() -> None:
    limits = ChatLimits(overall_per_second=20, overall_burst=1, private_burst=1000)
    recorder = Recorder(TelegramRateLimiter(limits))
    bulk = [recorder.start(100 + n, Lane.BULK, label=("bulk", n)) for n in range(10)]
    await settle()
    reply = recorder.start(7, Lane.REPLY, label="reply")
    await asyncio.gather(*bulk, reply)
    assert recorder.log.index("reply") <= 2, recorder.log
    assert len(recorder.log) == 11
    limiter = recorder.limiter
    assert limiter.stats.granted == {Lane.REPLY: 1, Lane.BULK: 10}


async def test_a_full_group_waits_for_its_window_and_others_go_on() -> None:
    limits = ChatLimits(
        overall_per_second=1000,
        overall_burst=1000,
        group_per_window=3,
        group_window_seconds=0.5,
        private_burst=1000,
    )
    recorder = Recorder(TelegramRateLimiter(limits))
    started = time.monotonic()
    group = [recorder.start(-100, label=("group", n)) for n in range(4)]
    await settle()
    private = recorder.start(5, label="private")
    done = await asyncio.gather(*group)
    await private
    assert done[3] - started >= 0.5
    assert recorder.log.index("private") < recorder.log.index(("group", 3))
    assert recorder.log[:3] == [("group", n) for n in range(3)]


async def test_a_private_chat_is_paced_but_may_burst() -> None:
    limits = ChatLimits(
        overall_per_second=1000, overall_burst=1000, private_burst=2, private_per_second=4
    )
    recorder = Recorder(TelegramRateLimiter(limits))
    started = time.monotonic()
    done = await asyncio.gather(*(recorder.start(9) for _ in range(4)))
    # Two at once, then one per 0.25 s.
    assert done[2] - started >= 0.2 and done[3] - started >= 0.45


async def test_a_429_holds_only_its_own_chat() -> None:
    recorder = Recorder(TelegramRateLimiter(FAST))
    recorder.refuse[1] = [0.4]
    first = recorder.start(1, label="one")
    await settle()
    others = [recorder.start(2 + n, label=("other", n)) for n in range(5)]
    done_others = await asyncio.gather(*others)
    assert "one" not in recorder.log  # still waiting for its retry_after
    done_first = await first
    assert recorder.log[-1] == "one" and done_first >= max(done_others)
    assert recorder.limiter.stats.told_to_wait == 1
    assert recorder.limiter.stats.overall_floods == 0


async def test_429s_for_several_chats_hold_everyone_briefly() -> None:
    recorder = Recorder(TelegramRateLimiter(FAST))
    for chat in (1, 2, 3):
        recorder.refuse[chat] = [0.3]
    await settle()
    refused = [recorder.start(chat) for chat in (1, 2, 3)]
    await settle()
    await asyncio.sleep(0.01)
    assert recorder.limiter.stats.overall_floods == 1
    started = time.monotonic()
    done = await recorder.send(4)
    assert done - started >= 0.2  # the fresh chat waited too
    await asyncio.gather(*refused)
    assert sorted(recorder.log) == [1, 2, 3, 4]


async def test_after_max_retries_the_429_is_raised_and_logged_with_its_chat(
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder(TelegramRateLimiter(FAST, max_retries=2))
    recorder.refuse[77] = [0.01, 0.01, 0.01, 0.01]
    with caplog.at_level(logging.WARNING), pytest.raises(RetryAfter):
        await recorder.send(77)
    assert recorder.refuse[77] == [0.01]  # tried three times
    assert recorder.limiter.stats.gave_up == 1
    assert any("chat 77 not sent" in r.getMessage() for r in caplog.records)


async def test_calls_that_post_nothing_are_not_paced() -> None:
    limits = ChatLimits(overall_per_second=5, overall_burst=1, private_burst=1000)
    recorder = Recorder(TelegramRateLimiter(limits))
    posts = [recorder.start(1, label=("post", n)) for n in range(4)]
    await settle()
    await recorder.send(None, endpoint="answerCallbackQuery", label="answer")
    assert recorder.log.index("answer") <= 1
    await asyncio.gather(*posts)


async def test_edits_count_overall_but_not_against_a_chat() -> None:
    limits = ChatLimits(
        overall_per_second=1000, overall_burst=1000, private_burst=1, private_per_second=2
    )
    recorder = Recorder(TelegramRateLimiter(limits))
    await recorder.send(3)  # the chat's one message for now
    started = time.monotonic()
    await recorder.send(3, endpoint="editMessageText")
    assert time.monotonic() - started < 0.4  # a message would wait 0.5 s here
    assert recorder.limiter.stats.granted[Lane.REPLY] == 2


async def test_a_cancelled_request_leaves_the_queue() -> None:
    limits = ChatLimits(overall_per_second=10, overall_burst=1, private_burst=1000)
    limiter = TelegramRateLimiter(limits)
    recorder = Recorder(limiter)
    first = recorder.start(1, label="first")
    waiting = recorder.start(1, label="cancelled")
    last = recorder.start(2, label="last")
    await settle()
    waiting.cancel()
    await asyncio.gather(first, last)
    assert "cancelled" not in recorder.log and set(recorder.log) == {"first", "last"}
    assert not limiter._waiting


async def test_a_chat_with_updates_waiting_goes_after_one_without() -> None:
    limits = ChatLimits(overall_per_second=20, overall_burst=1, private_burst=1000)
    backlog = Backlog()
    recorder = Recorder(TelegramRateLimiter(limits, backlog=backlog))
    blocker = recorder.start(9, label="first")  # takes the one token there is
    await settle()
    for _ in range(5):
        backlog.add(1)  # chat 1 has five updates waiting to be handled
    busy = recorder.start(1, label="busy")
    await settle()
    quiet = recorder.start(2, label="quiet")
    await asyncio.gather(blocker, busy, quiet)
    assert recorder.log == ["first", "quiet", "busy"]
    for _ in range(5):
        backlog.done(1)
    assert len(backlog) == 0


def test_bulk_senders_keep_as_many_under_way_as_the_send_rate_can_use() -> None:
    assert bulk_in_flight(25) == 16  # never fewer: a group that must wait holds up no one
    assert bulk_in_flight(1000) == ChatLimits.for_send_rate(1000).max_in_flight == 125


async def test_after_a_restart_nothing_paced_leaves_in_the_first_second() -> None:
    """The run before may have sent a second's worth just before it died: Telegram counts
    those too. So the first message waits a second, and from then on the budget fills from
    empty (no burst on top of what the run before used)."""
    limits = ChatLimits(
        overall_per_second=20, overall_burst=4, private_burst=1000, private_per_second=1000
    )
    limiter = TelegramRateLimiter(limits)
    recorder = Recorder(limiter)
    limiter.begin_after_previous_run()
    begun = time.monotonic()
    answered = await recorder.start(1, endpoint="answerCallbackQuery")  # not a message
    assert answered - begun < 0.5
    sent = await asyncio.gather(*(recorder.start(chat) for chat in range(2, 8)))
    assert min(sent) - begun >= 1.0  # nothing before the second is over
    ordered = sorted(sent)
    assert ordered[limits.overall_burst] - ordered[0] >= 0.04  # then paced at 20/s


async def test_after_a_restart_a_chat_bucket_starts_empty() -> None:
    """The run before may have used a chat's burst just before it died."""
    limits = ChatLimits(
        overall_per_second=1000, overall_burst=1000, private_burst=2, private_per_second=1
    )
    limiter = TelegramRateLimiter(limits)
    recorder = Recorder(limiter)
    limiter.begin_after_previous_run()
    started = time.monotonic()
    sent = sorted(await asyncio.gather(*(recorder.start(9) for _ in range(2))))
    # A full bucket would send both once the overall second is over; an empty one filling at
    # 1/s has one message after that second and the next a second later.
    assert sent[0] - started >= 0.95
    assert sent[1] - started >= 1.9


async def test_no_second_holds_more_messages_than_the_cap_when_they_leave() -> None:
    """Tokens granted while requests waited for a place in flight must not leave at once:
    the cap counts messages when they leave."""
    limits = ChatLimits(overall_per_second=1000, overall_burst=1000, private_burst=1000)
    assert limits.overall_window_cap == 2000  # a rate above Telegram's: what it needs
    capped = ChatLimits(overall_per_second=5, overall_burst=100, private_burst=1000)
    assert capped.overall_window_cap == 29  # below Telegram's 30, whatever the burst
    recorder = Recorder(TelegramRateLimiter(capped))
    sent = await asyncio.gather(*(recorder.start(chat) for chat in range(35)))
    first = min(sent)
    assert sum(1 for moment in sent if moment - first < 0.95) <= 29
    assert len(recorder.log) == 35


async def test_a_run_that_starts_long_after_the_last_send_does_not_wait() -> None:
    limits = ChatLimits(overall_per_second=20, overall_burst=4, private_burst=2)
    limiter = TelegramRateLimiter(limits)
    marks: list[float] = []
    limiter.begin_after_previous_run(
        seconds_since_last_send=60.0, on_sent=lambda: marks.append(time.monotonic())
    )
    recorder = Recorder(limiter)
    started = time.monotonic()
    sent = await asyncio.gather(*(recorder.start(chat) for chat in range(3)))
    assert max(sent) - started < 0.5  # the burst is there: the run before is long gone
    assert len(marks) == 1  # the moment of sending is kept, once per tenth of a second
    await asyncio.sleep(0.15)
    await recorder.send(7)
    assert len(marks) == 2


def test_the_send_window_counts_messages_as_they_leave() -> None:
    window = SendWindow(cap=2)
    assert window.wait(10.0) == 0 and window.wait(10.1) == 0
    assert window.wait(10.5) == pytest.approx(0.5)  # the third waits for the first's second
    assert window.wait(11.0) == 0


def test_a_previous_run_leaves_its_last_second_and_empty_buckets() -> None:
    previous = PreviousRun(last_send=100.0)
    assert previous.sends_from == 101.0
    assert previous.filled(100.5, burst=4, per_second=2) == 1.0
    assert previous.filled(110.0, burst=4, per_second=2) == 4.0
    assert previous.filled(99.0, burst=4, per_second=2) == 0.0
