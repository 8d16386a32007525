"""Legible at the back of a council chamber (issue 5, point 8).

Every screen (and every menu over it, and the key help) at 1280x720, 1920x1080 and 3840x2160, at 100%
and at the largest text scale (with the reading font too at the first two): no text leaves its box or
panel or overlaps another, body text is at least 1/27 of the window height and titles are larger; every
text colour reaches 7:1 on what it is drawn on; the meters read without colour; Ctrl+plus / Ctrl+minus
and F1 / ? work.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame
import pytest

from game.formatting import format_value
from game.i18n import STRINGS
from game.paths import SCENARIOS_DIR
from game.settings import TEXT_SCALES
from game.ui import style
from game.ui.app import App
from game.ui.draw import Painter, TextBlock
from game.ui.icons import IconKind
from game.ui.loading import ScenarioEntry
from game.ui.meters import band_height
from game.ui.scene import Scene
from game.ui.scenes.end import EndScene
from game.ui.scenes.help import SCREEN_KEYS, HelpScene, help_screen, key_rows
from game.ui.scenes.outcome import OutcomeScene
from game.ui.scenes.title import TitleScene, fit_sentences
from game.ui.style import Colour, Metrics, contrast
from tests.ui.conftest import AppFactory, Drawn, press, settle

SESSION = SCENARIOS_DIR / "lindenhout.yaml"  # the default: four years, every card has notes
WINDOWS = [(1280, 720), (1920, 1080), (3840, 2160)]
LARGEST = TEXT_SCALES[-1]
PANELS = ("panel", "notes_panel", "choices", "chart")  # boxes drawn as panels: text is inside or outside
BODY_TEXTS = {"card": "body", "feedback": "body", "intro": "body", "outcome": "body", "end": "body"}
TITLES = {"card": ("title", "body"), "feedback": ("label", "body"), "intro": ("title", "body")}


def key(app: App, code: int, mod: int = 0, unicode: str = "") -> None:
    """A key press with modifiers (the conftest's `press` sends none), after a second of quiet."""
    clock = app.clock
    clock.advance(1000)  # type: ignore[attr-defined]
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=unicode, scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=mod, unicode="", scancode=0))
    app.pump()


def layer(app: App, scene: Scene) -> list[tuple[pygame.Rect, pygame.Rect]]:
    """The text boxes one layer draws (the screen, or the menu over it) on its own."""
    painter = Painter(app.screen, app.fonts, text_scale=app.settings.text_scale)
    scene.draw(painter)
    return painter.records


def check_layer(app: App, scene: Scene, where: str) -> None:
    window = app.screen.get_rect()
    records = layer(app, scene)
    assert records, f"{where}: nothing drawn"
    panels = [scene.boxes[name] for name in PANELS if name in scene.boxes]
    for rect, box in records:
        assert window.contains(rect), f"{where}: text {rect} leaves the window {window}"
        assert box.inflate(2, 2).contains(rect), f"{where}: text {rect} leaves its box {box}"
        for panel in panels:
            if panel.colliderect(rect):
                assert panel.contains(rect), f"{where}: text {rect} leaves its panel {panel}"
    rects = sorted((rect for rect, _ in records), key=lambda rect: (rect.top, rect.left))
    for index, rect in enumerate(rects):
        for other in rects[index + 1 :]:
            if other.top >= rect.bottom:
                break
            assert not rect.colliderect(other), f"{where}: text {rect} overlaps text {other}"
    for name, box in scene.boxes.items():
        assert window.contains(box), f"{where}: box {name} {box} leaves the window"


def check_sizes(app: App, where: str) -> None:
    """Body text at least 1/27 of the window height; the screen's title larger than its body."""
    scene = app.scene
    texts = getattr(scene, "texts", {})
    floor = math.ceil(app.size[1] / 27 - 1e-9)
    name = "notes" if "notes" in texts else BODY_TEXTS.get(scene.name)
    if name is not None:
        assert texts[name].size >= floor, f"{where}: {name} text {texts[name].size}px < {floor}px"
        assert not texts[name].cut, f"{where}: the {name} text is cut"
    if scene.name in TITLES:
        title, body = TITLES[scene.name]
        assert texts[title].size > texts[body].size, f"{where}: {title} not larger than {body}"
    if isinstance(scene, EndScene):  # the lessons beside the chart are read as body text too
        sizes = {line.size for line in scene.lines}
        assert sizes and min(sizes) >= floor, f"{where}: the choices at {sorted(sizes)}px < {floor}px"


