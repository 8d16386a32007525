"""The platform's speech behind the Voice interface: a worker thread, the newest text wins, no voice
is said once (game/speech/system.py), with a stand-in synthesiser; and the real espeak-ng to a WAV file."""

from __future__ import annotations

import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from game.scenario import load_scenario
from game.speech.system import SPEECH_RATE, Synthesiser, SystemVoice, pick_voice
from tests.ui.conftest import EXAMPLE


class SlowSynthesiser:
    """Writes the text into the 'sound file'; each text waits until the test lets it go."""

    def __init__(self) -> None:
        self.go = threading.Semaphore(0)
        self.made: list[str] = []

    def to_file(self, text: str, lang: str, out: Path) -> bool:
        assert self.go.acquire(timeout=5), "the test never let the synthesiser go"
        self.made.append(text)
        out.write_text(f"{lang}:{text}", encoding="utf-8")
        return True


def wait_until(check: Callable[[], object], seconds: float = 5) -> None:
    """Poll `check` until it is true, for at most `seconds` (a bound, not a measurement)."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_the_newest_text_is_played_older_ones_are_dropped_and_say_never_waits() -> None:
    synthesiser = SlowSynthesiser()
    played: list[str] = []
    silenced: list[bool] = []
    voice = SystemVoice(
        lambda path: played.append(path.read_text(encoding="utf-8")) is None,
        lambda: silenced.append(True),
        make=lambda: synthesiser,  # type: ignore[arg-type, return-value]
    )
    try:
        assert voice.problem is None
        # The synthesiser is held until the test lets it go: a `say` that waited for it would time it out.
        voice.say("kaart een", "nl")
        voice.say("kaart twee", "nl")  # before the first is made: the first is never played
        synthesiser.go.release(2)
        wait_until(voice.poll)  # results come in order: "kaart een" (if it was made) is dropped on the way
        assert played == ["nl:kaart twee"] and len(silenced) == 2
        voice.say("optie 1", "en")
        voice.stop()  # cut off before it was made: nothing plays
        voice.say("optie 2", "en")  # (its result can only come after the worker is done with "optie 1")
        synthesiser.go.release(2)
        wait_until(voice.poll)  # results come in order: "optie 1" (if it was made) is dropped on the way
        assert played == ["nl:kaart twee", "en:optie 2"], "the text cut off is never played"
    finally:
        synthesiser.go.release(5)
        voice.close()


def test_without_speech_on_the_computer_the_voice_says_why_and_stays_silent() -> None:
    def missing() -> Synthesiser:
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    played: list[Path] = []
    voice = SystemVoice(lambda path: played.append(path) is None, lambda: None, make=missing)
    assert voice.problem is not None and "libespeak-ng" in voice.problem
    voice.say("hallo", "nl")
    assert voice.poll() is False and not voice.ready() and played == []
    voice.close()


def test_a_voice_for_the_language_is_found_on_every_platform() -> None:
    espeak = [
        SimpleNamespace(id="gmw/en", name="English", languages=["en"]),
        SimpleNamespace(id="gmw/nl", name="Dutch", languages=["nl"]),
    ]
    assert pick_voice(espeak, "nl") == "gmw/nl" and pick_voice(espeak, "en") == "gmw/en"
    macos = [SimpleNamespace(id="com.apple.voice.Xander", name="Xander", languages=["nl_NL"])]
    assert pick_voice(macos, "nl") == "com.apple.voice.Xander"
    sapi = [
        SimpleNamespace(
            id=r"HKEY\TTS_MS_EN-US_ZIRA_11.0", name="Microsoft Zira - English (United States)", languages=[]
        ),
        SimpleNamespace(
            id=r"HKEY\TTS_MS_NL-NL_FRANK_11.0", name="Microsoft Frank - Dutch (Netherlands)", languages=[]
        ),
    ]
    assert pick_voice(sapi, "nl") == r"HKEY\TTS_MS_NL-NL_FRANK_11.0"
    assert pick_voice(sapi, "en") == r"HKEY\TTS_MS_EN-US_ZIRA_11.0"
    assert pick_voice(espeak[:1], "nl") is None


def test_espeak_ng_speaks_a_card_into_a_wav_file_of_plausible_length(tmp_path: Path) -> None:
    """The real platform speech (espeak-ng on Linux, which .ci/run installs): a card's text in Dutch."""
    try:
        synthesiser = Synthesiser()
    except Exception as error:  # no pyttsx3 driver or no espeak-ng library on this machine
        pytest.skip(
            f"no speech on this machine ({type(error).__name__}: {error}); .ci/run installs espeak-ng"
        )
    if not synthesiser.has_voice("nl"):
        pytest.skip("no Dutch voice installed (espeak-ng-data has nl)")
    assert synthesiser.engine.private, "the tested pyttsx3 is reached through its driver, not the fallback"
    scenario = load_scenario(EXAMPLE)
    text = scenario.text(scenario.cards[0].text, "nl")
    out = tmp_path / "kaart.wav"
    assert synthesiser.to_file(text, "nl", out)
    with wave.open(str(out)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
    expected = len(text.split()) * 60 / SPEECH_RATE
    assert 0.5 * expected < seconds < 2.5 * expected, f"{seconds:.1f} s for {len(text.split())} words"
