"""The action agenda in the Mini App: the whole agenda of the person's coalitions with its
filters (workgroup, owner, status, overdue) and each action's history, the workgroups to join
or leave, a status set by an owner or a coordinator, and for coordinators the stand van zaken.
The same storage and rules as the chat (storage/actions/, rules/actions.py); every write
needs fresh initData and is checked again here."""

from datetime import date, timedelta
from typing import Any

from aiohttp import web

from handlers.actions.view import status_label
from handlers.core.context import Context
from handlers.core.web import WebRoutes, json_body, refusal, reply
from rules.actions import (
    ActionStatus,
    agenda_statuses,
    is_overdue,
    stand_van_zaken,
)
from rules.actions_document import done_per_month
from rules.day_names import day_text
from rules.reports import ReportTable, extremes
from storage.actions import Action

STAND_DAYS = 90
STAND_SHOWN = 50  # per part of the stand van zaken on the page; the counts are whole
SHOWN = 200  # actions in one answer, the newest first after the filters


class ActionEndpoints(WebRoutes):
    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/api/actions", self.agenda),
            web.get("/api/actions/history", self.history),
            web.post("/api/actions/status", self.set_status),
            web.get("/api/workgroups", self.workgroups),
            web.post("/api/workgroups/membership", self.membership),
            web.get("/api/actions/stand", self.stand),
        ]

    async def agenda(self, request: web.Request) -> web.Response:
        """?workgroup=<id>&mine=1&status=<status>&overdue=1: the actions of the person's
        coalitions that pass every filter given."""
        context = (await self._access.asking(request)).context
        query = request.query
        today = context.clock.now().date()
        overdue = query.get("overdue") == "1"
        statuses = agenda_statuses(query.get("status", ""), overdue=overdue)
        workgroup = query.get("workgroup", "")
        found = []
        if statuses is not None:  # SQL narrows the agenda; the rules decide what is overdue
            found = await context.db.actions.agenda(
                [m.coalition_id for m in context.who.memberships],
                SHOWN + 1,
                workgroup_id=int(workgroup) if workgroup.isdigit() else None,
                owner_id=context.who.user_id if query.get("mine") == "1" else None,
                statuses=statuses,
                due_before=today if overdue else None,
            )
        if overdue:
            found = [a for a in found if is_overdue(a.facts(), today)]
        names = await context.db.people.names(sorted({o for a in found for o in a.owners}))
        groups = []
        for membership in context.who.memberships:
            for group in await context.db.actions.workgroups(membership.coalition_id):
                groups.append({"id": group.id, "name": group.name})
        return reply(
            {
                "actions": [_action_row(context, a, names, today) for a in found[:SHOWN]],
                "more": len(found) > SHOWN,  # one more was asked for, to know
                "statuses": [
                    {"value": s.value, "label": status_label(context.t, s)} for s in ActionStatus
                ],
                "workgroups": groups,
            }
        )

    async def history(self, request: web.Request) -> web.Response:
        context = (await self._access.asking(request)).context
        action = await _action_of_member(context, request.query.get("actionId", ""))
        names = await context.db.people.names(
            [u.user_id for u in await context.db.actions.updates(action.id) if u.user_id]
        )
        return reply(
            {
                "updates": [
                    {
                        "at": day_text(u.at.date(), context.language),
                        "who": names.get(u.user_id, "") if u.user_id else "",
                        "status": status_label(context.t, u.status),
                        "text": u.text,
                    }
                    for u in await context.db.actions.updates(action.id)
                ]
            }
        )

    async def set_status(self, request: web.Request) -> web.Response:
        context = (await self._access.asking(request, write=True)).context
        body = await json_body(request)
        action = await _action_of_member(context, str(body.get("actionId", "")))
        if not (
            context.who.user_id in action.owners or context.who.is_coordinator(action.coalition_id)
        ):
            raise refusal(web.HTTPForbidden, "owners", context.t("miniapp-actions-owners-only"))
        try:
            status = ActionStatus(str(body.get("status", "")))
        except ValueError:
            raise refusal(web.HTTPBadRequest, "invalid") from None
        await context.db.actions.set_status(action, status, context.who.user_id)
        return reply({"status": status.value, "label": status_label(context.t, status)})

    async def workgroups(self, request: web.Request) -> web.Response:
        context = (await self._access.asking(request)).context
        found = []
        for membership in context.who.memberships:
            for group in await context.db.actions.workgroups(membership.coalition_id):
                found.append(
                    {
                        "id": group.id,
                        "coalition": membership.coalition_name,
                        "name": group.name,
                        "goal": group.goal,
                        "members": len(group.members),
                        "joined": context.who.user_id in group.members,
                    }
                )
        return reply({"workgroups": found})

    async def membership(self, request: web.Request) -> web.Response:
        context = (await self._access.asking(request, write=True)).context
        body = await json_body(request)
        group_id = body.get("workgroupId")
        group = await context.db.actions.workgroup(group_id) if isinstance(group_id, int) else None
        if group is None or not context.who.is_member(group.coalition_id):
            raise refusal(web.HTTPForbidden, "stranger")
        join = bool(body.get("join"))
        await context.db.actions.set_membership(group, context.who.user_id, join)
        changed = await context.db.actions.workgroup(group.id)
        assert changed is not None
        return reply(
            {"joined": context.who.user_id in changed.members, "members": len(changed.members)}
        )

    async def stand(self, request: web.Request) -> web.Response:
        """For coordinators: the stand van zaken of one coalition since a date."""
        context, coalitions = await self._access.coordinating(request)
        wanted = request.query.get("coalitionId", "")
        coalition = next((c for c in coalitions if str(c.id) == wanted), coalitions[0])
        if wanted and str(coalition.id) != wanted:
            raise refusal(web.HTTPForbidden, "coordinators")
        today = context.clock.now().date()
        try:
            since = date.fromisoformat(request.query.get("since", ""))
        except ValueError:
            since = today - timedelta(days=STAND_DAYS)
        every = await context.db.actions.of_coalition(coalition.id)
        facts = [a.facts() for a in every]
        stand = stand_van_zaken(facts, since, today)

        def section(actions: list[Any]) -> dict[str, Any]:
            return {
                "count": len(actions),
                "shown": [
                    {"title": a.title, "workgroup": a.workgroup, "news": a.last_update}
                    for a in actions[:STAND_SHOWN]
                ],
            }

        return reply(
            {
                "coalitionId": coalition.id,
                "since": since.isoformat(),
                "counts": [
                    {"label": status_label(context.t, s), "count": stand.per_status.get(s, 0)}
                    for s in ActionStatus
                ],
                "done": section(stand.done),
                "underWay": section(stand.under_way),
                "stuck": section(stand.stuck),
                "next": section(stand.next),
                "overdue": len(stand.overdue),
                "chart": _done_chart(context, done_per_month(facts, today)),
                "workgroups": {
                    "columns": [
                        context.t("miniapp-actions-filter-workgroup"),
                        *(status_label(context.t, s) for s in ActionStatus),
                    ],
                    "rows": [
                        [name or context.t("miniapp-stand-no-workgroup")]
                        + [counts.get(s, 0) for s in ActionStatus]
                        for name, counts in stand.per_workgroup.items()
                    ],
                },
            }
        )


