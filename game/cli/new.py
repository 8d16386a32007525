"""`python main.py new FILE [--years N] [--lang nl,en]`: write a commented starter scenario."""

from __future__ import annotations

import os
from pathlib import Path

from game.cli.output import write_text
from game.errors import GameError
from game.paths import SCENARIOS_DIR
from game.scenario.json_schema import SCHEMA_FILE_NAME
from game.scenario.template import parse_languages, starter_scenario

MAX_YEARS = 20


def run_new(path: Path, years: int = 2, languages: str = "nl") -> int:
    if not 1 <= years <= MAX_YEARS:
        raise GameError(f"--years must be between 1 and {MAX_YEARS}, not {years}")
    try:
        codes = parse_languages(languages)
    except ValueError as error:
        raise GameError(str(error)) from None
    if path.exists():
        raise GameError(f"{path} already exists; choose another name (this command never overwrites a file)")
    text = starter_scenario(path.stem, years, codes, _schema_reference(path))
    write_text(path, text, exclusive=True)
    dutch = codes[0] == "nl"
    print(f"{path}: " + ("nieuw scenario geschreven" if dutch else "new scenario written"))
    print(("Controleer het met" if dutch else "Check it with") + f":  python main.py validate {path}")
    print(("Speel het met" if dutch else "Play it with") + f":  python main.py play {path}")
    return 0


def _schema_reference(path: Path) -> str | None:
    """The schema file as the editor finds it from the new file: a relative path, or None."""
    schema = SCENARIOS_DIR / SCHEMA_FILE_NAME
    if not schema.is_file():
        return None
    try:
        return Path(os.path.relpath(schema, path.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return schema.as_uri()
