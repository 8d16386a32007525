"""`python main.py new FILE [--years N] [--lang nl,en]`: write a commented starter scenario (YAML, or a
workbook with the comments on its Uitleg sheet)."""

from __future__ import annotations

import os
from pathlib import Path

from game.cli.language import program_name
from game.errors import GameError
from game.files import write_text
from game.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from game.paths import SCENARIOS_DIR
from game.scenario.json_schema import SCHEMA_FILE_NAME
from game.scenario.template import MOST_YEARS, starter_notes, starter_scenario
from game.scenario.texts import is_language_code
from game.scenario.workbook.layout import SUFFIXES

YAML_SUFFIXES = (".yaml", ".yml")


def run_new(path: Path, years: int = 2, languages: str = "nl", lang: str = "") -> int:
    """Write the starter; its lines in `lang` (default: the scenario's first language, if nl or en)."""
    if not 1 <= years <= MOST_YEARS:
        raise GameError(key="cli.new.years", most=MOST_YEARS, years=years)
    codes = parse_languages(languages)
    suffix = path.suffix.lower()
    if suffix not in (*YAML_SUFFIXES, *SUFFIXES):
        raise GameError(key="cli.new.suffix", path=path)
    if path.exists():
        raise GameError(key="cli.new.exists", path=path)
    if suffix in SUFFIXES:
        _write_workbook(path, years, codes)
    else:
        write_text(path, starter_scenario(path.stem, years, codes, _schema_reference(path)), exclusive=True)
    lang = lang or (codes[0] if codes[0] in LANGUAGES else DEFAULT_LANGUAGE)
    print(t("cli.new.written" if suffix in YAML_SUFFIXES else "cli.new.written_workbook", lang, path=path))
    for code in codes:
        if code not in ("nl", "en"):  # (the languages the starter's texts are written in)
            print(t("cli.new.untranslated", lang, code=code))
    print(t("cli.new.check", lang, command=f"{program_name()} validate {path}"))
    print(t("cli.new.play", lang, command=f"{program_name()} play {path}"))
    return 0


def _write_workbook(path: Path, years: int, codes: list[str]) -> None:
    """The starter as a workbook, made by the export (what is written is what the game plays)."""
    from game.scenario import load_scenario_text
    from game.scenario.workbook.export import export_workbook  # openpyxl and odfpy only here

    scenario = load_scenario_text(starter_scenario(path.stem, years, codes), str(path))
    try:
        export_workbook(scenario, path, notes=starter_notes(path.stem, years, codes))
    except OSError as error:
        raise GameError(key="cli.workbook.cannot_write", path=path, reason=error.strerror or error) from None


def parse_languages(text: str) -> list[str]:
    """'nl,en' -> ['nl', 'en']; a GameError with a readable message otherwise."""
    languages = [part.strip() for part in text.split(",") if part.strip()]
    if not languages:
        raise GameError(key="cli.new.no_language")
    for language in languages:
        if not is_language_code(language):
            raise GameError(key="cli.new.not_a_code", code=language)
    if len(set(languages)) != len(languages):
        raise GameError(key="cli.new.twice")
    return languages


def _schema_reference(path: Path) -> str | None:
    """The schema file as the editor finds it from the new file: a relative path, or None."""
    schema = SCENARIOS_DIR / SCHEMA_FILE_NAME
    if not schema.is_file():
        return None
    try:
        return Path(os.path.relpath(schema, path.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return schema.as_uri()
