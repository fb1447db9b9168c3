"""The network questions' lines in /rapport: asked, answered, solved, how soon the first
answer came, and the methods the questions were about (rules/network_questions.py counts)."""

from datetime import timedelta

from handlers.core.context import BotContext
from rules.experience_vocabulary import experience_vocabulary
from rules.network_questions import network_report
from rules.texts import format_number
from storage.coalitions import Coalition


async def network_lines(context: BotContext, coalition: Coalition) -> list[str]:
    """Over the questions still kept (RETENTION_NETWORK_QUESTION_DAYS)."""
    t = context.t
    days = context.config.retention.network_questions
    since = context.clock.now() - timedelta(days=days)
    report = network_report(await context.db.network_questions.for_report(coalition.id, since))
    if not report.asked:
        return [t("report-network-none", days=days)]
    wait = report.median_first_answer
    lines = [
        t(
            "report-network-header",
            days=days,
            asked=report.asked,
            answered=report.answered,
            solved=report.solved,
        )
    ]
    if wait is not None:
        hours = format_number(wait / timedelta(hours=1), t.language)
        lines.append(t("report-network-first-answer", hours=hours))
    if report.topics:
        vocabulary = experience_vocabulary()
        topics = ", ".join(
            f"{vocabulary.display(key, t.language)} ({count})" for key, count in report.topics
        )
        lines.append(t("report-network-topics", topics=topics))
    return lines
