"""The 485th held-out set: 18 invented returns on horse racing festivals (赛马节) and herders'
cooperatives on the grassland (牧民专业合作社), 9 correct and 9 with planted mistakes (24 required
marks), to measure ``goalbook check`` out of sample. Places (骏川县, 白驹滩镇, 金辔苏木, 红鬃嘎查,
云鬃草原), units, people, phone numbers and figures are invented. Budget year 2025.

Layouts
-------
* ``racing.py`` (aa01-aa06), festival projects: an operator column headed 指标性质 with a unit
  column and a value column headed 绩效目标值 (aa01); operators in words in a 指标方向 column
  (aa02); numbered tier labels with points and an indicator score column (aa03); a tier-1 score
  column beside an indicator score column (aa04); a three-year and a two-year project with 中期
  and 年度 columns (aa05, aa06).
* ``herders.py`` (aa07-aa12), cooperative projects: three and two projects stacked in one sheet
  (aa07, aa08); a transfer-payment form with 中央补助 + 地方资金, * and ★ marks and abbreviated
  tier-2s (aa09); numbered labels under the header 预期目标 (aa10); detail lines under the table
  (aa11); the head on one sheet and the indicators on a second sheet under 指标内容 and
  预期实现值 (aa12).
* ``departments.py`` (aa13-aa18): the grassland bureau's department table with budget and key
  tasks (aa13, aa14); the festival office's flat lists (aa15: 指标名称 · 权重 · 计量单位 ·
  指标性质 as operator · 指标值; aa16: 指标名称 · 指标值 · 指标性质 as direction · 计量单位 ·
  权重); budget-system exports with sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, the
  header on row 3 and codes in the first columns (aa17 with two projects and the header repeated
  after a page break, aa18).

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* aa02: T106 error at Sheet1!E11 (赛道安全防护到位率 typed as 105%); T108 warning, row 14
  (赛事组织费用 with 等于 on a cost cap); T108 warning, row 15 (骑手坠马受伤率 with 大于等于).
* aa04: W103 error at Sheet1!B9 (产出指标 50 points, indicators 45); W103 error at Sheet1!B14
  (效益指标 30 points, indicators 35). Both levels total 100, so no W101.
* aa06: D204 warning at Sheet1!D9 (年度目标 = 中期目标 in a two-year project); D202 warning at
  Sheet1!E11 (举办白驹滩赛马节 ≥2届 in both columns) and Sheet1!E12 (培育本地品牌骑手 ≥60人).
* aa08: B101 error at Sheet1!C19 (second project: 年度资金总额 52 ≠ 40 + 10); T105 error at
  Sheet1!D24 (入社牧户参保覆盖率 ≥300户).
* aa10: F109 warning, row 15 (template tier-2 （二）生态效益指标 with no indicator); F105 error at
  Sheet1!B16 (（三）质量指标 under 三、效益指标); F110 error at Sheet1!C18 (≥90% without a name).
* aa11: X104 warning at Sheet1!D4 (计划开始日期 "45717" as text); X105 warning at Sheet1!C5
  (年度资金总额 "126.4 8", X103 accepted); X106 error at Sheet1!D18 ("60万60万(含运输安装)",
  B108 accepted); B102 error on the book tolerated, not required.
* aa14: B101 error at Sheet1!B4 (资金总额 2400 ≠ 2100 + 260); B102 error at Sheet1!D9 (tasks
  300 + 350 + 200 ≠ 金额合计 900); T108 warning, row 17 (牲畜重大疫病发生率 ≥1%).
* aa16: T112 error at Sheet1!B13 (35万元 against the unit column 人); T108 warning, row 17
  (骑手坠马受伤率 ≥2%, 反向); W101 error on the book (weights add up to 95).
* aa18: T113 warning at 部门项目支出绩效目标05-2!H6 (示范社评定完成时间 as 100%); F109 warning,
  row 9 (效益指标 / 生态效益指标 left empty from the template).

Legitimate look-alikes in the correct returns
---------------------------------------------
* aa01: typed percents (0.98, 0.02, 0.1, 0.9 and 0.92 in ``0.00%``), ``= 100%`` on
  赛事裁判持证上岗率 (the ceiling), ``≤ 0 起`` on 赛事安全事故 (an incident count, not a rounded
  cost), 马匹伤病发生率 ≤ 2%; 1500 元/匹 × 260 匹 = 39万 within 168万.
* aa03: tier points (40 + 20 + 30 + 10) and indicator points (10 × 10) both total 100 and agree
  per tier; 提高≥3百分点 on a 比例 is a percentage; a 合计 row and a 说明 row.
* aa05: counts below the period (≥2条/≥1条, ≥6000个/≥2000个, ≥450人/≥150人, ≥6场/≥2场);
  rates, the unit cost and the design life (≥20年) equal in both columns as they should be.
* aa07: 入社牧户满意度 ≥90% / ≥92% / ≥90% in three stacked projects, each its own table;
  棚圈 40 × 1.2万 = 48万 ≤ 60万, 青干草 1500吨 × 280元 = 42万 ≤ 45万, 展销 4 × 6万 = 24万 ≤ 30万.
* aa09: *产出指标, abbreviated 数量 / 效益 / 满意度, ★ core names, 提高≥1百分点 on a 盖度,
  320 = 280 中央补助 + 40 地方资金.
* aa12: a 注 row inside the table without a value, 说明 rows, a fill date in 2024, a bare 100%
  typed percent on a 合格率.
* aa13: 牲畜疫病死亡率下降率 ≥10% (a 下降率 written positive, ≥ is right); 1860 = 1720 + 140 =
  1160 + 700; tasks 260 + 180 + 260 = 700 = 项目支出.
* aa15: a flat list (no tiers); 赛事安全事故 ≤ 0 起; 观众投诉率 ≤ 1% typed; weights 100 with a
  合计 row carrying 100 (not to be added again); 420 = 380 + 40 = 150 + 270, tasks 270.
* aa17: the header repeated after a page break, a 合计 line on 05-1 (150 + 80 = 230), bare numbers
  with % in the 度量单位 column, a date with 日期 as its unit.

Judgements where a reviewer could hesitate
------------------------------------------
* ``等于`` on 赛事组织费用 (aa02) is marked as a direction conflict (T108, a cost cap written as
  =), as in the main corpus; the cost (90万) stays within the budget (96万).
* In aa04 the mismatch is marked at the tier score cells only; 赛事期间围栏事故 ≤0起 there is an
  incident count, not a zero target.
* aa06: the cost per edition ≤40万元/届 equal in both columns is a unit cost, not a count.
* aa08: the 52 is marked at the total; a checker may also see 保费 300 × 1600 = 48万 against it,
  which is within either total, so nothing else is marked.
* aa11: read as 60, the detail lines add up (60 + 46.48 + 20 = 126.48); a B102 from misreading
  60万60万 is tolerated. The split "126.4 8" stays a warning (X105) since it reads as 126.48.
* aa14: 基本支出 + 项目支出 = 2400 holds; only 财政拨款 + 其他资金 fails, so B101 sits at 资金总额.
* aa18: the deadline given as 100% carries operator = and no unit; T113 at the value cell, a
  warning, as the reviewer doubts the form rather than seeing an impossibility.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout485 import departments, herders, racing
from tests.variants.holdout485.registry import HOLDOUT485
from tests.variants.kit import Variant

MODULES = (racing, herders, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT485, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 485th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
