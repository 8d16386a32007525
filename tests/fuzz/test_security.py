"""Security: a scenario, a save or a session log from a stranger is read as data and never runs anything;
the hard limits refuse alias bombs, huge and deeply nested files with a clear message (in a subprocess
with a timeout: a hang or a crash of the YAML library fails the test instead of the test run); file
references of a scenario stay inside its folder (game.scenario.assets, for issue 8's speaker icons)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from game.core.save import SaveError, read_save
from game.core.session_log import LogError, read_log
from game.scenario import Problem, check_scenario, check_scenario_text, limits
from game.scenario.assets import AssetError, resolve_asset
from game.scenario.limits import ALIAS_MESSAGE, DEPTH_MESSAGE, MAX_DEPTH, MAX_FILE_BYTES
from tests.fuzz.budget import HANG_SECONDS, fuzz
from tests.scenario.helpers import BASE, position

ROOT = Path(__file__).resolve().parents[2]


def payloads(marker: Path) -> list[str]:
    """YAML tags that build Python objects or run commands with PyYAML's unsafe loaders."""
    target = json.dumps(str(marker))
    return [
        f'!!python/object/apply:os.system ["echo hacked > {marker}"]',
        f"!!python/object/apply:builtins.open [{target}, w]",
        f"!!python/object/new:builtins.open [{target}, w]",
        "!!python/name:os.system",
        "!!python/module:os",
        f"!!python/object:pathlib.PosixPath {{_raw_paths: [{target}]}}",
        "!!python/tuple [1, 2]",
        "!!python/bytes aGk=",
        "!<tag:yaml.org,2002:python/object/apply:os.system> [echo hacked]",
        "!!binary aGFja2Vk",
        "!!set {a, b}",
        "!!omap [a: 1]",
        "!custom value",
        "!<!local> value",
    ]


def test_the_payloads_are_live_with_an_unsafe_loader(tmp_path: Path) -> None:
    """The control: PyYAML's unsafe loader really would create the marker from this file."""
    marker = tmp_path / "marker"
    yaml.unsafe_load(f"x: !!python/object/apply:builtins.open [{json.dumps(str(marker))}, w]").get(
        "x"
    ).close()
    assert marker.exists()


@pytest.mark.parametrize("index", range(len(payloads(Path("m")))))
def test_unsafe_and_unknown_tags_are_refused_where_they_are_and_run_nothing(
    tmp_path: Path, index: int
) -> None:
    marker = tmp_path / "marker"
    payload = payloads(marker)[index]
    text = BASE.replace("intro: Een korte test.", f"intro: {payload}")
    path = tmp_path / "evil.yaml"
    path.write_text(text, encoding="utf-8")
    for scenario, problems in (check_scenario(path), check_scenario_text(text, str(path))):
        assert scenario is None
        tag = payload.split(" ")[0]
        message = next(problem for problem in problems if "tag" in problem.message)
        assert message.message.startswith("the YAML tag '") and message.message.endswith(
            "' is not allowed in a scenario file"
        )
        assert tag.strip("!<>").split(":")[-1].split("/")[-1] in message.message
        assert (message.line, message.column) == position(text, payload)
    assert not marker.exists()


def test_a_tag_directive_cannot_smuggle_python_in(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    text = "%TAG !py! tag:yaml.org,2002:python/\n---\n" + BASE.replace(
        "intro: Een korte test.", f"intro: !py!object/apply:builtins.open [{json.dumps(str(marker))}, w]"
    )
    scenario, problems = check_scenario_text(text, "evil.yaml")
    assert scenario is None
    assert "'!!python/object/apply:builtins.open' is not allowed" in " ".join(p.message for p in problems)
    assert not marker.exists()


def test_the_validate_command_refuses_and_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    path = tmp_path / "evil.yaml"
    path.write_text(BASE.replace("intro: Een korte test.", f"intro: {payloads(marker)[0]}"), encoding="utf-8")
    result = run_python(
        f"import sys; from game.cli.main import main; sys.exit(main(['validate', {str(path)!r}]))"
    )
    assert result.returncode == 1
    assert "is not allowed in a scenario file" in result.stdout + result.stderr
    assert not marker.exists()


# -- the hard limits, in a subprocess: a hang is a timeout, a crash (C stack) a return code -----------


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,  # a hang guard, not a speed test: refusing takes milliseconds
        cwd=ROOT,
        env=environment,
    )


def problems_in_subprocess(text_expression: str, as_file: Path | None = None) -> list[str]:
    """The problems check_scenario(_text) reports for the text built by `text_expression`, computed in a
    fresh interpreter."""
    check = (
        f"check_scenario({str(as_file)!r})"
        if as_file is not None
        else f"check_scenario_text({text_expression}, 'bomb.yaml')"
    )
    code = textwrap.dedent(f"""
        import json
        from game.scenario import check_scenario, check_scenario_text
        scenario, problems = {check}
        assert scenario is None
        print(json.dumps([str(problem) for problem in problems]))
    """)
    result = run_python(code)
    assert result.returncode == 0, result.stderr[-2000:]
    found: list[str] = json.loads(result.stdout)
    return found


