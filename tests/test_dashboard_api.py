"""The coordinators' dashboard over real HTTP: every listing found (pending and hidden too),
edits checked as in chat and refused when the listing changed meanwhile, the CSV import's
preview changing nothing until confirmed, the reports' tables and their CSV, and the audit
trail of what coordinators did in chat and in the dashboard, with its retention."""

import csv
import io
from datetime import timedelta
from typing import Any

from rules.retention import Retention
from tests.fake_telegram import Sent, User
from tests.kit.dashboard import IMPORT, NINA, coordinator_of_a, seed_reports
from tests.kit.directory import join
from tests.miniapp import MiniApp, miniapp

__all__ = ["miniapp"]  # the fixture


async def documents_to(miniapp: MiniApp, user: User) -> list[Sent]:
    found: list[Sent] = await miniapp.fake.wait_until(
        lambda: [m for m in miniapp.fake.messages_to(user.id) if m.method == "senddocument"]
    )
    return found


async def managed(miniapp: MiniApp, user: User, **params: str) -> list[dict[str, Any]]:
    status, body, _ = await miniapp.get("/api/manage/listings", user, **params)
    assert status == 200
    return list(body["results"])


async def test_every_listing_is_found_pending_and_hidden_too(miniapp: MiniApp) -> None:
    bot = miniapp.bot
    coordinator = await coordinator_of_a(miniapp)
    data = NINA
    await bot.db.partners.register(miniapp.coalition_a, miniapp.member_a.id, data)
    wim = (await bot.db.partner_search.find((miniapp.coalition_a,), "Wim")).partners[0]
    await bot.db.partners.set_status(wim.id, "hidden")
    everything = {
        p["name"]: p["status"] for p in await managed(miniapp, coordinator, q="venray", status="")
    }
    assert everything == {
        "Vera Jacobs": "listed",
        "Wim Hermans": "hidden",
        "Sanne Kusters": "listed",
        "Nina Nieuw": "pending",
    }
    hidden = await managed(miniapp, coordinator, status="hidden")
    assert [p["name"] for p in hidden] == ["Wim Hermans"]
    assert hidden[0]["values"]["email"] == "wim@venray.nl" and hidden[0]["version"] == 2
    assert [p["name"] for p in await managed(miniapp, coordinator, q="nina")] == ["Nina Nieuw"]
    # Members search only what is listed; coalition B's listing is nowhere.
    _, found, _ = await miniapp.get("/api/search", miniapp.member_a, q="Nina")
    assert found["results"] == []
    assert await managed(miniapp, coordinator, q="Greet", status="") == []


async def test_an_edit_to_an_older_version_is_refused_with_the_current_values(
    miniapp: MiniApp,
) -> None:
    bot = miniapp.bot
    first = await coordinator_of_a(miniapp, "Coby")
    second = await coordinator_of_a(miniapp, "Dirk")
    shown = (await managed(miniapp, first, q="vera"))[0]
    also_shown = (await managed(miniapp, second, q="vera"))[0]
    assert shown["version"] == also_shown["version"]

    # Checked as in chat: a bad phone number is refused and nothing changes.
    bad = {
        "partnerId": shown["id"],
        "version": shown["version"],
        "values": {**shown["values"], "phone": "12"},
    }
    status, body = await miniapp.post("/api/manage/edit", first, bad)
    assert (status, body["error"], body["fields"]) == (400, "invalid", ["phone"])
    assert "telefoonnummer" in body["message"]
    before = await bot.db.partners.get(shown["id"])
    assert before is not None and before.data.phone == "+31478581234"

    edit = {
        "partnerId": shown["id"],
        "version": shown["version"],
        "values": {**shown["values"], "phone": "0478 59 99 99"},
    }
    status, body = await miniapp.post("/api/manage/edit", first, edit)
    assert status == 200 and body["listing"]["phone"] == "+31478599999"
    assert body["listing"]["version"] == shown["version"] + 1

    # The second coordinator still has the old version on screen.
    late = {
        "partnerId": shown["id"],
        "version": also_shown["version"],
        "values": {**also_shown["values"], "email": "info@vk-venray.nl"},
    }
    status, body = await miniapp.post("/api/manage/edit", second, late)
    assert (status, body["error"]) == (409, "changed")
    assert "net veranderd" in body["message"]
    assert body["current"]["phone"] == "+31478599999"  # what is there now, to start from
    assert body["current"]["email"] == "vera@vk-venray.nl"
    after = await bot.db.partners.get(shown["id"])
    assert after is not None and after.data.email == "vera@vk-venray.nl"  # not overwritten
    assert after.data.phone == "+31478599999"
    # Found by /zoek's search in its new form.
    found = await bot.db.partner_search.find((miniapp.coalition_a,), "Vera")
    assert found.partners[0].data.phone == "+31478599999"


