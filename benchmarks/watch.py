"""`watch` turnaround: from a save of the default scenario to its verdict on the screen of `python main.py
watch` (a real process and a real file watcher), for several saves."""

from __future__ import annotations

import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.report import ROOT, child_env, python

TARGET_SECONDS = 1.0


def turnaround(saves: int) -> list[float]:
    """Seconds from each save to the last line of its verdict."""
    from game.paths import DEFAULT_SCENARIO

    with tempfile.TemporaryDirectory(prefix="benchmarks-watch-") as folder:
        path = Path(folder) / DEFAULT_SCENARIO.name
        shutil.copy(DEFAULT_SCENARIO, path)
        env = child_env(PYTHONUNBUFFERED="1")
        process = subprocess.Popen(
            [python(), str(ROOT / "main.py"), "watch", str(path)], stdout=subprocess.PIPE, text=True, env=env
        )
        lines: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        stream = process.stdout
        threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()

        def verdict(timeout: float) -> None:
            deadline = time.monotonic() + timeout
            while True:
                line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
                if line.startswith(f"{path}: "):
                    return

        try:
            verdict(60)
            time.sleep(0.5)
            seconds = []
            text = path.read_text(encoding="utf-8")
            for save in range(saves):
                started = time.perf_counter()
                path.write_text(text + f"\n# save {save}\n", encoding="utf-8")
                verdict(30)
                seconds.append(time.perf_counter() - started)
                time.sleep(0.3)
            return seconds
        finally:
            process.terminate()
            process.wait(10)
