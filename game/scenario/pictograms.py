"""The game's own pictograms a scenario may name: meter icons and speaker roles, with what each shows.

A scenario writes `icon: mayor` for a built-in pictogram, or a path (`icon: icons/wethouder.svg`) for a
file of its own beside it. The files are assets/icons/meters/<name>.svg and assets/icons/speakers/
<name>.svg; tests/ui/test_icons.py checks that every name here has its file and every file a name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pictogram:
    """One built-in pictogram: its name in a scenario file, and what it stands for in Dutch and English."""

    name: str
    nl: str
    en: str


METER_DEFAULT = "meter"
SPEAKER_DEFAULT = "person"

METER_PICTOGRAMS: tuple[Pictogram, ...] = (
    Pictogram("legitimacy", "legitimiteit (weegschaal)", "legitimacy (scales)"),
    Pictogram("trust", "vertrouwen (hand met een hart)", "trust (a hand holding a heart)"),
    Pictogram("capacity", "capaciteit (tandwiel)", "capacity (gear)"),
    Pictogram("budget", "budget (munten)", "budget (coins)"),
    Pictogram("value", "publieke waarde (kiemplant)", "public value (seedling)"),
    Pictogram(METER_DEFAULT, "elke andere meter (wijzer)", "any other meter (gauge)"),
)

SPEAKER_PICTOGRAMS: tuple[Pictogram, ...] = (
    Pictogram("mayor", "burgemeester", "mayor"),
    Pictogram("alderman", "wethouder", "alderman"),
    Pictogram("councillor", "raadslid", "council member"),
    Pictogram("municipal-secretary", "gemeentesecretaris", "municipal secretary"),
    Pictogram("council-clerk", "griffier", "council clerk"),
    Pictogram("cio", "CIO, informatiemanager", "CIO, information manager"),
    Pictogram("ciso", "CISO, informatiebeveiliging", "CISO, information security"),
    Pictogram("privacy-officer", "privacy officer, FG", "privacy officer, DPO"),
    Pictogram("hr", "HR-adviseur", "HR adviser"),
    Pictogram("team-lead", "teamleider", "team lead"),
    Pictogram("manager", "manager, afdelingshoofd", "manager, head of department"),
    Pictogram("enforcement-officer", "handhaver, boa", "enforcement officer"),
    Pictogram("police", "politie, wijkagent", "police, community officer"),
    Pictogram("journalist", "journalist, krant", "journalist, newspaper"),
    Pictogram("resident", "inwoner", "resident"),
    Pictogram("supplier", "leverancier", "supplier"),
    Pictogram("auditor", "controller, auditor", "controller, auditor"),
    Pictogram("data-analyst", "data-analist, datateam", "data analyst, data team"),
    Pictogram("contact-centre", "klantcontactcentrum", "contact centre"),
    Pictogram("director", "directeur van een organisatie", "director of an organisation"),
    Pictogram("works-council", "ondernemingsraad", "works council"),
    Pictogram("lawyer", "advocaat, jurist", "lawyer"),
    Pictogram("doctor", "arts, GGD", "doctor, health service"),
    Pictogram("project-lead", "projectleider", "project lead"),
    Pictogram("adviser", "adviseur, trainer, vertrouwenspersoon", "adviser, trainer, confidential adviser"),
    Pictogram("entrepreneur", "ondernemer, binnenstad", "business owner, town centre"),
    Pictogram("usher", "bode", "usher"),
    Pictogram("negotiator", "formateur, onderhandelaar", "formateur, negotiator"),
    Pictogram("organiser", "organisator, evenement", "organiser, event"),
    Pictogram(SPEAKER_DEFAULT, "iedereen anders", "anyone else"),
)

METER_NAMES = tuple(pictogram.name for pictogram in METER_PICTOGRAMS)
SPEAKER_NAMES = tuple(pictogram.name for pictogram in SPEAKER_PICTOGRAMS)


def is_file_reference(icon: str) -> bool:
    """True when `icon` names a file of the scenario's own (it has a '/', '\\' or a '.'), False for a
    built-in pictogram name."""
    return any(mark in icon for mark in "/\\.")
