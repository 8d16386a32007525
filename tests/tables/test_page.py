"""The table page in a real browser (Debian's chromium through Selenium, as tests/phones/test_page.py) at a
phone's 390x844 and a tablet's 1024x768: the choice of table, a one-device table's tap and confirmation,
the feedback, the year end, a vote at a table of two; a <script> in a card is text."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import pytest

from game.core.model import Scenario, Text
from game.i18n import STRINGS
from game.paths import SCENARIOS_DIR
from game.phones.page import SHARED_CSS, SHARED_JS
from game.scenario.loader import load_scenario
from game.tables.server import PAGE_DIR, PAGE_WORDS, Room, TablesServer, render_page
from game.tables.session import TablesSession
from tests.browser import chromium, waiting
from tests.tables.rooms import example

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

SCRIPT = "<script>alert(1)</script>"
SIZES = {"phone": (390, 844), "tablet": (1024, 768)}


def scripted() -> Scenario:
    """The sample scenario with a <script> element in every card's text, in both languages, and every
    card's title a question (as Lindenhout's first card's)."""
    scenario = load_scenario(SCENARIOS_DIR / "voorbeeld.yaml")
    cards = tuple(
        dataclasses.replace(
            card,
            title=Text(
                MappingProxyType({lang: f"{title}?" for lang, title in card.title.translations.items()})
            ),
            text=Text(
                MappingProxyType({lang: f"{text} {SCRIPT}" for lang, text in card.text.translations.items()})
            ),
        )
        for card in scenario.cards
    )
    return dataclasses.replace(scenario, cards=cards)


def test_the_page_uses_the_game_palette_and_has_every_word_in_both_languages() -> None:
    # The palette is the phone page's, in their shared style (tests/phones/test_page.py checks it).
    page = render_page(Room(TablesSession(example(), 1, 2), "nl"), 1, None)
    assert page.index('href="../../shared.css"') < page.index('href="../../table.css"')
    assert page.index('src="../../shared.js"') < page.index('src="../../table.js"')  # run in this order
    assert not re.search(r"--[\w-]+:\s*#", (PAGE_DIR / "table.css").read_text(encoding="utf-8"))
    for word in PAGE_WORDS:
        assert set(STRINGS[f"table.{word}"]) == {"nl", "en"}, word
    for path in (PAGE_DIR / "table.js", SHARED_JS):
        script = path.read_text(encoding="utf-8")
        used = set(re.findall(r'word\("(\w+)"', script)) | set(re.findall(r'notice\("(\w+)"', script))
        assert used and used <= set(PAGE_WORDS), (path, used - set(PAGE_WORDS))


def test_the_page_loads_nothing_from_outside() -> None:
    for path in (*PAGE_DIR.iterdir(), *SHARED_CSS.parent.iterdir()):  # the page's files and the shared ones
        text = path.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, path
    for path in (PAGE_DIR / "table.js", SHARED_JS):  # every text is set as text, never as markup
        script = path.read_text(encoding="utf-8")
        assert "innerHTML" not in script and "insertAdjacentHTML" not in script, path


@pytest.fixture(params=list(SIZES))
def driver(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[WebDriver, str]]:
    with chromium(tmp_path / "profile", SIZES[request.param]) as browser:
        yield browser, request.param


