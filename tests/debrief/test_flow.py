"""The debrief's rules: stepping through the phases, the room's entries and their approval, support for
proposals, the what-if pick, the statements after, in group and solo play."""

from __future__ import annotations

import dataclasses
import json

import pytest

from game.core.model import DebriefContent
from game.debrief.facts import aspect_counts
from game.debrief.flow import SUPPORTS_PER_VOTER, Debrief
from game.debrief.model import PHASES, Entry, GameRecord
from game.debrief.questions import FALLBACK_ASPECTS
from tests.debrief.games import lindenhout, record_of, small


def group() -> Debrief:
    return Debrief(small(), record_of(small()), "group")


def solo() -> Debrief:
    return Debrief(small(), record_of(small(), group=False), "solo")


def at(debrief: Debrief, phase: str, step: int = 0) -> Debrief:
    while (debrief.phase, debrief.step) != (phase, step):
        assert debrief.next(), f"never reached {phase} {step}"
    return debrief


def entry(result: Entry | str) -> Entry:
    assert isinstance(result, Entry), result
    return result


def test_it_starts_in_first_reactions_with_a_start_event() -> None:
    debrief = group()
    assert (debrief.phase, debrief.step, debrief.finished) == ("reactions", 0, False)
    assert debrief.log == [{"kind": "debrief", "action": "start", "mode": "group"}]


def test_enter_walks_every_step_of_every_phase_and_then_ends() -> None:
    debrief = group()
    seen = []
    while not debrief.finished:
        seen.append((debrief.phase, debrief.step_name))
        events = debrief.next()
        assert [event["action"] for event in events] == ["next"]
    # small(): aspects met 4b, 5a, 6c, one default question each
    assert seen == [
        ("reactions", "words"),
        ("happened", "facts"),
        ("why", "aspects"),
        ("here", "question"),
        ("here", "question"),
        ("here", "question"),
        ("wins", "propose"),
        ("wins", "vote"),
        ("wins", "top"),
    ]
    assert debrief.next() == []  # nothing after the end


def test_the_questions_of_and_here_follow_the_aspects_met_in_the_essays_order() -> None:
    debrief = at(group(), "here", 1)
    assert debrief.aspects == ["4b", "5a", "6c"]
    assert [aspect for aspect, _ in debrief.questions] == ["4b", "5a", "6c"]
    assert debrief.question == debrief.questions[1]
    assert at(debrief, "wins").question is None


def test_skip_goes_to_the_next_phase_and_back_to_the_start_of_the_previous() -> None:
    debrief = at(group(), "here", 2)
    assert debrief.skip()[0] == {
        "kind": "debrief",
        "action": "skip",
        "phase": "wins",
        "step": 0,
        "finished": False,
    }
    assert debrief.back()[0]["phase"] == "here" and debrief.step == 0
    debrief.back()
    assert debrief.phase == "why"
    for _ in range(3):
        debrief.back()
    assert (debrief.phase, debrief.step) == ("reactions", 0)
    assert debrief.back() == []  # nowhere further back


def test_back_from_the_end_returns_to_the_last_step() -> None:
    debrief = group()
    while not debrief.finished:
        debrief.skip()
    assert debrief.skip() == []
    debrief.back()
    assert (debrief.finished, debrief.phase, debrief.step_name) == (False, "wins", "top")


def test_solo_has_the_same_phases_shorter_and_no_vote() -> None:
    debrief = solo()
    phases = []
    while not debrief.finished:
        phases.append((debrief.phase, debrief.step_name))
        debrief.next()
    assert {phase for phase, _ in phases} == set(PHASES)
    assert ("wins", "vote") not in phases and ("wins", "list") in phases
    assert debrief.facts.divided is None  # no votes in solo play


def test_solo_asks_the_questions_of_at_most_three_aspects_the_most_met() -> None:
    scenario = dataclasses.replace(lindenhout(), debrief=DebriefContent())  # the game's own questions
    record = record_of(scenario, group=False)
    debrief = Debrief(scenario, record, "solo")
    counts = aspect_counts(scenario, record)
    most = sorted(counts, key=lambda aspect: -counts[aspect])[:3]
    assert len(debrief.aspects) > 3
    assert [aspect for aspect, _ in debrief.questions] == [
        aspect for aspect in debrief.aspects if aspect in most
    ]
    group_debrief = Debrief(scenario, record_of(scenario), "group")
    assert [aspect for aspect, _ in group_debrief.questions] == group_debrief.aspects


def test_a_scenarios_own_questions_are_all_asked() -> None:
    scenario = lindenhout()
    debrief = Debrief(scenario, record_of(scenario), "group")
    own = [
        (aspect, question)
        for aspect in debrief.aspects
        for question in scenario.debrief.questions.get(aspect, ())
    ]
    assert all(pair in debrief.questions for pair in own)
    assert debrief.steps("here") == ("question",) * len(debrief.questions)


def test_a_game_whose_cards_name_no_aspect_gets_a_question_per_corner() -> None:
    scenario = small()
    plain = dataclasses.replace(
        scenario, cards=tuple(dataclasses.replace(c, aspects=()) for c in scenario.cards)
    )
    debrief = Debrief(plain, record_of(plain), "group")
    assert debrief.aspects == [] and sorted(a for a, _ in debrief.questions) == sorted(FALLBACK_ASPECTS)


