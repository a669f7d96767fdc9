"""Write goalbook templates with xlsxwriter: deterministic bytes for the same options.

The sheets are written here; their options, shared state, formats and print setup are
:mod:`goalbook.templatebase` (``TemplateOptions`` is re-exported: it is this module's API)."""

from __future__ import annotations

import datetime as dt
import math
import os
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException

from goalbook.errors import GoalbookError
from goalbook.instructions import field_hint, instructions
from goalbook.layout import (
    FIELDS,
    FIRST_DATA_ROW,
    GROUP_TITLES,
    INDICATOR_COLUMNS,
    INDICATOR_ROWS,
    INFO_VALUE_COLUMN,
    LINE_COLUMNS,
    LINE_ROWS,
    LINES_ADD_UP_TO,
    NO_YEAR,
    PROJECT_ATTRIBUTES,
    SUMS,
    YES_NO,
    FieldType,
    form_title,
    title_parts,
)
from goalbook.model import col_letter
from goalbook.sheetrows import text_width
from goalbook.templatebase import SheetWriter
from goalbook.templatebase import TemplateOptions as TemplateOptions
from goalbook.vocabulary import (
    DIRECTIONS,
    OPERATORS,
    TOTAL_LABEL,
    UNITS,
    money_unit_words,
)
from goalbook.xlsxtypes import Workbook, Worksheet

_CREATED = dt.datetime(2024, 1, 1)  # fixed so that the same options give the same bytes
_FONT = "宋体"


