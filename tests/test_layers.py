"""The layers keep to themselves, read from every module's source: the pure layers (everything but the
window, game/ui, and the command line, game/cli) never name pygame, and the layers import only downwards
(the core knows no scenario files, server, speech or screens). A second net imports every pure module in
a fresh interpreter and looks for pygame in sys.modules."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from game.paths import PROJECT_DIR

GAME = PROJECT_DIR / "game"

# The only packages that may draw: a new package is pure until it is listed here.
PRESENTATION = ("game.ui", "game.cli")
PYGAME = ("pygame", "pygame_ce", "game.ui")

# What each layer must not import (a name, or any module inside it).
FORBIDDEN = {
    "game.core": (
        "game.scenario",
        "game.phones",
        "game.tables",
        "game.speech",
        "game.ui",
        "game.cli",
        "game.report",
    ),
    "game.scenario": ("game.ui", "game.cli", "game.phones", "game.speech", "game.report"),
    "game.phones": ("game.ui", "game.cli"),
    "game.speech": ("game.ui", "game.cli"),
    "game.report": ("game.ui", "game.cli"),
    # The debrief's rules: no files, server, speech, screens or reports.
    "game.debrief": ("game.scenario", "game.phones", "game.speech", "game.ui", "game.cli", "game.report"),
    # The tables' room: the core and (its server) the phone server's helpers; no screens.
    "game.tables": ("game.ui", "game.cli", "game.speech", "game.report"),
    "game.ui": ("game.cli",),
}


@dataclass(frozen=True)
class Import:
    """One module a source file names, where."""

    path: Path
    line: int
    module: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: imports {self.module}"


def module_name(path: Path, root: Path) -> str:
    """`game/scenario/lint.py` -> `game.scenario.lint`; a package's __init__.py is the package."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_in(path: Path, root: Path) -> Iterator[Import]:
    """Every module `path` imports, anywhere in the file: at the top, inside functions, under
    TYPE_CHECKING, and `__import__` / `importlib.import_module` of a written-out name. A relative import
    is resolved against the file's package; `from a import b` names both a and a.b (b may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(path, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            yield Import(path, node.lineno, base)
            for alias in node.names:
                if alias.name != "*":
                    yield Import(path, node.lineno, f"{base}.{alias.name}")
        elif isinstance(node, ast.Call) and _imports_by_name(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield Import(path, node.lineno, first.value)


def _imports_by_name(func: ast.expr) -> bool:
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return name in ("__import__", "import_module")


def within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def violations(root: Path) -> list[str]:
    """Every import that breaks a rule, as 'file:line: imports X (why)', for all modules under root/game."""
    found: dict[tuple[Path, int, str], str] = {}  # one line per import statement and reason
    for path in sorted((root / "game").rglob("*.py")):
        module = module_name(path, root)
        forbidden = [rule for layer, rule in FORBIDDEN.items() if within(module, (layer,))]
        for item in imports_in(path, root):
            shown = Import(path.relative_to(root), item.line, item.module)
            reasons = []
            if not within(module, PRESENTATION) and within(item.module, PYGAME):
                reasons.append("a pure layer: no pygame and no game.ui")
            reasons += [
                f"the layers' direction: {module} must not import it"
                for rule in forbidden
                if within(item.module, rule)
            ]
            for reason in reasons:
                found.setdefault((path, item.line, reason), f"{shown} ({reason})")
    return list(found.values())


def test_no_module_imports_against_the_layers() -> None:
    found = violations(PROJECT_DIR)
    assert not found, "imports against the layers:\n" + "\n".join(found)


def test_the_checker_finds_imports_in_functions_under_type_checking_and_relative_ones(tmp_path: Path) -> None:
    core = tmp_path / "game" / "core"
    core.mkdir(parents=True)
    (tmp_path / "game" / "__init__.py").write_text("", encoding="utf-8")
    (core / "__init__.py").write_text("", encoding="utf-8")
    (core / "rules.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from ..ui.draw import TextBlock\n"
        "def f() -> None:\n"
        "    import pygame.font\n"
        "    from game import scenario\n"
        "    __import__('game.speech.voice')\n",
        encoding="utf-8",
    )
    (core / "clean.py").write_text(
        "from . import rules\nfrom game.core.model import Scenario\n", encoding="utf-8"
    )
    found = violations(tmp_path)
    where = str(Path("game/core/rules.py"))
    assert f"{where}:3: imports game.ui.draw (a pure layer: no pygame and no game.ui)" in found
    assert f"{where}:5: imports pygame.font (a pure layer: no pygame and no game.ui)" in found
    assert (
        f"{where}:6: imports game.scenario (the layers' direction: game.core.rules must not import it)"
        in found
    )
    assert (
        f"{where}:7: imports game.speech.voice (the layers' direction: game.core.rules must not import it)"
        in found
    )
    assert not [line for line in found if "clean.py" in line]


def pure_modules() -> list[str]:
    """Every module under game/ outside the presentation packages."""
    names = (module_name(path, PROJECT_DIR) for path in sorted(GAME.rglob("*.py")))
    return [name for name in names if not within(name, PRESENTATION)]


def test_importing_every_pure_module_loads_no_pygame() -> None:
    """The second net: what the source does not say (a pure module's import of a module that loads pygame
    at import time) shows in sys.modules. Named: the first module after whose import pygame was loaded."""
    modules = pure_modules()
    assert "game.core.fastsim" in modules and "game.phones.hub" in modules  # the walk finds them all
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('pygame', 'pygame_ce')\n"
        "                    or m == 'game.ui' or m.startswith('game.ui.'))\n"
        "    if loaded:\n"
        "        sys.exit(f'importing {name} loaded {loaded[:3]}')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
