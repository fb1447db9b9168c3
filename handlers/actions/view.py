"""How the action agenda looks in chat: an action's card with its status buttons, the list of
workgroups with their join buttons, and the stand van zaken. Callback data: `ac:s:<action>:
<status>` (set a status), `ac:c:<coalition>` (the coalition of a proposal), `wg:j:<id>` and
`wg:l:<id>` (join, leave)."""

import html
import re
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from rules.actions import ActionStatus, Stand, is_overdue
from rules.day_names import day_text
from rules.texts import Catalogue
from storage.actions import Action, Workgroup

STATUS_BUTTONS = tuple(ActionStatus)
_BUTTON = re.compile(r"^ac:s:(\d+):([a-z_]+)$")
_COALITION = re.compile(r"^ac:c:(\d+)$")
_ACTION = re.compile(r"^ac:[noap]:(\d+)$")
_WORKGROUP = re.compile(r"^wg:([jl]):(\d+)$")


def parse_status_button(data: str | None) -> tuple[int, ActionStatus] | None:
    found = _BUTTON.match(data or "")
    if found is None or found.group(2) not in {s.value for s in ActionStatus}:
        return None
    return int(found.group(1)), ActionStatus(found.group(2))


def parse_action_button(data: str | None) -> int | None:
    """The action of a news, owner or agenda button."""
    found = _ACTION.match(data or "")
    return int(found.group(1)) if found else None


def parse_coalition_button(data: str | None) -> int | None:
    found = _COALITION.match(data or "")
    return int(found.group(1)) if found else None


def parse_workgroup_button(data: str | None) -> tuple[bool, int] | None:
    """(join, workgroup id), or None."""
    found = _WORKGROUP.match(data or "")
    return (found.group(1) == "j", int(found.group(2))) if found else None


def status_label(t: Catalogue, status: ActionStatus) -> str:
    return t(f"actions-status-{status.value}")


def action_card(t: Catalogue, action: Action, today: date) -> str:
    lines = [
        f"<b>{html.escape(action.title)}</b>",
        t("actions-card-status", status=status_label(t, action.status)),
    ]
    if action.workgroup:
        lines.append(t("actions-card-workgroup", workgroup=action.workgroup))
    if action.due_on is not None:
        key = "actions-card-overdue" if is_overdue(action.facts(), today) else "actions-card-due"
        lines.append(t(key, date=day_text(action.due_on, t.language)))
    if action.news:
        lines.append(t("actions-card-last", text=action.news))
    return "\n".join(lines)


