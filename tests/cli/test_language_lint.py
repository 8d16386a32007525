"""validate says its warnings on the whole scenario in the author's language: why a card can never be
played (the ranges, a flag, a contradiction) and a card text that does not fit on screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_language_scenario import run
from tests.scenario.test_lint import edit, with_card

LONG_TITLE = " ".join(["Een heel lange titel die nergens past"] * 12)


def scenario_with_warnings(folder: Path) -> Path:
    text = with_card("nooit", 'requires: "budget >= 101 or trust < 0"')
    text = with_card("tegen", 'requires: "budget > 60 and budget < 40"', text)
    text = with_card("vast", 'at: {year: 1, turn: 1}\n    requires: "turn >= 2"', text)
    text = edit("title: Eerste", f"title: {LONG_TITLE}", text)
    path = folder / "lint.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            [
                "waarschuwing: kaart 'eerste': de titel (nl) past niet in zijn vak bij 1280x720, zelfs niet "
                "in de kleinste maat",
                "waarschuwing: kaart 'nooit' komt nooit: haar 'requires' is nooit waar (budget kan alleen "
                "0 tot en met 100 zijn; trust kan alleen 0 tot en met 100 zijn)",
                "waarschuwing: kaart 'tegen' komt nooit: haar 'requires' is nooit waar (de delen van de "
                "voorwaarde spreken elkaar tegen)",
                "waarschuwing: kaart 'vast' komt nooit: haar 'requires' is nooit waar (turn kan alleen "
                "1 zijn (haar 'at'))",
            ],
        ),
        (
            "en",
            [
                "warning: card 'eerste': the title (nl) does not fit its box at 1280x720, not even at the "
                "smallest size",
                "warning: card 'nooit' can never be played: its 'requires' is never true (budget can only be "
                "0 to 100; trust can only be 0 to 100)",
                "warning: card 'tegen' can never be played: its 'requires' is never true (the parts of the "
                "condition contradict each other)",
                "warning: card 'vast' can never be played: its 'requires' is never true (turn can only be 1 "
                "(its 'at'))",
            ],
        ),
    ],
)
def test_validate_says_why_a_card_never_comes_and_what_does_not_fit(
    tmp_path: Path, lang: str, said: list[str]
) -> None:
    path = scenario_with_warnings(tmp_path)
    done = run("validate", str(path), "--lang", lang, cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    messages = [line.split(": ", 1)[1] for line in done.stdout.splitlines() if line.startswith(f"{path}:")]
    missing = [message for message in said if not any(line.startswith(message) for line in messages)]
    assert missing == [], done.stdout