BILLION_LAUGHS = textwrap.dedent("""\
    format: 1
    id: lol
    lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]
    lol1: &l1 [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]
    lol2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]
    lol3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]
    lol4: &l4 [*l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3]
    lol5: &l5 [*l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4]
    lol6: &l6 [*l5, *l5, *l5, *l5, *l5, *l5, *l5, *l5, *l5]
    lol7: &l7 [*l6, *l6, *l6, *l6, *l6, *l6, *l6, *l6, *l6]
    lol8: &l8 [*l7, *l7, *l7, *l7, *l7, *l7, *l7, *l7, *l7]
    cards: &l9 [*l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8]
    """)


def test_a_billion_laughs_alias_bomb_is_refused_at_its_first_anchor() -> None:
    problems = problems_in_subprocess(repr(BILLION_LAUGHS))
    assert problems == [f"bomb.yaml:3:7: {ALIAS_MESSAGE}"]


def aliased_cards(copies: int) -> str:
    """The mini scenario with its first card anchored and used `copies` more times through aliases."""
    text = BASE.replace("cards:\n  - id: robot\n", "cards:\n  - &robot\n    id: robot\n", 1)
    return text.replace("endings:\n", "  - *robot\n" * copies + "endings:\n", 1)


def test_an_alias_bomb_inside_a_valid_scenario_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cards.yaml"
    path.write_text(aliased_cards(20_000), encoding="utf-8")
    line, column = position(path.read_text(encoding="utf-8"), "&robot")
    assert problems_in_subprocess("", as_file=path) == [f"{path}:{line}:{column}: {ALIAS_MESSAGE}"]


