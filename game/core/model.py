"""Immutable scenario objects that the rules core runs on (built by the scenario layer)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

from game.core.conditions import Condition

if TYPE_CHECKING:
    from game.core.compiled import CompiledScenario

Number = float  # ints are accepted wherever a Number is expected

# The built-in pictograms a meter or speaker shows when its scenario names none (the scenario layer's
# pictograms.METER_DEFAULT and SPEAKER_DEFAULT; the core does not import that layer).
DEFAULT_METER_ICON = "meter"
DEFAULT_SPEAKER_ICON = "person"


def frozen_map(values: Mapping[str, Number] | None = None) -> Mapping[str, Number]:
    """A read-only copy of a mapping, so scenario objects stay immutable."""
    return MappingProxyType(dict(values or {}))


@dataclass(frozen=True)
class Text:
    """A text in one or more languages; `get` falls back to the scenario's default language."""

    translations: Mapping[str, str]

    @staticmethod
    def plain(value: str, lang: str = "nl") -> Text:
        return Text(MappingProxyType({lang: value}))

    def get(self, lang: str, fallback: str | None = None) -> str:
        if lang in self.translations:
            return self.translations[lang]
        if fallback is not None and fallback in self.translations:
            return self.translations[fallback]
        return next(iter(self.translations.values()), "")


@dataclass(frozen=True)
class Meter:
    """A value the player keeps in balance; `icon` is a built-in pictogram name or the absolute path of
    the scenario's own image file."""

    id: str
    name: Text
    start: Number
    minimum: Number = 0
    maximum: Number = 100
    icon: str = DEFAULT_METER_ICON
    corner: str | None = None  # the triangle corner this meter measures (one of CORNERS), if said

    def clamp(self, value: Number) -> Number:
        return max(self.minimum, min(self.maximum, value))


@dataclass(frozen=True)
class Speaker:
    """Someone who brings dilemmas (the scenario's `speakers`): a name, and a built-in pictogram name or
    the absolute path of the scenario's own image file."""

    id: str
    name: Text
    icon: str = DEFAULT_SPEAKER_ICON


@dataclass(frozen=True)
class Theme:
    id: str
    name: Text
    corner: str | None = None  # one of CORNERS, or None when the scenario does not say


@dataclass(frozen=True)
class FollowUp:
    """Play `card` this many turns after the choice (1 = next turn)."""

    card: str
    after: int


@dataclass(frozen=True)
class Option:
    label: Text
    effects: Mapping[str, Number] = field(default_factory=frozen_map)
    set_flags: tuple[str, ...] = ()
    unset_flags: tuple[str, ...] = ()
    then: tuple[FollowUp, ...] = ()
    feedback: Text | None = None
    serves: tuple[str, ...] = ()  # the triangle corners (CORNERS) this option serves
    harms: tuple[str, ...] = ()  # and those it harms; never a corner it serves
    red_line: Text | None = None  # the line drawn by law or public ethics that choosing it crosses

    @property
    def pulls(self) -> bool:
        """True when the option says which corners it serves or harms."""
        return bool(self.serves or self.harms)


@dataclass(frozen=True)
class FixedTime:
    """A calendar slot in the term: year counted from 1, turn counted from 1 within the year."""

    year: int
    turn: int


@dataclass(frozen=True)
class Card:
    """One dilemma. `speaker` is the name shown; `speaker_id` the id in the scenario's `speakers` it came
    from (None for a free-text speaker) and `speaker_icon` the speaker's pictogram name or image path."""

    id: str
    speaker: Text
    title: Text
    text: Text
    themes: tuple[str, ...]
    options: tuple[Option, ...]
    requires: Condition | None = None
    weight: Number = 1
    at: FixedTime | None = None
    scheduled_only: bool = False
    repeatable: bool = False
    notes: Text | None = None
    speaker_id: str | None = None
    speaker_icon: str = DEFAULT_SPEAKER_ICON
    aspects: tuple[str, ...] = ()  # the essay's aspects the card belongs to (ASPECTS: 4a ... 6d)

    @property
    def in_deck(self) -> bool:
        """True when the card can be drawn at random (not fixed in the calendar, not scheduled-only)."""
        return not self.scheduled_only and self.at is None


