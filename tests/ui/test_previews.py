"""The title screen's previews and the other small files the game keeps (game/paths.py: read_kept and
write_kept): kept across starts, forgotten when the scenario changes, and never an error when damaged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from game.paths import read_kept, write_kept
from game.scenario import load_scenario
from game.ui.previews import KIND, Preview, PreviewStore
from tests.ui.conftest import EXAMPLE


def test_a_preview_is_kept_across_starts_until_the_file_changes(tmp_path: Path) -> None:
    path = Path(shutil.copy(EXAMPLE, tmp_path / "voorbeeld.yaml"))
    scenario = load_scenario(path)
    store_file = tmp_path / "data" / "cache" / "title-previews.json"
    PreviewStore(store_file).remember(path, scenario)
    assert PreviewStore(store_file).get(path) == Preview.of(scenario)
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert PreviewStore(store_file).get(path) is None


def test_a_damaged_or_foreign_file_is_read_as_nothing(tmp_path: Path) -> None:
    kept = tmp_path / "kept.json"
    assert read_kept(kept, KIND, 1000) is None  # not there
    for text in ("{", "[1]", json.dumps({"kind": "someone else"}), "x" * 2000):
        kept.write_text(text, encoding="utf-8")
        assert read_kept(kept, KIND, 1000) is None, text[:20]
        assert PreviewStore(kept).get(EXAMPLE) is None


def test_kept_files_are_written_whole_and_a_failure_is_only_false(tmp_path: Path) -> None:
    kept = tmp_path / "sub" / "kept.json"
    assert write_kept(kept, {"kind": KIND, "files": {}})
    assert read_kept(kept, KIND, 1000) == {"kind": KIND, "files": {}}
    assert list(kept.parent.iterdir()) == [kept], "no temporary file is left behind"
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert write_kept(blocked / "kept.json", {"kind": KIND}) is False
