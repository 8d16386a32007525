"""No English left inside a Dutch run: the condition reader's reasons, a number's example, the balance
marks of simulate and watch, play --headless's summary, the tables' summary, a server that did not start
and the reload's last resort, each said in Dutch and in English. The machine lines stay as they are."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from aiohttp import web

from game.cli.tables import summary as tables_summary
from game.cli.watch import verdict
from game.core.conditions import ConditionSyntaxError, parse_condition
from game.paths import SCENARIOS_DIR
from game.phones.hub import VoteHub
from game.phones.server import PhoneServer, PhoneServerError, ThreadedServer
from game.tables.session import TablesSession
from tests.tables.rooms import example

ROOT = Path(__file__).resolve().parents[2]
COUNCIL = SCENARIOS_DIR / "raadssessie.yaml"
EXAMPLE = SCENARIOS_DIR / "voorbeeld.yaml"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}
    command = [sys.executable, str(ROOT / "main.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, timeout=180)


def broken_council(folder: Path) -> Path:
    """The council session with an unclosed '(' and a '=' in two conditions and a word as an effect."""
    text = COUNCIL.read_text(encoding="utf-8")
    for old, new in (
        ('requires: "turn == 4"', 'requires: "(turn == 4"'),
        ('requires: "risicomodel_gekocht and turn == 6"', 'requires: "risicomodel_gekocht and turn = 6"'),
        ("effects: {budget: -7, capaciteit: -4", "effects: {budget: min, capaciteit: -4"),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = folder / "kapot.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "said", "unsaid"),
    [
        (
            "nl",
            ["zoals 5 of -10", "')' ontbreekt", "onverwacht teken '='; vergelijk met '=='"],
            ["or -10", "missing"],
        ),
        ("en", ["like 5 or -10", "missing ')'", "unexpected character '='; use '==' to compare"], ["of -10"]),
    ],
)
def test_validate_says_a_broken_condition_and_a_bad_number_in_either_language(
    tmp_path: Path, lang: str, said: list[str], unsaid: list[str]
) -> None:
    path = broken_council(tmp_path)
    done = run("validate", str(path), "--lang", lang, cwd=tmp_path)
    assert done.returncode == 1 and done.stderr == "", done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 6, done.stdout  # three errors, that more checks follow, a warning, the count
    for words in said:
        assert sum(words in line for line in lines) == 1, (words, done.stdout)
    assert not any(words in done.stdout for words in unsaid), done.stdout


BAD_CONDITIONS = ["", "a &", "(a", "a ==", "- x", "a < b < c", "a b", "(" * 40 + "a", " or ".join("a" * 120)]


@pytest.mark.parametrize("source", BAD_CONDITIONS)
def test_every_reason_of_the_condition_reader_has_its_dutch(source: str) -> None:
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_condition(source)
    error = caught.value
    assert error.message == str(error) == error.reason.text("en")  # (the English, as before)
    assert error.reason.text("nl") != error.message


def test_the_english_reasons_are_as_they_were() -> None:
    said = {}
    for source in ("", "a &", "(a", "a ==", "- x", "a b"):
        with pytest.raises(ConditionSyntaxError) as caught:
            parse_condition(source)
        said[source] = caught.value.message
    assert said == {
        "": "empty condition",
        "a &": "unexpected character '&'",
        "(a": "missing ')'",
        "a ==": "the condition ends too early",
        "- x": "expected a number after '-'",
        "a b": "unexpected 'b'",
    }


@pytest.mark.parametrize(("lang", "missed"), [("nl", "  mist  "), ("en", "  MISS  ")])
def test_simulate_marks_the_targets_in_either_language(tmp_path: Path, lang: str, missed: str) -> None:
    # The example is two short years: greedy play completes it, so some targets are missed.
    done = run("simulate", str(EXAMPLE), "--runs", "20", "--check", "--lang", lang, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    marked = [line for line in lines if line.startswith(("  ok    ", missed))]
    assert any(line.startswith(missed) for line in marked), done.stdout
    other = "  MISS  " if lang == "nl" else "  mist  "
    assert other not in done.stdout


@pytest.mark.parametrize(
    ("lang", "marks"), [("nl", ("  ok    ", "  mist  ")), ("en", ("  ok    ", "  MISS  "))]
)
def test_watch_marks_the_targets_in_either_language(lang: str, marks: tuple[str, str]) -> None:
    lines = verdict(EXAMPLE, runs=20, lang=lang).splitlines()
    marked = [line for line in lines if line.startswith(marks)]
    assert any(line.startswith(marks[1]) for line in marked), lines
    assert len({line.index(line.split()[1]) for line in marked}) == 1  # the words after the marks aligned


@pytest.mark.parametrize(
    ("lang", "decisions", "outcomes"),
    [
        ("nl", "besluiten: ", ("einde: ", "profiel: ", "termijn uitgespeeld")),
        ("en", "decisions: ", ("ending: ", "profile: ", "term completed")),
    ],
)
def test_headless_summary_in_either_language_and_the_log_line_in_one(
    tmp_path: Path, lang: str, decisions: str, outcomes: tuple[str, ...]
) -> None:
    log = tmp_path / "sessie.jsonl"
    report = tmp_path / "verslag.html"
    args = ["play", str(EXAMPLE), "--headless", "--auto", "--seed", "4", "--lang", lang]
    done = run(*args, "--session-log", str(log), "--report", str(report), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].endswith(" (toevalsgetal 4)" if lang == "nl" else " (seed 4)")
    assert lines[1].startswith(outcomes), lines
    assert lines[2].startswith(decisions) and int(lines[2].removeprefix(decisions)) > 0
    assert f"session log: {log}" in lines  # (a machine contract: the same words in every language)
    written = "verslag geschreven naar" if lang == "nl" else "report written to"
    assert f"{written} {report}" in lines
    if lang == "nl":
        assert not {"ending:", "profile:", "decisions:", "year", "turn", "written"} & set(done.stdout.split())


@pytest.mark.parametrize(
    ("lang", "title", "table"),
    [("nl", "(toevalsgetal 3, 2 tafels)", "; 0 besluiten"), ("en", "(seed 3, 2 tables)", "; 0 decisions")],
)
def test_the_tables_summary_in_either_language(lang: str, title: str, table: str) -> None:
    lines = tables_summary(TablesSession(example(), 3, 2, lang=lang), lang).splitlines()
    assert lines[0].endswith(title)
    assert lines[1].endswith(table) and lines[3].endswith(table)


class Broken(ThreadedServer):
    """A server whose application cannot be made."""

    def make_app(self) -> web.Application:
        raise RuntimeError("no app")


class BrokenPhones(PhoneServer):
    """A phone server whose application cannot be made."""

    def make_app(self) -> web.Application:
        raise RuntimeError("no app")


def test_a_server_that_cannot_start_says_why_in_either_language() -> None:
    said = {}
    for server in (Broken(VoteHub("nl"), "127.0.0.1"), BrokenPhones(VoteHub("nl"), "127.0.0.1")):
        with pytest.raises(PhoneServerError) as caught:
            server.start()
        said[type(server).__name__] = (caught.value.text("nl"), str(caught.value))
    assert said == {
        "Broken": (
            "de server kon niet starten (RuntimeError: no app)",
            "the server could not start (RuntimeError: no app)",
        ),
        "BrokenPhones": (
            "de telefoonserver kon niet starten (RuntimeError: no app)",
            "the phone server could not start (RuntimeError: no app)",
        ),
    }


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "{path}:1:1: het scenario kan niet worden gelezen (MemoryError: te groot)"),
        ("en", "{path}:1:1: the scenario cannot be read (MemoryError: te groot)"),
    ],
)
def test_the_reload_says_a_loader_failure_in_the_windows_language(
    monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    import game.scenario
    from game.ui.reload import read_scenario

    def fails(path: Path) -> None:
        raise MemoryError("te groot")

    monkeypatch.setattr(game.scenario, "check_scenario", fails)
    assert read_scenario(EXAMPLE, lang).errors == (said.format(path=EXAMPLE),)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "{path}:1:1: dit kan niet als werkboek gelezen worden: het bestand is geen .xlsx of .ods (geen "
            "zip, of een beschadigde); open het in Excel of LibreOffice en sla het opnieuw op als .xlsx "
            "of .ods",
        ),
        (
            "en",
            "{path}:1:1: cannot read this as a workbook: the file is not an .xlsx or .ods file (not a "
            "zip, or a damaged one); open it in Excel or LibreOffice and save it again as .xlsx or .ods",
        ),
    ],
)
def test_import_says_why_a_file_is_no_workbook_in_either_language(
    tmp_path: Path, lang: str, said: str
) -> None:
    path = tmp_path / "raad.xlsx"
    path.write_text("geen werkboek\n", encoding="utf-8")
    done = run("import", str(path), "--to", str(tmp_path / "raad.yaml"), "--lang", lang, cwd=tmp_path)
    assert done.returncode == 1 and not (tmp_path / "raad.yaml").exists()
    assert done.stdout.splitlines() == [said.format(path=path)]


@pytest.mark.parametrize(
    ("lang", "too_few", "no_such"),
    [
        (
            "nl",
            "fout: de nummers van --choices zijn op in jaar 1, beurt 2 (kaart '{card}'); geef meer nummers "
            "of voeg --auto toe",
            "fout: keuze 9 bestaat niet bij kaart '{card}' in jaar 1, beurt 2: die heeft {options} keuzes",
        ),
        (
            "en",
            "error: ran out of choices in year 1, turn 2 (card '{card}'); give more choices or add --auto",
            "error: option 9 does not exist for card '{card}' in year 1, turn 2: it has {options} options",
        ),
    ],
)
def test_headless_choices_that_do_not_fit_are_said_in_either_language(
    tmp_path: Path, lang: str, too_few: str, no_such: str
) -> None:
    from game.core.engine import Game
    from game.scenario import load_scenario

    game = Game(load_scenario(EXAMPLE), 4)
    game.choose(0)
    card = game.current_card
    assert card is not None
    words = {"card": card.id, "options": len(card.options)}
    for choices, said in (("1", too_few), ("1,9", no_such)):
        log = tmp_path / f"{lang}-{choices}.jsonl"
        args = ["--headless", "--choices", choices, "--seed", "4", "--lang", lang, "--session-log", str(log)]
        done = run("play", str(EXAMPLE), *args, cwd=tmp_path)
        assert done.returncode != 0 and done.stderr.strip() == said.format(**words), done.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "fout: {path}: dit sessielogboek bestaat niet"), ("en", "error: {path}: no such session log")],
)
def test_stats_and_replay_say_a_missing_log_in_either_language(tmp_path: Path, lang: str, said: str) -> None:
    path = tmp_path / "weg.jsonl"
    for command in ("stats", "replay"):
        done = run(command, str(path), "--lang", lang, cwd=tmp_path)
        assert done.returncode != 0 and done.stderr.strip() == said.format(path=path), done.stderr
