"""The Mini App in a real browser: Playwright driving Debian's Chromium with Telegram's own
telegram-web-app.js, opened as Telegram Desktop opens it (tests/browser.py), with initData
signed with the test's token. A 360 px wide phone. Screenshots of the main pages go to
MINIAPP_SCREENSHOTS (default: test-screenshots/)."""

import os
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from playwright.async_api import (
    Browser,
    FilePayload,
    Page,
    Response,
    expect,
)

from tests.browser import (
    DARK,
    LIGHT,
    browser,
    contrast,
    open_in_telegram,
    telegram_events,
)
from tests.fake_telegram import FakeTelegram, User
from tests.harness import FakeClock
from tests.kit.dashboard import NINA, NML_DROPIN
from tests.miniapp import MiniApp, base_url, miniapp, start_miniapp, two_coalitions
from tests.proxy import PathProxy

__all__ = ["browser", "miniapp"]  # the fixtures

SCREENSHOTS = Path(
    os.environ.get("MINIAPP_SCREENSHOTS") or Path(__file__).parents[1] / "test-screenshots"
)


async def open_page(
    browser: Browser,
    app: MiniApp,
    user: User,
    *,
    language: str = "nl",
    theme: dict[str, str] = LIGHT,
    init_data: str | None = None,
) -> tuple[Page, list[Response]]:
    signed = init_data if init_data is not None else app.init_data(user, language)
    answers: list[Response] = []
    page = await open_in_telegram(browser, app.base + "/", signed, theme, answers=answers)
    return page, answers


async def shoot(page: Page, name: str) -> None:
    # Playwright makes the folder.
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


async def result_names(page: Page) -> list[str]:
    return [name.strip() for name in await page.locator("#results .name").all_text_contents()]


async def test_search_filters_and_the_contact_card(browser: Browser, miniapp: MiniApp) -> None:
    page, _ = await open_page(browser, miniapp, miniapp.member_a)
    await page.wait_for_selector("#results li")
    assert len(await result_names(page)) == 5
    await shoot(page, "directory")
    await page.get_by_label("Zoek op rol, gemeente of naam").fill("vk venray")
    await expect(page.locator("#results li")).to_have_count(1)
    assert await result_names(page) == ["Vera Jacobs"]
    assert "1 gevonden" in await page.locator("#count").inner_text()
    await page.get_by_label("Zoek op rol, gemeente of naam").fill("centering")  # experience
    await expect(page.locator("#count")).to_contain_text("1 gevonden")
    assert await result_names(page) == ["Vera Jacobs"]

    await page.get_by_label("Zoek op rol, gemeente of naam").fill("")
    await expect(page.locator("#results li")).to_have_count(5)
    options = await page.locator("#f-domain option").all_text_contents()
    assert options == ["Alle", "Medisch (3)", "Sociaal (2)"]
    await page.get_by_label("Domein").select_option("social")
    await expect(page.locator("#results li")).to_have_count(2)
    assert sorted(await result_names(page)) == ["Sanne Kusters", "Wim Hermans"]
    await page.get_by_label("Domein").select_option("")
    await page.get_by_label("Gemeente", exact=True).select_option("Horst aan de Maas")
    await expect(page.locator("#results li")).to_have_count(2)

    await page.get_by_label("Gemeente", exact=True).select_option("")
    await expect(page.locator("#results li")).to_have_count(5)
    await page.get_by_role("button", name="Vera Jacobs").click()
    card = page.get_by_role("dialog")
    await card.wait_for()
    assert await card.get_by_role("heading").inner_text() == "Vera Jacobs"
    assert await card.locator(".experience").inner_text() == "Ervaring: CenteringPregnancy, armoede"
    call = card.get_by_role("link", name="Bellen +31 478 581 234")
    assert await call.get_attribute("href") == "tel:+31478581234"
    mail = card.get_by_role("link", name="Mailen vera@vk-venray.nl")
    assert await mail.get_attribute("href") == "mailto:vera@vk-venray.nl"
    assert await card.get_by_role("link", name="Website").get_attribute("href") == (
        "https://www.vk-venray.nl"
    )
    await shoot(page, "contact-card")
    await card.get_by_role("button", name="Delen in een chat").click()
    shared = await telegram_events(page, "web_app_switch_inline_query")
    assert shared == [{"query": "Vera Jacobs", "chat_types": ["users", "groups"]}]
    assert len(await telegram_events(page, "web_app_ready")) == 1
    await card.get_by_role("button", name="Sluiten").click()
    assert await page.get_by_role("dialog").count() == 0
    await page.close()


