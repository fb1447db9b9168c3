"""The Mini App's server over real HTTP: who is asking from signed initData (401, 403), the
same search and rules as /zoek, the drop-in, the own listing through approval, hardening, and
the buttons that open it from the chat."""

import asyncio
import json
from datetime import UTC, date, datetime
from pathlib import Path

import aiohttp

from bot.health import health
from rules.clock import to_iso
from rules.miniapp import REQUEST_WINDOW_SECONDS, REQUESTS_PER_WINDOW
from storage.settings import LAST_API_ANSWER
from tests.fake_telegram import FakeTelegram, User
from tests.harness import FakeClock
from tests.kit.dashboard import NML_DROPIN
from tests.kit.directory import join
from tests.miniapp import (
    MINIAPP_URL,
    MiniApp,
    base_url,
    free_port,
    miniapp,
    sign_init_data,
    start_miniapp,
    user_json,
)

__all__ = ["miniapp"]  # the fixture
SECRET = "s3cret-token_for-the-webhook-0123456789"


async def test_no_wrong_expired_or_foreign_init_data_gets_401_and_no_data(
    miniapp: MiniApp,
) -> None:
    member = miniapp.member_a
    status, body, _ = await miniapp.get("/api/search", q="vk venray")
    assert (status, body["error"]) == (401, "missing")
    forged = miniapp.init_data(member).replace("Mo", "Mallory")  # changed after signing
    status, body, _ = await miniapp.get("/api/search", init_data=forged, q="vk venray")
    assert (status, body["error"]) == (401, "invalid")
    other_bot = miniapp.init_data(member, token="987654:OTHER-token")
    status, body, _ = await miniapp.get("/api/search", init_data=other_bot, q="vk venray")
    assert (status, body["error"]) == (401, "invalid")
    old = miniapp.init_data(member, age_seconds=25 * 3600)  # older than 24 h
    status, body, _ = await miniapp.get("/api/search", init_data=old, q="vk venray")
    assert (status, body["error"]) == (401, "expired")
    assert "Vera" not in json.dumps(body)
    fresh_enough = miniapp.init_data(member, age_seconds=23 * 3600)
    status, body, _ = await miniapp.get("/api/search", init_data=fresh_enough, q="vk venray")
    assert status == 200 and body["results"][0]["name"] == "Vera Jacobs"
    # Changes need initData from the last hour.
    status, body = await miniapp.post(
        "/api/listing",
        member,
        {"coalitionId": 1},
        init_data=miniapp.init_data(member, age_seconds=7200),
    )
    assert (status, body["error"]) == (401, "expired")


async def test_a_stranger_gets_403_and_a_member_only_their_own_coalition(
    miniapp: MiniApp,
) -> None:
    stranger = miniapp.fake.user("Sterre")
    status, body, _ = await miniapp.get("/api/search", stranger, q="verloskundige")
    assert (status, body["error"]) == (403, "stranger")
    status, body, _ = await miniapp.get("/api/search", miniapp.member_a, q="verloskundige")
    names = [r["name"] for r in body["results"]]
    assert status == 200 and "Vera Jacobs" in names and "Geheime Greet" not in names
    status, body, _ = await miniapp.get("/api/search", miniapp.member_b, q="verloskundige")
    assert [r["name"] for r in body["results"]] == ["Geheime Greet"]
    status, body, _ = await miniapp.get("/api/search", miniapp.member_b)  # everything they see
    assert [r["name"] for r in body["results"]] == ["Geheime Greet"]
    # Hidden and pending listings are never shown, exactly as in /zoek.
    found = await miniapp.bot.db.partner_search.find((miniapp.coalition_a,), "Wim Hermans")
    await miniapp.bot.db.partners.set_status(found.partners[0].id, "hidden")
    status, body, _ = await miniapp.get("/api/search", miniapp.member_a, q="wijkteam")
    assert "Wim Hermans" not in [r["name"] for r in body["results"]]