def screen_checker() -> Callable[[App, str], None]:
    """Checks every screen and the menu over it; the key help over each kind of screen once."""
    helped: set[str] = set()

    def check(app: App, where: str) -> None:
        settle(app)  # the rules hold for the settled screen (a motion lasts at most 300 ms)
        app.draw()
        check_layer(app, app.scene, where)
        check_sizes(app, where)
        overlay = app.pause
        if overlay is not None:
            check_layer(app, overlay, f"{where} + {overlay.name}")
        kind = f"{app.scene.name} {overlay.name if overlay is not None else ''}"
        if kind in helped:
            return
        helped.add(kind)
        press(app, pygame.K_F1)
        assert isinstance(app.pause, HelpScene)
        check_layer(app, app.pause, f"{where} + help")
        press(app, pygame.K_F1)
        assert app.pause is overlay

    return check


def walk(app: App, check: Callable[[App, str], None]) -> set[str]:
    """Title to end with the keyboard, checking every screen; on the first card also the question for
    the group (N) and the pause menu (Esc), with the help over the pause menu."""
    seen: set[str] = set()
    for _ in range(80):
        where = f"{app.scene.name} {app.size[0]}x{app.size[1]} at {app.settings.text_scale:.0%}"
        check(app, where)
        seen.add(app.scene.name)
        if app.scene.name == "end":
            return seen
        if app.scene.name == "card":
            if "notes" not in seen:
                press(app, pygame.K_n)
                check(app, f"{where} with the question")
                seen.add("notes")
                press(app, pygame.K_n)
                press(app, pygame.K_ESCAPE)
                assert app.pause is not None and app.pause.name == "pause"
                check(app, f"{where} + pause")
                seen.add("pause")
                press(app, pygame.K_ESCAPE)
            press(app, pygame.K_1)
        else:
            press(app, pygame.K_RETURN)
    raise AssertionError(f"never reached the end screen: {seen}")


@pytest.mark.parametrize("scale", [TEXT_SCALES[0], LARGEST])
@pytest.mark.parametrize("size", WINDOWS)
def test_every_screen_fits_and_is_large_enough(
    make_app: AppFactory, size: tuple[int, int], scale: float
) -> None:
    app = make_app(entries=[ScenarioEntry(SESSION)], size=size, seed=3)
    app.settings.text_scale = scale
    app.scene.invalidate()
    seen = walk(app, screen_checker())
    assert seen == {"title", "intro", "card", "notes", "pause", "feedback", "year", "outcome", "end"}


@pytest.mark.parametrize("scale", [TEXT_SCALES[0], LARGEST])
@pytest.mark.parametrize("size", WINDOWS[:2])
def test_every_screen_fits_with_the_reading_font(
    make_app: AppFactory, size: tuple[int, int], scale: float
) -> None:
    """The reading font (OpenDyslexic, wider lines) switched on in the pause menu: the same rules hold."""
    app = make_app(entries=[ScenarioEntry(SESSION)], size=size, seed=3)
    app.settings.text_scale = scale
    app.toggle_reading_font()
    assert app.fonts.reading and app.fonts.font(30).get_linesize() > 0
    seen = walk(app, screen_checker())
    assert seen == {"title", "intro", "card", "notes", "pause", "feedback", "year", "outcome", "end"}


