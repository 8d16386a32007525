"""Fuzzing save files and session logs: they are JSON and read as data only. Any change to a real save
gives a SaveData or a SaveError (the file moved aside, never deleted), any change to a real log a
SessionLog or a LogError, and a log that reads is replayed, summarised and reported on with a GameError
at worst, never another exception."""

from __future__ import annotations

import contextlib
import json
import random
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from game.core.engine import Game
from game.core.model import Scenario
from game.core.save import SaveData, SaveError, capture, read_save, to_json
from game.core.session_log import LogError, SessionHeader, read_log, replay, write_events
from game.core.stats import StatsError, summarise
from game.errors import GameError
from game.paths import SCENARIOS_DIR
from game.report.content import build_report
from game.scenario import load_scenario
from tests.fuzz.budget import fuzz, hang_guard

EXAMPLE = SCENARIOS_DIR / "voorbeeld.yaml"


@cache
def example() -> Scenario:
    return load_scenario(EXAMPLE)


@cache
def played() -> Game:
    """A game of the example with votes and an undo, half-way through its term."""
    game = Game(example(), 7)
    dice = random.Random(7)
    for step in range(4):
        card = game.current_card
        assert card is not None
        snapshot = game.snapshot()
        game.choose(dice.randrange(len(card.options)), tuple(dice.randrange(5) for _ in card.options))
        if step == 1:
            game.undo(snapshot)
    return game


def real_save() -> dict[str, Any]:
    game = played()
    data = capture(
        game, session_id="fuzz", lang="nl", group_name="Raad", mode="group", undo=[game.snapshot()]
    )
    result: dict[str, Any] = json.loads(json.dumps(to_json(data)))
    return result


def real_log_lines() -> list[str]:
    game = played()
    header = SessionHeader(
        example().id, str(EXAMPLE), example().content_hash, game.seed, "nl", "group", "Raad"
    )
    lines = [json.dumps(header.to_dict())]
    lines += [json.dumps({"type": "event", **event.to_dict(), "at": "2026-01-01T10:00:00+00:00"})
              for event in game.log]  # fmt: skip
    return lines


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(10**300, 10**400)
    | st.floats()
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)
RAW_VALUES = [
    "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "9" * 5000, "[" * 5000, '"\\ud800"', "0.5",
    '"!!python/object/apply:os.system [\\"echo hacked\\"]"', "true", "{}", "[]", '""', "-0",
]  # fmt: skip


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_in(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_in(item, (*prefix, index))
    return found


@st.composite
def changed_json(draw: st.DrawFn, document: Any) -> str:
    """`document` with a few values replaced, keys dropped, or raw non-JSON put in; then maybe cut short."""
    raw: dict[str, str] = {}  # placeholder -> text put into the JSON as it is
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(paths_in(document)))
        if not path:
            document = draw(json_values)
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "drop", "raw"]))
        if action == "drop" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "raw":
            placeholder = f"@@raw{len(raw)}@@"
            raw[placeholder] = draw(st.sampled_from(RAW_VALUES))
            parent[path[-1]] = placeholder
        else:
            parent[path[-1]] = draw(json_values)
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    for placeholder, value in raw.items():
        text = text.replace(json.dumps(placeholder), value)
    if draw(st.integers(0, 5)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text


def read_as_save(tmp: Path, data: bytes) -> SaveData | None:
    path = tmp / "save.json"
    path.write_bytes(data)
    with hang_guard():
        try:
            return read_save(path)
        except SaveError as error:
            assert error.moved_to is not None and error.moved_to.exists() and not path.exists()
            assert error.moved_to.read_bytes() == data, "a bad save is moved aside unchanged"
            return None


@fuzz(0.5)
@given(st.data())
def test_a_changed_save_is_read_or_refused_with_a_save_error(
    tmp_path_factory: Any, data: st.DataObject
) -> None:
    text = data.draw(changed_json(real_save()))
    read_as_save(tmp_path_factory.mktemp("save"), text.encode("utf-8", "surrogatepass"))


@fuzz(0.5)
@given(st.binary(max_size=300) | st.sampled_from([b"", b"\xef\xbb\xbf{}", b"\x80\x04\x95", b"{" * 100_000,
                                                    b"!!python/object/apply:os.system [echo]"]))  # fmt: skip
def test_any_bytes_as_a_save(tmp_path_factory: Any, data: bytes) -> None:
    read_as_save(tmp_path_factory.mktemp("save"), data)


def use_log(tmp: Path, text: bytes) -> None:
    path = tmp / "session.jsonl"
    path.write_bytes(text)
    with hang_guard():
        try:
            log = read_log(path)
        except LogError:
            return
        for step in (lambda: replay(log, example()), lambda: summarise([log], example())):
            try:
                game = step()
            except (LogError, StatsError):
                continue
            if isinstance(game, Game):
                with contextlib.suppress(GameError):
                    build_report(log, game)


@st.composite
def changed_logs(draw: st.DrawFn) -> bytes:
    lines = real_log_lines()
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["change", "delete", "duplicate", "swap", "raw"]))
        if action == "change":
            with contextlib.suppress(ValueError):  # a line that is no JSON any more stays as it is
                lines[index] = draw(changed_json(json.loads(lines[index])))
        elif action == "delete" and len(lines) > 1:
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            lines[index] = draw(st.sampled_from(RAW_VALUES) | st.text(max_size=20))
    return ("\n".join(lines) + draw(st.sampled_from(["\n", "", "\r\n"]))).encode("utf-8", "surrogatepass")


@fuzz(0.5)
@given(changed_logs())
def test_a_changed_log_is_read_replayed_and_reported_or_refused_with_a_log_error(
    tmp_path_factory: Any, text: bytes
) -> None:
    use_log(tmp_path_factory.mktemp("log"), text)


@fuzz(0.3)
@given(st.binary(max_size=300))
def test_any_bytes_as_a_log(tmp_path_factory: Any, data: bytes) -> None:
    use_log(tmp_path_factory.mktemp("log"), data)


def test_the_real_save_and_log_read_back(tmp_path: Path) -> None:
    assert read_as_save(tmp_path, json.dumps(real_save()).encode()) is not None
    path = tmp_path / "session.jsonl"
    write_events(
        path, SessionHeader(example().id, str(EXAMPLE), example().content_hash, 7, "nl"), played().log
    )
    replay(read_log(path), example())
