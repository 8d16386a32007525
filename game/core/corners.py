"""The corners of Moore's public value triangle, apart from the model so the title screen needs no more."""

from __future__ import annotations

# In the essay's order: willen, kunnen, mogen.
CORNERS = ("strategy", "capacity", "legitimacy")
