"""A voice that hangs (pyttsx3's macOS driver off the main thread) is given up once, on a clock the test
moves: the window is woken to say so, later texts are not queued, and nothing is ever played."""

from __future__ import annotations

from pathlib import Path

from game.speech.system import Synthesiser, SystemVoice
from game.speech.watchdog import MINIMUM_S, Watchdog, allowed_seconds
from tests.speech.fakes import Clock, HangingSynthesiser


def hanging_voice(synthesiser: HangingSynthesiser, clock: Clock, played: list[Path]) -> SystemVoice:
    return SystemVoice(
        lambda path: played.append(path) is None,
        lambda: None,
        make=lambda: synthesiser,  # type: ignore[arg-type, return-value]
        watchdog=Watchdog(lambda text: 10.0, clock=clock),
    )


def test_a_voice_that_hangs_on_a_text_is_given_up_once_and_nothing_more_is_queued() -> None:
    synthesiser, clock = HangingSynthesiser(), Clock()
    played: list[Path] = []
    voice = hanging_voice(synthesiser, clock, played)
    try:
        assert voice.problem is None
        voice.say("kaart een", "nl")
        assert synthesiser.entered.wait(5), "the worker took the text"
        voice.say("kaart twee", "nl")  # waits behind the hung text
        clock.now = 9.9
        assert not voice.ready() and voice.poll() is False and voice.problem is None, "within its bound"
        clock.now = 10.0
        assert voice.ready(), "the window's loop is woken to say the voice stopped"
        assert voice.poll() is False
        assert voice.problem is not None and "10 s" in voice.problem
        assert not voice.ready() and voice.poll() is False, "given up once: the loop is not woken again"
        for number in range(50):
            voice.say(f"tekst {number}", "nl")
        assert not synthesiser.answered.is_set(), "the voice was still hung all along"
    finally:
        synthesiser.release.set()  # the voice answers at last, long after it was given up
    assert synthesiser.answered.wait(5)
    voice._thread.join(5)
    assert not voice._thread.is_alive(), "the worker ends when the hung voice answers"
    assert synthesiser.asked == ["kaart een"], "no text waited behind the hung one"
    assert not voice.ready() and voice.poll() is False and played == [], "the late answer is never played"
    voice.close()


def test_a_voice_that_hangs_while_starting_does_not_hold_the_window_and_is_given_up() -> None:
    synthesiser, clock = HangingSynthesiser(), Clock()
    played: list[Path] = []

    def make() -> Synthesiser:
        synthesiser.entered.set()
        synthesiser.release.wait(30)
        return synthesiser  # type: ignore[return-value]

    voice = SystemVoice(
        lambda path: played.append(path) is None,
        lambda: None,
        make=make,
        watchdog=Watchdog(lambda text: 10.0, clock=clock),
        start_wait=0,  # switching reading on does not wait for a start that never comes
    )
    try:
        assert synthesiser.entered.wait(5) and voice.problem is None
        voice.say("kaart een", "nl")
        clock.now = 10.0
        assert voice.ready() and voice.poll() is False and voice.problem is not None
    finally:
        synthesiser.release.set()
    voice._thread.join(5)
    assert not voice._thread.is_alive() and synthesiser.asked == [] and played == []
    voice.close()


def test_the_bound_is_generous_and_grows_with_the_text() -> None:
    assert allowed_seconds("", 165) == allowed_seconds("Optie 1: de raad", 165) == MINIMUM_S
    long_text = " ".join(["woord"] * 1000)  # about six minutes aloud
    assert allowed_seconds(long_text, 165) == 2 * 1000 * 60 / 165
    clock = Clock(5.0)
    watchdog = Watchdog(lambda text: allowed_seconds(text, 165), clock=clock)
    assert not watchdog.overdue(), "nothing asked, nothing overdue"
    watchdog.start(long_text)
    clock.now += MINIMUM_S
    assert not watchdog.overdue(), "a long text gets longer than the minimum"
    clock.now = 5.0 + watchdog.limit
    assert watchdog.overdue()
    watchdog.done()
    assert not watchdog.overdue()


def test_a_voice_that_fails_mid_game_wakes_the_window_once_to_say_so() -> None:
    # A driver that raises on a text (not a hang): the window's loop may be waiting for input with
    # nothing to draw, so the voice wakes it, once, to show that reading aloud stopped.
    class Failing:
        def to_file(self, text: str, lang: str, out: Path) -> bool:
            raise OSError("the audio device went away")

    voice = SystemVoice(lambda path: True, lambda: None, make=lambda: Failing())  # type: ignore[arg-type, return-value]
    try:
        assert voice.problem is None
        voice.say("kaart een", "nl")
        voice._thread.join(5)
        assert voice.problem is not None and "audio device" in voice.problem
        assert voice.ready(), "the window's loop is woken to say the voice stopped"
        assert voice.poll() is False
        assert not voice.ready(), "once: the loop is not woken again"
    finally:
        voice.close()
