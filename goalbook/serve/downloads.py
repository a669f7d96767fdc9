"""Files the page hands out: blank templates, and the ``Content-Disposition`` that names a
download safely (an ASCII fallback and the RFC 5987 ``filename*`` for Chinese names)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from urllib.parse import quote

from goalbook.frameworks import Framework
from goalbook.names import safe_name
from goalbook.template import TemplateOptions, write_template

_KIND_WORDS = {"project": ("项目支出", "project"), "department": ("部门整体支出", "department")}
_NOT_TOKEN = re.compile(r"[^A-Za-z0-9._-]+")


def content_disposition(name: str, fallback: str = "") -> str:
    """``attachment`` with ``name`` made safe (no path, no control or quote characters), as an
    ASCII ``filename`` for old clients (``fallback``, or ``name`` without what is not ASCII)
    and a UTF-8 ``filename*`` (RFC 5987/6266)."""
    suffix = Path(name).suffix or ".xlsx"
    safe = safe_name(Path(name).stem, set(), suffix)
    stem = _NOT_TOKEN.sub("_", Path(fallback or safe).stem).strip("_.-")
    ascii_name = f"{stem or 'download'}{_NOT_TOKEN.sub('', suffix)}"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(safe, safe='')}"


def template_name(framework: Framework, kind: str, lang: str, year: int | None) -> str:
    """``2026-绩效目标表-项目支出-nat-2021.xlsx`` / ``2026-goal-table-project-nat-2021.xlsx``."""
    zh, en = _KIND_WORDS[kind if kind in _KIND_WORDS else "project"]
    head = f"{year}-" if year else ""
    if lang == "zh":
        return f"{head}绩效目标表-{zh}-{framework.id}.xlsx"
    return f"{head}goal-table-{en}-{framework.id}.xlsx"


def template_bytes(opts: TemplateOptions, work: Path) -> bytes:
    """A blank template, written in a temporary folder under ``work`` that is removed."""
    with tempfile.TemporaryDirectory(prefix="template-", dir=work) as folder:
        return write_template(Path(folder) / "blank.xlsx", opts).read_bytes()
