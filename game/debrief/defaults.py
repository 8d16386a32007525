"""The debrief's own questions per aspect and statements, for a scenario that brings none of its own."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from game.core.model import Statement, Text


def _text(nl: str, en: str) -> Text:
    return Text(MappingProxyType({"nl": nl, "en": en}))


# "And here?": each aspect of the essay (core/corners.ASPECTS) brought to the group's own municipality.
DEFAULT_QUESTIONS: Mapping[str, tuple[Text, ...]] = MappingProxyType(
    {
        "4a": (
            _text(
                "Welke risico's voor privacy en informatieveiligheid nemen wij bewust, en wie heeft dat "
                "besloten?",
                "Which risks to privacy and information security do we take on purpose, and who decided "
                "that?",
            ),
            _text(
                "Wanneer vroeg het MT onze FG (functionaris gegevensbescherming) voor het laatst om advies?",
                "When did the management team last ask our data protection officer for advice?",
            ),
            _text(
                "Een hack legt morgen al onze systemen plat. Wat doen we in het eerste uur?",
                "Tomorrow a hack takes down all our systems. What do we do in the first hour?",
            ),
        ),
        "4b": (
            _text(
                "Welke van onze algoritmen staan in het algoritmeregister, de openbare lijst, en welke niet?",
                "Which of our algorithms are in the algorithm register, the public list, and which are not?",
            ),
            _text(
                "Kan een inwoner bij ons horen hoe een algoritme meewoog in een besluit over hem, en een "
                "fout laten herstellen?",
                "Can a resident learn from us how an algorithm weighed in a decision about them, and get a "
                "mistake fixed?",
            ),
            _text(
                "Wat eisen wij van een leverancier, zodat we zelf kunnen uitleggen hoe zijn systeem werkt?",
                "What do we require of a supplier, so that we ourselves can explain how its system works?",
            ),
        ),
        "4c": (
            _text(
                "Hoe vraagt iemand zonder computer of DigiD bij ons een uitkering of een vergunning aan?",
                "How does someone without a computer or DigiD apply to us for benefits or a permit?",
            ),
            _text(
                "Welke dienst maken we bewust niet digitaal, omdat het gesprek aan de balie telt?",
                "Which service do we deliberately not digitise, because the talk at the desk matters?",
            ),
            _text(
                "Wie helpt onze inwoners om oplichting en fraude op internet te herkennen?",
                "Who helps our residents recognise scams and fraud on the internet?",
            ),
        ),
        "5a": (
            _text(
                "Bij welke grote opgave van onze gemeente kunnen data helpen, en bij welke juist niet?",
                "Which big task of our municipality could data help with, and which not at all?",
            ),
            _text(
                "Staat in ons coalitieakkoord waarom we technologie inzetten, of alleen dát we het doen?",
                "Does our coalition agreement say why we use technology, or only that we do?",
            ),
            _text(
                "Welke kans met nieuwe techniek zagen we pas laat, en hoe zien we de volgende eerder?",
                "Which opportunity with new technology did we see only late, and how do we spot the next "
                "one sooner?",
            ),
        ),
        "5b": (
            _text(
                "Met welk klein experiment kunnen we deze maand beginnen, en wanneer stoppen we ermee?",
                "Which small experiment could we start this month, and when would we stop it?",
            ),
            _text(
                "Kennen college, directie en afdelingen dezelfde digitale koers? Hoe weten we dat?",
                "Do the executive, the top team and the departments know the same digital course? How do "
                "we know?",
            ),
            _text(
                "Met welke partners buiten het gemeentehuis willen we onze digitale koers delen?",
                "With which partners outside the town hall do we want to share our digital course?",
            ),
        ),
        "6a": (
            _text(
                "Wie is eigenaar van de gegevens die wij met partners delen, wie is verantwoordelijk, en "
                "staat dat op papier?",
                "Who owns the data we share with partners, who is responsible, and is that written down?",
            ),
            _text(
                "Hebben we genoeg kennis in huis om een leverancier of samenwerkingsverband echt aan te "
                "sturen?",
                "Do we have enough expertise in house to really direct a supplier or a joint arrangement?",
            ),
            _text(
                "Bedoelen al onze afdelingen hetzelfde met woorden als 'adres' of 'huishouden'?",
                "Do all our departments mean the same thing by words such as 'address' or 'household'?",
            ),
        ),
        "6b": (
            _text(
                "Wat heeft ieder van ons het afgelopen jaar zelf geleerd over data of AI?",
                "What has each of us learned about data or AI in the past year?",
            ),
            _text(
                "Welk werk verdwijnt de komende jaren, en wat bieden we de collega's die het nu doen?",
                "Which work will disappear in the coming years, and what do we offer the colleagues who do "
                "it now?",
            ),
            _text(
                "Vragen we bij werving om kennis van data, ook voor leidinggevenden?",
                "Do we ask for knowledge of data when we recruit, for managers too?",
            ),
        ),
        "6c": (
            _text(
                "Wanneer legden we de raad voor het laatst een digitale keuze voor in gewone taal?",
                "When did we last put a digital choice to the council in plain words?",
            ),
            _text(
                "Koppelen we digitale voorstellen aan een opgave van het college, zoals wonen of schuldhulp?",
                "Do we tie digital proposals to a task of the executive, such as housing or debt help?",
            ),
            _text(
                "Welk digitaal project kan het komende jaar politiek gevoelig worden?",
                "Which digital project could become politically sensitive in the coming year?",
            ),
        ),
        "6d": (
            _text(
                "Wat doet onze directie zelf, zodat medewerkers zien dat digitaal werken ertoe doet?",
                "What does our top team do itself, so that staff see that digital work matters?",
            ),
            _text(
                "Waar mogen medewerkers bij ons zeggen dat ze een verandering spannend vinden?",
                "Where may our staff say that a change makes them uneasy?",
            ),
            _text(
                "Wat spreken we af over bereikbaarheid na werktijd, en houden wij als leiding ons daar zelf "
                "aan?",
                "What have we agreed about being reachable after working hours, and do we as managers keep "
                "to it?",
            ),
        ),
    }
)

# Before and after: scored 1 (fully disagree) to 5 (fully agree). Each is a position a thoughtful person
# can hold; the essay argues for s1 and s3 and against s2 and s4, so a shift either way is worth a
# conversation.
DEFAULT_STATEMENTS: tuple[Statement, ...] = (
    Statement(
        "s1",
        _text(
            "De gemeentesecretaris moet zelf verstand hebben van data en algoritmen, niet alleen de "
            "specialisten.",
            "The municipal secretary must understand data and algorithms personally, not only the "
            "specialists.",
        ),
    ),
    Statement(
        "s2",
        _text(
            "Een techniek die binnen de wet blijft en geld bespaart, hoeft niet eerst langs raad en "
            "inwoners.",
            "A technology that stays within the law and saves money need not be put to council and residents "
            "first.",
        ),
    ),
    Statement(
        "s3",
        _text(
            "Een algoritme dat we niet in gewone woorden kunnen uitleggen, hoort niet mee te beslissen over "
            "inwoners.",
            "An algorithm we cannot explain in plain words should not help decide about residents.",
        ),
    ),
    Statement(
        "s4",
        _text(
            "Met AI kan de gemeente beter wachten tot de regels en de techniek duidelijk zijn.",
            "With AI the municipality had better wait until the rules and the technology are clear.",
        ),
    ),
)
