"""Read aloud in the window: what is spoken, in which order, and the switches (S, H, the pause menu).

A recording Voice stands in for the platform's speech (the dummy video driver gets one by itself).
"""

from __future__ import annotations

import pygame
import pytest

from game.i18n import t
from game.settings import PlaySettings
from game.speech.script import card_lines, feedback_lines, option_line, spoken, year_lines
from game.speech.voice import RecordingVoice
from game.ui import narrator as narrator_module
from game.ui.app import App
from game.ui.scenes.card import CardScene
from tests.ui.conftest import AppFactory, pause_labels, press, settle


def recorder(app: App) -> RecordingVoice:
    assert app.narrator is not None
    voice = app.narrator.voice
    assert isinstance(voice, RecordingVoice)
    return voice


def test_a_card_its_focused_option_the_feedback_and_the_year_are_read_in_order(make_app: AppFactory) -> None:
    app = make_app(settings=PlaySettings(read_aloud=True))
    voice = recorder(app)
    assert voice.texts == ["Digitaal leiderschap.\nScenario.\nVoorbeeldgemeente."], "the title screen first"
    press(app, pygame.K_RETURN)  # the intro
    press(app, pygame.K_RETURN)  # the first card
    session = app.session
    assert session is not None and isinstance(app.scene, CardScene)
    card = app.scene.card
    scenario = session.scenario
    assert voice.texts[-1] == spoken(card_lines(scenario, card, "nl"))
    press(app, pygame.K_TAB)
    assert voice.texts[-1] == option_line(scenario, card, 0, "nl")
    press(app, pygame.K_TAB)
    assert voice.texts[-1] == option_line(scenario, card, 1, "nl")
    press(app, pygame.K_1)
    assert app.scene.name == "feedback"
    result = session.game.state.choices[-1]
    deltas = app.scene.result.deltas  # type: ignore[attr-defined]
    assert voice.texts[-1] == spoken(feedback_lines(scenario, card, result.option, deltas, "nl"))
    for _ in range(60):
        if app.scene.name == "year":
            break
        settle(app)
        press(app, pygame.K_1 if app.scene.name == "card" else pygame.K_RETURN)
    assert app.scene.name == "year"
    summary = app.scene.summary  # type: ignore[attr-defined]
    assert voice.texts[-1] == spoken(year_lines(scenario, summary, "nl"))
    assert all(lang == "nl" for _, lang in voice.spoken)


def test_s_switches_reading_off_and_on_h_reads_the_screen_again(make_app: AppFactory) -> None:
    app = make_app()
    assert app.narrator is None, "nothing of reading aloud is loaded for a game that does not read aloud"
    press(app, pygame.K_RETURN)
    press(app, pygame.K_s)
    voice = recorder(app)
    assert app.settings.read_aloud and app.toast is not None and app.toast.text == t("read.on", "nl")
    intro = voice.texts[-1]
    assert intro.startswith(app.session.scenario.text(app.session.scenario.title, "nl"))  # type: ignore[union-attr]
    press(app, pygame.K_RETURN)
    assert len(voice.texts) == 2
    press(app, pygame.K_s)
    assert not app.settings.read_aloud and voice.stops == 1 and app.toast.text == t("read.off", "nl")
    press(app, pygame.K_1)
    assert len(voice.texts) == 2, "nothing is read with reading off"
    press(app, pygame.K_h)
    assert len(voice.texts) == 3
    assert voice.texts[-1].startswith("Gekozen: "), "H reads the screen on demand, also with reading off"


def test_the_pause_menu_switches_reading_and_the_reading_font(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_ESCAPE)
    labels = pause_labels(app)
    assert labels["read_aloud"] == "Voorlezen: uit" and labels["reading_font"] == "Leesletter: uit"
    app.pause.on_action("read_aloud")  # type: ignore[union-attr]
    app.pause.on_action("reading_font")  # type: ignore[union-attr]
    app.pump()
    labels = pause_labels(app)
    assert labels["read_aloud"] == "Voorlezen: aan" and labels["reading_font"] == "Leesletter: aan"
    assert app.settings.read_aloud and app.fonts.reading


