"""Which files a configuration's patterns name: ``exclude`` for folder walks, ``per-file-ignores`` for findings.

The patterns are gitignore's, as ``pathspec`` matches them (``drafts/`` a folder
anywhere, ``/drafts/`` the one beside the configuration, ``*.tmp.md`` a name at
any depth, ``wire/**/*.md``, ``!keep.md``), against the path relative to the
configuration file's folder (``Config.root``). A file outside that folder is
named by no pattern. gitignore's rules are a solved problem with corner cases
(anchoring, ``**``, negation, a folder's trailing slash) that a home-made
``fnmatch`` would get subtly wrong, and newsroom developers already know them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.config.model import Config
from factcheck.errors import ConfigError
from factcheck.model import Document, Finding

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

    from factcheck.rules import RuleSpec

__all__ = ["Exclusion", "FileIgnores"]


def _root(config: Config) -> str:
    return os.path.normpath(Path(config.root or os.curdir).absolute())


def _relative(root: str, path: str | Path) -> str | None:
    """``path`` relative to ``root``, with ``/`` separators, or ``None`` when it is not below ``root``."""
    relative = os.path.relpath(path, root)  # both made absolute, against the current folder
    if relative == os.curdir or relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return relative.replace(os.sep, "/")


@dataclass(frozen=True)
class Exclusion:
    """The ``exclude`` and ``extend-exclude`` patterns of a configuration, compiled once per run.

    A folder walk leaves out what they match (a matching folder is not entered, as git does). A path named
    on the command line is read all the same, and a named folder in full, unless ``force`` (as ruff's
    ``--force-exclude``), because naming a file is the plainest way to say it should be checked.
    """

    root: str
    spec: GitIgnoreSpec
    force: bool = False

    @classmethod
    def of(cls, config: Config) -> Exclusion | None:
        """The exclusion of ``config``; ``None`` when it has no pattern (nothing to match, nothing changes)."""
        patterns = [*config.exclude, *config.extend_exclude]
        if not patterns:
            return None
        from pathspec import GitIgnoreSpec  # imported when a configuration has patterns: 14 ms of every start-up

        return cls(_root(config), GitIgnoreSpec.from_lines(patterns), config.force_exclude)

    def matches(self, path: str | Path, *, folder: bool) -> bool:
        """Whether a pattern names ``path`` (a ``folder`` is matched as ``name/``) or a folder above it."""
        relative = _relative(self.root, path)
        return relative is not None and self.spec.match_file(f"{relative}/" if folder else relative)


@dataclass(frozen=True)
class FileIgnores:
    """The ``per-file-ignores`` of a configuration: rule codes by pattern, compiled once per run.

    It travels in the run's ``Plan`` (it pickles, for ``--jobs`` and Dask workers).
    """

    root: str
    table: tuple[tuple[GitIgnoreSpec, frozenset[str]], ...]

    @classmethod
    def of(cls, config: Config, specs: Iterable[RuleSpec]) -> FileIgnores | None:
        """The table of ``config`` for the rules ``specs``; ``None`` when it is empty.

        A selector (code, prefix or name, as ``ignore`` takes) that names no rule is a ``ConfigError``, so
        that a typo never leaves findings reported that the newsroom meant to suppress.
        """
        if not config.per_file_ignores:
            return None
        from pathspec import GitIgnoreSpec

        specs = list(specs)
        table = []
        for pattern, selectors in config.per_file_ignores.items():
            codes: set[str] = set()
            for selector in selectors:
                named = {spec.code for spec in specs if spec.matches(selector)}
                if not named:
                    raise ConfigError(
                        f"per-file-ignores: {pattern!r}: no rule matches {selector!r} (see `factcheck rules`)"
                    )
                codes |= named
            table.append((GitIgnoreSpec.from_lines([pattern]), frozenset(codes)))
        return cls(_root(config), tuple(table))

    def codes(self, path: str | None) -> frozenset[str]:
        """The rules ignored in the document read from ``path`` (none for a document given without one)."""
        relative = _relative(self.root, path) if path is not None else None
        if relative is None:
            return frozenset()
        return frozenset(code for spec, codes in self.table if spec.match_file(relative) for code in codes)

    def apply(self, findings: Iterable[Finding], documents: Mapping[str, Document]) -> list[Finding]:
        """Mark as ``suppressed`` the findings with evidence in a document whose patterns ignore their rule.

        As with a front-matter ``ignore:``, either document of a cross-source finding may ignore it.
        """
        ignored = {doc_id: codes for doc_id, document in documents.items() if (codes := self.codes(document.path))}
        if not ignored:
            return list(findings)
        return [
            finding.model_copy(update={"suppressed": True})
            if not finding.suppressed
            and any(finding.rule in ignored.get(evidence.document, ()) for evidence in finding.evidence)
            else finding
            for finding in findings
        ]
