"""Read aloud: follows the screens and speaks them through a Voice (game/speech), never blocking the loop.

A screen is read when it appears (Scene.spoken), the focused button as the focus moves (Scene.spoken_focus);
each new text cuts off the one before. The Voice is made when reading is first switched on, so the
platform's speech is never loaded for a game that does not read aloud. A voice that fails or hangs later
is said once (`on_problem`, then `take_notice`), and the game plays on without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from game.i18n import t

if TYPE_CHECKING:
    from game.speech.voice import Voice
    from game.ui.scene import Scene


def system_voice() -> Voice:
    """The platform's speech (pyttsx3), played through the window's audio (game/ui/sound.py)."""
    from game.speech.system import SystemVoice
    from game.ui import sound

    def play(path: Path) -> bool:
        return sound.play_file(path, sound.SPEECH_CHANNEL)

    return SystemVoice(play, lambda: sound.stop_channel(sound.SPEECH_CHANNEL))


def spoken(lines: list[str]) -> str:
    from game.speech.script import spoken as joined  # (the scenario model: not for the title's first frame)

    return joined(lines)


class Narrator:
    """Whether the game reads aloud, and what it said last (H says it again)."""

    def __init__(
        self, make_voice: Callable[[], Voice] = system_voice, on_problem: Callable[[], None] = lambda: None
    ) -> None:
        self.make_voice = make_voice
        self.on_problem = on_problem  # the voice stopped mid-game: the window asks `take_notice`
        self.voice: Voice | None = None
        self.enabled = False
        self._said: tuple[str, str] | None = None  # (text, language) last spoken
        self._focus: str | None = None  # what the focused button said, to speak it only when it changes
        self._screen: tuple[Scene | None, list[str]] = (None, [])  # the screen read last and its lines
        self._looked: tuple[object, ...] | None = None  # the screen and layout key its lines were read at
        self._warned = False
        self._notice: tuple[str, str] | None = None  # (i18n key, the voice's problem), said once on screen

    def switch(self, on: bool) -> None:
        """Reading on or off; off stops at once. Switching on may find there is no voice (`take_notice`)."""
        self.enabled = on
        if not on:
            if self.voice is not None:
                self.voice.stop()
            return
        self._ensure_voice()

    def _ensure_voice(self) -> Voice:
        if self.voice is None:
            self.voice = self.make_voice()
        self._note_problem("read.no_voice")
        return self.voice

    def _note_problem(self, key: str) -> bool:
        """The voice's problem, noted once for the window (`key`: no voice at all, or it stopped)."""
        if self._warned or self.voice is None or self.voice.problem is None:
            return False
        self._warned = True
        self._notice = (key, self.voice.problem)
        return True

    def take_notice(self, lang: str) -> str | None:
        """Why reading aloud cannot go on, once (the window shows it as a toast and plays on)."""
        if self._notice is None:
            return None
        (key, problem), self._notice = self._notice, None
        return t(key, lang, problem=problem)

    def shown(self, scene: Scene, lang: str) -> None:
        """A screen appeared: read it (and remember its focus, so it is not read again as a change)."""
        self._focus = scene.spoken_focus(lang)
        if self.enabled:
            lines = scene.spoken(lang)
            self._screen = (scene, lines)
            self.say(spoken(lines), lang)

    def follow(self, scene: Scene, lang: str) -> bool:
        """After the loop's events: speak the focused button when it changed, and play what the voice has
        ready. True when speech started playing. When the screen's own text grew (a group's card shows
        its options), the new part is read; another screen (the pause menu over it) is only noted."""
        if self.enabled:
            self._read_new_lines(scene, lang)
        focus = scene.spoken_focus(lang)
        if focus != self._focus:
            self._focus = focus
            if self.enabled and focus:
                self.say(focus, lang)
        if self.voice is None:
            return False
        started = self.voice.poll()  # (where a hung voice is given up)
        if self._note_problem("read.stopped"):
            self.on_problem()
        return started

    def _read_new_lines(self, scene: Scene, lang: str) -> None:
        # A screen's text changes only with its layout (a revealed card, another scenario, the language):
        # its lines are made again only then, not after every mouse move.
        looked = (scene, lang, scene.layout_key())
        if looked == self._looked:
            return
        self._looked = looked
        shown, before = self._screen
        lines = scene.spoken(lang)
        self._screen = (scene, lines)
        if scene is shown and lines != before:
            same = 0
            while same < min(len(lines), len(before)) and lines[same] == before[same]:
                same += 1
            self.say(spoken(lines[same:]), lang)

    def ready(self) -> bool:
        return self.voice is not None and self.voice.ready()

    def again(self, scene: Scene, lang: str) -> None:
        """H: the screen once more (also with reading off: on demand)."""
        self._ensure_voice()
        if self._notice is not None:  # no voice: the window says why nothing is heard (S says it itself)
            self.on_problem()
        self.say(spoken(scene.spoken(lang)) or (self._said[0] if self._said else ""), lang)

    def say(self, text: str, lang: str) -> None:
        if self.voice is None or not text:
            return
        self._said = (text, lang)
        self.voice.say(text, lang)

    def close(self) -> None:
        if self.voice is not None:
            self.voice.close()
            self.voice = None


def silent_voice() -> Voice:
    """A Voice that speaks nowhere (no one listens under the dummy video driver): it only records."""
    from game.speech.voice import RecordingVoice

    return RecordingVoice()
