"""Saves: an exact JSON round trip, atomic writes, clear errors for bad files (moved aside, never lost)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from game.core.engine import Game
from game.core.model import Scenario
from game.core.save import (
    FORMAT,
    SaveError,
    capture,
    list_saves,
    new_session_id,
    read_save,
    restore_game,
    save_path,
    saves_dir,
    write_save,
)
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario


@pytest.fixture(scope="module")
def lindenhout() -> Scenario:
    return load_scenario(SCENARIOS_DIR / "lindenhout.yaml")


def play(game: Game, decisions: int, rng: random.Random) -> None:
    for _ in range(decisions):
        card = game.current_card
        if card is None or game.finished:
            return
        votes = tuple(rng.randrange(4) for _ in card.options) if rng.random() < 0.5 else None
        game.choose(rng.randrange(len(card.options)), votes)


def saved(game: Game, folder: Path, **extra: object) -> Path:
    data = capture(game, session_id=new_session_id(game.scenario.id), lang="nl", **extra)  # type: ignore[arg-type]
    path = save_path(folder, data.session_id)
    write_save(path, data)
    return path


@pytest.mark.parametrize("decisions", [0, 1, 7, 23, 400])
def test_a_saved_game_comes_back_exactly_and_plays_on_like_its_twin(
    lindenhout: Scenario, tmp_path: Path, decisions: int
) -> None:
    seed = 1000 + decisions
    game, twin = Game(lindenhout, seed), Game(lindenhout, seed)
    play(game, decisions, random.Random(decisions))
    play(twin, decisions, random.Random(decisions))
    undo = [game.snapshot()]
    path = saved(game, tmp_path, group_name="Raad", mode="group", undo=undo)
    data = read_save(path, lindenhout.id)
    loaded = restore_game(lindenhout, data)
    assert loaded.state == game.state and loaded.state.scheduled == game.state.scheduled
    assert loaded.rng.get_state() == game.rng.get_state()
    assert [e.to_dict() for e in loaded.log] == [e.to_dict() for e in game.log]
    assert data.group_name == "Raad" and data.mode == "group" and data.undo[0].state == undo[0].state
    assert data.undo[0].rng_state == undo[0].rng_state
    play(loaded, 60, random.Random(7))
    play(twin, 60, random.Random(7))
    assert loaded.state == twin.state and loaded.rng.get_state() == twin.rng.get_state()
    assert [e.to_dict() for e in loaded.log] == [e.to_dict() for e in twin.log]


def test_writing_replaces_the_old_save_and_leaves_no_temporary_file(
    lindenhout: Scenario, tmp_path: Path
) -> None:
    game = Game(lindenhout, 3)
    data = capture(game, session_id="s", lang="nl")
    path = save_path(tmp_path, "s")
    write_save(path, data)
    play(game, 3, random.Random(1))
    write_save(path, capture(game, session_id="s", lang="nl"))
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]
    assert len(read_save(path).state.choices) == 3


def test_the_default_saves_folder_is_the_users_data_folder(tmp_path: Path) -> None:
    assert saves_dir(tmp_path) == tmp_path / "saves"
    assert saves_dir().name == "saves" and "digitaal-leiderschap" in str(saves_dir())


def good_save(lindenhout: Scenario, folder: Path) -> Path:
    game = Game(lindenhout, 5)
    play(game, 4, random.Random(2))
    return saved(game, folder)


def corrupt(path: Path, how: str) -> bytes:
    text = path.read_text(encoding="utf-8")
    if how == "truncated":
        content = text[: len(text) // 2].encode()
    elif how == "empty":
        content = b""
    elif how == "garbage":
        content = bytes(range(256)) * 4
    elif how == "wrong version":
        raw = json.loads(text)
        raw["format"] = FORMAT + 1
        content = json.dumps(raw).encode()
    elif how == "not a save":
        content = b'{"hello": "world"}'
    elif how == "damaged state":
        raw = json.loads(text)
        raw["game"]["state"]["meters"] = "lots"
        content = json.dumps(raw).encode()
    elif how == "bad random state":
        raw = json.loads(text)
        raw["game"]["rng"]["state"] = [1, 2, 3]
        content = json.dumps(raw).encode()
    else:
        raise AssertionError(how)
    path.write_bytes(content)
    return content


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("truncated", "truncated or not JSON"),
        ("empty", "empty"),
        ("garbage", "not text"),
        ("wrong version", f"save format {FORMAT + 1} is not supported"),
        ("not a save", "not a save file"),
        ("damaged state", "incomplete or damaged"),
        ("bad random state", "bad random state"),
    ],
)
def test_a_bad_save_gets_a_clear_message_and_is_moved_aside_intact(
    lindenhout: Scenario, tmp_path: Path, how: str, message: str
) -> None:
    path = good_save(lindenhout, tmp_path)
    content = corrupt(path, how)
    with pytest.raises(SaveError) as caught:
        read_save(path)
    error = caught.value
    assert str(path) in str(error) and message in str(error), str(error)
    assert not path.exists() and error.moved_to is not None
    assert error.moved_to.name.startswith(path.name + ".broken-")
    assert error.moved_to.read_bytes() == content  # kept exactly, never deleted or overwritten
    assert list_saves(tmp_path).saves == ()  # moved-aside files are not offered again


def test_a_save_of_another_scenario_is_refused_by_name(lindenhout: Scenario, tmp_path: Path) -> None:
    path = good_save(lindenhout, tmp_path)
    content = path.read_bytes()
    with pytest.raises(SaveError, match="of scenario 'lindenhout', not 'voorbeeld'") as caught:
        read_save(path, "voorbeeld")
    assert caught.value.moved_to is not None and caught.value.moved_to.read_bytes() == content


def test_two_bad_saves_of_the_same_name_never_overwrite_each_other(
    lindenhout: Scenario, tmp_path: Path
) -> None:
    for _ in range(2):
        path = good_save(lindenhout, tmp_path)
        target = tmp_path / "fixed.json"
        path.rename(target)
        corrupt(target, "truncated")
        with pytest.raises(SaveError):
            read_save(target)
    assert len(list(tmp_path.glob("fixed.json.broken-*"))) == 2


def test_listing_is_newest_first_reports_bad_files_and_skips_finished_games(
    lindenhout: Scenario, tmp_path: Path
) -> None:
    first = good_save(lindenhout, tmp_path)
    done = Game(lindenhout, 9)
    play(done, 500, random.Random(3))
    assert done.finished
    finished = saved(done, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    raw = json.loads(first.read_text(encoding="utf-8"))
    raw["saved_at"] = "2000-01-01T00:00:00"
    first.write_text(json.dumps(raw), encoding="utf-8")
    listing = list_saves(tmp_path)
    assert [path for path, _ in listing.saves] == [finished, first]
    assert [path for path, _ in listing.resumable()] == [first]
    assert [error.path for error in listing.problems] == [bad]


def test_a_finished_game_in_its_guided_debrief_stays_resumable(lindenhout: Scenario, tmp_path: Path) -> None:
    done = Game(lindenhout, 9)
    play(done, 500, random.Random(3))
    assert done.finished
    debriefing = saved(done, tmp_path, debriefing=True)
    assert read_save(debriefing).debriefing
    assert [path for path, _ in list_saves(tmp_path).resumable()] == [debriefing]
    # A save from before the debrief existed has no such key: not debriefing; a game still being
    # played is never marked so (the flag is about the debrief after the game).
    raw = json.loads(debriefing.read_text(encoding="utf-8"))
    del raw["debriefing"]
    debriefing.write_text(json.dumps(raw), encoding="utf-8")
    assert not read_save(debriefing).debriefing and list_saves(tmp_path).resumable() == ()
    playing = Game(lindenhout, 9)
    play(playing, 2, random.Random(3))
    assert not capture(playing, session_id="x", lang="nl", debriefing=True).debriefing
