"""pyttsx3's private names live in one module, pinned to the tested versions; without them (another
pyttsx3) the public API stands in rather than failing."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path
from types import SimpleNamespace

from packaging.requirements import Requirement

import game
from game.speech.pyttsx3_driver import Pyttsx3Engine
from game.speech.system import SPEECH_RATE, Synthesiser
from tests.speech.fakes import PublicEngine

ROOT = Path(game.__file__).parent.parent
VOICES = [
    SimpleNamespace(id="gmw/en", name="English", languages=["en"]),
    SimpleNamespace(id="gmw/nl", name="Dutch", languages=["nl"]),
]


def test_without_the_private_driver_the_public_api_speaks(tmp_path: Path) -> None:
    engine = PublicEngine(VOICES)
    assert not hasattr(engine, "proxy")
    wrapped = Pyttsx3Engine(engine)
    assert not wrapped.private
    synthesiser = Synthesiser(wrapped)
    assert synthesiser.has_voice("nl") and synthesiser.has_voice("en")
    assert synthesiser.to_file("Kaart een", "nl", tmp_path / "een.wav")
    assert synthesiser.to_file("Card two", "en", tmp_path / "twee.wav")
    assert engine.properties["rate"] == SPEECH_RATE
    assert engine.written == [("Kaart een", "gmw/nl"), ("Card two", "gmw/en")], "each text in its voice"


def test_with_the_private_driver_properties_apply_at_once(tmp_path: Path) -> None:
    driver = PublicEngine(VOICES)  # stands in for the driver: what is set on it is applied immediately
    driver.setProperty = lambda name, value: driver.properties.__setitem__(name, value)  # type: ignore[method-assign]
    engine = PublicEngine([])
    engine.proxy = SimpleNamespace(_driver=driver)  # type: ignore[attr-defined]
    wrapped = Pyttsx3Engine(engine)
    assert wrapped.private and wrapped.voices() == VOICES
    Synthesiser(wrapped)
    assert driver.properties["rate"] == SPEECH_RATE and engine.queue == []


def test_pyttsx3s_private_names_are_used_in_one_module_only() -> None:
    private = re.compile(r"proxy\._driver|_espeak|drivers\.espeak|import pyttsx3\b|from pyttsx3\b")
    users = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "game").rglob("*.py")
        if private.search(path.read_text(encoding="utf-8"))
    )
    assert users == ["game/speech/pyttsx3_driver.py"]


def test_pyttsx3_is_pinned_to_a_range_that_holds_the_tested_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [Requirement(line) for line in project["dependencies"] if line.startswith("pyttsx3")]
    assert len(pins) == 1
    specifiers = {spec.operator for spec in pins[0].specifier}
    assert "<" in specifiers and ">=" in specifiers, "a lower and an upper bound"
    assert pins[0].specifier.contains(version("pyttsx3")), "the installed (tested) pyttsx3 is in range"
