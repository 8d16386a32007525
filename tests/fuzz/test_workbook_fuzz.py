"""Fuzzing the workbook readers: the example scenario exported to .xlsx and .ods, then its bytes, the XML
of its parts and its parts themselves damaged. Whatever comes of it, check_scenario gives a Scenario or
problems (each at a cell, or a plain one at 1:1), never raises, never hangs and prints nothing.

The inputs tried are counted by mutation and outcome and printed when the module ends (`-s` shows it):
`python -m pytest tests/fuzz/test_workbook_fuzz.py -s -n 0`.
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.paths import SCENARIOS_DIR
from game.scenario import check_scenario, load_scenario
from tests.fuzz.budget import fuzz, hang_guard
from tests.fuzz.test_loader_fuzz import play_to_the_end

SUFFIXES = (".xlsx", ".ods")
CELL = re.compile(r"^[^!]+![A-Z]{1,3}[0-9]+$")
TRIED: Counter[tuple[str, str]] = Counter()  # (mutation, outcome): inputs
# What a damaged part may hold instead: values of the wrong type, odd numbers, markup, entities.
JUNK = [
    "", "-1", "0", "abc", "1e999", "nan", "-inf", "99999999999999999999", "1.5", "é", "'", '"', "<", ">",
    "&", "&amp;", "&#0;", "&lt;x", "]]>", "<x>", "</x>", "<x/>", "<!-- -->", "<?pi?>", "\x00", "\ufffe",
    "\U0001f600",
    "<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'>]>", "&a;", "=1+1", "TRUE", "=TRUE()", "of:=false", "2027-13-45",
    "A1:ZZ99999",
]  # fmt: skip
TYPES = {  # the attributes that give a cell its type, and what they may say
    "t": ["s", "n", "b", "d", "e", "str", "inlineStr", "f", "x"],
    "office:value-type": [
        "float", "string", "boolean", "date", "time", "percentage", "currency", "void", "x"
    ],
    "table:number-columns-repeated": ["0", "-3", "1048576", "2147483648", "x"],
    "table:number-rows-repeated": ["0", "-3", "1048576", "2147483648", "x"],
    "table:number-columns-spanned": ["0", "-3", "1048576", "x"],
    "table:number-rows-spanned": ["0", "-3", "1048576", "x"],
    "r": ["A0", "ZZZZ1", "A99999999", "1A", "", "A1"],
    "s": ["-1", "999", "x"],
}  # fmt: skip
MERGES = ["B2:C3", "A1:A5000", "A1:A10001", "A1:XFD1048576", "A1:A99999999", "C3:A1", "A0:B2", "A1:B"]
ATTRIBUTE = re.compile(rb'\s([A-Za-z_][\w:.-]*)="([^"]*)"')
ELEMENT = re.compile(rb"<([A-Za-z_][\w:.-]*)(?:\s[^<>]*)?(?:/>|>[^<]*</\1>)")


@cache
def exported() -> dict[str, bytes]:
    """The example scenario as the bytes of an .xlsx and an .ods."""
    from game.scenario.workbook.export import export_workbook

    scenario = load_scenario(SCENARIOS_DIR / "voorbeeld.yaml")
    books = {}
    with tempfile.TemporaryDirectory() as folder:
        for suffix in SUFFIXES:
            path = Path(folder) / f"voorbeeld{suffix}"
            export_workbook(scenario, path)
            books[suffix] = path.read_bytes()
    return books


def parts_of(book: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        return [(part.filename, archive.read(part)) for part in archive.infolist()]


def zipped(parts: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # a part twice: "Duplicate name", wanted here
        for name, data in parts:
            archive.writestr(name, data)
    return out.getvalue()


# -- mutations ---------------------------------------------------------------------------------


class Mutated:
    """A damaged workbook: its bytes, and what was done to them (all hypothesis shows of it)."""

    def __init__(self, data: bytes, steps: tuple[str, ...]) -> None:
        self.data, self.steps = data, steps

    def __repr__(self) -> str:
        return f"Mutated({len(self.data):,} bytes, {self.steps!r})"


@st.composite
def byte_mutations(draw: st.DrawFn, book: bytes) -> Mutated:
    """The zip's bytes with a few bytes changed, a stretch cut out or doubled, or the end cut off."""
    data = bytearray(book)
    steps = []
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        how = draw(st.sampled_from(["set", "cut", "double", "insert", "end"]))
        steps.append(f"{how} at byte {at}")
        if how == "set":
            data[at : at + 1] = draw(st.binary(min_size=1, max_size=8))
        elif how == "cut":
            del data[at : at + draw(st.integers(1, 2000))]
        elif how == "double":
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=30))
        else:
            del data[at:]
    return Mutated(bytes(data), tuple(steps))


