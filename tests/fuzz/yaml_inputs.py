"""Hypothesis strategies for scenario files: generated YAML documents, raw text full of YAML syntax, and
mutations of the shipped scenarios (lines deleted, doubled, swapped, re-indented, values swapped for
other types, keys dropped or invented, the file cut short)."""

from __future__ import annotations

import copy
import re
from functools import cache
from typing import Any

import yaml
from hypothesis import strategies as st

from game.paths import SCENARIOS_DIR
from game.scenario.cards import CARD_OPTIONAL, CARD_REQUIRED, OPTION_OPTIONAL, OPTION_REQUIRED
from game.scenario.schema import TOP_OPTIONAL, TOP_REQUIRED

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's when there: the same YAML, faster
SHIPPED = ("voorbeeld.yaml", "raadssessie.yaml", "lindenhout.yaml")
FORMAT_KEYS = (
    *TOP_REQUIRED, *TOP_OPTIONAL, *CARD_REQUIRED, *CARD_OPTIONAL, *OPTION_REQUIRED, *OPTION_OPTIONAL,
    "nl", "en", "name", "start", "min", "max", "when", "card", "after", "year", "turn", "corner",
    "budget", "trust", "legitimacy", "capacity", "privacy",
)  # fmt: skip
# Characters with a meaning in YAML, whitespace of every kind, a BOM, odd and invisible unicode.
SYNTAX = [*list("-:?,[]{}#&*!|>'\"%@`~=<\\/.0123456789 "), "\t", "\n", "\r\n", "\r", "  ", "    "]
ODD = ["\ufeff", "\x85", "\u2028", "\u2029", "\x00", "\x07", "\x1b", "\x7f", "\u200b", "\u202e", "\U0001f600",
       "é", "ß", "中", "\uffff", "\ufffe"]  # fmt: skip
SURROGATES = ["\ud800", "\udfff"]  # only in a text from a caller: a decoded file never has them
SNIPPETS = [
    "format: 1\n", "id: x\n", "cards:\n", "  - id: a\n", "    options:\n", "      - label: A\n",
    "        effects: {budget: 5}\n", "requires: budget >= 40 and not x\n", "when: (((\n",
    "!!python/object:os.system",
    "!!binary aGk=", "!!set {a, b}", "&a [1, 2]", "*a", "<<: *a\n", "? [a, b]\n: c\n", "--- \n", "...\n",
    "%YAML 1.1\n---\n", "%TAG ! tag:x,2000:\n---\n", "|\n  text\n", ">-\n  folded\n", "'it''s'",
    '"\\u00e9\\x"',
    "1e999", "-.inf", ".nan", "0x1F", "0o17", "1_000", "9" * 400, "2027-01-01", "~", "null", "yes", "No",
    "on", "[" * 40, "]" * 40, "{" * 40, "- " * 40, "\t- a\n", "# comment\n",
]  # fmt: skip


@cache
def shipped_text(name: str) -> str:
    return (SCENARIOS_DIR / name).read_text(encoding="utf-8")


@cache
def shipped_data(name: str) -> Any:
    return yaml.safe_load(shipped_text(name))


def yaml_lines(text: str) -> list[str]:
    """The lines of `text` as YAML counts them (\\r\\n, \\r, \\n, NEL and the Unicode separators)."""
    return re.split("\r\n|[\r\n\x85\u2028\u2029]", text)


# -- generated documents ----------------------------------------------------------------------

_odd_text = st.lists(st.characters(codec="utf-8") | st.sampled_from(SYNTAX + ODD), max_size=30).map("".join)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**20, max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(FORMAT_KEYS),
    _odd_text,
    st.dates(),
)
_keys = st.one_of(st.sampled_from(FORMAT_KEYS), _odd_text, st.integers(), st.none(), st.booleans())


def _collections(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=5) | st.dictionaries(_keys, children, max_size=6)


documents = st.recursive(_scalars, _collections, max_leaves=40)


@st.composite
def dumped_documents(draw: st.DrawFn) -> str:
    """A generated structure written by yaml.safe_dump in one of its styles."""
    document = draw(documents)
    flow = draw(st.sampled_from([False, True, None]))
    return yaml.dump(
        document,
        Dumper=_Dumper,
        default_flow_style=flow,
        allow_unicode=draw(st.booleans()),
        width=draw(st.sampled_from([20, 80, 10_000])),
        sort_keys=draw(st.booleans()),
    )


@st.composite
def scenario_shaped(draw: st.DrawFn) -> str:
    """A shipped scenario as data, changed structurally (keys dropped, invented, values of other types),
    then dumped: mostly well-formed YAML that goes deep into the schema."""
    data = copy.deepcopy(shipped_data("voorbeeld.yaml"))
    for _ in range(draw(st.integers(1, 6))):
        _mutate_data(draw, data)
    flow = draw(st.booleans())
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=flow)


