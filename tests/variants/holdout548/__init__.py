"""The 548th held-out set: rice wine and cured pork (米酒、腊肉) village workshops'
food-safety upgrades in the invented 枫岙县 (石碾乡, 雾溪镇 with 茶垭村, 峒口乡 with 峒口村), 18
returns, 9 correct, for measuring ``goalbook check`` out of sample. Budget year 2025; money in
万元, mostly carried by the number format.

Layouts: project heads (``heads.project_head``) with 中期/年度 money rows, tier-1 and tier-2
merged down; operator column with units (cl01, cl02), operators in words (cl18); tier-1 score
and indicator score columns (cl03, cl04); a department head with shares and tasks (cl05); a
detail block under the head (cl06); two projects stacked in one sheet (cl07, cl08); department
flat lists in two column orders (cl09, cl10); headers 指标内容 / 绩效标准 with an instruction
row and the header repeated after a page break (cl11); a budget-system export with codes in
the first columns and the table on a second sheet under 绩效目标值, header on row 3 (cl12);
numbered, pointed, marked and abbreviated tier labels (cl13, cl14); header 预期目标 with
template rows (cl15); three-year projects with 中期 and 年度 columns (cl16, cl17).

Planted mistakes (code, highest accepted severity, place):

* cl02-percent-over: B101 error at the 年度资金总额 cell (95 ≠ 70 + 20); T106 error at the
  typed 105% of 腊肉亚硝酸盐检测合格率.
* cl04-points-mismatch: W103 error at the 产出指标 score cell (50 declared, 45 below) and at
  the 效益指标 score cell (30 declared, 35 below).
* cl06-pdf-artefacts: X105 warning (alt X103) at the split ``38.2 5``; X106 error (alt B108) at
  ``16万16万(含安装)``; T115 error at ``≤0万元/套``.
* cl08-stacked-defects: B101 error at the second project's 年度资金总额 (58 ≠ 46 + 10; the
  same 中期 cell tolerated with B101); T105 error at ``熏房改造完成率 ≥16间``.
* cl10-flat-defects: T112 error at ``≥36万元`` with 家 in the unit column; T108 warning (row,
  alt D104) at ``米酒抽检不合格率 ≥3%`` (反向); W101 error on the book (weights add to 95).
* cl14-wrong-parent: F105 error (row, alt F201) at ``（三）社会效益指标`` inside 产出指标; F110
  error at the empty name of a ``≥90%`` row.
* cl15-template-rows: F109 warning (row) at the empty 时效指标 and 生态效益指标 rows; T107
  warning at ``=95%`` on a satisfaction.
* cl17-multi-year-copied: D204 warning at the 年度目标 cell (same text as 中期目标); D202
  warning at the annual ``≥60家`` and ``≥3个`` copied from the 中期 column.
* cl18-direction-words: T108 warning (row) on ``改造腊肉熏房 小于等于 30间`` (alt D104),
  ``腊肉亚硝酸盐超标率 大于等于 2%`` (alt D104) and ``每间熏房改造成本 等于 1.8万元/间``.

23 required marks in all.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column (cl01, cl09); a 下降率 with ≥ (cl01 甲醇超标批次下降率, cl09 亚硝酸盐超标批次下降率,
and in cl08 熏房烟尘投诉下降率); ``=100%`` at the ceiling (cl01 按期完成率, cl12 ``=100`` with
%); rises in 百分点 (cl01, cl03); tier points and indicator points both adding to 100 (cl03,
cl13, with a note saying so); a 0起 incident target (cl05 ``≤0起``, cl09 ``≤ 0 起``); shares
in ``0.00%`` adding to 100% and a 金额合计 equal to 项目支出 with a footnote (cl05); the same
indicator names with other values in two stacked projects (cl07, cl08's first project); an
instruction row, a repeated header and 注 / 填表说明 rows (cl11); signature dates in 2024,
the year before the budget year (all returns); codes such as ``318004`` and
``2025318004000012`` stored as text (cl12); rates and unit costs equal in 中期 and 年度 of a
three-year project (cl16, cl17).

Judgements where a reviewer could hesitate:

* Every unit cost × count stays within its money (e.g. cl11 12 × 3.5 = 42 ≤ 48; cl17 annual
  60 × 1.2 = 72 ≤ 80 even with the copied count), so B107 has no place.
* cl06: once ``38.2 5`` is read as 38.25, the detail lines add up to 86; no B102 is asked for.
* cl08: the 中期 and 年度 totals are both 58; the 年度 one is required, the 中期 one tolerated.
* cl10 and cl18: a goal sentence (``3%以内``, ``2%以内``, ``30间``) that contradicts the
  operator names the same problem, so D104 is accepted as an alternative to T108.
* cl14: the orphan tier-2 row may be reported at the tier-2 cell or at the indicator (F201).
* cl15: ``=95%`` on a satisfaction is a warning, not an error; the template rows carry no name
  and no value, so F110 must not fire there.
* cl13's abbreviated 服务对象满意度 and ``（一）经济成本`` are the NAT-2021 tier-2s.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout548 import layouts, tiers, values
from tests.variants.holdout548.registry import HOLDOUT548
from tests.variants.kit import Variant

MODULES = (values, layouts, tiers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT548, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 548th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
