"""What every sheet of a template is written with: the template's options, the writer's state
(workbook, sheet names, stamp), the cell formats and the A4 print setup. The sheets themselves
are written by :mod:`goalbook.template`."""

from __future__ import annotations

from dataclasses import dataclass

from goalbook.errors import GoalbookError
from goalbook.frameworks import Framework
from goalbook.layout import KINDS, LANGS, TEMPLATE_VERSION, TemplateStamp, sheet_names, template_id
from goalbook.version import __version__
from goalbook.vocabulary import MONEY_UNITS
from goalbook.xlsxtypes import Format, Workbook, Worksheet


@dataclass(frozen=True, slots=True)
class TemplateOptions:
    framework: Framework
    kind: str = "project"
    year: int | None = None
    unit: str = ""
    project: str = ""
    money_unit: str = "万元"
    lang: str = "zh"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise GoalbookError(
                f"未知表类型 '{self.kind}'（可用：project, department）/ unknown kind"
            )
        if self.lang not in LANGS:
            raise GoalbookError(f"未知语言 '{self.lang}'（可用：zh, en）/ unknown language")
        if self.money_unit not in MONEY_UNITS:
            raise GoalbookError(f"金额单位只能是 万元 或 元，而不是 '{self.money_unit}'")
        if self.year is not None and not 2000 <= self.year <= 2100:
            raise GoalbookError(f"年度 {self.year} 不在 2000–2100 之间 / year out of range")


class SheetWriter:
    """The state every sheet writer shares and the settings every sheet is written with."""

    def __init__(self, wb: Workbook, opts: TemplateOptions) -> None:
        self.wb = wb
        self.opts = opts
        self.zh = opts.lang == "zh"
        self.names = sheet_names(opts.kind, opts.lang)
        self.fmt = self._formats()
        self.stamp = TemplateStamp(
            template_id=template_id(opts.kind),
            version=TEMPLATE_VERSION,
            framework=opts.framework.id,
            kind=opts.kind,
            year=opts.year,
            unit=opts.unit,
            money_unit=opts.money_unit,
            lang=opts.lang,
            generator=f"goalbook {__version__}",
        )
        self.field_cells: dict[str, str] = {}  # field key → absolute A1 of its value cell

    def _formats(self) -> dict[str, Format]:
        add = self.wb.add_format
        border = {"border": 1, "valign": "vcenter", "text_wrap": True}
        unlocked = {**border, "locked": False}
        return {
            "title": add({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"}),
            "sub": add({"italic": True, "font_color": "#595959"}),
            "header": add({**border, "bold": True, "bg_color": "#D9E1F2", "align": "center"}),
            "label": add({**border, "bold": True, "bg_color": "#F2F2F2"}),
            "group": add({**border, "bold": True, "bg_color": "#BDD7EE"}),
            "hint": add({**border, "font_color": "#7F7F7F", "font_size": 9, "bg_color": "#F2F2F2"}),
            "text": add(unlocked),
            "int": add({**unlocked, "num_format": "0"}),
            "date": add({**unlocked, "num_format": "yyyy-mm-dd"}),
            "money": add({**unlocked, "num_format": "#,##0.00"}),
            "total": add({**border, "bold": True, "num_format": "#,##0.00", "bg_color": "#F2F2F2"}),
            "para": add({"text_wrap": True, "valign": "top"}),
            "number": add({"bold": True, "align": "center", "valign": "top"}),
            "bad": add({"bg_color": "#FFC7CE", "font_color": "#9C0006"}),
        }

    def _print_setup(self, ws: Worksheet, landscape: bool, repeat: int | None) -> None:
        ws.set_paper(9)  # A4
        if landscape:
            ws.set_landscape()
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        ws.fit_to_pages(1, 0)
        ws.center_horizontally()
        ws.set_footer("&C第 &P 页，共 &N 页" if self.zh else "&CPage &P of &N")
        if repeat is not None:
            ws.repeat_rows(0, repeat)
