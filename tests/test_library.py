"""Which scenario files the title screen offers: shipped, the own folder, recent (game/library.py)."""

from __future__ import annotations

import json
from pathlib import Path

from game.library import RECENT_LIMIT, RecentScenarios, offered, own_scenario_folder, own_scenarios
from game.paths import shipped_scenarios


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("id: x\n", encoding="utf-8")
    return path


def test_the_own_folder_is_in_documents_unless_given(private_documents: Path, tmp_path: Path) -> None:
    assert own_scenario_folder() == private_documents / "Digitaal leiderschap"
    assert own_scenario_folder(tmp_path) == tmp_path


def test_own_scenarios_are_yaml_and_workbooks_here_and_one_folder_down(tmp_path: Path) -> None:
    wanted = [
        touch(tmp_path / "B-raad.yaml"),
        touch(tmp_path / "a-college.xlsx"),
        touch(tmp_path / "wijk" / "wijk.yml"),
        touch(tmp_path / "zomer.ods"),
    ]
    touch(tmp_path / "notes.txt")
    touch(tmp_path / "~$a-college.xlsx")  # Excel's lock file
    touch(tmp_path / ".hidden.yaml")
    touch(tmp_path / "wijk" / "diep" / "te-diep.yaml")
    (tmp_path / "map.yaml").mkdir()
    found = own_scenarios(tmp_path)
    assert found == [wanted[1], wanted[0], wanted[2], wanted[3]]


def test_an_own_folder_that_is_not_there_offers_nothing(tmp_path: Path) -> None:
    assert own_scenarios(tmp_path / "nowhere") == []


def test_the_list_is_shipped_then_own_then_recent_each_file_once(tmp_path: Path) -> None:
    own = tmp_path / "own"
    mine = touch(own / "mijn.yaml")
    elsewhere = touch(tmp_path / "mail" / "ontvangen.yaml")
    shipped = shipped_scenarios()
    listed = offered(shipped[1], own, [elsewhere, mine, shipped[0]])
    assert [(item.path, item.source) for item in listed] == [
        *((path, "shipped") for path in shipped),
        (mine, "own"),
        (elsewhere, "recent"),
    ]
    given = touch(tmp_path / "los.yaml")
    assert offered(given, own, [])[0].path == given and offered(given, own, [])[0].source == "given"


def test_recent_files_newest_first_gone_ones_left_out_at_most_a_few(tmp_path: Path) -> None:
    recent = RecentScenarios(tmp_path / "data" / "recent.json")
    assert recent.paths() == []
    files = [touch(tmp_path / f"s{index}.yaml") for index in range(RECENT_LIMIT + 2)]
    for path in files:
        recent.remember(path)
    recent.remember(files[3])
    assert recent.paths()[0] == files[3].resolve()
    assert len(recent.paths()) == RECENT_LIMIT
    files[-1].unlink()
    assert files[-1].resolve() not in recent.paths()


def test_a_broken_recent_file_is_an_empty_list_and_is_replaced(tmp_path: Path) -> None:
    store = tmp_path / "recent.json"
    for text in ("{", "[]", json.dumps({"kind": "other", "files": []}), json.dumps({"kind": 1})):
        store.write_text(text, encoding="utf-8")
        assert RecentScenarios(store).paths() == []
    path = touch(tmp_path / "s.yaml")
    RecentScenarios(store).remember(path)
    assert RecentScenarios(store).paths() == [path.resolve()]
