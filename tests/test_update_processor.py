"""The update processor on its own: order within a chat, concurrency between chats, the
bound, and the flood rule at arrival. Coroutines stand in for PTB's process_update."""

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime

from telegram import CallbackQuery, Chat, InlineQuery, Message, Update, User

from bot.update_processor import ChatOrderedUpdateProcessor, FairSlots, order_key
from rules.flood import FloodWindow
from rules.sending import Backlog

_ids = iter(range(1, 10_000))


def message_update(chat_id: int, user_id: int | None = None) -> Update:
    user = User(user_id or abs(chat_id), "Anna", is_bot=False)
    chat = Chat(chat_id, Chat.PRIVATE if chat_id > 0 else Chat.SUPERGROUP)
    message = Message(next(_ids), datetime.now(UTC), chat, from_user=user, text="hoi")
    return Update(next(_ids), message=message)


def inline_update(user_id: int) -> Update:
    user = User(user_id, "Anna", is_bot=False)
    return Update(next(_ids), inline_query=InlineQuery(str(next(_ids)), user, "vk", ""))


def tap_update(user_id: int) -> Update:
    user = User(user_id, "Anna", is_bot=False)
    query = CallbackQuery(str(next(_ids)), user, chat_instance="1", data="x")
    return Update(next(_ids), callback_query=query)


async def run_all(processor: ChatOrderedUpdateProcessor, *jobs: tuple[Update, object]) -> None:
    """Start each update in order, as PTB's fetcher does (one task per update)."""
    tasks = [asyncio.create_task(processor.process_update(u, c)) for u, c in jobs]  # type: ignore[arg-type]
    async with asyncio.timeout(5):
        await asyncio.gather(*tasks)


def test_order_keys() -> None:
    assert order_key(message_update(5)) == ("chat", 5)
    assert order_key(message_update(-100, user_id=5)) == ("chat", -100)
    assert order_key(inline_update(5)) == ("user", 5)
    assert order_key(tap_update(5)) == ("user", 5)
    assert order_key(object()) is None


async def test_one_chat_in_arrival_order_even_when_the_first_waits() -> None:
    processor = ChatOrderedUpdateProcessor()
    log: list[int] = []

    async def handle(number: int, pause: float) -> None:
        await asyncio.sleep(pause)
        log.append(number)

    await run_all(
        processor, *[(message_update(5), handle(n, 0.05 if n == 0 else 0)) for n in range(5)]
    )
    assert log == [0, 1, 2, 3, 4]
    assert processor.waiting_chats == 0


async def test_other_chats_do_not_wait_for_a_slow_one() -> None:
    processor = ChatOrderedUpdateProcessor()
    other_chat_ran = asyncio.Event()

    async def slow() -> None:
        await other_chat_ran.wait()  # only ends if chat 6 runs meanwhile

    async def quick() -> None:
        other_chat_ran.set()

    await run_all(processor, (message_update(5), slow()), (message_update(6), quick()))


async def test_updates_waiting_for_their_chat_take_no_running_place() -> None:
    processor = ChatOrderedUpdateProcessor(max_running=2)
    released = asyncio.Event()
    log: list[str] = []

    async def blocked(name: str) -> None:
        log.append(name)
        await released.wait()

    async def release() -> None:
        released.set()

    jobs = [(message_update(5), blocked(f"a{n}")) for n in range(4)]
    await run_all(processor, *jobs, (message_update(6), release()))
    assert log == ["a0", "a1", "a2", "a3"]


async def test_at_most_max_running_at_once() -> None:
    processor = ChatOrderedUpdateProcessor(max_running=3)
    running = 0
    peak = 0

    async def work() -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1

    await run_all(processor, *[(message_update(10 + n), work()) for n in range(20)])
    assert peak == 3


async def test_a_flooder_gets_one_notice_and_nothing_else() -> None:
    notices: list[int] = []

    async def on_flood(update: Update) -> None:
        notices.append(update.update_id)

    processor = ChatOrderedUpdateProcessor(flood=FloodWindow(limit=2), on_flood=on_flood)
    handled: list[int] = []

    async def handle(number: int) -> None:
        handled.append(number)

    updates = [message_update(5) for _ in range(5)]
    others = message_update(6)
    await run_all(processor, *[(u, handle(n)) for n, u in enumerate(updates)], (others, handle(99)))
    assert handled == [0, 1, 99]
    assert notices == [updates[2].update_id]