async def test_search_forgives_like_zoek_and_filters_count(miniapp: MiniApp) -> None:
    member = miniapp.member_a
    _, body, _ = await miniapp.get("/api/search", member, q="vk venray")
    (vera,) = body["results"]
    assert vera["phone"] == "+31478581234" and vera["phoneShown"] == "+31 478 581 234"
    assert vera["email"] == "vera@vk-venray.nl" and vera["website"] == "https://www.vk-venray.nl"
    assert (vera["roleLabel"], vera["domainLabel"]) == ("Verloskundige", "Medisch")
    _, typo, _ = await miniapp.get("/api/search", member, q="schuldhlp venray")
    assert [r["name"] for r in typo["results"]] == ["Sanne Kusters"]
    _, everyone, _ = await miniapp.get("/api/search", member)
    assert everyone["count"] == 5
    places = {f["value"]: f["count"] for f in everyone["facets"]["municipality"]}
    assert places == {"Venray": 3, "Horst aan de Maas": 2}
    domains = {f["value"]: f["count"] for f in everyone["facets"]["domain"]}
    assert domains == {"medical": 3, "social": 2}
    _, social, _ = await miniapp.get("/api/search", member, domain="social")
    assert sorted(r["name"] for r in social["results"]) == ["Sanne Kusters", "Wim Hermans"]
    # The municipality counts follow the other filters; the domain counts do not shrink.
    assert {f["value"]: f["count"] for f in social["facets"]["municipality"]} == {"Venray": 2}
    assert {f["value"] for f in social["facets"]["domain"]} == {"medical", "social"}
    _, horst, _ = await miniapp.get(
        "/api/search", member, municipality="Horst aan de Maas", role="huisarts"
    )
    assert [r["name"] for r in horst["results"]] == ["Ruud Arts"]
    # The texts follow the person's language.
    _, english, _ = await miniapp.get("/api/me", init_data=miniapp.init_data(member, "en"))
    assert english["language"] == "en" and english["texts"]["miniapp-card-call"] == "Call"
    _, dutch, _ = await miniapp.get("/api/me", member)
    assert dutch["texts"]["miniapp-card-call"] == "Bellen"
    assert dutch["texts"]["miniapp-results"] == "{count} gevonden"


async def test_hardening_headers_limits_and_unknown_routes(miniapp: MiniApp) -> None:
    member = miniapp.member_a
    status, _, response = await miniapp.get("/api/search", member, q="vk")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self' https://telegram.org" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors https://web.telegram.org" in csp
    assert response.headers["Cache-Control"] == "no-store"
    status, _, _ = await miniapp.get("/api/nothing-here", member)
    assert status == 404
    async with miniapp.http.post(
        miniapp.base + "/api/listing",
        data=b"x" * 40_000,
        headers={"X-Telegram-Init-Data": miniapp.init_data(member)},
    ) as too_big:
        assert too_big.status == 413
    async with miniapp.http.get(miniapp.base + "/") as page:
        html = await page.text()
        assert page.status == 200 and "<script>" not in html  # no inline script
        assert "telegram-web-app.js" in html and "miniapp-error-invalid" in html
    statuses = []
    for _ in range(REQUESTS_PER_WINDOW + 5):
        status, _, _ = await miniapp.get("/api/me", member)
        statuses.append(status)
    assert statuses.count(429) >= 5 and statuses[0] == 200
    # Somebody else is not slowed down by that.
    status, _, _ = await miniapp.get("/api/me", miniapp.member_b)
    assert status == 200
    # /healthz gives the proxy what `python -m bot health` says.
    status, body, _ = await miniapp.get("/healthz")
    expected = await health(miniapp.bot.services.config)
    assert (body["healthy"], body["reason"]) == (expected.healthy, expected.reason)
    assert status == (200 if expected.healthy else 503)
    await miniapp.bot.db.settings.put(LAST_API_ANSWER, to_iso(datetime.now(UTC)))
    status, body, _ = await miniapp.get("/healthz")
    assert status == 200 and body["healthy"] and body["reason"].startswith("ok"), body


