"""The 747th held-out set: 18 invented returns of a provincial health commission (澄岭省) and
its cities and counties (枫溪市, 蒲川县, 柘塘县, 云渚区): free pre-pregnancy check-ups
(免费孕前优生健康检查, ``prepreg``: kcc01-kcc06), newborn disease screening (``newborn``:
kcc07-kcc12) and the maternal-health hotline with department returns (``hotline``:
kcc13-kcc18). Budget year 2026 throughout; 9 correct returns, 9 with 25 required marks, 21 of
them found only by comparing one part of a return with another.

Layouts: project heads with one-year and 中期/年度 money rows, a detail block under the head
(kcc06); department heads with budget, tasks and 金额合计 (kcc05, kcc13, kcc14); numbered tier
labels with points (kcc01), abbreviated labels (kcc02); an operator column 指标方向 with a unit
column (kcc01, kcc13), 比较符 (kcc06), operators in words under a two-row header 预期实现值 on a
second sheet (kcc09), 指标性质 as direction beside 指标方向 as operator (kcc15, kcc16); headers
绩效目标值, 预期目标, 目标值, 指标值; 中期/年度 value columns (kcc03, kcc04); two stacked projects
(kcc07, kcc08); a flat department list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (kcc05); a
budget-system export with sheets 05-1/05-2, header on the third row and codes first (kcc10);
tier-1 and indicator score columns (kcc11, kcc12); 说明, 注, 填表说明, a repeated header,
小计/合计 rows, signature and stamp lines (kcc17).

Planted mistakes (return: code, highest accepted severity, place):

* kcc02: D104 warning, row of 免费孕前优生健康检查对数 (年度目标 6200对, indicator ≥5800对);
  F201 warning, row of 高风险人群随访管理率 (a quality rate under 时效); B107 warning, row of
  检查补助标准 (280元/对 × 5800对 = 162.4万元 > 150万元).
* kcc04: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  高风险人群转诊人数 (≥2100人 against ≥1800人 for three years); D202 warning at the annual
  讲座场次 (≥120场 copied from 中期).
* kcc06: B101 error, row of 年度资金总额 (96 ≠ 80 + 12); B102 error at the detail 合计 (40 + 36 +
  14 = 90, written 96); Y102 error (alt Y101), row of 年度检查任务完成时间 (2025-12-31 in a 2026
  return, left from last year).
* kcc08: D104 warning, row of the first project's 筛查人数 (goal 4500人, indicator ≥4200人);
  B101 error, row of the second project's 年度资金总额 (38 ≠ 30 + 6); D102 error (alt D101,
  D103), row of the second 听力复筛率 (≥90% under 质量, again ≥85% under 时效).
* kcc10: F201 warning, row of 质控现场督导次数 (a count under 质量); X104 warning at the text
  cell ``46203`` (a date serial, 2026-06-30).
* kcc12: W103 error (alt W101) at the 产出 tier score 50 (indicator scores 15 + 10 + 10 + 10 =
  45); Y103 warning at the 年度绩效目标 cell (``2024年完成…`` in a 2026 one-year return). W101
  anywhere in the return is tolerated (the indicator scores add to 95).
* kcc14: B101 error, row of 资金总额 (基本支出 1500 + 项目支出 860 = 2360 ≠ 2450); B102 error at
  金额合计 (120 + 380 + 260 = 760, written 860); D104 warning, row of 热线年接听咨询量 (goal 不少于
  1.2万人次, indicator ≥1万人次).
* kcc16: D103 warning (alt D101, D104), row of 热线年接听咨询服务量 (the call count again with a
  word more, 7500 against 8000); T108 warning, row of 来电投诉率 (反向, operator ≥); F201
  warning, row of 来电孕产妇满意度 (a satisfaction rate under 社会效益).
* kcc18: F110 error at the empty name cell of a row with value ≥99%; D104 warning (alt Y102),
  row of 平台升级上线时间 (goal 6月30日前, indicator 2026年9月30日前); F109 warning, row of the
  template tier-2 生态环境成本指标 left with nothing under it.

Legitimate look-alikes in the correct returns: the goal's count with a part in brackets
(kcc01: 8.6万对, 其中流动人口1.2万对, both indicators); 检查结果告知率 ``=`` 100% and 室间质评
合格率 ``=`` 100% at the ceiling (kcc01, kcc13); 出生缺陷发生率下降幅度 ≥0.2百分点 (kcc01,
kcc05) and 干预率比上年提高 ≥3百分点 (kcc11); 婴儿死亡率 ≤3.5‰ (kcc05); a 下降率 with ≥ and
≤0起 on an incident count, 正向/反向 beside the operator (kcc15); 热线服务安全责任事故 = 0起
(kcc13); 2029 in a 2026-2028 中期目标 as the year the work prepares for, the period's counts
beside smaller annual ones, rates equal in both columns (kcc03); the same name 筛查率 with
different values in two stacked projects (kcc07); unit cost × count equal to the money (kcc07:
40元 × 17万人 = 680万元; kcc10: 15万元 × 12个 = 180万元) or within it, with a footnote saying so
(kcc01, kcc05, kcc15, kcc17); tier points and indicator points both adding to 100 (kcc11), tier
points only in the labels (kcc01), subtotal rows beside a weight column (kcc17); fill dates in
November 2025 (all); typed percent cells in kcc01, kcc05, kcc09, kcc13, kcc15.

Judgements where a reviewer could hesitate: D102 (the same name under two tier-2s with two
values) is accepted as an error, a contradiction, while a near-duplicate with a word more
(kcc16) is at most a warning; B107 and D104 are warnings (doubtful, not impossible); a past
deadline in the budget year's table (kcc06) is accepted as an error; ‰ on 婴儿死亡率 is a valid
rate unit; the 2029 in kcc03 names the year the period prepares for, not a leftover, whereas
kcc12's 2024 states work as done in that year; kcc18's late go-live is marked as a conflict with
the goal (the date itself lies within 2026, so Y102 is only an alternative).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout747 import hotline, newborn, prepreg
from tests.variants.holdout747.registry import HOLDOUT747
from tests.variants.kit import Variant

MODULES = (prepreg, newborn, hotline)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT747, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 747th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
