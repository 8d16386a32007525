"""Memory: peak resident memory of a full headless game at 3840x2160, every screen rendered to a PNG:
`python main.py play scenarios/lindenhout.yaml --headless --auto --seed 1 --screenshots DIR --size
3840x2160`, read from the operating system's accounting of that one child process (wait4's ru_maxrss)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.report import ROOT, child_env, python

TARGET_MB = 200


def peak_megabytes(runs: int) -> list[float]:
    peaks: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="benchmarks-memory-") as folder:
            command = [
                python(),
                str(ROOT / "main.py"),
                "play",
                str(ROOT / "scenarios" / "lindenhout.yaml"),
                "--headless",
                "--auto",
                "--seed",
                "1",
                "--screenshots",
                str(Path(folder) / "shots"),
                "--size",
                "3840x2160",
            ]
            env = child_env(XDG_DATA_HOME=str(Path(folder) / "data"))
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            assert process.stderr is not None
            errors = process.stderr.read()
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode != 0:
                raise SystemExit(f"the headless game failed ({process.returncode}):\n{errors.decode()}")
            shots = len(list((Path(folder) / "shots").glob("*.png")))
            if shots < 10:
                raise SystemExit(f"the headless game wrote {shots} screenshots")
        # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
        peaks.append(usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024))
    return peaks
