"""The title screen's previews: what it shows of a scenario file (title and intro per window language,
the scenario's languages), kept from the last time that same file loaded without errors.

Reading and checking a scenario (YAML, every rule of the format) takes longer than opening the window,
so the window's first frame shows the preview kept for the file, if its size and modification time are
unchanged, and the file is loaded for real right after that frame; if anything differs (an edit within
the same clock tick, a newer version of the game) the screen is laid out again at once. Previews are
plain JSON text in the user's data folder, read strictly as data: a missing, damaged or foreign file only
means that the title waits for the scenario to load, as on the very first start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.i18n import LANGUAGES
from game.paths import read_kept, write_kept

if TYPE_CHECKING:
    from game.core.model import Scenario

KIND = "digitaal-leiderschap-title-previews"
FORMAT = 1
LIMIT = 32  # files remembered; the oldest are dropped
MAX_BYTES = 1_000_000  # a larger previews file is not ours to read


@dataclass(frozen=True)
class Preview:
    """The title and intro of a scenario in every window language, as Scenario.text gives them, and the
    scenario's languages."""

    title: Mapping[str, str]
    intro: Mapping[str, str]
    languages: tuple[str, ...]

    @staticmethod
    def of(scenario: Scenario) -> Preview:
        return Preview(
            title={lang: scenario.text(scenario.title, lang) for lang in LANGUAGES},
            intro={lang: scenario.text(scenario.intro, lang) for lang in LANGUAGES},
            languages=tuple(scenario.languages),
        )

    def covers(self, lang: str) -> bool:
        return lang in self.title and lang in self.intro


def file_stamp(path: Path) -> str | None:
    """Size and modification time of `path` (what tells that it changed), None if it cannot be read."""
    try:
        status = path.stat()
    except OSError:
        return None
    return f"{status.st_size}:{status.st_mtime_ns}"


class PreviewStore:
    """The previews file (DATA_DIR/cache/title-previews.json): read once, written when a preview changed."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._entries: dict[str, dict[str, Any]] | None = None

    def get(self, path: Path) -> Preview | None:
        """The preview kept for `path`, if the file has not changed since."""
        key = _key(path)
        entry = self._read().get(key)
        if entry is None or entry.get("stamp") != file_stamp(path):
            return None
        return _preview(entry)

    def remember(self, path: Path, scenario: Scenario | None) -> None:
        """Keep the preview of `scenario`, just loaded from `path`; None (it has errors) forgets it."""
        key = _key(path)
        entries = self._read()
        stamp = file_stamp(path)
        if scenario is None or stamp is None:
            if entries.pop(key, None) is not None:
                self._write(entries)
            return
        preview = Preview.of(scenario)
        entry = {
            "stamp": stamp,
            "title": dict(preview.title),
            "intro": dict(preview.intro),
            "languages": list(preview.languages),
        }
        if entries.get(key) == entry:
            return
        entries.pop(key, None)
        entries[key] = entry  # the newest last
        while len(entries) > LIMIT:
            del entries[next(iter(entries))]
        self._write(entries)

    def _read(self) -> dict[str, dict[str, Any]]:
        if self._entries is None:
            self._entries = _load(self.file)
        return self._entries

    def _write(self, entries: dict[str, dict[str, Any]]) -> None:
        """Atomically (a temporary file renamed over it); a failure only means no preview next time."""
        write_kept(self.file, {"kind": KIND, "format": FORMAT, "files": entries})


def _key(path: Path) -> str:
    return str(path.resolve())


def _load(file: Path) -> dict[str, dict[str, Any]]:
    raw = read_kept(file, KIND, MAX_BYTES)
    if raw is None or raw.get("format") != FORMAT:
        return {}
    files = raw.get("files")
    if not isinstance(files, dict):
        return {}
    return {key: entry for key, entry in files.items() if isinstance(entry, dict) and _preview(entry)}


def _texts(value: object) -> dict[str, str] | None:
    if not isinstance(value, dict) or not all(
        isinstance(key, str) and isinstance(text, str) for key, text in value.items()
    ):
        return None
    return value


def _preview(entry: dict[str, Any]) -> Preview | None:
    """The preview in a stored entry, None when any part is not what `remember` writes."""
    title, intro, languages = _texts(entry.get("title")), _texts(entry.get("intro")), entry.get("languages")
    if title is None or intro is None or not isinstance(entry.get("stamp"), str):
        return None
    if not isinstance(languages, list) or not languages or not all(isinstance(x, str) for x in languages):
        return None
    return Preview(title, intro, tuple(languages))