async def test_the_import_changes_nothing_until_it_is_confirmed(miniapp: MiniApp) -> None:
    bot = miniapp.bot
    coordinator = await coordinator_of_a(miniapp)
    path = f"/api/manage/import?coalitionId={miniapp.coalition_a}"
    listed_before = len(await bot.db.partners.listed(miniapp.coalition_a))

    status, body = await miniapp.post_file(path, coordinator, IMPORT)
    assert status == 200
    preview = "\n".join(body["preview"])
    assert "1 nieuw, 1 gewijzigd, 0 ongewijzigd, 1 rijen met fouten" in preview
    assert "Nieuw: Lotte Bosch" in preview and "Gewijzigd: Vera Jacobs" in preview
    assert "rij 4: het telefoonnummer klopt niet" in preview  # the bad row, by number
    assert "<b>" not in preview  # plain text for the page
    assert (body["valid"], body["badRows"]) == (2, [4])
    assert len(await bot.db.partners.listed(miniapp.coalition_a)) == listed_before
    vera = (await bot.db.partner_search.find((miniapp.coalition_a,), "Vera")).partners[0]
    assert vera.data.email == "vera@vk-venray.nl"  # unchanged by the preview
    assert await bot.db.audit.recent((miniapp.coalition_a,), 10) == [] or all(
        e.actor_id is None for e in await bot.db.audit.recent((miniapp.coalition_a,), 10)
    )

    status, body = await miniapp.post_file(path + "&confirm=1", coordinator, IMPORT)
    assert status == 200 and "1 nieuw, 1 gewijzigd" in body["message"]
    assert len(await bot.db.partners.listed(miniapp.coalition_a)) == listed_before + 1
    trail = await bot.db.audit.recent((miniapp.coalition_a,), 1)
    assert (trail[0].action, trail[0].actor_id, trail[0].detail) == (
        "import",
        coordinator.id,
        "1/1/0",
    )

    # A file that is not a CSV at all: said so, nothing changes.
    status, body = await miniapp.post_file(path, coordinator, b"")
    assert status == 400 and body["message"]
    # Larger than the chat's limit: refused before it is read.
    status, _ = await miniapp.post_file(path, coordinator, b"x" * (2 * 1024 * 1024 + 1))
    assert status == 413


async def test_the_export_arrives_in_the_coordinators_chat(miniapp: MiniApp) -> None:
    coordinator = await coordinator_of_a(miniapp)
    path = f"/api/manage/export?coalitionId={miniapp.coalition_a}"
    status, body = await miniapp.post(path, coordinator, {})
    assert status == 200 and "5 vermeldingen" in body["message"]
    sent = await documents_to(miniapp, coordinator)
    assert sent[0].document_name == "partners-nml.csv"
    assert "Vera Jacobs" in (sent[0].document or b"").decode("utf-8-sig")
    assert "Geheime Greet" not in (sent[0].document or b"").decode("utf-8-sig")


