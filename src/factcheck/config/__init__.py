"""Configuration: which file configures a run (``discovery``), what it says (``model``), which files its
patterns name (``patterns``), and what is in force, from where (``settings``, for ``--show-settings``).

Command-line options override the file; ``--config FILE`` names the file and turns discovery off.
"""

from __future__ import annotations

from factcheck.config.discovery import CONFIG_FILES, config_in, discover, find_config, find_pyproject
from factcheck.config.model import Config, FailOn, Loaded, load_config, read_config, resolve_severity
from factcheck.config.patterns import Exclusion, FileIgnores
from factcheck.config.settings import InForce, in_force

__all__ = [
    "CONFIG_FILES",
    "Config",
    "Exclusion",
    "FailOn",
    "FileIgnores",
    "InForce",
    "Loaded",
    "config_in",
    "discover",
    "find_config",
    "find_pyproject",
    "in_force",
    "load_config",
    "read_config",
    "resolve_severity",
]