async def test_english_and_the_dark_theme(browser: Browser, miniapp: MiniApp) -> None:
    page, _ = await open_page(browser, miniapp, miniapp.member_a, language="en", theme=DARK)
    await page.wait_for_selector("#results li")
    assert await page.locator("h1").inner_text() == "Partner directory"
    assert await page.get_by_label("Search by role, municipality or name").count() == 1
    assert await page.evaluate("document.documentElement.lang") == "en"
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(33, 33, 33)"  # DARK's bg_color
    await page.get_by_role("button", name="Vera Jacobs").click()
    assert await page.get_by_role("link", name="Call +31 478 581 234").count() == 1
    await shoot(page, "contact-card-english-dark")
    await page.close()


async def test_forged_and_expired_init_data_show_an_error(
    browser: Browser, miniapp: MiniApp
) -> None:
    member = miniapp.member_a
    forged = miniapp.init_data(member).replace("Mo", "Eve")
    expired = miniapp.init_data(member, age_seconds=2 * 24 * 3600)
    for name, signed, problem in (("forged", forged, "invalid"), ("expired", expired, "expired")):
        page, answers = await open_page(browser, miniapp, member, init_data=signed)
        alert = page.get_by_role("alert")
        await alert.wait_for()
        assert await alert.get_attribute("data-error") == problem
        assert "Telegram" in await alert.inner_text()
        api = [a for a in answers if "/api/" in a.url]
        assert api and all(a.status == 401 for a in api)
        assert await page.locator("#results").count() == 0
        if name == "expired":
            await shoot(page, "error-expired")
        await page.close()


async def test_a_member_of_b_never_sees_a(browser: Browser, miniapp: MiniApp) -> None:
    page, answers = await open_page(browser, miniapp, miniapp.member_b)
    await page.wait_for_selector("#results li")
    assert await result_names(page) == ["Geheime Greet"]
    await page.get_by_label("Zoek op rol, gemeente of naam").fill("vera venray")
    await expect(page.locator("#count")).to_contain_text("niemand")
    assert await result_names(page) == []
    bodies = [await a.text() for a in answers if "/api/search" in a.url]
    assert bodies and not any("Vera" in body for body in bodies)
    await page.close()


async def test_the_keyboard_alone_reaches_a_contact_card(
    browser: Browser, miniapp: MiniApp
) -> None:
    page, _ = await open_page(browser, miniapp, miniapp.member_a)
    await page.wait_for_selector("#results li")
    await page.keyboard.press("Tab")  # the first tab
    focused = ""
    for _ in range(12):
        await page.keyboard.press("Tab")
        focused = await page.evaluate("document.activeElement.className")
        if focused == "result":
            break
    assert focused == "result"
    name = await page.evaluate("document.activeElement.querySelector('.name').textContent")
    await page.keyboard.press("Enter")
    heading = page.get_by_role("dialog").get_by_role("heading")
    await heading.wait_for()
    assert await heading.inner_text() == name
    assert await page.evaluate("document.activeElement.id") == "card-name"  # focus moved in
    await page.keyboard.press("Escape")
    assert await page.get_by_role("dialog").count() == 0
    assert await page.evaluate("document.activeElement.className") == "result"  # and back
    await page.close()


async def test_dropin_and_own_listing_tabs(browser: Browser, miniapp: MiniApp) -> None:

    await miniapp.bot.db.dropins.save(
        miniapp.coalition_a,
        NML_DROPIN,
    )
    page, _ = await open_page(browser, miniapp, miniapp.member_a)
    await page.wait_for_selector("#results li")
    await page.get_by_role("tab", name="Inloop").click()
    await page.get_by_role("heading", name="Inloop NML (Noord-Limburg)").wait_for()
    await page.get_by_role("button", name="Ik doe mee").click()
    await page.get_by_text("Jij doet mee.").wait_for()
    assert await miniapp.bot.db.dropins.rsvps(miniapp.coalition_a, _next_tuesday()) == [
        miniapp.member_a.id
    ]
    await shoot(page, "dropin")
    await page.get_by_role("tab", name="Mijn vermelding").click()
    await page.get_by_label("Naam", exact=True).fill("Mo Bakker")
    await page.get_by_label("Telefoonnummer").fill("06 12345678")
    await page.get_by_role("button", name="Opslaan en laten goedkeuren").click()
    await page.get_by_text("Geef eerst toestemming").wait_for()
    await page.get_by_label("Leden van de coalitie mogen").check()
    await page.get_by_role("button", name="Opslaan en laten goedkeuren").click()
    await page.get_by_text("wacht nu op goedkeuring").wait_for()
    (listing,) = await miniapp.bot.db.partners.of_user(miniapp.member_a.id)
    assert listing.status == "pending" and listing.data.phone == "+31612345678"
    await shoot(page, "own-listing")
    await page.close()


