"""The statement model: which predication a value fills, and which values of two reports are compared."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.link.compare import statement_pairs
from factcheck.link.entities import EntityIndex
from factcheck.link.predication import Predication, names_agree, predications_of, same_name
from factcheck.link.statements import Linked
from factcheck.model import DateFact, Document, DurationFact, KnowledgeBase, NumberFact


def predications(text: str, published: str = "2024-05-18") -> list[Predication]:
    document = Document(id="x", text=text, published=published)
    return list(predications_of(text, facts_of(document), document.anchor))


def of(text: str, value: str, published: str = "2024-05-18") -> Predication:
    return next(p for p in predications(text, published) if p.fact.text == value)


def test_a_date_belongs_to_the_predicate_of_its_clause():
    text = "The Grey Hand group claimed responsibility Saturday for the bombing of the Varna fish market."
    assert of(text, "Saturday").predicate == "claim"
    assert of("The bombing of the Varna fish market on Friday shocked the town.", "Friday").predicate == "attack"


def test_a_date_before_its_verb_takes_the_verb_after_it():
    assert of("On Sunday, Tomas Reyes met Ilse Brandt in Varna.", "Sunday").predicate == "meeting"


def test_a_schedule_released_on_a_day_dates_the_release():
    text = "The palace released its timetable Friday: Queen Odile will visit Varna."
    assert of(text, "Friday").predicate == "release"


def test_dates_far_from_publication_are_background():
    assert of("The 2019 accord signed by Tomas Reyes still stands.", "2019").background
    assert of("Tomas Reyes visited Lisk two years ago.", "two years ago").background
    assert not of("Tomas Reyes visited Lisk on Friday.", "Friday").background


def test_a_relative_clause_is_about_its_antecedent():
    text = "The men were led away: Jonas Brandt, who was sentenced to eight years, and Marta Osei, who received five."
    assert of(text, "eight years").participants == frozenset({"Jonas", "Brandt"})


def test_a_count_measures_the_noun_after_it():
    count = of("The blast injured 317 people, officials said.", "317")
    assert (count.predicate, count.measured) == ("injure", "people")
    refugees = of("The floods left roughly 36,000 refugees who need shelter.", "36,000")
    assert (refugees.predicate, refugees.measured) == ("flee", "refugees")


def test_a_count_takes_the_participle_that_follows_it():
    assert of("Doctors said 296 people were injured in the blast.", "296").predicate == "injure"


def test_a_compound_length_measures_its_noun():
    visit = of("She began a four-day visit to Lisk.", "four-day")
    assert (visit.predicate, visit.measured) == ("visit", "visit")
    assert isinstance(visit.fact, DurationFact)


def test_a_clock_time_is_on_the_day_its_sentence_names():
    time = of("Friday's explosion at the refinery occurred at about 8:30 a.m., officials said.", "8:30 a.m.")
    assert time.day == "2024-05-17"


def test_names_one_letter_apart_are_one_name():
    assert same_name("Holmgren", "Holmgrenn")
    assert not same_name("Wang", "Yang")  # short names must match exactly
    assert names_agree(frozenset({"Anders", "Holmgren"}), frozenset({"Anders", "Holmgrenn", "Lisk"}), 2)
    assert not names_agree(frozenset({"Tomas", "Jana", "Piet"}), frozenset({"Tomas", "Marek"}), 2)


def linked(text: str, published: str = "2024-05-15", source: str = "a") -> Linked:
    document = Document(id=source, text=text, published=published, source=source)
    return Linked(document, tuple(facts_of(document)), EntityIndex(KnowledgeBase()))


def compared(first: Linked, second: Linked, kind: type) -> set[tuple[str, str, bool]]:
    return {(p.first.fact.text, p.second.fact.text, p.certain) for p in statement_pairs(first, second, kind)}


def test_one_meeting_worded_differently_is_a_probable_pair():
    a = linked("Tomas Reyes and Ilse Brandt met on Tuesday in Varna to settle the dispute.")
    b = linked("Ilse Brandt met Tomas Reyes on Monday in the port city.", source="b")
    assert compared(a, b, DateFact) == {("Tuesday", "Monday", False)}


def test_two_meetings_with_one_shared_participant_are_not_compared():
    a = linked("On Sunday, Tomas Reyes met with Foreign Minister Jana Holt and Defence Minister Piet Oren.")
    b = linked("The envoy Marek Lind met Tomas Reyes on Monday night in Varna.", source="b")
    assert compared(a, b, DateFact) == set()


def test_a_background_date_is_not_compared_with_the_story_day():
    a = linked("Tomas Reyes and Ilse Brandt signed a new port accord on Tuesday in Varna.")
    b = linked("It replaces the 2019 accord signed by Tomas Reyes and Ilse Brandt.", source="b")
    assert compared(a, b, DateFact) == set()


def test_counts_of_one_predication_are_compared():
    # the sentences share most of their words: the same statement, certain
    a = linked("The blast at the Varna refinery injured 317 people, the fire service said.")
    b = linked("Doctors said 296 people were injured in the blast at the Varna refinery.", source="b")
    assert compared(a, b, NumberFact) == {("317", "296", True)}


def test_counts_worded_apart_are_a_probable_pair():
    a = linked("Officials said the Varna bombings killed 61 people.")
    b = linked("Prosecutors cited more than 80 people killed in the Varna bombings and many wounded.", source="b")
    assert compared(a, b, NumberFact) == {("61", "80", False)}


FILLER = [
    "The weather in the region was mild.",
    "Markets were calm.",
    "Officials gave no further details.",
    "The port stayed open.",
]
STORY = [
    "Tomas Reyes and Ilse Brandt met on Tuesday in Varna to settle the dispute.",
    "The blast at the Varna refinery injured 317 people, the fire service said.",
]
OTHER = [
    "Ilse Brandt met Tomas Reyes on Monday in the port city.",
    "Doctors said 296 people were injured in the blast at the Varna refinery.",
]


def _pairs(first: str, second: str) -> set[tuple[str, str]]:
    a, b = linked(first), linked(second, source="b")
    found = set()
    for kind in (DateFact, NumberFact):
        found |= {(p.first.fact.text, p.second.fact.text) for p in statement_pairs(a, b, kind)}
    return found


@settings(max_examples=25, deadline=None)
@given(
    order=st.permutations(range(len(STORY))),
    filler=st.lists(st.sampled_from(FILLER), max_size=3),
    at=st.integers(min_value=0, max_value=2),
)
def test_reordering_and_untouched_sentences_never_change_what_is_compared(order, filler, at):
    expected = _pairs(" ".join(STORY), " ".join(OTHER))
    sentences = [STORY[i] for i in order]
    sentences[at:at] = filler
    assert _pairs(" ".join(sentences), " ".join(OTHER)) == expected
    reversed_pairs = {(b, a) for a, b in _pairs(" ".join(OTHER), " ".join(sentences))}
    assert reversed_pairs == expected


def test_a_range_bound_is_marked_and_an_infinitive_is_not_a_range():
    assert of("The summit meets on Nov. 4-5 in Varna.", "Nov. 4-5", "2025-11-03").in_range
    assert of("Talks run from Dec. 3 to 9 in Lisk.", "Dec. 3 to 9", "2025-11-30").in_range
    assert of("They met Tuesday and Wednesday in Lisk.", "Tuesday", "2025-11-30").in_range
    assert not of("They agreed on Sunday to strengthen ties.", "Sunday", "2025-11-30").in_range
