"""The 751st held-out set: 18 invented returns of 霁原省生态环境厅 (an invented provincial
ecology and environment department), written blind, with a careful reviewer's marks.

Theme: air-quality monitoring stations (``stations``: kcg01–kcg06), the pollution-source census
update (``census``: kcg07–kcg12) and the 12369 environmental-complaint hotline (``hotline``:
kcg13–kcg18). Budget year 2025 throughout; amounts in 万元, mostly with the unit only in the
number format.

Layouts: project heads (one-year; three-year and two-year with 中期 and 年度 columns), department
heads with budget rows and 年度主要任务, tier-1 and tier-2 merged down; an operator column with
symbols (kcg01) or words (kcg13) beside a unit column; numbered tier labels with points and an
indicator score column (kcg05, kcg18); headers 指标内容 / 绩效标准 (kcg07), 考核指标 /
目标值（年度） (kcg08), 预期实现值 on a second sheet (kcg17); a flat list 指标名称 · 权重 · 计量单位
· 指标性质 · 指标值 (kcg09); two projects stacked in one sheet (kcg04); a budget-system export
with sheets 05-1 / 05-2, codes in the first columns and the header on the third row (kcg10); a
subtotal row and the header repeated after a page break (kcg15); 注 / 说明 / 填表说明 rows and
signature lines (kcg07).

Planted mistakes (return, code, highest accepted severity, place):

* kcg03-station-om-defects: D104 ≤warning Sheet1!D10 (row): 质控比对次数 ≥100站次, the goal says
  120站次; F201 ≤warning Sheet1!D13 (row): 站点数据有效率 under 时效指标; B107 ≤warning
  Sheet1!D14 (row): 单站年运维费 ≤3万元 × 60站 = 180 > 年度资金 150.
* kcg04-stacked-component-voc: Y102 ≤error 绩效目标表!F19 (alt Y101, Y103): the second, one-year
  project ends 2026-06-30; B101 ≤error 绩效目标表!C20: its 年度资金总额 95 ≠ 80 + 10.
* kcg06-township-network-copied: D204 ≤warning Sheet1!D9: 年度目标 = 中期目标 word for word;
  D201 ≤error Sheet1!E11 (alt D104): 乡镇空气站 36 in 2025 against 30 for 2025—2027; D202
  ≤warning Sheet1!E13: 培训运维人员 ≥450人次 copied from 中期.
* kcg08-census-pilot-duplicates: D102 ≤error Sheet1!D11 (row; alt D103, D101, D104):
  规模化养殖场入户核查数量 ≥2500家 beside 入户核查数 ≥2000家; F201 ≤warning Sheet1!D12 (row):
  普查表填报数量 under 质量指标; Y102 ≤error Sheet1!D14 (alt Y101, Y103, D104): deadline
  2024年11月30日前 left from last season.
* kcg10-mobile-source-export: B102 ≤error 部门项目支出预算05-1!F7: lines 48 + 36 + 22 = 106,
  合计 110; X101 ≤error 部门项目支出绩效目标05-2!G6 (row): the template's example row
  （示例）开展业务培训 ≥**人次; X104 ≤warning 部门项目支出绩效目标05-2!G8: 核查完成时间 "45930"
  (a date serial typed as text, 2025-09-30).
* kcg12-permit-census-period: B103 ≤error Sheet1!E5 (row; alt B101): 年度资金 280 above
  中期资金 240; D104 ≤warning Sheet1!D12 (row): 覆盖设区市 ≥6个, the 中期目标 says all 8.
* kcg14-online-platform-direction: D104 ≤warning Sheet1!D9 (row): 网络平台受理举报件数 ≥6000件,
  the goal says 不少于8000件; T108 ≤warning Sheet1!D15 (row): 重复举报率 ≥5%; F201 ≤warning
  Sheet1!D16 (row): 举报人满意度 under 社会效益指标.
* kcg16-complaint-centre-money: B101 ≤error 部门整体!B4 (row): 资金总额 520 = 480 + 40 but
  基本支出 300 + 项目支出 200 = 500; B102 ≤error 部门整体!D9: tasks 120 + 50 + 20 = 190, 金额合计
  200; F110 ≤error 部门整体!C15: a value ≥98% without its indicator name.
* kcg18-publicity-points-template: W103 ≤error Sheet1!A9 (alt W101): 产出指标（50分） over
  indicator scores adding to 45; D104 ≤warning Sheet1!D12 (row): 宣传周活动完成时间 2025年9月30日前,
  the goal says 6月30日前; F109 ≤warning Sheet1!B16 (row): 生态效益指标 left empty. W101 ≤error
  at book level is tolerated, not required (the scores then add to 95).

25 required marks; 21 of them compare one part of the return with another (goal against
indicators, dates against the budget year and the project period, 中期 against 年度,
duplicates, wrong tier-2, cost × count and parts against totals, template leftovers).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and a
``其中：`` indicator for the part (kcg01), a part counted inside a total and explained in a 注
row (kcg07); PM2.5 下降率 / 比上年下降 with ≥ (kcg01, kcg05); 0起 on an incident count and
反向 rates with 小于等于 (kcg13); ``=100%`` text on a ceiling rate (kcg02, kcg05, kcg07); rates
raised in 百分点 (kcg02); tier points and indicator points both adding to 100 (kcg05); unit
cost × count equal to its money (kcg01 8 × 15 = 120, kcg13 150元 × 12000 = 180万, kcg15 2000元 ×
150 = 30万, kcg05 7 × 60 = 420 = the task) or within it (kcg07, kcg09, kcg11); period counts
in 中期 beside smaller annual ones and equal rates in both columns (kcg02, kcg11); a later year
the work prepares for (为2028年…积累…数据, kcg02); a goal's 约1.2万件 against 12000件 (kcg13);
9月底前 in the goal against 2025年9月30日前 (kcg17); fill and signature dates in late 2024
(kcg01, kcg07, kcg13); subtotal, total and repeated header rows (kcg15); typed percent cells
(kcg01, kcg02, kcg09, kcg11, kcg13, kcg17), a typed date in a flat list (kcg09).

Judgements where a reviewer could hesitate:

* kcg02's 为2028年开展县域空气质量排名积累数据 lies beyond the 2025—2027 period but names what
  the work prepares for, not a leftover: nothing to report.
* kcg04: the end date is marked rather than 项目期 1年; whichever is wrong, the date falls outside
  a one-year 2025 project, an impossibility (error). The same name 数据有效率 with different
  values in the two stacked projects is not a duplicate.
* kcg06: the annual 36 above the period's 30 also contradicts the (copied) goal text, so D104 is
  accepted at that cell; the 年度 microstation count 120 of 300 is fine.
* kcg08: 规模化养殖场入户核查数 / 入户核查数量 differ by one word and in value: a conflicting
  duplicate (error accepted); the 2024 deadline is both a year leftover and a date outside the
  year (Y102, Y101 or Y103 accepted).
* kcg12: the money parts add up in both blocks; only 年度 > 中期 is wrong (B103, B101 accepted).
* kcg14: 平台运维及短信服务费 ≤96万元 equals the whole budget: a cap within its money, not B107.
* kcg16: the B101 mark is on the budget row, since a checker may report it at 资金总额 or at
  基本支出 / 项目支出.
* kcg18: W103 sits at the tier-1 label carrying the points, the W101 it causes is tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout751 import census, hotline, stations
from tests.variants.holdout751.registry import HOLDOUT751
from tests.variants.kit import Variant

MODULES = (stations, census, hotline)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT751, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 751st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
