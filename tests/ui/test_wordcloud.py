"""The word cloud: inside its box, nothing overlapping, readable sizes, the least said left out, kept."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pygame
import pytest

from benchmarks.wordcloud import sample_weights
from game.debrief.cloud import Weight, word_weights
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.wordcloud import CACHE_SIZE, CloudKey, CloudLayout, WordCloud

SIZE = (1920, 1080)
CARD = pygame.Rect(240, 140, 1440, 760)


def sixty() -> list[Weight]:
    return sample_weights()


@pytest.fixture
def painter() -> Iterator[Painter]:
    pygame.display.init()
    pygame.font.init()
    screen = pygame.display.set_mode(SIZE)
    screen.fill(style.BACKGROUND)
    yield Painter(screen, FontBook())


def untouched(surface: pygame.Surface, colour: style.Colour) -> int:
    return pygame.mask.from_threshold(surface, colour, (1, 1, 1, 255)).count()


def check_layout(layout: CloudLayout, box: pygame.Rect) -> None:
    inside = pygame.Rect((0, 0), box.size)
    rects = [word.rect for word in layout.placed]
    assert all(inside.contains(rect) for rect in rects)
    for first, second in itertools.combinations(rects, 2):
        assert not first.colliderect(second), f"{first} overlaps {second}"
    if layout.note is not None:
        assert inside.contains(layout.note)
        assert not any(rect.colliderect(layout.note) for rect in rects)


def test_sixty_words_fit_a_card_without_overlaps_most_said_in_the_middle(painter: Painter) -> None:
    weights = sixty()
    assert len(weights) == 60
    layout = WordCloud().draw(painter, CARD, weights, "nl")
    check_layout(layout, CARD)
    assert layout.left_out == 0 and layout.note is None
    assert [word.word for word in layout.placed] == [weight.word for weight in weights]
    first = layout.placed[0]
    assert first.word == "vertrouwen" and first.rect.collidepoint(CARD.width // 2, CARD.height // 2)
    assert first.size == max(word.size for word in layout.placed)
    outside = painter.surface.copy()
    outside.fill(style.BACKGROUND, CARD)
    assert untouched(outside, style.BACKGROUND) == SIZE[0] * SIZE[1]  # nothing drawn outside the box
    accent = pygame.mask.from_threshold(
        painter.surface.subsurface(first.rect.move(CARD.topleft)), style.ACCENT, (1, 1, 1, 255)
    )
    assert accent.count() > 500  # the most said is drawn where it was placed, in the accent


def test_no_word_is_smaller_than_readable_body_text(painter: Painter) -> None:
    layout = WordCloud().draw(painter, CARD, sixty(), "nl")
    m = painter.metrics
    smallest = min(word.size for word in layout.placed)
    assert smallest >= m.text(style.BODY_MIN) and smallest >= m.body_floor


def test_a_crowded_box_leaves_out_the_least_said_and_says_how_many(painter: Painter) -> None:
    weights = sixty()
    box = pygame.Rect(100, 100, 700, 350)
    layout = WordCloud().draw(painter, box, weights, "en")
    check_layout(layout, box)
    assert 0 < layout.left_out < len(weights) and layout.note is not None
    shown = [word.word for word in layout.placed]
    assert shown == [weight.word for weight in weights[: len(shown)]]  # the most said, in order
    assert len(shown) + layout.left_out == len(weights)
    note = t("cloud.left_out", "en", count=layout.left_out)
    text = painter.fonts.font(painter.metrics.label).render(note, True, style.TEXT_MUTED)
    assert text.get_width() <= box.width
    muted = pygame.mask.from_threshold(
        painter.surface.subsurface(layout.note.move(box.topleft)), style.TEXT_MUTED, (1, 1, 1, 255)
    )
    assert muted.count() > 200


def test_a_word_wider_than_the_box_is_left_out(painter: Painter) -> None:
    box = pygame.Rect(0, 0, 300, 300)
    weights = [Weight("kort", 2, 4), Weight("x" * 40, 1, 0)]
    layout = WordCloud().draw(painter, box, weights, "nl")
    check_layout(layout, box)
    assert [word.word for word in layout.placed] == ["kort"] and layout.left_out == 1


def test_equal_words_share_one_size_and_an_empty_cloud_draws_nothing(painter: Painter) -> None:
    layout = WordCloud().draw(painter, CARD, word_weights(["een", "twee", "drie"]), "nl")
    assert len({word.size for word in layout.placed}) == 1
    painter.surface.fill(style.BACKGROUND)
    empty = WordCloud().draw(painter, CARD, [], "nl")
    assert empty.placed == () and empty.left_out == 0 and empty.note is None
    assert untouched(painter.surface, style.BACKGROUND) == SIZE[0] * SIZE[1]


def test_on_a_paper_panel_the_words_are_ink(painter: Painter) -> None:
    painter.surface.fill(style.PANEL)
    layout = WordCloud().draw(painter, CARD, word_weights(["samen"]), "nl", style.PANEL, on_panel=True)
    word = painter.surface.subsurface(layout.placed[0].rect.move(CARD.topleft))
    assert pygame.mask.from_threshold(word, style.INK, (20, 20, 20, 255)).count() > 100


def test_the_same_cloud_is_blitted_from_the_kept_picture(painter: Painter) -> None:
    cloud = WordCloud()
    weights = sixty()
    first = cloud.draw(painter, CARD, weights, "nl")
    key = CloudKey(tuple(weights), CARD.size, "nl", False, style.BACKGROUND, SIZE, 1.0, False)
    picture = cloud.picture(key)
    assert picture is not None and cloud.made == 1
    drawn = pygame.image.tobytes(painter.surface, "RGB")
    painter.surface.fill(style.BACKGROUND)
    again = cloud.draw(painter, CARD.move(0, 0), list(weights), "nl")
    assert again is first and cloud.picture(key) is picture and cloud.made == 1
    assert pygame.image.tobytes(painter.surface, "RGB") == drawn
    cloud.draw(painter, CARD, weights, "en")  # another language: another cloud (its note's words)
    cloud.draw(painter, CARD.inflate(-100, -100), weights, "nl")
    cloud.draw(painter, CARD, weights[:-1], "nl")
    assert cloud.made == 4


def test_only_a_few_clouds_are_kept(painter: Painter) -> None:
    cloud = WordCloud()
    weights = word_weights(["a", "b"])
    for width in range(CACHE_SIZE + 2):
        cloud.draw(painter, pygame.Rect(0, 0, 400 + width, 300), weights, "nl")
    assert len(cloud._kept) == CACHE_SIZE
    cloud.draw(painter, pygame.Rect(0, 0, 400, 300), weights, "nl")  # the oldest was dropped
    assert cloud.made == CACHE_SIZE + 3
