"""--help in the author's language: every command and option has a Dutch description (game/cli/help_nl.py)
beside its English one, and the real command prints the one asked for."""

from __future__ import annotations

import string

import pytest

from game.cli.arguments import build_parser
from game.cli.help_nl import HELP_NL, described_actions
from tests.cli.test_headless import run


def test_every_command_and_option_has_a_dutch_description_and_none_is_left_over() -> None:
    places = [place for place, _ in described_actions(build_parser("en"))]
    assert len(places) > 70
    assert sorted(place for place in places if place not in HELP_NL) == []
    assert sorted(place for place in HELP_NL if place not in places) == []


@pytest.mark.parametrize("place", sorted(HELP_NL))
def test_a_dutch_description_fills_no_field_but_the_default(place: tuple[str, str]) -> None:
    fields = {name for _, name, _, _ in string.Formatter().parse(HELP_NL[place]) if name is not None}
    assert fields <= {"default"}


def test_the_parser_in_dutch_describes_in_dutch_and_fills_the_defaults() -> None:
    helps = {place: action.help for place, action in described_actions(build_parser("nl"))}
    assert helps[("simulate", "runs")] == "spellen per soort speler (standaard: 1000)"
    assert helps[("play", "timer")] == "lengte van de gesprekstimer in een groepssessie (standaard: 180)"
    english = {place: action.help for place, action in described_actions(build_parser("en"))}
    assert english[("simulate", "runs")] == "games per policy (default: 1000)"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ("gebruik: ", "opties:", "stop met exitcode 1 als het scenario een balansdoel mist")),
        ("en", ("usage: ", "options:", "exit with code 1 when the scenario misses a balance target")),
    ],
)
def test_help_is_printed_in_the_language_asked_for(lang: str, words: tuple[str, ...]) -> None:
    result = run("simulate", "--help", "--lang", lang)
    assert result.returncode == 0, result.stderr
    printed = " ".join(result.stdout.split())
    assert all(" ".join(word.split()) in printed for word in words), result.stdout
    top = run("--lang", lang, "--help")
    assert top.returncode == 0
    said = "speel een scenario in het venster" if lang == "nl" else "play a scenario in the window"
    assert said in top.stdout


def test_the_dutch_help_names_its_placeholders_in_dutch() -> None:
    """BESTAND, LOGBOEK and MAP in the Dutch usage lines; FILE, LOG and DIR stay in the English ones."""
    dutch = run("report", "--help", "--lang", "nl").stdout + run("play", "--help", "--lang", "nl").stdout
    assert all(
        word in dutch for word in ("LOGBOEK", "--scenario BESTAND", "--data-dir MAP", "--out BESTAND.html")
    )
    words = {word.strip("[],.()") for word in dutch.split()}
    assert not words & {"LOG", "FILE", "DIR", "FILE.html"}
    english = run("report", "--help", "--lang", "en").stdout + run("play", "--help", "--lang", "en").stdout
    assert all(word in english for word in (" LOG", "--scenario FILE", "--data-dir DIR", "--out FILE.html"))
