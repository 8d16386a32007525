"""Phones in a group session in the window: a real server on 127.0.0.1, real HTTP votes (urllib), real
key presses. Hands and phones add up, the phones' split stays hidden until a tie shows it, and the
split goes into the session log apart."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from typing import Any

import pygame
import pytest
import segno

from game.core.session_log import read_log
from game.settings import PlaySettings
from game.ui.app import App
from game.ui.loading import ScenarioEntry
from game.ui.scenes.card import CardScene
from game.ui.scenes.feedback import FeedbackScene
from tests.ui.conftest import (
    COUNCIL_SESSION,
    AppFactory,
    button_centre,
    click,
    past_statements,
    pause_labels,
    press,
    settle,
)


class Phone:
    """A phone's browser: its own cookie jar, plain HTTP."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        with self.opener.open(self.url, timeout=10):  # the page gives the phone its device cookie
            pass

    def state(self) -> dict[str, Any]:
        with self.opener.open(self.url + "state", timeout=10) as response:
            data: dict[str, Any] = json.loads(response.read())
            return data

    def vote(self, option: int) -> int:
        card = self.state()["card"]
        body = json.dumps({"card": card, "option": option}).encode()
        request = urllib.request.Request(
            self.url + "vote", data=body, headers={"Content-Type": "application/json"}
        )
        try:
            with self.opener.open(request, timeout=10) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code


def group_with_phones(make_app: AppFactory, size: tuple[int, int] = (1280, 720)) -> tuple[App, CardScene]:
    settings = PlaySettings(group=True, phones=True, phones_host="127.0.0.1")
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], size=size, settings=settings)
    assert app.phones is not None and app.phones.url is not None
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    past_statements(app)
    assert isinstance(app.scene, CardScene)
    settle(app)
    return app, app.scene


def test_phones_see_the_card_and_vote_once_voting_opens(make_app: AppFactory) -> None:
    app, scene = group_with_phones(make_app)
    assert app.phones is not None and app.phones.url is not None
    phone = Phone(app.phones.url)
    state = phone.state()
    assert state["card"] == scene.card.id and state["voting"] is False
    assert state["title"] == "De scanauto zoekt ook afval"
    assert phone.vote(1) == 409  # not open yet
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    assert phone.state()["voting"] is True and len(phone.state()["options"]) == 3
    assert phone.vote(2) == 200
    assert app._woken()  # the loop wakes up for it
    app.pump()
    assert scene.room.phone_counts == (0, 1, 0) and scene.tally.counts == (0, 1, 0)
    assert app.phones.snapshot.cast == 1 and app.phones.snapshot.joined == 1


def test_hands_and_phones_add_up_and_the_split_is_logged_apart(make_app: AppFactory) -> None:
    app, scene = group_with_phones(make_app)
    assert app.phones is not None and app.phones.url is not None
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    phones = [Phone(app.phones.url) for _ in range(3)]
    for phone, option in zip(phones, (1, 3, 3), strict=True):
        assert phone.vote(option) == 200
    press(app, pygame.K_1)
    press(app, pygame.K_1)  # two raised hands for option 1
    assert scene.keys.counts == (2, 0, 0) and scene.room.phone_counts == (1, 0, 2)
    assert scene.shown_tally.counts == (2, 0, 0)  # beside the options: the hands; the phones stay hidden
    assert scene.view().votes == 5
    press(app, pygame.K_RETURN)  # 3 - 0 - 2: option 1 by majority
    feedback = app.scene
    assert isinstance(feedback, FeedbackScene)
    record = app.session.game.state.choices[-1] if app.session else None
    assert record is not None and record.option == 0 and record.votes == (3, 0, 2)
    assert phones[0].state()["card"] is None  # the phones wait for the next card
    assert app.session is not None and app.session.log_path is not None
    split = [event for event in read_log(app.session.log_path).events if event["kind"] == "split"]
    assert [(event["keys"], event["phones"]) for event in split] == [([2, 0, 0], [1, 0, 2])]