async def test_dropin_rsvp_and_calendar_file_from_the_page(miniapp: MiniApp) -> None:
    bot, member = miniapp.bot, miniapp.member_a
    schedule = NML_DROPIN
    await bot.db.dropins.save(miniapp.coalition_a, schedule)
    _, body, _ = await miniapp.get("/api/dropin", member)
    (call,) = body["calls"]
    assert call["title"] == "Inloop NML" and "dinsdag 3 november" in call["when"]
    assert (call["count"], call["joined"], call["kind"]) == (0, False, "Zoom")
    target = {"coalitionId": miniapp.coalition_a, "occurrence": call["occurrence"]}
    status, answer = await miniapp.post("/api/dropin/rsvp", member, target)
    assert (status, answer) == (200, {"joined": True, "count": 1})
    day = date.fromisoformat(call["occurrence"])
    assert await bot.db.dropins.rsvps(miniapp.coalition_a, day) == [member.id]
    status, answer = await miniapp.post("/api/dropin/calendar", member, target)
    assert status == 200
    document = await miniapp.fake.wait_until(
        lambda: next((m for m in miniapp.fake.messages_to(member.id) if m.document), None)
    )
    assert document.document_name.endswith(".ics") and b"TZID=Europe/Amsterdam" in document.document
    # Another coalition's call cannot be joined.
    status, answer = await miniapp.post("/api/dropin/rsvp", miniapp.member_b, target)
    assert (status, answer["error"]) == (403, "stranger")


async def test_own_listing_goes_through_approval(miniapp: MiniApp) -> None:
    bot, member = miniapp.bot, miniapp.member_a
    coordinator = await join(bot, miniapp.fake, miniapp.coalition_a, "Coby")
    await bot.db.members.set_role(miniapp.coalition_a, coordinator.id, "coordinator")
    entry = {
        "coalitionId": miniapp.coalition_a,
        "name": "Mo Bakker",
        "organisation": "GGD",
        "role": "Midwife",
        "municipality": "Venray",
        "phone": "06 12345678",
        "email": "",
    }
    status, body = await miniapp.post("/api/listing", member, entry)
    assert (status, body["error"]) == (400, "consent")
    status, body = await miniapp.post(
        "/api/listing", member, {**entry, "consent": True, "phone": "", "email": ""}
    )
    assert status == 400 and "telefoonnummer" in body["message"]
    status, body = await miniapp.post(
        "/api/listing", member, {**entry, "consent": True, "name": "Mo 123456782"}
    )
    assert status == 400 and "BSN" in body["message"]
    assert await bot.db.partners.of_user(member.id) == []  # nothing half-written
    status, body = await miniapp.post("/api/listing", member, {**entry, "consent": True})
    assert status == 200 and body["status"] == "pending"
    (listing,) = await bot.db.partners.of_user(member.id)
    assert listing.status == "pending" and listing.role_key == "verloskundige"
    told = await miniapp.fake.wait_until(
        lambda: [m for m in miniapp.fake.messages_to(coordinator.id) if "Mo Bakker" in m.text]
    )
    assert told and told[0].button("Goedkeuren")
    _, shown, _ = await miniapp.get("/api/listing", member)
    assert shown["listings"][0]["status"] == "pending"
    _, search, _ = await miniapp.get("/api/search", member, q="Mo Bakker")
    assert search["results"] == []  # not listed before approval


async def test_chat_buttons_open_the_miniapp(miniapp: MiniApp) -> None:
    fake, member = miniapp.fake, miniapp.member_a
    assert fake.menu_button == {"type": "web_app", "text": "Gids", "web_app": {"url": MINIAPP_URL}}
    help_reply = await fake.ask(member, "/help")
    assert help_reply.button("Open de gids")["web_app"] == {"url": MINIAPP_URL}
    results = await fake.ask(member, "/zoek vk venray")
    assert results.button("Open de gids")["web_app"] == {"url": MINIAPP_URL}
    stranger_help = await fake.ask(fake.user("Sterre"), "/help")
    assert all("web_app" not in b for b in stranger_help.buttons())


