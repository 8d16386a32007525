"""L switches every on-screen text between Dutch and English; rendered text is cached; UI strings complete."""

from __future__ import annotations

import pygame

from game.i18n import LANGUAGES, STRINGS, next_language, t
from tests.ui.conftest import AppFactory, press


def test_l_switches_scenario_and_interface_text(make_app: AppFactory) -> None:
    app = make_app(seed=1)
    assert app.scene.texts["title"].lines[0].startswith("Digitaal")  # type: ignore[attr-defined]
    press(app, pygame.K_l)
    assert app.lang == "en"
    app.draw()
    assert app.scene.texts["title"].lines[0].startswith("Digital")  # type: ignore[attr-defined]
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    scene = app.scene
    assert scene.name == "card" and app.session is not None
    card = app.session.game.current_card
    assert card is not None
    english = " ".join(scene.texts["title"].lines)  # type: ignore[attr-defined]
    before = pygame.image.tobytes(app.screen, "RGB")
    press(app, pygame.K_l)
    app.draw()
    dutch = " ".join(scene.texts["title"].lines)  # type: ignore[attr-defined]
    assert english == card.title.get("en") and dutch == card.title.get("nl")
    assert scene.texts["question"].lines == ("Wat doe je?",)  # type: ignore[attr-defined]
    assert [b.label for b in scene.buttons.buttons] == [o.label.get("nl") for o in card.options]
    assert pygame.image.tobytes(app.screen, "RGB") != before
    assert app.session.game.state.choices == []


def test_text_cache_reuses_rendered_text(make_app: AppFactory) -> None:
    app = make_app()
    app.draw()
    misses = app.fonts.misses
    app.draw()
    assert app.fonts.misses == misses
    assert app.fonts.hits > 0


def test_idle_app_does_not_redraw(make_app: AppFactory) -> None:
    app = make_app()
    frames = app.frames
    app.pump()
    app.pump()
    assert app.frames == frames
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    assert app.run() == 0
    assert app.frames == frames


def test_every_ui_string_has_dutch_and_english() -> None:
    for key, entry in STRINGS.items():
        assert set(entry) == set(LANGUAGES), key
        assert all(value.strip() for value in entry.values()), key
    assert t("card.turn", "nl", turn=2, total=6) == "Beurt 2 van 6"
    assert t("card.turn", "en", turn=2, total=6) == "Turn 2 of 6"
    assert t("card.turn", "fr", turn=1, total=2) == "Beurt 1 van 2"
    assert next_language("nl") == "en" and next_language("en") == "nl"