def test_the_timer_starts_pauses_and_resumes_per_phase_from_the_callers_clock() -> None:
    debrief = group()
    assert debrief.countdown.duration_ms == debrief.suggested_minutes() * 60_000
    started = debrief.timer(1_000)[0]
    assert started == {
        "kind": "debrief",
        "action": "timer",
        "phase": "reactions",
        "running": True,
        "used_ms": 0,
    }
    assert debrief.timer(31_000)[0]["used_ms"] == 30_000 and not debrief.countdown.running
    debrief.next()
    assert not debrief.countdown.touched  # the next phase has its own timer
    debrief.back()
    assert debrief.countdown.elapsed(99_000) == 30_000
    assert debrief.suggested_minutes("here") > solo().suggested_minutes("here")


def test_a_phones_word_waits_for_approval_and_the_facilitators_is_approved_at_once() -> None:
    debrief = group()
    voter = debrief.voter_number("device-a")
    phone = entry(debrief.submit("  Spannend\u200b ", "phone", voter, key=debrief.ask_key))
    mine = entry(debrief.submit("Leerzaam", "facilitator"))
    assert (phone.text, phone.status, phone.voter, phone.kind) == ("Spannend", "pending", 1, "word")
    assert (mine.status, mine.voter) == ("approved", None)
    assert debrief.pending() == [phone]
    assert debrief.approved("reactions") == [mine] and debrief.words() == ["Leerzaam"]
    assert debrief.log[-2] == {
        "kind": "debrief",
        "action": "submit",
        "id": 1,
        "phase": "reactions",
        "step": 0,
        "text": "Spannend",
        "source": "phone",
        "status": "pending",
        "voter": 1,
    }
    assert debrief.approve(phone.id) == [{"kind": "debrief", "action": "approve", "id": 1}]
    assert debrief.approve(phone.id) == []  # already approved
    assert debrief.words() == ["Spannend", "Leerzaam"] and debrief.pending() == []
    assert debrief.reject(mine.id)[0]["action"] == "reject"
    assert debrief.words() == ["Spannend"]
    assert debrief.approve(99) == [] and debrief.reject(0) == []


def test_text_is_refused_where_nothing_may_be_written() -> None:
    debrief = group()
    old_key = debrief.ask_key
    assert debrief.submit("", "phone", 1) == "empty"
    assert debrief.submit("x" * 31, "phone", 1) == "too_long"
    debrief.next()  # what happened: nobody writes
    assert debrief.ask_kind is None and debrief.ask_key is None
    assert debrief.submit("laat", "phone", 1) == "closed"
    assert debrief.submit("laat", "facilitator") == "closed"
    at(debrief, "here", 0)
    assert debrief.submit("een antwoord", "phone", 1, key=old_key) == "closed"  # its question closed
    answer = entry(debrief.submit("een antwoord", "phone", 1, key=debrief.ask_key))
    assert (answer.kind, answer.step, answer.phase) == ("answer", 0, "here")
    debrief.next()
    assert debrief.approved("here", 0) == [] and debrief.pending("here") == [answer]
    at(debrief, "wins", 1)  # voting: no more proposals
    assert debrief.submit("nog een voorstel", "facilitator") == "closed"
    assert len(debrief.entries()) == 1
    assert [event["action"] for event in debrief.log].count("submit") == 1


def test_a_phone_in_solo_play_or_without_a_number_is_refused() -> None:
    assert solo().submit("woord", "phone", 1) == "closed"
    assert group().submit("woord", "phone", None) == "closed"


def test_answers_belong_to_their_question() -> None:
    debrief = at(group(), "here", 0)
    first = entry(debrief.submit("ja", "facilitator"))
    debrief.next()
    second = entry(debrief.submit("nee", "facilitator"))
    assert (first.step, second.step) == (0, 1)
    assert debrief.approved("here", 1) == [second] and debrief.approved("here") == [first, second]


def proposals(debrief: Debrief, count: int, *, approve: bool = True) -> list[Entry]:
    at(debrief, "wins", 0)
    made = [
        entry(debrief.submit(f"Stap {n}", "phone", debrief.voter_number(f"dev{n}"), key=debrief.ask_key))
        for n in range(count)
    ]
    if approve:
        for made_entry in made:
            debrief.approve(made_entry.id)
    return made


def test_support_only_while_voting_for_approved_proposals_once_per_voter_and_at_most_three() -> None:
    debrief = group()
    made = proposals(debrief, 5)
    assert debrief.support(1, made[0].id) == []  # still proposing
    debrief.next()
    assert debrief.ask_kind == "support" and debrief.ask_key == "wins.1"
    assert debrief.support(1, made[0].id) == [
        {"kind": "debrief", "action": "support", "voter": 1, "proposal": 1}
    ]
    assert debrief.support(1, made[0].id) == []  # once per proposal
    for proposal in made[1:]:
        debrief.support(1, proposal.id)
    assert debrief.supports_of(1) == SUPPORTS_PER_VOTER
    assert debrief.support_count(made[3].id) == 0
    debrief.reject(made[4].id)
    assert debrief.support(2, made[4].id) == []  # rejected
    debrief.reject(made[0].id)  # frees voter 1's support for another
    assert debrief.supports_of(1) == SUPPORTS_PER_VOTER - 1
    assert debrief.support(1, made[3].id)[0]["proposal"] == made[3].id
    assert debrief.support(0, made[2].id) == [] and debrief.support(2, 999) == []
    debrief.next()
    assert debrief.support(3, made[3].id) == []  # voting is over


