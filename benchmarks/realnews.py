"""Precision on real news: run ``check`` on a corpus and score its findings against a judgement file.

    python benchmarks/realnews.py ../shared/corpora/duc2004/docs.jsonl --judged benchmarks/data/judged/duc2004.yaml
    python benchmarks/realnews.py ../shared/corpora/silver-dev/silver-dev.docs.jsonl \\
        --judged benchmarks/data/judged/silver-dev.yaml

A judgement file holds no corpus text: each judged finding by its fingerprint, with a verdict (``true``: a
person must fix it; ``false``: a false alarm) and a short reason in our own words, and optionally the real
disagreements known to be in the corpus, by the documents they are in and the rule family that should report
them. The script prints, per rule and severity: findings, judged, precision among the judged, not yet judged,
and findings per 100 articles; then the totals the acceptance of issue 13 reads (precision of ``error``,
``error`` per 100 articles, precision of error + warning) and which known disagreements were reported.
``--unjudged FILE`` writes the error and warning findings not yet judged (fingerprint, rule, evidence and
message, with a few words around each span) to read and judge; that file holds corpus text, so keep it
outside the repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Judgement:
    verdict: bool
    reason: str


@dataclass(frozen=True)
class Known:
    """A real disagreement in the corpus: reported when a finding of ``rule`` (a code or prefix) has evidence
    in every one of ``documents``."""

    documents: tuple[str, ...]
    rule: str
    what: str


def load_judgements(path: Path) -> tuple[dict[str, Judgement], list[Known]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    judged = {
        str(fingerprint): Judgement(bool(entry["verdict"]), str(entry.get("reason", "")))
        for fingerprint, entry in (data.get("judgements") or {}).items()
    }
    known = [Known(tuple(k["documents"]), str(k["rule"]), str(k["what"])) for k in data.get("known") or []]
    return judged, known


def run_check(corpus: Path, kbs: list[str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        kb_args = [arg for kb in kbs for arg in ("--kb", kb)]
        command = [
            "factcheck",
            "check",
            str(corpus),
            *kb_args,
            "--format",
            "json",
            "--fail-on",
            "never",
            "-o",
            str(out),
        ]
        subprocess.run(command, check=True)
        report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def _lookup(judged: dict[str, Judgement], fingerprint: str) -> Judgement | None:
    """A judgement by full fingerprint, or by a unique prefix of at least eight characters."""
    if fingerprint in judged:
        return judged[fingerprint]
    matches = [j for key, j in judged.items() if len(key) >= 8 and fingerprint.startswith(key)]
    return matches[0] if len(matches) == 1 else None


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "n/a"


def score(report: dict[str, Any], judged: dict[str, Judgement], known: list[Known]) -> tuple[list[str], dict[str, Any]]:
    articles = len(report["documents"])
    rows: Counter[tuple[str, str, str]] = Counter()
    for finding in report["findings"]:
        judgement = _lookup(judged, finding["fingerprint"])
        state = "unjudged" if judgement is None else ("true" if judgement.verdict else "false")
        rows[(finding["rule"], finding["severity"], state)] += 1
    lines = [f"{articles} articles", "rule    severity  findings  judged  precision  unjudged  per-100"]
    for rule, severity in sorted({(r, s) for r, s, _ in rows}, key=lambda k: (k[0], SEVERITIES.index(k[1]))):
        true, false, unjudged = (rows[(rule, severity, state)] for state in ("true", "false", "unjudged"))
        total = true + false + unjudged
        lines.append(
            f"{rule:<7} {severity:<9} {total:>8}  {true + false:>6}  {_ratio(true, true + false):>9}  {unjudged:>8}"
            f"  {100 * total / articles:>7.2f}"
        )

    def totals(severities: tuple[str, ...]) -> tuple[int, int, int]:
        picked = [(state, n) for (_, s, state), n in rows.items() if s in severities]
        return (
            sum(n for state, n in picked if state == "true"),
            sum(n for state, n in picked if state == "false"),
            sum(n for state, n in picked if state == "unjudged"),
        )

    e_true, e_false, e_unjudged = totals(("error",))
    w_true, w_false, w_unjudged = totals(("error", "warning"))
    summary = {
        "articles": articles,
        "errors": e_true + e_false + e_unjudged,
        "error_precision": e_true / (e_true + e_false) if e_true + e_false else None,
        "errors_per_100": 100 * (e_true + e_false + e_unjudged) / articles if articles else 0.0,
        "error_warning_precision": w_true / (w_true + w_false) if w_true + w_false else None,
        "unjudged": w_unjudged,
    }
    lines.append(
        f"error: {summary['errors']} findings, precision {_ratio(e_true, e_true + e_false)}, "
        f"{summary['errors_per_100']:.2f} per 100 articles; error + warning: precision "
        f"{_ratio(w_true, w_true + w_false)}; not yet judged (error + warning): {w_unjudged}"
    )
    for disagreement in known:
        reported = any(
            finding["rule"].startswith(disagreement.rule)
            and finding["severity"] in ("error", "warning")
            and set(disagreement.documents) <= {e["document"] for e in finding["evidence"]}
            for finding in report["findings"]
        )
        lines.append(f"known disagreement {'REPORTED' if reported else 'missed  '}: {disagreement.what}")
    return lines, summary


def write_unjudged(report: dict[str, Any], judged: dict[str, Judgement], corpus: Path, out: Path) -> int:
    texts = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record["text"]
    entries = []
    for finding in report["findings"]:
        if finding["severity"] == "info" or _lookup(judged, finding["fingerprint"]) is not None:
            continue
        spans = []
        for evidence in finding["evidence"]:
            text = texts.get(evidence["document"], "")
            before = text[max(0, evidence["start"] - 160) : evidence["start"]].replace("\n", " ")
            after = text[evidence["end"] : evidence["end"] + 120].replace("\n", " ")
            spans.append(f"{evidence['document']}: …{before}[[{evidence['text']}]]{after}…")
        entries.append(
            {"fingerprint": finding["fingerprint"], "rule": finding["rule"], "severity": finding["severity"],
             "message": finding["message"], "evidence": spans}
        )  # fmt: skip
    out.write_text(json.dumps(entries, indent=2, ensure_ascii=False), encoding="utf-8")
    return len(entries)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines documents")
    parser.add_argument("--judged", type=Path, required=True, help="the judgement file (YAML)")
    parser.add_argument("--kb", action="append", default=[], help="a knowledge base for check (repeatable)")
    parser.add_argument("--unjudged", type=Path, help="write the error and warning findings not yet judged here")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON after the table")
    args = parser.parse_args()
    judged, known = load_judgements(args.judged)
    report = run_check(args.corpus, args.kb)
    lines, summary = score(report, judged, known)
    print("\n".join(lines))
    if args.unjudged:
        count = write_unjudged(report, judged, args.corpus, args.unjudged)
        print(f"{count} unjudged error/warning findings written to {args.unjudged}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
