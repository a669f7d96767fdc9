"""The sheets of goalbook's own template: their names, the title and its year, the stamp.

Part of the layout spec (:mod:`goalbook.layout` re-exports every name here): what the template
writer names and stamps, and what the reader looks for to know a goalbook template. It imports
nothing of goalbook, so every module may import it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from goalbook.vocabulary import SPAN_DASH

LISTS_SHEET = "_lists"  # hidden: the dropdown lists
META_SHEET = "_meta"  # hidden: the template stamp
HIDDEN_SHEETS = frozenset((LISTS_SHEET, META_SHEET))


@dataclass(frozen=True, slots=True)
class SheetNames:
    instructions: str
    info: str
    lines: str
    indicators: str
    lists: str = LISTS_SHEET
    meta: str = META_SHEET


def sheet_names(kind: str, lang: str) -> SheetNames:
    if lang == "en":
        lines = "Budget lines" if kind == "project" else "Key tasks"
        return SheetNames("Instructions", "Basic info", lines, "Indicators")
    lines = "预算明细" if kind == "project" else "年度重点任务"
    return SheetNames("填报说明", "基本信息", lines, "绩效指标")


NO_YEAR = "____"  # the title's year before the 预算年度 cell is filled


def title_parts(kind: str, lang: str) -> tuple[str, str]:
    """The title row's text before and after its year: the template's title cell is a formula
    that puts the 预算年度 cell (or :data:`NO_YEAR`) between them."""
    if lang == "en":
        name = "Project" if kind == "project" else "Department"
        return f"{name} expenditure performance goal table (", ")"
    name = "项目支出绩效目标表" if kind == "project" else "部门整体支出绩效目标表"
    return f"{name}（", "年度）"


def form_title(kind: str, lang: str, year: int | None) -> str:
    """The title row; the reader finds its year with :data:`TITLE_YEAR`."""
    before, after = title_parts(kind, lang)
    return f"{before}{year or NO_YEAR}{after}"


# the year in a title: "…（2022年度）"; of a span of years (2026—2028年三年滚动…), the first
# (typed in full-width digits too: ２０２６年度, read as 2026)
TITLE_YEAR = re.compile(rf"([2２][0０]\d{{2}})\s*(?:{SPAN_DASH}\s*[2２][0０]\d{{2}}\s*)?年")
# a year on its own below it, or a bracketed line ending in the budget year (（实施期2026—2028年
# 2026年度）)
YEAR_LINE = re.compile(
    r"^[（(]?\s*(20\d{2})\s*年度?\s*[)）]?$|^[（(][^（）()]{0,24}?(20\d{2})\s*年度\s*[)）]$"
)


def year_of_title(text: str) -> int | None:
    """2022 from "…（2022年度）" or "(2022年度)": of several, a single year said 年度 (实施期
    2026—2028年 2027年度: 2027), else the first (of a span, 2026—2028年度滚动: 2026)."""
    found = list(TITLE_YEAR.finditer(text))
    if len(found) > 1:
        for m in found:
            if m.end() < len(text) and text[m.end()] == "度" and m[0][4:].strip() == "年":
                return int(m[1])
    return int(found[0][1]) if found else None


TEMPLATE_ID_PREFIX = "goalbook."


def template_id(kind: str) -> str:
    return f"{TEMPLATE_ID_PREFIX}{kind}"


@dataclass(frozen=True, slots=True)
class TemplateStamp:
    """What a goalbook template says about itself, so the reader needs no flags.

    The writer stamps it as the hidden ``_meta`` sheet (one key/value row per field, the field
    names being the keys) and as document properties; the reader reads the sheet back with
    :meth:`from_rows`. ``to_rows`` and ``from_rows`` are the only places the keys are spelled.
    """

    template_id: str
    version: int
    framework: str
    kind: str
    year: int | None
    unit: str
    money_unit: str
    lang: str
    generator: str = ""  # "goalbook 0.1.0": the version that wrote the template

    def to_rows(self) -> tuple[tuple[str, str], ...]:
        """(key, text) for each field, in field order; no year is an empty text."""
        return tuple(
            (f.name, "" if (value := getattr(self, f.name)) is None else str(value))
            for f in dataclasses.fields(self)
        )

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str]]) -> TemplateStamp | None:
        """The stamp in (key, text) rows; None when they are not a goalbook stamp."""
        values = dict(rows)
        if not values.get("template_id", "").startswith(TEMPLATE_ID_PREFIX):
            return None
        year = values.get("year", "")
        version = values.get("version", "0")
        return cls(
            template_id=values["template_id"],
            version=int(version) if version.isdecimal() else 0,
            framework=values.get("framework", ""),
            kind=values.get("kind", ""),
            year=int(year) if year.isdecimal() else None,
            unit=values.get("unit", ""),
            money_unit=values.get("money_unit", ""),
            lang=values.get("lang", "zh"),
            generator=values.get("generator", ""),
        )

    def document_properties(self, title: str) -> dict[str, str]:
        """The workbook's standard properties (xlsxwriter ``set_properties`` keys)."""
        return {
            "title": title,
            "subject": self.template_id,
            "author": "goalbook",
            "company": self.unit,
            "keywords": f"goalbook, {self.kind}, {self.framework}",
            "comments": f"goalbook {self.template_id} v{self.version}",
        }

    def custom_properties(self) -> dict[str, str]:
        """The workbook's custom properties: the stamp's rows, each key prefixed goalbook_."""
        return {f"goalbook_{key}": value for key, value in self.to_rows()}

    @property
    def caption(self) -> str:
        """The line under the instructions' title."""
        return f"{self.template_id} v{self.version} · {self.framework} · {self.generator}"
