"""The screenshots of tables side by side: every shot written under its name, none blank, none alike."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.tables.compare import tables_compared
from game.ui.tables_gallery import TABLES_GALLERY, file_name, finished_session, render_tables_gallery


def test_every_tables_shot_is_written_under_its_name_and_none_is_blank_or_alike(tmp_path: Path) -> None:
    written = render_tables_gallery(tmp_path, [(1280, 720)], "nl")
    folder = tmp_path / "1280x720"
    assert written == [folder / file_name(shot.name) for shot in TABLES_GALLERY]
    seen: dict[bytes, str] = {}
    for path in written:
        image = pygame.image.load(str(path))
        assert image.get_size() == (1280, 720), path.name
        pixels = pygame.image.tobytes(image, "RGB")
        colours = {pixels[i : i + 3] for i in range(0, len(pixels), 3 * 97)}
        assert len(colours) > 8, f"{path.name} looks blank"
        assert pixels not in seen, f"{path.name} is the same picture as {seen.get(pixels)}"
        seen[pixels] = path.name


def test_the_compared_session_is_finished_and_its_tables_chose_differently() -> None:
    session = finished_session(3, "en")
    assert session.finished
    comparison = tables_compared(session)
    assert comparison.differences and comparison.tables[0].name == "Table 1"
