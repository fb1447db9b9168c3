"""The action agenda's rules (rules/actions.py): the stand van zaken of a period, overdue,
the agenda's filters, typed dates and proposals, and when a status round runs."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from rules.actions import (
    OPEN_STATUSES,
    ActionFacts,
    ActionStatus,
    Rhythm,
    agenda_statuses,
    due_round,
    example_matches,
    is_overdue,
    parse_due,
    parse_proposal,
    parse_rhythm,
    stand_van_zaken,
    title_problem,
)

TODAY = date(2026, 12, 8)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def action(id_: int, status: ActionStatus, changed: date, due: date | None = None) -> ActionFacts:
    return ActionFacts(
        id_,
        f"Actie {id_}",
        status,
        "Hechting" if id_ % 2 else "",
        due,
        datetime(changed.year, changed.month, changed.day, tzinfo=UTC),
    )


def test_the_stand_holds_what_was_done_in_its_period_and_everything_open() -> None:
    actions = [
        action(1, ActionStatus.DONE, date(2026, 11, 20)),
        action(2, ActionStatus.DONE, date(2026, 8, 1)),  # done before the period
        action(3, ActionStatus.IN_PROGRESS, date(2026, 1, 1), date(2026, 12, 1)),  # overdue
        action(4, ActionStatus.STUCK, date(2026, 12, 1)),
        action(5, ActionStatus.IDEA, date(2026, 12, 2), date(2027, 1, 1)),
        action(6, ActionStatus.IDEA, date(2026, 12, 2), date(2026, 12, 20)),
        action(7, ActionStatus.STOPPED, date(2026, 12, 1)),
    ]
    stand = stand_van_zaken(actions, date(2026, 9, 1), TODAY)
    assert [a.id for a in stand.done] == [1]
    assert [a.id for a in stand.under_way] == [3] and [a.id for a in stand.stuck] == [4]
    assert [a.id for a in stand.next] == [6, 5]  # soonest due first
    assert [a.id for a in stand.overdue] == [3]
    assert stand.per_status == {
        ActionStatus.DONE: 2,
        ActionStatus.IN_PROGRESS: 1,
        ActionStatus.STUCK: 1,
        ActionStatus.IDEA: 2,
        ActionStatus.STOPPED: 1,
    }
    assert stand.per_workgroup["Hechting"][ActionStatus.DONE] == 1


def test_only_an_open_action_past_its_date_is_overdue() -> None:
    assert is_overdue(action(1, ActionStatus.IDEA, TODAY, date(2026, 12, 7)), TODAY)
    assert not is_overdue(action(1, ActionStatus.IDEA, TODAY, TODAY), TODAY)
    assert not is_overdue(action(1, ActionStatus.DONE, TODAY, date(2026, 1, 1)), TODAY)
    assert not is_overdue(action(1, ActionStatus.STUCK, TODAY), TODAY)


def test_the_agendas_status_filter() -> None:
    assert agenda_statuses("") == tuple(ActionStatus)
    assert agenda_statuses("", overdue=True) == OPEN_STATUSES
    assert agenda_statuses("open") == OPEN_STATUSES
    assert agenda_statuses("stuck", overdue=True) == (ActionStatus.STUCK,)
    assert agenda_statuses("done", overdue=True) is None  # nothing done is overdue
    assert agenda_statuses("nonsense") is None


def test_dates_proposals_and_titles_as_people_type_them() -> None:
    assert parse_due("31-03-2027", TODAY) == date(2027, 3, 31)
    assert parse_due("31/3", TODAY) == date(2027, 3, 31)
    assert parse_due("1-12", TODAY) == date(2027, 12, 1)  # passed this year: next year's
    assert parse_due("2027-02-28", TODAY) == date(2027, 2, 28)
    assert parse_due("31-02-2027", TODAY) is None and parse_due("morgen", TODAY) is None
    proposal = parse_proposal("  Wijknetwerk   opzetten #Wijk noord tot 1-3 ")
    assert (proposal.title, proposal.workgroup, proposal.due_text) == (
        "Wijknetwerk opzetten",
        "Wijk noord",
        "1-3",
    )
    assert parse_proposal("Folder by 1-2").due_text == "1-2"
    assert title_problem("🙂🙂") == "actions-title-empty"
    assert title_problem("x" * 121) == "actions-title-too-long"
    assert title_problem("Een goede titel") is None


def test_status_rounds_run_monthly_from_the_first_or_in_the_week_before_a_meeting() -> None:
    def at(day: date, hour: int) -> datetime:
        return datetime(day.year, day.month, day.day, hour, tzinfo=AMSTERDAM)

    monthly = Rhythm()
    assert due_round(monthly, at(date(2026, 12, 1), 9)) is None
    found = due_round(monthly, at(date(2026, 12, 1), 10))
    assert found is not None and found.key == "2026-12"
    assert found.opens == datetime(2026, 12, 1, 10, tzinfo=AMSTERDAM)
    meeting = Rhythm("meeting", date(2027, 3, 15))
    assert due_round(meeting, at(date(2027, 3, 8), 9)) is None
    assert due_round(meeting, at(date(2027, 3, 8), 10)) is not None
    assert due_round(meeting, at(date(2027, 3, 16), 10)) is None
    assert parse_rhythm("maandelijks", TODAY) == Rhythm()
    assert parse_rhythm("15-03-2027", TODAY) == meeting
    assert parse_rhythm("01-01-2026", TODAY) is None  # a meeting that has been


def test_practice_examples_are_found_by_every_word_typed() -> None:
    example = "CenteringPregnancy starten in Venray Zwangerschap"
    assert example_matches("centering venray", example)
    assert not example_matches("centering weert", example)
    assert not example_matches("", example)
