"""Autosave and Doorgaan in the window: every decision and undo is saved, and a new window continues
the session exactly (same card, same state, same random state), also after the scenario file changed."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.core.save import list_saves, read_save, saves_dir
from game.settings import PlaySettings
from game.ui.app import App
from game.ui.loading import ScenarioEntry
from tests.ui.conftest import AppFactory, button_centre, click, press, type_text


def play_decisions(app: App, count: int) -> None:
    """From the title screen (or anywhere in a game): make `count` decisions with option 1."""
    if app.scene.name == "title":
        press(app, pygame.K_RETURN)
    made = 0
    while made < count:
        if app.scene.name == "card":
            press(app, pygame.K_1)
            made += 1
        else:
            press(app, pygame.K_RETURN)


def saved_files(data_home: Path) -> list[Path]:
    return sorted(saves_dir(data_home / "digitaal-leiderschap").glob("*.json"))


def continue_first(app: App) -> None:
    assert app.scene.name == "title"
    click(app, button_centre(app, "continue"))
    assert app.scene.name == "saves"
    press(app, pygame.K_1)


def test_each_decision_is_saved_and_a_new_window_continues_exactly(
    make_app: AppFactory, data_home: Path
) -> None:
    app = make_app(seed=11)
    assert app.scene.name == "title" and "continue" not in [b.action for b in app.scene.buttons.buttons]
    play_decisions(app, 3)
    session = app.session
    assert session is not None
    (path,) = saved_files(data_home)
    data = read_save(path)
    assert len(data.state.choices) == 3 and data.state == session.game.state
    assert data.snapshot.rng_state == session.game.rng.get_state()
    while app.scene.name != "card":
        press(app, pygame.K_RETURN)
    expected_state, expected_rng = session.game.snapshot().state, session.game.rng.get_state()
    # The process dies here (no quit, no close): a new window on the same data folder. The dead
    # window writes nothing more; below it only plays on as the twin to compare with.
    app.saves_folder = None
    app._log = None
    fresh = make_app(seed=99)
    assert fresh.scene.name == "title"
    continue_first(fresh)
    resumed = fresh.session
    assert resumed is not None and fresh.scene.name == "card"
    assert resumed.game.state == expected_state and resumed.game.rng.get_state() == expected_rng
    assert resumed.session_id == session.session_id and resumed.can_undo
    # Both play on identically.
    for window in (app, fresh):
        play_decisions(window, 2)
    assert app.session is not None and fresh.session is not None
    assert fresh.session.game.state == app.session.game.state
    assert len(saved_files(data_home)) == 1  # one file per session, rewritten


def test_undo_is_saved(make_app: AppFactory, data_home: Path) -> None:
    app = make_app()
    play_decisions(app, 2)
    press(app, pygame.K_u)
    press(app, pygame.K_RETURN)  # yes, take it back
    assert app.session is not None and len(app.session.game.state.choices) == 1
    (path,) = saved_files(data_home)
    assert len(read_save(path).state.choices) == 1


def test_the_list_names_the_group_and_keeps_several_sessions_newest_first(
    make_app: AppFactory, data_home: Path
) -> None:
    app = make_app(settings=PlaySettings(group=True))
    press(app, pygame.K_RETURN)
    assert app.scene.name == "group_name"
    type_text(app, "Raad Lindenhout")
    press(app, pygame.K_RETURN)
    app.to_title()
    solo = make_app(settings=PlaySettings(group=False))
    play_decisions(solo, 1)
    solo.to_title()
    assert len(saved_files(data_home)) == 2
    click(solo, button_centre(solo, "continue"))
    labels = [b.label for b in solo.scene.buttons.buttons if b.action.startswith("save")]
    assert len(labels) == 2 and "Alleen gespeeld" in labels[0] and "Raad Lindenhout" in labels[1]
    assert "jaar 1, beurt 2" in labels[0]
    press(solo, pygame.K_2)
    assert solo.session is not None and solo.session.group_name == "Raad Lindenhout"
    assert solo.settings.group and solo.scene.name == "card"


def test_a_finished_game_is_kept_but_not_offered(make_app: AppFactory, data_home: Path) -> None:
    app = make_app()
    play_decisions(app, 1)
    while app.scene.name != "end":
        press(app, pygame.K_1 if app.scene.name == "card" else pygame.K_RETURN)
    app.to_title()
    (path,) = saved_files(data_home)
    assert read_save(path).finished
    assert "continue" not in [b.action for b in app.scene.buttons.buttons]


def test_a_corrupt_save_is_moved_aside_and_said(make_app: AppFactory, data_home: Path) -> None:
    app = make_app()
    play_decisions(app, 1)
    app.to_title()
    (path,) = saved_files(data_home)
    path.write_text(path.read_text(encoding="utf-8")[:100], encoding="utf-8")
    fresh = make_app()
    assert fresh.toast is not None and "opzij gezet" in fresh.toast.text and path.name in fresh.toast.text
    assert "continue" not in [b.action for b in fresh.scene.buttons.buttons]
    assert not path.exists() and len(list(path.parent.glob(path.name + ".broken-*"))) == 1


def test_a_changed_scenario_is_said_and_the_choices_replayed(
    make_app: AppFactory, scenario_file: Path
) -> None:
    scenario = scenario_file
    app = make_app(entries=[ScenarioEntry(scenario)])
    play_decisions(app, 2)
    assert app.session is not None
    state = app.session.game.state
    scenario.write_text(scenario.read_text(encoding="utf-8") + "\n# een opmerking erbij\n", encoding="utf-8")
    fresh = make_app(entries=[ScenarioEntry(scenario)])
    continue_first(fresh)
    assert fresh.session is not None and fresh.scene.name == "card"
    assert fresh.toast is not None and "gewijzigd" in fresh.toast.text and "2 keuzes" in fresh.toast.text
    assert fresh.session.game.state.choices == state.choices
    assert fresh.session.game.state.current_card == state.current_card


def test_a_scenario_changed_too_much_explains_why_and_keeps_the_save(
    make_app: AppFactory, scenario_file: Path, data_home: Path
) -> None:
    scenario = scenario_file
    app = make_app(entries=[ScenarioEntry(scenario)])
    play_decisions(app, 1)
    assert app.session is not None
    first = app.session.game.state.choices[0].card
    text = scenario.read_text(encoding="utf-8")
    scenario.write_text(text.replace(first, first + "_nieuw"), encoding="utf-8")
    fresh = make_app(entries=[ScenarioEntry(scenario)])
    continue_first(fresh)
    assert fresh.session is None and fresh.scene.name == "saves"
    assert fresh.scene.message is not None and "keuze 1" in fresh.scene.message  # type: ignore[attr-defined]
    assert len(list_saves(saves_dir(data_home / "digitaal-leiderschap")).saves) == 1  # kept, not moved
    press(fresh, pygame.K_BACKSPACE)
    assert fresh.scene.name == "title" and "continue" in [b.action for b in fresh.scene.buttons.buttons]


def test_the_title_screen_with_doorgaan_fits_at_1280x720(make_app: AppFactory) -> None:
    app = make_app()
    play_decisions(app, 1)
    for lang in ("nl", "en"):
        app.to_title()
        if app.lang != lang:
            app.toggle_language()
        scene = app.scene
        scene.ensure_layout()
        buttons = scene.buttons.buttons
        rects = [b.rect for b in buttons]
        assert "continue" in [b.action for b in buttons]
        for button in buttons:
            assert pygame.Rect(0, 0, 1280, 720).contains(button.rect)
            assert button.block is None or not button.block.cut, button.label
        for i, rect in enumerate(rects):
            assert rect.collidelist(rects[:i] + rects[i + 1 :]) == -1
        assert scene.boxes["subtitle"].bottom < min(r.top for r in rects)
        app.draw()