def _done_chart(context: Context, per_month: list[tuple[str, int]]) -> dict[str, Any]:
    """Actions done per month, in the shape of the reports' charts (one bar a month, its text
    alternative and its table): the dashboard draws it the same way."""
    table = ReportTable(
        "stand-done",
        context.t("miniapp-stand-chart"),
        (context.t("miniapp-stand-month"), context.t("miniapp-stand-done")),
        tuple(per_month),
        0,
        1,
    )
    found = extremes(table)
    summary = context.t("miniapp-chart-empty")
    if found is not None and any(n for _, n in per_month):
        (high_label, high), (low_label, low) = found
        summary = context.t(
            "miniapp-chart-summary",
            count=len(per_month),
            high=int(high),
            high_label=high_label,
            low=int(low),
            low_label=low_label,
        )
    return {
        "key": table.key,
        "title": table.title,
        "summary": summary,
        "columns": list(table.columns),
        "rows": [[month, str(count)] for month, count in per_month],
        "bars": [{"label": label, "value": value} for label, value in table.values()],
        "maximum": None,
        "csv": False,
    }


async def _action_of_member(context: Context, action_id: str) -> Action:
    action = await context.db.actions.get(int(action_id)) if action_id.isdigit() else None
    if action is None or not context.who.is_member(action.coalition_id):
        raise refusal(web.HTTPForbidden, "stranger")
    return action


def _action_row(
    context: Context, action: Action, names: dict[int, str], today: date
) -> dict[str, Any]:
    coalition = next(
        (
            m.coalition_name
            for m in context.who.memberships
            if m.coalition_id == action.coalition_id
        ),
        "",
    )
    return {
        "id": action.id,
        "coalition": coalition,
        "title": action.title,
        "workgroup": action.workgroup,
        "status": action.status.value,
        "statusLabel": status_label(context.t, action.status),
        "due": day_text(action.due_on, context.language) if action.due_on else "",
        "overdue": is_overdue(action.facts(), today),
        "owners": [names.get(o, "") for o in action.owners],
        "mine": context.who.user_id in action.owners,
        "mayChange": context.who.user_id in action.owners
        or context.who.is_coordinator(action.coalition_id),
        "news": action.news,
    }
