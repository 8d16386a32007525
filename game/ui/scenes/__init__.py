"""The screens of the game: title, intro, card, feedback, year summary, outcome, end and the pause menu."""