def test_join_confirm_feedback_year_end_and_a_vote(driver: tuple[WebDriver, str], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser, size = driver
    width, height = SIZES[size]
    shots = Path(os.environ.get("TABLE_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    room = Room(TablesSession(scripted(), 7, 2), "nl")
    session = room.session
    server = TablesServer(room, "127.0.0.1", 0)
    server.start()
    wait = waiting(browser)

    def shown(element_id: str) -> bool:
        return bool(browser.find_element(By.ID, element_id).is_displayed())

    def other_table_decides() -> None:  # table 2 (one device, not this browser) confirms its first option
        with room.act() as acting:
            card = acting.table(2).card
            if card is not None:
                acting.join("table-two-device", 2)
                assert acting.confirm("table-two-device", 2, card, 0) == "counted"

    try:
        browser.get(server.url)  # one code for the room: the choice of table
        assert browser.find_element(By.CSS_SELECTOR, ".choose h1").text == "Aan welke tafel zit je?"
        browser.find_element(By.LINK_TEXT, "Tafel 1").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#options button"))
        assert browser.execute_script("return window.innerWidth") == width
        card = session.scenario.card(session.table(1).card or "")
        assert browser.find_element(By.ID, "text").text == card.text.get("nl")  # the <script> as letters
        assert SCRIPT in browser.find_element(By.ID, "text").text
        assert browser.find_element(By.ID, "title").text == card.title.get("nl")
        assert browser.find_element(By.ID, "name").text == "Tafel 1"
        assert browser.execute_script("return document.fonts.check('20px \"Atkinson Hyperlegible\"')")
        assert len(session.scenario.meters) == len(browser.find_elements(By.CSS_SELECTOR, "#meters li"))
        for button in browser.find_elements(By.CSS_SELECTOR, "#options button"):
            assert button.size["height"] >= 48
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width  # no sideways
        browser.save_screenshot(str(shots / f"card_{width}x{height}.png"))
        year_end_seen = False
        for turn in range(session.scenario.turns_per_year):
            buttons = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#options button"))
            buttons[0].click()  # one device: the tap asks for a confirmation, deciding nothing yet
            wait.until(lambda d: shown("confirm"))
            assert session.table(1).decisions == turn
            assert browser.find_element(By.ID, "confirm-text").text == "Weet je het zeker? Jullie kiezen 1."
            if turn == 0:
                browser.save_screenshot(str(shots / f"confirm_{width}x{height}.png"))
                browser.find_element(By.ID, "confirm-no").click()  # back: choose again
                wait.until(lambda d: not shown("confirm"))
                browser.find_elements(By.CSS_SELECTOR, "#options button")[0].click()
                wait.until(lambda d: shown("confirm"))
            browser.find_element(By.ID, "confirm-yes").click()
            wait.until(lambda d: shown("feedback") and not shown("card"))
            assert session.table(1).decisions == turn + 1
            assert "Wacht tot de andere tafels klaar zijn" in browser.find_element(By.ID, "status").text
            last = session.table(1).last
            assert last is not None
            decided = session.scenario.card(last[0]).title.get("nl")
            assert browser.find_element(By.ID, "feedback-choice").text.startswith(
                f"{decided} Jullie kozen 1."
            )
            if turn == 0:
                browser.save_screenshot(str(shots / f"feedback_{width}x{height}.png"))
            other_table_decides()  # the round ends: the page shows the next card by itself
            if session.game(1).finished:
                break
            wait.until(lambda d: shown("card"))  # the feedback on the last card stays beside it
            if shown("year-end"):
                year_end_seen = True
                assert browser.find_element(By.ID, "year-end-head").text == "Einde van jaar 1"
                browser.save_screenshot(str(shots / f"year_end_{width}x{height}.png"))
        assert year_end_seen or session.game(1).finished
        if not session.game(1).finished:  # a second device joins: a tap is now a vote, no confirmation
            with room.act() as acting:
                assert acting.join("second-device", 1) == "joined"
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#options button"))
            browser.find_elements(By.CSS_SELECTOR, "#options button")[1].click()
            wait.until(lambda d: "Jouw stem: 2." in d.find_element(By.ID, "status").text)
            assert "1 van 2 stemmen binnen" in browser.find_element(By.ID, "status").text
            assert not shown("confirm")
            assert session.vote_of("second-device") is None and session.table(1).votes[1] == 1
            with room.act() as acting:  # the other device votes 1: a tie, its options said as words
                acting.vote("second-device", 1, acting.table(1).card or "", 0)
            wait.until(lambda d: "Gelijke stand" in d.find_element(By.ID, "status").text)
            assert browser.find_element(By.ID, "status").text.startswith("Gelijke stand tussen 1 en 2.")
            browser.save_screenshot(str(shots / f"vote_{width}x{height}.png"))
        # The laptop goes away: the page says so where it is read, at the card and scrolled to the meters.
        server.stop()
        waiting(browser, 60).until(lambda d: shown("offline"))
        lost = "Geen verbinding met het spel. De pagina probeert het opnieuw."
        assert browser.find_element(By.ID, "offline").text == lost
        for scrolled in ("0", "document.documentElement.scrollHeight"):
            top, bottom = browser.execute_script(
                f"window.scrollTo(0, {scrolled});"
                "const box = document.getElementById('offline').getBoundingClientRect();"
                "return [box.top, box.bottom];"
            )
            assert top >= 0 and bottom <= height, scrolled
        browser.save_screenshot(str(shots / f"offline_{width}x{height}.png"))
    finally:
        server.stop()


def test_a_table_that_played_its_term_reads_that_the_game_is_over(driver: tuple[WebDriver, str]) -> None:
    """A table that completes the term gets its style, not an ending: the page says the game is over."""
    from selenium.webdriver.common.by import By

    browser, _size = driver
    room = Room(TablesSession(scripted(), 7, 2), "nl")
    with room.act() as session:
        for table in session.table_ids:
            assert session.join(f"device-{table}", table) == "joined"
        while not session.finished:
            for table in session.table_ids:
                card = session.table(table).card
                if card is not None:
                    assert session.confirm(f"device-{table}", table, card, 0) == "counted"
        assert session.game(1).ending is None and session.game(1).profile is not None
    server = TablesServer(room, "127.0.0.1", 0)
    server.start()
    try:
        browser.get(server.table_url(1))
        waiting(browser).until(lambda d: d.find_element(By.ID, "outcome").is_displayed())
        assert browser.find_element(By.ID, "outcome-head").text == "Jullie stijl"
        assert browser.find_element(By.ID, "when").text == "Het spel is voorbij"
    finally:
        server.stop()


def test_the_games_end_starts_at_the_top_of_the_page(driver: tuple[WebDriver, str]) -> None:
    """A phone scrolled down to its table's meters when the last card is decided sees the game's end from
    the top (the outcome is above the fold otherwise, and the page long enough to stay scrolled)."""
    from selenium.webdriver.common.by import By

    browser, size = driver
    rehearsal = TablesSession(scripted(), 7, 2)  # how many cards table 1 plays choosing the first option
    for table in rehearsal.table_ids:
        rehearsal.join(f"helper-{table}", table)
    while not rehearsal.game(1).finished:
        for table in rehearsal.table_ids:
            card = rehearsal.table(table).card
            if card is not None:
                rehearsal.confirm(f"helper-{table}", table, card, 0)
    cards = len(rehearsal.game(1).state.choices)
    room = Room(TablesSession(scripted(), 7, 2), "nl")
    with room.act() as session:
        for table in session.table_ids:
            session.join(f"helper-{table}", table)
        while session.table(1).decisions < cards - 1:  # all but the last card, alone at each table
            for table in session.table_ids:
                card = session.table(table).card
                if card is not None:
                    assert session.confirm(f"helper-{table}", table, card, 0) == "counted"
    server = TablesServer(room, "127.0.0.1", 0)
    server.start()
    try:
        browser.get(server.table_url(1))  # a second device at table 1: its vote and the helper's decide
        waiting(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#options button"))
        with room.act() as session:
            card = session.table(1).card or ""
            assert session.vote("helper-1", 1, card, 0) == "counted"
        browser.execute_script("window.scrollTo(0, document.documentElement.scrollHeight)")
        browser.execute_script(
            "fetch('vote', {method: 'POST', headers: {'Content-Type': 'application/json'},"
            f" body: JSON.stringify({{card: '{card}', option: 1}})}})"
        )
        waiting(browser).until(lambda d: d.find_element(By.ID, "outcome").is_displayed())
        assert room.session.game(1).finished
        if size == "phone":  # the end's page is longer than a phone's screen: it could stay scrolled
            assert browser.execute_script("return document.documentElement.scrollHeight") > 844
        waiting(browser, 5).until(lambda d: d.execute_script("return window.scrollY") == 0)
    finally:
        server.stop()
