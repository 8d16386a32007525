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
                "Wanneer sprak het MT voor het laatst met onze FG (functionaris gegevensbescherming)?",
                "When did the management team last talk with our data protection officer?",
            ),
            _text(
                "Welke risico's voor de informatieveiligheid nemen wij bewust, en wie heeft dat besloten?",
                "Which information security risks do we take on purpose, and who decided that?",
            ),
            _text(
                "Een hack legt morgen al onze systemen plat. Wat doen we in het eerste uur?",
                "Tomorrow a hack takes down all our systems. What do we do in the first hour?",
            ),
        ),
        "4b": (
            _text(
                "Staan onze algoritmen in het algoritmeregister?",
                "Are our algorithms in the algorithm register?",
            ),
            _text(
                "Kan een inwoner bij ons horen hoe een algoritme meewoog in zijn besluit, en een fout "
                "laten herstellen?",
                "Can a resident find out from us how an algorithm weighed in their decision, and have a "
                "mistake put right?",
            ),
            _text(
                "Wat eisen wij van een leverancier, zodat we zelf kunnen uitleggen hoe zijn systeem werkt?",
                "What do we require of a supplier, so that we can explain ourselves how its system works?",
            ),
        ),
        "4c": (
            _text(
                "Hoe vraagt iemand zonder computer of DigiD bij ons een uitkering of een vergunning aan?",
                "How does someone without a computer or DigiD apply to us for benefits or a permit?",
            ),
            _text(
                "Welke dienst maken we bewust niet digitaal, omdat het gesprek aan de balie telt?",
                "Which service do we keep off-line on purpose, because the conversation at the desk counts?",
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
                "Welke nieuwe techniek laten we nu liggen zonder dat we het merken?",
                "Which new technology are we letting pass without noticing?",
            ),
        ),
        "5b": (
            _text(
                "Met welk klein experiment kunnen we deze maand beginnen, en wanneer stoppen we ermee?",
                "Which small experiment could we start this month, and when would we stop it?",
            ),
            _text(
                "Ligt onze digitale koers bij de IT-afdeling, of staat de directie er zelf voor?",
                "Does our digital course sit with the IT department, or does the top of the organisation "
                "own it?",
            ),
            _text(
                "Met welke partners in de regio bepalen we die koers samen?",
                "Which partners in the region do we set that course with?",
            ),
        ),
        "6a": (
            _text(
                "Wie is eigenaar van de data die wij met partners delen, en staat dat op papier?",
                "Who owns the data we share with partners, and is that written down?",
            ),
            _text(
                "Hebben we genoeg kennis in huis om een leverancier of samenwerkingsverband echt aan te "
                "sturen?",
                "Do we have enough expertise in house to really direct a supplier or a joint arrangement?",
            ),
            _text(
                "Gebruiken al onze afdelingen dezelfde betekenis van woorden als 'adres' of 'huishouden'?",
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
                "Do we tie digital proposals to a task of the college, such as housing or debt help?",
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
                "Hebben onze medewerkers recht op onbereikbaarheid, en houden wij ons daar zelf aan?",
                "Do our staff have a right to disconnect, and do we respect it ourselves?",
            ),
        ),
    }
)

# Before and after: scored 1 (fully disagree) to 5 (fully agree); the essay argues for s1, s3 and s4
# and against s2, so a shift either way is worth a conversation.
DEFAULT_STATEMENTS: tuple[Statement, ...] = (
    Statement(
        "s1",
        _text(
            "Digitalisering is een taak voor de top van de organisatie, niet alleen voor de IT-afdeling.",
            "Digitalisation is a task for the top of the organisation, not only for the IT department.",
        ),
    ),
    Statement(
        "s2",
        _text(
            "Als een techniek werkt en geld bespaart, mag de gemeente hem gebruiken.",
            "If a technology works and saves money, the municipality may use it.",
        ),
    ),
    Statement(
        "s3",
        _text(
            "Een inwoner moet een besluit dat met een algoritme is genomen kunnen begrijpen en aanvechten.",
            "A resident must be able to understand and challenge a decision made with an algorithm.",
        ),
    ),
    Statement(
        "s4",
        _text(
            "We kunnen beter klein beginnen dan wachten tot alles duidelijk is.",
            "We had better start small than wait until everything is clear.",
        ),
    ),
)