def _next_tuesday() -> Any:
    from datetime import date

    return date(2026, 11, 3)  # the FakeClock starts on Monday 2 November 2026


async def test_a_coordinator_sees_where_the_network_is_thin(
    browser: Browser, miniapp: MiniApp
) -> None:
    from tests.kit.directory import join

    coordinator = await join(miniapp.bot, miniapp.fake, miniapp.coalition_a, "Coby")
    await miniapp.bot.db.members.set_role(miniapp.coalition_a, coordinator.id, "coordinator")
    member_page, _ = await open_page(browser, miniapp, miniapp.member_a)
    await member_page.wait_for_selector("#results li")
    assert await member_page.get_by_role("tab", name="Beheer").count() == 0  # members: none
    await member_page.close()

    page, _ = await open_page(browser, miniapp, coordinator)
    await page.wait_for_selector("#results li")
    await page.get_by_role("tab", name="Beheer").click()
    await page.get_by_role("button", name="Dekking").click()
    table = page.get_by_role("table", name="Dekking van Noord-Limburg")
    await table.wait_for()
    assert await page.get_by_text("Horst aan de Maas: geen verloskundige").count() == 1
    gap = page.get_by_role("button", name="Verloskundige in Horst aan de Maas: 0 (ontbreekt)")
    assert await gap.inner_text() == "0 !"
    await shoot(page, "coverage")
    # On a phone: every role's name is there in full, none cut off.
    cut = await table.locator("thead th").evaluate_all(
        """headers => headers.filter((th) => th.scrollHeight > th.clientHeight + 1 ||
          th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent)"""
    )
    assert cut == []
    # Keyboard alone: the table's region takes focus and scrolls with the arrow keys, and the
    # municipalities stay in view while the roles scroll past.
    region = page.get_by_role("region", name="Noord-Limburg")
    await region.focus()
    for _ in range(40):
        await page.keyboard.press("ArrowRight")
    assert await region.evaluate("r => r.scrollLeft") > 0
    await shoot(page, "coverage-scrolled")
    shown = await region.bounding_box()
    place = await table.get_by_role("rowheader", name="Venray").bounding_box()
    assert shown is not None and place is not None
    assert shown["x"] <= place["x"] < shown["x"] + 10
    await page.get_by_role("button", name="Verloskundige in Venray: 1").click()
    await expect(page.locator("#results li")).to_have_count(1)
    assert await result_names(page) == ["Vera Jacobs"]
    assert await page.locator("#f-municipality").input_value() == "Venray"
    await page.close()


async def test_a_coordinator_approves_one_registration_and_rejects_another(
    browser: Browser, miniapp: MiniApp
) -> None:
    from rules.partner_csv import PartnerData
    from tests.kit.directory import join

    bot = miniapp.bot
    coordinator = await join(bot, miniapp.fake, miniapp.coalition_a, "Coby")
    await bot.db.members.set_role(miniapp.coalition_a, coordinator.id, "coordinator")
    data = NINA
    partner_id, _ = await bot.db.partners.register(miniapp.coalition_a, miniapp.member_a.id, data)
    other = await join(bot, miniapp.fake, miniapp.coalition_a, "Olga")
    olga = PartnerData(
        name="Olga Oost",
        organisation="Kraamzorg Oost",
        role="Kraamzorg",
        municipality="Venray",
        phone="+31687654321",
    )
    await bot.db.partners.register(miniapp.coalition_a, other.id, olga)
    page, _ = await open_page(browser, miniapp, coordinator)
    await page.wait_for_selector("#results li")
    await page.get_by_role("tab", name="Beheer").click()
    await page.get_by_role("heading", name="Aanmeldingen die wachten (2)").wait_for()
    await shoot(page, "pending")
    olga_card = page.locator("article", has=page.get_by_role("heading", name="Olga Oost"))
    await olga_card.get_by_role("button", name="Goedkeuren").click()
    await olga_card.get_by_role("status").filter(has_text="Goedgekeurd").wait_for()
    await page.get_by_role("heading", name="Aanmeldingen die wachten (1)").wait_for()  # recounted
    await miniapp.fake.wait_until(
        lambda: [  # told exactly as from the chat's button
            m
            for m in miniapp.fake.messages_to(other.id)
            if "je vermelding staat nu in de partnergids van Noord-Limburg" in m.text
        ]
    )
    assert "Olga Oost" in (await miniapp.fake.ask(miniapp.member_a, "/zoek olga")).text
    nina_card = page.locator("article", has=page.get_by_role("heading", name="Nina Nieuw"))
    await nina_card.get_by_label("Reden van afwijzen").fill("Graag met je werkadres")
    await nina_card.get_by_role("button", name="Afwijzen").click()
    await page.get_by_text("Afgewezen. De aanmelder krijgt bericht.").wait_for()
    found = await bot.db.partners.get(partner_id)
    assert found is not None and found.status == "rejected"
    told = await miniapp.fake.wait_until(
        lambda: [
            m
            for m in miniapp.fake.messages_to(miniapp.member_a.id)
            if "Graag met je werkadres" in m.text
        ]
    )
    assert "niet goedgekeurd" in told[0].text
    await page.close()