@dataclass(frozen=True)
class Outcome:
    """An ending (game over early) or a profile (characterises a completed term)."""

    id: str
    title: Text
    text: Text
    when: Condition | None = None


@dataclass(frozen=True)
class Statement:
    """A statement on the essay's ideas that the room scores from 1 (fully disagree) to 5 (fully agree),
    before the first card and again after the debrief."""

    id: str
    text: Text


@dataclass(frozen=True)
class DebriefContent:
    """A scenario's own debrief material; empty parts get the game's defaults (game/debrief)."""

    # aspect code ("4a" ... "6d", core/corners.ASPECTS) -> the "And here?" questions for that aspect
    questions: Mapping[str, tuple[Text, ...]] = field(default_factory=lambda: MappingProxyType({}))
    statements: tuple[Statement, ...] = ()  # three to five when given


@dataclass(frozen=True)
class Scenario:
    id: str
    title: Text
    intro: Text | None  # None: the intro screen shows the title and the term
    languages: tuple[str, ...]
    years: int
    turns_per_year: int
    start_year: int | None  # None: years show as "Jaar 1", "Year 1"
    meters: tuple[Meter, ...]
    themes: tuple[Theme, ...]
    cards: tuple[Card, ...]
    year_end_effects: Mapping[str, Number] = field(default_factory=frozen_map)
    endings: tuple[Outcome, ...] = ()
    profiles: tuple[Outcome, ...] = ()
    speakers: tuple[Speaker, ...] = ()  # in the file's order
    format: int = 1
    source: str = ""
    content_hash: str = ""
    debrief: DebriefContent = field(default_factory=DebriefContent)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def text_language(self, lang: str) -> str:
        """`lang` when the scenario has texts in it, else its own first language."""
        return lang if lang in self.languages else self.default_language

    @property
    def total_turns(self) -> int:
        return self.years * self.turns_per_year

    def calendar_year(self, year: int) -> int | None:
        """The calendar year of `year` of the term (counted from 1); None without a start_year."""
        return None if self.start_year is None else self.start_year + year - 1

    def turn_number(self, year: int, turn: int) -> int:
        """Turns since the term began, counting this one: turn 1 of year 2 is turns_per_year + 1."""
        return (year - 1) * self.turns_per_year + turn

    @cached_property
    def options_pull(self) -> bool:
        """True when any option says which corners it serves or harms: the debrief's triangle then
        follows the options chosen; otherwise it falls back to the themes of the cards played."""
        return any(option.pulls for card in self.cards for option in card.options)

    @cached_property
    def has_red_lines(self) -> bool:
        return any(option.red_line is not None for card in self.cards for option in card.options)

    @cached_property
    def cards_by_id(self) -> Mapping[str, Card]:
        return MappingProxyType({card.id: card for card in self.cards})

    @cached_property
    def speakers_by_id(self) -> Mapping[str, Speaker]:
        return MappingProxyType({speaker.id: speaker for speaker in self.speakers})

    @cached_property
    def meters_by_id(self) -> Mapping[str, Meter]:
        return MappingProxyType({meter.id: meter for meter in self.meters})

    @cached_property
    def compiled(self) -> CompiledScenario:
        """Compiled conditions and indexes for the engine, built on first use."""
        from game.core.compiled import compile_scenario  # it builds on this module

        return compile_scenario(self)

    def card(self, card_id: str) -> Card:
        return self.cards_by_id[card_id]

    def meter(self, meter_id: str) -> Meter:
        return self.meters_by_id[meter_id]

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def text(self, value: Text | None, lang: str) -> str:
        """A text in `lang`, falling back to the scenario's default language."""
        return "" if value is None else value.get(lang, self.default_language)