def test_the_top_three_count_phones_and_hands_and_break_ties_by_order() -> None:
    debrief = group()
    made = proposals(debrief, 5)
    pending = entry(debrief.submit("nog niet goedgekeurd", "phone", 9))
    debrief.next()
    for voter in (1, 2):
        debrief.support(voter, made[3].id)
    debrief.support(3, made[1].id)
    assert debrief.proposal_hands(made[4].id, 2)[0] == {
        "kind": "debrief",
        "action": "proposal_hands",
        "proposal": made[4].id,
        "count": 2,
    }
    assert debrief.proposal_hands(pending.id, 9) == []
    assert debrief.support(4, pending.id) == []
    top = debrief.top_proposals()
    assert [proposal.id for proposal in top] == [made[3].id, made[4].id, made[1].id]
    assert debrief.action_list() == top
    debrief.proposal_hands(made[0].id, 1)  # ties with made[1]: made[0] was proposed first
    assert [p.id for p in debrief.top_proposals(4)] == [made[3].id, made[4].id, made[0].id, made[1].id]
    assert pending not in debrief.top_proposals(10)


def test_solos_action_list_is_every_proposal_of_their_own() -> None:
    debrief = at(solo(), "wins", 0)
    for n in range(4):
        entry(debrief.submit(f"Stap {n}", "facilitator"))
    debrief.next()
    assert debrief.step_name == "list" and debrief.ask_kind is None
    assert [proposal.text for proposal in debrief.action_list()] == [f"Stap {n}" for n in range(4)]
    assert debrief.proposal_hands(1, 3) == []  # no vote in solo play


def test_the_pick_of_a_decision_shows_the_road_not_taken() -> None:
    scenario = lindenhout()
    record = record_of(scenario)
    debrief = Debrief(scenario, record, "group")
    assert debrief.what_if() is None
    chosen = record.choices[2].option
    assert debrief.pick_decision(2)[0]["action"] == "pick"
    options = len(scenario.card(record.choices[2].card).options)
    assert debrief.pick == (2, (chosen + 1) % options)
    result = debrief.what_if()
    assert result is not None and result.index == 2 and result.real_option == chosen
    assert debrief.pick_decision(len(record.choices)) == [] and debrief.pick_decision(0, options) == []
    assert debrief.pick_decision(2) == []  # the same pick again changes nothing


def test_a_record_that_does_not_replay_has_no_what_if() -> None:
    scenario = small()
    record = record_of(scenario)
    debrief = Debrief(scenario, GameRecord(record.seed + 1, record.choices), "group")
    debrief.pick_decision(3)
    assert debrief.what_if() is None


def test_statements_after_go_through_the_board_and_its_log() -> None:
    debrief = group()
    statement = debrief.board.statements[0].id
    assert debrief.statement_score("after", statement, 4, 2)[0]["action"] == "statement"
    assert debrief.statement_hand("after", statement, 2)[0]["counts"] == [0, 1, 0, 0, 0]
    assert debrief.statement_hands("after", statement, (1, 1, 0, 0, 0))[0]["action"] == "hands"
    assert debrief.statement_counts("after", statement) == (1, 1, 0, 1, 0)
    assert debrief.statement_score("after", "no-such", 4, 2) == []
    assert [event["action"] for event in debrief.log[1:]] == ["statement", "hands", "hands"]
    shift = debrief.shifts()[0]
    assert shift.after == (1, 1, 0, 1, 0) and shift.mean_before is None


def test_no_device_id_reaches_an_entry_or_an_event() -> None:
    debrief = group()
    devices = [f"secret-device-{n}-7f3a" for n in range(4)]
    for device in devices:
        debrief.submit("woord", "phone", debrief.voter_number(device))
    assert [debrief.voter_number(device) for device in devices] == [1, 2, 3, 4]
    written = json.dumps(debrief.log) + repr(debrief.entries())
    assert not any(device in written for device in devices)
    assert "secret" not in written


def test_unknown_mode_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        Debrief(small(), record_of(small()), "class")  # type: ignore[arg-type]


def test_a_rejected_text_is_never_approved_after_all() -> None:
    scenario = small()
    debrief = Debrief(scenario, record_of(scenario), "group")
    entry = debrief.submit("niet voor het scherm", "phone", debrief.voter_number("phone-a"))
    assert isinstance(entry, Entry)
    assert debrief.reject(entry.id)
    assert debrief.approve(entry.id) == []
    assert debrief.words() == [] and debrief.entry(entry.id).status == "rejected"  # type: ignore[union-attr]
