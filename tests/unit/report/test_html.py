"""``--format html``: one self-contained, well-formed page; every piece of article text escaped."""

import io
from html.parser import HTMLParser

from factcheck.engine import run_check
from factcheck.model import Document, DocumentRef, Evidence, Finding, Report, Severity, ToolInfo
from factcheck.report.html import render

VOID = {"meta", "br", "hr", "img", "link", "input"}


class Tree(HTMLParser):
    """Checks that every element is closed in order, and records tags, ids, links and marks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.marks: list[str] = []
        self.text: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        self.text.append(data)
        if self._in_mark:
            self.marks[-1] += data


def page(checked) -> str:
    out = io.StringIO()
    render(checked.report, out, documents=checked.documents)
    return out.getvalue()


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.stack == []
    return tree


def test_seed_variants_make_a_well_formed_page(seed_variants):
    html = page(seed_variants)
    tree = parse(html)

    assert html.startswith("<!DOCTYPE html>\n")
    assert len(tree.ids) == len(set(tree.ids)), "ids are unique"
    assert sum(1 for tag in tree.tags if tag == "article") == len(seed_variants.report.documents)
    # Each evidence span is highlighted (overlapping spans split into several marks).
    highlighted = "".join(tree.marks)
    spans = {e.text for f in seed_variants.report.findings for e in f.evidence}
    assert tree.marks
    assert all(span in highlighted for span in spans)
    assert all(any(mark in span for span in spans) for mark in tree.marks)
    for href in tree.hrefs:
        assert not href.startswith("#") or href[1:] in tree.ids, f"{href} points nowhere"


def test_self_contained_no_script_no_remote_loads(seed_variants):
    html = page(seed_variants)
    tree = parse(html)

    assert "script" not in tree.tags
    assert "link" not in tree.tags
    assert "Content-Security-Policy" in html
    assert "src=" not in html


def test_everything_is_escaped():
    text = 'Held on Wednesday, Feb. 3, 1998 <script>alert("x")</script> & <b>bold</b>.'
    document = Document(id='a"<b>', text=text, published="1998-02-10", title="<img src=x onerror=alert(1)>")

    html = page(run_check([document]))
    tree = parse(html)

    assert tree.tags.count("script") == tree.tags.count("img") == tree.tags.count("b") == 0
    assert '<script>alert("x")</script>' in "".join(tree.text)
    assert "<img src=x onerror=alert(1)>" in "".join(tree.text)


def test_overlapping_spans_split_into_segments_with_the_worst_colour():
    text = "alpha beta gamma"
    document = Document(id="d", text=text, path="d.md", line=1)

    def finding(start, end, severity, rule):
        return Finding(
            rule=rule,
            name="x",
            severity=severity,
            message="m",
            evidence=[Evidence(document="d", start=start, end=end, text=text[start:end])],
        )

    findings = [finding(0, 10, Severity.INFO, "FC401"), finding(6, 16, Severity.ERROR, "FC101")]
    report = Report(tool=ToolInfo(version="0"), documents=[DocumentRef(id="d", path="d.md")], findings=findings)

    html = render_text(report, {"d": document})
    tree = parse(html)

    assert tree.marks == ["alpha ", "beta", " gamma"]
    assert '<mark class="info"' in html
    assert '<mark class="error" title="FC401 x; FC101 x (#1 #2)">beta</mark>' in html


def render_text(report, documents):
    out = io.StringIO()
    render(report, out, documents=documents)
    return out.getvalue()


def test_cross_source_finding_links_into_both_articles(mixed):
    html = page(mixed)
    tree = parse(html)

    assert tree.marks.count("Saturday") == 1
    cross = [href for href in tree.hrefs if href.startswith("#f")]
    for href in cross:
        assert href[1:] in tree.ids


def test_baselined_and_suppressed_are_labelled(mixed):
    html = page(mixed)

    assert '<span class="badge state">baselined</span>' in html
    assert '<span class="badge state">suppressed</span>' in html
    assert "2 baselined or suppressed" in html


def test_input_errors_are_listed(mixed):
    assert "E001 news/bad.md:4: cannot parse YAML" in "".join(parse(page(mixed)).text)


def test_identical_bytes(seed_variants):
    assert page(seed_variants) == page(seed_variants)


# for editors: outlets, rule help, collapsed clean articles, a per-rule summary with a filter


def _item(html: str, rule: str) -> str:
    """The <li> of the first finding of ``rule``."""
    start = html.index('class="rule" href="#rule-', html.index(f">{rule}</a>") - 200)
    start = html.rindex("<li ", 0, start)
    return html[start : html.index("</ul></li>", start)]


def test_a_cross_source_finding_names_each_side_by_its_outlet(mixed):
    documents = dict(mixed.documents)
    documents["talks"] = documents["talks"].model_copy(update={"source": "Daily Wire"})
    documents["wire"] = documents["wire"].model_copy(update={"source": "Evening Post"})

    html = render_text(mixed.report, documents)
    item = _item(html, "FC301")

    text = "".join(parse(item + "</ul></li>").text)
    assert "Daily Wire says “Wednesday” · Evening Post says “Saturday”" in text
    assert "expected" not in item
    assert "actual" not in item
    assert "expected</dt><dd>Tuesday" in _item(html, "FC101")  # one document: expected and actual stay


def test_without_a_source_the_side_is_the_document_id(mixed):
    text = "".join(parse(page(mixed)).text)
    assert "talks says “Wednesday” · wire says “Saturday”" in text


def test_one_outlet_twice_is_told_apart_by_id(mixed):
    documents = {k: d.model_copy(update={"source": "AFP"}) for k, d in mixed.documents.items()}
    text = "".join(parse(render_text(mixed.report, documents)).text)
    assert "AFP (talks) says “Wednesday” · AFP (wire) says “Saturday”" in text


def test_articles_without_active_findings_are_collapsed(mixed):
    clean = Document(id="calm", text="Nothing happened.", path="news/calm.md")
    report = mixed.report.model_copy(
        update={"documents": [*mixed.report.documents, DocumentRef(id="calm", path="news/calm.md")]}
    )
    html = render_text(report, {**mixed.documents, "calm": clean})

    calm = html[html.index('<article id="doc-4"') : html.index("</article>", html.index('<article id="doc-4"'))]
    assert 'class="collapsed"' in calm
    assert "<details" in calm
    assert "No findings." in calm
    assert "Nothing happened." in calm  # a click away, not gone
    memo = html[html.index('<article id="doc-3"') : html.index("</article>", html.index('<article id="doc-3"'))]
    assert "1 baselined or suppressed finding" in memo
    assert "<details" in memo
    talks = html[html.index('<article id="doc-1"') : html.index("</article>", html.index('<article id="doc-1"'))]
    assert '<details class="article"' not in talks


def test_the_rule_summary_counts_and_explains_each_rule(mixed):
    from factcheck.rules import registry

    html = page(mixed)
    tree = parse(html)
    start = html.index('<section class="rules"')
    section = html[start : html.index("</section>", start)]

    assert [i for i in tree.ids if i.startswith("rule-")] == ["rule-1", "rule-2", "rule-3"]
    assert section.index(">FC101<") < section.index(">FC301<") < section.index(">FC401<")
    assert 'data-count="1">1 (+1 baselined or suppressed)' in section  # FC101: talks active, memo baselined
    assert 'data-count="0">0 (+1 baselined or suppressed)' in section  # FC401: suppressed only
    why = registry.rules["FC101"].doc.split("## Why it matters")[1].split("##")[0].split()[:4]
    assert " ".join(why) in " ".join("".join(parse(section + "</section>").text).split())
    assert "Stays silent when" in section
    assert "https://" in section  # the online page, as a second source


def test_each_finding_links_to_its_rule_help_and_carries_its_rule_for_the_filter(mixed):
    html = page(mixed)
    assert html.count('data-rule="1"') >= 2  # both FC101 findings
    assert '<a class="rule" href="#rule-1"' in html
    for number in (1, 2, 3):
        assert f'body:has(#show-rule-{number}:not(:checked)) [data-rule="{number}"] {{ display: none; }}' in html
        assert f'<input type="checkbox" id="show-rule-{number}" checked>' in html


def test_rule_help_is_escaped_and_empty_for_unknown_rules():
    from factcheck.report._html_rules import help_html

    assert help_html("XX999") == ""
    assert "<code>" in help_html("FC101") or "<p" in help_html("FC101")
