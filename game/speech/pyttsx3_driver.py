"""pyttsx3 behind four functions, its private names used here and nowhere else (tested with pyttsx3 2.99).

Private names: `engine.proxy._driver` (the platform driver: properties set on it apply at once, through the
engine they wait in its command queue), `pyttsx3.drivers.espeak.print` (silenced: it prints "Audio saved
to ..." per file) and `pyttsx3.drivers._espeak.Synchronize` (espeak-ng synthesises on a thread of its own,
which pyttsx3's loop may not wait for). Where a pyttsx3 lacks them, the public API stands in:
`engine.setProperty` (applied by the `runAndWait` that follows), `engine.getProperty`, `save_to_file`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


class Pyttsx3Engine:
    """A pyttsx3 engine: properties, voices and text to a sound file, through the driver where it can."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.driver: Any = getattr(getattr(engine, "proxy", None), "_driver", None)
        self._synchronise: Callable[[], object] | None = None
        if self.driver is not None and type(self.driver).__module__.endswith("espeak"):
            self._synchronise = _espeak_synchronise()

    @property
    def private(self) -> bool:
        """True when the driver is reached directly (the tested pyttsx3), False on the public API."""
        return self.driver is not None

    def set_property(self, name: str, value: object) -> None:
        (self.driver or self.engine).setProperty(name, value)

    def voices(self) -> list[Any]:
        return list((self.driver or self.engine).getProperty("voices") or [])

    def save(self, text: str, out: Path) -> None:
        """Synthesise `text` into `out` and return when the file is whole."""
        self.engine.save_to_file(text, str(out))
        self.engine.runAndWait()
        if self._synchronise is not None:
            self._synchronise()


def start() -> Pyttsx3Engine:
    """The platform's engine; raises where there is no speech (no driver, no libespeak-ng, no SAPI)."""
    import pyttsx3

    return Pyttsx3Engine(pyttsx3.init())


def _espeak_synchronise() -> Callable[[], object] | None:
    """espeak-ng's wait for its own synthesis, with the driver's per-file print silenced; None when this
    pyttsx3 has neither."""
    try:
        import pyttsx3.drivers.espeak as espeak_driver
        from pyttsx3.drivers import _espeak
    except ImportError:
        return None
    espeak_driver.print = lambda *args, **kwargs: None  # it prints "Audio saved to ..." per file
    synchronise = getattr(_espeak, "Synchronize", None)
    return synchronise if callable(synchronise) else None
