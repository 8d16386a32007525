"""The command lines that only open the window skip the parser, and get exactly what it would give."""

from __future__ import annotations

import pytest

from game.cli.arguments import build_parser
from game.cli.main import WINDOW_ONLY, parse_arguments


@pytest.mark.parametrize("argv", [list(given) for given in WINDOW_ONLY])
def test_the_window_only_command_lines_parse_as_the_parser_does(argv: list[str]) -> None:
    assert vars(parse_arguments(argv)) == vars(build_parser().parse_args(argv))


def test_every_other_command_line_goes_to_the_parser() -> None:
    assert parse_arguments(["play", "--quit-after-first-frame"]).quit_after_first_frame
    with pytest.raises(SystemExit):
        parse_arguments(["--quit-after-first-frame", "--nonsense"])
