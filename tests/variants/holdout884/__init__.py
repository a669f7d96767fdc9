"""The 884th held-out set: urban street lighting renovation and energy saving (城市路灯节能改造).

18 invented returns (place names 澄湾市泗亭区 / 枫渡区 / 鹤屿区 / 经济开发区, 鹭汀县), 9 correct and
9 with 2–3 planted mistakes (25 required marks); at least ten are found only by comparing one
part of the return with another.

Layouts: one-year project heads with one value column (khj01, khj02, khj18), two stacked
projects (khj03, khj04), multi-year projects with 中期 and 年度 columns (khj05, khj06) and a
two-row header (khj17), department heads with flat lists (khj07, khj08) or NAT-2021 tables with
key tasks (khj13, khj14), numbered tier labels with points and a score column (khj09, khj10),
operators in words in their own column with a unit column under 考核指标 / 目标值（年度）
(khj11, khj12), budget-system exports with codes first, header on the third row, the table on a
second sheet and a header repeated after a page break (khj15, khj16).

Planted mistakes (return, code, highest severity, place):

* khj02: D104 warning, row of LED路灯改造数量 (goal 2600盏, indicator 2400盏); Y102 error at the
  改造完工时间 cell, alt D104 (2027年3月31日前 in a 2026 one-year project whose goal says 12月底);
  B107 warning at 单盏路灯改造成本 (0.25 × 2400 = 600 > 520).
* khj04 (second project): B101 error at 年度资金总额 (150 + 20 ≠ 180); F201 warning, row of
  景观灯具更换数量 (a count under 质量); D103 warning, row of 夜间景观照明亮灯率, alt D102/D101
  (景观照明亮灯率 ≥95% under 质量 again under 社会效益 as ≥98%).
* khj06: D201 error at the annual 智能控制终端安装数量 (2400 > 2000); Y103 warning at the
  年度目标 cell, alt Y101 (2025年 in a 2026—2027 project).
* khj08: W101 error, book level (weights sum to 95); D102 error, row of 单灯控制器安装数, alt
  D103/D101 (1800 vs 1500 for 单灯控制器安装数量); D104 warning, row of 智慧灯杆试点路段 (goal 2条,
  indicator 3条).
* khj10: Y101 error, row of the plan dates, alt Y102 (title 2026, plan 2025); W103 error at
  产出指标（50分） (indicator points 45); D104 warning, row of 年节约用电量 (goal 120, indicator
  100万千瓦时). Tolerated: W101 error (book level), anything up to error at 改造完成时间 (a
  2026 date against the 2025 plan dates: the same year slip).
* khj12: T108 warning, row of 路灯亮灯故障率 (大于等于 on a 反向 rate); F201 warning, row of
  单灯节能改造单价 (a cost under 数量); F201 warning, row of 沿街商户满意度 (a satisfaction rate
  under 社会效益).
* khj14: B102 error at the 金额合计 of the key tasks (520 + 640 + 180 = 1340 ≠ 1380); D104
  warning, row of 老旧路灯改造数量 (task target 1500盏, indicator 1200盏).
* khj16: X101 error at the （示例） row's value ≥**盏 (template example left in); X104 warning at
  改造完成时间 46326 stored as text, alt D104 (2026-10-31, after the goal's 9月底); Y103 warning,
  row of 2025年背街小巷亮灯率, alt Y101 (last year's indicator).
* khj18: D101 warning, row of the second 太阳能LED路灯安装数量, alt F201/D103 (same name and value
  under 质量); F110 error at the empty name cell of the =100% row; F109 warning, row of the empty
  时效指标.

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and
indicators for the parts (khj01), or a part in brackets beside the full count (khj11); typed
percent cells (khj01, khj05, khj13, khj15, khj17); 0起 on an accident count (khj01, khj03,
khj13, and = 0 in khj07); a 下降率 with ≥ (khj07, khj17); the same 验收合格率 with two values in
two stacked projects (khj03); unit cost × count equal to the money (khj03: 0.4 × 650 = 260;
khj05: 0.15 × 3000 = 450 and 0.15 × 9000 = 1350) or within it (khj01, khj09, khj11, khj13,
khj15, khj17); 2029年 in a 2026—2028 中期目标 as the year the work prepares for (khj05); period
counts above the year's with rates equal in both columns (khj05, khj17); tier points and
indicator points both adding to 100 and ≥5百分点 on a rate raised (khj09); a 注 explaining that
the 金额合计 is the 项目支出 only (khj13); a 2025 base year in a note (khj07); fill and signature
dates in the year before the budget year (khj01, khj02, khj07, khj13).

Judgements where a reviewer could hesitate: goal-against-indicator conflicts are warnings (D104)
marked on the indicator's row, since the text may count differently; a deadline past a one-year
period is an error (Y102), the period being declared; a near-duplicate with a word more and a
different value is a warning (D103) while an exact same indicator with two values is D102 error;
the count under 质量 in khj18 that repeats a 数量 row is marked once as a duplicate, F201
accepted; the 2025 plan dates of khj10 are one finding (Y101) with the indicator deadline it
causes tolerated; the 46326 deadline is marked X104, its conflict with 9月底 accepted as D104.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout884 import offices, renovation, saving
from tests.variants.holdout884.registry import HOLDOUT884
from tests.variants.kit import Variant

MODULES = (renovation, saving, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT884, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 884th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
