"""goalbook: templates and checks for budget performance goal tables (绩效目标表).

The public API. Names are loaded from their modules on first use, so ``import goalbook`` (and
with it every command) stays light: a plain check never loads pandas, openpyxl or xlsxwriter.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from goalbook.version import __version__

if TYPE_CHECKING:
    from goalbook.batch import check_paths
    from goalbook.catalogue import RULES
    from goalbook.check import CheckOptions, check_file
    from goalbook.export import export_frame, write_export
    from goalbook.findings import FileResult, Finding, Severity
    from goalbook.frameworks import list_frameworks, load_framework
    from goalbook.reader import read_table, read_tables
    from goalbook.season import Roster, roster_status
    from goalbook.template import TemplateOptions, write_template

_HOMES = {
    "TemplateOptions": "goalbook.template",
    "write_template": "goalbook.template",
    "load_framework": "goalbook.frameworks",
    "list_frameworks": "goalbook.frameworks",
    "read_table": "goalbook.reader",
    "read_tables": "goalbook.reader",
    "CheckOptions": "goalbook.check",
    "check_file": "goalbook.check",
    "check_paths": "goalbook.batch",
    "FileResult": "goalbook.findings",
    "Finding": "goalbook.findings",
    "Severity": "goalbook.findings",
    "RULES": "goalbook.catalogue",
    "export_frame": "goalbook.export",
    "write_export": "goalbook.export",
    "Roster": "goalbook.season",
    "roster_status": "goalbook.season",
}

__all__ = [
    "RULES",
    "CheckOptions",
    "FileResult",
    "Finding",
    "Roster",
    "Severity",
    "TemplateOptions",
    "__version__",
    "check_file",
    "check_paths",
    "export_frame",
    "list_frameworks",
    "load_framework",
    "read_table",
    "read_tables",
    "roster_status",
    "write_export",
    "write_template",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'goalbook' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
