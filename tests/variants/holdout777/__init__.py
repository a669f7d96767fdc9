"""The 777th held-out set: a city ecology-and-environment bureau (柘岭县, 砚川市, 鹭汀市):
rural sewage-treatment stations (kdg01–kdg06), a soil-pollution survey of farmland
(kdg07–kdg12) and noise monitoring near schools (kdg13–kdg18). 18 returns, 9 correct, 25
required marks, 20 of them found only by comparing one part of the return with another.

Layouts: project heads with one value column, an operator column (符号 or words) and a unit
column, headers 绩效目标值 / 考核指标 · 目标值（年度） · 评价标准 / 预期实现值 on a second
sheet; multi-year projects with 中期 and 年度 columns; stacked projects; department heads with
tasks, flat lists, a weight column with a header repeated after a page break and a 合计 row;
tier labels numbered with points, marked with * and ★, abbreviated; tier-1 and indicator
score columns; 说明 / 注 / 填表说明 rows and signature lines.

Planted mistakes (return, code, highest accepted severity, place):

* kdg02: B101 error at the 年度资金总额 cell (120 + 40 ≠ 150); D104 warning, row of
  站点提标改造数量 (goal 18座, indicator 15座; D103 accepted); B107 warning, row of 站点运维费用标准
  (3万元 × 60座 = 180 > 150).
* kdg03: Y103 warning at the 年度目标 cell (a 2024 deadline in a 2025–2027 project; Y102,
  Y101 accepted); D201 error at the annual 接入站点数 (180 > 150; D104 accepted); D202 warning
  at the annual 在线监测设备安装数 (the period's 150套 copied).
* kdg06: D103 warning, row of 站点运行维护数量 under 可持续影响 (same as 已建站点运行维护数;
  D101, F201 accepted); F201 warning, row of 站点出水达标率 under 时效; T108 warning, row of
  设施故障率 with 大于等于.
* kdg08: Y101 error, row of the plan dates (2024 under a 2025 title; Y102 accepted); Y102
  error, row of 类别更新成果报送时间 ≤2026年3月31日 (Y101 accepted).
* kdg10: W101 error, book level (weights 95); D102 error, row of 土壤采样点位数量 600 against
  土壤采样点位数 800 (D103, D101, D104 accepted); D104 warning, row of 检测项目数 6 (goal 8项).
* kdg12: F201 warning, row of 采样点位布设数 under 质量; F201 warning, row of 检测数据质控合格率
  under 时效; F109 warning, row of the empty 可持续影响 tier-2.
* kdg14 (second stacked project): B101 error at its 年度资金总额 (50 + 15 ≠ 60); D104 warning,
  row of 新设噪声自动监测点 ≥25个 (goal 30所各1个); D101 warning, row of 新设噪声自动监测点位
  (D103 accepted).
* kdg16: Y103 warning, row of 2023年度声环境功能区监测报告 (Y101 accepted); T106 error at
  监测数据有效率 typed 105%.
* kdg18: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the annual
  降噪改造学校数 ≥45所; T108 warning, row of 校园周边噪声超标投诉率 annual ≥5%. Tolerated: a
  warning at the annual 单校改造成本 (45 × 12 = 540 > 180 follows from the copied count).

Legitimate look-alikes in the correct returns: kdg01 ≤0件 on an incident count, 故障发生率 ≤5%
(a 反向 rate), typed percents, 22万元 × 12座 = 264 = the money, the goal's 12座 with its parts
in brackets; kdg04 the same 受益农户满意度 with 90% and 85% in two stacked projects, =100% on a
合格率, ≥5百分点, 1.5万元 × 30座 = 45 = the money; kdg05 tasks adding to 项目支出, a 说明 row
and 注 lines explaining a total, a fill date in 2024; kdg07 tier-1 and indicator scores both
adding to 100, 提高≥3百分点, the goal's 2400个 (含平行样240个); kdg09 a 下降率 with ≥, weights
100; kdg11 =100% as text, a table on a second sheet; kdg13 40所 in 中期 beside 20所 in 年度, a
goal preparing for 2027, equal rates in both columns; kdg15 a repeated header and a 合计 row;
kdg17 label points matching the indicator scores, ★ and * labels, 6万元 × 15所 = 90.

Judgements: a 2024 deadline inside a 2025 goal (kdg03) is a leftover year, so a warning; a
duplicate with different counts (kdg10) cannot hold both, so an error is accepted; the 2027 of
kdg13 is a year the work prepares for, not a year conflict; 设施故障率 under 质量 (kdg06) is
left unmarked; 0 on a complaint count with ≤ is a zero-incident target, not T115.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout777 import noise, sewage, soil
from tests.variants.holdout777.registry import HOLDOUT777
from tests.variants.kit import Variant

MODULES = (sewage, soil, noise)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT777, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 777th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
