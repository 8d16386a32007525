"""Scenarios without a command line: the own folder on the title screen, O opens it, dropped files, recent.

The window gets its list as `play` builds it (Shelf.of); files are dropped with a posted DROPFILE event.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.i18n import t
from game.library import OWN_FOLDER_NAME, RecentScenarios
from game.paths import user_data_folder
from game.ui import loading as shelf_module
from game.ui.app import App
from game.ui.loading import Shelf
from tests.ui.conftest import EXAMPLE, AppFactory, press

OpenApp = Callable[..., App]


@pytest.fixture
def open_app(make_app: AppFactory) -> OpenApp:
    """The window with the list as `play` builds it (Shelf.of)."""

    def build(own_folder: Path | None = None, initial: Path = EXAMPLE) -> App:
        return make_app(shelf=Shelf.of(initial, own_folder, None))

    return build


def drop(app: App, path: Path) -> None:
    app.clock.advance(1000)  # type: ignore[attr-defined]
    pygame.event.post(pygame.event.Event(pygame.DROPFILE, file=str(path)))
    app.pump()


def kicker(app: App) -> str:
    return " ".join(app.scene.texts["panel_kicker"].lines)  # type: ignore[attr-defined]


def own_copy(folder: Path, name: str, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = EXAMPLE.read_text(encoding="utf-8").replace("id: voorbeeld", f"id: {Path(name).stem}", 1)
    text = text.replace("nl: Voorbeeld", f"nl: {title}", 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_own_folder_is_made_in_documents_shown_and_its_scenarios_listed(
    open_app: OpenApp, private_documents: Path
) -> None:
    folder = private_documents / OWN_FOLDER_NAME
    app = open_app()
    assert folder.is_dir(), "the scenario folder is made on first start"
    place = " ".join(app.scene.texts["place"].lines)  # type: ignore[attr-defined]
    assert place.startswith("Eigen scenario's:") and place.endswith(OWN_FOLDER_NAME)
    app.close()
    mine = own_copy(folder, "mijn-raad.yaml", "Mijn raad")
    app = open_app()
    sources = [(entry.path, entry.source) for entry in app.catalogue.entries]
    assert (mine, "own") in sources
    for _ in range(len(sources)):
        if app.catalogue.selected.path == mine:
            break
        press(app, pygame.K_RIGHT)
    assert app.catalogue.selected.path == mine
    assert "EIGEN SCENARIO" in kicker(app)
    assert app.catalogue.selected.scenario is not None


def test_o_opens_the_own_folder_in_the_file_manager(
    open_app: OpenApp, monkeypatch: pytest.MonkeyPatch, private_documents: Path
) -> None:
    started: list[list[str]] = []

    def popen(command: list[str], **options: object) -> None:
        started.append(command)

    monkeypatch.setattr(shelf_module.sys, "platform", "linux")
    monkeypatch.setattr(subprocess, "Popen", popen)
    app = open_app()
    press(app, pygame.K_o)
    folder = private_documents / OWN_FOLDER_NAME
    assert started == [["xdg-open", str(folder)]]
    assert app.toast is not None and app.toast.text == t("title.folder_opened", "nl", folder=str(folder))

    def fails(command: list[str], **options: object) -> None:
        raise FileNotFoundError(command[0])

    monkeypatch.setattr(subprocess, "Popen", fails)
    press(app, pygame.K_o)
    assert app.toast is not None and app.toast.text == t("title.folder_failed", "nl", folder=str(folder))


def test_a_dropped_scenario_anywhere_opens_on_the_title_screen_and_is_remembered(
    open_app: OpenApp, tmp_path: Path
) -> None:
    mail = own_copy(tmp_path / "mail", "ontvangen.yaml", "Uit de mail")
    app = open_app()
    drop(app, mail)
    assert app.scene.name == "title" and app.reload_errors is None
    assert app.catalogue.selected.path == mail and app.catalogue.selected.scenario is not None
    assert "ONLANGS GEOPEND" in kicker(app)
    assert app.toast is not None and app.toast.text == t("drop.opened", "nl", name="Uit de mailgemeente")
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro" and app.session is not None and app.session.path == mail
    assert RecentScenarios(user_data_folder() / "recent.json").paths()[0] == mail.resolve()
    app.close()
    again = open_app()
    assert (mail, "recent") in [(entry.path, entry.source) for entry in again.catalogue.entries]
    press(again, pygame.K_RETURN)  # the shipped default: listed anyway, so not among the recent files
    assert RecentScenarios(user_data_folder() / "recent.json").paths() == [mail.resolve()]


def test_a_dropped_broken_file_shows_its_problems_as_f5_does(open_app: OpenApp, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("id: kapot\nformat: 1\ncards: [\n", encoding="utf-8")
    app = open_app()
    drop(app, broken)
    errors = app.reload_errors
    assert errors is not None and errors.file == "kapot.yaml"
    assert errors.errors[0].startswith(f"{broken}:4:1: ")
    assert app.catalogue.selected.path == broken and app.catalogue.selected.error is not None
    press(app, pygame.K_RETURN)
    assert app.scene.name == "title", "a broken scenario does not start"


def test_a_dropped_file_keeps_the_rule_that_references_stay_in_its_folder(
    open_app: OpenApp, tmp_path: Path
) -> None:
    """A file from anywhere is read with its own folder as the scenario's folder: an icon from outside it
    is refused, as it is for any scenario."""
    (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    path = own_copy(tmp_path / "mail", "met-logo.yaml", "Met logo")
    path.write_text(
        path.read_text(encoding="utf-8").replace("icon: legitimacy", "icon: ../logo.svg", 1), encoding="utf-8"
    )
    app = open_app()
    drop(app, path)
    assert app.reload_errors is not None
    assert any("leidt uit de map van het scenario" in error for error in app.reload_errors.errors)


def test_a_dropped_file_that_is_no_scenario_is_said_and_nothing_changes(
    open_app: OpenApp, tmp_path: Path
) -> None:
    note = tmp_path / "notulen.docx"
    note.write_bytes(b"PK")
    app = open_app()
    selected = app.catalogue.index
    drop(app, note)
    assert app.catalogue.index == selected and app.reload_errors is None
    assert app.toast is not None and app.toast.text == t("drop.not_scenario", "nl", name="notulen.docx")


def test_a_file_dropped_during_a_game_saves_it_and_opens_the_file(open_app: OpenApp, tmp_path: Path) -> None:
    other = shutil.copy(EXAMPLE, tmp_path / "ander.yaml")
    app = open_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card"
    drop(app, Path(other))
    assert app.scene.name == "title" and app.session is None
    assert app.catalogue.selected.path == Path(other)
    assert len(app.resumable_saves()) == 1, "the game in progress is saved and can be continued"
