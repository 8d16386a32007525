"""Solo play or a group session on the title screen, the group's name, and the settings in the pause menu."""

from __future__ import annotations

import pygame
import pytest

from game.core.countdown import DEFAULT_SECONDS
from game.settings import TEXT_SCALES, PlaySettings
from game.ui.app import App
from game.ui.scenes.group_name import MAX_NAME_LENGTH, GroupNameScene
from game.ui.scenes.pause import TIMER_CHOICES, PauseScene, next_timer
from tests.ui.conftest import AppFactory, button_centre, click, past_statements, press, type_text
from tests.ui.test_layout import assert_text_inside


def buttons(app: App) -> dict[str, object]:
    scene = app.pause if app.pause is not None else app.scene
    scene.ensure_layout()
    return {button.action: button for button in scene.buttons.buttons}


def label(app: App, action: str) -> str:
    button = buttons(app)[action]
    text: str = button.label  # type: ignore[attr-defined]
    return text


def group_app(make_app: AppFactory, **kwargs: object) -> App:
    return make_app(settings=PlaySettings(group=True), **kwargs)


def to_name_screen(app: App) -> GroupNameScene:
    click(app, button_centre(app, "group"))
    scene = app.scene
    assert isinstance(scene, GroupNameScene)
    return scene


# -- the title screen ----------------------------------------------------------------


def test_the_title_screen_offers_both_modes_and_enter_starts_solo_play(make_app: AppFactory) -> None:
    app = make_app()
    found = buttons(app)
    assert {"start", "group", "language", "quit"} <= set(found)
    assert label(app, "start") == "Alleen spelen" and label(app, "group") == "Groepssessie"
    assert found["start"].primary and not found["group"].primary  # type: ignore[attr-defined]
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro" and not app.settings.group
    assert app.session is not None and app.session.group_name == ""


def test_group_flag_highlights_the_group_session_and_enter_asks_for_the_name(make_app: AppFactory) -> None:
    app = group_app(make_app)
    found = buttons(app)
    assert found["group"].primary and not found["start"].primary  # type: ignore[attr-defined]
    press(app, pygame.K_RETURN)
    assert app.scene.name == "group_name" and app.session is None


def test_choosing_the_group_session_with_the_keyboard(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_TAB)
    assert app.scene.buttons.focused_action() == "start"
    press(app, pygame.K_TAB)
    assert app.scene.buttons.focused_action() == "group"
    press(app, pygame.K_RETURN)
    assert app.scene.name == "group_name" and app.settings.group


def test_choosing_the_group_session_with_the_mouse_then_solo_again(make_app: AppFactory) -> None:
    app = make_app()
    to_name_screen(app)
    assert app.settings.group
    click(app, button_centre(app, "back"))
    assert app.scene.name == "title" and app.session is None
    assert buttons(app)["group"].primary  # type: ignore[attr-defined]  # the mode chosen last stays
    click(app, button_centre(app, "start"))
    assert app.scene.name == "intro" and not app.settings.group


def test_english_labels(make_app: AppFactory) -> None:
    app = make_app(lang="en")
    assert label(app, "start") == "Play solo" and label(app, "group") == "Group session"


# -- the group's name ----------------------------------------------------------------


def test_typing_the_name_with_accents_backspace_and_enter(make_app: AppFactory) -> None:
    app = make_app()
    scene = to_name_screen(app)
    type_text(app, " Raad Lindé")  # a leading space is dropped
    assert scene.text == "Raad Lindé"
    press(app, pygame.K_BACKSPACE)
    assert scene.text == "Raad Lind"
    type_text(app, "enhout u")  # L and U type letters: no language switch, no undo question
    assert scene.text == "Raad Lindenhout u" and app.lang == "nl" and app.pause is None
    press(app, pygame.K_BACKSPACE)
    type_text(app, "é")
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"
    assert app.settings.group_name == "Raad Lindenhout é"
    assert app.session is not None and app.session.group_name == "Raad Lindenhout é"


def test_escape_goes_back_to_the_title_screen(make_app: AppFactory) -> None:
    app = make_app()
    to_name_screen(app)
    type_text(app, "Team")
    press(app, pygame.K_ESCAPE)
    assert app.scene.name == "title" and app.pause is None and app.session is None
    assert app.settings.group_name == ""  # nothing stored without Enter


def test_the_name_has_a_length_limit_and_a_long_name_still_fits(make_app: AppFactory) -> None:
    app = make_app()
    scene = to_name_screen(app)
    type_text(app, "W" * (MAX_NAME_LENGTH + 5))
    assert scene.text == "W" * MAX_NAME_LENGTH
    assert_text_inside(app)
    press(app, pygame.K_BACKSPACE)
    assert len(scene.text) == MAX_NAME_LENGTH - 1


def test_an_empty_name_gives_the_default_then_the_name_used_last(make_app: AppFactory) -> None:
    app = make_app()
    to_name_screen(app)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"
    assert app.session is not None and app.session.group_name == "Groep 1"
    app.settings.group_name = "College B&W"
    app.to_title()
    scene = to_name_screen(app)
    assert scene.default_name == "College B&W"
    click(app, button_centre(app, "start"))
    assert app.scene.name == "intro" and app.session.group_name == "College B&W"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
@pytest.mark.parametrize("scale", [TEXT_SCALES[0], TEXT_SCALES[-1]])
def test_the_name_screen_keeps_its_text_inside(
    make_app: AppFactory, size: tuple[int, int], scale: float
) -> None:
    app = make_app(size=size, lang="en", settings=PlaySettings(text_scale=scale))
    scene = to_name_screen(app)
    assert_text_inside(app)
    scene.type_text("Management team Sociaal Domein")
    assert_text_inside(app)


