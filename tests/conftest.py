"""Every test runs on a fixed wall clock (names and stamps made from the date never depend on when it runs)
and with a data folder of its own (nothing a test or the game it starts writes lands in the user's)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from game.core import wallclock

# The instant at which the end screen's test once failed: the report's name then wrapped at its hyphen.
FIXED_INSTANT = datetime(2026, 12, 6, 12, 40, 54, 849449)


@pytest.fixture(autouse=True)
def fixed_wall_clock() -> Iterator[datetime]:
    """The wall clock reads FIXED_INSTANT (local time), a microsecond later at each reading; a test that
    wants another moment sets it with `wallclock.fixed(...)` inside."""
    with wallclock.fixed(FIXED_INSTANT):
        yield FIXED_INSTANT


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's language is English (LC_MESSAGES; LC_ALL, which would decide first, unset), for the
    test and the processes it starts: the command line's messages are English unless a test chooses."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")


@pytest.fixture(autouse=True)
def private_data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """XDG_DATA_HOME in a fresh folder, for the test and the processes it starts (saves, logs, previews)."""
    home = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def private_documents(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's Documents folder (platformdirs, through XDG_CONFIG_HOME/user-dirs.dirs) in a fresh
    folder: the window makes its scenario folder there, never in the real Documents."""
    config = tmp_path_factory.mktemp("config")
    documents = tmp_path_factory.mktemp("documents")
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return documents
