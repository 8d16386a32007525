"""`python main.py stats LOG...`: the table, the JSON figures, and plain errors for logs that do not fit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.engine import Game
from game.core.playthrough import play_to_end, random_policy
from game.core.session_log import LogWriter, SessionHeader
from game.report.minutes import BOM
from game.scenario import load_scenario
from tests.cli.test_headless import EXAMPLE, run
from tests.core.test_stats import three_logs, write_session
from tests.debrief.shift_logs import LINDENHOUT, shift_logs


def stats(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["stats", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_table_shows_sessions_outcomes_and_per_card_choices_and_votes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = stats(capsys, *map(str, three_logs(tmp_path)))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Sessions of scenario 'test'"
    assert lines[1] == (
        "3 sessions: 2 group sessions, 1 solo; 2 groups (College, Raad); "
        "played from 2026-03-01 to 2026-03-08 (2 days)"
    )
    outcomes = lines.index("Outcomes (sessions)")
    assert lines[outcomes + 1 : outcomes + 5] == [
        "  outcome       sessions  share",
        "  ending crash         1  33.3%",
        "  profile high         1  33.3%",
        "  profile low          1  33.3%",
    ]
    start = lines.index("  card  option  chosen  share  voted  avg votes  avg vote share")
    assert lines[start + 1 : start + 4] == [
        "  c1    1            2  66.7%      2        3.5           70.8%",
        "        2            0   0.0%               1.5           29.2%",
        "        3            1  33.3%               0.0            0.0%",
    ]
    assert lines[start + 4] == "  c2    1            1  33.3%      2        1.5           29.2%"


def test_json_figures_are_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "out" / "stats.json"
    code, out, _ = stats(capsys, *map(str, three_logs(tmp_path)), "--json", str(out_file))
    assert code == 0 and f"figures written to {out_file}" in out
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["scenario"] == "test" and data["sessions"] == 3
    assert data["dates"] == ["2026-03-01", "2026-03-08"]
    assert data["outcomes"]["endings"] == {"crash": 1}
    assert [o["chosen"] for o in data["cards"][0]["options"]] == [2, 0, 1]
    assert data["cards"][2]["options"][1]["average_votes"] == 2.5


def test_with_the_scenario_file_every_card_and_option_label_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = load_scenario(EXAMPLE)
    paths = []
    for seed in (1, 2):
        game = Game(scenario, seed)
        path = tmp_path / f"{seed}.jsonl"
        writer = LogWriter(path, SessionHeader(scenario.id, str(EXAMPLE), scenario.content_hash, seed, "nl"))
        play_to_end(game, random_policy(seed))
        writer.game_events(game)
        writer.close()
        paths.append(str(path))
    code, out, err = stats(capsys, *paths, "--scenario", str(EXAMPLE))
    assert code == 0, err
    # The scenario's texts in the language of the summary (the example has English too).
    assert "Sessions of scenario 'voorbeeld' (Sample municipality)" in out
    assert "Advise: switch it on right away" in out  # the scan car's first option
    for card in scenario.cards:  # in the scenario's order, played or not
        assert f"\n  {card.id} " in out
    assert out.index("  scanauto ") < out.index("  citrix ")
    code, out, err = stats(capsys, *paths, "--scenario", str(EXAMPLE), "--lang", "nl")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == [
        "Sessies van scenario 'voorbeeld' (Voorbeeldgemeente)",
        "2 sessies: 0 groepssessies, 2 alleen; 0 groepen; datums onbekend",
    ]
    assert "Uitkomsten (sessies)" in lines and "  uitkomst" in out
    assert "Adviseer: zet het meteen aan" in out
    header = lines[[line.startswith("Keuzes per kaart") for line in lines].index(True) + 2]
    assert header.split() == [
        "kaart",
        "keuze",
        "label",
        "gekozen",
        "aandeel",
        "gestemd",
        "gem.",
        "stemmen",
        "gem.",
        "aandeel",
        "stemmen",
    ]


def test_logs_of_different_scenarios_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [write_session(tmp_path, "raad"), write_session(tmp_path, "solo", "lindenhout")]
    code, out, err = stats(capsys, *map(str, paths))
    assert code == 1 and out == ""
    assert err.startswith("error: the logs are of 2 different scenarios")
    assert "'lindenhout': " in err and str(paths[1]) in err and "one scenario at a time" in err
    code, out, err = stats(capsys, *map(str, paths), "--lang", "nl")
    assert code == 1 and err.startswith("fout: de logboeken zijn van 2 verschillende scenario's")
    assert "vat één scenario tegelijk samen" in err


def test_a_bad_log_gives_a_message_naming_the_file_and_no_traceback(tmp_path: Path) -> None:
    good = write_session(tmp_path, "raad")
    bad = tmp_path / "kapot.jsonl"
    bad.write_text("this is not a log\n", encoding="utf-8")
    for target, expected in ((bad, "not a session log"), (tmp_path / "missing.jsonl", "no such session log")):
        result = run("stats", str(good), str(target))
        assert result.returncode == 1
        assert str(target) in result.stderr and expected in result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""


def test_with_the_scenario_the_mean_triangle_and_the_lines_crossed_are_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.core.test_triangle_of_choices import play, write_log
    from tests.core.valued import valued, write_valued

    scenario = valued()
    logs = [write_log(tmp_path, name, play(scenario, option)) for name, option in (("a", 0), ("b", 1))]
    code, out, err = stats(capsys, *map(str, logs), "--scenario", str(write_valued(tmp_path)))
    assert code == 0, err
    lines = out.splitlines()
    at = lines.index("Public value triangle (mean over 2 sessions; follows the options chosen)")
    # The mean of the crossing game's 2/5, 3/5, 0 and the careful game's 1/10, 3/10, 6/10
    # (tests/core/valued.py).
    assert lines[at + 1] == "  strategy (willen) 25.0%, capacity (kunnen) 45.0%, legitimacy (mogen) 30.0%"
    assert "Red lines crossed: in 1 session of 2: datalek (1 session), losgeld (1 session)" in lines
    code, out, err = stats(capsys, *map(str, logs), "--scenario", str(write_valued(tmp_path)), "--lang", "nl")
    assert code == 0, err
    lines = out.splitlines()
    at = lines.index("Driehoek van publieke waarde (gemiddelde over 2 sessies; volgt de gemaakte keuzes)")
    assert (
        lines[at + 1] == "  willen 25,0%, kunnen 45,0%, mogen 30,0%"
    )  # (the simulator's words, a decimal comma)
    assert "Rode lijnen overschreden: in 1 sessie van 2: datalek (1 sessie), losgeld (1 sessie)" in lines


def test_the_statements_shift_over_the_sessions_in_text_json_and_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logs = [str(path) for path in shift_logs(tmp_path)]
    json_file, csv_file = tmp_path / "stats.json", tmp_path / "shifts.csv"
    code, out, err = stats(
        capsys, *logs, "--scenario", str(LINDENHOUT), "--json", str(json_file), "--csv", str(csv_file)
    )
    assert code == 0, err
    lines = out.splitlines()
    heading = lines.index(next(line for line in lines if line.startswith("Statements before and after")))
    table = lines[heading + 3 :]
    assert table[0].split() == ["statement", "text", "sessions", "before", "after", "shift"]
    assert table[1].startswith("  regie ") and table[1].split()[-6:] == [
        "2",
        "of",
        "2",
        "1.75",
        "4.25",
        "+2.50",
    ]
    assert table[2].split()[-6:] == ["1", "of", "2", "4.00", "3.00", "-1.00"]
    assert table[3].split()[-6:] == ["0", "of", "0", "-", "-", "-"]
    assert f"written to {csv_file}" in out

    shifts = json.loads(json_file.read_text(encoding="utf-8"))["statement_shifts"]
    assert shifts[0] == {
        "statement": "regie",
        "sessions": 2,
        "sessions_scoring": 2,
        "mean_before": 1.75,
        "mean_after": 4.25,
        "mean_shift": 2.5,
    }
    raw = csv_file.read_bytes()
    assert raw.startswith(BOM.encode("utf-8"))
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "statement",
        "text",
        "sessions",
        "sessions_scoring",
        "mean_before",
        "mean_after",
        "mean_shift",
    ]
    assert rows[1][0] == "regie" and rows[1][1].startswith("Digitalisering is een taak")
    assert rows[1][2:] == ["2", "2", "1,75", "4,25", "+2,50"]  # the scenario speaks Dutch: decimal commas
    assert rows[3][2:] == ["0", "0", "", "", ""]
    assert len(rows) == 1 + len(load_scenario(LINDENHOUT).debrief.statements)


def test_sessions_without_statements_show_no_shift_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = stats(capsys, *map(str, three_logs(tmp_path)))
    assert code == 0, err
    assert "Statements before and after" not in out
