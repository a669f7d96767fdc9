"""The 283rd held-out set: 18 invented returns of people's congress and CPPCC offices.

Theme: 人大代表履职 and 代表联络站 (sg01-sg06, ``deputies``), 立法调研 of the congress and
协商调研 / 民主监督 of the CPPCC (sg07-sg12, ``research``), 政协委员提案 and 民主监督
(sg13-sg18, ``cppcc``); nine congress returns, nine CPPCC returns. Budget year 2025 throughout;
all places (鹭汀区, 柘岭市, 澄湾县), units, people, phones and figures are invented.

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks in 万元
(unit in the number format); department heads with budget rows and key tasks; tier-1 and tier-2
merged down; numbered labels with points (sg01), marked labels ``*`` / ``★`` (sg13), abbreviated
labels 产出 / 数量 (sg09); operator columns with symbols (sg01, sg18) or words (sg13); unit
columns; headers 预期目标 (sg06), 考核指标 / 目标值（年度） (sg07), 预期实现值 with 备注 (sg11);
two value columns 中期 / 年度 (sg02, sg09, sg16); flat lists (sg05, sg12, sg17, the last with
实施周期 and 年度 columns); stacked projects (sg03, sg14); a budget-system export with codes in
the first columns, header on row 3 of sheet 05-2 (sg10); a table on a second sheet with a header
repeated after a page break (sg11); 注 / 说明 / 填表说明 rows inside and under tables, 小计 and
合计 rows (sg15), signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* sg02-training-multiyear: D201 error at Sheet1!E12 (annual ≥3000人次 above the three-year
  ≥2700人次); T108 warning at Sheet1!E14, row (培训学员缺勤率 ≥5% in both columns).
* sg04-office-department: B101 error at Sheet1!B4, row (财政拨款 + 其他资金 = 865.4 but
  基本支出 + 项目支出 = 855.4); B102 error at Sheet1!D10 (金额合计 253.2, tasks add to 243.2);
  T106 error at Sheet1!D17 (会议文件按时印发率 ≥105%).
* sg06-visit-template-rows: F110 error at Sheet1!C12 (a value ≤15个工作日 with no name);
  F109 warning at Sheet1!B14, row (社会成本指标 left from the template, nothing under it).
* sg08-hearing-points: W103 error at Sheet1!B9 (产出 50 points, indicators 45); W103 error at
  Sheet1!B15 (效益 30 points, indicators 35); T106 error at Sheet1!E12 (a typed 105 %).
* sg10-cppcc-export: X105 warning at 部门项目支出预算05-1!D5, alt X103 (``41.2 5`` as text);
  T113 warning at 部门项目支出绩效目标05-2!F12 (调研报告报送完成时间 given as a typed 100 %).
* sg12-supervision-flat: W101 error, book level (weights add to 95); T105 error at Sheet1!B9
  (监督建议办理反馈率 42件); T108 warning at Sheet1!E11, row (a 反向 超期率 with ≥).
* sg14-proposal-stacked: B101 error at Sheet1!C20, row (second project: 15 + 2 ≠ 18);
  T105 error at Sheet1!D26 (史料征集计划完成率 120篇).
* sg16-supervision-multiyear: D204 warning at Sheet1!D9 (年度目标 copied from 中期目标);
  D202 warning at Sheet1!E11 and Sheet1!E12 (专项视察 ≥9次, 监督建议 ≥60条 copied into 年度).
* sg18-studio-money-units: B105 error at Sheet1!C6 (其他资金 shown as 240,000.00元 in the
  万元 block; B101 tolerated at book level); T106 error at Sheet1!E11 (a typed 102 %);
  T115 error at Sheet1!E13 (单个工作室建设补助 ≤ 0 万元/个).

Legitimate look-alikes in the correct returns: typed percents with a duplicate ``%`` unit
column (sg01, sg13, sg17, the last also ``0.00%``); unit cost × count equal to the money
(sg01 12 × 4 = 48, sg03 9 × 4 = 36, sg03 运维费 = 18); ``=100%`` as text (sg03, sg09, sg15) and
typed 100 % with ``=`` / 等于 (sg05, sg13, sg17) at the ceiling; a 下降率 with ≥ / 大于等于
(sg05, sg13); 信息安全事故 ``0起`` (sg03); 反向 rates and time limits with ≤ (sg01, sg13, sg17);
the same 满意度 name with different values in two stacked projects (sg03); points at two levels,
100 both ways, and ``提高≥5百分点`` on a 参与率 (sg07); a flat-list 合计 row of the weights (sg05);
小计 and 合计 rows with a footnote explaining the total (sg15); 中期 counts above 年度 counts and
equal rates / unit costs in the two columns (sg09, sg17), a 中期 deadline in 2026 for a
2025-2026 project (sg09); fill and signature dates in 2024; a header repeated after a blank row
on the second sheet (sg11); project codes and names merged down in the export (sg10).

Judgements where a reviewer could hesitate:

* sg02: the 缺勤率 row carries ≥ in both columns; one row mark covers both cells (a D203 is not
  expected as both columns agree). The per-person cost (≤400元/人次) × the wrong 3000 still
  stays within the annual 120万元, so no B107 follows from the planted D201.
* sg04: which of 资金总额 / 基本支出 is wrong cannot be told, so the B101 mark is a row mark;
  项目支出 243.2 equals the tasks, so the 合计 253.2 alone is marked (B102).
* sg10: with ``41.2 5`` read as 41.25 the export adds up (28.6 + 41.25 = 69.85); no B101.
* sg12: ``100 │ % │ 正向 │ =`` on 按期报送率 is the ceiling, not a defect; the weight mark is
  book level (W101), as the README does for flat lists.
* sg14: the second project's total 18 against 15 + 2 is marked at the total (row mark); the
  first project's ``季末后10个工作日内`` is a valid time limit.
* sg16: the annual copies are marked per cell (D202), not the unit cost or the rates, which may
  be equal; ``每年11月30日前`` in the 中期 column is a recurring deadline, not a year conflict.
* sg17: a department flat list with a 实施周期 of 2025-2027 stated in its own row; annual
  counts are a third of the period counts.
* sg18: the 0 of the unit cost is an error (T115), not the zero-growth case; 16 × 4 = 64 was
  meant.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout283 import cppcc, deputies, research
from tests.variants.holdout283.registry import HOLDOUT283
from tests.variants.kit import Variant

MODULES = (deputies, research, cppcc)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT283, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 283rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
