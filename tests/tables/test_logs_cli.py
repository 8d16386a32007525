"""`replay`, `stats` and `report` on a tables log: every table confirmed, counted and reported on its own,
and a damaged log refused in plain words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.engine import Game
from game.core.playthrough import play_to_end, random_policy
from game.core.session_log import SessionHeader, write_events
from game.report.minutes import BOM
from game.tables.compare import tables_compared
from tests.tables.logged import EXAMPLE, SEED, play_logged
from tests.tables.rooms import example


def command(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def lines_of(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def game_events(records: list[dict[str, object]]) -> list[dict[str, object]]:
    return [record for record in records if record.get("type") == "event" and record["kind"] != "tables"]


def rewrite(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")


def test_replay_confirms_every_table_of_a_finished_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = play_logged(tmp_path / "tables.jsonl", 3)
    code, out, err = command(capsys, "replay", str(tmp_path / "tables.jsonl"))
    assert code == 0, err
    lines = out.splitlines()
    for table, line in zip(session.table_ids, lines, strict=False):
        view = session.table(table)
        assert line.startswith(f"Tafel {table}: identical \u2014 {view.decisions} decisions")
        assert line.endswith(f"outcome: {view.ending or view.profile}")
    assert lines[-1] == "all 3 tables end as logged (finished)"


def test_replay_of_a_session_stopped_mid_term(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    play_logged(tmp_path / "tables.jsonl", 4, rounds=2)
    code, out, _ = command(capsys, "replay", str(tmp_path / "tables.jsonl"))
    assert code == 0
    assert out.count("identical \u2014 2 decisions") == 4 and "outcome: not finished" in out
    assert out.splitlines()[-1] == "all 4 tables end as logged (stopped in round 3)"


def test_replay_names_the_table_whose_game_differs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tables.jsonl"
    play_logged(path, 3)
    records = lines_of(path)
    shown = next(
        r for r in records if r.get("kind") == "card_shown" and r.get("table") == 2 and r["turn"] == 2
    )
    shown["card"] = "a card the game did not show"
    rewrite(path, records)
    code, out, _ = command(capsys, "replay", str(path))
    assert code == 1
    assert out.splitlines()[0].startswith("Tafel 1: identical")
    assert out.splitlines()[-1].startswith("different: Tafel 2: ")
    assert "game event" in out and "all 3 tables" not in out


def test_replay_finds_room_events_that_do_not_fit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tables.jsonl"
    play_logged(path, 2)
    records = lines_of(path)
    vote = next(r for r in records if r.get("kind") == "tables" and r.get("action") == "vote")
    vote["card"] = "another card"
    rewrite(path, records)
    code, out, _ = command(capsys, "replay", str(path))
    assert code == 1 and out.splitlines()[-1].startswith("different: the room's events: ")


@pytest.mark.parametrize(
    ("damage", "message", "dutch"),
    [
        (
            lambda records: records[0].update(tables=1),
            "the header's tables (1)",
            "het aantal tafels (1) of het tempo ('rounds') in de kop is niet geldig",
        ),
        (
            lambda records: game_events(records)[-1].update(table=9),
            "belongs to no table of the 3 (table 9)",
            "hoort bij geen van de 3 tafels (tafel 9)",
        ),
        (lambda records: records.insert(3, "not an event"), "not an event", "geen gebeurtenis"),
    ],
)
def test_damaged_tables_logs_are_refused_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: object, message: str, dutch: str
) -> None:
    path = tmp_path / "tables.jsonl"
    play_logged(path, 3)
    records = lines_of(path)
    assert callable(damage)
    damage(records)
    rewrite(path, records)
    for args in (("replay", str(path)), ("stats", str(path)), ("report", str(path))):
        code, out, err = command(capsys, *args)
        assert code == 1, args
        assert message in err and "Traceback" not in err + out
        code, out, err = command(capsys, *args, "--lang", "nl")
        assert code == 1 and err.startswith("fout: ") and dutch in err, err
    assert not path.with_suffix(".html").exists() and not path.with_suffix(".csv").exists()


def single_game_log(path: Path) -> Path:
    game = play_to_end(Game(example(), SEED), random_policy(SEED))
    write_events(path, SessionHeader.starting(example(), EXAMPLE, SEED, "nl"), game.log)
    return path


def test_stats_reads_a_tables_log_as_one_session_per_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = play_logged(tmp_path / "tables.jsonl", 3)
    single = single_game_log(tmp_path / "solo.jsonl")
    out_json = tmp_path / "stats.json"
    code, out, err = command(
        capsys, "stats", str(tmp_path / "tables.jsonl"), str(single), "--json", str(out_json)
    )
    assert code == 0, err
    assert out.splitlines()[1].startswith(
        "4 sessions: 3 group sessions, 1 solo; 3 groups (Tafel 1, Tafel 2, Tafel 3)"
    )
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["logs"][:3] == [f"{tmp_path / 'tables.jsonl'}#Tafel {table}" for table in (1, 2, 3)]
    # Each table's decisions counted once: the first card was decided by all four sessions.
    first = next(card for card in data["cards"] if card["card"] == session.game(1).state.choices[0].card)
    assert first["decisions"] == 4
    chosen = [session.game(table).state.choices[0].option + 1 for table in (1, 2, 3)]
    for option in first["options"]:
        assert option["chosen"] >= chosen.count(option["option"])
    profiles = data["outcomes"]["profiles"]
    for table in (1, 2, 3):
        assert profiles[session.table(table).profile or ""] >= 1


def test_the_report_of_a_tables_log_holds_every_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tables.jsonl"
    session = play_logged(path, 3)
    code, out, err = command(capsys, "report", str(path))
    assert code == 0, err
    html_path, csv_path = path.with_suffix(".html"), path.with_suffix(".csv")
    assert f"report of 3 tables written to {html_path}" in out
    page = html_path.read_text(encoding="utf-8")
    meters = example().meters
    # The comparison: a chart per meter with a line per table, each table's triangle, the differences.
    assert page.count('<figure class="meter"') == len(meters)
    assert page.count('class="meter-line" data-meter="table-') == len(meters) * 3
    assert page.count('<svg class="triangle"') == 3
    comparison = tables_compared(session)
    assert comparison.differences
    for difference in comparison.differences:
        assert f'<div class="difference" data-card="{difference.card}">' in page
    # Then every table's own decisions, and an id names one element only.
    for table in session.table_ids:
        assert f'<section class="table-head" id="table-{table}">' in page
        assert f"De besluiten van Tafel {table}" in page
    assert page.count('<li class="decision"') == sum(len(session.game(t).state.choices) for t in (1, 2, 3))
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    for reference in re.findall(r'aria-labelledby="([^"]+)"', page):
        assert reference in ids
    # The CSV: a table column, then each table's decisions in order.
    text = csv_path.read_text(encoding="utf-8")
    assert text.startswith(BOM)
    rows = [row.split(";") for row in text[1:].splitlines()]
    assert rows[0][:2] == ["tafel", "jaar"]
    expected = [
        (f"Tafel {table}", record.card) for table in (1, 2, 3) for record in session.game(table).state.choices
    ]
    assert [(row[0], row[4]) for row in rows[1:]] == expected


def test_the_report_of_an_unfinished_session_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tables.jsonl"
    play_logged(path, 8, rounds=1, lang="en")
    code, _, err = command(capsys, "report", str(path), "--out", str(tmp_path / "r.html"))
    assert code == 0, err
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "Debrief: tables side by side" in page and "8 (Table 1, Table 2," in page
    assert page.count("<h3>The game was not finished</h3>") == 8  # each table's own outcome
    for table in range(1, 9):  # and the outcomes compared
        assert (
            f'<tr><th scope="row">Table {table}</th><td>The game was not finished</td><td>1</td></tr>' in page
        )
