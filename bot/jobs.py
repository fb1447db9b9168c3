"""The job queue: every job logs as itself. A job scheduled from inside an update's task (a
coordinator's change wakes a sender) would otherwise inherit that update's log context, as
asyncio copies the context of whoever scheduled the wake-up; here each job starts clean,
under its own name, whoever scheduled it."""

from typing import Any

from telegram.ext import Job, JobQueue

from rules import log_context


class NamedJobQueue(JobQueue[Any]):
    @staticmethod
    async def job_callback(job_queue: JobQueue[Any], job: Job[Any]) -> None:
        log_context.set_update(None)  # this job's own task: never the update that woke it
        with log_context.job(job.name or "job"):
            await JobQueue.job_callback(job_queue, job)