def write_template(dest: str | Path, opts: TemplateOptions) -> Path:
    """Write one template to ``dest`` atomically (temporary name, then rename)."""
    dest = Path(dest)
    if dest.is_dir():
        raise GoalbookError(f"{dest}: 是一个文件夹，请给出 .xlsx 文件名 / is a folder")
    if dest.suffix.lower() != ".xlsx":
        raise GoalbookError(f"{dest}: 模板文件名须以 .xlsx 结尾 / the name must end in .xlsx")
    if not dest.parent.is_dir():
        raise GoalbookError(f"{dest}: 输出文件夹 {dest.parent} 不存在 / the folder does not exist")
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        wb: Workbook = xlsxwriter.Workbook(
            str(tmp), {"default_format_properties": {"font_name": _FONT, "font_size": 11}}
        )
        _Writer(wb, opts).write()
        wb.close()
        os.replace(tmp, dest)
    except (OSError, XlsxWriterException) as exc:
        tmp.unlink(missing_ok=True)
        raise GoalbookError(
            f"{dest}: 无法写入（{exc}）/ cannot write; 请检查文件夹是否存在且可写"
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


_INSTRUCTION_WIDTH = 100  # the instructions' text column, in widths of "0"


def _check(ret: int | None, what: str) -> None:
    """xlsxwriter reports some failures by return code, not by exception."""
    if ret not in (0, None):
        raise RuntimeError(f"xlsxwriter refused {what} (code {ret})")


class _Writer(SheetWriter):
    def write(self) -> None:
        opts = self.opts
        title = form_title(opts.kind, opts.lang, opts.year)
        self.wb.set_properties({**self.stamp.document_properties(title), "created": _CREATED})
        for key, value in self.stamp.custom_properties().items():
            self.wb.set_custom_property(key, value)
        self._instructions()
        self._info(title)
        self._lines()
        self._indicators()
        self._lists()
        self._meta_sheet()

    def _instructions(self) -> None:
        ws = self.wb.add_worksheet(self.names.instructions)
        ws.set_column(0, 0, 6)
        ws.set_column(1, 1, _INSTRUCTION_WIDTH)
        ws.merge_range(0, 0, 0, 1, self.names.instructions, self.fmt["title"])
        ws.set_row(0, 30)
        fw = self.opts.framework
        row = 1  # the stamp is on the hidden sheet and in the properties, not on this page
        lines = instructions(self.opts.kind, self.opts.lang, fw, self.opts.money_unit)
        for number, text in enumerate(lines, start=1):
            ws.write_number(row, 0, number, self.fmt["number"])
            ws.write_string(row, 1, text, self.fmt["para"])
            ws.set_row(row, 32)
            row += 1
        row += 1
        ws.write_string(row, 0, "", self.fmt["header"])
        ws.write_string(row, 1, fw.name if self.zh else fw.name_en, self.fmt["header"])
        for t1 in fw.tier1:
            row += 1
            t2s = "、".join(t.name for t in t1.tier2)
            text = f"{t1.name}：{t2s}" if self.zh else f"{t1.name} ({t1.en}): {t2s}"
            ws.write_string(row, 1, text, self.fmt["para"])
            if (wrapped := math.ceil(text_width([text]) / _INSTRUCTION_WIDTH)) > 1:
                ws.set_row(row, 16 * wrapped)  # a long list of tier-2s wraps: room for its lines
        _check(ws.print_area(0, 0, row, 1), "print area")
        self._print_setup(ws, landscape=False, repeat=None)
        ws.protect("", {"select_locked_cells": True})

    def _info(self, title: str) -> None:
        opts, fmt = self.opts, self.fmt
        ws = self.wb.add_worksheet(self.names.info)
        fields = [f for f in FIELDS[opts.kind] if f.written]
        labels = [f.label(opts.lang, opts.money_unit) for f in fields]
        ws.set_column(0, 0, text_width(labels, 20))
        ws.set_column(1, 1, 48)
        ws.set_column(2, 2, text_width((self._hint(f.type) for f in fields), 20))
        ws.merge_range(0, 0, 0, 1, "", fmt["title"])
        ws.set_row(0, 30)
        money = money_unit_words(opts.money_unit, opts.lang)
        unit_note = f"金额单位：{money}" if self.zh else f"Money in {money}"
        ws.write_string(1, 0, unit_note, fmt["sub"])
        row, group = 2, ""
        prefill = {"unit": opts.unit, "project": opts.project}
        for field in fields:
            if field.group != group:
                group = field.group
                ws.merge_range(
                    row, 0, row, 1, GROUP_TITLES[group][0 if self.zh else 1], fmt["group"]
                )
                row += 1
            ws.write_string(row, 0, field.label(opts.lang, opts.money_unit), fmt["label"])
            self._field_cell(ws, row, field.type, field.key, field.choices, prefill)
            ws.write_string(row, 2, self._hint(field.type), fmt["hint"])
            _check(ws.set_row(row, 60 if field.type is FieldType.LONGTEXT else 20), "row")
            self.field_cells[field.key] = f"$B${row + 1}"
            self.wb.define_name(f"f_{field.key}", f"='{ws.name}'!$B${row + 1}")
            row += 1
        self._title(ws, title)
        self._info_checks(ws)
        # the grey hints are for the screen, not the printed form
        _check(ws.print_area(0, 0, row - 1, INFO_VALUE_COLUMN - 1), "print area")
        self._print_setup(ws, landscape=False, repeat=None)
        ws.protect("", {"format_columns": True, "format_rows": True})
        ws.activate()

    def _title(self, ws: Worksheet, title: str) -> None:
        """The title follows the 预算年度 cell: a formula, its value stored for readers that do
        not calculate."""
        before, after = title_parts(self.opts.kind, self.opts.lang)
        year = self.field_cells["year"]
        formula = f'="{before}"&IF({year}="","{NO_YEAR}",{year})&"{after}"'
        ws.write_formula(0, 0, formula, self.fmt["title"], title)

    def _field_cell(
        self,
        ws: Worksheet,
        row: int,
        ftype: FieldType,
        key: str,
        choices: tuple[str, ...],
        prefill: dict[str, str],
    ) -> None:
        fmt = self.fmt
        if ftype is FieldType.YEAR:
            if self.opts.year:
                ws.write_number(row, 1, self.opts.year, fmt["int"])
            else:
                ws.write_blank(row, 1, None, fmt["int"])
            rule = {"validate": "integer", "criteria": "between", "minimum": 2000, "maximum": 2100}
        elif ftype is FieldType.INT:
            ws.write_blank(row, 1, None, fmt["int"])
            rule = {"validate": "integer", "criteria": "between", "minimum": 1, "maximum": 50}
        elif ftype is FieldType.DATE:
            ws.write_blank(row, 1, None, fmt["date"])
            rule = {
                "validate": "date",
                "criteria": "between",
                "minimum": dt.date(2000, 1, 1),
                "maximum": dt.date(2100, 12, 31),
            }
        elif ftype is FieldType.MONEY:
            ws.write_blank(row, 1, None, fmt["money"])
            rule = {"validate": "decimal", "criteria": ">=", "value": 0}
        elif ftype is FieldType.CHOICE:
            ws.write_blank(row, 1, None, fmt["text"])
            rule = {"validate": "list", "source": "=YesNo" if choices == YES_NO else "=Attrs"}
        else:
            ws.write_string(row, 1, prefill.get(key, ""), fmt["text"])
            return
        rule |= {"error_title": "goalbook", "error_message": self._hint(ftype)}
        _check(ws.data_validation(row, 1, row, 1, rule), f"validation of {key}")

    def _hint(self, ftype: FieldType) -> str:
        return field_hint(ftype, self.opts.lang, self.opts.money_unit)

    def _info_checks(self, ws: Worksheet) -> None:
        """Red cells for money that does not add up (:data:`SUMS`), before the return is sent."""
        for total in SUMS[self.opts.kind]:
            cell = self.field_cells[total.whole]
            any_part = ",".join(f"ISNUMBER(f_{part})" for part in total.parts)
            minus_parts = "".join(f"-N(f_{part})" for part in total.parts)
            rule = f"=AND(ISNUMBER({cell}),OR({any_part}),ABS({cell}{minus_parts})>0.005)"
            self._cf(ws, cell, rule)
        if self.opts.kind == "project":
            cell = self.field_cells["annual"]
            self._cf(ws, cell, f"=AND(ISNUMBER({cell}),ISNUMBER(f_total),{cell}>f_total+0.005)")

    def _cf(self, ws: Worksheet, rng: str, formula: str) -> None:
        spec = {"type": "formula", "criteria": formula, "format": self.fmt["bad"]}
        _check(ws.conditional_format(rng, spec), f"conditional format {rng}")

    def _lines(self) -> None:
        opts, fmt = self.opts, self.fmt
        ws = self.wb.add_worksheet(self.names.lines)
        cols = LINE_COLUMNS[opts.kind]
        first, last = FIRST_DATA_ROW - 1, FIRST_DATA_ROW - 2 + LINE_ROWS
        words = money_unit_words(opts.money_unit, opts.lang)
        caption = self.names.lines + (
            f"（金额单位：{words}）" if self.zh else f" — money in {words}"
        )
        ws.merge_range(0, 0, 0, len(cols) - 1, caption, fmt["title"])
        ws.set_row(0, 26)
        for c, col in enumerate(cols):
            ws.set_column(c, c, text_width([col.label(opts.lang)], col.width))
            ws.write_string(1, c, col.label(opts.lang), fmt["header"])
            money = col.type is FieldType.MONEY
            for r in range(first, last + 1):
                ws.write_blank(r, c, None, fmt["money" if money else "text"])
            if money:
                money_rule = {"validate": "decimal", "criteria": ">=", "value": 0}
                _check(ws.data_validation(first, c, last, c, money_rule), "line money")
        total_row = last + 1
        ws.write_string(total_row, 0, TOTAL_LABEL[opts.lang], fmt["label"])
        for c, col in enumerate(cols):
            if col.type is FieldType.MONEY:
                letter = col_letter(c + 1)
                ws.write_formula(
                    total_row, c, f"=SUM({letter}{first + 1}:{letter}{last + 1})", fmt["total"], 0
                )
            elif c > 0:
                ws.write_blank(total_row, c, None, fmt["label"])
        amount_col = col_letter(next(i for i, c in enumerate(cols) if c.key == "amount") + 1)
        total_a1 = f"${amount_col}${total_row + 1}"
        self.wb.define_name("lines_total", f"='{ws.name}'!{total_a1}")
        meant, *others = LINES_ADD_UP_TO[opts.kind]
        if opts.kind == "project":  # marked against the annual budget only
            rule = f"=AND(ISNUMBER(f_{meant}),ABS({total_a1}-f_{meant})>0.005)"
        else:
            off_others = "".join(f",ABS({total_a1}-N(f_{other}))>0.005" for other in others)
            rule = (
                f"=AND(ISNUMBER(f_{meant}),{total_a1}<>0,ABS({total_a1}-f_{meant})>0.005"
                f"{off_others})"
            )
        self._cf(ws, total_a1, rule)
        ws.freeze_panes(2, 0)
        self._print_setup(ws, landscape=True, repeat=1)
        ws.protect("", {"format_columns": True, "format_rows": True})

    def _indicators(self) -> None:
        opts, fmt = self.opts, self.fmt
        ws = self.wb.add_worksheet(self.names.indicators)
        cols = INDICATOR_COLUMNS[opts.kind]
        first, last = FIRST_DATA_ROW - 1, FIRST_DATA_ROW - 2 + INDICATOR_ROWS
        head = "绩效指标（一级、二级指标从下拉列表选择）" if self.zh else "Performance indicators"
        ws.merge_range(0, 0, 0, len(cols) - 1, head, fmt["title"])
        ws.set_row(0, 26)
        ws.set_row(1, 30)
        pos = {col.key: c for c, col in enumerate(cols)}
        for c, col in enumerate(cols):
            ws.set_column(c, c, text_width([col.label(opts.lang)], col.width))
            ws.write_string(1, c, col.label(opts.lang), fmt["header"])
            for r in range(first, last + 1):
                ws.write_blank(r, c, None, fmt["text"])
        tier1_col = col_letter(pos["tier1"] + 1)
        lists = {
            "tier1": "=Tier1",
            "tier2": f'=INDIRECT("T2_"&MATCH(${tier1_col}{first + 1},Tier1,0))',
            "op": "=Ops",
            "direction": "=Dirs",
        }
        for key, source in lists.items():
            spec = {"validate": "list", "source": source, "error_title": "goalbook"}
            _check(ws.data_validation(first, pos[key], last, pos[key], spec), f"list {key}")
        unit_rule = {"validate": "list", "source": "=Units", "show_error": False}
        _check(ws.data_validation(first, pos["unit"], last, pos["unit"], unit_rule), "unit list")
        weight_rule = {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 100}
        _check(ws.data_validation(first, pos["weight"], last, pos["weight"], weight_rule), "weight")
        # tier-2 not under its tier-1
        tier2_col = col_letter(pos["tier2"] + 1)
        top = first + 1  # the first data row, 1-based, as the formulas name it
        rng = f"{tier2_col}{top}:{tier2_col}{last + 1}"
        tier2_list = f'INDIRECT("T2_"&MATCH(${tier1_col}{top},Tier1,0))'
        self._cf(
            ws,
            rng,
            f'=AND(${tier2_col}{top}<>"",ISERROR(MATCH(${tier2_col}{top},{tier2_list},0)))',
        )
        if "period" in pos:  # annual above period for ≥ / > targets
            op, period, annual = (col_letter(pos[k] + 1) for k in ("op", "period", "annual"))
            above = (
                f'=AND(OR(${op}{top}="≥",${op}{top}=">"),ISNUMBER(${period}{top}),'
                f"ISNUMBER(${annual}{top}),${annual}{top}>${period}{top})"
            )
            self._cf(ws, f"{annual}{top}:{annual}{last + 1}", above)
        ws.autofilter(1, 0, last, len(cols) - 1)
        ws.freeze_panes(2, pos["name"] + 1)
        self._print_setup(ws, landscape=True, repeat=1)
        ws.protect(
            "",
            {
                "format_columns": True,
                "format_rows": True,
                "insert_rows": True,
                "delete_rows": True,
                "sort": True,
                "autofilter": True,
            },
        )

    def _lists(self) -> None:
        ws = self.wb.add_worksheet(self.names.lists)
        fw = self.opts.framework
        columns: list[tuple[str, list[str]]] = [("Tier1", [t.name for t in fw.tier1])]
        for i, t1 in enumerate(fw.tier1, start=1):
            columns.append((f"T2_{i}", [t.name for t in t1.tier2]))
        columns += [
            ("Ops", list(OPERATORS)),
            ("Dirs", list(DIRECTIONS)),
            ("Units", list(UNITS)),
            ("YesNo", list(YES_NO)),
            ("Attrs", list(PROJECT_ATTRIBUTES)),
        ]
        for c, (name, values) in enumerate(columns):
            for r, value in enumerate(values):
                ws.write_string(r, c, value)  # write_string: "=" must stay a string
            letter = col_letter(c + 1)
            self.wb.define_name(name, f"='{ws.name}'!${letter}$1:${letter}${len(values)}")
        ws.hide()
        ws.protect("")

    def _meta_sheet(self) -> None:
        ws = self.wb.add_worksheet(self.names.meta)
        ws.set_column(0, 1, 24)
        for r, (key, value) in enumerate(self.stamp.to_rows()):
            ws.write_string(r, 0, key)
            ws.write_string(r, 1, value)
        ws.hide()
        ws.protect("")
