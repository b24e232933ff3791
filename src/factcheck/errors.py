"""The exceptions factcheck raises.

::

    FactcheckError
     ├── InputError        a document or KB file cannot be read (path, line)
     ├── ConfigError       bad configuration or command-line options
     ├── RuleError         a rule is declared wrongly (caught at registration)
     └── InternalError     a bug met while checking a document or writing a report

Each carries a short code (after spaCy's ``E001``) so that a user can search
for it, and its message says what went wrong, where, and what to do.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ConfigError", "FactcheckError", "InputError", "InternalError", "RuleError"]


class FactcheckError(Exception):
    """Base class of every error factcheck raises on purpose."""

    code = "E000"


class InputError(FactcheckError):
    """A file, line or record of input cannot be read.

    ``path`` and ``line`` (1-based, when known) point at the problem.
    """

    code = "E001"

    def __init__(self, path: str | Path | None, detail: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.detail = detail
        super().__init__(self.describe())

    @property
    def location(self) -> str:
        """``path:line``, ``path`` or ``<input>``."""
        where = self.path or "<input>"
        return f"{where}:{self.line}" if self.line is not None else where

    def describe(self) -> str:
        return f"{self.code} {self.location}: {self.detail}"


class ConfigError(FactcheckError):
    """The configuration or the command line asks for something impossible."""

    code = "E002"


class RuleError(FactcheckError):
    """A rule's declaration breaks the registry's conventions."""

    code = "E003"


class InternalError(FactcheckError):
    """A bug in factcheck, a rule or a formatter, met while checking a document or writing a report.

    It costs the document or the output it was met in, never the run: the report names the document (or
    the format), the run exits 2, and ``factcheck --debug`` prints the traceback.
    """

    code = "E005"