async def test_without_miniapp_url_nothing_changes(fake: FakeTelegram, database_path: Path) -> None:
    from tests.harness import start_bot

    port = free_port()
    bot = await start_bot(
        fake,
        database_path,
        clock=FakeClock(),
        environ={"WEB_PORT": str(port), "WEB_LISTEN": "127.0.0.1"},
    )
    try:
        coalition = await bot.db.coalitions.add(
            slug="x", name="X", municipalities=[], timezone="Europe/Amsterdam"
        )
        member = await join(bot, fake, coalition.id, "Mo")
        reply = await fake.ask(member, "/help")
        assert all("web_app" not in b for b in reply.buttons())
        assert fake.menu_button is None
        async with aiohttp.ClientSession() as http:
            try:
                await http.get(f"http://127.0.0.1:{port}/healthz")
                listening = True
            except aiohttp.ClientConnectionError:
                listening = False
        assert not listening
    finally:
        await bot.stop()


async def test_webhook_and_miniapp_share_one_port(fake: FakeTelegram, database_path: Path) -> None:
    environ = {
        "WEBHOOK_URL": "https://gids.kansrijkestart.example/telegram",
        "WEBHOOK_SECRET": SECRET,
    }
    bot = await start_miniapp(fake, database_path, FakeClock(), environ)
    try:
        assert fake.webhook is not None and fake.webhook["secret_token"] == SECRET
        fake.webhook_target = base_url(bot) + "/telegram"
        coalition = await bot.db.coalitions.add(
            slug="x", name="X", municipalities=[], timezone="Europe/Amsterdam"
        )
        member = await join(bot, fake, coalition.id, "Mo")
        assert "Wat kun je doen?" in (await fake.ask(member, "/help")).text
        intruder = User(424242, "Indringer")
        for secret in (None, "wrong-secret-0123456789"):
            assert await fake.post_update(fake.forged_update(intruder, "/help"), secret) == 403
        assert await bot.db.people.get(intruder.id) is None
        signed = sign_init_data(fake.token, user_json(member), int(bot.clock.now().timestamp()))
        async with (
            aiohttp.ClientSession() as http,
            http.get(
                base_url(bot) + "/api/me", headers={"X-Telegram-Init-Data": signed}
            ) as response,
        ):
            assert response.status == 200
    finally:
        await bot.stop()


async def test_coverage_for_coordinators_and_the_gaps_in_the_report(miniapp: MiniApp) -> None:
    bot, fake = miniapp.bot, miniapp.fake
    status, body, _ = await miniapp.get("/api/coverage", miniapp.member_a)
    assert (status, body["error"]) == (403, "coordinators")
    coordinator = await join(bot, fake, miniapp.coalition_a, "Coby")
    await bot.db.members.set_role(miniapp.coalition_a, coordinator.id, "coordinator")
    status, body, _ = await miniapp.get("/api/coverage", coordinator)
    (found,) = body["coalitions"]  # only the coalition they coordinate
    roles = [r["value"] for r in found["roles"]]
    assert roles[:2] == ["verloskundige", "kraamzorg"] and "wijkteam" in roles
    assert found["roles"][0]["domainLabel"] == "Medisch"
    rows = {row["municipality"]: {c["role"]: c for c in row["cells"]} for row in found["rows"]}
    assert set(rows) == {"Venray", "Horst aan de Maas"}
    assert rows["Venray"]["verloskundige"] == {"role": "verloskundige", "listed": 1, "gap": False}
    assert rows["Horst aan de Maas"]["verloskundige"]["gap"]
    assert not rows["Venray"]["gynaecoloog"]["gap"]  # not a role every municipality needs
    assert found["gaps"] == [
        "Venray: geen kraamzorg, jeugdgezondheidszorg (JGZ), huisarts",
        "Horst aan de Maas: geen verloskundige, jeugdgezondheidszorg (JGZ), wijkteam / sociaal"
        " team, schuldhulpverlening",
    ]
    # A cell's municipality is a filter value of the directory: the cell opens its listings.
    _, listed, _ = await miniapp.get(
        "/api/search", coordinator, role="verloskundige", municipality="Venray"
    )
    assert [r["name"] for r in listed["results"]] == ["Vera Jacobs"]
    # The same gaps in /rapport in chat.
    report = await fake.ask(coordinator, "/rapport")
    assert "Waar het netwerk dun is" in report.text
    assert "Venray: geen kraamzorg, jeugdgezondheidszorg (JGZ), huisarts" in report.text


