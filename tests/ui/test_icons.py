"""The built-in icons (a file per pictogram name, each renders, tinted, distinct) and their loader."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.scenario.pictograms import (
    METER_DEFAULT,
    METER_NAMES,
    METER_PICTOGRAMS,
    SPEAKER_DEFAULT,
    SPEAKER_NAMES,
    SPEAKER_PICTOGRAMS,
)
from game.ui import icons
from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.icons import ICONS_DIR, IconKind, builtin_icon_path, forget_icons, icon_surface

BUILT_IN: list[tuple[IconKind, str]] = [("meters", name) for name in METER_NAMES] + [
    ("speakers", name) for name in SPEAKER_NAMES
]
SIZES = (24, 48, 160)
SVG = "{http://www.w3.org/2000/svg}"
# Only plain shapes: no text (fonts differ), images, references, styles, scripts or foreign content.
ALLOWED_ELEMENTS = {"svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon"}
ALLOWED_ATTRIBUTES = {
    "xmlns",
    "width",
    "height",
    "viewBox",
    "d",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "points",
    "transform",
    "fill",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-dasharray",
}


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    forget_icons()
    yield
    forget_icons()


def opaque(surface: pygame.Surface) -> pygame.mask.Mask:
    return pygame.mask.from_surface(surface, 127)


def same_pixels(first: pygame.Surface, second: pygame.Surface) -> bool:
    return pygame.image.tobytes(first, "RGBA") == pygame.image.tobytes(second, "RGBA")


def test_every_pictogram_has_its_file_and_every_file_a_pictogram() -> None:
    for kind, names in (("meters", METER_NAMES), ("speakers", SPEAKER_NAMES)):
        files = {path.stem for path in (ICONS_DIR / kind).glob("*")}
        assert files == set(names), kind
        assert all(path.suffix == ".svg" for path in (ICONS_DIR / kind).iterdir())
    assert {path.name for path in ICONS_DIR.iterdir()} == {"meters", "speakers", "LICENSE.txt"}
    assert METER_DEFAULT in METER_NAMES and SPEAKER_DEFAULT in SPEAKER_NAMES
    assert len(METER_NAMES) == len(set(METER_NAMES)) and len(SPEAKER_NAMES) == len(set(SPEAKER_NAMES))
    for pictogram in (*METER_PICTOGRAMS, *SPEAKER_PICTOGRAMS):
        assert pictogram.nl.strip() and pictogram.en.strip(), pictogram.name


def test_the_icons_ship_with_their_licence() -> None:
    text = (ICONS_DIR / "LICENSE.txt").read_text(encoding="utf-8")
    assert "CC0 1.0" in text


@pytest.mark.parametrize(("kind", "name"), BUILT_IN)
def test_every_svg_is_plain_shapes_only(kind: IconKind, name: str) -> None:
    path = builtin_icon_path(kind, name)
    text = path.read_text(encoding="utf-8")
    assert "<!DOCTYPE" not in text and "<!ENTITY" not in text and "<?xml-stylesheet" not in text
    root = ElementTree.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 48 48"
    for element in root.iter():
        assert element.tag.startswith(SVG), element.tag
        assert element.tag.removeprefix(SVG) in ALLOWED_ELEMENTS, element.tag
        for attribute, value in element.attrib.items():
            assert attribute in ALLOWED_ATTRIBUTES, (attribute, element.tag)
            assert "url(" not in value and "href" not in attribute and "//" not in value.replace(SVG, "")
            if attribute in ("fill", "stroke"):
                assert value in ("#ffffff", "none"), (attribute, value)  # white: the loader tints it


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("kind", "name"), BUILT_IN)
def test_every_icon_renders_at_its_size_and_is_not_blank(kind: IconKind, name: str, size: int) -> None:
    surface = icon_surface(name, kind, size, None)
    assert surface.get_size() == (size, size)
    mask = opaque(surface)
    share = mask.count() / (size * size)
    assert 0.04 <= share <= 0.70, f"{name} at {size}px: {share:.0%} of the pixels are drawn"
    bounds = mask.get_bounding_rects()
    box = bounds[0].unionall(bounds[1:])
    assert max(box.width, box.height) >= size * 0.7, f"{name} uses too little of its square"
    assert mask.count() < box.width * box.height * 0.9, f"{name} is a solid block"
    assert box.left >= 0 and box.right <= size and box.top >= 0 and box.bottom <= size


@pytest.mark.parametrize(("kind", "name"), BUILT_IN)
def test_a_tinted_icon_carries_the_colour_and_keeps_its_shape(kind: IconKind, name: str) -> None:
    white = icon_surface(name, kind, 48, None)
    colour = (10, 200, 30)
    tinted = icon_surface(name, kind, 48, colour)
    assert opaque(tinted).count() == opaque(white).count()
    for x, y in itertools.product(range(48), repeat=2):
        red, green, blue, alpha = tinted.get_at((x, y))
        if alpha:
            assert abs(red - 10) <= 1 and abs(green - 200) <= 1 and abs(blue - 30) <= 1, (x, y)
        if white.get_at((x, y)).a:
            assert white.get_at((x, y))[:3] == (255, 255, 255)


def test_every_icon_is_distinct_from_every_other() -> None:
    """At 48 px no two icons overlap by more than 60% of their combined pixels (intersection over union)."""
    masks = {name: opaque(icon_surface(name, kind, 48, None)) for kind, name in BUILT_IN}
    worst = (0.0, "", "")
    for (first, one), (second, other) in itertools.combinations(masks.items(), 2):
        shared = one.overlap_area(other, (0, 0))
        union = one.count() + other.count() - shared
        worst = max(worst, (shared / union, first, second))
    assert worst[0] < 0.6, f"{worst[1]} and {worst[2]} are too alike ({worst[0]:.0%} the same pixels)"


def test_a_scenario_png_keeps_its_aspect_centred_and_is_not_tinted(tmp_path: Path) -> None:
    image = pygame.Surface((200, 100), pygame.SRCALPHA)
    image.fill((200, 40, 40, 255))
    path = tmp_path / "wethouder.png"
    pygame.image.save(image, path)
    surface = icon_surface(str(path), "speakers", 48, (10, 200, 30))
    assert surface.get_size() == (48, 48)
    assert opaque(surface).get_bounding_rects() == [pygame.Rect(0, 12, 48, 24)]
    red, green, blue, _ = surface.get_at((24, 24))
    assert (abs(red - 200), abs(green - 40), abs(blue - 40)) <= (3, 3, 3)  # its own colour, not tinted
    assert surface.get_at((24, 2)).a == 0


def test_a_scenario_jpeg_and_palette_png_load(tmp_path: Path) -> None:
    image = pygame.Surface((60, 120))
    image.fill((30, 90, 160))
    jpeg = tmp_path / "raad.jpg"
    pygame.image.save(image, jpeg)
    palette = tmp_path / "bode.png"
    pygame.image.save(image.convert(8), palette)
    for path in (jpeg, palette):
        surface = icon_surface(str(path), "speakers", 40, None)
        assert surface.get_size() == (40, 40)
        assert opaque(surface).get_bounding_rects() == [pygame.Rect(10, 0, 20, 40)], path.name
    assert icons.raster_dimensions(jpeg.read_bytes()) == (60, 120)
    assert icons.raster_dimensions(palette.read_bytes()) == (60, 120)


def test_a_scenario_svg_keeps_its_aspect(tmp_path: Path) -> None:
    path = tmp_path / "griffier.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">'
        '<rect width="100" height="50" fill="#3070a0"/></svg>',
        encoding="utf-8",
    )
    surface = icon_surface(str(path), "meters", 64, (255, 0, 0))
    assert surface.get_size() == (64, 64)
    assert opaque(surface).get_bounding_rects() == [pygame.Rect(0, 16, 64, 32)]
    red, green, blue, _ = surface.get_at((32, 32))
    assert (abs(red - 0x30), abs(green - 0x70), abs(blue - 0xA0)) <= (1, 1, 1)  # its own colours


@pytest.mark.parametrize(
    ("file_name", "content"),
    [
        ("missing.png", None),
        ("broken.png", b"\x89PNG\r\n\x1a\n this is not a picture"),
        ("broken.svg", b"<svg this is not svg"),
        ("empty.svg", b""),
        ("text.jpg", b"hello"),
        ("huge.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x00\x00\x00\x01\x00\x00" + b"\x00" * 64),
        ("icon.gif", b"GIF89a"),
        ("folder.svg", "folder"),
    ],
)
@pytest.mark.parametrize(("kind", "default"), [("speakers", SPEAKER_DEFAULT), ("meters", METER_DEFAULT)])
def test_an_own_file_that_cannot_be_read_gives_the_default(
    tmp_path: Path, file_name: str, content: bytes | str | None, kind: IconKind, default: str
) -> None:
    path = tmp_path / file_name
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    surface = icon_surface(str(path), kind, 40, (240, 243, 248))
    assert same_pixels(surface, icon_surface(default, kind, 40, (240, 243, 248)))


def test_an_own_file_too_large_gives_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    image = pygame.Surface((200, 100))
    path = tmp_path / "groot.png"
    pygame.image.save(image, path)
    monkeypatch.setattr(icons, "OWN_IMAGE_MAX_SIDE", 150)
    default = icon_surface(SPEAKER_DEFAULT, "speakers", 32, None)
    assert same_pixels(icon_surface(str(path), "speakers", 32, None), default)
    monkeypatch.setattr(icons, "OWN_IMAGE_MAX_SIDE", 4096)
    monkeypatch.setattr(icons, "OWN_FILE_MAX_BYTES", 10)
    forget_icons()
    assert same_pixels(icon_surface(str(path), "speakers", 32, None), default)


def test_an_unknown_name_gives_the_default() -> None:
    assert same_pixels(
        icon_surface("dragon", "speakers", 32, None), icon_surface("person", "speakers", 32, None)
    )
    assert same_pixels(icon_surface("mayor", "meters", 32, None), icon_surface("meter", "meters", 32, None))


def test_a_cache_hit_does_not_touch_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "eigen.png"
    pygame.image.save(pygame.Surface((10, 10)), own)
    first = [icon_surface(source, "speakers", 40, (1, 2, 3)) for source in ("mayor", str(own))]

    def no_disk(*args: object, **kwargs: object) -> None:
        raise AssertionError("the disk was read on a cache hit")

    with monkeypatch.context() as patched:  # undone before the fixtures' teardown reads the disk
        patched.setattr(pygame.image, "load_sized_svg", no_disk)
        patched.setattr(pygame.image, "load", no_disk)
        patched.setattr(Path, "read_bytes", no_disk)
        patched.setattr(Path, "stat", no_disk)
        again = [icon_surface(source, "speakers", 40, (1, 2, 3)) for source in ("mayor", str(own))]
    assert all(one is other for one, other in zip(first, again, strict=True))


def test_the_cache_stays_within_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(icons, "ICON_CACHE_COUNT", 5)
    for size in range(20, 40):
        icon_surface("budget", "meters", size, None)
    assert len(icons._CACHE) == 5
    monkeypatch.setattr(icons, "ICON_CACHE_BYTES", 100 * 100 * 4)
    icon_surface("budget", "meters", 100, None)
    assert icons._cached_bytes <= 100 * 100 * 4 and len(icons._CACHE) == 1


def test_painter_icon_is_centred_at_the_smaller_side() -> None:
    surface = pygame.Surface((300, 200))
    surface.fill((0, 0, 0))
    painter = Painter(surface, FontBook())
    placed = painter.icon("budget", "meters", pygame.Rect(20, 30, 120, 60), (255, 255, 255))
    assert placed == pygame.Rect(50, 30, 60, 60)
    drawn = pygame.mask.from_threshold(surface, (0, 0, 0), (1, 1, 1, 255))
    drawn.invert()
    rects = drawn.get_bounding_rects()
    assert placed.contains(rects[0].unionall(rects[1:]))
    assert painter.icon("budget", "meters", pygame.Rect(5, 5, 0, 40), None).size == (0, 0)


def test_the_contact_sheet_is_written(tmp_path: Path) -> None:
    pygame.font.init()
    out = tmp_path / "sheet.png"
    assert icons.main(["--sheet", str(out)]) == 0
    sheet = pygame.image.load(out)
    rows = -(-len(BUILT_IN) // 5)
    assert sheet.get_width() > sheet.get_height() and sheet.get_height() >= rows * 96
