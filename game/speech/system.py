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

SPEECH_RATE = 165  # words per minute: calm enough for a room, a little slower than espeak's 175

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

    def __init__(self) -> None:
        import pyttsx3  # the platform's speech: may fail where no speech is installed

        self.engine = pyttsx3.init()
        # Properties are set on the driver at once (through the engine they wait in its command queue).
        self._driver = self.engine.proxy._driver
        self._espeak: Any = None
        if type(self._driver).__module__.endswith("espeak"):
            import pyttsx3.drivers.espeak as espeak_driver
            from pyttsx3.drivers import _espeak

            espeak_driver.print = lambda *args, **kwargs: None  # it prints "Audio saved to ..." per text
            self._espeak = _espeak
        self._driver.setProperty("rate", SPEECH_RATE)
        self._voices = list(self._driver.getProperty("voices") or [])
        self._lang: str | None = None

    def has_voice(self, lang: str) -> bool:
        return pick_voice(self._voices, lang) is not None

    def to_file(self, text: str, lang: str, out: Path) -> bool:
        """Write `text` spoken to `out`; False when nothing came out."""
        if lang != self._lang:
            voice = pick_voice(self._voices, lang)
            if voice is not None:
                self._driver.setProperty("voice", voice)
            self._lang = lang
        self.engine.save_to_file(text.strip(), str(out))  # (espeak writes nothing after a trailing newline)
        self.engine.runAndWait()
        if self._espeak is not None:
            # espeak-ng synthesises on a thread of its own, and pyttsx3's loop may end before it is done
            # (with a text longer than a line or two): wait for it, so the file is whole.
            self._espeak.Synchronize()
        return out.is_file() and out.stat().st_size > 44  # more than a WAV header


class SystemVoice:
    """A Voice: the newest text is synthesised on a worker thread, then `play`ed by `poll` on the
    window's thread; `silence` stops it. Without speech on the computer, `problem` says so."""

    def __init__(
        self,
        play: Callable[[Path], bool],
        silence: Callable[[], None],
        make: Callable[[], Synthesiser] = Synthesiser,
    ) -> None:
        self._play, self._silence = play, silence
        self._make = make
        self._wanted: queue.Queue[tuple[int, str, str] | None] = queue.Queue()
        self._ready: queue.Queue[tuple[int, Path]] = queue.Queue()
        self._asked = 0  # the number of the newest request: older results are dropped
        self._folder = Path(tempfile.mkdtemp(prefix="digitaal-leiderschap-speech-"))
        self._started = threading.Event()
        self.problem: str | None = None
        self._thread = threading.Thread(target=self._work, name="speech", daemon=True)
        self._thread.start()
        # Once, when reading is first switched on: the engine starts in about 25 ms (espeak-ng), and then
        # a missing voice is known before the first text.
        self._started.wait(10)

    def say(self, text: str, lang: str) -> None:
        self._asked += 1
        self._silence()
        if self.problem is None and text.strip():
            self._wanted.put((self._asked, text, lang))

    def stop(self) -> None:
        self._asked += 1
        self._silence()

    def ready(self) -> bool:
        return not self._ready.empty()

    def poll(self) -> bool:
        """Play the newest finished speech, if it is still wanted; True when it started."""
        started = False
        while True:
            try:
                number, path = self._ready.get_nowait()
            except queue.Empty:
                return started
            if number == self._asked:
                started = self._play(path)

    def close(self) -> None:
        self._silence()
        self._wanted.put(None)
        self._thread.join(5)
        shutil.rmtree(self._folder, ignore_errors=True)

    def _work(self) -> None:
        try:
            synthesiser = self._make()
        except Exception as error:  # no pyttsx3 driver, no libespeak-ng, no SAPI: say so, play on
            self.problem = f"{type(error).__name__}: {error}".strip()
            self._started.set()
            return
        self._started.set()
        while True:
            item = self._wanted.get()
            if item is None:
                return
            number, text, lang = item
            if number != self._asked:
                continue  # a newer text was asked for meanwhile
            out = self._folder / f"speech-{number % 4}.wav"
            try:
                if synthesiser.to_file(text, lang, out):
                    self._ready.put((number, out))
            except Exception as error:  # a driver failing mid-game: stop trying, the game plays on
                self.problem = f"{type(error).__name__}: {error}".strip()
                return
