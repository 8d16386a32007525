"""A whole group session of the council scenario, title screen to debrief, with nothing but posted events.

The facilitator picks the group mode and types the group's name; on every card the room first sees the
situation, the question for the group is shown and hidden, the options are revealed, the timer runs,
and the room votes (a tie on the first card). Two decisions are taken back; the effect preview is
changed in the pause menu halfway. The log keeps every vote split and both undos.
"""

from __future__ import annotations

import pygame

from game.ui.app import App
from game.ui.loading import ScenarioEntry
from game.ui.scenes.card import CardScene
from tests.ui.conftest import COUNCIL_SESSION, AppFactory, button_centre, click, press, press_with, type_text


def options_on_screen(scene: CardScene) -> bool:
    scene.ensure_layout()
    return any(button.action.startswith("option") for button in scene.buttons.buttons)


def vote_and_decide(app: App, scene: CardScene, tie: bool) -> None:
    press(app, pygame.K_v)
    assert scene.room.voting
    if tie:
        for key in (pygame.K_1, pygame.K_2):
            press(app, key)
        press(app, pygame.K_RETURN)
        assert scene.phase == "tie" and app.scene is scene
        press(app, pygame.K_1)  # the chair breaks the tie
    else:
        for key in (pygame.K_2, pygame.K_2, pygame.K_1):
            press(app, key)
        press(app, pygame.K_RETURN)  # a majority for option 2


def test_a_whole_group_session_from_the_title_screen_to_the_debrief(make_app: AppFactory) -> None:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], lang="nl")
    click(app, button_centre(app, "group"))
    type_text(app, "Raad Lindé")
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"
    session = app.session
    assert session is not None and session.group_name == "Raad Lindé"
    press(app, pygame.K_RETURN)

    decided = 0
    undone = False
    for _ in range(60):
        scene = app.scene
        if scene.name == "end":
            break
        if not isinstance(scene, CardScene):
            press(app, pygame.K_RETURN)
            continue
        assert not options_on_screen(scene), "a group sees the situation first"
        press(app, pygame.K_1)
        assert app.scene is scene, "an option nobody has seen cannot be chosen"
        if scene.card.notes is not None:
            press(app, pygame.K_n)
            assert scene.notes_shown
            press(app, pygame.K_n)
        press(app, pygame.K_r)
        assert options_on_screen(scene)
        press(app, pygame.K_t)
        assert scene.room.timer.running
        app.clock.advance(45_000)  # type: ignore[attr-defined]
        app.pump()
        vote_and_decide(app, scene, tie=decided == 0)
        decided += 1
        assert app.scene.name == "feedback"
        if decided == 3 and not undone:
            # Take back the last two decisions; the second card is on the table again, hidden.
            second = session.game.state.choices[1].card
            press(app, pygame.K_u)
            press(app, pygame.K_RETURN)
            press_with(app, pygame.K_z, pygame.KMOD_LCTRL)
            press(app, pygame.K_RETURN)
            assert isinstance(app.scene, CardScene) and app.scene.card.id == second
            assert len(session.game.state.choices) == 1
            decided, undone = 1, True
            # Halfway, the facilitator shows the exact effects from the pause menu.
            press(app, pygame.K_ESCAPE)
            for _ in range(2):  # which meters -> full effects
                click(app, button_centre(app, "preview"))
            press(app, pygame.K_ESCAPE)
            assert app.settings.effective_preview == "full"
    assert app.scene.name == "end", "the session reached the debrief"

    kinds = [event.kind for event in session.game.log]
    assert kinds.count("undo") == 2
    votes = [record.votes for record in session.game.state.choices]
    assert votes[0] == (1, 1, 0), "the tie on the first card is kept with the decision"
    assert all(split is not None and sum(split) == 3 for split in votes[1:])
    choices = [event for event in session.game.log if event.kind == "choice"]
    assert all("votes" in event.data for event in choices)
    assert len(choices) == len(session.game.state.choices) + 2, "the undone decisions stay in the log"