@st.composite
def xml_mutation(draw: st.DrawFn, xml: bytes) -> tuple[bytes, str]:
    """One change to a part's XML: cut short, an element or attribute deleted, a type or value changed,
    junk put in somewhere, an element doubled; and what it was."""
    how = draw(
        st.sampled_from(
            ["truncate", "element", "attribute", "type", "value", "junk", "double", "deep", "merge"]
        )
    )
    if how == "merge" and b"</sheetData>" in xml:
        cells = draw(st.sampled_from(MERGES))
        merge = b'</sheetData><mergeCells count="1"><mergeCell ref="' + cells.encode() + b'"/></mergeCells>'
        return xml.replace(b"</sheetData>", merge, 1), f"merged {cells}"
    if how == "merge":
        how = "value"  # a part with no sheet: change a value instead
    if how == "truncate":
        at = draw(st.integers(0, len(xml)))
        return xml[:at], f"cut at {at}"
    if how == "junk":
        at = draw(st.integers(0, len(xml)))
        junk = draw(st.sampled_from(JUNK) | st.text(max_size=20))
        return xml[:at] + junk.encode("utf-8", "surrogatepass") + xml[at:], f"{junk!r} put in at {at}"
    if how in ("element", "double", "deep"):
        elements = list(ELEMENT.finditer(xml))
        if not elements:
            return xml, "no element"
        found = draw(st.sampled_from(elements))
        if how == "deep":  # the element inside copies of its own tag (a span in a span in a span ...)
            depth = draw(st.sampled_from([2, 50, 5000]))
            tag = found.group(1)
            kept = (b"<" + tag + b">") * depth + found.group(0) + (b"</" + tag + b">") * depth
            return xml[: found.start()] + kept + xml[found.end() :], f"{tag!r} {depth} deep"
        kept = found.group(0) * 2 if how == "double" else b""
        return xml[: found.start()] + kept + xml[found.end() :], f"{how} {found.group(0)[:60]!r}"
    attributes = list(ATTRIBUTE.finditer(xml))
    if how == "type":
        attributes = [found for found in attributes if found.group(1).decode() in TYPES]
    if not attributes:
        return xml, "no attribute"
    found = draw(st.sampled_from(attributes))
    shown = f"{found.group(0).strip()[:60]!r} at {found.start()}"
    if how == "attribute":
        return xml[: found.start()] + xml[found.end() :], f"deleted {shown}"
    name = found.group(1).decode()
    value = draw(st.sampled_from(TYPES.get(name, JUNK) if how == "type" else JUNK))
    escaped = value.replace('"', "&quot;").encode("utf-8", "surrogatepass")
    return xml[: found.start(2)] + escaped + xml[found.end(2) :], f"{shown} set to {value!r}"


@st.composite
def xml_mutations(draw: st.DrawFn, book: bytes) -> Mutated:
    """One to three changes to the XML of the sheets, the shared strings, the styles or the manifest."""
    parts = parts_of(book)
    xml = [index for index, (name, _) in enumerate(parts) if name.endswith((".xml", ".rels"))]
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.sampled_from(xml))
        name, data = parts[index]
        changed, step = draw(xml_mutation(data))
        parts[index] = (name, changed)
        steps.append(f"{name}: {step}")
    return Mutated(zipped(parts), tuple(steps))


