"""The 353rd held-out set: county fire hydrant and water-for-firefighting upkeep (栖岩县).

Theme: 消火栓 inspected, repaired, marked and monitored (uy01–uy06); water pressure tests, fire
water tanks and the points and period columns of their projects (uy07–uy12); micro fire
stations, response drills and the fire brigade's department money (uy13–uy18). Everything is
invented: 栖岩县, 禾埠镇, 梧塘镇, the units, people, phone numbers and figures. Budget year 2025.

Layouts: project heads (``heads.project_head``) with one-year money blocks or 中期/年度 blocks;
department heads with budget, 占比 and key tasks; tier-1 and tier-2 merged down; operator and
unit columns (uy01, uy02, uy14); operators inside the values; two projects stacked in one sheet
(uy03, uy04); flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (uy05, uy06); header
预期目标 with a 注 row inside the table, 说明 and 填表说明 lines and signatures (uy07); a 说明
row under the header (uy08); numbered tier labels with points and a tier score column (uy09,
uy10); the table on a second sheet under 指标内容 / 绩效标准 with a title row above (uy11);
two- and three-year projects with 中期 and 年度 columns (uy12, uy13).

Planted mistakes (return: code, highest accepted severity, place):

* uy02: T105 ≤error at the value of 既有消火栓检测覆盖率 (186 个; row); T106 ≤error at the typed
  105 % of 补建消火栓验收合格率.
* uy04: B101 ≤error at the second project's 年度资金总额 (95 ≠ 80 + 10); T108 ≤warning on
  监测终端故障率 ≥2% (row).
* uy06: W101 ≤error book level (weights add to 95); T105 ≤error (alt T112) at 消火栓完好率 85个;
  T112 ≤error at 消防水池清淤费用 12万元 against the 个 unit column.
* uy08: F110 ≤error at the empty name cell of a ≥95% row; F109 ≤warning at the template tier-2
  时效指标 with no indicator (row).
* uy10: W103 ≤error at the 产出指标 score 50 (indicators 20 + 15 + 10 = 45); F105 ≤error at the
  时效指标 tier-2 under 效益指标; W101 book level tolerated (the indicator points add to 95).
* uy12: D204 ≤warning at the 年度目标 text copied from 中期目标; D201 ≤error at 新建消防水池
  年度 ≥24座 against 中期 ≥20座; D202 ≤warning at 改造消火栓 年度 ≥300个 = 中期; B107 warning
  tolerated on the cost row (8万元 × the wrong 24 exceeds the annual 130万元).
* uy14: T108 ≤warning at the ≥ of 演练器材故障率 and of 微型站到场响应时间 (rows); T107 ≤warning at
  the = of 园区企业满意度 (row).
* uy16: B111 ≤error at the 其他资金 share 25 % (100 ÷ 500 = 20 %); B102 ≤error at 金额合计 210
  (80 + 70 + 40 = 190).
* uy18: X105 ≤warning (alt X103) at 财政拨款 "68.0 5"; X104 ≤warning at 维修开工时间 "45748"
  typed as text; Y102 ≤error at 泵站维修完成时间 2026-06-30 in a one-year 2025 project.

Legitimate look-alikes in the correct returns: typed percent cells (uy01, and the 占比 of uy05,
uy17); ``=100%`` on 合格率 (uy01, uy15); unit cost × count equal to the money (uy03 both
projects, uy13 年度 and 中期); the same indicator name with different values in two stacked
projects (uy03 改造消火栓出水合格率 ≥98% / ≥95%); a flat list with no tiers (uy05); a 注 row
inside the table, 说明/填表说明 lines, signature lines dated in 2024 (uy07, uy17); 100 points
both at tier and indicator level with a note saying they are one measure (uy09); 提高≥5百分点 on
a rate (uy09, uy15); a 下降率 with ≥ and ≤0起 on an incident count (uy15); 中期 = 年度 for rates
and unit costs in a three-year project while counts are a third (uy13); a footnote explaining
that 金额合计 equals 项目支出 (uy17).

Judgements where a reviewer could hesitate: uy06's 消火栓完好率 ``85个`` is marked T105 with T112
accepted (the % unit column conflicts too). uy08's 说明 row and uy07's 注 row are not
indicators. uy12's B107 is tolerated, not required: the cost cap is right, the annual count is
wrong. uy18's 2026 date is an error because the head says a one-year project ending 2025-12-31;
the serial ``45748`` (2025-04-01) would be inside the year. uy14 ``=95%`` on a satisfaction is a
warning, not an error. uy10's W101 follows from the W103 and is only tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout353 import hydrants, pressure, stations
from tests.variants.holdout353.registry import HOLDOUT353
from tests.variants.kit import Variant

MODULES = (hydrants, pressure, stations)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT353, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 353rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
