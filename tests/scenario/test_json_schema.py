"""The shipped JSON Schema is generated from code, stays in sync, and accepts every shipped scenario."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from game.paths import SCENARIOS_DIR
from game.scenario.json_schema import SCHEMA_FILE_NAME, schema_text
from tests.scenario.helpers import BASE

SHIPPED_SCHEMA = SCENARIOS_DIR / SCHEMA_FILE_NAME
SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads(SHIPPED_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_shipped_schema_is_regenerated_identically() -> None:
    regenerate = "python main.py schema > scenarios/scenario.schema.json"
    assert SHIPPED_SCHEMA.read_text(encoding="utf-8") == schema_text(), f"out of date; run  {regenerate}"


def test_the_schema_command_prints_it() -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), "schema"], capture_output=True, encoding="utf-8", timeout=60
    )
    assert result.returncode == 0
    assert result.stdout == schema_text()


@pytest.mark.parametrize("path", SHIPPED, ids=[path.stem for path in SHIPPED])
def test_every_shipped_scenario_validates_against_the_schema(validator: Any, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=scenario.schema.json\n")
    errors = [error.message for error in validator.iter_errors(yaml.safe_load(text))]
    assert errors == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("format: 1", "format: 2"),
        ("title: Krant", "titel: Krant"),
        ("effects: {trust: -5}", "effects: {trust: veel}"),
        ('label: {nl: Nee, en: "No"}', "label: {nl: Nee, en: No}"),
        ("    text: Een krant.\n", ""),
        ("after: 1", "after: 0"),
        ("privacy: {nl: Privacy, en: Privacy}", "privacy: {name: Privacy, corner: legitimcy}"),
        ("privacy: {nl: Privacy, en: Privacy}", "privacy: {corner: legitimacy}"),
        ("privacy: {nl: Privacy, en: Privacy}", "privacy: {nl: Privacy, en: Privacy, corner: legitimacy}"),
        ("privacy: {nl: Privacy, en: Privacy}", "privacy: {name: Privacy, corer: legitimacy}"),
    ],
)
def test_the_schema_catches_typical_mistakes(validator: Any, old: str, new: str) -> None:
    assert list(validator.iter_errors(yaml.safe_load(BASE))) == []
    assert BASE.count(old) == 1
    assert list(validator.iter_errors(yaml.safe_load(BASE.replace(old, new)))) != []


@pytest.mark.parametrize("corner", ["strategy", "capacity", "legitimacy", "willen", "kunnen", "mogen"])
def test_the_schema_accepts_a_theme_with_a_name_and_a_corner(validator: Any, corner: str) -> None:
    old = "privacy: {nl: Privacy, en: Privacy}"
    long_form = f"privacy: {{name: {{nl: Privacy, en: Privacy}}, corner: {corner}}}"
    for new in (long_form, "privacy: {name: Privacy}"):
        assert list(validator.iter_errors(yaml.safe_load(BASE.replace(old, new)))) == []


SPEAKERS = "speakers:\n  bode: {name: {nl: Bode, en: Usher}, icon: usher}\nthemes:\n"


@pytest.mark.parametrize(
    ("speakers", "meter_icon", "valid"),
    [
        (SPEAKERS, "trust", True),
        (SPEAKERS.replace("usher", "icons/bode.svg"), "icons/Vertrouwen.PNG", True),
        (SPEAKERS.replace(", icon: usher", ""), "meter", True),
        (SPEAKERS.replace("usher", "wethouder"), "trust", False),
        (SPEAKERS, "mayor", False),
        (SPEAKERS.replace("usher", "icons/bode.gif"), "trust", False),
        (SPEAKERS.replace("usher", "/etc/bode.svg"), "trust", False),
        (SPEAKERS.replace("usher", "https://example.com/bode.svg"), "trust", False),
        (SPEAKERS.replace("name:", "naam:"), "trust", False),
        (SPEAKERS.replace("bode:", "1bode:"), "trust", False),
    ],
)
def test_the_schema_knows_speakers_and_icons(
    validator: Any, speakers: str, meter_icon: str, valid: bool
) -> None:
    text = BASE.replace("themes:\n", speakers, 1).replace(
        "    start: 50\n", f"    start: 50\n    icon: {meter_icon}\n", 1
    )
    assert text.count("speakers:") == 1 and f"icon: {meter_icon}" in text
    assert (list(validator.iter_errors(yaml.safe_load(text))) == []) == valid