def action_buttons(
    t: Catalogue, action: Action, *, owner: bool, coordinator: bool
) -> InlineKeyboardMarkup:
    """For an owner or a coordinator: one button per other status (two to a row) and one to
    write news; for anyone who does not own it: one to become an owner too. Handlers check
    every tap again."""
    rows: list[list[InlineKeyboardButton]] = []
    if owner or coordinator:
        buttons = [
            InlineKeyboardButton(status_label(t, s), callback_data=f"ac:s:{action.id}:{s.value}")
            for s in STATUS_BUTTONS
            if s is not action.status
        ]
        rows += [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        news = InlineKeyboardButton(t("button-action-news"), callback_data=f"ac:n:{action.id}")
        rows.append([news])
    if owner and action.status is ActionStatus.DONE and not action.shared:
        share = InlineKeyboardButton(t("button-action-share"), callback_data=f"ac:p:{action.id}")
        rows.append([share])
    if coordinator:
        agenda = InlineKeyboardButton(t("button-action-agenda"), callback_data=f"ac:a:{action.id}")
        rows.append([agenda])
    if not owner:
        rows.append(
            [InlineKeyboardButton(t("button-action-own"), callback_data=f"ac:o:{action.id}")]
        )
    return InlineKeyboardMarkup(rows)


def workgroups_text(
    t: Catalogue, coalition: str, workgroups: list[Workgroup], user_id: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    if not workgroups:
        return t("workgroups-none", coalition=coalition), None
    lines = [t("workgroups-header", coalition=coalition)]
    rows = []
    for group in workgroups:
        joined = user_id in group.members
        line = t("workgroups-line", name=group.name, count=len(group.members))
        if group.goal:
            line += "\n" + t("workgroups-goal", goal=group.goal)
        if joined:
            line += "\n" + t("workgroups-you")
        lines.append(line)
        key, kind = ("button-workgroup-leave", "l") if joined else ("button-workgroup-join", "j")
        rows.append(
            [InlineKeyboardButton(t(key, name=group.name), callback_data=f"wg:{kind}:{group.id}")]
        )
    return "\n\n".join(lines), InlineKeyboardMarkup(rows)


def counts_text(t: Catalogue, per_status: dict[ActionStatus, int], *, every: bool = False) -> str:
    """ "💡 idee 2, 🔧 bezig 1": how many actions in each status (`every`: zeros too)."""
    shown = ActionStatus if every else [s for s in ActionStatus if per_status.get(s)]
    return ", ".join(f"{status_label(t, s)} {per_status.get(s, 0)}" for s in shown)


def stand_text(t: Catalogue, coalition: str, stand: Stand) -> str:
    """The stand van zaken as one chat message: the numbers, then what was done, what is
    under way, stuck and next (at most ten of each), overdue ones marked."""
    counts = counts_text(t, stand.per_status, every=True)
    overdue = {a.id for a in stand.overdue}
    parts = [
        t("stand-header", coalition=coalition, since=day_text(stand.since, t.language)),
        t("stand-counts", counts=counts),
    ]
    for key, actions in (
        ("stand-done", stand.done),
        ("stand-under-way", stand.under_way),
        ("stand-stuck", stand.stuck),
        ("stand-next", stand.next),
    ):
        if not actions:
            continue
        lines = [t(key, count=len(actions))]
        for action in actions[:10]:
            line = "• " + html.escape(action.title)
            if action.workgroup:
                line += f" ({html.escape(action.workgroup)})"
            if action.id in overdue:
                line += " " + t("stand-overdue")
            if action.last_update:
                line += f"\n  <i>{html.escape(action.last_update)}</i>"
            lines.append(line)
        parts.append("\n".join(lines))
    if len(parts) == 2:
        parts.append(t("stand-empty"))
    return "\n\n".join(parts)


def stand_labels(t: Catalogue, since: date, today: date) -> dict[str, str]:
    """Every text of the stand van zaken's document, in the reader's language (the document
    is made in another process, without the catalogue)."""
    labels = {
        "title": t("stand-pdf-title"),
        "since": t("stand-pdf-since", date=day_text(since, t.language)),
        "made": t("stand-pdf-made", date=day_text(today, t.language)),
        "counts": t("stand-pdf-counts"),
        "workgroup": t("stand-pdf-workgroup"),
        "none": t("stand-pdf-no-workgroup"),
        "all": t("stand-pdf-all"),
        "chart": t("stand-pdf-chart"),
        "nothing": t("stand-pdf-nothing"),
        "late": t("stand-pdf-late"),
        "due": t("stand-pdf-due"),
        "section_done": t("stand-pdf-done"),
        "section_under_way": t("stand-pdf-under-way"),
        "section_stuck": t("stand-pdf-stuck"),
        "section_next": t("stand-pdf-next"),
    }
    for status in ActionStatus:  # the words without their symbol: the font has no emoji
        labels[status.value] = status_label(t, status).split(" ", 1)[-1]
    return labels


def examples_text(t: Catalogue, examples: list[Action]) -> str:
    """Practice examples as lines: the title, its workgroup and what its owners wrote last."""
    lines = []
    for example in examples:
        line = "• <b>" + html.escape(example.title) + "</b>"
        if example.workgroup:
            line += f" ({html.escape(example.workgroup)})"
        if example.news:
            line += f"\n  <i>{html.escape(example.news)}</i>"
        lines.append(line)
    return "\n".join(lines)
