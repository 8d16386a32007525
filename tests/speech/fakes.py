"""Stand-ins for the platform's speech: a synthesiser that hangs as pyttsx3's macOS driver can, a clock
the test moves by hand, and pyttsx3 engines with and without the driver behind them."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Clock:
    """Seconds that pass only when the test says so."""

    now: float = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class HangingSynthesiser:
    """Never answers a text until the test lets it go at its end (`release`), as a hung driver would."""

    entered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    answered: threading.Event = field(default_factory=threading.Event)
    asked: list[str] = field(default_factory=list)

    def to_file(self, text: str, lang: str, out: Path) -> bool:
        self.asked.append(text)
        self.entered.set()
        self.release.wait(30)  # (a bound, so a failing test cannot leave the thread behind for good)
        out.write_text(f"{lang}:{text}", encoding="utf-8")
        self.answered.set()
        return True


class PublicEngine:
    """pyttsx3's public API only, as another version without `proxy._driver` might offer: properties
    wait in a command queue until `runAndWait`, as pyttsx3's own do."""

    def __init__(self, voices: list[Any]) -> None:
        self.properties: dict[str, object] = {"voices": voices, "rate": 200, "voice": None}
        self.queue: list[tuple[str, object, object]] = []
        self.written: list[tuple[str, object]] = []  # (text, the voice it was written in)

    def setProperty(self, name: str, value: object) -> None:
        self.queue.append(("set", name, value))

    def getProperty(self, name: str) -> object:
        return self.properties[name]

    def save_to_file(self, text: str, filename: str) -> None:
        self.queue.append(("save", text, filename))

    def runAndWait(self) -> None:
        for kind, first, second in self.queue:
            if kind == "set":
                self.properties[str(first)] = second
            else:
                Path(str(second)).write_bytes(b"RIFF" + bytes(96))
                self.written.append((str(first), self.properties["voice"]))
        self.queue.clear()
