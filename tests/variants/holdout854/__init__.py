"""The 854th held-out set: county meteorology (automatic weather stations, weather warnings
dissemination, agricultural weather services), 18 invented returns with a careful reviewer's
marks, to measure ``goalbook check`` out of sample. Its aim is checks across the table.

Places, units, people and figures are invented (枫垣县, 岫溪县, 澄岭县, 桐坪县). Budget year 2025.

Layouts: project heads with one or two money columns (``heads.project_head``), department heads
with budget and task blocks (``heads.department_head``); NAT-2021 and OLD-NAT tiers merged down;
an operator column with symbols (kgf01) or words (kgf07); numbered labels with points and an
indicator 分值 column (kgf05, kgf13, kgf14); a two-row header (kgf13); 实施周期/中期 and 年度
columns (kgf02, kgf09, kgf10, kgf15); stacked projects (kgf03, kgf04); flat lists (kgf11,
kgf12); a budget-system export with codes in the first columns and the table on a second sheet
(kgf06); a second sheet under 预期实现值 with a direction column and a header repeated after a
page break (kgf17); 注 / 说明 / 填表说明, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kgf02-aws-new-build: D201 ≤error at the annual 新建站数量 ``≥30个`` (中期 24, goal 12; alt
  D104); Y102 ≤error at the 中期 deadline ``2027年6月30日前`` in a 2025—2026 project (alt
  Y103); B107 ≤warning (row) on 单站建设成本 ``≤8.5万元/站``: 24 × 8.5 = 204 > 180.
* kgf04-aws-stacked-wrong: B101 ≤error at the second project's 年度资金总额 45 (30 + 10 = 40);
  D104 ≤warning (row) at 巡检维护站点数量 ``≥32个`` against the goal's 38 stations; D103
  ≤warning (row, alt D101, F201) at 自动站季度巡检次数 under 时效, the same indicator as 自动站
  巡检次数 under 数量.
* kgf06-aws-export: Y101 ≤error at the second sheet's title (2024年度) against the 2025 budget
  sheet; F201 ≤warning (row) at 数据传输及时率 under 数量指标.
* kgf08-alert-loudspeakers: D104 ≤warning (row) at 覆盖行政村数量 ``≥123个`` (goal 132
  villages); B107 ≤warning (row) at 单套采购安装成本 ``≤0.5万元/套``: 132 × 0.5 = 66 > 60;
  F201 ≤warning (row) at 村民对预警广播满意度 under 社会效益指标.
* kgf10-alert-informants: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202
  ≤warning at the annual 培训人次 ``≥600人次`` copied from the two-year column; Y102 ≤error at
  the annual deadline ``2024年10月31日前`` (a year left over; alt Y103).
* kgf12-alert-flat-wrong: B102 ≤error at 金额合计 41 (18 + 12 + 9 = 39; alt B101); D102 ≤error
  (row, alt D101, D103) at the second 气象预警信息发布条数 (260 against 300); W101 ≤error on the
  file (weights 95).
* kgf14-agri-microclimate: W103 ≤error at ``三、效益指标（30分）`` (15 + 10 = 25; alt W101);
  D104 ≤warning (row) at 农田小气候观测站建设数量 ``≥8套`` (goal 6).
* kgf16-agri-department: B101 ≤error at 资金总额 640 (基本 420 + 项目 210 = 630); F201
  ≤warning (row) at the count 农业气象灾害风险区划编制数量 under 质量指标; D104 ≤warning (row)
  at ``≥6.5万亩`` against the goal's 8.5万亩.
* kgf18-agri-insurance: F110 ≤error at the empty name of a ``≥95%`` row; D103 ≤warning (row,
  alt D101) at 气象指数保险理赔数据核定及时率, a longer copy of the row above.

24 required marks, 21 of them across the table (goal against indicators, years and dates,
中期 against 年度, duplicates, wrong tier-2, cost × count against money, parts against totals).

Legitimate look-alikes in the correct returns:

* kgf01: goal count 62 with its parts in brackets (18 + 44); 故障发生率 ≤5% and 修复时长 ≤48小时
  (反向 with ≤); 62 × 1.3 = 80.6 within 86; typed percents; fill date in 2024.
* kgf03: the same name 设备验收合格率 with different values in two stacked projects.
* kgf05: tier points (50/10/30/10) and indicator points both add to 100; ``≥2百分点``; task
  amounts 86 + 32 + 22 = 140 = 项目支出; fill date in 2024.
* kgf07: operators in words, ``等于 0 起`` on an incident count, 预警盲区人口比例下降率 大于等于
  20 %, a 注 row explaining 120万条次 × 0.05元 = 6万元, fill date 2024-12-03.
* kgf09: 为2028年接入… in the 中期目标 (a later year the work prepares for); period counts above
  the year's; equal rates and unit costs in both columns; 33 × 6 = 198 ≤ 300, 11 × 6 ≤ 120.
* kgf11: flat list without tiers, weights 100, 暴雨预警提前量 ≥30分钟 (正向 time),
  提高幅度 ≥2 百分点, a typed 96%.
* kgf13: two-row header, ≥24小时 on 霜冻预警提前发布时间, 减产率 ≤8%, points both ways, a typed
  85% without operator.
* kgf15: 中期目标 ``15个（其中2025年5个）`` beside a year's ``≥5个``; 15 × 8 = 120 ≤ 210.
* kgf17: goal 410 with its parts; a header row repeated after a page break; a 说明 row giving
  the total; 反向 rows with ≤; signature date in 2024.

Judgements where a reviewer could hesitate:

* kgf02: the annual ``≥30个`` contradicts both the 中期 24 and the goal's 12; D201 is required,
  D104 accepted. The unit cost exceeds both columns' money; a row mark takes either.
* Deadlines outside the project period (kgf02, kgf10) are marked up to error: no plan can meet
  a 2024 deadline in a project starting in 2025, nor end in 2027 a project ending in 2026.
* kgf06: the year sits only in the sheet titles; the conflict is marked at the indicator
  sheet's title.
* kgf12: 金额合计 41 disagrees with its task lines and with 项目支出 39: B102 required, B101
  accepted. Two values for one indicator are marked up to error (they cannot both be the
  target).
* kgf14: the tier score mismatch also leaves the total at 95: W101 is accepted for it.
* kgf16: 项目支出控制数 ≤210万元 equals 项目支出 and is not a cost overrun.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout854 import alerts, farming, stations
from tests.variants.holdout854.registry import HOLDOUT854
from tests.variants.kit import Variant

MODULES = (stations, alerts, farming)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT854, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 854th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
