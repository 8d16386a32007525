"""Live reload (F5): the scenario file is read again and the game continues where it was."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame
import pytest
import yaml

from game.ui.app import App
from game.ui.loading import ScenarioEntry
from game.ui.scenes.card import CardScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.screenshots import ManualClock
from tests.ui.conftest import EXAMPLE, AppFactory, click, press, settle

NEW_TEXT = "Nieuwe tekst: de raad wil eerst een onafhankelijke toets van de scanauto."


def edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change the scenario's data and write it back as YAML."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def card_data(data: dict[str, Any], card_id: str) -> dict[str, Any]:
    for card in data["cards"]:
        if card["id"] == card_id:
            assert isinstance(card, dict)
            return card
    raise AssertionError(card_id)


def start_game(make_app: AppFactory, path: Path, choices: int) -> App:
    """From the title screen through the intro, then `choices` decisions (option 1) up to the next card."""
    app = make_app(entries=[ScenarioEntry(path)], seed=1)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    for _ in range(choices):
        assert app.scene.name == "card"
        press(app, pygame.K_1)
        while app.scene.name != "card":
            press(app, pygame.K_RETURN)
    return app


def played(app: App) -> list[tuple[str, int]]:
    assert app.session is not None
    return [(record.card, record.option) for record in app.session.game.state.choices]


def rendered(app: App) -> list[str]:
    """Every string drawn since the text cache was last emptied (the cache is keyed by the text)."""
    return [key[0] for key in app.fonts._cache]


def on_screen(app: App, text: str) -> bool:
    app.fonts._cache.clear()
    app.draw()
    return text in " ".join(rendered(app))


def test_an_edited_card_text_shows_after_f5_and_the_choices_are_kept(
    make_app: AppFactory, scenario_file: Path
) -> None:
    app = start_game(make_app, scenario_file, choices=2)
    before = played(app)
    assert len(before) == 2
    old_session = app.session
    scene = app.scene
    assert isinstance(scene, CardScene)
    card_id = scene.card.id
    edit(scenario_file, lambda data: card_data(data, card_id)["text"].update(nl=NEW_TEXT))
    press(app, pygame.K_F5)
    assert app.session is not old_session
    assert played(app) == before
    assert isinstance(app.scene, CardScene) and app.scene.card.id == card_id
    assert on_screen(app, "Nieuwe tekst: de raad")
    assert app.lang == "nl"
    assert app.toast is not None and app.toast.text == "Scenario herladen"
    assert on_screen(app, "Scenario herladen")
    # The loop wakes up to take the message away, and blocks without a timeout afterwards.
    assert 0 < app.wait_timeout() <= 2500
    assert isinstance(app.clock, ManualClock)
    app.clock.advance(3000)
    app.pump()
    assert app.toast is None and app.wait_timeout() == 0
    assert not on_screen(app, "Scenario herladen")
    # And the game plays on from there.
    press(app, pygame.K_1)
    assert app.scene.name == "feedback"
    assert len(played(app)) == 3


def test_reload_in_english_keeps_the_language(make_app: AppFactory, scenario_file: Path) -> None:
    app = start_game(make_app, scenario_file, choices=1)
    press(app, pygame.K_l)
    assert app.lang == "en"
    press(app, pygame.K_F5)
    assert app.lang == "en"
    assert app.toast is not None and app.toast.text == "Scenario reloaded"


def test_reload_on_the_feedback_screen_stays_there(make_app: AppFactory, scenario_file: Path) -> None:
    app = start_game(make_app, scenario_file, choices=1)
    press(app, pygame.K_2)
    scene = app.scene
    assert isinstance(scene, FeedbackScene)
    card_id, option = scene.result.card.id, scene.result.option_index
    feedback = "Nieuwe terugkoppeling over deze keuze."

    def change(data: dict[str, Any]) -> None:
        card_data(data, card_id)["options"][option]["feedback"]["nl"] = feedback

    edit(scenario_file, change)
    press(app, pygame.K_F5)
    assert app.scene is not scene and isinstance(app.scene, FeedbackScene)
    assert app.scene.result.card.id == card_id
    assert on_screen(app, feedback)
    assert len(played(app)) == 2


def test_an_invalid_file_shows_its_errors_and_the_old_version_plays_on(
    make_app: AppFactory, scenario_file: Path
) -> None:
    app = start_game(make_app, scenario_file, choices=2)
    session = app.session
    before = played(app)
    good = scenario_file.read_text(encoding="utf-8")
    scenario_file.write_text(
        good.replace("start: 50", "start: vijftig").replace("themes: [transparency]", "themes: [onbekend]"),
        encoding="utf-8",
    )
    press(app, pygame.K_F5)
    errors = app.reload_errors
    assert errors is not None and errors.file == "voorbeeld.yaml"
    assert len(errors.errors) >= 4
    assert all(re.match(r".*voorbeeld\.yaml:\d+:\d+: .+", line) for line in errors.errors)
    assert app.session is session and app.toast is None
    assert on_screen(app, "Scenario niet herladen")
    assert on_screen(app, ":33:12: 'start' van meter 'public_value'")  # the first meter, in the game's Dutch
    assert on_screen(app, "meer") or len(errors.errors) <= 4
    assert on_screen(app, "Meer controles volgen als de fouten weg zijn.")  # the lint waits for a fix
    # The old version plays on underneath; the errors stay until the next successful reload.
    press(app, pygame.K_1)
    assert app.scene.name == "feedback" and app.session is session
    assert played(app)[:2] == before
    assert app.reload_errors is not None
    press(app, pygame.K_F5)  # still broken: still the errors
    assert app.reload_errors is not None and app.session is session
    scenario_file.write_text(good, encoding="utf-8")
    press(app, pygame.K_F5)
    assert app.reload_errors is None and app.session is not session
    assert app.scene.name == "feedback" and len(played(app)) == 3
    assert app.toast is not None


def test_a_click_closes_the_error_banner_without_reaching_the_screen(
    make_app: AppFactory, scenario_file: Path
) -> None:
    app = start_game(make_app, scenario_file, choices=1)
    scenario_file.write_text("format: 1\nid: [kapot\n", encoding="utf-8")
    press(app, pygame.K_F5)
    app.draw()
    banner = app._errors_rect
    assert banner is not None and app.reload_errors is not None
    scene = app.scene
    click(app, banner.center)
    assert app.reload_errors is None and app.scene is scene


def test_removing_a_played_card_keeps_the_choices_before_it(
    make_app: AppFactory, scenario_file: Path
) -> None:
    app = start_game(make_app, scenario_file, choices=4)
    before = played(app)
    assert [card for card, _ in before] == ["scanauto", "robot", "papieren_route", "citrix"]

    def remove(data: dict[str, Any]) -> None:
        data["cards"] = [card for card in data["cards"] if card["id"] != "citrix"]

    edit(scenario_file, remove)
    press(app, pygame.K_F5)
    assert app.reload_errors is None
    assert played(app) == before[:3]
    assert isinstance(app.scene, CardScene)
    assert app.session is not None and app.scene.card is app.session.game.current_card
    assert app.scene.card.id != "citrix"
    assert app.toast is not None
    assert "3 van 4 keuzes" in app.toast.text and "Lek in de thuiswerksoftware" in app.toast.text
    assert on_screen(app, "3 van 4 keuzes")
    settle(app)  # the card has come in again
    assert app.wait_timeout() > 2500  # the longer message stays longer


def test_f5_without_a_file_says_so(make_app: AppFactory, example: Any) -> None:
    app = make_app(entries=[ScenarioEntry(None, example)])
    press(app, pygame.K_RETURN)
    press(app, pygame.K_F5)
    assert app.toast is not None and "niet worden herladen" in app.toast.text


def test_f5_on_the_title_screen_rereads_the_selected_file(make_app: AppFactory, scenario_file: Path) -> None:
    scenario_file.write_text("format: 1\n", encoding="utf-8")
    app = make_app(entries=[ScenarioEntry(scenario_file)])
    entry = app.catalogue.selected
    assert entry.error is not None
    shutil.copy(EXAMPLE, scenario_file)
    press(app, pygame.K_F5)
    assert entry.scenario is not None and entry.error is None
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"


def test_f5_is_listed_in_the_key_help(make_app: AppFactory) -> None:
    app = make_app()
    assert on_screen(app, "F5 herladen")
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card" and on_screen(app, "F5 herladen")


@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160)])
def test_the_banner_and_message_stay_inside_the_window(
    make_app: AppFactory, scenario_file: Path, size: tuple[int, int]
) -> None:
    from tests.ui.test_layout import assert_text_inside

    app = start_game(make_app, scenario_file, choices=1)
    app.resize(size)
    good = scenario_file.read_text(encoding="utf-8")
    scenario_file.write_text(good.replace("start: ", "start: x") + "\nonbekend: 1\n" * 1, encoding="utf-8")
    press(app, pygame.K_F5)
    assert app.reload_errors is not None
    assert_text_inside(app)
    scenario_file.write_text(good, encoding="utf-8")
    edit(scenario_file, lambda data: data["cards"].remove(card_data(data, "papieren_route")))
    press(app, pygame.K_F5)
    assert app.toast is not None and app.reload_errors is None
    assert_text_inside(app)