async def open_dashboard(
    browser: Browser, miniapp: MiniApp, user: User, section: str, **options: Any
) -> Page:
    page, _ = await open_page(browser, miniapp, user, **options)
    await page.wait_for_selector("#results li")
    await page.get_by_role("tab", name="Beheer").click()
    await page.get_by_role("button", name=section, exact=True).click()
    return page


async def test_a_csv_with_a_bad_row_changes_nothing_until_confirmed(
    browser: Browser, miniapp: MiniApp
) -> None:
    from tests.kit.dashboard import IMPORT, coordinator_of_a

    bot = miniapp.bot
    coordinator = await coordinator_of_a(miniapp)
    listed = len(await bot.db.partners.listed(miniapp.coalition_a))
    page = await open_dashboard(browser, miniapp, coordinator, "CSV")
    upload: FilePayload = {"name": "gids.csv", "mimeType": "text/csv", "buffer": IMPORT}
    await page.get_by_label("Kies een CSV-bestand").set_input_files(files=[upload])
    await page.get_by_role("button", name="Bekijk wat er verandert").click()
    await page.get_by_text("rij 4: het telefoonnummer klopt niet").wait_for()
    assert await page.get_by_text("Nieuw: Lotte Bosch").count() == 1
    assert await page.get_by_text("Gewijzigd: Vera Jacobs").count() == 1
    await shoot(page, "import")
    assert await page.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways
    assert len(await bot.db.partners.listed(miniapp.coalition_a)) == listed  # nothing yet
    await page.get_by_role("button", name="Alleen goede rijen importeren").click()
    await page.get_by_text("Import klaar voor Noord-Limburg").wait_for()
    assert len(await bot.db.partners.listed(miniapp.coalition_a)) == listed + 1
    assert "Lotte Bosch" in (await miniapp.fake.ask(miniapp.member_a, "/zoek lotte")).text
    await page.close()


async def test_charts_render_with_their_text_alternative(
    browser: Browser, miniapp: MiniApp
) -> None:
    from tests.kit.dashboard import coordinator_of_a, seed_reports

    coordinator = await coordinator_of_a(miniapp)
    await seed_reports(miniapp)
    for scheme, theme in (("light", LIGHT), ("dark", DARK)):
        page = await open_dashboard(browser, miniapp, coordinator, "Rapportage", theme=theme)
        chart = page.get_by_role("img", name="Gemiddeld cijfer per inloop en bijeenkomst")
        await chart.wait_for()
        described = await chart.get_attribute("aria-labelledby")
        assert described == "chart-feedback-title chart-feedback-desc"
        summary = await page.locator("#chart-feedback-desc").text_content()
        assert "Hoogste: Inloop NML, 2026-10-13 (4)" in (summary or "")
        assert await page.locator("#chart-feedback rect.bar").count() == 2
        fill, panel = await page.locator("#chart-feedback rect.bar").first.evaluate(
            """bar => [getComputedStyle(bar).fill,
              getComputedStyle(bar.closest("figure")).backgroundColor]"""
        )
        # The theme's link colour, darkened (light) or lightened (dark) to read on its panel
        assert fill == {"light": "rgb(38, 108, 177)", "dark": "rgb(141, 123, 227)"}[scheme]
        assert contrast(fill, panel) >= 4.5
        # No introductions yet: that chart says so, with no numbers or CSV to offer.
        rounds = page.locator("#chart-rounds")
        assert await rounds.locator("figcaption").inner_text() == "Nog geen cijfers."
        assert await rounds.locator("button, details").count() == 0
        assert await page.locator("#chart-feedback button").count() == 1
        # The figures behind the chart, as a table.
        await page.locator("#chart-attendance summary").click()
        rows = page.locator("#chart-attendance tbody tr")
        await expect(rows).to_have_count(2)
        assert await rows.first.locator("td").all_inner_texts() == ["2026-W42", "2026-10-13", "3"]
        await shoot(page, f"reports-{scheme}")
        await page.close()


