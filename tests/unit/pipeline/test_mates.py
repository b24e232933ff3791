"""The gate's inputs: staged articles with the other reports of their stories; its verdict: their findings."""

from pathlib import Path

from factcheck import InputError
from factcheck.model import Evidence, Finding, ReadError, Report, Severity, ToolInfo
from factcheck.pipeline.mates import story_mates


def article(path: Path, body: str, **front: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "".join(f"{key}: {value}\n" for key, value in {"id": path.stem, **front}.items())
    path.write_text(f"---\n{header}---\n{body}\n", encoding="utf-8")
    return path


LEAD = "Lakeside Ferries and the Pell Island Authority said the Harbour Board met on Monday."


def test_the_articles_of_a_staged_articles_story_are_its_mates(tmp_path):
    staged = article(tmp_path / "news/courier.md", "A ferry ran aground.", story="ferry", source="Valley Courier")
    article(tmp_path / "news/ledger.md", "A ferry ran aground.", story="ferry", source="Lakeside Ledger")
    article(tmp_path / "older/ledger.md", "A bridge closed.", id="bridge", story="bridge")
    article(tmp_path / "news/loose.md", "Nothing to compare.")

    gate = story_mates([staged], tmp_path)

    assert [d.id for d in gate.documents] == ["courier", "ledger"]
    assert gate.staged == {"courier"}
    assert gate.mates == 1
    assert gate.mate_paths == {str(tmp_path / "news/ledger.md")}
    assert gate.errors == ()


def test_a_story_without_a_name_is_found_as_check_finds_it(tmp_path):
    """No ``story:``: an outlet, a day and three lead names shared make one story, as in a run over everything."""
    staged = article(tmp_path / "a.md", LEAD, published="2026-03-02", source="Valley Courier")
    article(tmp_path / "b.md", LEAD, published="2026-03-03", source="Lakeside Ledger")
    article(tmp_path / "c.md", LEAD, published="2025-01-10", source="Lakeside Ledger")  # a year apart

    gate = story_mates([staged], tmp_path)

    assert [d.id for d in gate.documents] == ["a", "b"]


def test_mates_of_several_staged_articles_in_the_folder_walks_order(tmp_path):
    first = article(tmp_path / "z/first.md", "x", story="one")
    second = article(tmp_path / "a/second.md", "x", story="two")
    article(tmp_path / "m/one.md", "x", id="one-mate", story="one")
    article(tmp_path / "b/two.md", "x", id="two-mate", story="two")

    gate = story_mates([first, second], tmp_path)

    assert [d.id for d in gate.documents] == ["second", "two-mate", "one-mate", "first"]
    assert gate.staged == {"first", "second"}


def test_a_json_lines_story_field(tmp_path):
    staged = article(tmp_path / "news/courier.md", "x", story="ferry")
    wire = tmp_path / "wire.jsonl"
    wire.write_text(
        '{"id": "w1", "text": "x", "story": "ferry"}\n{"id": "w2", "text": "x", "story": "other"}\n',
        encoding="utf-8",
    )

    gate = story_mates([staged], tmp_path)

    assert [d.id for d in gate.documents] == ["courier", "w1"]
    assert gate.errors == ()


def test_other_file_types_among_the_staged_are_left_out(tmp_path):
    staged = article(tmp_path / "news/courier.md", "x", story="ferry")
    (tmp_path / "news/photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text")
    (tmp_path / "news/case.yaml").write_text("why: a case\nexpect: []\n", encoding="utf-8")

    gate = story_mates([staged, tmp_path / "news/photo.jpg", tmp_path / "news/case.yaml"], tmp_path)

    assert [d.id for d in gate.documents] == ["courier"]
    assert gate.errors == ()


def test_a_staged_file_that_cannot_be_read_is_an_error_a_mate_is_left_out(tmp_path):
    bad = tmp_path / "news/bad.md"
    bad.parent.mkdir()
    bad.write_text("---\nid: [unclosed\n---\ntext\n", encoding="utf-8")
    staged = article(tmp_path / "news/courier.md", "x", story="ferry")
    (tmp_path / "news/broken.md").write_text("---\nid: [unclosed\n---\ntext\n", encoding="utf-8")

    gate = story_mates([bad, staged], tmp_path)

    assert [d.id for d in gate.documents] == ["courier"]
    [error] = gate.errors
    assert error.path == str(bad)


def test_a_mate_with_a_staged_articles_id_is_an_error_and_left_out(tmp_path):
    staged = article(tmp_path / "news/courier.md", "x", story="ferry")
    article(tmp_path / "old/courier.md", "y", story="ferry")

    gate = story_mates([staged], tmp_path)

    assert [d.id for d in gate.documents] == ["courier"]
    [error] = gate.errors
    assert isinstance(error, InputError)
    assert error.path == str(staged)
    assert "duplicate document id 'courier'" in error.detail


def finding(*documents: str) -> Finding:
    evidence = [Evidence(document=doc, start=0, end=1, text="x") for doc in documents]
    return Finding(rule="FC304", name="count-conflict", severity=Severity.ERROR, message="m", evidence=evidence)


def test_restrict_keeps_what_involves_a_staged_article(tmp_path):
    staged = article(tmp_path / "a.md", "x", story="s")
    mate = article(tmp_path / "b.md", "x", story="s")
    article(tmp_path / "c.md", "x", story="s")
    gate = story_mates([staged], tmp_path)
    report = Report(
        tool=ToolInfo(version="0"),
        documents=[{"id": "a"}, {"id": "b"}, {"id": "c"}],
        findings=[finding("a"), finding("b", "a"), finding("b", "c"), finding("b")],
        errors=[
            ReadError(path=str(mate), message="an ignore that names no rule"),
            ReadError(path=str(mate), code="E005", message="a rule crashed on the story"),
            ReadError(path=str(staged), message="an ignore that names no rule"),
        ],
    )

    restricted = gate.restrict(report)

    assert [ref.id for ref in restricted.documents] == ["a"]
    # the staged article's span first: the finding is listed, located and annotated in the staged article
    assert [[e.document for e in f.evidence] for f in restricted.findings] == [["a"], ["a", "b"]]
    assert restricted.findings[1].fingerprint == report.findings[1].fingerprint  # a baseline still matches
    assert [(e.path, e.code) for e in restricted.errors] == [(str(mate), "E005"), (str(staged), "E001")]


def test_admit_is_restrict_for_a_stream(tmp_path):
    staged = article(tmp_path / "a.md", "x", story="s")
    mate = article(tmp_path / "b.md", "x", story="s")
    gate = story_mates([staged], tmp_path)

    assert gate.admit(finding("b")) is None
    assert [e.document for e in gate.admit(finding("b", "a")).evidence] == ["a", "b"]
    assert gate.admit(ReadError(path=str(mate), message="an ignore that names no rule")) is None
    kept = ReadError(path=str(staged), message="an ignore that names no rule")
    assert gate.admit(kept) is kept