async def test_button_taps_weigh_less() -> None:
    processor = ChatOrderedUpdateProcessor(flood=FloodWindow(limit=2))
    handled: list[int] = []

    async def handle(number: int) -> None:
        handled.append(number)

    await run_all(processor, *[(tap_update(5), handle(n)) for n in range(8)])
    assert handled == list(range(8))


async def test_the_backlog_counts_updates_of_a_chat_until_they_are_handled() -> None:
    backlog = Backlog()
    processor = ChatOrderedUpdateProcessor(backlog=backlog)
    seen: list[int] = []
    release = asyncio.Event()

    async def first() -> None:
        await release.wait()

    async def look() -> None:
        seen.append(backlog[5])

    tasks = [
        asyncio.create_task(processor.process_update(message_update(5), c))
        for c in (first(), look(), look())
    ]
    await asyncio.sleep(0.01)
    assert backlog[5] == 3 and backlog[6] == 0
    release.set()
    await asyncio.gather(*tasks)
    assert seen == [2, 1] and len(backlog) == 0


async def test_a_free_place_goes_to_the_quietest_sender_not_the_first_in_line() -> None:
    flood = FloodWindow(limit=100)
    processor = ChatOrderedUpdateProcessor(max_running=1, flood=flood)
    for _ in range(20):  # user 2 sent twenty messages this minute
        flood.admit(2, 1.0, time.monotonic())
    release = asyncio.Event()
    log: list[str] = []

    async def blocking() -> None:
        log.append("first")
        await release.wait()

    async def handle(name: str) -> None:
        log.append(name)

    tasks = [asyncio.create_task(processor.process_update(message_update(1), blocking()))]
    await asyncio.sleep(0.01)  # the only place is taken
    for chat_id, name in ((2, "busy"), (3, "quiet"), (4, "quiet too")):
        tasks.append(
            asyncio.create_task(processor.process_update(message_update(chat_id), handle(name)))
        )
        await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    release.set()
    async with asyncio.timeout(5):
        await asyncio.gather(*tasks)
    assert log == ["first", "quiet", "quiet too", "busy"]


async def test_a_waiter_cancelled_for_a_place_leaves_no_place_taken() -> None:
    slots = FairSlots(1)
    await slots.acquire(lambda: 0)
    waiter = asyncio.create_task(slots.acquire(lambda: 1))
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    slots.release()
    async with asyncio.timeout(1):
        await slots.acquire(lambda: 5)  # free again: not given to the cancelled one
    assert waiter.cancelled()


async def test_a_chat_with_one_update_goes_before_a_chat_with_many_queued() -> None:
    processor = ChatOrderedUpdateProcessor(max_running=1)
    release = asyncio.Event()
    log: list[str] = []

    async def blocking() -> None:
        await release.wait()

    async def handle(name: str) -> None:
        log.append(name)

    tasks = [asyncio.create_task(processor.process_update(message_update(9), blocking()))]
    await asyncio.sleep(0.01)
    for number in range(3):  # a busy chat: three queued
        busy = processor.process_update(message_update(2), handle(f"busy {number}"))
        tasks.append(asyncio.create_task(busy))
    tasks.append(asyncio.create_task(processor.process_update(message_update(3), handle("one"))))
    await asyncio.sleep(0.01)
    release.set()
    async with asyncio.timeout(5):
        await asyncio.gather(*tasks)
    assert log == ["one", "busy 0", "busy 1", "busy 2"]


async def test_a_freed_place_asks_only_a_few_waiters_again() -> None:
    """However many wait, a release asks at most FairSlots.RECHECKED of them (a heap, not a
    scan): the bot's cost must not grow with how many people use it at once."""
    slots = FairSlots(1)
    await slots.acquire(lambda: 0)
    asked: list[int] = []

    def priority(number: int) -> Callable[[], float]:
        def ask() -> float:
            asked.append(number)
            return float(number)

        return ask

    waiters = [asyncio.create_task(slots.acquire(priority(n))) for n in range(500, 0, -1)]
    await asyncio.sleep(0)
    asked.clear()
    slots.release()
    await asyncio.sleep(0)
    assert len(asked) <= FairSlots.RECHECKED
    assert [w.done() for w in waiters].count(True) == 1 and waiters[-1].done()  # number 1
    for waiter in waiters:
        waiter.cancel()