def test_a_tie_reveals_the_phones_split(make_app: AppFactory) -> None:
    app, scene = group_with_phones(make_app)
    assert app.phones is not None and app.phones.url is not None
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    assert Phone(app.phones.url).vote(2) == 200
    press(app, pygame.K_1)
    press(app, pygame.K_RETURN)  # 1 - 1 - 0
    assert scene.phase == "tie" and scene.shown_tally.counts == (1, 1, 0)
    press(app, pygame.K_2)
    assert app.session is not None and app.session.game.state.choices[-1].option == 1


def test_the_join_panel_shows_the_address_as_a_qr_code_while_voting(make_app: AppFactory) -> None:
    app, scene = group_with_phones(make_app, size=(1920, 1080))
    assert app.phones is not None and app.phones.url is not None
    press(app, pygame.K_r)
    scene.ensure_layout()
    assert "phones" not in scene.boxes  # only while voting
    press(app, pygame.K_v)
    scene.ensure_layout()
    panel = scene.boxes["phones"]
    assert panel.height >= 180  # a code a phone reads from across a room
    for button in scene.buttons.buttons:
        assert not button.rect.colliderect(panel)
    code = app.phones.qr(panel.height - 24)
    matrix = segno.make(app.phones.url, error="m", boost_error=False).matrix
    module = code.get_width() // (len(matrix) + 4)
    assert module >= 3
    for row in (0, 3, len(matrix) - 1):
        for column in range(len(matrix)):
            colour = code.get_at(((column + 2) * module + module // 2, (row + 2) * module + module // 2))
            assert (colour[0] < 128) == bool(matrix[row][column])


def test_a_port_in_use_is_said_plainly_and_the_session_goes_on_with_hands(make_app: AppFactory) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = PlaySettings(group=True, phones=True, phones_host="127.0.0.1", phones_port=port)
        app = make_app([ScenarioEntry(COUNCIL_SESSION)], settings=settings)
    assert app.phones is None and app.settings.phones is False
    assert app.toast is not None and f"poort {port} op 127.0.0.1 is al in gebruik" in app.toast.text
    assert "hotspot" in app.toast.text
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    past_statements(app)
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    press(app, pygame.K_3)
    press(app, pygame.K_RETURN)
    assert app.session is not None and app.session.game.state.choices[-1].option == 2


def test_the_pause_menu_switches_phones_off_and_on_and_closing_stops_the_server(make_app: AppFactory) -> None:
    app, _ = group_with_phones(make_app)
    assert app.phones is not None and app.phones.url is not None
    press(app, pygame.K_ESCAPE)
    assert pause_labels(app)["phones"] == "Stemmen met telefoons: aan"
    first = app.phones.url
    click(app, button_centre(app, "phones"))
    assert app.phones is None and pause_labels(app)["phones"] == "Stemmen met telefoons: uit"
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(first + "state", timeout=5)
    click(app, button_centre(app, "phones"))
    assert app.phones is not None and app.phones.url is not None
    second = app.phones.url
    assert second != first  # a new address: the old one stays dead
    app.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(second + "state", timeout=5)


def test_solo_play_has_no_phone_switch_in_the_pause_menu(make_app: AppFactory) -> None:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)])
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    past_statements(app)
    press(app, pygame.K_ESCAPE)
    assert "phones" not in pause_labels(app)


def test_the_title_screen_switches_phones_on_and_the_group_screen_shows_how_to_join(
    make_app: AppFactory,
) -> None:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], settings=PlaySettings(phones_host="127.0.0.1"))
    assert app.phones is None
    click(app, button_centre(app, "phones"))
    assert app.phones is not None and app.phones.url is not None and app.settings.phones
    assert "Stemmen per telefoon: aan" in [button.label for button in app.scene.buttons.buttons]
    click(app, button_centre(app, "group"))
    assert app.scene.name == "group_name"
    app.scene.ensure_layout()
    panel, name = app.scene.boxes["phones"], app.scene.boxes["panel"]
    assert not panel.colliderect(name) and app.screen.get_rect().contains(panel)
