"""The 405th held-out set: 18 invented returns on martial arts schools and traditional wushu
promotion (武术学校、武馆；传统武术推广、非遗拳种), with a careful reviewer's marks.

Modules: ``schools`` (wy01–wy06: school and 武馆 projects), ``promotion`` (wy07–wy12: wushu
associations, 武术节, 社区辅导站) and ``heritage`` (wy13–wy18: 非遗拳种, exports, artefacts,
points). All places, units, people, phone numbers and figures are invented.

Layouts: project heads (§3.1) with one value column, an operator column (指标性质) and a unit
column, 中期/年度 columns (a three-year and a one-year project), a weight column with subtotal
rows and a header repeated after a page break, numbered tier labels with points, ★ and
abbreviated labels, a tier-1 score column beside indicator scores, a head on a first sheet with
the table on a second sheet (考核指标 · 目标值（年度） · 评价标准), two stacked projects,
detail lines copied from a PDF; department heads (§3.2) with shares and 年度主要任务;
flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, one with 实施周期/年度 columns);
a budget-system export (sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2,
header on the third row, 项目编码 and 项目名称 in the first columns, 指标方向 as 正向/反向).

Planted mistakes (code, highest accepted severity, place):

* wy02-rate-direction: T106 Sheet1!E11 ≤error (武馆场地安全检查合格率 typed as 105%);
  T108 Sheet1!E12 ≤warning, row, alt T107 (学员训练受伤发生率 with ≥).
* wy04-money-rate: B101 Sheet1!C5 ≤error (年度资金总额 120 ≠ 100 + 15); T105 Sheet1!D12 ≤error
  (学员结业率 ≥120人).
* wy06-template-rows: F110 Sheet1!C11 ≤error (≥120套 with no name); F109 Sheet1!B16 ≤warning,
  row (生态效益指标 left from the template).
* wy08-department-money-wrong: B101 Sheet1!B4 ≤error (资金总额 420 ≠ 180 + 230); B102 Sheet1!D9
  ≤error, alt B101 (tasks 100 + 80 + 60 = 240 ≠ 金额合计 230); T105 Sheet1!D15 ≤error
  (段位考试通过率 ≥600人).
* wy10-multi-year-copied: D202 Sheet1!E12 and Sheet1!E14 ≤warning (cumulative counts copied from
  the 中期 column in a 2025–2027 project); D201 Sheet1!E15 ≤error (展演 ≥15场 a year, ≥12场 in
  three years).
* wy12-flat-defects: T112 Sheet1!E3 ≤error, alt T119 (12万元 against unit 场); T108 Sheet1!E5
  ≤warning, row (投诉率 大于等于 2); W101 book level ≤error (weights add to 95).
* wy14-alt-labels-wrong-parent: F105 Sheet1!B13 ≤error (可持续影响 under ★产出); T107
  Sheet1!D16 ≤warning (参训学员满意度 =95%).
* wy16-pdf-artefacts: T115 Sheet1!D13 ≤error (每场展演平均费用 ≤0万元/场); X105 Sheet1!D18
  ≤warning, alt X103 (``12.4 5``); X106 Sheet1!D19 ≤error, alt B108 (``20万20万(含服装道具)``).
* wy18-tier-points-mismatch: W103 Sheet1!B10 ≤error (产出指标 40分, indicators 15 + 10 + 10 =
  35); T106 Sheet1!E12 ≤error (培训计划完成率 ≥110%); W101 book level ≤error tolerated, not
  required (the indicator scores then add to 95: the same defect seen from the total).

22 required marks on 9 returns; 9 returns are correct (wy01, wy03, wy05, wy07, wy09, wy11,
wy13, wy15, wy17).

Legitimate look-alikes in the correct returns:

* typed percent cells (wy01, wy05, wy07, wy15, wy17), percent shares in ``0.00%`` that add to 100%
  (wy07), 万元 only in the number format;
* a 下降幅度/下降率 with ≥ (wy01, wy15, wy17), 反向 rates with ≤ (wy15), ``0起`` / ``=0起`` on
  accident counts (wy01, wy11, wy17), ``=100%`` on 合格率/及时率/持证率 at the ceiling;
* a rise in 百分点 (wy13 ``≥5百分点``; also unmarked in wy02 ``≥8百分点`` and wy04 ``≥3百分点``);
* tier points in the labels and indicator points both adding to 100 (wy13); weights adding to
  90 with a footnote that 预算执行率 is scored separately, with 小计 and 合计 rows (wy09);
* the same indicator names with different values in two stacked projects (wy03);
* identical 中期 and 年度 columns and goals in a one-year project (wy11) and in a flat list whose
  实施周期 is the budget year (wy17, explained in a 说明 row);
* unit cost × count equal to the money (wy03: 300 × 1800元 = 54万, 600 × 300元 = 18万; wy05:
  40 × 8000元 = 32万; wy07: 40 × 3万 = 120万; wy14 5 × 30万 = 150万), never above it;
* fill and signature dates in November/December of the year before the budget year.

Judgements where a reviewer could hesitate:

* wy02: ``≥105%`` on a 合格率 is an impossibility (error); the injury rate with ≥ is only doubtful
  (warning), the operator may be a slip for ≤.
* wy08: 资金总额 420 = 财政拨款 390 + 其他资金 30 holds, so the B101 is on 基本支出 + 项目支出;
  金额合计 equals 项目支出 230 and the tasks add to 240, so the B102 is at the 金额合计 cell.
* wy10: ``2027年12月31日前`` in the 中期 column of a 2025–2027 project is within the period;
  rates and unit costs equal in both columns are fine (§4.2 rule 10).
* wy12: a flat list has no tiers, so no tier findings; the W101 is book-level because the list
  has no total row.
* wy14: ``基地常年开放运营 ≥10年`` is a sustainability target, not a date outside the year.
* wy16: read as 12.45 and 20, the detail lines add up to 56; the cost cap of 0 is the error.
* wy18: only W103 at the tier score cell is required; W101 on the whole is tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout405 import heritage, promotion, schools
from tests.variants.holdout405.registry import HOLDOUT405
from tests.variants.kit import Variant

MODULES = (schools, promotion, heritage)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT405, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 405th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
