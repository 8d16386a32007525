"""The command line's output: aligned text tables (writing files: game.files)."""

from __future__ import annotations


def table(header: list[str] | None, rows: list[list[str]], left: int = 0, right: bool = True) -> list[str]:
    """Aligned columns, indented by two spaces: the first `left` + 1 columns flush left, the rest right."""
    lines_of = ([header] if header else []) + rows
    if not lines_of:
        return []
    widths = [max(len(row[column]) for row in lines_of) for column in range(len(lines_of[0]))]
    lines = []
    for row in lines_of:
        cells = [
            cell.ljust(width) if column <= left or not right else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(("  " + "  ".join(cells)).rstrip())
    return lines