async def test_a_coordinator_approves_and_rejects_from_the_page(miniapp: MiniApp) -> None:
    bot, fake = miniapp.bot, miniapp.fake
    coordinator = await join(bot, fake, miniapp.coalition_a, "Coby")
    await bot.db.members.set_role(miniapp.coalition_a, coordinator.id, "coordinator")
    other = await join(bot, fake, miniapp.coalition_b, "Otto")
    await bot.db.members.set_role(miniapp.coalition_b, other.id, "coordinator")
    entry = {
        "coalitionId": miniapp.coalition_a,
        "name": "Mo Bakker",
        "organisation": "GGD",
        "role": "wijkteam",
        "municipality": "Venray",
        "phone": "06 12345678",
        "email": "",
        "consent": True,
    }
    assert (await miniapp.post("/api/listing", miniapp.member_a, entry))[0] == 200
    (listing,) = await bot.db.partners.of_user(miniapp.member_a.id)
    status, body, _ = await miniapp.get("/api/pending", miniapp.member_a)
    assert (status, body["error"]) == (403, "coordinators")
    _, body, _ = await miniapp.get("/api/pending", other)
    assert body["pending"] == []  # another coalition's coordinator sees nothing of A
    status, body = await miniapp.post(
        "/api/review", other, {"partnerId": listing.id, "decision": "approve"}
    )
    assert (status, body["error"]) == (403, "coordinators")
    _, body, _ = await miniapp.get("/api/pending", coordinator)
    assert [p["name"] for p in body["pending"]] == ["Mo Bakker"]
    stale = miniapp.init_data(coordinator, age_seconds=2 * 3600)
    status, body = await miniapp.post(
        "/api/review",
        coordinator,
        {"partnerId": listing.id, "decision": "approve"},
        init_data=stale,
    )
    assert (status, body["error"]) == (401, "expired")
    status, body = await miniapp.post(
        "/api/review", coordinator, {"partnerId": listing.id, "decision": "approve"}
    )
    assert (status, body["status"]) == (200, "listed")
    told = await fake.wait_until(
        lambda: [m for m in fake.messages_to(miniapp.member_a.id) if "Goed nieuws" in m.text]
    )
    assert "Noord-Limburg" in told[0].text
    status, body = await miniapp.post(
        "/api/review", coordinator, {"partnerId": listing.id, "decision": "reject"}
    )
    assert (status, body["error"]) == (409, "decided")  # decided before: nothing changes
    found = await bot.db.partners.get(listing.id)
    assert found is not None and found.status == "listed"
    _, search, _ = await miniapp.get("/api/search", miniapp.member_a, q="Mo Bakker")
    assert [r["name"] for r in search["results"]] == ["Mo Bakker"]


