"""The 873rd held-out set: 18 invented returns on rural e-commerce (county logistics centres,
village service points, live-stream sales training), 9 correct, 9 with 2–3 planted mistakes
each (25 required marks), most of them found only by comparing one part of a return with
another. Places, units, people, phone numbers and figures are invented.

Layouts: project heads with 中期/年度 money blocks and detail lines (kgy01, kgy02, kgy18); an
operator column with a unit column (kgy01); operators inside the values (kgy02, kgy11, kgy12,
kgy16, kgy18); multi-year projects with 中期 and 年度 columns (kgy03, kgy04) and a two-row
header 中期目标值 / 年度目标值 (kgy15); budget-system exports with codes in the first columns,
money on sheet 05-1 and indicators on sheet 05-2 under 绩效目标值 / 度量单位 (kgy05, kgy06);
department heads with budget and key tasks, numbered (一、 / （一）) or abbreviated tier labels
(kgy07, kgy08); flat lists (kgy09 名称 · 权重 · 单位 · 指标性质 as operator · 指标值; kgy10
名称 · 指标值 · 单位 · 权重); two projects stacked in one sheet (kgy11, kgy12); tier-1 and
indicator points (kgy13, kgy14); headers 考核指标 / 目标值（年度） (kgy16); a header repeated
after a page break with 小计 and 合计 rows (kgy17); 注 / 说明 / 填表说明 rows and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kgy02-hub-cost-deadline: D104 ≤warning at Sheet1 value of 新增村级配送线路 (≥16条 against
  the goal's 18条); Y102 ≤error at 共配中心投入运行时间 (2026年6月30日前 in a 2025 one-year
  project, alt Y101, D104); B107 ≤warning (row) at 冷链配送车单车购置成本 (18 × 6 = 108 > 90).
* kgy04-sorting-points-period: D104 ≤warning at the 中期 value of 乡镇快递分拨点 (≥10个 against
  the 中期目标's 12个); D201 ≤error at the 年度 value of 智能分拣设备 (14套 above the period's
  12套, alt D104); D202 ≤warning at the 年度 value of 驿站从业人员培训 (120人次 copied from
  中期 while the 年度目标 says 60人次, alt D104).
* kgy06-export-warehouse: B102 ≤error (row) at the 合计 row's 其他资金 on sheet 05-1 (lines 0+5+5 =
  10, not 15, alt B101); Y103 ≤warning at the 年度绩效目标 cell (2024年底前 in a 2025 return,
  alt Y101, Y102); F201 ≤warning (row) at 分拣差错率 under 时效指标 on sheet 05-2.
* kgy08-commerce-bureau-money: B101 ≤error (row) at 资金总额 (基本 280 + 项目 170 = 450 ≠ 460);
  B102 ≤error at 金额合计 (80 + 50 + 30 = 160 ≠ 170); F201 ≤warning (row) at 服务站点用户满意度
  under 社会效益.
* kgy10-flat-leaders: D103 ≤warning (row) at 村级服务站点新建数 ≥35 beside 村级电商服务站新建数量
  ≥40 (alt D102, D101, D104); D104 ≤warning at 农村电商带头人培育 ≥150 (goal 200名); W101 ≤error
  at book level (weights add to 95).
* kgy12-stacked-stations-dates: B101 ≤error at the second project's 资金总额 (60 + 10 = 70 ≠ 75);
  Y101 ≤error at its 计划开始日期 2024-03-01 (a one-year 2025 project, alt Y102).
* kgy14-livestream-points-wrong: W103 ≤error (row) at 产出指标's 40 points (10 + 10 + 5 + 10 = 35;
  W101 at book level tolerated, not required); D104 ≤warning at 村播培训期数 ≥8期 (goal 10期);
  D103 ≤warning (row) at 学员培训结业率 ≥80% under 社会效益 against 学员结业率 ≥85% under 质量
  (alt D102, D101).
* kgy16-livestream-template-rows: F110 ≤error at the empty name of the row valued ≥50个; F109
  ≤warning (row) at the template tier-2 生态效益指标 left without indicator.
* kgy18-studio-artefacts: X104 ≤warning at 计划完成日期 "46022" (a serial in a text cell); Y102
  ≤error at 直播间交付时间 2024年11月30日前 (alt Y103, Y101); B107 ≤warning (row) at 单套直播设备
  采购成本 (2.5 × 20 = 50 > 设备采购 40).

Legitimate look-alikes in the correct returns: typed percents (kgy01, kgy05, kgy07, kgy09,
kgy13, kgy17); 破损率 / 投诉率 with ≤ and 成本下降率 / 差错下降率 with ≥ (kgy01, kgy09); 站点安全
事故发生次数 ≤0次, a zero-incident target (kgy09); goal counts with their parts in brackets
(5家 = 邮政1 + 民营4, 86个 = 30 + 56, 126个 = 48 + 78) and a part listed as its own row
(其中：新建站点 ≥30, kgy07); later years the work prepares for (为2026年…, kgy01; 为2026年
打造…, kgy15; 为2027年…, kgy03, inside the period); period counts above smaller annual counts,
rates and unit costs equal in both columns, 日均处理快件 equal as a daily rate (kgy03, kgy04
unmarked rows, kgy15); unit cost × count equal to its money (12 × 4 = 48, kgy01; 12 × 3 = 36,
kgy05; 30 × 2 + 56 × 1 = 116, kgy07; 60 × 1 = 60 and 3 × 30 = 90, kgy11; 600 × 800元 = 48万,
kgy13; 300 × 1200元 = 36万, kgy17) or within it (kgy03, kgy15); the same name 服务对象满意度 with
different values in two stacked projects (kgy11); `≥5百分点` and `≥3百分点` (kgy11, kgy13);
tier points and indicator points both adding to 100 (kgy13); `=100%` at the ceiling; fill and
signature dates in 2024 for 2025 budgets; 注 / 说明 / 填表说明, 小计 / 合计 rows and a repeated
header (kgy15, kgy17).

Judgements: a cumulative count copied 中期 → 年度 is marked D202 even where the 年度目标 also
contradicts it (D104 accepted); a deadline in the year after a one-year project is an error
(Y102), a goal text naming last year's deadline only a warning (Y103); a near-duplicate with
another value is D103 ≤warning (D102 accepted); kgy14's missing 5 points make the indicator
total 95, so W101 is tolerated but only W103 asked for; kgy12's second project has one money row
(资金总额 beside 财政拨款), so only B101 applies; kgy15's 年度 deadline 主体2025年12月31日前完工 is
text around a date inside the year; kgy17's bare typed percents carry no operator (info only).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout873 import livestream, logistics, servicepoints
from tests.variants.holdout873.registry import HOLDOUT873
from tests.variants.kit import Variant

MODULES = (logistics, servicepoints, livestream)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT873, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 873rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
