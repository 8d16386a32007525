"""Every full scenario shown in the authoring guides (a ```yaml block with `format: 1`) validates; the
guides name every key and list the built-in pictograms as pictograms.py has them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from game.cli.simulate import run_simulate
from game.scenario import check_scenario_text
from game.scenario.json_schema import scenario_schema
from game.scenario.pictograms import METER_PICTOGRAMS, SPEAKER_PICTOGRAMS, Pictogram

DOCS = Path(__file__).resolve().parents[1] / "docs"
GUIDES = [DOCS / "scenario-schrijven.md", DOCS / "writing-scenarios.md"]
LANGUAGES = {"scenario-schrijven.md": "nl", "writing-scenarios.md": "en"}
_BLOCK = re.compile(r"^```yaml\n(.*?)^```", re.DOTALL | re.MULTILINE)


def full_scenarios(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each yaml block in the guide that is a whole scenario."""
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start()) + 2, match.group(1))
        for match in _BLOCK.finditer(text)
        if re.search(r"^format: 1\s*$", match.group(1), re.MULTILINE)
    ]


@pytest.mark.parametrize("guide", GUIDES, ids=[path.name for path in GUIDES])
def test_every_full_scenario_in_the_guide_validates(guide: Path) -> None:
    scenarios = full_scenarios(guide)
    assert scenarios, f"{guide.name} shows no full scenario"
    for line, text in scenarios:
        scenario, problems = check_scenario_text(text, f"{guide.name}:{line}")
        errors = [str(problem) for problem in problems if problem.is_error]
        assert scenario is not None and errors == [], "\n".join(errors)


def schema_keys(node: Any) -> set[str]:
    """Every key the JSON Schema names (its `properties`, which are the loader's key lists)."""
    if isinstance(node, list):
        return {key for item in node for key in schema_keys(item)}
    if not isinstance(node, dict):
        return set()
    keys = set(node.get("properties", {}))
    return keys.union(*(schema_keys(value) for value in node.values()))


@pytest.mark.parametrize("guide", GUIDES, ids=[path.name for path in GUIDES])
def test_the_guide_names_every_key_of_format_1(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    keys = schema_keys(scenario_schema())
    assert {
        "format",
        "speakers",
        "corner",
        "icon",
        "effects",
        "year",
        "turn",
        "card",
        "after",
        "when",
    } <= keys
    missing = sorted(key for key in keys if f"`{key}`" not in text and f"{key}:" not in text)
    assert missing == []


def pictogram_rows(pictograms: tuple[Pictogram, ...], language: str) -> str:
    """The rows of a guide's table of built-in pictograms: name, and what it shows in `language`."""
    return "\n".join(f"| `{p.name}` | {p.nl if language == 'nl' else p.en} |" for p in pictograms)


@pytest.mark.parametrize("guide", GUIDES, ids=[path.name for path in GUIDES])
@pytest.mark.parametrize("pictograms", [METER_PICTOGRAMS, SPEAKER_PICTOGRAMS], ids=["meters", "speakers"])
def test_the_guide_lists_every_built_in_pictogram(guide: Path, pictograms: tuple[Pictogram, ...]) -> None:
    """The table is pictograms.py's, row for row, in the guide's language (regenerate it with
    pictogram_rows when a pictogram is added or renamed)."""
    text = guide.read_text(encoding="utf-8")
    rows = pictogram_rows(pictograms, LANGUAGES[guide.name])
    assert f"|---|---|\n{rows}\n\n" in text, f"{guide.name}: the table should be\n{rows}"


# What the chapter on short scenarios quotes from `simulate scenarios/raadssessie.yaml --check --seed 1`,
# run with the guide's language (--lang nl for the Dutch guide).
SHORT_SCENARIO_QUOTES = {
    "nl": (
        "waarschuwing: einde 'motie_van_wantrouwen' wordt in geen enkel willekeurig spel bereikt (onder 1%); "
        "greedy:capaciteit haalt het in 100%",
        "scenarios/raadssessie.yaml: haalt alle 16 balansdoelen; 2 waarschuwingen hierboven",
    ),
    "en": (
        "warning: ending 'motie_van_wantrouwen' is reached in no random game (under 1%); "
        "greedy:capaciteit reaches it in 100%",
        "scenarios/raadssessie.yaml: meets all 16 balance targets; 2 warnings above",
    ),
}


@pytest.mark.parametrize("guide", GUIDES, ids=[path.name for path in GUIDES])
def test_the_short_scenario_chapter_quotes_simulate_as_it_prints(
    guide: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The council session's rare-ending warning and closing line, as the guide quotes them, are what
    simulate prints for it in the guide's language; when simulate's words or the scenario change, update
    the chapter."""
    lang = LANGUAGES[guide.name]
    monkeypatch.chdir(DOCS.parent)
    council = Path("scenarios/raadssessie.yaml")
    assert run_simulate(council, runs=1000, seed=1, check=True, workers=1, lang=lang) == 0
    printed = capsys.readouterr().out
    text = " ".join(guide.read_text(encoding="utf-8").split())
    for quote in SHORT_SCENARIO_QUOTES[lang]:
        quoted = quote.removeprefix("warning: ").removeprefix("waarschuwing: ")
        assert quoted in text, f"{guide.name} does not quote {quoted!r}"
        assert quote in printed, f"simulate --lang {lang} no longer prints {quote!r}"


_QUOTED_MESSAGE = re.compile(r"^- \*(.+?)\*:", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+")


def message_words(lang: str) -> set[str]:
    """Every word of the scenario checks' messages in `lang` (their fields left out)."""
    from game.i18n import STRINGS

    texts = (entry[lang] for key, entry in STRINGS.items() if key.startswith(("problem.", "count.")))
    return {word.lower() for text in texts for word in _WORD.findall(re.sub(r"\{[^}]*\}", " ", text))}


@pytest.mark.parametrize("guide", GUIDES, ids=[path.name for path in GUIDES])
def test_the_guide_quotes_validate_in_its_own_language(guide: Path) -> None:
    """The messages the guide lists under what to do when something goes wrong are worded as validate
    says them in the guide's language (an English message in the Dutch guide fails: 'unknown', 'did')."""
    text = guide.read_text(encoding="utf-8")
    section = text[
        text.index("\n## Als er iets misgaat" if "schrijven" in guide.name else "\n## When something") :
    ]
    quotes = _QUOTED_MESSAGE.findall(section.split("\n## ", 2)[1])
    assert len(quotes) >= 10
    known = message_words(LANGUAGES[guide.name])
    for quote in quotes:
        outside = re.sub(r"'[^']*'", " ", quote)  # ids and values as the author typed them
        unknown = {word for word in _WORD.findall(outside.lower()) if word not in known}
        assert unknown == set(), quote
