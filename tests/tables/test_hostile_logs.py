"""A tables log is a file anyone may hand over: a tampered one given to `replay`, `report` or
`play --resume-tables` is refused in one plain line with exit 1 -- never a crash, a traceback, a hang, a
device acting for another table or an option its card does not have."""

from __future__ import annotations

import copy
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.session_log import MAX_LOG_BYTES, LogError
from game.tables.log import read_tables_log, restore_from_log
from game.tables.run import start_tables, unfinished_tables_log
from tests.tables.logged import play_logged
from tests.tables.rooms import example

Records = list[dict[str, object]]


def room(records: Records, action: str, **where: object) -> dict[str, object]:
    return next(
        record
        for record in records
        if record.get("kind") == "tables"
        and record.get("action") == action
        and all(record.get(key) == value for key, value in where.items())
    )


def before(records: Records, action: str, event: dict[str, object]) -> None:
    records.insert(records.index(room(records, action)), {"type": "event", "kind": "tables", **event})


def vote_of_table_2_by_table_1(records: Records) -> None:
    device = room(records, "join", table=1)["device"]
    room(records, "vote", table=2)["device"] = device


def join_again_elsewhere(records: Records) -> None:
    join = room(records, "join", table=1)
    before(records, "vote", {**join, "table": 2})


def tie_of_no_options(records: Records) -> None:
    vote = room(records, "vote", table=1)
    before(records, "vote", {"action": "tie", "table": 1, "card": vote["card"], "options": [10**9, -5]})


HOSTILE: dict[str, Callable[[Records], object]] = {
    "an infinite option": lambda records: room(records, "vote").update(option="INFINITE"),
    "an option of a thousand million": lambda records: room(records, "decide").update(option=10**9),
    "option 0": lambda records: room(records, "decide").update(option=0),
    "an option as text": lambda records: room(records, "vote").update(option="2"),
    "an option as a fraction": lambda records: room(records, "vote").update(option=1.5),
    "a vote for another table": vote_of_table_2_by_table_1,
    "a device joining a second table": join_again_elsewhere,
    "a device number far ahead": lambda records: room(records, "join").update(device=10**18),
    "a table that is true": lambda records: room(records, "join").update(table=True),
    "a table of a thousand million": lambda records: room(records, "vote").update(table=10**9),
    "a tie of options the card lacks": tie_of_no_options,
    "a decision by an unknown way": lambda records: room(records, "decide").update(by="<script>"),
    "a round ended by an object": lambda records: room(records, "round_end").update(by={"x": [1]}),
    "an action that is a list": lambda records: room(records, "vote").update(action=["vote"]),
}


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "tables.jsonl"
    play_logged(path, 3, rounds=3)
    return path


def tampered(played: Path, folder: Path, damage: Callable[[Records], object]) -> Path:
    records = [json.loads(line) for line in played.read_text(encoding="utf-8").splitlines()]
    records = copy.deepcopy(records)
    damage(records)
    text = "".join(json.dumps(record) + "\n" for record in records)
    path = folder / "tampered.jsonl"
    path.write_text(text.replace('"INFINITE"', "1e400"), encoding="utf-8")
    return path


@pytest.mark.parametrize("damage", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_tampered_room_event_is_refused_in_plain_words(
    played: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: Callable[[Records], object]
) -> None:
    path = tampered(played, tmp_path, damage)
    with pytest.raises(LogError, match="damaged tables event"):
        restore_from_log(read_tables_log(path), example())
    resume = ("play", "--headless", "--resume-tables", str(path), "--host", "127.0.0.1", "--port", "0")
    for args in (("replay", str(path)), ("report", str(path)), (*resume, "--vote-window", "0.01")):
        code = main(list(args))
        out, err = capsys.readouterr()
        said = (out + err).strip().splitlines()
        assert code == 1, (args, said[-1:])
        assert "damaged tables event" in said[-1] and str(path) in said[-1]
        assert "Traceback" not in out + err and "Error(" not in said[-1]
    assert not path.with_suffix(".html").exists()


def test_a_vote_after_a_tables_game_ended_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tables.jsonl"
    play_logged(path, 2)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    vote = room(records, "vote", table=1)
    records.append({**vote, "type": "event"})
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    with pytest.raises(LogError, match="table 1, which decides no card now"):
        restore_from_log(read_tables_log(path), example())


@pytest.mark.parametrize("field", ["option", "votes"])
def test_stats_refuses_a_choice_of_more_options_than_a_card_has(
    played: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str
) -> None:
    """Without the scenario, stats lists a card's options as far as the log claims: 10**9 hung it."""
    many = {"option": 100_000, "votes": [1] * 100_000}[field]
    path = tampered(
        played,
        tmp_path,
        lambda records: next(r for r in records if r.get("kind") == "choice").update({field: many}),
    )
    code = main(["stats", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert err.strip().endswith("is a decision without a card, or without an option from 1 to 9")


def huge(path: Path, header: str, size: int) -> Path:
    """A file of `size` bytes that starts with `header` (sparse: it costs the disk nothing)."""
    path.write_text(header, encoding="utf-8")
    with path.open("r+b") as file:
        file.truncate(size)
    return path


def test_a_log_larger_than_any_session_writes_is_not_read(
    played: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 'log' of 33 MB (one line of NULs after a real header) was read whole, then its last line
    ignored as cut off; now its size refuses it before a byte is read."""
    header = played.read_text(encoding="utf-8").splitlines()[0] + "\n"
    path = huge(tmp_path / "huge.jsonl", header, MAX_LOG_BYTES + 1)
    tracemalloc.start()
    try:
        with pytest.raises(LogError, match="larger than 32 MB"):
            read_tables_log(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2**20
    resume = ("play", "--headless", "--resume-tables", str(path), "--host", "127.0.0.1", "--port", "0")
    for args in (("replay", str(path)), ("report", str(path)), ("stats", str(path)), resume):
        code = main(list(args))
        out, err = capsys.readouterr()
        assert code == 1 and "larger than 32 MB" in err and "Traceback" not in out + err, args


def test_looking_for_an_unfinished_session_reads_no_huge_first_line(tmp_path: Path) -> None:
    """The window's 'go on' looks at every log's first line: one of 33 MB is passed over unread."""
    (tmp_path / "logs").mkdir()
    path = tmp_path / "logs" / "huge.jsonl"
    path.write_text('{"mode": "tables", "scenario": "' + "x" * MAX_LOG_BYTES + '"}\n', encoding="utf-8")
    tracemalloc.start()
    try:
        assert unfinished_tables_log(tmp_path, "x") is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * 2**20


def test_a_resumed_log_in_an_unknown_language_gives_the_pages_the_sessions_language(
    played: Path, tmp_path: Path
) -> None:
    """The header's language becomes the pages' words: '<script>' there fell through to every page."""
    path = tampered(played, tmp_path, lambda records: records[0].update(lang="<script>"))
    run = start_tables(example(), 1, 3, "rounds", "en", log_path=path, host="127.0.0.1", resume=True)
    try:
        assert run.room.lang == "en"
    finally:
        run.stop()
