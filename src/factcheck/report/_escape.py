"""Making article text safe to print: control characters and lone surrogates, shown as escapes.

An article, an id or a file name can hold anything: ESC and BEL (a terminal runs ``ESC [2J`` as "clear the
screen", so a report could rewrite what the reader sees), CR (overwrites the line), NUL, C1 controls such
as NEL (some terminals treat it as a line end) and lone surrogates (UTF-8 cannot encode them: the write
fails). Reports show each of them as a visible escape (``\\x1b``, ``\\x85``, ``\\udc80``), never raw.
"""

from __future__ import annotations

import re

__all__ = ["escape_controls", "json_safe"]

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, keep: str = "\n") -> str:
    """``text`` with each control character and lone surrogate as a backslash escape, except those in ``keep``.

    Tab and newline are legitimate in multi-line output; the caller says which it keeps.
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m[0] if m[0] in keep else _visible(m), text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return "\\ufffd" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"


def json_safe(dumped: str) -> str:
    """JSON text (as ``json.dumps(..., ensure_ascii=False)`` writes it) with DEL, C1, U+2028/9 and surrogates escaped.

    ``json.dumps`` escapes C0 controls itself; DEL and C1 are legal JSON but reach a terminal raw, U+2028 and
    U+2029 are legal too but end a line for many readers (Python's ``splitlines``, JavaScript), which would
    cut a JSON Lines record in two, and a lone
    surrogate cannot be written as UTF-8, so it becomes ``\\ufffd``. Each is an escape inside a string, so
    the JSON stays valid and the other strings are unchanged.
    """
    return _JSON_UNSAFE.sub(_json_escape, dumped) if _JSON_UNSAFE.search(dumped) else dumped
