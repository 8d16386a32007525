"""A soft chime when the discussion timer reaches zero, generated in memory; silent without audio.

No asset files: the tone is a short sine with a smooth fade in and out, built as raw 16-bit samples
for the mixer. When pygame has no mixer module, no audio device can be opened, or the mixer was
started by someone else in another sample format, `chime()` does nothing and reports False.
"""

from __future__ import annotations

import math
from array import array

import pygame

RATE = 44100
SIGNED_16 = -16
TONES = ((660.0, 0.0), (880.0, 0.16))  # two soft notes: (frequency in Hz, start in seconds)
NOTE_SECONDS = 0.5
VOLUME = 0.25

_cache: list[pygame.mixer.Sound] = []
_unavailable: list[bool] = []  # set once opening the mixer failed: do not try again on every chime


def _mixer_format() -> tuple[int, int] | None:
    """(frequency, channels) of a mixer that plays signed 16-bit samples, opening one if needed."""
    if _unavailable:
        return None
    try:
        if not pygame.mixer.get_init():
            pygame.mixer.init(frequency=RATE, size=SIGNED_16, channels=2)
        started = pygame.mixer.get_init()
    except (pygame.error, NotImplementedError, ImportError, OSError):
        _unavailable.append(True)
        return None
    if not started or started[1] != SIGNED_16:
        return None
    frequency, _, channels = started
    return frequency, channels


def tone_samples(frequency: int, channels: int) -> array[int]:
    """The chime as interleaved signed 16-bit samples (`channels` copies of every sample)."""
    length = round(frequency * (TONES[-1][1] + NOTE_SECONDS))
    samples = array("h")
    for index in range(length):
        seconds = index / frequency
        value = 0.0
        for pitch, start in TONES:
            into = seconds - start
            if 0 <= into < NOTE_SECONDS:
                envelope = math.sin(math.pi * into / NOTE_SECONDS) ** 2  # no click at either end
                value += envelope * math.sin(2 * math.pi * pitch * into)
        sample = round(32767 * VOLUME * value / len(TONES))
        samples.extend([sample] * channels)
    return samples


def chime() -> bool:
    """Play the chime once; False (and no error) when there is no usable audio."""
    try:
        if not _cache:
            opened = _mixer_format()
            if opened is None:
                return False
            _cache.append(pygame.mixer.Sound(buffer=tone_samples(*opened).tobytes()))
        _cache[0].play()
    except (pygame.error, NotImplementedError, OSError):
        return False
    return True