def test_the_body_rule_holds_at_every_16_9_window_size() -> None:
    """27 design pixels rounded up is at least 1/27 of the height at any 16:9 size, at any text scale."""
    for height in range(360, 2161, 9):
        for scale in TEXT_SCALES:
            m = Metrics(height * 16 // 9, height, scale)
            assert m.steps(31, style.BODY_MIN)[-1] >= m.body_floor, (height, scale)


def test_text_scale_enlarges_fonts_not_geometry() -> None:
    small, large = Metrics(1920, 1080), Metrics(1920, 1080, LARGEST)
    assert large.px(100) == small.px(100) and large.margin == small.margin
    assert large.body > small.body and large.small > small.small and large.heading > small.heading
    assert large.steps(30, 20)[0] > small.steps(30, 20)[0]
    assert large.steps(30, 20)[-1] == small.steps(30, 20)[-1]  # the smallest size stays: texts still fit
    assert Metrics(1280, 720).steps(30, 20) == [30, 28, 26, 24, 22, 20]


def test_shipped_intros_and_outcomes_meet_the_body_rule(make_app: AppFactory) -> None:
    """The intro and every ending and profile of the shipped scenarios, in every language and window size:
    whole, at body size or larger. The card texts are checked by the overflow lint (test_measure)."""
    found: set[tuple[str, str, str]] = set()
    for path in sorted(SCENARIOS_DIR.glob("*.yaml")):
        for size in WINDOWS:
            app = make_app(entries=[ScenarioEntry(path)], size=size)
            press(app, pygame.K_RETURN)
            session = app.session
            assert session is not None and app.scene.name == "intro"
            floor = math.ceil(size[1] / 27 - 1e-9)
            for lang in session.languages:
                session.lang = lang
                texts: list[tuple[str, TextBlock]] = []
                app.scene.ensure_layout()
                texts.append(("intro", app.scene.texts["body"]))  # type: ignore[attr-defined]
                for outcome in [*session.scenario.endings, *session.scenario.profiles]:
                    scene = OutcomeScene(app, session, outcome)
                    scene.ensure_layout()
                    texts.append((outcome.id, scene.texts["body"]))
                for name, block in texts:
                    if block.cut or block.size < floor:
                        found.add((path.name, name, lang))
            app.close()
    assert found == set(), "too long to read at body size: shorten these texts"


def test_the_title_screen_names_the_game_beside_its_emblem_and_the_scenario_large(
    make_app: AppFactory,
) -> None:
    app = make_app(entries=[ScenarioEntry(SESSION)], size=(1920, 1080))
    scene = app.scene
    assert isinstance(scene, TitleScene)
    scene.ensure_layout()
    texts, boxes = scene.texts, scene.boxes
    assert texts["title"].lines == ("Digitaal leiderschap",)
    assert texts["kicker"].lines == ("WILLEN \u00b7 KUNNEN \u00b7 MOGEN",)
    emblem, title = boxes["emblem"], boxes["title"]
    assert emblem.right < title.left and emblem.top < title.bottom and emblem.bottom > title.top  # beside
    assert " ".join(texts["scenario"].lines) == app.catalogue.selected.title("nl")
    assert texts["title"].size > texts["scenario"].size > texts["intro"].size
    intro = texts["intro"]
    # Whole sentences, never cut mid-word; when some are left out (this intro is long), a mark says so.
    whole = " ".join((app.catalogue.selected.intro("nl") or "").split())
    shown = " ".join(intro.lines)
    assert not intro.cut and shown != whole
    assert shown.endswith(" \u2026") and whole.startswith(shown.removesuffix(" \u2026"))
    assert shown.removesuffix(" \u2026").endswith((".", "!", "?"))


def test_fit_sentences_keeps_whole_sentences_when_the_text_is_too_long(make_app: AppFactory) -> None:
    app = make_app()
    text = "Een korte zin. Nog een zin die iets langer is. " * 6 + "Het einde."
    block = fit_sentences(app.fonts, text, 400, 90, [24, 20])
    assert not block.cut and block.height <= 90
    # Whole sentences, then a mark that there is more (the intro screen shows it all).
    assert block.lines[-1].endswith("\u2026") and block.lines[-1].removesuffix("\u2026").rstrip().endswith(
        "."
    )
    assert fit_sentences(app.fonts, "Kort.", 400, 90, [24, 20]).lines == ("Kort.",)
    assert fit_sentences(app.fonts, text, 400, 900, [24, 20]).lines[-1].endswith("Het einde.")  # it fits


# -- contrast --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "ink", "paper"), style.TEXT_PAIRS, ids=[pair[0] for pair in style.TEXT_PAIRS]
)
def test_palette_text_pairs_reach_7_to_1(name: str, ink: Colour, paper: Colour) -> None:
    assert contrast(ink, paper) >= style.MIN_CONTRAST, f"{name}: {contrast(ink, paper):.2f}:1"


def test_contrast_matches_wcag() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert contrast(style.TEXT, style.TEXT) == pytest.approx(1)


