"""Every screen of the Mini App, for a member and for a coordinator, checked by axe-core
against WCAG 2.0 and 2.1 levels A and AA in the browser (tests/browser.axe_violations): in
light and dark theme (Telegram Desktop's colours and the page's own fallback, the theme
a browser outside Telegram gets) and in the three languages. A violation fails the test and
is named with its elements. Screenshots of each screen go to MINIAPP_SCREENSHOTS.

Four passes, so that each language and each of four themes is seen once: Telegram Desktop's
light theme in Dutch, its dark theme in English, and the page's own colours (what a client
that sends no theme gets) light in Frisian and dark in Dutch."""

import os
from pathlib import Path

import pytest
from playwright.async_api import Browser, FilePayload, Page

from tests.browser import DARK, LIGHT, axe_violations, browser, open_in_telegram
from tests.kit.dashboard import IMPORT, NINA, NML_DROPIN, coordinator_of_a, seed_reports
from tests.miniapp import MiniApp, miniapp

__all__ = ["browser", "miniapp"]  # the fixtures

SCREENSHOTS = Path(
    os.environ.get("MINIAPP_SCREENSHOTS") or Path(__file__).parents[1] / "test-screenshots"
)
NO_THEME: dict[str, str] = {}
PASSES = (
    ("nl", "telegram-light", LIGHT),
    ("en", "telegram-dark", DARK),
    ("fy", "own-light", NO_THEME),
    ("nl", "own-dark", NO_THEME),
)


class Screens:
    """Walks the screens of one page, checking each; what failed is gathered, not raised at
    the first, so one run names every screen at fault."""

    def __init__(self, page: Page, name: str) -> None:
        self.page = page
        self.name = name
        self.checked: list[str] = []
        self.failed: list[str] = []

    async def check(self, screen: str) -> None:
        await self.page.wait_for_function("() => !document.querySelector('[aria-busy=true]')")
        found = await axe_violations(self.page)
        self.checked.append(screen)
        if found:
            self.failed.append(f"{self.name} / {screen}:\n  " + "\n  ".join(found))
        await self.page.screenshot(
            path=str(SCREENSHOTS / f"a11y-{self.name}-{screen}.png"), full_page=True
        )


async def prepare(miniapp: MiniApp) -> None:
    """Something on every screen: a drop-in, registrations waiting, a stale listing, reports."""
    bot = miniapp.bot
    await bot.db.dropins.save(
        miniapp.coalition_a,
        NML_DROPIN,
    )
    waiting = NINA
    await bot.db.partners.register(miniapp.coalition_a, miniapp.member_a.id, waiting)
    await seed_reports(miniapp)
    workgroup = await bot.db.actions.add_workgroup(
        miniapp.coalition_a, "Hechting", "Het thema hechting oppakken", miniapp.member_a.id
    )
    assert workgroup is not None
    await bot.db.actions.propose(
        miniapp.coalition_a, "Folder over hechting vertalen", miniapp.member_a.id, workgroup.id
    )


async def member_screens(screens: Screens, language: str) -> None:
    page = screens.page
    await page.wait_for_selector("#results li")
    await screens.check("directory")
    await page.locator("#q").fill("zzzqqq")
    await page.wait_for_function("() => !document.querySelector('#results li')")
    await screens.check("no-results")
    await page.locator("#q").fill("")
    await page.wait_for_selector("#results li")
    await page.locator("#results li button").first.click()
    await page.get_by_role("dialog").wait_for()
    await screens.check("contact-card")
    await page.locator("#card-close").click()
    await page.locator("#tab-dropin").click()
    await page.locator("#panel-dropin article").wait_for()
    await screens.check("dropin")
    await page.locator("#tab-listing").click()
    form = page.locator("#panel-listing form").first
    await form.wait_for()
    await screens.check("own-listing")
    await form.locator("button[type=submit]").click()  # no consent given
    await form.locator("[role=status]:not(:empty)").wait_for()
    await screens.check("own-listing-refused")
    await page.locator("#tab-actions").click()
    await page.locator("#a-results article").first.wait_for()
    await page.locator("#a-results details summary").first.click()
    await page.locator("#a-results details li").first.wait_for()
    await screens.check("actions")


async def dashboard_screens(screens: Screens) -> None:
    page = screens.page
    await page.wait_for_selector("#results li")
    await page.locator("#tab-coverage").click()
    await page.locator("#pending-title").wait_for()
    await screens.check("todo")
    subnav = page.locator("nav.subnav button")
    await subnav.nth(1).click()  # the whole directory
    await page.locator("#m-results article").first.wait_for()
    await screens.check("directory")
    await page.locator("#m-results article button.primary").first.click()
    await page.locator("form.edit").wait_for()
    await screens.check("edit")
    await page.locator("form.edit input[name=phone]").fill("12")
    await page.locator("form.edit button[type=submit]").click()
    await page.locator("form.edit [aria-invalid=true]").wait_for()
    await screens.check("edit-refused")
    await subnav.nth(2).click()  # CSV
    upload: FilePayload = {"name": "gids.csv", "mimeType": "text/csv", "buffer": IMPORT}
    await page.locator("#i-file").set_input_files(files=[upload])
    await screens.check("csv")
    await page.locator("#dashboard-content section button.primary").first.click()
    await page.locator("#i-outcome .preview").first.wait_for()
    await screens.check("csv-preview")
    await subnav.nth(3).click()  # coverage
    await page.locator("section.coverage table").first.wait_for()
    await screens.check("coverage")
    await subnav.nth(4).click()  # reports
    await page.locator("figure.chart").first.wait_for()
    for summary in await page.locator("figure.chart summary").all():
        await summary.click()
    await screens.check("reports")
    await subnav.nth(5).click()  # the stand van zaken
    await page.locator("#st-since").wait_for()
    await screens.check("stand")
    await subnav.nth(6).click()  # audit trail
    await page.locator("#audit li").first.wait_for()
    await screens.check("audit")


@pytest.mark.parametrize(("language", "scheme", "theme"), PASSES)
async def test_every_screen_meets_wcag_21_aa(
    browser: Browser, miniapp: MiniApp, language: str, scheme: str, theme: dict[str, str]
) -> None:
    await prepare(miniapp)
    coordinator = await coordinator_of_a(miniapp)
    failed, checked = [], []
    for who, user in (("member", miniapp.member_a), ("coordinator", coordinator)):
        page = await open_in_telegram(
            browser,
            miniapp.base + "/",
            miniapp.init_data(user, language),
            theme,
            axe=True,
            color_scheme="dark" if scheme.endswith("dark") else "light",
        )
        screens = Screens(page, f"{who}-{language}-{scheme}")
        if who == "member":
            await member_screens(screens, language)
        else:
            await dashboard_screens(screens)
        failed += screens.failed
        checked += screens.checked
        await page.close()
    assert len(checked) == 17
    assert not failed, "axe-core found WCAG 2.1 A/AA violations:\n" + "\n".join(failed)
