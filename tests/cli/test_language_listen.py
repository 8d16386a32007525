"""A tables session that cannot listen says why in the facilitator's language: a port already in use,
in Dutch and in English, as one plain line and no traceback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.cli.test_language_scenario import run


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "fout: poort {port} op 127.0.0.1 is al in gebruik; start met een andere --port"),
        ("en", "error: port {port} on 127.0.0.1 is already in use; start with another --port"),
    ],
)
def test_a_port_in_use_is_said_in_either_language(tmp_path: Path, lang: str, said: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = ("play", "--headless", "--tables", "2", "--host", "127.0.0.1", "--port", str(port))
        done = run(*command, "--lang", lang, "--data-dir", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 1, done.stdout
    assert done.stderr.strip().splitlines()[-1] == said.format(port=port), done.stderr
    assert "Traceback" not in done.stderr
