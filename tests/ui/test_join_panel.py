"""The join panel names the laptop's other addresses when phones can reach it at several, and every line
it draws fits the panel at 1280x720 and 1920x1080, on the voting card and on the group's name screen."""

from __future__ import annotations

import pygame
import pytest

from game.settings import PlaySettings
from game.ui.app import App
from game.ui.draw import Painter
from game.ui.gallery import PHONES_URL
from game.ui.loading import ScenarioEntry
from game.ui.phones import PhoneLink, draw_join_panel
from tests.phones.test_listen import SECOND_LOOPBACK
from tests.ui.conftest import (
    COUNCIL_SESSION,
    AppFactory,
    button_centre,
    click,
    past_statements,
    press,
    settle,
)

SIZES = [(1280, 720), (1920, 1080)]
OTHERS = ["10.0.0.5", "192.168.56.1"]
ADDRESS = PHONES_URL.removeprefix("http://")


def drawn(app: App, lang: str) -> list[str]:
    """What the join panel draws on the current screen; each text rectangle inside the panel."""
    assert app.phones is not None
    app.scene.ensure_layout()
    panel = app.scene.boxes["phones"]
    painter = Painter(app.screen, app.fonts)
    lines = draw_join_panel(painter, panel, app.phones, lang)
    for rect, _ in painter.records:
        assert panel.contains(rect), (rect, panel)
    return lines


def voting_card(make_app: AppFactory, size: tuple[int, int], lang: str, others: list[str]) -> App:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], lang=lang, size=size, settings=PlaySettings(group=True))
    app.phones = PhoneLink.example(PHONES_URL, lang, others)
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    past_statements(app)
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    settle(app)
    return app


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("lang", "label"), [("nl", "Andere adressen"), ("en", "Other addresses")])
def test_the_voting_card_names_the_other_addresses(
    make_app: AppFactory, size: tuple[int, int], lang: str, label: str
) -> None:
    lines = drawn(voting_card(make_app, size, lang, OTHERS), lang)
    assert ADDRESS in lines
    assert f"{label}: 10.0.0.5, 192.168.56.1" in lines


@pytest.mark.parametrize("size", SIZES)
def test_one_address_draws_no_other_addresses_line(make_app: AppFactory, size: tuple[int, int]) -> None:
    lines = drawn(voting_card(make_app, size, "nl", []), "nl")
    assert ADDRESS in lines and not [line for line in lines if line.startswith("Andere adressen")]


@pytest.mark.parametrize("size", SIZES)
def test_the_group_screen_names_the_other_addresses(make_app: AppFactory, size: tuple[int, int]) -> None:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], size=size)
    app.phones = PhoneLink.example(PHONES_URL, "nl", [*OTHERS, "172.17.0.1"])
    click(app, button_centre(app, "group"))
    assert app.scene.name == "group_name"
    lines = drawn(app, "nl")
    assert ADDRESS in lines
    assert "Andere adressen: 10.0.0.5, 192.168.56.1, 172.17.0.1" in lines  # as many as are listened on


@pytest.mark.skipif(not SECOND_LOOPBACK, reason="127.0.0.2 is loopback on Linux only")
def test_the_link_listens_on_the_other_addresses_unless_host_is_given(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("game.phones.network.lan_addresses", lambda: ["127.0.0.1", "127.0.0.2"])
    link = PhoneLink(None, 0, "nl")
    try:
        assert link.start("nl") and link.url is not None and link.url.startswith("http://127.0.0.1:")
        assert link.others == ["127.0.0.2"]
    finally:
        link.stop()
    assert link.url is None and link.others == []
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("phones: http://127.0.0.1:") and out[1].startswith("phones: also reachable at")
    alone = PhoneLink("127.0.0.1", 0, "nl")
    try:
        assert alone.start("nl") and alone.others == []
    finally:
        alone.stop()
