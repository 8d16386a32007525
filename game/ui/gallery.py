"""The README's screenshots: every screen of the game, deterministically, at several window sizes.

`render_gallery` plays the council session (scenarios/raadssessie.yaml) with a fixed seed in the real
window code under SDL's dummy driver, on a ManualClock, and shoots each screen once it has settled,
to OUT/<W>x<H>/NN_<screen>.png (the names in GALLERY, the same at every size). Three windows do it:

- one with a data folder holding two saved sessions (fixed dates): the title screen with Doorgaan, the
  list of saves, the title of a group session, the group's name and a group session's card hidden,
  with the question for the group, revealed with the timer, voted to a tie, the presenter view and the
  feedback with the split;
- one solo game without saves: intro, a card with its effect preview, the pause menu, the key help,
  the feedback, the undo question, the year end, the outcome and the end screen's three views;
- the same solo game's scenario copied to a temporary folder and broken, to show the load error over
  the card (the folder's name is left out of the messages, so the picture does not depend on it).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import struct
import tempfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from game.core.engine import Game
from game.core.playthrough import random_policy
from game.paths import PROJECT_DIR, SCENARIOS_DIR
from game.settings import PlaySettings
from game.ui.loading import Catalogue, ScenarioEntry
from game.ui.phones import PhoneLink
from game.ui.scenes.card import CardScene
from game.ui.screenshots import Driver, Save, headless_display, open_app

if TYPE_CHECKING:
    import pygame

    from game.ui.app import App
    from game.ui.session import Session

Keep = Callable[[dict[str, str]], Save]  # a save that writes the shots it is given new names for

GALLERY_DIR = PROJECT_DIR / "docs" / "screenshots"
SCENARIO = SCENARIOS_DIR / "raadssessie.yaml"
SEED = 2
SIZES: tuple[tuple[int, int], ...] = ((1280, 720), (1920, 1080), (3840, 2160))
GROUP_NAMES = {"nl": "Commissie Bestuur", "en": "Governance Committee"}
KEY_GAP_MS = 1000  # between two key presses: every key lands on a settled screen
PHONES_URL = "http://192.168.1.20:8765/Xq3vB7tLk2mN9pR4sW8yZa/"  # an example join address, for the picture
SAVED_AT = "2025-03-12T14:05:00"  # the saved sessions' dates, so the list of saves looks the same every time


@dataclass(frozen=True)
class Shot:
    """One screen of the gallery: its file name (without number) and what it shows (the README's alt text)."""

    name: str
    alt: str


GALLERY: tuple[Shot, ...] = (
    Shot("title", "Title screen: the emblem, the game's name, the scenario and the buttons, with Doorgaan"),
    Shot("saves", "Doorgaan: the saved sessions that can be continued"),
    Shot("title_group", "Title screen with the group session chosen"),
    Shot("group_name", "A group session asks for the group's name"),
    Shot("intro", "The scenario's introduction, to read aloud"),
    Shot("card", "A dilemma card in solo play, with the meters each option moves"),
    Shot("pause", "The pause menu over a card"),
    Shot("help", "The keys of the card screen (F1)"),
    Shot("load_error", "A scenario with a mistake, reloaded with F5: the problems with line and column"),
    Shot("feedback", "Feedback on a decision: what happened and how the meters moved"),
    Shot("undo", "Taking back the last decision (U)"),
    Shot("year", "The end of a year"),
    Shot("outcome", "The outcome: the profile at the end of the term"),
    Shot("end_choices", "The debrief: outcome, the meters over the game and the choices per theme"),
    Shot("end_triangle", "The debrief's public value triangle: where the decisions pulled"),
    Shot("end_whatif", "The debrief's what if: one decision changed, both courses in the chart"),
    Shot("group_card_hidden", "A group session: the card before the options are shown"),
    Shot("group_card_notes", "The question for the group (N) in place of the options"),
    Shot("group_card_revealed", "The options revealed, the discussion timer running"),
    Shot("group_card_tie", "The room's vote ended in a tie: the facilitator decides"),
    Shot("presenter", "The presenter view for the facilitator during the vote"),
    Shot("group_feedback", "Feedback in a group session, with the room's split"),
    Shot("group_card_phones", "Phones vote too: the QR code and address, phones connected and votes cast"),
    Shot("statements_before", "A statement before the first card: hands counted per score 1-5, phones too"),
    Shot("statements_shift", "After the debrief: each statement's mean and distribution, before and after"),
    Shot("debrief_reactions", "The guided debrief, first reactions: the room's words as a cloud"),
    Shot("debrief_happened", "What happened: the session's facts, and the what-if of its most divided vote"),
    Shot("debrief_why", "Why: the triangle of the options chosen and the aspects of leadership the game met"),
    Shot(
        "debrief_here",
        "And here?: the question for the group, the answers approved, a count of those waiting",
    ),
    Shot("debrief_queue", "Q shows the answers waiting for approval on the projector, with a warning"),
    Shot(
        "debrief_presenter", "The presenter view in the debrief: the answers waiting, the selected one marked"
    ),
    Shot("debrief_vote", "Small wins: the group backs proposals by phone and by hands"),
    Shot("debrief_actions", "The group's action list: the three proposals most backed"),
)
# What the room says in the debrief's pictures (by the gallery's language; English for the others).
DEBRIEF_WORDS = {
    "nl": ("spannend", "leerzaam", "spannend", "onrustig", "trots", "leerzaam", "spannend", "moe", "scherp"),
    "en": ("tense", "instructive", "tense", "uneasy", "proud", "instructive", "tense", "tired", "sharp"),
}
DEBRIEF_ANSWERS = {
    "nl": (
        "Bij ons beslist ICT dit alleen",
        "Wij vragen de FG pas aan het eind",
        "Geen idee wie hier over gaat",
    ),
    "en": (
        "Here IT decides this alone",
        "We ask the DPO only at the end",
        "No idea who is in charge of this",
    ),
}
DEBRIEF_LATE = {"nl": "Dat weet alleen de burgemeester", "en": "Only the mayor knows that"}
DEBRIEF_PROPOSALS = {
    "nl": (
        "Een datalunch per kwartaal",
        "De FG aan tafel bij elk nieuw project",
        "Een spreekuur voor raadsleden",
    ),
    "en": (
        "A data lunch every quarter",
        "The DPO at the table for every new project",
        "A surgery for councillors",
    ),
}
NAMES = tuple(shot.name for shot in GALLERY)


def file_name(name: str) -> str:
    """'03_title_group.png': the number is the screen's place in GALLERY."""
    return f"{NAMES.index(name) + 1:02d}_{name}.png"


def render_gallery(
    out_dir: Path = GALLERY_DIR, sizes: Sequence[tuple[int, int]] = SIZES, lang: str = "nl"
) -> list[Path]:
    """Every screen of GALLERY at every size, into out_dir/<W>x<H>/; returns the files written."""
    return per_size(out_dir, sizes, lambda folder, size: _render_size(folder, size, lang))


def per_size(
    out_dir: Path, sizes: Sequence[tuple[int, int]], render: Callable[[Path, tuple[int, int]], list[Path]]
) -> list[Path]:
    """`render(folder, size)` for every size, each into its own out_dir/<W>x<H>/; the files written."""
    written: list[Path] = []
    for size in sizes:
        folder = out_dir / f"{size[0]}x{size[1]}"
        folder.mkdir(parents=True, exist_ok=True)
        written.extend(render(folder, size))
    return written


def _render_size(folder: Path, size: tuple[int, int], lang: str) -> list[Path]:

    shots: dict[str, Path] = {}

    def keep(renames: dict[str, str]) -> Save:
        """A save that writes the shots named in `renames` (driver name -> gallery name), drops the rest."""

        def save(surface: pygame.Surface, what: str) -> None:
            name = renames.get(what)
            if name is not None:
                path = folder / file_name(name)
                write_png(surface, path)
                shots[name] = path

        return save

    with headless_display(), tempfile.TemporaryDirectory(prefix="gallery-") as temp:
        _group_session(Path(temp) / "data", size, lang, keep)
        _solo_game(Path(temp) / "scenario", size, lang, keep)
    missing = [name for name in NAMES if name not in shots]
    if missing:
        raise RuntimeError(f"the gallery at {size[0]}x{size[1]} did not reach: {', '.join(missing)}")
    return [shots[name] for name in NAMES]


def write_png(surface: pygame.Surface, path: Path) -> None:
    """An RGB PNG compressed as far as zlib goes (a quarter smaller than pygame's for these screens,
    which the repository keeps), with nothing in it but the pixels: the same screen, the same bytes."""
    import pygame

    width, height = surface.get_size()
    pixels = pygame.image.tobytes(surface, "RGB")
    stride = width * 3
    rows = b"".join(b"\x00" + pixels[y * stride : (y + 1) * stride] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits, RGB, no interlace
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)


def _write_saves(data_dir: Path, lang: str) -> None:
    """Two unfinished sessions, a group's and a solo one, saved at a fixed time."""
    from game.core.save import capture, save_path, write_save
    from game.scenario import load_scenario

    scenario = load_scenario(SCENARIO)
    folder = data_dir / "saves"
    for number, (group, decisions) in enumerate(((GROUP_NAMES.get(lang, GROUP_NAMES["en"]), 5), ("", 2))):
        game = Game(scenario, SEED + number)
        policy = random_policy(SEED + number)
        for _ in range(decisions):
            game.choose(policy(game))
        session_id = f"20250312-1405{number:02d}-000000-{scenario.id}"
        data = capture(
            game,
            session_id=session_id,
            lang=lang,
            group_name=group,
            mode="group" if group else "solo",
            scenario_path=SCENARIO,
        )
        data = dataclasses.replace(data, started_at=SAVED_AT, saved_at=f"{SAVED_AT[:-2]}{number:02d}")
        write_save(save_path(folder, session_id), data)


def _group_session(data_dir: Path, size: tuple[int, int], lang: str, keep: Keep) -> None:
    import pygame

    _write_saves(data_dir, lang)
    save = keep(
        {
            "title": "title",
            "saves": "saves",
            "title_group": "title_group",
            "group_name": "group_name",
            "card_hidden": "group_card_hidden",
            "card_revealed": "group_card_revealed",
            "card_voting_tie": "group_card_tie",
            "presenter_card_tie": "presenter",
            "group_feedback": "group_feedback",
            "group_card_notes": "group_card_notes",
            "group_card_phones": "group_card_phones",
            "statements_before": "statements_before",
            "statements_shift": "statements_shift",
        }
    )
    catalogue = Catalogue([ScenarioEntry(SCENARIO)])
    app, clock = open_app(catalogue, lang, SEED, size, PlaySettings(), data_dir=data_dir)
    drive = Driver(app, clock, save, key_gap_ms=KEY_GAP_MS)
    try:
        drive.shoot("title")
        for _ in range(10):  # Tab through the buttons to Doorgaan, wherever the title puts it
            if app.scene.buttons.focused_action() == "continue":
                break
            drive.press(pygame.K_TAB)
        drive.press(pygame.K_RETURN)
        _expect(app.scene.name, "saves")
        drive.shoot("saves")
        drive.press(pygame.K_BACKSPACE)
        _expect(app.scene.name, "title")
        app.settings.group = True  # as `play --group` starts
        app.scene.invalidate()
        drive.shoot("title_group")
        drive.press(pygame.K_RETURN)
        _expect(app.scene.name, "group_name")
        drive.type_text(GROUP_NAMES.get(lang, GROUP_NAMES["en"]))
        drive.shoot("group_name")
        drive.press(pygame.K_RETURN)  # the intro
        drive.press(pygame.K_RETURN)
        _expect(app.scene.name, "statements")
        for key in (pygame.K_2, pygame.K_2, pygame.K_3, pygame.K_3, pygame.K_3, pygame.K_4, pygame.K_DOWN):
            drive.press(key)  # hands on the first statement, then the second
        for key in (pygame.K_4, pygame.K_4, pygame.K_4, pygame.K_5, pygame.K_3, pygame.K_2):
            drive.press(key)
        drive.shoot("statements_before")
        while app.scene.name == "statements":
            drive.press(pygame.K_RETURN)
        _expect(app.scene.name, "card")
        session = app.session
        assert session is not None
        policy = random_policy(SEED)
        drive.play_group_card(session.game, policy(session.game))
        _expect(app.scene.name, "feedback")
        drive.shoot("group_feedback")
        drive.press(pygame.K_RETURN)
        _expect(app.scene.name, "card")
        drive.press(pygame.K_n)
        drive.shoot("group_card_notes")
        # Phones join: an example address (nothing listens), fourteen phones of which nine have voted.
        app.phones = PhoneLink.example(PHONES_URL, lang)
        for key in (pygame.K_n, pygame.K_r, pygame.K_v, pygame.K_1, pygame.K_2):
            drive.press(key)
        card = app.scene.card if isinstance(app.scene, CardScene) else None
        assert card is not None
        for number in range(14):
            app.phones.hub.join(f"phone{number}")
            if number < 9:
                app.phones.hub.vote(f"phone{number}", card.id, number % 3)
        app.pump()
        drive.shoot("group_card_phones")
        _statements_after(app, drive, session)
    finally:
        app.close()


def _statements_after(app: App, drive: Driver, session: Session) -> None:
    """The statements after the debrief, shown on their own (the debrief hands over to them): hands and
    the fourteen phones, then the shift."""
    import pygame

    from game.ui.scenes.statements import StatementsScene

    app.show(StatementsScene(app, session, "after", app.to_title))
    phones = app.phones
    assert phones is not None
    statements = [statement.id for statement in session.statements.statements] if session.statements else []
    for number in range(14):  # the room's minds moved up a point or so
        for place, statement in enumerate(statements):
            phones.hub.score(f"phone{number}", None, statement, min(5, 2 + (number + place) % 4))
    for key in (pygame.K_DOWN, pygame.K_5, pygame.K_4, pygame.K_4, pygame.K_3):
        drive.press(key)
    while app.scene.name == "statements" and not getattr(app.scene, "showing_shift", False):
        drive.press(pygame.K_RETURN)
    drive.shoot("statements_shift")


def _solo_game(scenario_dir: Path, size: tuple[int, int], lang: str, keep: Keep) -> None:
    import pygame

    from game.ui.notices import ReloadErrors

    scenario_dir.mkdir(parents=True)
    path = scenario_dir / SCENARIO.name
    shutil.copyfile(SCENARIO, path)
    original = path.read_text(encoding="utf-8")
    save = keep({**{name: name for name in NAMES}, "presenter_debrief": "debrief_presenter"})
    app, clock = open_app(Catalogue([ScenarioEntry(path)]), lang, SEED, size, PlaySettings())
    drive = Driver(app, clock, save, key_gap_ms=KEY_GAP_MS)
    policy = random_policy(SEED)
    try:
        drive.press(pygame.K_RETURN)
        _expect(app.scene.name, "intro")
        drive.shoot("intro")
        drive.press(pygame.K_RETURN)
        _expect(app.scene.name, "card")
        drive.shoot("card")
        drive.press(pygame.K_ESCAPE)
        drive.shoot("pause")
        drive.press(pygame.K_ESCAPE)
        drive.press(pygame.K_F1)
        drive.shoot("help")
        drive.press(pygame.K_F1)
        # A mistake in the file, reloaded: the errors over the card (without the temporary folder's name).
        path.write_text(original.replace("turns_per_year:", "turns_per_jaar:", 1), encoding="utf-8")
        drive.press(pygame.K_F5)
        errors = app.reload_errors
        if errors is None:
            raise RuntimeError("the broken scenario was reloaded without errors")
        prefix = f"{scenario_dir}{os.sep}"
        app.reload_errors = ReloadErrors(
            errors.file, tuple(line.replace(prefix, "") for line in errors.errors)
        )
        drive.shoot("load_error")
        path.write_text(original, encoding="utf-8")
        drive.press(pygame.K_F5)
        _expect(app.scene.name, "card")
        session = app.session
        assert session is not None
        drive.press(pygame.K_1 + policy(session.game))
        _expect(app.scene.name, "feedback")
        drive.shoot("feedback")
        drive.press(pygame.K_u)
        drive.shoot("undo")
        drive.press(pygame.K_ESCAPE)
        for _ in range(10 * (session.scenario.total_turns + 5)):
            name = app.scene.name
            if name in ("year", "outcome"):
                drive.shoot(name)
            if name == "end":
                break
            if name == "card":
                drive.press(pygame.K_1 + policy(session.game))
            else:
                drive.press(pygame.K_RETURN)
        _expect(app.scene.name, "end")
        drive.shoot("end_choices")
        drive.press(pygame.K_d)
        drive.shoot("end_triangle")
        for key in (pygame.K_w, pygame.K_RETURN, pygame.K_RETURN):  # a decision, its other option
            drive.press(key)
        drive.shoot("end_whatif")
        drive.press(pygame.K_w)
        _debrief(app, drive, lang)
    finally:
        app.close()


def _debrief(app: App, drive: Driver, lang: str) -> None:
    """The guided debrief of the solo game led as a group would (mode "group", nine phones): words,
    the facts, why, answers approved and one waiting (with the queue shown), proposals voted on."""
    import pygame

    session = app.session
    assert session is not None
    session.mode = "group"
    app.phones = PhoneLink.example(PHONES_URL, lang)
    hub = app.phones.hub
    drive.press(pygame.K_b)
    _expect(app.scene.name, "debrief")

    def ask_key() -> str:
        app.pump()
        ask = hub.current_ask
        assert ask is not None
        return ask.key

    key = ask_key()
    for number, word in enumerate(DEBRIEF_WORDS.get(lang, DEBRIEF_WORDS["en"])):
        hub.answer(f"phone{number}", key, word)
    app.pump()
    for _ in DEBRIEF_WORDS["en"]:
        drive.press(pygame.K_a)
    drive.shoot("debrief_reactions")
    drive.press(pygame.K_RETURN)
    drive.shoot("debrief_happened")
    drive.press(pygame.K_RETURN)
    drive.shoot("debrief_why")
    drive.press(pygame.K_RETURN)
    key = ask_key()
    for number, answer in enumerate(DEBRIEF_ANSWERS.get(lang, DEBRIEF_ANSWERS["en"])):
        hub.answer(f"phone{number}", key, answer)
    app.pump()
    drive.press(pygame.K_a)
    drive.press(pygame.K_a)
    hub.answer("phone5", key, DEBRIEF_LATE.get(lang, DEBRIEF_LATE["en"]))
    app.pump()
    drive.shoot("debrief_here")
    drive.press(pygame.K_DOWN)
    drive.shoot_presenter("debrief")
    drive.press(pygame.K_q)
    drive.shoot("debrief_queue")
    drive.press(pygame.K_q)
    drive.press(pygame.K_x)  # the facilitator approves one of the two waiting, rejects the other
    drive.press(pygame.K_a)
    drive.press(pygame.K_RIGHT)
    key = ask_key()
    for number, proposal in enumerate(DEBRIEF_PROPOSALS.get(lang, DEBRIEF_PROPOSALS["en"])):
        hub.answer(f"phone{number}", key, proposal)
    app.pump()
    for _ in range(3):
        drive.press(pygame.K_a)
    drive.press(pygame.K_RETURN)
    key = ask_key()
    ask = hub.current_ask
    assert ask is not None
    for number in range(9):
        for backed, _ in ask.choices[number % 2 :][:2]:
            hub.support(f"phone{number}", key, backed)
    app.pump()
    for hands in (pygame.K_2, pygame.K_2, pygame.K_3):
        drive.press(hands)
    drive.shoot("debrief_vote")
    drive.press(pygame.K_RETURN)
    drive.shoot("debrief_actions")


def _expect(name: str, wanted: str) -> None:
    if name != wanted:
        raise RuntimeError(f"the gallery expected the {wanted} screen, not {name}")
