"""Quiet sound cues made in code (issue 8): a card, a decision, a year end, the timer at zero; M mutes;
silence without an error where there is no audio device; headless never plays."""

from __future__ import annotations

from itertools import pairwise

import pygame
import pytest

from game.i18n import t
from game.settings import PlaySettings
from game.ui import sound
from game.ui.app import App
from tests.ui.conftest import AppFactory, button_centre, click, pause_labels, press, settle, type_text

LIMIT = {"card": 0.06, "decision": 0.1, "year": 0.1, "timer": 0.15}  # peak, as a share of full scale
OLD_CHIME_PEAK = 0.25  # the timer chime's volume before the cues: every cue stays well under it


@pytest.fixture
def fresh_sound(monkeypatch: pytest.MonkeyPatch) -> None:
    """No sound made or device tried yet (as in a new process)."""
    monkeypatch.setattr(sound, "_sounds", {})
    monkeypatch.setattr(sound, "_unavailable", [])


@pytest.fixture
def played(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The cues the game asks the mixer to play, and 'stop' when it silences them."""
    calls: list[str] = []

    def play(cue: str) -> bool:
        calls.append(cue)
        return True

    monkeypatch.setattr(sound, "play", play)
    monkeypatch.setattr(sound, "stop", lambda: calls.append("stop"))
    return calls


@pytest.fixture
def no_device(monkeypatch: pytest.MonkeyPatch, fresh_sound: None) -> list[int]:
    """No mixer is open and opening one fails; each try to open it is counted."""
    tries: list[int] = []

    def refuse(*args: object, **kwargs: object) -> None:
        tries.append(1)
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", refuse)
    return tries


def audible(app: App) -> App:
    app.audible = True  # the dummy video driver counts as headless: a test turns sound on itself
    return app


# -- the cues -----------------------------------------------------------------------------------


@pytest.mark.parametrize("cue", list(sound.CUES))
def test_each_cue_is_short_quiet_and_click_free(cue: sound.Cue) -> None:
    rate = 22050
    samples = sound.cue_samples(cue, rate, 2)
    assert samples[0::2] == samples[1::2]  # the same on both channels
    mono = samples[0::2]
    seconds = len(mono) / rate
    assert 0.1 <= seconds < 0.6
    peak = max(abs(value) for value in mono)
    assert peak > sound.FULL_SCALE * 0.02  # it sounds
    assert peak < sound.FULL_SCALE * LIMIT[cue] < sound.FULL_SCALE * OLD_CHIME_PEAK  # quietly
    edge = rate // 1000  # the first and last millisecond: starting from and ending at silence
    assert abs(mono[0]) < 50 and abs(mono[-1]) < 50
    assert max(abs(value) for value in mono[:edge]) < peak * 0.2
    assert max(abs(value) for value in mono[-edge:]) < peak * 0.05
    steps = max(abs(b - a) for a, b in pairwise(mono))
    assert steps < sound.FULL_SCALE * 0.05  # no jump anywhere


def test_the_cues_differ() -> None:
    assert len({tuple(sound.cue_samples(cue, 8000, 1)) for cue in sound.CUES}) == len(sound.CUES)


def test_no_audio_device_means_silence_without_an_error_and_without_retrying(no_device: list[int]) -> None:
    for cue in sound.CUES:
        assert sound.play(cue) is False
    assert sound.play("timer") is False
    assert no_device == [1]  # tried once, then never again
    sound.stop()  # and silencing nothing is fine


def test_without_a_mixer_module_a_cue_returns_false(
    monkeypatch: pytest.MonkeyPatch, fresh_sound: None
) -> None:
    def missing(*args: object, **kwargs: object) -> None:
        raise NotImplementedError("mixer module not available")

    monkeypatch.setattr(pygame.mixer, "get_init", missing)
    assert sound.play("card") is False


def test_cues_play_on_the_dummy_audio_driver_and_stop_silences_them(fresh_sound: None) -> None:
    opened_before = pygame.mixer.get_init()
    try:
        if not sound.play("year"):  # conftest sets SDL_AUDIODRIVER=dummy; a mixer-less build says False
            pytest.skip("no mixer on this machine")
        assert pygame.mixer.get_init() is not None
        assert sound.play("year")  # made once, kept
        sound.stop()
        assert not pygame.mixer.get_busy()
    finally:
        if not opened_before:
            pygame.mixer.quit()


# -- in the game --------------------------------------------------------------------------------


def test_the_game_cues_a_card_a_decision_and_a_year_end(make_app: AppFactory, played: list[str]) -> None:
    app = audible(make_app())
    press(app, pygame.K_RETURN)
    assert played == []  # the intro is quiet
    press(app, pygame.K_RETURN)
    assert played == ["card"]
    press(app, pygame.K_1)
    assert played == ["card", "decision"]
    for _ in range(40):
        if app.scene.name == "year":
            break
        press(app, pygame.K_1 if app.scene.name == "card" else pygame.K_RETURN)
    assert app.scene.name == "year" and played[-1] == "year"
    assert set(played) == {"card", "decision", "year"}


def test_m_mutes_everywhere_with_a_toast_and_stops_what_plays(
    make_app: AppFactory, played: list[str]
) -> None:
    app = audible(make_app())
    press(app, pygame.K_m)  # on the title screen too
    assert app.settings.muted and played == ["stop"]
    assert app.toast is not None and app.toast.text == "Geluid uit"
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_1)
    assert app.scene.name == "feedback" and played == ["stop"]  # nothing while muted
    press(app, pygame.K_l)
    press(app, pygame.K_m)
    assert not app.settings.muted
    assert app.toast is not None and app.toast.text == t("sound.on", "en") == "Sound on"
    press(app, pygame.K_RETURN)
    assert played[-1] in ("card", "year")


def test_m_with_ctrl_or_in_a_text_field_is_not_mute(make_app: AppFactory) -> None:
    app = make_app(settings=PlaySettings(group=True))
    app.clock.advance(1000)  # type: ignore[attr-defined]
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_m, mod=pygame.KMOD_LCTRL, unicode=""))
    app.pump()
    assert not app.settings.muted
    press(app, pygame.K_RETURN)
    assert app.scene.name == "group_name"
    type_text(app, "Mm")  # the group's name
    assert not app.settings.muted and getattr(app.scene, "text", "") == "Mm"


def test_the_pause_menu_has_the_sound_setting(make_app: AppFactory, played: list[str]) -> None:
    app = audible(make_app())
    press(app, pygame.K_ESCAPE)
    assert app.pause is not None
    assert pause_labels(app)["sound"] == "Geluid: aan"
    click(app, button_centre(app, "sound"))
    assert app.settings.muted and played == ["stop"]
    assert pause_labels(app)["sound"] == "Geluid: uit"


def test_headless_never_plays(make_app: AppFactory, played: list[str]) -> None:
    app = make_app()
    assert not app.audible  # the dummy video driver: tests, screenshots, benchmarks
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_1)
    assert played == []


def test_the_mixer_is_opened_on_the_first_cue_not_at_start_up(
    make_app: AppFactory, no_device: list[int]
) -> None:
    opened = no_device
    app = audible(make_app())
    press(app, pygame.K_RETURN)
    assert opened == []  # the title screen and the intro make no sound: no mixer yet
    press(app, pygame.K_RETURN)
    assert opened == [1] and app.scene.name == "card"  # the first card: tried once, silently
    press(app, pygame.K_1)
    press(app, pygame.K_RETURN)
    assert opened == [1]  # and never again


def test_the_audio_device_is_closed_once_the_cues_are_over(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch, fresh_sound: None
) -> None:
    """An open device keeps a thread mixing silence: the waiting game would use twice the CPU."""
    monkeypatch.setattr(sound, "_opened", [])
    opened_before = pygame.mixer.get_init()
    app = audible(make_app())
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    try:
        if not sound._opened:
            pytest.skip("no mixer on this machine, or one opened before this test")
        assert pygame.mixer.get_init() is not None
        settle(app)
        assert 0 < app.wait_timeout() <= sound.RELEASE_MS  # the loop wakes once more, to close it
        monkeypatch.setattr(pygame.mixer, "get_busy", lambda: False)  # (the cue has played by then)
        app.clock.advance(sound.RELEASE_MS)  # type: ignore[attr-defined]
        app.pump()
        assert not sound._opened and pygame.mixer.get_init() is None
        assert app.wait_timeout() == 0  # and then it sleeps
    finally:
        if not opened_before and pygame.mixer.get_init():
            pygame.mixer.quit()
