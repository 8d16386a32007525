"""`python main.py screenshots`: every screen of the README's gallery is rendered, named and not blank."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pygame
import pytest

from game.cli.main import main
from game.paths import PROJECT_DIR
from game.ui import gallery, tables_gallery
from game.ui.gallery import GALLERY, file_name, render_gallery

SMALL = (640, 360)  # the smallest window the game allows: the quickest to render


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("gallery")
    return out, render_gallery(out, [SMALL], "nl")


def test_every_screen_is_written_under_its_stable_name(rendered: tuple[Path, list[Path]]) -> None:
    out, written = rendered
    folder = out / "640x360"
    expected = [folder / file_name(shot.name) for shot in GALLERY]
    assert written == expected
    assert sorted(path.name for path in folder.iterdir()) == sorted(path.name for path in expected)
    assert [path.name[:3] for path in expected] == [f"{n:02d}_" for n in range(1, len(GALLERY) + 1)]
    names = {shot.name for shot in GALLERY}
    wanted = {"title", "saves", "group_name", "intro", "card", "pause", "help", "load_error", "feedback"}
    wanted |= {"undo", "year", "outcome", "end_choices", "end_triangle", "end_whatif", "presenter"}
    wanted |= {"group_card_hidden", "group_card_revealed", "group_card_tie", "group_card_notes"}
    assert wanted <= names


def test_no_screen_is_blank_and_no_two_are_the_same(rendered: tuple[Path, list[Path]]) -> None:
    _, written = rendered
    seen: dict[bytes, str] = {}
    for path in written:
        image = pygame.image.load(str(path))
        assert image.get_size() == SMALL, path.name
        pixels = pygame.image.tobytes(image, "RGB")
        colours = {pixels[i : i + 3] for i in range(0, len(pixels), 3 * 97)}  # a sample of the pixels
        assert len(colours) > 8, f"{path.name} looks blank"
        assert pixels not in seen, f"{path.name} is the same picture as {seen.get(pixels)}"
        seen[pixels] = path.name


def test_the_png_writer_keeps_every_pixel(tmp_path: Path) -> None:
    surface = pygame.Surface((7, 5))
    for x in range(7):
        for y in range(5):
            surface.set_at((x, y), (x * 30, y * 50, (x + y) * 10))
    path = tmp_path / "small.png"
    gallery.write_png(surface, path)
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and zlib.crc32(data[12:29]) == int.from_bytes(data[29:33])
    loaded = pygame.image.load(str(path))
    assert pygame.image.tobytes(loaded, "RGB") == pygame.image.tobytes(surface, "RGB")


def test_the_command_renders_the_sizes_it_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[Path, list[tuple[int, int]], str]] = []

    def fake(out: Path, sizes: list[tuple[int, int]], lang: str) -> list[Path]:
        calls.append((out, list(sizes), lang))
        return []

    monkeypatch.setattr(gallery, "render_gallery", fake)
    monkeypatch.setattr(tables_gallery, "render_tables_gallery", fake)
    assert main(["screenshots", "--out", str(tmp_path), "--sizes", "1280x720,1920x1080", "--lang", "en"]) == 0
    assert calls == [
        (tmp_path, [(1280, 720), (1920, 1080)], "en"),
        (tmp_path / "tables", [(1280, 720), (1920, 1080)], "en"),
    ]
    assert main(["screenshots"]) == 0
    assert calls[-2] == (gallery.GALLERY_DIR, list(gallery.SIZES), "nl")
    assert calls[-1] == (gallery.GALLERY_DIR / "tables", list(tables_gallery.TABLES_SIZES), "nl")
    assert main(["screenshots", "--out", str(tmp_path), "--sizes", "640x360"]) == 0
    assert calls[-1] == (tmp_path / "tables", [(640, 360)], "nl")
    said = capsys.readouterr().out
    assert "screenshots in" in said and "schermafbeeldingen in" in said  # (in the language of the shots)
    assert main(["screenshots", "--lang", "fr"]) == 1
    with pytest.raises(SystemExit):
        main(["screenshots", "--sizes", "huge"])


def test_the_readme_shows_gallery_screens_with_alt_text_and_the_command() -> None:
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Screenshots", 1)[1].split("\n## ", 1)[0]
    images = re.findall(r"!\[([^\]]*)\]\(([^)]+)\)", section)
    assert len(images) >= 6
    names = {file_name(shot.name) for shot in GALLERY}
    for alt, target in images:
        folder, name = target.rsplit("/", 1)
        assert folder == "docs/screenshots/1920x1080" and name in names, target
        assert alt.strip(), f"{target} has no alt text"
    assert "python main.py screenshots" in section