def _containers(data: Any) -> list[Any]:
    found: list[Any] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            found.append(item)
            stack.extend(item)
    return found


def _mutate_data(draw: st.DrawFn, data: Any) -> None:
    target = draw(st.sampled_from(_containers(data)))
    if not target:
        return
    keys = list(target) if isinstance(target, dict) else list(range(len(target)))
    key = draw(st.sampled_from(keys))
    action = draw(st.sampled_from(["drop", "replace", "unknown", "duplicate"]))
    if action == "drop":
        del target[key]
    elif action == "replace":
        target[key] = draw(documents)
    elif action == "unknown" and isinstance(target, dict):
        target[draw(_keys)] = draw(_scalars)
    elif isinstance(target, list):
        target.insert(key, target[key])  # the same object twice: safe_dump writes an anchor and alias


# -- raw text -------------------------------------------------------------------------------------


raw_texts = st.lists(
    st.one_of(
        st.sampled_from(SYNTAX),
        st.sampled_from(ODD + SURROGATES),
        st.sampled_from(SNIPPETS),
        st.sampled_from(FORMAT_KEYS).map(lambda key: f"{key}: "),
        st.text(max_size=8),
    ),
    max_size=60,
).map("".join)


# -- mutations of the shipped scenarios -----------------------------------------------------------

REPLACEMENTS = [
    "[]", "{}", "~", "''", "yes", "no", "1e999", "-1", "0", "-0.0", "99999999999999999999999999", "3.5",
    '"x"', "[a, b]", "{a: 1}", "!!python/object/apply:os.system [echo]", "!!str 5", "&anchor x", "*anchor",
    "|\n  block", "'unclosed", '"bad \\q escape"', "budget >= ", "((a)", "a = 1", "\t", "- item", ": :",
]  # fmt: skip
_KEY_LINE = re.compile(r"^(\s*)(- )?([A-Za-z_][A-Za-z0-9_]*):( |$)")


@st.composite
def mutated_scenarios(draw: st.DrawFn, names: tuple[str, ...] = SHIPPED) -> str:
    """A shipped scenario with one to five line-level mutations."""
    lines = shipped_text(draw(st.sampled_from(names))).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 5))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        lines = _mutate_lines(draw, lines, index)
    text = "".join(lines)
    if text and draw(st.integers(0, 9)) == 0:
        text = text[: draw(st.integers(0, len(text)))]  # cut short, maybe mid-character of a line
    return text


def _mutate_lines(draw: st.DrawFn, lines: list[str], index: int) -> list[str]:
    line = lines[index]
    action = draw(
        st.sampled_from(["delete", "duplicate", "swap", "indent", "dedent", "replace", "drop_key",
                         "unknown_key", "insert", "chars"])
    )  # fmt: skip
    match = _KEY_LINE.match(line)
    if action == "delete":
        return lines[:index] + lines[index + 1 :]
    if action == "duplicate":
        return [*lines[: index + 1], line, *lines[index + 1 :]]
    if action == "swap":
        other = draw(st.integers(0, len(lines) - 1))
        lines = list(lines)
        lines[index], lines[other] = lines[other], lines[index]
        return lines
    if action == "indent":
        return [*lines[:index], " " * draw(st.integers(1, 4)) + line, *lines[index + 1 :]]
    if action == "dedent":
        cut = min(draw(st.integers(1, 4)), len(line) - len(line.lstrip(" ")))
        return [*lines[:index], line[cut:], *lines[index + 1 :]]
    if action == "replace" and match:
        value = draw(st.sampled_from(REPLACEMENTS) | _odd_text)
        return [*lines[:index], f"{match.group(0).rstrip()} {value}\n", *lines[index + 1 :]]
    if action == "drop_key" and match:
        indent = len(match.group(1))
        end = index + 1
        while end < len(lines) and (
            not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
        ):
            end += 1
        return lines[:index] + lines[end:]
    if action == "unknown_key" and match:
        key = draw(st.sampled_from(FORMAT_KEYS) | st.from_regex(r"[a-z_]{1,12}", fullmatch=True))
        new = (
            f"{match.group(1)}{'  ' if match.group(2) else ''}{key}: {draw(st.sampled_from(REPLACEMENTS))}\n"
        )
        return [*lines[: index + 1], new, *lines[index + 1 :]]
    if action == "insert":
        return [*lines[:index], draw(st.sampled_from(SNIPPETS)), *lines[index:]]
    position = draw(st.integers(0, len(line)))
    noise = draw(st.lists(st.sampled_from(SYNTAX + ODD), min_size=1, max_size=3))
    return [*lines[:index], line[:position] + "".join(noise) + line[position:], *lines[index + 1 :]]
