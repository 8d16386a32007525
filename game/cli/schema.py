"""`python main.py schema`: print the JSON Schema of scenario format 1."""

from __future__ import annotations

import sys

from game.scenario.json_schema import schema_text


def run_schema() -> int:
    sys.stdout.write(schema_text())
    return 0