async def test_reports_tables_their_csv_and_comments_from_three_answers(
    miniapp: MiniApp,
) -> None:
    coordinator = await coordinator_of_a(miniapp)
    await seed_reports(miniapp)
    status, body, _ = await miniapp.get("/api/reports", coordinator)
    assert status == 200 and body["coalitionId"] == miniapp.coalition_a
    charts = {c["key"]: c for c in body["charts"]}
    feedback = charts["feedback"]
    assert [b["value"] for b in feedback["bars"]] == [4.0, 2.0] and feedback["maximum"] == 5
    assert feedback["columns"][3:6] == ["Aanmeldingen", "Antwoorden", "Respons (%)"]
    # 3 answers of 4 joined: 75 %, as /rapport says it ("75% van 4 aanmeldingen")
    assert feedback["rows"][0][:7] == ["2026-10-13", "Inloop NML", "inloop", "4", "3", "75", "4,0"]
    assert feedback["rows"][1][3:6] == ["4", "1", "25"]
    assert feedback["rows"][0][9:] == ["0", "0", "1", "1", "1"]  # the distribution, 1..5
    assert feedback["rows"][1][9:] == ["", "", "", "", ""]  # below three answers: none
    # the text alternative names sessions by title and date, and counts in words
    assert feedback["summary"] == (
        "2 rijen. Hoogste: Inloop NML, 2026-10-13 (4). Laagste: Inloop NML, 2026-10-20 (2)."
    )
    assert [(b["label"], b["value"]) for b in charts["attendance"]["bars"]] == [
        ("2026-W42", 3.0),
        ("2026-W43", 1.0),
    ]
    assert charts["announcements"]["rows"][0][1:] == ["Nieuwe folder JGZ", "3", "2", "1", "0"]
    assert charts["network"]["rows"] == [["2026-W45", "2", "1", "1"]]  # B's not counted
    comments = {c["date"]: c["comments"] for c in body["comments"]}
    assert list(comments) == ["dinsdag 13 oktober"]  # the drop-in with one answer: hidden
    assert len(comments["dinsdag 13 oktober"]) == 3

    # The CSV holds exactly the chart's numbers.
    path = f"/api/reports/csv?chart=feedback&coalitionId={miniapp.coalition_a}"
    status, text, _ = await miniapp.get(path, coordinator)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert status == 200 and rows[0] == feedback["columns"] and rows[1:] == feedback["rows"]
    wanted = {"coalitionId": miniapp.coalition_a, "chart": "attendance"}
    status, body = await miniapp.post("/api/reports/send", coordinator, wanted)
    assert status == 200
    sent = await documents_to(miniapp, coordinator)
    assert sent[0].document_name == "nml-attendance.csv"
    assert "2026-W42;2026-10-13;3" in (sent[0].document or b"").decode("utf-8-sig")


async def test_the_audit_trail_of_chat_and_dashboard_and_its_retention(
    miniapp: MiniApp,
) -> None:
    bot, fake = miniapp.bot, miniapp.fake
    coordinator = await coordinator_of_a(miniapp)
    data = NINA
    nina, _ = await bot.db.partners.register(miniapp.coalition_a, miniapp.member_a.id, data)
    # In the dashboard: approve; in chat: hide a listing with the /partners buttons.
    status, _ = await miniapp.post(
        "/api/review", coordinator, {"partnerId": nina, "decision": "approve"}
    )
    assert status == 200
    (await bot.db.partner_search.find((miniapp.coalition_a,), "Wim")).partners[0]
    card = await fake.ask(coordinator, "/partners Wim")
    await fake.tap(coordinator, card, "Verbergen")
    await fake.wait_until(lambda: card.edits == 1)
    status, body, _ = await miniapp.get("/api/audit", coordinator)
    lines = [(e["who"], e["what"]) for e in body["entries"]]
    assert lines[:2] == [
        ("Coby", "Vermelding verborgen: Wim Hermans (Wijkteam, Venray)"),
        ("Coby", "Aanmelding goedgekeurd: Nina Nieuw (Gezinswerker, Venray)"),
    ]
    assert lines[-1] == (
        "via de opdrachtregel",
        "CSV geïmporteerd: 5 nieuw, 0 gewijzigd, 0 ongewijzigd",
    )
    assert body["retentionDays"] == 730
    # Coalition B's coordinator sees none of it.
    other = await join(bot, fake, miniapp.coalition_b, "Bert")
    await bot.db.members.set_role(miniapp.coalition_b, other.id, "coordinator")
    _, theirs, _ = await miniapp.get("/api/audit", other)
    assert all(e["coalition"] == "Heumen" for e in theirs["entries"])

    # /vergeetmij: the coordinator's name leaves the trail; what was done stays.
    confirm = await fake.ask(coordinator, "/vergeetmij")
    await fake.tap(coordinator, confirm, "verwijder alles")
    await fake.wait_until(lambda: confirm.edits == 1)
    kept = await bot.db.audit.recent((miniapp.coalition_a,), 10)
    assert kept[0].actor_id is None and kept[0].action == "hide"

    # After the retention period the daily purge removes the lines.
    both = (miniapp.coalition_a, miniapp.coalition_b)
    lines_kept = len(await bot.db.audit.recent(both, 100))
    bot.clock.advance(timedelta(days=729))
    assert (await bot.db.operations.purge(bot.clock.now(), Retention())).audit == 0
    bot.clock.advance(timedelta(days=2))
    purged = await bot.db.operations.purge(bot.clock.now(), Retention())
    assert purged.audit == lines_kept
    assert await bot.db.audit.recent(both, 100) == []


