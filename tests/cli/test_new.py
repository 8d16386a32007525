"""`python main.py new`: the starter scenario validates without warnings, plays, and never overwrites."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli.main import main
from game.core.engine import Game
from game.core.playthrough import play_to_end, random_policy
from game.scenario import check_scenario
from tests.cli.test_headless import run


@pytest.mark.parametrize(
    ("arguments", "languages", "comment"),
    [
        ((), ("nl",), "# Altijd 1"),
        (("--lang", "nl,en"), ("nl", "en"), "# Altijd 1"),
        (("--lang", "en", "--years", "1"), ("en",), "# Always 1"),
        (("--lang", "en,nl,de", "--years", "4"), ("en", "nl", "de"), "# Always 1"),
    ],
)
def test_the_starter_validates_without_warnings_and_plays(
    tmp_path: Path, arguments: tuple[str, ...], languages: tuple[str, ...], comment: str
) -> None:
    path = tmp_path / "mijn gemeente.yaml"
    assert main(["new", str(path), *arguments]) == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert comment in text
    scenario, problems = check_scenario(path)
    assert problems == []
    assert scenario is not None
    assert scenario.id == "mijn_gemeente"
    assert scenario.languages == languages
    years = int(arguments[arguments.index("--years") + 1]) if "--years" in arguments else 2
    assert scenario.years == years
    for seed in range(200):
        game = play_to_end(Game(scenario, seed), random_policy(seed))
        assert game.finished
        assert not any(event.kind == "turn_passed" for event in game.log)


def test_the_starter_plays_headless_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "start.yaml"
    assert run("new", str(path), "--lang", "nl,en").returncode == 0
    result = run("play", str(path), "--headless", "--auto", "--seed", "7", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "My municipality (seed 7)" in result.stdout
    checked = run("validate", "--strict", str(path))
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.startswith(f"{path}: ok \u2014 6 cards, 13 options; words: nl ")


@pytest.mark.parametrize(("years", "lang"), [(1, "nl"), (2, "en"), (3, "nl"), (4, "en")])
def test_every_starter_validates_strictly_and_meets_the_balance_targets(
    tmp_path: Path, years: int, lang: str
) -> None:
    """The starter is the example an author starts from: as YAML and as a workbook, for every --years."""
    files = [tmp_path / f"start.{suffix}" for suffix in ("yaml", "xlsx")]
    for path in files:
        assert run("--lang", lang, "new", str(path), "--years", str(years), "--lang", lang).returncode == 0
    checked = run("--lang", lang, "validate", "--strict", *map(str, files))
    assert checked.returncode == 0, checked.stdout
    for path in files:
        simulated = run("--lang", lang, "simulate", str(path), "--check", "--runs", "400")
        assert simulated.returncode == 0, simulated.stdout
        said = simulated.stdout.splitlines()
        assert said[-1] == (
            f"{path}: haalt alle 9 balansdoelen" if lang == "nl" else f"{path}: meets all 9 balance targets"
        ), said[-12:]
        warnings = said[said.index("Waarschuwingen" if lang == "nl" else "Warnings") + 1]
        assert warnings == ("  geen" if lang == "nl" else "  none"), said[-12:]


def test_new_never_overwrites_a_file(tmp_path: Path) -> None:
    path = tmp_path / "bestaat.yaml"
    path.write_text("mijn werk", encoding="utf-8")
    result = run("new", str(path))
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "mijn werk"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--years", "0"), "--years must be between 1 and 4, not 0"),
        (("--years", "5"), "--years must be between 1 and 4, not 5"),
        (("--lang", "nederlands"), "'nederlands' is not a language code"),
        (("--lang", "en,en"), "a language is listed twice"),  # (nl,nl: the answer is Dutch, as the file)
        (("--lang", "nl,nl"), "een taal staat twee keer in --lang"),
        (("--lang", ","), "--lang needs at least one language code"),
    ],
)
def test_new_explains_bad_arguments(tmp_path: Path, arguments: tuple[str, ...], message: str) -> None:
    path = tmp_path / "nieuw.yaml"
    result = run("new", str(path), *arguments)
    assert result.returncode == 1
    assert message in result.stderr
    assert not path.exists()


@pytest.mark.parametrize(
    ("lang", "comment", "guide"),
    [
        (
            "nl",
            "# Korte naam zonder spaties: letters, cijfers, _ en -, beginnend met een letter.",
            "scenario-schrijven.md",
        ),
        (
            "en",
            "# Short name without spaces: letters, digits, _ and -, starting with a letter.",
            "writing-scenarios.md",
        ),
    ],
)
def test_the_starters_id_comment_says_what_the_validator_and_the_guide_allow(
    tmp_path: Path, lang: str, comment: str, guide: str
) -> None:
    path = tmp_path / "start.yaml"
    assert main(["new", str(path), "--lang", lang]) == 0
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(index for index, line in enumerate(lines) if line.startswith("id: "))
    above: list[str] = []  # the comment over the id, which may be wrapped over a few lines
    while lines[at - 1 - len(above)].startswith("# "):
        above.insert(0, lines[at - 1 - len(above)].removeprefix("# "))
    assert "# " + " ".join(above) == comment
    # The guide's row for the scenario's id says the same: a '-' is allowed.
    docs = Path(__file__).resolve().parents[2] / "docs" / guide
    row = next(line for line in docs.read_text(encoding="utf-8").splitlines() if line.startswith("| `id` |"))
    assert "`_`" in row and "`-`" in row
    # And the validator takes an id with '-' and '_', and refuses one starting with a digit or '-'.
    for scenario_id, valid in (("slimme-binnenstad_2027", True), ("2027-binnenstad", False), ("-x", False)):
        path.write_text(text.replace("id: start", f"id: {scenario_id}", 1), encoding="utf-8")
        scenario, problems = check_scenario(path)
        assert (scenario is not None and not problems) is valid, (scenario_id, problems)