async def test_two_pages_editing_one_listing(browser: Browser, miniapp: MiniApp) -> None:
    from tests.kit.dashboard import coordinator_of_a

    bot = miniapp.bot
    first = await coordinator_of_a(miniapp, "Coby")
    second = await coordinator_of_a(miniapp, "Dirk")
    pages = [
        await open_dashboard(browser, miniapp, user, "Gids beheren") for user in (first, second)
    ]
    for page in pages:
        await page.get_by_label("Zoek in alle vermeldingen").fill("vera")
        await page.locator("#m-results article").filter(has_text="Vera Jacobs").wait_for()
        await expect(page.locator("#m-results article")).to_have_count(1)
        await page.get_by_role("button", name="Wijzigen").click()
    await pages[0].get_by_label("Telefoonnummer").fill("0478 59 99 99")
    await pages[0].get_by_role("button", name="Opslaan", exact=True).click()
    await pages[0].get_by_text("Opgeslagen.").wait_for()
    await pages[1].get_by_label("E-mailadres").fill("info@vk-venray.nl")
    await pages[1].get_by_role("button", name="Opslaan", exact=True).click()
    await pages[1].get_by_role("alert").filter(has_text="net veranderd").wait_for()
    assert await pages[1].get_by_label("Telefoonnummer").input_value() == "+31478599999"
    assert await pages[1].get_by_label("E-mailadres").input_value() == "vera@vk-venray.nl"
    await shoot(pages[1], "changed-meanwhile")
    vera = (await bot.db.partner_search.find((miniapp.coalition_a,), "Vera")).partners[0]
    assert (vera.data.phone, vera.data.email) == ("+31478599999", "vera@vk-venray.nl")
    # The audit trail says who did it.
    await pages[0].get_by_role("button", name="Logboek").click()
    await (
        pages[0]
        .get_by_text("Vermelding gewijzigd: Vera Jacobs (Verloskundige, Venray) (telefoonnummer)")
        .wait_for()
    )
    await shoot(pages[0], "audit")
    for page in pages:
        await page.close()


PUBLIC_URL = "https://apps.example.nl/kansrijkestart/"
WEBHOOK_SECRET = "webhook-secret-behind-the-proxy-0123"


@pytest.mark.parametrize("strip", [False, True], ids=["proxy-keeps-path", "proxy-strips-path"])
async def test_under_a_path_of_another_host_behind_a_proxy(
    browser: Browser, fake: FakeTelegram, database_path: Path, clock: FakeClock, strip: bool
) -> None:
    """MINIAPP_URL with a path: the page, its script and style, the API and the webhook on
    one server, behind a proxy that passes the path on and behind one that strips it."""
    environ = {
        "MINIAPP_URL": PUBLIC_URL,
        "WEBHOOK_URL": PUBLIC_URL + "telegram",
        "WEBHOOK_SECRET": WEBHOOK_SECRET,
    }
    bot = await start_miniapp(fake, database_path, clock, environ)
    proxy = PathProxy(base_url(bot), "/kansrijkestart", strip=strip)
    await proxy.start()
    try:
        assert fake.webhook is not None and fake.webhook["url"] == PUBLIC_URL + "telegram"
        assert fake.menu_button is not None and fake.menu_button["web_app"] == {"url": PUBLIC_URL}
        fake.webhook_target = proxy.url + "/kansrijkestart/telegram"
        a, b, member_a, member_b = await two_coalitions(bot, fake)  # joined through the webhook
        assert fake.webhook_statuses and set(fake.webhook_statuses) == {200}
        async with aiohttp.ClientSession() as http:
            app = MiniApp(bot, fake, proxy.url + "/kansrijkestart", a, b, member_a, member_b, http)
            page, answers = await open_page(browser, app, member_a)
            await page.wait_for_selector("#results li")
            assert len(await result_names(page)) == 5
            await page.get_by_label("Zoek op rol, gemeente of naam").fill("vk venray")
            await expect(page.locator("#results li")).to_have_count(1)
            await page.get_by_role("button", name="Vera Jacobs").click()
            await page.get_by_role("dialog").wait_for()
            await shoot(page, "under-a-path-" + ("stripped" if strip else "kept"))
            await page.close()
        ours = [answer for answer in answers if answer.url.startswith(proxy.url)]
        assert {answer.status for answer in ours} == {200}
        assert all(answer.url.startswith(proxy.url + "/kansrijkestart/") for answer in ours)
        asked = {path.removeprefix("/kansrijkestart") for path in proxy.forwarded}
        assert {"/", "/static/app.js", "/static/app.css", "/api/me", "/api/search"} <= asked
        assert all(path.startswith("/kansrijkestart/") != strip for path in proxy.forwarded)
    finally:
        await proxy.stop()
        await bot.stop()


