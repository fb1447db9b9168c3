"""The worker process that draws charts and plans introductions (rules/worker_process.py)."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from rules.worker_process import run_in_worker_process

ROOT = Path(__file__).resolve().parent.parent


async def test_work_runs_in_another_process_which_is_kept() -> None:
    worker = await run_in_worker_process(os.getpid)
    assert worker != os.getpid()
    assert await run_in_worker_process(os.getpid) == worker


async def test_a_worker_that_died_is_replaced_and_the_task_done() -> None:
    worker = await run_in_worker_process(os.getpid)
    os.kill(worker, signal.SIGKILL)
    replaced = await run_in_worker_process(os.getpid)
    assert replaced not in (worker, os.getpid())


def test_a_chart_and_a_round_leave_their_libraries_out_of_the_bots_process() -> None:
    """The point of the worker: matplotlib and scipy (90 MB, 80,000 objects that every full
    garbage collection would walk) stay out of the bot's own process. A fresh interpreter,
    as the pytest process may have imported them for other tests."""
    program = textwrap.dedent(
        """
        import asyncio, sys
        from datetime import date
        from handlers.reports.view import trend_png
        from rules.introductions import Domain, Participant, plan_round
        from rules.texts import Texts
        from rules.worker_process import run_in_worker_process

        async def main():
            points = [(date(2026, 11, 3), 4.2, 5), (date(2026, 11, 10), 3.5, 2)]
            chart = await trend_png(points, "Venlo", Texts().bound("nl"))
            people = [
                Participant(1, Domain.MEDICAL, "Venlo", "A"),
                Participant(2, Domain.SOCIAL, "Venlo", "B"),
            ]
            plan = await run_in_worker_process(plan_round, people, {}, date(2026, 12, 7))
            print(chart[:4] == b"\\x89PNG", plan.groups)

        asyncio.run(main())
        print(sorted({"matplotlib", "scipy", "networkx"} & set(sys.modules)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.splitlines() == ["True [(1, 2)]", "[]"]


def test_the_worker_leaves_with_a_bot_that_was_killed() -> None:
    """kill -9 gives the bot no chance to stop its worker: the worker sees it has gone."""
    program = textwrap.dedent(
        """
        import asyncio, os
        from rules.worker_process import run_in_worker_process

        async def main():
            print(await run_in_worker_process(os.getpid), flush=True)
            await asyncio.sleep(120)

        asyncio.run(main())
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", program],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as bot:
        assert bot.stdout is not None
        worker = int(bot.stdout.readline())
        assert is_running(worker)
        bot.kill()
    deadline = time.monotonic() + 15
    while is_running(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not is_running(worker)


def is_running(pid: int) -> bool:
    """Not gone and not a zombie (no one may reap it here)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status
