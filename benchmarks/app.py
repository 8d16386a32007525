"""The standalone app (issue 16): its start-up beside the source's, and the size of the zip handed out.

Start-up here is the wall time of `--quit-after-first-frame` from process start to exit, for the built
program and for `python main.py`, alternating, after two warm-up runs each (the same measure for both:
the built program is no Python process that first_frame.py could watch). The app is the one in dist/
when it is there (pyinstaller digitaal-leiderschap.spec); otherwise it is built into a temporary folder
first (about a minute), or skipped when PyInstaller is not installed (pip install -e ".[build]").
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import ROOT, Figure, child_env, python

NAME = "digitaal-leiderschap"
START_RATIO_TARGET = 1.5
ZIP_TARGET_MB = 80.0


def built_app(scratch: Path) -> tuple[Path, Path] | None:
    """(program, zip): dist/'s, else a fresh build in `scratch`; None without PyInstaller."""
    program = _program(ROOT / "dist")
    zips = sorted((ROOT / "dist").glob(f"{NAME}-*.zip"))
    if program.is_file() and zips:
        return program, zips[-1]
    if importlib.util.find_spec("PyInstaller") is None:
        return None
    print("  (building the app for this run: pyinstaller digitaal-leiderschap.spec)", flush=True)
    subprocess.run(
        [
            python(),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(scratch / "dist"),
            "--workpath",
            str(scratch / "work"),
            str(ROOT / f"{NAME}.spec"),
        ],
        check=True,
        capture_output=True,
    )
    return _program(scratch / "dist"), sorted((scratch / "dist").glob(f"{NAME}-*.zip"))[-1]


def _program(dist: Path) -> Path:
    return dist / NAME / (NAME + (".exe" if sys.platform == "win32" else ""))


def seconds_to_exit(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def figures(quick: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="benchmarks-app-") as folder:
        scratch = Path(folder)
        found = built_app(scratch)
        if found is None:
            print('  (the app is skipped: PyInstaller is not installed; pip install -e ".[build]")')
            return []
        program, archive = found
        env = child_env(XDG_DATA_HOME=str(scratch / "data"), HOME=str(scratch / "home"))
        app = [str(program), "--quit-after-first-frame"]
        source = [python(), str(ROOT / "main.py"), "--quit-after-first-frame"]
        for _ in range(2):
            seconds_to_exit(app, env)
            seconds_to_exit(source, env)
        built: list[float] = []
        from_source: list[float] = []
        for _ in range(5 if quick else 15):
            built.append(seconds_to_exit(app, env))
            from_source.append(seconds_to_exit(source, env))
        megabytes = archive.stat().st_size / 1e6
    ratios = [b / s for b, s in zip(built, from_source, strict=True)]
    return [
        Figure("app: start-up, built app (first frame, exit)", [1000 * v for v in built], "ms"),
        Figure("app: start-up, python main.py (the same)", [1000 * v for v in from_source], "ms"),
        Figure(
            "app: built / source start-up",
            ratios,
            "x",
            2,
            f"<= {START_RATIO_TARGET}x",
            lambda x: x <= START_RATIO_TARGET,
        ),
        Figure(
            f"app: zip size ({archive.name})",
            [megabytes],
            "MB",
            1,
            f"<= {ZIP_TARGET_MB:g} MB",
            lambda mb: mb <= ZIP_TARGET_MB,
        ),
    ]
