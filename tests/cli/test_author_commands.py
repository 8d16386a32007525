"""What a Dutch user test of the authoring commands found, as the real commands say it in Dutch and English:
a starter workbook from `new`, `import` of a YAML file, `--lang` before `play`, the help's placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_headless import EXAMPLE, run


def outcome(printed: str) -> list[str]:
    """A headless game's summary without its title line (the scenario's title is in one language)."""
    return printed.splitlines()[1:-1]


@pytest.mark.parametrize(
    ("lang", "suffix", "said", "note"),
    [
        ("nl", ".xlsx", "nieuw scenario geschreven als werkboek", "Eindes: na elke keuze en na elk jaar"),
        ("en", ".ods", "new scenario written as a workbook", "Endings: after every choice and every year"),
    ],
)
def test_new_writes_a_starter_workbook_that_validates_and_plays_like_the_yaml_starter(
    tmp_path: Path, lang: str, suffix: str, said: str, note: str
) -> None:
    book, text = tmp_path / f"start{suffix}", tmp_path / "start.yaml"
    written = run("new", str(book), "--years", "1", "--lang", lang)
    assert written.returncode == 0 and said in written.stdout, written.stderr
    assert run("new", str(text), "--years", "1", "--lang", lang).returncode == 0
    validated = run("validate", str(book), "--lang", lang)
    assert validated.returncode == 0 and validated.stdout.startswith(f"{book}: ok"), validated.stdout
    games = [
        run("play", str(path), "--headless", "--auto", "--seed", "3", "--session-log", str(path) + ".jsonl")
        for path in (book, text)
    ]
    assert all(game.returncode == 0 for game in games), games[0].stderr
    assert outcome(games[0].stdout) == outcome(games[1].stdout)
    if suffix == ".xlsx":
        notes = [row[0] if lang == "nl" else row[1] for row in openpyxl.load_workbook(book)["Uitleg"].values]
        assert any(str(row).startswith(note) for row in notes), notes
        assert any(str(row).startswith("datastrategie: ") for row in notes), notes  # a card's own


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "x.txt: kies een naam die eindigt op .yaml of .yml (YAML-bestand), of op .xlsx of .ods "
            "(werkboek)",
        ),
        ("en", "x.txt: choose a name ending in .yaml or .yml (a YAML file), or .xlsx or .ods (a workbook)"),
    ],
)
def test_new_refuses_a_file_that_is_neither_yaml_nor_a_workbook(tmp_path: Path, lang: str, said: str) -> None:
    refused = run("new", "x.txt", "--lang", lang, cwd=tmp_path)
    assert refused.returncode == 1 and said in refused.stderr and not (tmp_path / "x.txt").exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "fr: deze taal heeft nog geen teksten; de Engelse tekst staat er met '[fr]' ervoor; vertaal die",
        ),
        (
            "en",
            "fr: this language has no texts yet; the English text is there with '[fr]' before it; "
            "translate that",
        ),
    ],
)
def test_new_says_which_languages_it_has_no_texts_for(tmp_path: Path, lang: str, said: str) -> None:
    written = run("--lang", lang, "new", "x.yaml", "--lang", f"{lang},fr", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert said in written.stdout.splitlines()
    assert "[fr] " in (tmp_path / "x.yaml").read_text(encoding="utf-8")
    alone = run("new", "y.yaml", "--lang", lang, cwd=tmp_path)
    assert "vertaal" not in alone.stdout and "translate" not in alone.stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "voorbeeld.yaml is al YAML; import leest een werkboek (.xlsx of .ods)"),
        ("en", "voorbeeld.yaml is YAML already; import reads a workbook (.xlsx or .ods)"),
    ],
)
def test_import_of_a_yaml_file_says_it_is_yaml_already(tmp_path: Path, lang: str, said: str) -> None:
    refused = run("import", str(EXAMPLE), "--to", str(tmp_path / "q.yaml"), "--lang", lang)
    assert refused.returncode == 1 and said in refused.stderr and not (tmp_path / "q.yaml").exists()


@pytest.mark.parametrize(
    ("lang", "title"), [("en", "Sample municipality (seed 4)"), ("nl", "Voorbeeldgemeente")]
)
def test_lang_before_play_is_the_games_language_too(tmp_path: Path, lang: str, title: str) -> None:
    log = str(tmp_path / "s.jsonl")
    played = run(
        "--lang", lang, "play", str(EXAMPLE), "--headless", "--auto", "--seed", "4", "--session-log", log
    )
    assert played.returncode == 0 and played.stdout.startswith(title), played.stdout
    own = run("--lang", "nl", "play", str(EXAMPLE), "--headless", "--auto", "--seed", "4", "--lang", "en",
              "--session-log", str(tmp_path / "t.jsonl"))  # fmt: skip
    assert own.stdout.startswith("Sample municipality (seed 4)"), own.stdout  # play's own --lang wins


def test_the_dutch_help_has_dutch_placeholders_and_one_of_ends_in_of() -> None:
    dutch = run("play", "--help", "--lang", "nl").stdout + run("simulate", "--help", "--lang", "nl").stdout
    for placeholder in ("--runs AANTAL", "--workers AANTAL", "--choices KEUZES", "--screenshots MAP"):
        assert placeholder in dutch
    assert not {word.strip("[],.()") for word in dutch.split()} & {
        "RUNS",
        "WORKERS",
        "CHOICES",
        "SCREENSHOTS",
    }
    english = run("simulate", "--help", "--lang", "en").stdout
    assert "--runs RUNS" in english and "--workers WORKERS" in english
    for lang, said in (
        ("nl", "'plya' is geen opdracht; kies uit"),
        ("en", "'plya' is not a command; choose from"),
    ):
        last = "'report' of 'screenshots'\n" if lang == "nl" else "'report' or 'screenshots'\n"
        wrong = run("plya", "--lang", lang)
        assert wrong.returncode == 2 and said in wrong.stderr and last in wrong.stderr, wrong.stderr
        assert "'stats', 'report'" in wrong.stderr  # (commas between the others)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "'start' van meter 'budget' moet een getal zijn, zoals 50, niet 'zestig'"),
        ("en", "'start' of meter 'budget' must be a number, like 50, not 'zestig'"),
    ],
)
def test_a_number_that_is_text_is_said_in_order(tmp_path: Path, lang: str, said: str) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        re.sub(
            r"(\n  budget:\n(?:    .*\n)*?    start: )\d+", r"\1zestig", EXAMPLE.read_text(encoding="utf-8")
        ),
        encoding="utf-8",
    )
    assert "zestig" in path.read_text(encoding="utf-8")
    validated = run("validate", str(path), "--lang", lang)
    assert validated.returncode == 1 and said in validated.stdout, validated.stdout


@pytest.mark.parametrize(
    ("lang", "date", "flag"),
    [
        (
            "nl",
            "een datum (1-1-2026);",
            "tekst in de kolom 'repeatable': 'misschien' is geen ja of nee; typ ja of nee",
        ),
        (
            "en",
            "into a date (2026-01-01);",
            "text in the column 'repeatable': 'misschien' is not yes or no; type yes or no",
        ),
    ],
)
def test_a_workbook_says_dates_as_the_language_writes_them_and_yes_or_no(
    tmp_path: Path, lang: str, date: str, flag: str
) -> None:
    import datetime

    book = tmp_path / "s.xlsx"
    assert run("export", str(EXAMPLE), "--to", str(book)).returncode == 0
    workbook = openpyxl.load_workbook(book)
    cards = workbook["Kaarten"]
    header = [cell.value for cell in cards[1]]
    cards.cell(2, header.index("weight") + 1).value = datetime.datetime(2026, 1, 1)
    cards.cell(3, header.index("repeatable") + 1).value = "misschien"
    workbook.save(book)
    validated = run("validate", str(book), "--lang", lang)
    assert validated.returncode == 1
    assert date in validated.stdout and "T00:00" not in validated.stdout, validated.stdout
    assert flag in validated.stdout and "true" not in validated.stdout, validated.stdout


@pytest.mark.parametrize(
    ("lang", "unreadable", "valid"),
    [
        ("nl", "niet als werkboek gelezen", ": ok met "),
        ("en", "cannot read this as a workbook", ": ok with "),
    ],
)
def test_watch_waits_for_a_workbook_saved_in_two_steps(
    tmp_path: Path, lang: str, unreadable: str, valid: str
) -> None:
    """A spreadsheet program writes a workbook in parts: watch says nothing about the half-written file."""
    import threading

    from game.cli.watch import run_watch

    book, whole = tmp_path / "w.xlsx", tmp_path / "whole.xlsx"
    assert run("export", str(EXAMPLE), "--to", str(whole)).returncode == 0
    data = whole.read_bytes()
    book.write_bytes(data)
    said: list[str] = []
    rest = threading.Timer(0.3, lambda: book.open("ab").write(data[len(data) // 2 :]))

    def saves() -> Iterator[None]:
        book.write_bytes(data[: len(data) // 2])  # the first step; the second comes a moment later
        rest.start()
        yield None

    try:
        assert run_watch(book, runs=20, say=said.append, changes=saves(), lang=lang) == 0
    finally:
        rest.join()
    verdicts = [text for text in said if text.startswith("-- ")]
    assert len(verdicts) == 2 and all(unreadable not in text for text in verdicts), said
    assert valid in verdicts[1].splitlines()[-1], verdicts[1]


@pytest.mark.parametrize(("lang", "who"), [("nl", "<dd>alleen</dd>"), ("en", "<dd>solo</dd>")])
def test_the_report_of_a_solo_game_says_it_as_stats_does(tmp_path: Path, lang: str, who: str) -> None:
    report, log = tmp_path / "r.html", tmp_path / "s.jsonl"
    played = run("play", str(EXAMPLE), "--headless", "--auto", "--lang", lang, "--session-log", str(log),
                 "--report", str(report))  # fmt: skip
    assert played.returncode == 0, played.stderr
    assert who in report.read_text(encoding="utf-8")
    if lang == "nl":  # (stats' own word for a game played alone)
        assert " 1 alleen;" in run("stats", str(log), "--lang", "nl").stdout


@pytest.mark.parametrize(
    ("guide", "lang", "book"),
    [
        ("scenario-schrijven.md", "nl", "mijn-scenario.xlsx"),
        ("writing-scenarios.md", "en", "my-scenario.xlsx"),
    ],
)
def test_the_guides_quote_the_effect_column_message_as_validate_prints_it(
    tmp_path: Path, guide: str, lang: str, book: str
) -> None:
    path = tmp_path / book
    assert run("export", str(EXAMPLE), "--to", str(path)).returncode == 0
    workbook = openpyxl.load_workbook(path)
    workbook["Opties"]["E14"] = "veel"
    workbook.save(path)
    first = run("validate", book, "--lang", lang, cwd=tmp_path).stdout.splitlines()[0]
    text = " ".join((EXAMPLE.parents[1] / "docs" / guide).read_text(encoding="utf-8").split())
    assert f"`{first}`" in text, first


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["--lang", "en", "screenshots"], "en"),
        (["screenshots"], "nl"),
        (["--lang", "en", "screenshots", "--lang", "nl"], "nl"),
    ],
)
def test_lang_before_screenshots_is_the_screens_language(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], lang: str
) -> None:
    import game.cli.screenshots
    from game.cli.main import main

    asked: list[str] = []
    monkeypatch.setattr(
        game.cli.screenshots, "run_screenshots", lambda out, sizes, lang: asked.append(lang) or 0
    )
    assert main(argv) == 0 and asked == [lang]
