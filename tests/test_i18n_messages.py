"""The messages of the command line and the scenario checks: every key in Dutch and English with the same
fields, and every key the code names is there."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from game.i18n import LANGUAGES, STRINGS
from game.i18n_cli import CLI_STRINGS
from game.i18n_scenario import SCENARIO_STRINGS

ROOT = Path(__file__).resolve().parent.parent
# A key as the code names it for a message: GameError(key="..."), ValueRefused("..."), t("cli....", ...).
NAMED_KEY = re.compile(
    r"""(?:key=|ValueRefused\(|\bt\(|Phrase\()\s*"((?:cli|count|problem|balance)\.[\w.]+)\""""
)


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted({**CLI_STRINGS, **SCENARIO_STRINGS}))
def test_every_message_has_both_languages_with_the_same_fields(key: str) -> None:
    entry = STRINGS[key]
    assert set(entry) == set(LANGUAGES)
    assert all(value.strip() for value in entry.values())
    assert fields(entry["nl"]) == fields(entry["en"])
    assert not {"key", "lang"} & fields(entry["en"])  # (t's own parameters: such a field cannot be filled)


def test_the_scenario_keys_are_their_own() -> None:
    assert set(CLI_STRINGS).isdisjoint(SCENARIO_STRINGS)
    assert all(key.startswith("problem.") for key in SCENARIO_STRINGS)


def test_every_key_the_code_names_is_there() -> None:
    named = {
        match.group(1)
        for path in (ROOT / "game").rglob("*.py")
        for match in NAMED_KEY.finditer(path.read_text(encoding="utf-8"))
    }
    assert len(named) > 40
    assert sorted(key for key in named if key not in STRINGS) == []