# -- the pause menu ------------------------------------------------------------------


def open_pause_on_a_card(app: App) -> PauseScene:
    press(app, pygame.K_RETURN)
    if app.scene.name == "group_name":
        press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    past_statements(app)
    assert app.scene.name == "card"
    press(app, pygame.K_ESCAPE)
    pause = app.pause
    assert isinstance(pause, PauseScene)
    return pause


def test_the_timer_setting_cycles_and_shows_its_value(make_app: AppFactory) -> None:
    app = group_app(make_app)
    open_pause_on_a_card(app)
    assert app.settings.timer_seconds == DEFAULT_SECONDS == 180
    assert label(app, "timer") == "Gesprekstimer: 3 min"
    click(app, button_centre(app, "timer"))
    assert app.settings.timer_seconds == 300 and label(app, "timer") == "Gesprekstimer: 5 min"
    room = app.session.room if app.session is not None else None
    assert room is not None and room.timer.duration_ms == 300_000  # the card's unstarted timer follows
    click(app, button_centre(app, "timer"))
    click(app, button_centre(app, "timer"))
    assert app.settings.timer_seconds == 60 and label(app, "timer") == "Gesprekstimer: 1 min"
    assert app.pause is not None  # a setting keeps the menu open


def test_timer_steps() -> None:
    assert [next_timer(s) for s in TIMER_CHOICES] == [120, 180, 300, 600, 60]
    assert next_timer(90) == 120 and next_timer(45) == 60 and next_timer(900) == 60


def test_the_preview_setting_cycles_with_the_keyboard(make_app: AppFactory) -> None:
    app = make_app(lang="en")
    pause = open_pause_on_a_card(app)
    assert app.settings.effective_preview == "which"  # solo play
    assert label(app, "preview") == "Effect preview: which meters"
    press(app, pygame.K_RIGHT)  # from Resume to the settings column
    assert pause.buttons.focused_action() == "language"
    for _ in range(3):
        press(app, pygame.K_DOWN)
    assert pause.buttons.focused_action() == "preview"
    press(app, pygame.K_RETURN)
    assert app.settings.preview == "full" and label(app, "preview") == "Effect preview: exact"
    press(app, pygame.K_RETURN)
    assert app.settings.preview == "none" and label(app, "preview") == "Effect preview: none"
    assert pause.buttons.focused_action() == "preview"
    press(app, pygame.K_LEFT)
    assert pause.buttons.focused_action() == "quit"


def test_the_preview_default_in_a_group_session_is_none(make_app: AppFactory) -> None:
    app = group_app(make_app)
    open_pause_on_a_card(app)
    assert label(app, "preview") == "Effecten vooraf: geen"
    click(app, button_centre(app, "preview"))
    assert app.settings.preview == "which" and label(app, "preview") == "Effecten vooraf: welke meters"


def test_the_presenter_switch_asks_the_app(make_app: AppFactory) -> None:
    app = make_app()
    calls: list[bool] = []

    def toggle() -> None:
        calls.append(True)
        app.settings.presenter = not app.settings.presenter

    app.toggle_presenter = toggle  # type: ignore[method-assign]
    open_pause_on_a_card(app)
    assert label(app, "presenter") == "Presentatorscherm: uit"
    click(app, button_centre(app, "presenter"))
    assert calls == [True] and label(app, "presenter") == "Presentatorscherm: aan"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160)])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("scale", [TEXT_SCALES[0], TEXT_SCALES[-1]])
def test_the_pause_menu_fits_with_every_item(
    make_app: AppFactory, size: tuple[int, int], lang: str, scale: float
) -> None:
    app = make_app(size=size, lang=lang, settings=PlaySettings(text_scale=scale))
    pause = open_pause_on_a_card(app)
    assert set(buttons(app)) == {
        "resume",
        "restart",
        "title",
        "quit",
        "language",
        "fullscreen",
        "timer",
        "preview",
        "presenter",
        "motion",
        "sound",
        "read_aloud",
        "reading_font",
    }
    if scale == TEXT_SCALES[0]:
        assert_text_inside(app)  # (at larger text the card screen below is the card's own business)
    panel = pause.boxes["panel"]
    assert app.screen.get_rect().contains(panel)
    for name, box in pause.boxes.items():
        assert panel.contains(box), name
    for button in pause.buttons.buttons:
        assert panel.contains(button.rect)
        assert button.block is not None and not button.block.cut
        assert button.block.size >= size[1] * 24 // 720  # the largest size shrinks only a little, if at all
        others = [other.rect for other in pause.buttons.buttons if other is not button]
        assert button.rect.collidelist(others) == -1


@pytest.mark.parametrize("scale", [TEXT_SCALES[0], TEXT_SCALES[-1]])
def test_the_pause_menu_on_the_title_screen_has_the_settings_too(make_app: AppFactory, scale: float) -> None:
    app = make_app(settings=PlaySettings(text_scale=scale))
    assert_text_inside(app)
    press(app, pygame.K_ESCAPE)
    assert set(buttons(app)) == {
        "resume",
        "quit",
        "language",
        "fullscreen",
        "timer",
        "preview",
        "presenter",
        "motion",
        "sound",
        "read_aloud",
        "reading_font",
    }
    assert_text_inside(app)
    click(app, button_centre(app, "timer"))
    assert app.settings.timer_seconds == 300
    press(app, pygame.K_ESCAPE)
    assert app.pause is None and app.scene.name == "title"
