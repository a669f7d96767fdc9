"""The 847th held-out set: public legal services (12348 legal hotline, village (community) legal
advisers, legal awareness campaigns), 18 invented returns, 9 correct, 9 with planted mistakes.
The aim is checks across the table: goal text against indicators, years and dates, 中期 against
年度, duplicates, indicators under the wrong tier-2, unit cost × count against the money, parts
against totals, leftovers from last season. Places (槿屏市, 澄岗县, 鹭汀区, 禾坪镇), people, phone
numbers and figures are invented. Budget year 2026 throughout.

Layouts: project heads (kfy01–05, 08, 09, 11–18) and department heads (kfy07, kfy10); NAT-2021
and OLD-NAT tiers merged down; numbered labels with points (kfy01, kfy09), abbreviated labels
(kfy08), ★ / * marks and 效果指标 (kfy18); operator columns with symbols (kfy01, kfy14) or words
(kfy13, kfy07) and unit columns; headers 指标内容 / 绩效标准 (kfy02), 预期目标 (kfy11), 预期实现值
on a second sheet with a header repeated after a page break (kfy12), 考核指标 / 目标值（年度）
(kfy15), a two-row header with 评价标准 (kfy18); multi-year 中期 / 年度 columns (kfy03, kfy09);
stacked projects (kfy04 two, kfy16 three); a flat department list (kfy07); a budget-system
export with the project code in the first column and the table on a second sheet (kfy06); 说明
rows inside the table (kfy05), 注 / 填表说明 lines, signature and date lines; detail lines under
the table (kfy17).

Planted mistakes (return: code, highest accepted severity, place):

* kfy02-hotline-goal-money: B101 ≤error at 年度资金总额 (row: 100 + 12 ≠ 120); D104 ≤warning
  at 热线值班坐席数 ≥16个 (row: the goal says 20 seats); B107 ≤warning at 单次来电接听成本
  ≤30元/人次 (row: 30元 × 5万人次 = 150万元 over 120万元).
* kfy03-hotline-three-years: Y103 ≤warning alt Y101 at the 年度目标 cell (2025 left over in a
  2026—2028 project); D201 ≤error at 新增值班坐席数 年度 ≥8个 (period 6); D202 ≤warning alt
  D104 at 律师值班人次 年度 ≥1500人次 (copied from 中期; the annual goal says 500).
* kfy05-hotline-notes-defects: D102 ≤error alt D103 at 热线电话接通率 ≥90% (row: the same rate
  as 热线接通率 ≥95%); Y102 ≤error alt Y101, Y103 at 系统升级完成时间 2027年3月31日前 (one-year
  2026 project).
* kfy08-advisers-wrong-tier: D104 ≤warning at 配备法律顾问的村（社区）数 ≥201个 (row: goal 212);
  F201 ≤warning at 法律顾问入村服务次数 under 质量 (row); F201 ≤warning at 法律顾问履职考核合格率
  under 时效 (row).
* kfy10-advisers-department-money: B101 ≤error on the budget row (row: 235 + 195 ≠ 420); D104
  ≤warning at 配备法律顾问的村（社区）数 ≥200个 (row: the task says 212); B107 ≤warning at
  每村法律顾问服务补贴 ≤0.4万元/村 (row: 0.4 × 212 = 84.8 over the task's 63.6).
* kfy11-advisers-template: F110 ≤error at the empty name cell of the 质量指标 row; F109 ≤warning
  at the 生态效益指标 template row (row).
* kfy14-campaign-direction-year: Y102 ≤error alt Y101, Y103 at 宪法宣传周活动完成时间
  2025年12月10日前; T108 ≤warning at the ≥ of 宪法读本印制单价 (row).
* kfy15-campaign-duplicates: D101 ≤warning alt D103 at 开展法治讲座场次 (row: 法治讲座场次 with a
  word more, same value); D104 ≤warning at 普法宣传册印发数量 ≥3万册 (row: goal 5万册); F201
  ≤warning at 讲座听众满意度 under 社会效益 (row).
* kfy17-campaign-detail-lines: Y101 ≤error alt Y102 at 计划开始日期 (row: plan dates 2025 under a
  2026 title); X105 ≤warning alt X103 at `18.336 0`; B102 ≤error at the detail 合计 50 (lines
  add to 56).

24 required marks, 20 of them found only by comparing parts of the return (D104 ×4, D101,
D102, D201, D202, F201 ×3, B101 ×2, B102, B107 ×2, Y101, Y102 ×2, Y103).

Legitimate look-alikes in the correct returns:

* kfy01: typed percent cells with ≥ / ≤ in an operator column; the goal's 0.6万人次 is a part of
  the indicator's 3.6万人次, given in brackets; 20元 × 36000 = 72万元 within 86.4万元; tier-1
  points only, adding to 100.
* kfy04: 来电群众满意度 ≥88% and ≥92% in two stacked projects (each its own table); =100% on a
  转介率; a 注 explaining cost × count (21.9 ≤ 24, 14.4 ≤ 15); a fill date in 2025.
* kfy06: `=100%` kept as text on 工单办结率; 18元 × 1.8万件 = 32.4万元, equal to the money.
* kfy07: flat list without tiers; 矛盾纠纷激化转刑事案件数 ≤0件 (a zero on an incident count);
  =100% (typed, 等于) on a 覆盖率; weights add to 100.
* kfy09: 中期 7632次 beside 年度 2544次; rates and a per-year cost cap equal in both columns;
  tier points and indicator points both add to 100; ≥6 / ≥2 百分点 on a rate raised; the goal's
  2029 is a later year the work prepares for; 0.3万元 × 212 = 63.6 equal to the annual money.
* kfy12: the header repeated after a page break; a deadline inside 2026; 填表说明 under the table.
* kfy13: 辖区民间纠纷发生数下降率 大于等于 5% (a 下降率 written positive); 活动安全责任事故
  小于等于 0起; a date cell as a deadline; the goal's 2027 is the year the work prepares for.
* kfy16: three stacked projects, the same 受众法律知识知晓率 and 受众满意度 with different values;
  every cost × count equal to or within its project's money.
* kfy18: ★ / * marks, 时效 / 成本 abbreviated, 效果指标 as an alias of 效益指标; 中央补助 + 地方资金
  = 总额; 3万元 × 30 = 90万元 equal to the 中央补助.

Judgements where a reviewer could hesitate:

* kfy03: the 律师值班人次 copy is marked D202 at the annual cell (warning), D104 accepted since
  the annual goal says 500; the 2025 in the annual goal is a leftover, not history, so Y103.
* kfy05: two names for one rate with two values is a structure that cannot be (D102, error);
  D103 is accepted for the near-duplicate reading.
* kfy10: B107 compares the subsidy with its task's money (63.6), not the department total; the
  金额合计 195 matches 项目支出 195, so only the budget row is wrong.
* kfy14: a deadline in the year before the budget year is impossible for the return (error);
  a fill date in the autumn before (signature lines) is not.
* kfy17: the split number `18.336 0` is read as 18.336; the lines still do not add up, so B102
  at the 合计 stands on its own.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout847 import advisers, campaigns, hotline
from tests.variants.holdout847.registry import HOLDOUT847
from tests.variants.kit import Variant

MODULES = (hotline, advisers, campaigns)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT847, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 847th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