# Every endpoint as stranger, member of A, member of B, coordinator of A, coordinator of B and
# admin: the status the server answers (400/409: allowed, then refused for the request itself).
ROLES = ("stranger", "member_a", "member_b", "coordinator_a", "coordinator_b", "admin")
AUTHORISATION = {
    ("GET", "/api/me"): (403, 200, 200, 200, 200, 200),
    ("GET", "/api/search"): (403, 200, 200, 200, 200, 200),
    ("GET", "/api/dropin"): (403, 200, 200, 200, 200, 200),
    ("GET", "/api/listing"): (403, 200, 200, 200, 200, 200),
    ("GET", "/api/coverage"): (403, 403, 403, 200, 200, 200),
    ("GET", "/api/pending"): (403, 403, 403, 200, 200, 200),
    ("GET", "/api/stale"): (403, 403, 403, 200, 200, 200),
    ("POST", "/api/review"): (403, 403, 403, 400, 403, 400),
    ("POST", "/api/listing-action"): (403, 403, 403, 400, 403, 400),
    ("POST", "/api/dropin/rsvp"): (403, 409, 403, 409, 403, 409),
    ("POST", "/api/dropin/calendar"): (403, 409, 403, 409, 403, 409),
    ("POST", "/api/listing"): (403, 400, 403, 400, 403, 403),
    # the dashboard ({a}: coalition A's id)
    ("GET", "/api/manage/listings"): (403, 403, 403, 200, 200, 200),
    ("POST", "/api/manage/edit"): (403, 403, 403, 400, 403, 400),
    ("POST", "/api/manage/import?coalitionId={a}"): (403, 403, 403, 400, 403, 400),
    # (the admin never started a chat with the bot: nowhere to send the file)
    ("POST", "/api/manage/export?coalitionId={a}"): (403, 403, 403, 200, 403, 409),
    ("GET", "/api/reports"): (403, 403, 403, 200, 200, 200),
    ("GET", "/api/reports?coalitionId={a}"): (403, 403, 403, 200, 403, 200),
    ("GET", "/api/reports/csv?chart=feedback&coalitionId={a}"): (403, 403, 403, 200, 403, 200),
    ("POST", "/api/reports/send"): (403, 403, 403, 400, 403, 400),
    ("GET", "/api/audit"): (403, 403, 403, 200, 200, 200),
    # the action agenda ({act}: an action of coalition A that none of them owns)
    ("GET", "/api/actions"): (403, 200, 200, 200, 200, 200),
    ("GET", "/api/actions/history?actionId={act}"): (403, 200, 403, 200, 403, 200),
    ("POST", "/api/actions/status"): (403, 403, 403, 400, 403, 400),
    ("GET", "/api/workgroups"): (403, 200, 200, 200, 200, 200),
    ("POST", "/api/workgroups/membership"): (403, 403, 403, 403, 403, 403),
    ("GET", "/api/actions/stand"): (403, 403, 403, 200, 200, 200),
    ("GET", "/api/actions/stand?coalitionId={a}"): (403, 403, 403, 200, 403, 200),
}


