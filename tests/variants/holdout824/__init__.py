"""The 824th held-out set: 18 invented returns on school campus safety (security guards, CCTV
upgrades, fire drills) with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Places (栖梧县, 沙屿区, 禾岗市), units, people, phones and figures are invented.

Modules: ``guards`` (kfb01-kfb06, 校园保安), ``cctv`` (kfb07-kfb12, 视频监控升级), ``drills``
(kfb13-kfb18, 消防演练 and one department return covering all three); ``common`` has the shared
helpers. 9 returns are correct, 9 carry 2-3 planted mistakes (25 required marks, at least 20 of them
found only by comparing one part of the return with another).

Layouts: project heads with one value column, an operator and a unit column (kfb01), 指标性质 as
direction with 指标方向 as operator (kfb13), 中期 and 年度 columns (kfb04, kfb11, kfb16), two
complete column sets (kfb17); department heads with tasks and 金额合计 (kfb02, kfb06, kfb18); a
flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (kfb02); stacked projects (kfb05, kfb15);
numbered labels with points and a score column (kfb07), numbered labels (kfb06), abbreviated
and *-marked labels (kfb14, kfb17); headers 绩效目标值, 考核指标 / 目标值（年度） / 评价标准,
预期实现值; a budget-system export on two sheets with codes in the first columns (kfb09);
detail lines under the table (kfb10); note rows inside and under the table, subtotal rows, a
header repeated after a page break, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kfb03: D104 warning, row of 配备专职保安人数 ≥80人 (年度目标 says 84名); D103 warning, row of
  保安人员持证上岗率 95% beside 保安持证上岗率 =100% (alt D101, D102); B107 warning, row of
  保安人均年服务费 ≤3.2万元/人 (84 × 3.2 = 268.8 > 240).
* kfb04: Y103 warning at the 年度目标 cell (2025年底前 in a 2026-2028 project, alt Y102); D202
  warning at the annual 12个 of 新建校园警务室数量 copied from 中期 (alt D104); D201 error at
  the annual 8辆 above the period's 6辆.
* kfb06: B102 error at 金额合计 190 (96 + 24 + 60 = 180, alt B101); F201 warning, row of
  保安培训考核合格率 under （三）时效指标.
* kfb08: X101 error at the template example row's ≥XX个; Y102 error at 项目竣工验收时间
  2027年6月30日前 in a one-year 2026 project (alt Y103); Y103 warning, row of
  2025年度视频巡查隐患整改率 (alt Y101).
* kfb10: B101 error at 年度资金总额 200 (180 + 30 = 210); B102 error at the detail 合计 200
  (120 + 45 + 30 = 195); D104 warning, row of 联网升级学校数 ≥46所 (goal 48所).
* kfb12: Y102 error at 计划开始日期 2025-03-01 of a one-year 2026 project (alt Y101); D101
  warning, row of the second 监控故障修复时限 ≤24小时 (under 时效; the first, under 质量, is
  tolerated up to a warning; alt D103, F201).
* kfb14: D104 warning, row of 每校消防疏散演练次数 ≥2次 (goal 4次); D104 warning, row of
  微型消防站配置完成时间 2026年11月30日前 (goal 9月30日前); F201 warning, row of 参演师生满意度
  under 社会效益.
* kfb15: D103 warning, row of 消防器材年度检测数量 ≥1500具 beside 消防器材检测数量 ≥1200具 (alt
  D101, D102); Y104 error at the second project's 计划完成日期 2025-12-31 (alt Y102, Y101); B101
  error at its 年度资金总额 50 (40 + 8 = 48).
* kfb16: D204 warning at the 年度目标 cell (identical to 中期目标); D202 warning at the annual
  128人 of a cumulative training count; T106 error at the annual ≥105% of a pass rate.

Legitimate look-alikes in the correct returns: typed percent cells (pct) in kfb01, kfb02, kfb07,
kfb09, kfb13, kfb18; ``0起`` / ``≤0起`` incident counts (kfb01, kfb13, kfb18); 下降率 with ≥
(kfb02, kfb11); 提高≥12百分点 on a coverage rate and points 100 both at tier level and indicator
level (kfb07); a goal's total with its parts in brackets (kfb07 420 = 260 + 160, kfb09 180 =
150 + 30); a later year the work prepares for (kfb11, 为2028年…推广积累经验); period counts in 中期
beside smaller annual counts and equal rates / unit costs in both columns (kfb11, kfb17); unit
cost × count within or equal to the money (kfb01 327.6 ≤ 360, kfb02 93 × 2.7 = 251.1 = the task,
kfb05 150 × 0.3 = 45, kfb09 57.6 ≤ 96, kfb18 60 × 3 = 180 = the task); the same 家长满意度 with
different values in two stacked projects (kfb05); fill and signature dates in 2025 for a 2026
budget; a 合计 row in a flat list, subtotal rows and a footnote explaining the total (kfb02,
kfb18); 注 / 说明 / 填表说明 rows (kfb13); a 2025 base year named in a footnote (kfb02).

Judgements: D104 and B107 are placed on the indicator row (the goal text is the reference), so
a finding at the goal cell alone would not match. A near-duplicate with a word more and a
different value is taken as doubtful (warning), not an impossibility, so D102 is accepted as an
alternative code only up to a warning. A deadline after a one-year project's end, a start date
before its budget year and an end date before the start are taken as impossibilities (error). A
≥105% pass rate is an error; 100% on a rate is the ceiling, not a finding. In kfb08 a 2025 year in
an indicator name is a warning (leftover), not an error. kfb18's department covers all three
halves of the theme in one budget; its 保安人均年服务费 × 派驻保安人数 equals the task's money.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout824 import cctv, drills, guards
from tests.variants.holdout824.registry import HOLDOUT824
from tests.variants.kit import Variant

MODULES = (guards, cctv, drills)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT824, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 824th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
