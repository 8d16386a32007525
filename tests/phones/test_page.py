"""The phone page in a real browser: Debian's chromium, driven by Selenium through Debian's chromedriver,
at a phone's viewport (390x844). Also its palette against the game's (style.py), without a browser."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import game.phones.hub as hub_module
from game.debrief.text import LIMITS
from game.i18n import STRINGS, t
from game.phones.hub import MAX_ANSWERS_PER_ASK, Ask, Ballot, SendOutcome, VoteHub, VoteOutcome
from game.phones.page import SHARED_CSS, SHARED_JS
from game.phones.server import PAGE_DIR, PhoneServer, RateLimits
from game.ui import style
from tests.browser import chromium, waiting

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

PHONE = (390, 844)
CARD = Ballot(
    "scanauto",
    "De scanauto zoekt ook afval",
    "De camera ziet ook vuilniszakken. <script>alert(1)</script>",
    ("Zet de afvalherkenning meteen aan", "Eerst een privacytoets, dan beslist de raad", "Nee"),
)


def css_colours() -> dict[str, tuple[int, int, int]]:
    """The palette of the phone's and the table's pages (their shared style)."""
    css = SHARED_CSS.read_text(encoding="utf-8")
    found = re.findall(r"--([\w-]+):\s*#([0-9a-f]{6});", css)
    return {name: (int(hex_[0:2], 16), int(hex_[2:4], 16), int(hex_[4:6], 16)) for name, hex_ in found}


def test_the_page_uses_the_game_palette_at_7_to_1_or_more() -> None:
    colours = css_colours()
    assert colours == {
        "background": style.BACKGROUND,
        "text": style.TEXT,
        "text-muted": style.TEXT_MUTED,
        "panel": style.PANEL,
        "ink": style.INK,
        "accent": style.ACCENT,
        "button": style.BUTTON,
        "button-line": style.BUTTON_LINE,
    }
    pairs = [("text", "background"), ("text-muted", "background"), ("accent", "background"), ("ink", "panel"),
             ("text", "button"), ("accent", "button"), ("ink", "accent"),
             ("text-muted", "button")]  # fmt: skip  # the last: a send button with nothing more to send
    for ink, ground in pairs:
        assert style.contrast(colours[ink], colours[ground]) >= 7, (ink, ground)


def test_the_page_loads_nothing_from_outside() -> None:
    for path in (*PAGE_DIR.iterdir(), *SHARED_CSS.parent.iterdir()):  # the page's files and the shared ones
        text = path.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text and "//" + "cdn" not in text, path
    for path in (PAGE_DIR / "phone.js", SHARED_JS):  # every text is set as text, never as markup
        script = path.read_text(encoding="utf-8")
        assert "innerHTML" not in script and "insertAdjacentHTML" not in script, path


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[WebDriver]:
    with chromium(tmp_path / "profile", PHONE, pixel_ratio=2) as browser:
        yield browser


def test_a_phone_sees_the_card_taps_an_option_and_sees_its_vote(driver: WebDriver, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    hub = VoteHub("nl")
    server = PhoneServer(hub, "127.0.0.1", 0)
    server.start()
    wait = waiting(driver)
    try:
        hub.show(CARD, voting=False, lang="nl")  # the room discusses the card first
        driver.get(server.url)
        wait.until(lambda d: "de stemming is nog niet open" in d.find_element(By.ID, "status").text)
        assert driver.find_elements(By.CSS_SELECTOR, "#options button") == []
        hub.show(CARD, voting=True, lang="nl")  # pushed to the page: the options appear
        buttons = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#options button") or None)
        assert buttons is not None and len(buttons) == 3
        assert driver.execute_script("return window.innerWidth") == PHONE[0]
        # The card's text shows as text: the <script> in it is letters on the page, and never ran.
        assert driver.find_element(By.ID, "text").text == CARD.text
        assert driver.find_element(By.ID, "title").text == CARD.title
        for button in buttons:
            assert button.size["height"] >= 48 and button.size["width"] >= PHONE[0] - 48
        assert "Eerst een privacytoets" in buttons[1].text
        font = driver.execute_script("return getComputedStyle(document.body).fontFamily")
        assert "Atkinson Hyperlegible" in font
        assert driver.execute_script("return document.fonts.check('20px \"Atkinson Hyperlegible\"')")
        buttons = driver.find_elements(By.CSS_SELECTOR, "#options button")
        tapped = buttons[1].text
        buttons[1].click()
        wait.until(lambda d: "Jouw stem: 2." in d.find_element(By.ID, "status").text)
        assert hub.snapshot().counts == (0, 1, 0)
        pressed = driver.find_elements(By.CSS_SELECTOR, "#options button[aria-pressed='true']")
        assert [button.text for button in pressed] == [tapped]
        shot = Path(os.environ.get("PHONE_SCREENSHOT", tmp_path / "phone.png"))
        driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
        # The facilitator closes voting: the page is told without a reload (server-sent events).
        hub.show(CARD, voting=False, lang="nl")
        wait.until(lambda d: "gesloten" in d.find_element(By.ID, "status").text)
        assert driver.find_elements(By.CSS_SELECTOR, "#options button") == []
        hub.show(None, voting=False, lang="en")
        wait.until(lambda d: d.find_element(By.ID, "status").text == "Wait for the next card.")
    finally:
        server.stop()


def test_every_word_the_page_script_uses_is_served() -> None:
    from game.phones.server import PAGE_WORDS

    for path in (PAGE_DIR / "phone.js", SHARED_JS):
        used = set(re.findall(r'word\("(\w+)"[,)]', path.read_text(encoding="utf-8")))
        assert used and used <= set(PAGE_WORDS), (path, used - set(PAGE_WORDS))


class RefusingHub(VoteHub):
    """Voting shows as open, yet every vote comes too late (as when the facilitator has just closed it)."""

    def vote(self, device: str, card_id: str, option: int) -> VoteOutcome:
        return "closed"


def test_the_page_says_the_servers_refusals_in_plain_words_as_text(
    driver: WebDriver, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    monkeypatch.setattr(hub_module, "MAX_DEVICES", 1)  # a room for one phone
    fast = "<b>Te snel</b> achter elkaar."  # shown as letters: the page never reads a word as markup
    monkeypatch.setitem(STRINGS, "phone.fast", {"nl": fast, "en": fast})
    hub = RefusingHub("nl")
    server = PhoneServer(hub, "127.0.0.1", 0, limits=RateLimits(votes_per_second=0.001, vote_burst=1))
    server.start()
    wait = waiting(driver)

    def tap_and_read() -> str:
        driver.find_elements(By.CSS_SELECTOR, "#options button")[0].click()
        wait.until(lambda d: d.find_element(By.ID, "notice").text != shown)
        return str(driver.find_element(By.ID, "notice").text)

    try:
        hub.show(CARD, voting=True, lang="nl")
        driver.get(server.url)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#options button") or None)
        assert not driver.find_element(By.ID, "notice").is_displayed()
        shown = ""
        shown = tap_and_read()  # 409: the vote came too late
        assert shown == t("phone.late", "nl")
        shown = tap_and_read()  # 429: this phone votes too fast
        assert shown == fast and driver.find_elements(By.CSS_SELECTOR, "#notice b") == []
        driver.delete_all_cookies()  # the browser forgot the device
        shown = tap_and_read()  # 400: unknown device
        assert shown == t("phone.again", "nl")
        driver.get(server.url)  # opening it again: the room (of one) is full
        wait.until(lambda d: d.find_element(By.ID, "notice").text == t("phone.full", "nl"))
        assert driver.find_element(By.ID, "notice").is_displayed()
        driver.save_screenshot(os.environ.get("PHONE_REFUSAL_SCREENSHOT", str(tmp_path / "refused.png")))
    finally:
        server.stop()


SCRIPT = "<script>alert(1)</script>"
ASKS = {
    "word": Ask("word", "Welk woord komt als eerste op?", "reactions"),
    "answer": Ask("answer", "Staan onze algoritmen in het algoritmeregister?", "here-4a"),
    "support": Ask(
        "support",
        "Welke kleine stappen steun jij?",
        "wins-vote",
        choices=(
            (1, "Het register bijwerken voor de zomer"),
            (3, "De FG uitnodigen in het MT van juni"),
            (4, SCRIPT),  # an approved text is still letters on the page
        ),
    ),
    "statements": Ask(
        "statements",
        "Hoe eens ben je het hiermee?",
        "before",
        statements=(
            ("data", "Data is een bestuurlijk vraagstuk, geen IT-vraagstuk."),
            ("fg", "De functionaris gegevensbescherming hoort vroeg aan tafel."),
            ("klein", "Kleine stappen brengen meer dan wachten op een groot plan."),
        ),
    ),
}


def test_a_phone_answers_supports_and_scores_and_markup_stays_text(driver: WebDriver, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    shots = Path(os.environ.get("PHONE_ASK_SCREENSHOTS", tmp_path))
    hub = VoteHub("nl")
    # The page is tested here, not the rate limit (test_ask.py has it): four answers in a few seconds
    # must never depend on how fast the machine is.
    server = PhoneServer(hub, "127.0.0.1", 0, limits=RateLimits(answers_per_second=50.0, answer_burst=50.0))
    server.start()
    wait = waiting(driver)

    def notice() -> str:
        return str(driver.find_element(By.ID, "notice").text)

    def send(text: str) -> None:
        type_(text)
        driver.find_element(By.ID, "send").click()

    def type_(text: str) -> None:
        field = driver.find_element(By.ID, "answer")
        field.clear()
        field.send_keys(text)

    try:
        hub.ask(ASKS["word"])
        driver.get(server.url)
        wait.until(lambda d: d.find_element(By.ID, "ask").is_displayed())
        assert not driver.find_element(By.ID, "card").is_displayed()
        assert driver.find_element(By.ID, "prompt").text == ASKS["word"].prompt
        field = driver.find_element(By.ID, "answer")
        assert field.get_attribute("maxlength") == str(LIMITS["word"])
        send(SCRIPT)
        wait.until(lambda d: [li.text for li in d.find_elements(By.CSS_SELECTOR, "#yours li")] == [SCRIPT])
        assert notice() == t("phone.sent", "nl")
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.accept()  # the script never ran
        assert driver.find_elements(By.CSS_SELECTOR, "#yours script") == []
        [inbound] = hub.take_inbox()
        assert inbound.value == SCRIPT and inbound.kind == "word"  # verbatim, cleaned, for the facilitator
        send("\u200b")  # only an invisible mark: the server finds it empty
        wait.until(lambda d: notice() == t("phone.empty", "nl"))
        type_("x" * (LIMITS["word"] + 5))  # the field stops at its limit
        assert len(driver.find_element(By.ID, "answer").get_attribute("value") or "") == LIMITS["word"]
        assert driver.find_element(By.ID, "counter").text == f"{LIMITS['word']} van {LIMITS['word']} tekens"
        driver.find_element(By.ID, "send").click()
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#yours li")) == 2)
        send("derde")
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#yours li")) == MAX_ANSWERS_PER_ASK)
        assert not driver.find_element(By.ID, "send").is_enabled()  # all this question takes

        hub.ask(ASKS["answer"])  # a new question: the form is empty and open again
        wait.until(lambda d: d.find_element(By.ID, "prompt").text == ASKS["answer"].prompt)
        assert driver.find_element(By.ID, "send").is_enabled() and not notice()
        send("Nee, alleen de parkeerscan. Dat pakken we op.")
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#yours li")) == 1)
        driver.find_element(By.ID, "answer").send_keys("En de FG?")
        assert driver.find_element(By.ID, "counter").text == f"9 van {LIMITS['answer']} tekens"
        for element in (driver.find_element(By.ID, "answer"), driver.find_element(By.ID, "send")):
            assert element.size["height"] >= 48
        driver.save_screenshot(str(shots / "answer_390x844.png"))
        sent = [item.value for item in hub.take_inbox()]
        assert sent == ["x" * LIMITS["word"], "derde", "Nee, alleen de parkeerscan. Dat pakken we op."]

        hub.ask(ASKS["support"])
        buttons = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#choices button") or None)
        assert buttons is not None
        assert [button.text for button in buttons] == [text for _, text in ASKS["support"].choices]
        assert not driver.find_element(By.ID, "answer-form").is_displayed()
        buttons[1].click()
        buttons[2].click()
        pressed = "#choices button[aria-pressed='true']"
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, pressed)) == 2)
        assert t("phone.supported", "nl") in buttons[1].text
        assert [(item.kind, item.value) for item in hub.take_inbox()] == [("support", 3), ("support", 4)]
        driver.save_screenshot(str(shots / "support_390x844.png"))

        hub.ask(ASKS["statements"])
        scales = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#statements .scale") or None)
        assert scales is not None
        assert len(scales) == 3
        assert t("phone.disagree", "nl") in driver.find_element(By.ID, "statements").text
        scales[0].find_elements(By.TAG_NAME, "button")[3].click()
        scales[2].find_elements(By.TAG_NAME, "button")[4].click()
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".scale button[aria-pressed='true']")) == 2)
        for button in scales[1].find_elements(By.TAG_NAME, "button"):
            assert button.size["height"] >= 48 and button.size["width"] >= 48
        assert [item.value for item in hub.take_inbox()] == [("data", 4), ("klein", 5)]
        driver.save_screenshot(str(shots / "statements_390x844.png"))
        assert all((shots / f"{kind}_390x844.png").stat().st_size > 10_000 for kind in ("answer", "support"))

        hub.ask(None)
        wait.until(lambda d: not d.find_element(By.ID, "ask").is_displayed())
        assert driver.find_element(By.ID, "status").text == t("phone.wait", "nl")
    finally:
        server.stop()


class RefusingAsks(VoteHub):
    """The question shows as open, yet each answer is refused in turn: closed, enough, the queue full."""

    def __init__(self) -> None:
        super().__init__("nl")
        self.outcomes: list[SendOutcome] = ["closed", "enough", "busy"]

    def answer(self, device: str, key: str | None, text: str) -> SendOutcome:
        return self.outcomes.pop(0) if self.outcomes else super().answer(device, key, text)


def test_the_page_says_each_refusal_of_an_answer_in_plain_words(driver: WebDriver) -> None:
    from selenium.webdriver.common.by import By

    hub = RefusingAsks()
    server = PhoneServer(hub, "127.0.0.1", 0, limits=RateLimits(answers_per_second=0.001, answer_burst=4))
    server.start()
    wait = waiting(driver)
    said: list[str] = []

    def send(text: str) -> None:
        field = driver.find_element(By.ID, "answer")
        field.clear()
        field.send_keys(text)
        before = said[-1] if said else ""
        driver.find_element(By.ID, "send").click()
        wait.until(lambda d: d.find_element(By.ID, "notice").text not in ("", before))
        said.append(str(driver.find_element(By.ID, "notice").text))

    try:
        hub.ask(ASKS["answer"])
        driver.get(server.url)
        wait.until(lambda d: d.find_element(By.ID, "ask").is_displayed())
        for text in ("een", "twee", "drie", "vier", "vijf"):
            send(text)
        assert said == [
            t("phone.moved", "nl"),  # 409
            t("phone.enough", "nl"),  # 429, this question has all this phone's answers
            t("phone.busy", "nl"),  # 429, the window has not taken the queue
            t("phone.sent", "nl"),
            t("phone.fast", "nl"),  # 429, the phone's bucket is empty
        ]
        driver.execute_script("document.getElementById('answer').removeAttribute('maxlength')")
        driver.find_element(By.ID, "answer").send_keys("x" * (LIMITS["answer"] + 1))
        driver.find_element(By.ID, "send").click()
        wait.until(lambda d: d.find_element(By.ID, "notice").text == t("phone.long", "nl"))
        assert [item.value for item in hub.take_inbox()] == ["vier"]
    finally:
        server.stop()
