"""The Mini App in a real browser, opened as Telegram Desktop and Telegram Web open it: Debian's
Chromium through Playwright, Telegram's own telegram-web-app.js (the npm package @twa-dev/sdk
ships it; tests/npm holds its lock file), and the launch parameters in the URL fragment
(`#tgWebAppData=…&tgWebAppThemeParams=…&tgWebAppVersion=…`). What the page asks of Telegram
(`web_app_ready`, `web_app_switch_inline_query`, `web_app_open_link`, …) is captured through
`window.TelegramWebviewProxy.postEvent`, which the real script calls when a client provides it,
as Telegram's apps do.

Without Chromium or the npm package the browser tests skip and say how to install them; with
CI=true they fail."""

import json
import os
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

import pytest
from playwright.async_api import Browser, Page, Response, Route, async_playwright

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
HAVE_CHROMIUM = Path(CHROMIUM).exists()
# The address the page loads the script from; the browser gets it from tests/npm instead.
TELEGRAM_SCRIPT = "https://telegram.org/js/telegram-web-app.js"
NPM_FOLDER = Path(__file__).resolve().parent / "npm"
TELEGRAM_WEB_APP_JS = NPM_FOLDER / "node_modules/@twa-dev/sdk/dist/telegram-web-apps.js"
AXE_JS = NPM_FOLDER / "node_modules/axe-core/axe.min.js"
# The rules of WCAG 2.0 and 2.1, levels A and AA, as axe-core tags them.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# What Telegram Desktop says of itself; 8.0 has every method the page uses.
PLATFORM = "tdesktop"
VERSION = "8.0"
LIGHT = {
    "bg_color": "#ffffff",
    "text_color": "#000000",
    "hint_color": "#707579",
    "link_color": "#3390ec",
    "button_color": "#3390ec",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#f4f4f5",
}
DARK = {
    "bg_color": "#212121",
    "text_color": "#ffffff",
    "hint_color": "#aaaaaa",
    "link_color": "#8774e1",
    "button_color": "#8774e1",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#181818",
}
# Telegram's apps give the page this object; the real script posts every event through it.
CLIENT = """
window.telegramEvents = [];
window.TelegramWebviewProxy = {
  postEvent(type, data) { window.telegramEvents.push([type, data ? JSON.parse(data) : null]); }
};
"""


def contrast(one: str, other: str) -> float:
    """WCAG 2.1's contrast ratio of two CSS colours as the browser computes them, `rgb(r, g, b)`."""

    def luminance(color: str) -> float:
        channels = [int(v) / 255 for v in color[color.index("(") + 1 : -1].split(",")[:3]]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def npm_file(path: Path) -> bytes:
    """A file of tests/npm's packages, installed with `npm ci` on first use."""
    if not path.exists() and shutil.which("npm"):
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"],
            cwd=NPM_FOLDER,
            check=False,
            timeout=300,
        )
    if not path.exists():
        missing(f"{path.name} is not installed: npm ci --prefix {NPM_FOLDER}")
    return path.read_bytes()


def telegram_web_app_js() -> bytes:
    """Telegram's own script."""
    return npm_file(TELEGRAM_WEB_APP_JS)


async def axe_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.0 and 2.1 A and AA rules on the page as it is now: a line per rule
    that fails, naming the elements and why. Empty when all pass."""
    if not await page.evaluate("typeof window.axe === 'object'"):
        raise AssertionError("axe-core is not in the page: open it with open_in_telegram(axe=True)")
    found: list[str] = await page.evaluate(
        """async (tags) => {
          const result = await axe.run(document, { runOnly: { type: "tag", values: tags },
            resultTypes: ["violations"] });
          return result.violations.map((v) => v.id + " (" + v.impact + "): " + v.help + "\\n" +
            v.nodes.slice(0, 8).map((n) => "    " + n.target.join(" ") + " " +
              (n.failureSummary || "").split("\\n").slice(1).join(" ")).join("\\n") +
            (v.nodes.length > 8 ? "\\n    … and " + (v.nodes.length - 8) + " more" : ""));
        }""",
        WCAG_21_AA,
    )
    return found


def launch_fragment(init_data: str, theme: dict[str, str]) -> str:
    """The URL fragment Telegram Desktop and Web open a Mini App with."""
    params = {
        "tgWebAppData": init_data,
        "tgWebAppVersion": VERSION,
        "tgWebAppPlatform": PLATFORM,
        "tgWebAppThemeParams": json.dumps(theme),
        "tgWebAppBotInline": "1",
    }
    return "#" + "&".join(f"{key}={quote(value, safe='')}" for key, value in params.items())


async def open_in_telegram(
    browser: Browser,
    url: str,
    init_data: str,
    theme: dict[str, str] = LIGHT,
    *,
    width: int = 360,
    answers: list[Response] | None = None,
    axe: bool = False,
    color_scheme: Literal["light", "dark"] = "light",
) -> Page:
    """A new page on a phone-sized screen, navigating to `url` as Telegram opens it; the
    answers the page gets are added to `answers`; `color_scheme` is the system's (what the
    page's own colours follow when Telegram gives no theme). With `axe`, axe-core is in the page (an
    init script: the page's Content-Security-Policy would refuse it as a script tag)."""
    script = telegram_web_app_js()
    page = await browser.new_page(
        viewport={"width": width, "height": 740}, color_scheme=color_scheme
    )
    if answers is not None:
        page.on("response", lambda answer: answers.append(answer))

    async def serve_script(route: Route) -> None:
        await route.fulfill(status=200, content_type="text/javascript", body=script)

    await page.route(TELEGRAM_SCRIPT, serve_script)
    await page.add_init_script(CLIENT)
    if axe:
        await page.add_init_script(npm_file(AXE_JS).decode())
    await page.goto(url + launch_fragment(init_data, theme))
    return page


async def telegram_events(page: Page, kind: str | None = None) -> list[Any]:
    """What the page asked of Telegram: [type, data] pairs, or the data of one type."""
    events: list[list[Any]] = await page.evaluate("window.telegramEvents")
    if kind is None:
        return events
    return [data for name, data in events if name == kind]


async def launch_chromium(playwright: Any) -> Browser:
    if not HAVE_CHROMIUM:
        missing("Chromium is not installed: apt-get install -y chromium (or set CHROMIUM)")
    browser: Browser = await playwright.chromium.launch(
        executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"]
    )
    return browser


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """Debian's Chromium for one test."""
    async with async_playwright() as playwright:
        found = await launch_chromium(playwright)
        try:
            yield found
        finally:
            await found.close()
