"""Number words: the tables the number grammar and the cross-source aligner share."""

from factcheck.lexicon.numbers import CONTEXT_NUMBER_WORDS, ORDINAL_WORDS, ORDINALS, SCALES


def test_the_ordinals_extend_the_counting_ordinals():
    assert all(ORDINALS[word] == value for word, value in ORDINAL_WORDS.items() if value > 0)


def test_the_aligner_skips_number_words_but_not_articles():
    assert {"two", "hundred", "million", "bn", "zero"} <= CONTEXT_NUMBER_WORDS
    assert not {"a", "an", "lakh"} & CONTEXT_NUMBER_WORDS
    assert set(SCALES) - CONTEXT_NUMBER_WORDS == {"lakh", "crore"}
