"""The introductions in /rapport: rounds, introductions, the share across domains and the
share that met, per municipality; and a chart of the met-share per round. Counts only: the
report never says who answered what."""

from handlers.core.context import BotContext
from rules.charts import line_and_bars_png
from rules.introductions import Outcome, Totals, by_municipality, met_share_per_round, totals
from rules.municipalities import gazetteer
from rules.texts import Catalogue
from rules.worker_process import run_in_worker_process
from storage.coalitions import Coalition

REPORT_ROUNDS = 12


def _percent(share: float | None) -> int:
    return round(100 * share) if share is not None else 0


async def introduction_lines(context: BotContext, coalition: Coalition) -> list[str]:
    t = context.t
    outcomes = await context.db.introduction_outbox.outcomes(coalition.id, REPORT_ROUNDS)
    if not outcomes:
        return [t("report-intro-none")]
    lines = [introduction_header(t, outcomes)]
    places = by_municipality(outcomes)
    if len(places) > 1 or "" not in places:
        lines += [_place_line(context, key, found) for key, found in places.items()]
    return lines


def introduction_header(t: Catalogue, outcomes: list[Outcome]) -> str:
    """Rounds, introductions, the share across domains and the share that met."""
    if not outcomes:
        return t("report-intro-none")
    overall = totals(outcomes)
    return t(
        "report-intro-header",
        rounds=overall.rounds,
        introductions=overall.introductions,
        cross=_percent(overall.cross_share),
        met=_percent(overall.met_share),
        answered=overall.answered,
    )


def _place_line(context: BotContext, key: str, found: Totals) -> str:
    t = context.t
    place = gazetteer().official.get(key, key) if key else t("report-place-unknown")
    return t(
        "report-intro-place",
        place=place,
        introductions=found.introductions,
        cross=_percent(found.cross_share),
        met=_percent(found.met_share),
    )


async def met_share_chart(context: BotContext, coalition: Coalition) -> bytes | None:
    """Per round: the share of its introductions that met (line), introductions (bars)."""
    outcomes = await context.db.introduction_outbox.outcomes(coalition.id, REPORT_ROUNDS)
    points = [
        (moment.date(), 100 * share, count)
        for moment, share, count in met_share_per_round(outcomes)
    ]
    if not points:
        return None
    t = context.t
    return await run_in_worker_process(
        line_and_bars_png,
        points,
        coalition.name,
        t("chart-met"),
        (0, 100),
        t("chart-introductions"),
    )