def test_the_node_tree_is_guarded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the quick look for '&' and '*' ever miss an alias, the tree check stops the schema from
    reading the aliased block again and again (it would, once per use)."""
    monkeypatch.setattr(limits, "may_have_aliases", lambda text: False)
    text = aliased_cards(3)
    scenario, problems = check_scenario_text(text, "alias.yaml")
    assert scenario is None
    assert problems == [Problem("alias.yaml", *position(text, "&robot"), ALIAS_MESSAGE)]


def test_an_alias_is_refused_also_when_used_once() -> None:
    text = BASE.replace("intro: Een korte test.", "intro: &intro Een korte test.").replace(
        "    text: Een krant.", "    text: *intro"
    )
    scenario, problems = check_scenario_text(text, "alias.yaml")
    assert scenario is None
    assert [(p.line, p.column, p.message) for p in problems] == [(*position(text, "&intro"), ALIAS_MESSAGE)]


def test_texts_with_ampersands_and_asterisks_are_fine() -> None:
    text = BASE.replace("intro: Een korte test.", "intro: 'I&A en *nadruk* & meer'").replace(
        "    text: Een krant.", '    text: "*ster* &amp; R&D"'
    )
    scenario, problems = check_scenario_text(text, "ok.yaml")
    assert scenario is not None, problems


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text(BASE + ("#" + "x" * 98 + "\n") * (MAX_FILE_BYTES // 100 + 10), encoding="utf-8")
    problems = problems_in_subprocess("", as_file=path)
    assert problems == [f"{path}:1:1: the file is too large (2.0 MB); a scenario file may be at most 2 MB"]
    text_problems = problems_in_subprocess("'a: b\\n' * (1024 * 1024)")
    assert text_problems == [
        "bomb.yaml:1:1: the file is too large (5.0 MB); a scenario file may be at most 2 MB"
    ]


def test_a_special_file_that_never_ends_is_not_read_forever(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    problems = problems_in_subprocess("", as_file=Path("/dev/zero"))
    assert problems == ["/dev/zero:1:1: the file is too large (2.0 MB); a scenario file may be at most 2 MB"]


@pytest.mark.parametrize(
    ("expression", "where"),
    [
        ("'a: ' + '[' * 200_000 + ']' * 200_000", (1, 4 + MAX_DEPTH - 1)),  # crashed libyaml's composer
        ("'a: ' + '[' * 5000", (1, 4 + MAX_DEPTH - 1)),  # unclosed: RecursionError in the Python composer
        ("'a: ' + '{x: ' * 100_000 + '}' * 100_000", (1, 4 + 4 * (MAX_DEPTH - 1))),
        ("'a:\\n' + ''.join(' ' * n + 'b:\\n' for n in range(1, 1200))", (MAX_DEPTH + 1, MAX_DEPTH + 1)),
        ("'a:\\r' + ''.join(' ' * n + 'b:\\r' for n in range(1, 1600))", (MAX_DEPTH + 1, MAX_DEPTH + 1)),
        ("'- ' * 50_000 + 'x'", (1, 2 * MAX_DEPTH + 1)),
    ],
)
def test_deep_nesting_is_refused_where_it_gets_too_deep(
    expression: str, where: tuple[int, int] | None
) -> None:
    problems = problems_in_subprocess(expression)
    deep = [problem for problem in problems if DEPTH_MESSAGE in problem]
    assert len(deep) == 1, problems
    if where is not None:
        assert deep[0].startswith(f"bomb.yaml:{where[0]}:{where[1]}: ")


def test_moderate_nesting_is_measured_on_the_tree_with_the_same_message() -> None:
    text = "a: " + "[" * (MAX_DEPTH + 3) + "]" * (MAX_DEPTH + 3) + "\n"
    _, problems = check_scenario_text(text, "deep.yaml")
    assert Problem("deep.yaml", 1, 4 + MAX_DEPTH - 1, DEPTH_MESSAGE) in problems
    fine = "a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n"
    assert not [
        problem for problem in check_scenario_text(fine, "ok.yaml")[1] if DEPTH_MESSAGE in problem.message
    ]


# -- saves and logs are JSON, read as data --------------------------------------------------------------


def evil_documents(marker: Path) -> list[bytes]:
    target = json.dumps(str(marker))
    pickle_payload = b"cbuiltins\nopen\n(" + target.encode() + b"\nVw\ntR."
    return [
        f"!!python/object/apply:builtins.open [{target}, w]".encode(),
        b"kind: digitaal-leiderschap-save\nformat: 1\n"
        + f"game: !!python/object/apply:builtins.open [{target}, w]\n".encode(),
        pickle_payload,
        b'{"kind": "digitaal-leiderschap-save", "format": 1, "__reduce__": ["os.system", ["echo hacked"]]}',
        b'{"kind": "digitaal-leiderschap-save", "format": NaN}',
        b'{"kind": "digitaal-leiderschap-save", "format": 1, "seed": ' + b"9" * 5000 + b"}",
        b"[" * 100_000,
    ]


@pytest.mark.parametrize("index", range(len(evil_documents(Path("m")))))
def test_a_save_with_code_or_odd_content_is_a_save_error_and_runs_nothing(tmp_path: Path, index: int) -> None:
    marker = tmp_path / "marker"
    path = tmp_path / "save.json"
    path.write_bytes(evil_documents(marker)[index])
    with pytest.raises(SaveError) as caught:
        read_save(path)
    assert caught.value.moved_to is not None and caught.value.moved_to.exists()
    assert not marker.exists()


def real_header() -> str:
    return json.dumps({"type": "session", "format": 1, "scenario": "voorbeeld", "seed": 1, "lang": "nl"})


@pytest.mark.parametrize("index", range(len(evil_documents(Path("m")))))
def test_a_log_with_code_or_odd_content_is_a_log_error_and_runs_nothing(tmp_path: Path, index: int) -> None:
    marker = tmp_path / "marker"
    path = tmp_path / "session.jsonl"
    evil = evil_documents(marker)[index].replace(b"\n", b" ")
    path.write_bytes(evil + b"\n{}\n")  # as the header
    with pytest.raises(LogError):
        read_log(path)
    path.write_bytes(
        b"\n".join([real_header().encode(), evil, b'{"kind": "card_shown"}']) + b"\n"
    )  # an event
    try:
        log = read_log(path)
    except LogError:
        pass
    else:  # an object with a "kind" is an event: plain data, which replay checks against the game
        assert json.loads(json.dumps(log.events)) == log.events
    assert not marker.exists()


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ({"seed": 1e999}, "seed that is not a whole number"),  # was an OverflowError
        ({"seed": "x"}, "seed that is not a whole number"),
        ({"scenario": None, "seed": None}, "seed that is not a whole number"),
    ],
)
def test_a_log_header_with_an_odd_seed_is_a_log_error(
    tmp_path: Path, header: dict[str, object], message: str
) -> None:
    path = tmp_path / "session.jsonl"
    head = {"type": "session", "format": 1, "scenario": "voorbeeld", "lang": "nl", **header}
    path.write_text(json.dumps(head).replace("Infinity", "1e999") + "\n", encoding="utf-8")
    with pytest.raises(LogError, match=message):
        read_log(path)


@pytest.mark.parametrize(
    "module", ["game/core/save.py", "game/core/session_log.py", "game/core/conditions.py"]
)
def test_saves_logs_and_conditions_are_parsed_without_code_loaders(module: str) -> None:
    """Only json (or the hand-written parser): no pickle, marshal, shelve, yaml, eval or exec."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}  # fmt: skip
    imported |= {
        (node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    }
    assert not imported & {"pickle", "marshal", "shelve", "yaml", "dill", "jsonpickle"}
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert not called & {"eval", "exec", "compile", "__import__"}


# -- file references: game.scenario.assets -------------------------------------------------------------


@pytest.fixture
def scenario_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "scenario"
    (folder / "icons").mkdir(parents=True)
    (folder / "icons" / "wethouder.png").write_bytes(b"png")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (folder / "spel.yaml").write_text(BASE, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "reference",
    ["icons/wethouder.png", "icons\\wethouder.png", "./icons//wethouder.png", "nieuw/nog_niet.png"],
)
def test_a_plain_relative_reference_resolves_inside_the_folder(scenario_folder: Path, reference: str) -> None:
    resolved = resolve_asset(scenario_folder / "spel.yaml", reference)
    assert resolved.is_relative_to(scenario_folder.resolve())
    assert resolved.name in ("wethouder.png", "nog_niet.png")


@pytest.mark.parametrize(
    ("reference", "says"),
    [
        ("../secret.txt", "leads out of the scenario's folder ('..')"),
        ("icons/../../secret.txt", "leads out of the scenario's folder ('..')"),
        ("..\\secret.txt", "leads out of the scenario's folder ('..')"),
        ("icons/..", "leads out of the scenario's folder ('..')"),
        (".. /secret.txt", "ending in a dot or a space"),
        ("icons/.../x.png", "ending in a dot or a space"),
        ("/etc/passwd", "is an absolute path"),
        ("\\Windows\\win.ini", "is an absolute path"),
        ("//server/share/x.png", "names a drive or network share"),
        ("\\\\server\\share\\x.png", "names a drive or network share"),
        ("C:\\Windows\\win.ini", "names a drive or network share"),
        ("c:icon.png", "names a drive or network share"),
        ("https://example.com/icon.png", "is a web address or URL"),
        ("file:///etc/passwd", "is a web address or URL"),
        ("data:image/png;base64,AAAA", "is a web address or URL"),
        ("icons/wethouder.png\x00.txt", "contains a NUL character"),
        ("icons/\nwethouder.png", "contains a control character"),
        ("icon.png:stream", "contains ':'"),
        ("CON", "a device name on Windows"),
        ("icons/nul.png", "a device name on Windows"),
        ("", "is empty"),
        ("  ", "is empty"),
        (".", "names a folder, not a file"),
        ("icons/.", "names a folder, not a file"),
    ],
)
def test_references_that_could_leave_the_folder_are_refused(
    scenario_folder: Path, reference: str, says: str
) -> None:
    with pytest.raises(AssetError) as caught:
        resolve_asset(scenario_folder / "spel.yaml", reference)
    assert says in caught.value.message and caught.value.reference == reference


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symlinks need privileges")
def test_links_may_stay_inside_but_not_lead_out(scenario_folder: Path) -> None:
    outside = scenario_folder.parent / "secret.txt"
    (scenario_folder / "inside.png").symlink_to(scenario_folder / "icons" / "wethouder.png")
    (scenario_folder / "leak.png").symlink_to(outside)
    (scenario_folder / "elsewhere").symlink_to(scenario_folder.parent, target_is_directory=True)
    (scenario_folder / "icons" / "up").symlink_to(Path(".."), target_is_directory=True)
    (scenario_folder / "loop.png").symlink_to(scenario_folder / "loop.png")
    scenario = scenario_folder / "spel.yaml"
    assert resolve_asset(scenario, "inside.png") == (scenario_folder / "icons" / "wethouder.png").resolve()
    assert resolve_asset(scenario, "icons/up/icons/wethouder.png").name == "wethouder.png"  # still inside
    for reference in ("leak.png", "elsewhere/secret.txt", "icons/up/../secret.txt", "elsewhere"):
        with pytest.raises(AssetError, match=r"outside the scenario's folder|'\.\.'"):
            resolve_asset(scenario, reference)
    with pytest.raises(AssetError, match="cannot be followed"):
        resolve_asset(scenario, "loop.png")


PATH_PIECES = [
    "..",
    ".",
    "/",
    "\\",
    "icons",
    "a.png",
    ":",
    "C:",
    "//",
    "~",
    " ",
    "\x00",
    "%2e%2e",
    "con",
    "é",
]


@fuzz(0.5)
@given(st.lists(st.sampled_from(PATH_PIECES) | st.text(max_size=4), max_size=8).map("".join))
def test_any_reference_resolves_inside_the_folder_or_is_refused(
    tmp_path_factory: Any, reference: str
) -> None:
    folder = tmp_path_factory.mktemp("assets")
    try:
        resolved = resolve_asset(folder / "spel.yaml", reference)
    except AssetError as error:
        assert error.message.startswith(("the file reference", "a file reference"))
        return
    assert resolved.is_relative_to(folder.resolve()) and resolved != folder.resolve()
