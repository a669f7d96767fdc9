"""Words and names every output shares: severity and verdict words, safe file names inside a
folder, the summary workbook's name. Imports neither the reader nor the rules."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from goalbook.errors import GoalbookError

SEVERITY_WORDS = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
VERDICTS = {
    "zh": {"return": "退回修改", "review": "请复核", "pass": "通过", "unreadable": "无法读取"},
    "en": {"return": "send back", "review": "review", "pass": "pass", "unreadable": "unreadable"},
}
SUMMARY_NAMES = {"zh": "汇总.xlsx", "en": "summary.xlsx"}

_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def summary_name(lang: str) -> str:
    """The file name of the batch summary workbook."""
    return SUMMARY_NAMES["zh" if lang == "zh" else "en"]


def safe_name(text: str, used: set[str], suffix: str = ".xlsx", limit: int = 80) -> str:
    """A file name made from ``text`` that cannot escape its folder or collide with ``used``."""
    name = unicodedata.normalize("NFKC", text)
    name = _UNSAFE.sub("_", name).strip(" .")
    name = name.replace("..", "_")[:limit] or "unit"
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    candidate, n = name, 1
    while (candidate + suffix).lower() in used:
        n += 1
        candidate = f"{name}-{n}"
    used.add((candidate + suffix).lower())
    return candidate + suffix


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing any name that would land outside ``folder``."""
    target = (folder / name).resolve()
    if target.parent != folder.resolve():
        raise GoalbookError(f"{name}: 文件名会写到输出文件夹之外 / name escapes the output folder")
    return target
