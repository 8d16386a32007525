"""Make the damaged workbooks beside this script: `python -m tests.scenario.damaged_workbooks.make`.

Each is the example scenario (scenarios/voorbeeld.yaml) exported to .xlsx or .ods and then damaged in one
way a workbook from a stranger can be. DAMAGED gives each file's damage and a part of the message
`python main.py validate` must print for it (with exit code 1, never 3): test_damaged_workbooks.py runs
the command on every file. Run the script again after a change of the export; the files differ from run
to run only in the export's timestamps.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
ZIP_DATE = (2025, 1, 1, 0, 0, 0)

# file name: (the damage, a part of the message for it)
DAMAGED: dict[str, tuple[str, str]] = {
    "truncated-sheet.xlsx": (
        "the sheet Kaarten's XML cut off halfway",
        "the workbook is damaged: xl/worksheets/sheet6.xml is not well-formed XML",
    ),
    "truncated-content.ods": (
        "content.xml cut off halfway",
        "the workbook is damaged: content.xml is not well-formed XML",
    ),
    "number-without-value.ods": (
        "a meter's start, a number cell without its office:value",
        "Meters!D2: the number in this cell cannot be read",
    ),
    "number-of-text.ods": (
        "a number cell whose office:value is a word",
        "Meters!D2: the number in this cell cannot be read ('veel')",
    ),
    "number-of-text.xlsx": (
        'a number cell (t="n") that holds a word',
        "the workbook is damaged (could not convert string to float: 'veel')",
    ),
    "shared-string-missing.xlsx": (
        "a text cell pointing at a shared string that is not there",
        "the workbook is damaged",
    ),
    "encrypted.xlsx": (
        "a password protected workbook (an OLE compound file, as Excel saves one)",
        "the file is password protected, or an old Excel file (.xls)",
    ),
    "not-a-zip.xlsx": ("a text file with the name .xlsx", "the file is not an .xlsx or .ods file (not a zip"),
    "empty.ods": ("an empty file", "cannot read this as a workbook: the file is empty"),
    "cut-short.xlsx": (
        "the file's second half lost (a download that broke off)",
        "not a zip, or a damaged one",
    ),
    "missing-workbook-part.xlsx": (
        "a zip without xl/workbook.xml",
        "the workbook is damaged (There is no item named 'xl/workbook.xml' in the archive)",
    ),
    "missing-content.ods": ("a zip without content.xml", "the file holds no spreadsheet"),
    "zip-bomb.xlsx": (
        "a part of 60 MB of zeros, 60 KB packed",
        "MB; a workbook may unpack to at most 50 MB",
    ),
    "packed-too-well.ods": (
        "a part of 2 MB of zeros: packed 1,000 times smaller than any workbook",
        "bytes: over 100 times its packed size, far more than any real workbook (a zip bomb)",
    ),
    "nested-too-deeply.ods": (
        "a text inside 20,000 spans inside each other",
        "content.xml nests its elements too deeply to be read",
    ),
    "merged-whole-sheet.xlsx": (
        "every cell of the sheet Kaarten merged into one (A1:XFD1048576)",
        "xl/worksheets/sheet6.xml merges 17,179,869,184 cells into one (A1:XFD1048576); unmerge them",
    ),
    "missing-style.xlsx": (
        "the cell style the others build on taken out of styles.xml (openpyxl printed '0 is out of range')",
        "the workbook is damaged (list index out of range)",
    ),
    "really-an-ods.xlsx": (
        "an .ods with the name .xlsx",
        "this is an OpenDocument spreadsheet (.ods) with the name really-an-ods.xlsx; "
        "rename it to end in .ods",
    ),
    "really-an-xlsx.ods": (
        "an .xlsx with the name .ods",
        "this is an Excel workbook (.xlsx) with the name really-an-xlsx.ods; rename it to end in .xlsx",
    ),
}


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Copy the zip `source` to `target`, each part through `change` (None leaves the part out)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for part in old.infolist():
            data = change(part.filename, old.read(part))
            if data is not None:
                method = zipfile.ZIP_STORED if part.filename == "mimetype" else zipfile.ZIP_DEFLATED
                new.writestr(zipfile.ZipInfo(part.filename, ZIP_DATE), data, method)


def in_part(name: str, edit: Callable[[bytes], bytes]) -> Callable[[str, bytes], bytes | None]:
    return lambda filename, data: edit(data) if filename == name else data


def inside_a_tag(data: bytes, tag: bytes) -> bytes:
    """`data` cut off halfway, inside the first `tag` of its second half: the parser then always says
    "unclosed token", wherever the half falls as the scenario's content changes."""
    return data[: data.index(tag, len(data) // 2) + len(tag)]


def first_meter_start(content: bytes, replacement: bytes) -> bytes:
    """content.xml with the first number cell of the sheet Meters (a meter's start) replaced."""
    meters = content.index(b'table:name="Meters"')
    found = re.compile(rb'office:value-type="float" office:value="[^"]*"').search(content, meters)
    assert found is not None
    return content[: found.start()] + replacement + content[found.end() :]


def make(folder: Path = FOLDER) -> list[Path]:
    """Write every file of DAMAGED into `folder`; their paths."""
    from game.paths import SCENARIOS_DIR
    from game.scenario import load_scenario
    from game.scenario.workbook.export import export_workbook

    scenario = load_scenario(SCENARIOS_DIR / "voorbeeld.yaml")
    with tempfile.TemporaryDirectory() as temporary:
        xlsx, ods = Path(temporary) / "voorbeeld.xlsx", Path(temporary) / "voorbeeld.ods"
        export_workbook(scenario, xlsx)
        export_workbook(scenario, ods)
        build: dict[str, Callable[[Path], object]] = {
            "truncated-sheet.xlsx": lambda target: rewrite(
                xlsx, target, in_part("xl/worksheets/sheet6.xml", lambda data: inside_a_tag(data, b"<c "))
            ),
            "truncated-content.ods": lambda target: rewrite(
                ods, target, in_part("content.xml", lambda data: inside_a_tag(data, b"<table:table-cell "))
            ),
            "number-without-value.ods": lambda target: rewrite(
                ods,
                target,
                in_part("content.xml", lambda data: first_meter_start(data, b'office:value-type="float"')),
            ),
            "number-of-text.ods": lambda target: rewrite(
                ods,
                target,
                in_part(
                    "content.xml",
                    lambda data: first_meter_start(data, b'office:value-type="float" office:value="veel"'),
                ),
            ),
            "number-of-text.xlsx": lambda target: rewrite(
                xlsx,
                target,
                in_part(
                    "xl/worksheets/sheet3.xml",
                    lambda data: re.sub(rb'(<c r="D2"[^>]*t="n"[^>]*><v>)[^<]*', rb"\1veel", data, count=1),
                ),
            ),
            "shared-string-missing.xlsx": lambda target: rewrite(
                xlsx,
                target,
                in_part(
                    "xl/worksheets/sheet3.xml",
                    lambda data: re.sub(
                        rb'<c r="D2"[^>]*><v>[^<]*</v>', b'<c r="D2" t="s"><v>99999</v>', data
                    ),
                ),
            ),
            "encrypted.xlsx": lambda target: target.write_bytes(
                b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff" + bytes(482)
            ),
            "not-a-zip.xlsx": lambda target: target.write_text("Dit is geen werkboek.\n", encoding="utf-8"),
            "empty.ods": lambda target: target.write_bytes(b""),
            "cut-short.xlsx": lambda target: target.write_bytes(
                xlsx.read_bytes()[: xlsx.stat().st_size // 2]
            ),
            "missing-workbook-part.xlsx": lambda target: rewrite(
                xlsx, target, lambda name, data: None if name == "xl/workbook.xml" else data
            ),
            "missing-content.ods": lambda target: rewrite(
                ods, target, lambda name, data: None if name == "content.xml" else data
            ),
            "zip-bomb.xlsx": lambda target: bomb(xlsx, target, "xl/media/image1.png", 60 * 1024 * 1024),
            "packed-too-well.ods": lambda target: bomb(ods, target, "Pictures/zeros.png", 2 * 1024 * 1024),
            "nested-too-deeply.ods": lambda target: rewrite(ods, target, in_part("content.xml", nested)),
            "merged-whole-sheet.xlsx": lambda target: rewrite(
                xlsx, target, in_part("xl/worksheets/sheet6.xml", lambda data: merged(data, b"A1:XFD1048576"))
            ),
            "missing-style.xlsx": lambda target: rewrite(
                xlsx,
                target,
                in_part(
                    "xl/styles.xml",
                    lambda data: re.sub(rb"(<cellStyleXfs[^>]*>)<xf [^>]*/>", rb"\1", data, count=1),
                ),
            ),
            "really-an-ods.xlsx": lambda target: target.write_bytes(ods.read_bytes()),
            "really-an-xlsx.ods": lambda target: target.write_bytes(xlsx.read_bytes()),
        }
        assert build.keys() == DAMAGED.keys()
        made = []
        for name, write in build.items():
            write(folder / name)
            made.append(folder / name)
    return made


def merged(sheet: bytes, cells: bytes) -> bytes:
    """A sheet's XML with `cells` ("A1:B2") merged."""
    return sheet.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="' + cells + b'"/></mergeCells>'
    )


def nested(content: bytes, depth: int = 20_000) -> bytes:
    """content.xml with the text of its first paragraph inside `depth` spans inside each other."""
    at = content.index(b"<text:p>") + len(b"<text:p>")
    return (
        content[:at]
        + b"<text:span>" * depth
        + content[at:].replace(b"</text:p>", b"</text:span>" * depth + b"</text:p>", 1)
    )


def bomb(source: Path, target: Path, name: str, size: int) -> None:
    """`source` with one more part: `size` zeros, packed as tightly as zip can."""
    rewrite(source, target, lambda filename, data: data)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), bytes(size), zipfile.ZIP_DEFLATED, 9)


if __name__ == "__main__":
    for path in make():
        print(f"{path.name}: {DAMAGED[path.name][0]}")