async def test_a_chat_edit_begun_before_a_dashboard_edit_is_refused(miniapp: MiniApp) -> None:
    bot, fake = miniapp.bot, miniapp.fake
    coordinator = await coordinator_of_a(miniapp)
    card = await fake.ask(coordinator, "/partners Vera")
    fields = await fake.tap_and_wait(coordinator, card, "Bewerken")
    await fake.tap_and_wait(coordinator, fields, "e-mailadres")
    # Meanwhile a colleague changes the phone number in the dashboard.
    colleague = await coordinator_of_a(miniapp, "Dirk")
    shown = (await managed(miniapp, colleague, q="vera"))[0]
    status, _ = await miniapp.post(
        "/api/manage/edit",
        colleague,
        {
            "partnerId": shown["id"],
            "version": shown["version"],
            "values": {**shown["values"], "phone": "0478 59 99 99"},
        },
    )
    assert status == 200
    said = await fake.ask(coordinator, "nieuw@vk-venray.nl")
    assert "net veranderd" in said.text and "vera@vk-venray.nl" in said.text
    vera = await bot.db.partners.get(shown["id"])
    assert vera is not None and vera.data.email == "vera@vk-venray.nl"
    assert vera.data.phone == "+31478599999"


async def test_the_stand_van_zaken_for_the_dashboard(miniapp: MiniApp) -> None:
    from rules.actions import ActionStatus

    bot = miniapp.bot
    coordinator = await coordinator_of_a(miniapp)
    group = await bot.db.actions.add_workgroup(miniapp.coalition_a, "Hechting", "", coordinator.id)
    assert group is not None
    done = await bot.db.actions.propose(
        miniapp.coalition_a, "Folder klaar", coordinator.id, group.id
    )
    await bot.db.actions.set_status(done, ActionStatus.DONE, coordinator.id, "Gedrukt")
    await bot.db.actions.propose(miniapp.coalition_a, "Wijknetwerk", coordinator.id)
    await bot.db.actions.propose(miniapp.coalition_b, "Actie van Heumen", miniapp.member_b.id)
    status, body, _ = await miniapp.get("/api/actions/stand", coordinator)
    assert status == 200
    assert body["done"] == {
        "count": 1,
        "shown": [{"title": "Folder klaar", "workgroup": "Hechting", "news": "Gedrukt"}],
    }
    assert body["next"]["count"] == 1 and "Heumen" not in str(body)
    assert body["chart"]["bars"][-1] == {"label": "2026-11", "value": 1.0}  # done in November
    assert body["workgroups"]["rows"] == [
        ["(geen werkgroep)", 1, 0, 0, 0, 0],
        ["Hechting", 0, 0, 0, 1, 0],
    ]