async def test_every_endpoint_for_every_role(miniapp: MiniApp) -> None:
    bot, fake = miniapp.bot, miniapp.fake
    people: dict[str, User] = {
        "stranger": fake.user("Sterre"),
        "member_a": miniapp.member_a,
        "member_b": miniapp.member_b,
    }
    for name, coalition in (
        ("coordinator_a", miniapp.coalition_a),
        ("coordinator_b", miniapp.coalition_b),
    ):
        people[name] = await join(bot, fake, coalition, name)
        await bot.db.members.set_role(coalition, people[name].id, "coordinator")
    from tests.conftest import ADMIN_ID

    people["admin"] = User(ADMIN_ID, "Beheer")
    a_listing = (await bot.db.partner_search.find((miniapp.coalition_a,), "Vera")).partners[0]
    a_action = await bot.db.actions.propose(miniapp.coalition_a, "Actie van Vera", 999)
    bodies = {
        "/api/actions/status": {"actionId": str(a_action.id), "status": "nonsense"},
        "/api/workgroups/membership": {"workgroupId": "none", "join": True},
        "/api/review": {"partnerId": a_listing.id, "decision": "maybe"},
        "/api/listing-action": {"partnerId": a_listing.id, "action": "nonsense"},
        "/api/dropin/rsvp": {"coalitionId": miniapp.coalition_a, "occurrence": "2026-11-03"},
        "/api/dropin/calendar": {"coalitionId": miniapp.coalition_a, "occurrence": "2026-11-03"},
        "/api/listing": {"coalitionId": miniapp.coalition_a},
        "/api/manage/edit": {"partnerId": a_listing.id, "version": "old", "values": {}},
        "/api/manage/import?coalitionId={a}": {"not": "a csv file"},
        "/api/manage/export?coalitionId={a}": {},
        "/api/reports/send": {"coalitionId": miniapp.coalition_a, "chart": "nonsense"},
    }
    sent_before = len(fake.sent)
    found: dict[tuple[str, str], tuple[int, ...]] = {}
    for number, (method, path) in enumerate(AUTHORISATION):
        if number and number % (REQUESTS_PER_WINDOW - 1) == 0:  # each person's request limit
            await asyncio.sleep(REQUEST_WINDOW_SECONDS + 0.1)
        statuses = []
        url = path.format(a=miniapp.coalition_a, act=a_action.id)
        for role in ROLES:
            if method == "GET":
                status, body, _ = await miniapp.get(url, people[role])
                if role in ("member_b", "coordinator_b") and status == 200:
                    assert "Vera" not in json.dumps(body), path  # nothing of coalition A
            else:
                status, body = await miniapp.post(url, people[role], bodies[path])
            statuses.append(status)
        found[(method, path)] = tuple(statuses)
    assert found == AUTHORISATION
    # Nothing was changed by any of it.
    still = await bot.db.partners.get(a_listing.id)
    assert still is not None and still.status == "listed"
    assert await bot.db.dropins.rsvps(miniapp.coalition_a, date(2026, 11, 3)) == []
    assert still.version == a_listing.version
    trail = await bot.db.audit.recent((miniapp.coalition_a, miniapp.coalition_b), 100)
    assert {e.action for e in trail} == {"import", "action-propose"}  # the test's own only
    assert (await bot.db.actions.get(a_action.id)) == a_action
    # The only thing sent: coalition A's directory, to its coordinator.
    exports = [m for m in fake.sent[sent_before:] if m.method == "senddocument"]
    assert [m.chat_id for m in exports] == [people["coordinator_a"].id]


async def test_stale_listings_checked_hidden_and_shown_again(miniapp: MiniApp) -> None:
    bot, fake = miniapp.bot, miniapp.fake
    coordinator = await join(bot, fake, miniapp.coalition_a, "Coby")
    await bot.db.members.set_role(miniapp.coalition_a, coordinator.id, "coordinator")
    await bot.db.connection.execute(
        "UPDATE partners SET last_checked_at = '2025-06-01T00:00:00+00:00' WHERE name IN"
        " ('Wim Hermans', 'Ruud Arts')"
    )
    await bot.db.connection.commit()
    _, body, _ = await miniapp.get("/api/stale", coordinator)
    stale = {p["name"]: p for p in body["stale"]}
    assert (
        set(stale) == {"Wim Hermans", "Ruud Arts"} and stale["Ruud Arts"]["checked"] == "2025-06-01"
    )
    wim, ruud = stale["Wim Hermans"]["id"], stale["Ruud Arts"]["id"]
    status, answer = await miniapp.post(
        "/api/listing-action", coordinator, {"partnerId": ruud, "action": "checked"}
    )
    assert (status, answer["message"]) == (200, "Gecontroleerd. Dank je!")
    _, body, _ = await miniapp.get("/api/stale", coordinator)
    assert [p["name"] for p in body["stale"]] == ["Wim Hermans"]
    status, _ = await miniapp.post(
        "/api/listing-action", coordinator, {"partnerId": wim, "action": "hide"}
    )
    assert status == 200
    _, found, _ = await miniapp.get("/api/search", miniapp.member_a, q="Wim Hermans")
    assert found["results"] == []
    status, _ = await miniapp.post(
        "/api/listing-action", coordinator, {"partnerId": wim, "action": "hide"}
    )
    assert status == 400  # hidden already
    status, _ = await miniapp.post(
        "/api/listing-action", coordinator, {"partnerId": wim, "action": "show"}
    )
    assert status == 200
    _, found, _ = await miniapp.get("/api/search", miniapp.member_a, q="Wim Hermans")
    assert [r["name"] for r in found["results"]] == ["Wim Hermans"]
