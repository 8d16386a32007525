"""Quiet sound cues made in code (a card, a decision, a year end, the timer at zero); silent without audio.

No asset files: each cue is a few soft sine notes, each with a short raised-cosine attack and a decay to
exactly zero (no click at either end), built as raw 16-bit samples the first time it is played and kept.
The mixer is opened for a cue, never at start-up, and closed again once the cues are over (`release`):
an open audio device keeps a thread mixing silence, which would double the CPU the waiting game uses.
When pygame has no mixer module, no audio device can be opened (tried once: no retry on every cue), or
the mixer was started by someone else in another sample format, `play` does nothing and reports False.
Whether a cue is wanted at all (muted, headless) is the App's decision (App.cue); the core never makes a
sound.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pygame

RATE = 44100
SIGNED_16 = -16
FULL_SCALE = 32767

Cue = Literal["card", "decision", "year", "timer"]


@dataclass(frozen=True)
class Note:
    """One soft tone of a cue: pitch in Hz, start and length in seconds, peak level (share of full
    scale) and how long it takes to swell to that level."""

    pitch: float
    start: float
    length: float
    level: float
    attack: float = 0.012


CUES: dict[Cue, tuple[Note, ...]] = {
    # A card is shown: one very soft, short tone.
    "card": (Note(783.99, 0.0, 0.16, 0.045),),
    # A decision: two soft notes going up.
    "decision": (Note(587.33, 0.0, 0.22, 0.07), Note(880.0, 0.09, 0.26, 0.07)),
    # The year is over: a short, gentle rising figure of three notes.
    "year": (
        Note(523.25, 0.0, 0.24, 0.065),
        Note(659.25, 0.13, 0.24, 0.065),
        Note(783.99, 0.26, 0.32, 0.075),
    ),
    # The discussion timer reached zero: the chime, two notes that swell and fade (the loudest cue).
    "timer": (Note(660.0, 0.0, 0.42, 0.12, attack=0.06), Note(880.0, 0.16, 0.42, 0.12, attack=0.06)),
}
HARMONIC = 0.18  # a little of the octave above, so a cue sounds like a soft bell rather than a test tone
RELEASE_MS = 1000  # the audio device is closed this long after the last cue (every cue is shorter)

_samples: dict[tuple[Cue, int, int], bytes] = {}  # made once per cue and mixer format
_sounds: dict[Cue, pygame.mixer.Sound] = {}  # for the mixer open now
_opened: list[bool] = []  # set while the mixer is one this module opened (and so may close)
_unavailable: list[bool] = []  # set once opening the mixer failed: do not try again on every cue


def cue_seconds(cue: Cue) -> float:
    return max(note.start + note.length for note in CUES[cue])


def envelope(into: float, note: Note) -> float:
    """0 at the start, a raised-cosine swell to 1 over the attack, then a decay that reaches 0 (with a flat
    slope) at the end of the note."""
    if into <= 0 or into >= note.length:
        return 0.0
    swell = math.sin(0.5 * math.pi * min(1.0, into / note.attack)) ** 2
    return swell * (1 - into / note.length) ** 2


def cue_samples(cue: Cue, frequency: int, channels: int) -> array[int]:
    """The cue as interleaved signed 16-bit samples at `frequency` Hz (`channels` copies of each)."""
    length = math.ceil(frequency * cue_seconds(cue))
    mono = [0.0] * length
    for note in CUES[cue]:
        first = round(note.start * frequency)
        step = 2 * math.pi * note.pitch / frequency
        for index in range(first, min(length, first + math.ceil(note.length * frequency))):
            into = (index - first) / frequency
            phase = step * (index - first)
            wave = (math.sin(phase) + HARMONIC * math.sin(2 * phase)) / (1 + HARMONIC)
            mono[index] += note.level * envelope(into, note) * wave
    samples = array("h")
    for value in mono:
        sample = max(-FULL_SCALE, min(FULL_SCALE, round(FULL_SCALE * value)))
        samples.extend([sample] * channels)
    return samples


def _mixer_format() -> tuple[int, int] | None:
    """(frequency, channels) of a mixer that plays signed 16-bit samples, opening one if needed."""
    if _unavailable:
        return None
    try:
        if not pygame.mixer.get_init():
            pygame.mixer.init(frequency=RATE, size=SIGNED_16, channels=2)
            _opened[:] = [True]
            _sounds.clear()
        started = pygame.mixer.get_init()
    except (pygame.error, NotImplementedError, ImportError, OSError):
        _unavailable.append(True)
        return None
    if not started or started[1] != SIGNED_16:
        return None
    frequency, _, channels = started
    return frequency, channels


def play(cue: Cue) -> bool:
    """Play `cue` once (made the first time); False, and no error, when there is no usable audio."""
    if _unavailable:
        return False
    try:
        opened = _mixer_format()
        if opened is None:
            return False
        sound = _sounds.get(cue)
        if sound is None:
            key = (cue, *opened)
            if key not in _samples:
                _samples[key] = cue_samples(cue, *opened).tobytes()
            sound = pygame.mixer.Sound(buffer=_samples[key])
            _sounds[cue] = sound
        sound.play()
    except (pygame.error, NotImplementedError, OSError):
        _unavailable[:] = [True]  # a device that fails once is not asked again on every cue
        return False
    return True


def release() -> bool:
    """Close the audio device this module opened, once no cue plays; True when none is open any more
    (False: a cue still plays, ask again later)."""
    if not _opened:
        return True
    try:
        if pygame.mixer.get_init() and pygame.mixer.get_busy():
            return False
        pygame.mixer.quit()
    except (pygame.error, NotImplementedError):
        pass
    _opened.clear()
    _sounds.clear()  # (sounds belong to the mixer they were made for)
    return True


def stop() -> None:
    """Silence every cue that is playing and close the device (M mutes at once)."""
    try:
        if pygame.mixer.get_init():
            pygame.mixer.stop()
    except (pygame.error, NotImplementedError):
        pass
    release()


# -- speech (game/ui/narrator.py): a sound file on a channel of its own, which cues never take -----------

SPEECH_CHANNEL = 0


def play_file(path: Path, channel: int) -> bool:
    """Play a sound file (read-aloud speech) on `channel`, cutting off what it played; False, and no
    error, when there is no usable audio."""
    if _unavailable:
        return False
    try:
        if _mixer_format() is None:
            return False
        pygame.mixer.set_reserved(channel + 1)
        pygame.mixer.Channel(channel).play(pygame.mixer.Sound(file=str(path)))
    except (pygame.error, NotImplementedError, OSError):
        return False
    return True


def stop_channel(channel: int) -> None:
    try:
        if pygame.mixer.get_init():
            pygame.mixer.Channel(channel).stop()
    except (pygame.error, NotImplementedError):
        pass
