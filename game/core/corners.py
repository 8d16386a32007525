"""The public value triangle's vocabulary: its corners, the essay's aspects, and the game figures that
conditions can read (apart from the model so the title screen needs no more)."""

from __future__ import annotations

# In the essay's order: willen, kunnen, mogen.
CORNERS = ("strategy", "capacity", "legitimacy")

# The essay's aspects: 4a-4c legitimacy (mogen), 5a-5b strategy (willen), 6a-6d capacity (kunnen).
ASPECT_CORNERS = {
    "4a": "legitimacy",  # personal data and security
    "4b": "legitimacy",  # transparency about algorithms
    "4c": "legitimacy",  # digital inclusion and resilience
    "5a": "strategy",  # linking societal tasks to technology
    "5b": "strategy",  # joint strategy and experiment
    "6a": "capacity",  # structure and data management
    "6b": "capacity",  # people and learning
    "6c": "capacity",  # politics
    "6d": "capacity",  # symbolism and culture
}
ASPECTS = tuple(ASPECT_CORNERS)

# Read-only names a condition may use besides meters, flags, `year` and `turn`: how many red lines the
# game crossed, and how evenly its options pulled the triangle (0-100, see game/core/debrief.py).
LINES_CROSSED = "lines_crossed"
BALANCE = "balance"
GAME_FIGURES = (LINES_CROSSED, BALANCE)
