"""The command line speaks the author's language: --lang (before or after the command), else the system's,
else Dutch; it names itself as it was started."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli.language import given_language, message_language, program_name, system_language
from tests.cli.test_headless import ROOT, run

EXAMPLE = ROOT / "scenarios" / "voorbeeld.yaml"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--lang", "en", "validate", "x.yaml"], "en"),
        (["validate", "x.yaml", "--lang=en"], "en"),
        (["new", "x.yaml", "--lang", "en,nl"], "en"),
        (["play", "--lang", "fr"], None),
        (["validate", "--", "--lang", "en"], None),
        (["validate", "x.yaml"], None),
    ],
)
def test_the_given_language_is_the_first_lang_anywhere(argv: list[str], expected: str | None) -> None:
    assert given_language(argv) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LC_ALL": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US"}, "nl"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL"}, "en"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "de_DE.UTF-8"}, None),
        ({}, None),
    ],
)
def test_the_first_locale_variable_set_decides(environ: dict[str, str], expected: str | None) -> None:
    assert system_language(environ, platform="linux") == expected


def test_windows_and_macos_ask_the_desktop_when_no_variable_is_set() -> None:
    assert system_language({}, platform="win32", desktop=lambda: "English_United Kingdom") == "en"
    assert system_language({}, platform="darwin", desktop=lambda: "nl_NL") == "nl"
    assert system_language({}, platform="darwin", desktop=lambda: None) is None
    assert system_language({"LANG": "nl_NL.UTF-8"}, platform="win32", desktop=lambda: "en_US") == "nl"


def test_lang_comes_first_then_the_system_then_dutch() -> None:
    assert message_language(["--lang", "nl", "validate"], {"LANG": "en_US"}) == "nl"
    assert message_language(["validate"], {"LANG": "en_US"}) == "en"
    assert message_language(["validate"], {"LANG": "C"}) == "nl"


def test_the_program_names_itself_as_started() -> None:
    assert program_name("main.py", frozen=False) == "python main.py"
    assert program_name("/usr/local/bin/digitaal-leiderschap", frozen=False) == "digitaal-leiderschap"
    assert program_name("C:\\app\\digitaal-leiderschap.exe", frozen=True) == "digitaal-leiderschap"


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (("valdate", "x.yaml"), ["gebruik: python main.py", "bedoelde je 'validate'?"], ["did you mean"]),
        (("play", "--sed", "3"), ["onbekende argumenten: --sed", "bedoelde je '--seed'?"], ["--seed'?"]),
        (("play", "--seed", "x"), ["'x' is geen heel getal"], ["'x' is not a whole number"]),
        (("validate",), ["deze argumenten ontbreken: BESTAND"], ["the following arguments are required"]),
    ],
)
def test_argparse_speaks_the_chosen_language(
    args: tuple[str, ...], dutch: list[str], english: list[str]
) -> None:
    said = run("--lang", "nl", *args)
    assert said.returncode == 2
    assert all(words in said.stderr for words in dutch), said.stderr
    assert "usage" not in said.stderr and "error:" not in said.stderr
    said = run(*args, "--lang", "en") if args[0] != "valdate" else run("--lang", "en", *args)
    assert said.returncode == 2
    assert all(words in said.stderr for words in english), said.stderr
    assert "usage: python main.py" in said.stderr


def test_the_system_language_decides_without_lang() -> None:
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    for lang_variable, expected in (
        ("nl_NL.UTF-8", "gebruik: "),
        ("C.UTF-8", "gebruik: "),
        ("en_GB", "usage: "),
    ):
        said = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "valdate"],
            capture_output=True,
            text=True,
            env={**env, "LANG": lang_variable},
            timeout=60,
            check=False,
        )
        assert said.stderr.startswith(expected), (lang_variable, said.stderr)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "fout: {target}: een werkboek eindigt op .xlsx of .ods"),
        ("en", "error: {target}: a workbook ends in .xlsx or .ods"),
    ],
)
def test_a_game_error_in_either_language(tmp_path: Path, lang: str, expected: str) -> None:
    target = tmp_path / "werkmap.txt"
    said = run("--lang", lang, "export", str(EXAMPLE), "--to", str(target))
    assert said.returncode == 1
    assert said.stderr.strip() == expected.format(target=target)


def test_the_installed_command_names_itself_in_usage_and_errors(tmp_path: Path) -> None:
    program = tmp_path / "digitaal-leiderschap"
    program.write_text("import sys\nfrom game.cli.main import main\nsys.exit(main())\n", encoding="utf-8")
    said = subprocess.run(
        [sys.executable, str(program), "--lang", "en", "valdate"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert said.stderr.startswith("usage: digitaal-leiderschap [-h]"), said.stderr
    assert "digitaal-leiderschap: error: 'valdate' is not a command; choose from 'play'" in said.stderr
    assert "python main.py" not in said.stderr


def test_lang_before_no_command_is_the_windows_language_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import game.ui
    from game.cli.main import main

    opened: dict[str, object] = {}
    monkeypatch.setattr(game.ui, "run_window", lambda **given: opened.update(given) or 0)
    assert main(["--lang", "en"]) == 0
    assert opened["lang"] == "en"
    assert main(["play", "--lang", "nl"]) == 0
    assert opened["lang"] == "nl"


def _in_locale(locale: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**env, "LANG": locale},
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("locale", "refused", "hint"),
    [
        ("nl_NL.UTF-8", ["fout: argument --lang: '{code}'", "'nl' of 'en'"], "bedoelde je"),
        ("en_GB.UTF-8", ["error: argument --lang: '{code}'", "'nl' or 'en'"], "did you mean"),
    ],
)
def test_a_message_language_other_than_nl_or_en_is_refused(
    tmp_path: Path, locale: str, refused: list[str], hint: str
) -> None:
    scenario = tmp_path / "z.yaml"
    for args in (("--lang", "de", "validate", str(EXAMPLE)), ("--lang", "fr", "new", str(scenario))):
        said = _in_locale(locale, *args)
        assert said.returncode == 2, said.stdout
        line = said.stderr.splitlines()[-1]
        assert all(words.format(code=args[1]) in line for words in refused), said.stderr
        assert hint not in said.stderr
    assert not scenario.exists()
    said = _in_locale(locale, "validate", str(EXAMPLE), "--lang", "nll")
    assert said.returncode == 2
    assert said.stderr.splitlines()[-1] == f"  {hint} 'nl'?"
    said = _in_locale(locale, "--lang", "English", "validate", str(EXAMPLE))
    assert said.stderr.splitlines()[-1] == f"  {hint} 'en'?"


def test_lang_in_capitals_is_the_language_and_news_own_lang_any_code(tmp_path: Path) -> None:
    said = _in_locale("C.UTF-8", "--lang", "EN", "validate", str(EXAMPLE))
    assert said.returncode == 0 and " ok " in said.stdout, said.stderr
    scenario = tmp_path / "z.yaml"
    said = _in_locale("C.UTF-8", "--lang", "en", "new", str(scenario), "--lang", "fr")
    assert said.returncode == 0, said.stderr
    assert "languages: [fr]" in scenario.read_text(encoding="utf-8")
