"""The platform's own offline speech through pyttsx3 (SAPI5, NSSpeechSynthesizer, espeak-ng).

Speech is synthesised to a sound file on a worker thread (the frame loop never waits for it) and played
by the window's own audio (a player the window passes in), so it can be cut off at once on every platform.
"""

from __future__ import annotations

import queue
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from game.speech import pyttsx3_driver
from game.speech.pyttsx3_driver import Pyttsx3Engine
from game.speech.watchdog import Watchdog, allowed_seconds

SPEECH_RATE = 165  # words per minute: calm enough for a room, a little slower than espeak's 175
START_WAIT_S = 2.0  # switching reading on waits this long at most to know whether there is a voice

LANGUAGE_NAMES = {"nl": ("dutch", "nederlands"), "en": ("english",)}


def pick_voice(voices: Sequence[Any], lang: str) -> str | None:
    """The id of a voice for `lang` ("nl", "en"): by its languages (espeak 'nl', macOS 'nl_NL'), else by
    its id or name ('Microsoft Frank - Dutch (Netherlands)'); None when there is none."""
    names = LANGUAGE_NAMES.get(lang, ())
    for voice in voices:
        for code in getattr(voice, "languages", None) or []:
            text = code.decode("utf-8", "ignore") if isinstance(code, bytes) else str(code)
            if text.lower().replace("_", "-").split("-")[0] == lang:
                return str(voice.id)
    for voice in voices:
        label = f"{getattr(voice, 'id', '')} {getattr(voice, 'name', '')}".lower()
        tokens = set(label.replace("\\", " ").replace("/", " ").replace("_", " ").replace("-", " ").split())
        if lang in tokens or any(name in label for name in names):
            return str(voice.id)
    return None


class Synthesiser:
    """pyttsx3 on the thread that made it: text to a sound file, in a voice for the text's language."""

    def __init__(self, engine: Pyttsx3Engine | None = None) -> None:
        # The platform's speech: may fail where no speech is installed.
        self.engine = engine if engine is not None else pyttsx3_driver.start()
        self.engine.set_property("rate", SPEECH_RATE)
        self._voices = self.engine.voices()
        self._lang: str | None = None

    def has_voice(self, lang: str) -> bool:
        return pick_voice(self._voices, lang) is not None

    def to_file(self, text: str, lang: str, out: Path) -> bool:
        """Write `text` spoken to `out`; False when nothing came out."""
        if lang != self._lang:
            voice = pick_voice(self._voices, lang)
            if voice is not None:
                self.engine.set_property("voice", voice)
            self._lang = lang
        self.engine.save(text.strip(), out)  # (espeak writes nothing after a trailing newline)
        return out.is_file() and out.stat().st_size > 44  # more than a WAV header


class SystemVoice:
    """A Voice: the newest text is synthesised on a worker thread, then `play`ed by `poll` on the
    window's thread; `silence` stops it. Without speech on the computer, `problem` says so.

    A watchdog bounds every answer of the platform's voice (its start, each text): pyttsx3's macOS driver
    can hang off the main thread for good (RapidWareTech/pyttsx#7, nateshmbhat/pyttsx3#22 and #142). A
    voice past its bound wakes the window (`ready`), whose `poll` then sets `problem` and drops what
    waits: the game plays on without speech, and the hung thread is left behind (a daemon)."""

    def __init__(
        self,
        play: Callable[[Path], bool],
        silence: Callable[[], None],
        make: Callable[[], Synthesiser] = Synthesiser,
        watchdog: Watchdog | None = None,
        start_wait: float = START_WAIT_S,
    ) -> None:
        self._play, self._silence = play, silence
        self._make = make
        self._watch = watchdog or Watchdog(lambda text: allowed_seconds(text, SPEECH_RATE))
        self._wanted: queue.Queue[tuple[int, str, str] | None] = queue.Queue()
        self._ready: queue.Queue[tuple[int, Path]] = queue.Queue()
        self._asked = 0  # the number of the newest request: older results are dropped
        self._folder = Path(tempfile.mkdtemp(prefix="digitaal-leiderschap-speech-"))
        self._started = threading.Event()
        self._hung = False
        self._problem_polled = False  # `poll` has run since the voice had a problem (the window knows)
        self.problem: str | None = None
        self._watch.start("")
        self._thread = threading.Thread(target=self._work, name="speech", daemon=True)
        self._thread.start()
        # Once, when reading is first switched on: the engine starts in about 25 ms (espeak-ng), and then
        # a missing voice is known before the first text. A slower start is left to the watchdog.
        self._started.wait(start_wait)

    def say(self, text: str, lang: str) -> None:
        self._asked += 1
        self._silence()
        if self.problem is None and text.strip():
            self._wanted.put((self._asked, text, lang))

    def stop(self) -> None:
        self._asked += 1
        self._silence()

    def ready(self) -> bool:
        """Speech waits to be played, or the voice has just overrun its bound or failed (`poll` says so)."""
        return (
            not self._ready.empty()
            or (self.problem is None and self._watch.overdue())
            or (self.problem is not None and not self._problem_polled)
        )

    def poll(self) -> bool:
        """Play the newest finished speech, if it is still wanted; True when it started. A voice past its
        bound is given up here (`problem`)."""
        if self.problem is None and self._watch.overdue():
            self._give_up(f"the voice did not answer within {self._watch.limit:.0f} s")
        self._problem_polled = self.problem is not None
        started = False
        while True:
            try:
                number, path = self._ready.get_nowait()
            except queue.Empty:
                return started
            if number == self._asked and not self._hung:
                started = self._play(path)

    def close(self) -> None:
        self._silence()
        self._wanted.put(None)
        self._thread.join(0 if self._hung else 5)  # a hung voice never answers: do not wait for it
        shutil.rmtree(self._folder, ignore_errors=True)

    def _give_up(self, problem: str) -> None:
        self._hung = True
        self.problem = problem
        while True:  # what waits is never said; the worker ends if the voice ever answers
            try:
                self._wanted.get_nowait()
            except queue.Empty:
                break
        self._wanted.put(None)

    def _work(self) -> None:
        try:
            synthesiser = self._make()
        except Exception as error:  # no pyttsx3 driver, no libespeak-ng, no SAPI: say so, play on
            self.problem = f"{type(error).__name__}: {error}".strip()
            return
        finally:
            self._watch.done()
            self._started.set()
        while True:
            item = self._wanted.get()
            if item is None or self._hung:
                return
            number, text, lang = item
            if number != self._asked:
                continue  # a newer text was asked for meanwhile
            out = self._folder / f"speech-{number % 4}.wav"
            self._watch.start(text)
            try:
                made = synthesiser.to_file(text, lang, out)
            except Exception as error:  # a driver failing mid-game: stop trying, the game plays on
                self.problem = f"{type(error).__name__}: {error}".strip()
                return
            finally:
                self._watch.done()
            if made and not self._hung:
                self._ready.put((number, out))
