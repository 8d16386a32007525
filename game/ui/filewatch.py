"""`play --watch`: the scenario files' folders watched in a thread (watchfiles); the window reloads by itself.

The thread only notes which files changed; the window's loop asks `take` between events and reloads as
F5 does (the game kept, an invalid file shown on screen).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

DEBOUNCE_MS = 50


class FileWatch:
    """The changes to the files in `folders`, noted as they happen and taken by the window."""

    def __init__(self, files: Iterable[Path]) -> None:
        self._changed: set[Path] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        folders = sorted({path.resolve().parent for path in files})
        self._thread = threading.Thread(target=self._watch, args=(folders,), name="watch", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> bool:
        return bool(self._changed)  # a quick look for the event loop; `take` reads it under the lock

    def take(self, path: Path | None) -> bool:
        """Whether `path` changed since the last look (other files' changes are forgotten)."""
        with self._lock:
            changed = path is not None and path.resolve() in self._changed
            self._changed.clear()
        return changed

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)

    def _watch(self, folders: list[Path]) -> None:
        from watchfiles import watch

        try:
            for changes in watch(*folders, stop_event=self._stop, debounce=DEBOUNCE_MS, step=DEBOUNCE_MS):
                with self._lock:
                    self._changed.update(Path(name).resolve() for _, name in changes)
        except (OSError, RuntimeError):
            pass  # a folder gone or not watchable: F5 still works
