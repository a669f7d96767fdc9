"""The 277th held-out set: 18 invented returns on ethnic, religious and overseas Chinese affairs
(民族团结进步创建, 宗教活动场所消防安全, 侨务服务, 外事接待, 少数民族特色村寨), written blind
from ``shared/domain.md`` and ``tests/variants/README.md`` to measure ``goalbook check`` out of
sample. Budget year 2025 throughout; every place, unit, person, phone number and figure is
invented.

Modules: ``ethnic`` (sa01–sa06: 民族团结进步创建, 特色村寨), ``worship`` (sa07–sa12: 宗教活动场所
消防安全), ``overseas`` (sa13–sa18: 侨务服务, 外事接待); shared helpers in ``common``. The first
half of the theme (民族团结, 宗教场所消防: sa01, sa02, sa05, sa07–sa12) holds four faulty returns,
the second (特色村寨, 侨务, 外事: sa03, sa04, sa06, sa13–sa18) five.

Layouts: project heads with one-year (年度资金总额 / 财政拨款 / 其他资金) and multi-year (中期 and
年度) money blocks, department heads with budget and key-task blocks; tier-1 and tier-2 merged
down; NAT-2021 and OLD-NAT (成本指标 under 产出 in sa09–sa12); operators in their own column as
symbols (sa01, sa07, sa10) or in words (sa15); unit columns (sa01, sa07, sa08, sa10, sa13, sa15);
typed percent cells (sa01, sa07, sa10, sa15); a date cell as target (sa01); header words 绩效目标值
(sa01), 预期目标 (sa06), 目标值 under a two-row 绩效指标 / 预期实现值 header on a second sheet
(sa13); numbered labels with points and marks (sa05: 一、产出指标（50分）, （二）*质量指标,
（三）★时效, abbreviations 经济成本, 社会效益) and numbered labels (sa18: 一、产出指标, 1.数量指标);
flat lists (sa07: 指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值; sa08: 指标名称 ·
指标值 · 指标性质 as direction · 计量单位 · 权重（100分）); stacked projects (sa09 three, sa10 two);
中期 / 年度 columns (sa03 three years, sa04 two years, sa17 a one-year department table with
实施周期 and 年度); an instruction row inside the table, a header repeated after a page break,
footnotes, 填表说明 and signature lines (sa11); a budget-system export with codes and money in
the first columns and the header on the third row (sa12); score columns at two levels (sa05 in
the labels, sa14 in a column).

Planted mistakes (23 required marks; code, highest accepted severity, place):

* sa02-unity-department-money: B101 error at Sheet1!B4, row (基本支出 260 + 项目支出 150 = 410 ≠
  资金总额 420; 财政拨款 + 其他资金 holds); B102 error at Sheet1!D9, alt B101 (tasks 60 + 55 + 35 =
  150 ≠ 金额合计 160); T105 error at Sheet1!D14 (创建覆盖率 `15个`).
* sa04-village-period-defects: D201 error at Sheet1!E11 (步道 annual ≥15公里 above the period's
  ≥12公里); D202 warning at Sheet1!E12 (消防水池 ≥20个 copied into the year of a two-year
  project); T108 warning at Sheet1!E16, row, alt D203 (单位成本 annual ≥15万元/公里, period ≤).
* sa06-village-template-rows: F109 warning at Sheet1!B12, row (时效指标 left empty); F109 warning
  at Sheet1!B14, row (社会成本指标 left empty); F110 error at Sheet1!C15 (empty name, value
  ≥8000人次).
* sa08-fire-flat-defects: T108 warning at Sheet1!B10, row (反向 火灾事故发生率 ≥0.5); T112 error at
  Sheet1!B11, alt T119 (`≥600人次` with unit column 处); W101 error, book level (weights 90,
  header 权重（100分）).
* sa10-fire-stacked-defects: B101 error at Sheet1!C19, row (second project 150 ≠ 120 + 20); T106
  error at Sheet1!E24 (typed 105% on 检测合格率).
* sa12-fire-export: X105 warning at 项目绩效目标06-3!C4, alt X103 (`86.5 4` for 86.54 = 80.54 + 6);
  X104 warning at 项目绩效目标06-3!I6 (completion time `46022` as text, the serial of
  2025-12-31).
* sa14-qiaowu-points: W103 error at 绩效目标!B9, alt W101 (产出 declares 50, its indicators add to
  45); T114 warning at 绩效目标!E16 (满意度 ≥60%). W101 error tolerated at book level (the same
  shortfall seen in the 95-point total).
* sa16-reception-money-defects: B105 error at Sheet1!E6 (其他资金 `100,000.00元` in a 万元 block);
  B107 warning at Sheet1!D13, row (住宿费 ≤550元/人·天 × ≥1400人·天 = 77万元 > 60万元). B101
  error tolerated at book level (follows from the 元 cell).
* sa18-reception-tier-defects: Y102 error at Sheet1!D12 (采购完成 2026年4月30日前 in a one-year
  2025 project); F105 error at Sheet1!B15 (2.时效指标 under 三、效益指标); F110 error at
  Sheet1!C18 (a name of one full-width space); a finding up to warning tolerated at D18.

Legitimate look-alikes in the correct returns: `= 0 起` / `0起` on incident counts (sa01, sa07,
sa11); 下降率 with ≥ (sa07 火灾隐患数量下降率, sa15 接待经费较上年下降率); ≤ on 反向 rates and time
limits (sa15 差错率 ≤2%, sa07 / sa11 / sa13 时限); `=100%` and `=100` with % at the ceiling (sa03,
sa10, sa13); a rise in 百分点 (sa05); tier points 50 + 10 + 30 + 10 and indicator scores both
adding to 100 (sa05); 中期 and 年度 rates, unit costs and grades equal while counts are split
(sa03); identical 实施周期 and 年度 columns in a one-year department table (sa17); the same
satisfaction name with different values in two stacked projects (sa09); a footnote explaining
a total (sa11: 52处×12个月＝624次); fill and signature dates in 2024, the year before the
budget (sa07, sa11, sa17); unit cost × count equal to the money (sa17: 10 × 9 = 90) or within
it (all the others).

Judgements where a reviewer could hesitate: a deliverable dated after the period of a one-year
project is marked Y102 at error (the form fixes its own end date); a satisfaction target of 60%
is only a warning; the copied 消防水池 count is a warning, since a two-year project might build
all pools in its first year; in sa02 either 资金总额 or one of its parts may be wrong, so the
B101 mark covers the row; in sa04 the cost cap with ≥ next to ≤ in the period column may be
reported as D203, accepted; in sa14 the missing 5 points may be reported as W101 as well as
W103; in sa16 the room-rate standard alone exceeds the budget, so B107 is asked at warning on
that row; the bare `=100` with % in its unit column (sa13) and `=100%` (sa03, sa10) are the
ceiling, not a defect; `≥10百分点` (sa14) and `≥5百分点` (sa05) are percentages.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout277 import ethnic, overseas, worship
from tests.variants.holdout277.registry import HOLDOUT277
from tests.variants.kit import Variant

MODULES = (ethnic, worship, overseas)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT277, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 277th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
