"""The ``factcheck`` command: argument parsing, wiring and exit codes, nothing else.

``_shared`` holds the group and what every command needs; each module below it
adds its commands to the group when imported.

Exit status of ``check``: 0 no finding at or above ``--fail-on``; 1 at least
one; 2 bad usage, unreadable input (the message names the file and line) or an
internal error (``E005``: a bug met in a rule, a formatter or anywhere else;
``factcheck --debug`` shows its traceback). A crash never exits 1.
"""

from factcheck.cli import check, reference
from factcheck.cli._shared import main

__all__ = ["check", "main", "reference"]
