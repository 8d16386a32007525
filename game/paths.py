"""Where the project's own files live: shipped scenarios and assets."""

from __future__ import annotations

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
SCENARIOS_DIR = PROJECT_DIR / "scenarios"
ASSETS_DIR = PROJECT_DIR / "assets"
FONTS_DIR = ASSETS_DIR / "fonts"
DEFAULT_SCENARIO = SCENARIOS_DIR / "lindenhout.yaml"


def shipped_scenarios() -> list[Path]:
    """The scenario files in scenarios/, default first, then by name."""
    found = sorted(SCENARIOS_DIR.glob("*.yaml"))
    return sorted(found, key=lambda path: path != DEFAULT_SCENARIO)
