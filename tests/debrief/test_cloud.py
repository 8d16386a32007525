"""The word cloud's counting: one entry per word whatever its capitals or composition, with a size rank."""

from __future__ import annotations

from game.debrief.cloud import Weight, word_weights


def test_words_are_counted_case_folded_and_shown_in_their_most_common_spelling() -> None:
    weights = word_weights(["vertrouwen", "Vertrouwen", "Vertrouwen", "VERTROUWEN", "snel"])
    assert weights[0] == Weight("Vertrouwen", 4, 4)
    assert weights[1] == Weight("snel", 1, 0)
    assert len(weights) == 2


def test_composed_and_decomposed_letters_are_one_word() -> None:
    composed, decomposed = "e\u0301\u00e9n", "e\u0301e\u0301n"  # 'één' half and wholly decomposed
    weights = word_weights(["\u00e9\u00e9n", composed, decomposed])
    assert weights == [Weight("\u00e9\u00e9n", 3, 0)]


def test_sorted_by_count_then_by_first_said() -> None:
    words = ["open", "eerlijk", "snel", "eerlijk", "samen", "snel", "open", "open"]
    assert [weight.word for weight in word_weights(words)] == ["open", "eerlijk", "snel", "samen"]


def test_a_tie_in_spelling_shows_the_spelling_seen_first() -> None:
    assert word_weights(["Burger", "burger"])[0].word == "Burger"
    assert word_weights(["burger", "Burger"])[0].word == "burger"


def test_ranks_run_from_the_least_to_the_most_said() -> None:
    words = ["a"] * 9 + ["b"] * 7 + ["c"] * 5 + ["d"] * 3 + ["e"]
    assert [weight.rank for weight in word_weights(words)] == [4, 3, 2, 1, 0]
    assert {weight.rank for weight in word_weights(["x"] * 2 + ["y"] * 100)} == {0, 4}


def test_equal_counts_all_have_the_smallest_rank() -> None:
    assert [weight.rank for weight in word_weights(["een", "twee", "drie"])] == [0, 0, 0]
    assert word_weights(["alleen"]) == [Weight("alleen", 1, 0)]


def test_empty_words_are_left_out_and_spaces_around_a_word_do_not_count() -> None:
    assert word_weights([]) == []
    assert word_weights(["", "  ", " samen ", "samen"]) == [Weight("samen", 2, 0)]
