"""How this window plays: solo, group or tables, timer, preview, presenter, motion, sound, reading aids."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from game.core.countdown import DEFAULT_SECONDS

Preview = Literal["none", "which", "full"]
PREVIEWS: tuple[Preview, ...] = ("none", "which", "full")
TEXT_SCALES: tuple[float, ...] = (1.0, 1.15, 1.3, 1.5)  # Ctrl+plus / Ctrl+minus step through these


@dataclass
class PlaySettings:
    """Chosen on the command line, the title screen and the pause menu; kept across games in one window.

    `preview` None means the mode's default: none in a group session (the room argues first), which
    meters an option moves in solo play.
    """

    group: bool = False
    group_name: str = ""
    timer_seconds: int = DEFAULT_SECONDS
    preview: Preview | None = None
    presenter: bool = False
    text_scale: float = TEXT_SCALES[0]
    reduced_motion: bool = False  # --reduced-motion, the pause menu: every screen appears settled
    muted: bool = False  # --mute, M, the pause menu: no sound cues
    phones: bool = False  # --phones, the title screen, the pause menu: the room votes from phones too
    phones_host: str | None = None  # --host: the address phones reach (default: the LAN address)
    phones_port: int = 0  # --port (0: any free port)
    read_aloud: bool = False  # --read-aloud, S, the pause menu: screens are read aloud (game/ui/narrator.py)
    reading_font: bool = False  # --reading-font, the pause menu: OpenDyslexic with wider line spacing
    tables: int = 0  # --tables N (2..8), the title screen: tables side by side (0: no tables)
    pace: str = "rounds"  # --pace: "rounds" (the facilitator leads) or "free" (each table its own pace)
    resume_tables: Path | None = None  # --resume-tables LOG: go on with a tables session a crash stopped

    @property
    def effective_preview(self) -> Preview:
        if self.preview is not None:
            return self.preview
        return "none" if self.group else "which"
