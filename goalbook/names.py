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
# "accepted": every error and warning accepted by a reviewer
VERDICTS = {
    "zh": {"return": "退回修改", "review": "请复核", "pass": "通过", "unreadable": "无法读取",
           "accepted": "已接受"},
    "en": {"return": "send back", "review": "review", "pass": "pass", "unreadable": "unreadable",
           "accepted": "accepted"},
}  # fmt: skip
SUMMARY_NAMES = {"zh": "汇总.xlsx", "en": "summary.xlsx"}

NAME_MAX_BYTES = 255  # a file name, in bytes of its encoding, on ext4, APFS, NTFS (UTF-16 units)
TEMP_ROOM = 40  # bytes a writer adds for its temporary name (".{name}.{pid}.tmp" and a run id)
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def summary_name(lang: str) -> str:
    """The file name of the batch summary workbook."""
    return SUMMARY_NAMES["zh" if lang == "zh" else "en"]


def safe_name(text: str, used: set[str], suffix: str = ".xlsx") -> str:
    """A file name made from ``text`` that cannot escape its folder or collide with ``used``,
    and short enough in bytes (with a collision number and a writer's temporary name around
    it) for any file system: cut at a character boundary, never in the middle of one."""
    name = unicodedata.normalize("NFKC", text)
    name = _UNSAFE.sub("_", name)
    name = _SURROGATE.sub("_", name).strip(" .")  # the undecodable bytes of an odd input name
    room = NAME_MAX_BYTES - TEMP_ROOM - _units(suffix) - len("-99999")
    name = _cut(name.replace("..", "_"), room).strip(" .") or "unit"
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    candidate, n = name, 1
    while (candidate + suffix).lower() in used:
        n += 1
        candidate = f"{name}-{n}"
    used.add((candidate + suffix).lower())
    return candidate + suffix


def _units(text: str) -> int:
    """The length that counts against a file system's limit: UTF-8 bytes (ext4, APFS), which
    are never fewer than the UTF-16 units of NTFS."""
    return len(text.encode("utf-8"))


def _cut(text: str, limit: int) -> str:
    """The longest start of ``text`` of at most ``limit`` UTF-8 bytes."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing any name that would land outside ``folder``."""
    target = (folder / name).resolve()
    if target.parent != folder.resolve():
        raise GoalbookError(f"{name}: 文件名会写到输出文件夹之外 / name escapes the output folder")
    return target