@pytest.mark.parametrize("scale", [TEXT_SCALES[0], LARGEST])
def test_every_text_drawn_has_7_to_1_on_what_is_below_it(
    make_app: AppFactory, spy: list[Drawn], scale: float
) -> None:
    """Measured on the real screens: the colour under each text's centre just before it is drawn."""
    app = make_app(entries=[ScenarioEntry(SESSION)], size=(1280, 720), seed=5)
    app.settings.text_scale = scale
    app.scene.invalidate()

    def check(app: App, where: str) -> None:
        spy.clear()
        app.draw()
        press(app, pygame.K_F1)
        press(app, pygame.K_F1)
        assert spy, where
        for text in spy:
            ratio = contrast(text.colour, text.below)
            assert ratio >= style.MIN_CONTRAST, (
                f"{where}: {text.text!r} {text.colour} on {text.below}: {ratio:.2f}"
            )

    walk(app, check)


# -- meters without colour ---------------------------------------------------------------


def test_meters_read_without_colour(
    make_app: AppFactory, spy: list[Drawn], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each meter in the band: its own icon, its name and its number, in the same neutral colour."""
    icons: list[tuple[str, pygame.Rect]] = []
    original = Painter.icon

    def icon(
        self: Painter, source: str, kind: IconKind, rect: pygame.Rect, colour: Colour | None
    ) -> pygame.Rect:
        placed = original(self, source, kind, rect, colour)
        if kind == "meters":
            icons.append((source, placed))
        return placed

    monkeypatch.setattr(Painter, "icon", icon)
    app = make_app(entries=[ScenarioEntry(SESSION)], seed=2)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card"
    session = app.session
    assert session is not None
    spy.clear()
    icons.clear()
    app.draw()
    band = pygame.Rect(0, 0, app.size[0], band_height(Metrics(*app.size)))
    in_band = [text for text in spy if band.contains(text.rect)]
    band_icons = [source for source, rect in icons if band.contains(rect)]
    m = Metrics(*app.size)
    assert all(rect.height >= m.px(20) for _, rect in icons if band.contains(rect))  # large enough to read
    meters = session.scenario.meters
    assert sorted(band_icons) == sorted(meter.icon for meter in meters)  # each meter its own icon
    assert len(set(band_icons)) == len(meters)
    for meter in meters:
        name = session.text(meter.name)
        value = format_value(round(session.game.state.meters[meter.id], 1))
        named = [text for text in in_band if text.text == name]
        numbered = [text for text in in_band if text.text == value]
        assert named and numbered, f"meter {meter.id}: name or number missing from the band"
        assert named[0].colour == numbered[0].colour == style.TEXT  # not the meter's colour
        assert named[0].rect.height >= Metrics(*app.size).text(15) * 0.9


# -- keys ------------------------------------------------------------------------------


def test_ctrl_plus_and_minus_step_the_text_scale(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card"
    question = app.scene.texts["question"].size  # type: ignore[attr-defined]
    key(app, pygame.K_PLUS, pygame.KMOD_LCTRL)
    assert app.settings.text_scale == TEXT_SCALES[1]
    assert app.toast is not None and app.toast.text == "Tekst 115%"
    assert app.scene.texts["question"].size > question  # type: ignore[attr-defined]  # rebuilt
    key(app, pygame.K_EQUALS, pygame.KMOD_RCTRL)  # plus is Shift+= on many keyboards
    key(app, pygame.K_KP_PLUS)
    assert app.settings.text_scale == TEXT_SCALES[3]
    key(app, pygame.K_PLUS, pygame.KMOD_CTRL)
    assert app.settings.text_scale == LARGEST  # stays at the largest
    key(app, pygame.K_MINUS, pygame.KMOD_CTRL)
    key(app, pygame.K_KP_MINUS, pygame.KMOD_CTRL)
    assert app.settings.text_scale == TEXT_SCALES[1]
    key(app, pygame.K_0, pygame.KMOD_CTRL)
    assert app.settings.text_scale == TEXT_SCALES[0]
    assert app.toast is not None and app.toast.text == "Tekst 100%"
    assert app.scene.texts["question"].size == question  # type: ignore[attr-defined]
    key(app, pygame.K_EQUALS)  # = without Ctrl is not a text size key
    assert app.settings.text_scale == TEXT_SCALES[0] and app.scene.name == "card"


def test_a_larger_text_scale_never_shrinks_or_cuts_a_text(make_app: AppFactory) -> None:
    """A card whose title grows at 150% falls back to the largest scale at which nothing shrinks."""
    app = make_app(entries=[ScenarioEntry(SESSION)], seed=3)
    for _ in range(2):
        press(app, pygame.K_RETURN)
    scene = app.scene
    sizes = {name: block.size for name, block in scene.texts.items()}  # type: ignore[attr-defined]
    for _ in range(3):
        key(app, pygame.K_PLUS, pygame.KMOD_CTRL)
    app.draw()
    assert scene.layout_scale in TEXT_SCALES
    for name, block in scene.texts.items():  # type: ignore[attr-defined]
        assert block.size >= sizes[name] and not block.cut, name


def test_f1_and_question_mark_open_the_help_and_esc_f1_enter_close_it(make_app: AppFactory) -> None:
    app = make_app(lang="en")
    key(app, pygame.K_SLASH, pygame.KMOD_SHIFT, "?")
    assert isinstance(app.pause, HelpScene) and app.pause.screen == "title"
    assert app.pause.heading() == "Keys \u00b7 title screen"
    key(app, pygame.K_ESCAPE)
    assert app.pause is None
    key(app, pygame.K_F1)
    assert isinstance(app.pause, HelpScene)
    key(app, pygame.K_RETURN)
    assert app.pause is None and app.scene.name == "title"  # Enter closed the help, did not start
    key(app, pygame.K_F1)
    key(app, pygame.K_F1)
    assert app.pause is None


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_help_shows_every_key_of_every_screen_whole(make_app: AppFactory, size: tuple[int, int]) -> None:
    """No row of a screen's key table is left off or cut, in either language: the debrief's long table
    (approve, reject, the queue) too."""
    app = make_app(size=size)
    for lang in ("nl", "en"):
        app._lang = lang
        for screen in SCREEN_KEYS:
            help_scene = HelpScene(app, screen)
            help_scene.ensure_layout()
            assert len(help_scene.cells) == len(key_rows(screen, lang)), (lang, screen)
            for keys, does in help_scene.cells:
                assert not help_scene.texts[keys].cut and not help_scene.texts[does].cut, (lang, screen, keys)
                for name in (keys, does):
                    assert help_scene.boxes["panel"].contains(help_scene.boxes[name]), (lang, screen, name)
            close = help_scene.buttons.buttons[0].rect
            assert help_scene.boxes["panel"].contains(close) and not close.colliderect(
                help_scene.boxes["heading"]
            )


def test_help_over_the_pause_menu_goes_back_to_it(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_ESCAPE)
    menu = app.pause
    assert menu is not None and menu.name == "pause"
    key(app, pygame.K_F1)
    assert isinstance(app.pause, HelpScene) and app.pause.screen == "pause"
    key(app, pygame.K_ESCAPE)
    assert app.pause is menu
    key(app, pygame.K_ESCAPE)
    assert app.pause is None and app.scene.name == "intro"


def test_question_mark_is_typed_in_a_text_field(make_app: AppFactory) -> None:
    app = make_app()

    class Field(Scene):
        name = "field"
        wants_text = True

    app.scene = Field(app)
    key(app, pygame.K_SLASH, pygame.KMOD_SHIFT, "?")
    key(app, pygame.K_KP_PLUS)
    assert app.pause is None and app.settings.text_scale == TEXT_SCALES[0]
    key(app, pygame.K_F1)
    assert isinstance(app.pause, HelpScene)


def test_the_help_lists_the_keys_of_each_screen_and_mode() -> None:
    assert help_screen("card", None, group=False) == "card"
    assert help_screen("card", None, group=True) == "card_group"
    assert help_screen("card", "pause", group=True) == "pause"
    solo = {keys for keys, _ in key_rows("card", "en")}
    group = {keys for keys, _ in key_rows("card_group", "en")}
    assert {"1\u20134", "N", "U, Ctrl+Z", "Esc", "L", "F5", "F11", "F1, ?"} <= solo
    assert {"R", "T", "V", "Shift+1\u20134", "Enter while voting"} <= group - solo
    for screen, rows in SCREEN_KEYS.items():
        assert f"help.screen.{screen}" in STRINGS, screen
        for row in rows:
            for part in ("k", "d"):
                assert set(STRINGS[f"help.{part}.{row}"]) == {"nl", "en"}, (screen, row)
    assert key_rows("some new screen", "nl")  # a screen not in the table still gets the common keys