@st.composite
def part_mutations(draw: st.DrawFn, book: bytes) -> Mutated:
    """A part left out, renamed, swapped with another, emptied, or one too many."""
    parts = parts_of(book)
    index = draw(st.integers(0, len(parts) - 1))
    name, data = parts[index]
    how = draw(st.sampled_from(["drop", "rename", "swap", "empty", "extra"]))
    if how == "drop":
        del parts[index]
    elif how == "rename":
        parts[index] = (draw(st.sampled_from(["x.xml", name.upper(), name + "x", "mimetype"])), data)
    elif how == "swap":
        other = draw(st.integers(0, len(parts) - 1))
        parts[index], parts[other] = (name, parts[other][1]), (parts[other][0], data)
    elif how == "empty":
        parts[index] = (name, b"")
    else:
        parts.append((draw(st.sampled_from(["mimetype", "xl/extra.xml", "Pictures/x.png"])), data))
    return Mutated(zipped(parts), (f"{how} {name}",))


def inputs(mutate: Callable[[bytes], st.SearchStrategy[Mutated]]) -> st.SearchStrategy[tuple[str, Mutated]]:
    """(the file's suffix, the damaged workbook): a mutated export, now and then under the other suffix."""
    return st.sampled_from(SUFFIXES).flatmap(
        lambda suffix: st.tuples(
            st.sampled_from([suffix, suffix, suffix, SUFFIXES[SUFFIXES.index(suffix) - 1]]),
            mutate(exported()[suffix]),
        )
    )


# -- the check ---------------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    """The inputs tried, by mutation and outcome, printed when the module ends."""
    yield
    total = sum(TRIED.values())
    print(f"\nworkbook fuzz: {total} inputs")
    for (mutation, outcome), count in sorted(TRIED.items()):
        print(f"  {mutation:6} {outcome:32} {count}")


def check(mutation: str, folder: Path, suffix: str, book: Mutated) -> None:
    path = folder / f"fuzz{suffix}"
    path.write_bytes(book.data)
    said = io.StringIO()
    with hang_guard(), contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        scenario, problems = check_scenario(path)
    assert said.getvalue() == "", said.getvalue()[:500]
    errors = [problem for problem in problems if problem.is_error]
    for problem in problems:
        assert problem.file == str(path) and problem.message.strip(), problem
        assert CELL.match(problem.cell) or (problem.line, problem.column) == (1, 1), problem
    if scenario is None:
        assert errors, "refused without saying why"
        plain = any(not problem.cell for problem in errors)
        TRIED[mutation, "refused in plain words" if plain else "refused, problems at their cells"] += 1
    else:
        assert not errors, "accepted with errors"
        play_to_the_end(scenario, len(book.data))
        TRIED[mutation, "accepted (and played)"] += 1


@fuzz(0.3)
@given(inputs(byte_mutations))
def test_the_bytes_of_a_workbook_damaged(
    tmp_path_factory: pytest.TempPathFactory, book: tuple[str, Mutated]
) -> None:
    check("bytes", tmp_path_factory.mktemp("bytes"), *book)


@fuzz(0.4)
@given(inputs(xml_mutations))
def test_the_xml_of_a_workbook_damaged(
    tmp_path_factory: pytest.TempPathFactory, book: tuple[str, Mutated]
) -> None:
    check("xml", tmp_path_factory.mktemp("xml"), *book)


@fuzz(0.2)
@given(inputs(part_mutations))
def test_the_parts_of_a_workbook_damaged(
    tmp_path_factory: pytest.TempPathFactory, book: tuple[str, Mutated]
) -> None:
    check("parts", tmp_path_factory.mktemp("parts"), *book)
