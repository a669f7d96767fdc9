"""Many templates at once: from a roster of units (csv or xlsx), or the blank set; safe names."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from goalbook.errors import GoalbookError
from goalbook.frameworks import builtin_ids, load_framework
from goalbook.layout import KINDS, ROSTER_COLUMNS
from goalbook.names import inside, safe_name
from goalbook.template import TemplateOptions, write_template


@dataclass(frozen=True, slots=True)
class RosterEntry:
    unit: str
    project: str = ""
    year: int | None = None
    money_unit: str = ""
    kind: str = ""


def read_roster(path: str | Path) -> list[RosterEntry]:
    """Read a roster; the unit column is required, the others are optional."""
    import pandas as pd  # only here: checking returns should not pay for importing pandas

    path = Path(path)
    try:
        if path.suffix.lower() == ".csv":
            try:
                frame = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
            except UnicodeDecodeError:  # Excel in China saves CSV as GBK
                frame = pd.read_csv(path, dtype=str, encoding="gb18030", keep_default_na=False)
        elif path.suffix.lower() in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, dtype=str, engine="calamine", keep_default_na=False)
        else:
            raise GoalbookError(f"{path}: 名单须为 .csv 或 .xlsx 文件 / roster must be csv or xlsx")
    except GoalbookError:
        raise
    except Exception as exc:  # pandas raises many types for a bad file
        raise GoalbookError(f"{path}: 无法读取名单（{exc}）/ cannot read the roster") from exc
    found: dict[str, str] = {}
    for column in frame.columns:
        name = str(column).strip().lower()
        for key, names in ROSTER_COLUMNS.items():
            if name in names and key not in found:
                found[key] = str(column)
    if "unit" not in found:
        raise GoalbookError(
            f"{path}: 名单缺少“单位名称”列（或 unit）/ the roster needs a unit column"
        )
    entries = []
    for number, row in enumerate(frame.to_dict("records"), start=2):
        unit = str(row[found["unit"]]).strip()
        if not unit:
            continue
        year_text = str(row.get(found.get("year", ""), "")).strip()
        year = None
        if year_text:
            try:
                year = int(float(year_text))
            except ValueError:
                raise GoalbookError(f"{path}:{number}: 年度“{year_text}”不是数字") from None
        entries.append(
            RosterEntry(
                unit=unit,
                project=str(row.get(found.get("project", ""), "")).strip(),
                year=year,
                money_unit=str(row.get(found.get("money_unit", ""), "")).strip(),
                kind=str(row.get(found.get("kind", ""), "")).strip(),
            )
        )
    if not entries:
        raise GoalbookError(f"{path}: 名单中没有单位 / the roster lists no unit")
    return entries


def write_roster_templates(
    roster: str | Path, folder: str | Path, base: TemplateOptions, force: bool = False
) -> list[Path]:
    """One pre-filled template per roster row, written into ``folder``."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise GoalbookError(f"{folder}: 使用 --roster 时 -o 须是文件夹 / -o must be a folder")
    entries = read_roster(roster)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GoalbookError(f"{folder}: 无法创建输出文件夹（{exc}）") from exc
    used: set[str] = set()
    written = []
    for entry in entries:
        opts = replace(
            base,
            unit=entry.unit,
            project=entry.project or base.project,
            year=entry.year or base.year,
            money_unit=entry.money_unit or base.money_unit,
            kind=entry.kind or base.kind,
        )
        label = f"{entry.unit}-{entry.project}" if entry.project else entry.unit
        target = inside(folder, safe_name(label, used))
        if target.exists() and not force:
            raise GoalbookError(f"{target}: 已存在；加 --force 覆盖 / exists, use --force")
        written.append(write_template(target, opts))
    return written


def write_blank_set(folder: str | Path, force: bool = False) -> list[Path]:
    """The ready-to-send blanks of ``templates/``: every built-in framework × kind."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for framework_id in builtin_ids():
        framework = load_framework(framework_id)
        for kind in KINDS:
            opts = TemplateOptions(framework=framework, kind=kind)
            target = folder / f"{framework_id}-{kind}.xlsx"
            if target.exists() and not force:
                raise GoalbookError(f"{target}: 已存在；加 --force 覆盖 / exists, use --force")
            written.append(write_template(target, opts))
    return written