async def test_the_whole_directory_search_finds_hidden_listings_from_the_start(
    browser: Browser, miniapp: MiniApp
) -> None:
    """The field promises every listing, waiting and hidden ones too: the status filter
    starts at "Alle" and stays at what the coordinator chose."""
    from tests.kit.dashboard import coordinator_of_a

    bot = miniapp.bot
    coordinator = await coordinator_of_a(miniapp)
    wim = (await bot.db.partner_search.find((miniapp.coalition_a,), "Wim")).partners[0]
    await bot.db.partners.set_status(wim.id, "hidden")
    page = await open_dashboard(browser, miniapp, coordinator, "Gids beheren")
    await page.locator("#m-results article").first.wait_for()
    assert await page.locator("#m-status").input_value() == ""  # Alle
    await page.get_by_label("Zoek in alle vermeldingen").fill("Wim")
    hidden = page.locator("#m-results article", has_text="Wim Hermans")
    await hidden.wait_for()
    assert "Verborgen" in await hidden.inner_text()
    await page.locator("#m-status").select_option("listed")
    await expect(page.locator("#m-results article")).to_have_count(0)
    await page.get_by_label("Zoek in alle vermeldingen").fill("Vera")
    await expect(page.locator("#m-results article")).to_have_count(1)
    assert await page.locator("#m-status").input_value() == "listed"  # as chosen
    await page.close()


async def test_the_action_agenda_filtered_changed_and_joined_in_the_page(
    browser: Browser, miniapp: MiniApp
) -> None:
    from datetime import date

    bot, member = miniapp.bot, miniapp.member_a
    group = await bot.db.actions.add_workgroup(miniapp.coalition_a, "Hechting", "", 999)
    assert group is not None
    mine = await bot.db.actions.propose(miniapp.coalition_a, "Folder vertalen", member.id, group.id)
    await bot.db.actions.propose(
        miniapp.coalition_a, "Taalcafé beginnen", 999, None, date(2026, 10, 1)
    )  # someone else's, overdue
    await bot.db.actions.propose(miniapp.coalition_b, "Actie van Heumen", miniapp.member_b.id)
    page, _ = await open_page(browser, miniapp, member)
    await page.wait_for_selector("#results li")
    await page.get_by_role("tab", name="Acties").click()
    cards = page.locator("#a-results article")
    await expect(cards).to_have_count(2)
    assert "Actie van Heumen" not in await page.locator("#a-results").inner_text()
    await page.get_by_label("Alleen te laat").check()
    await expect(cards).to_have_count(1)
    assert "Taalcafé beginnen" in await cards.first.inner_text()
    assert await cards.first.get_by_label("Status veranderen").count() == 0  # not theirs
    await page.get_by_label("Alleen te laat").uncheck()
    await page.get_by_label("Alleen mijn acties").check()
    await expect(cards).to_have_count(1)
    await cards.first.get_by_label("Status veranderen").select_option("in_progress")
    await cards.first.get_by_text("Status opgeslagen.").wait_for()
    changed = await bot.db.actions.get(mine.id)
    assert changed is not None and changed.status == "in_progress"
    await cards.first.get_by_text("Geschiedenis").click()
    await expect(cards.first.locator("details li")).to_have_count(2)
    join = page.get_by_role("button", name="Meedoen: Hechting")
    await join.click()
    await page.get_by_role("button", name="Stoppen: Hechting").wait_for()
    joined = await bot.db.actions.workgroup(group.id)
    assert joined is not None and member.id in joined.members
    await shoot(page, "actions")
    await page.close()