def test_without_a_voice_the_game_says_so_once_and_plays_on(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = "OSError: libespeak-ng.so.1 not found"
    monkeypatch.setattr(narrator_module, "silent_voice", lambda: RecordingVoice(problem=missing))
    app = make_app()
    press(app, pygame.K_s)
    message = t("read.no_voice", "nl", problem=missing)
    assert app.toast is not None and app.toast.text == message
    press(app, pygame.K_s)
    press(app, pygame.K_s)
    assert app.toast.text == t("read.on", "nl"), "the missing voice is said once"
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"


def test_h_with_reading_off_says_once_that_there_is_no_voice(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # H reads the screen on demand with reading off: without speech it must say why nothing is heard.
    missing = "OSError: libespeak-ng.so.1 not found"
    monkeypatch.setattr(narrator_module, "silent_voice", lambda: RecordingVoice(problem=missing))
    app = make_app()
    press(app, pygame.K_h)
    message = t("read.no_voice", "nl", problem=missing)
    assert app.toast is not None and app.toast.text == message
    press(app, pygame.K_s)
    assert app.toast.text == t("read.on", "nl"), "said once: not again when reading is switched on"


def test_the_help_lists_the_read_aloud_keys(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_F1)
    texts = " ".join(" ".join(block.lines) for block in app.pause.texts.values())  # type: ignore[union-attr]
    assert "S, H" in texts and "voorlezen aan of uit" in texts


def test_the_platforms_speech_is_made_off_the_loop_and_played_through_the_mixer(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With espeak-ng (installed by .ci/run): S reads the intro; the loop is woken when the speech is
    ready, plays it on the speech channel, and later closes the audio device again."""
    import time

    from game.speech.system import Synthesiser
    from game.ui import sound
    from game.ui.narrator import system_voice

    try:
        Synthesiser()
    except Exception as error:
        pytest.skip(f"no speech here ({type(error).__name__}: {error}); .ci/run installs espeak-ng")
    monkeypatch.setattr(narrator_module, "silent_voice", system_voice)  # (the dummy driver gets a silent one)
    app = make_app()
    press(app, pygame.K_RETURN)
    started = time.monotonic()
    press(app, pygame.K_s)
    assert time.monotonic() - started < 0.5, "switching reading on does not wait for the speech"
    deadline = time.monotonic() + 10
    while not (app.narrator is not None and app.narrator.ready()):
        assert time.monotonic() < deadline, "the speech never became ready"
        time.sleep(0.01)
    assert app._woken(), "the loop wakes for speech that is ready"
    app.pump()
    assert pygame.mixer.get_init() and pygame.mixer.Channel(sound.SPEECH_CHANNEL).get_busy()
    press(app, pygame.K_s, wait=10)  # off: silent at once
    assert pygame.mixer.get_init() and not pygame.mixer.Channel(sound.SPEECH_CHANNEL).get_busy()
    app.clock.advance(sound.RELEASE_MS + 1)  # type: ignore[attr-defined]
    app.pump()
    assert not pygame.mixer.get_init(), "the audio device is closed once the speech is over"


def test_a_group_hears_the_options_only_when_they_are_shown(make_app: AppFactory) -> None:
    app = make_app(settings=PlaySettings(group=True, read_aloud=True))
    voice = recorder(app)
    for _ in range(10):  # the intro, the statements before the first card
        if app.scene.name == "card":
            break
        press(app, pygame.K_RETURN)
    assert isinstance(app.scene, CardScene) and app.session is not None
    scenario, card = app.session.scenario, app.scene.card
    assert voice.texts[-1] == spoken(card_lines(scenario, card, "nl", options=False))
    press(app, pygame.K_r)  # the facilitator shows the options: only they are read now
    options = [option_line(scenario, card, index, "nl") for index in range(len(card.options))]
    assert voice.texts[-1] == spoken(options)
    press(app, pygame.K_ESCAPE)
    assert voice.texts[-1] == "Verder spelen", "the menu's focused button is read"
    count = len(voice.texts)
    press(app, pygame.K_ESCAPE)
    assert len(voice.texts) == count, "back on the card nothing is read again"


def test_a_voice_that_hangs_is_said_once_as_stopped_and_the_window_plays_on(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pyttsx3's macOS driver can hang off the main thread: the watchdog (on the window's own clock here)
    gives the voice up, the window says so once and goes on; it never waits for the voice."""
    from game.speech.system import SystemVoice
    from game.speech.watchdog import Watchdog
    from tests.speech.fakes import HangingSynthesiser

    synthesiser = HangingSynthesiser()
    apps: list[App] = []

    def hanging_voice() -> SystemVoice:
        return SystemVoice(
            lambda path: pytest.fail("a hung voice plays nothing"),
            lambda: None,
            make=lambda: synthesiser,  # type: ignore[arg-type, return-value]
            watchdog=Watchdog(lambda text: 10.0, clock=lambda: apps[0].now() / 1000),
        )

    monkeypatch.setattr(narrator_module, "silent_voice", hanging_voice)
    app = make_app()
    apps.append(app)
    try:
        press(app, pygame.K_s)  # reading on: the title screen is read, and the voice hangs on it
        assert app.toast is not None and app.toast.text == t("read.on", "nl")
        assert synthesiser.entered.wait(5)
        press(app, pygame.K_RETURN)  # the window goes on while the voice is hung (within its 10 s)
        assert app.scene.name == "intro" and not synthesiser.answered.is_set()
        assert app.toast.text == t("read.on", "nl"), "nothing is said before the bound"
        app.clock.advance(10_000)  # type: ignore[attr-defined]
        assert app._woken(), "the loop wakes to say it"
        app.pump()
        stopped = t("read.stopped", "nl")
        assert app.toast is not None and app.toast.text == stopped
        press(app, pygame.K_s)
        press(app, pygame.K_s)  # off and on again: the same voice, not said again
        assert app.toast.text == t("read.on", "nl")
        press(app, pygame.K_RETURN)
        press(app, pygame.K_RETURN)
        assert app.scene.name == "card", "the game plays on without speech"
        assert app.toast.text != stopped and not synthesiser.answered.is_set()
        assert synthesiser.asked == [synthesiser.asked[0]], "no text waited behind the hung one"
    finally:
        synthesiser.release.set()
