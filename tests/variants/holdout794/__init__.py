"""The 794th held-out set: tourism services (scenic-area toilets, bilingual signage, tourist
information centres), 18 invented returns of 澜屿县 (文化和旅游局, 翠岙风景区, 鹤汀湖景区,
石罅峡景区, 雁塘古镇, 枫垭镇 / 枫垭峡谷), budget year 2025; every name, figure and phone number
is invented. Its aim is checks across the table: goal text against indicators, years and dates,
中期 against 年度, duplicates, tiers, money against costs and parts.

Layouts: project heads (``heads.project_head``) with one or two value columns, an operator
column (symbols or words) and a unit column, numbered tier labels with points, abbreviated
labels, headers 指标内容 / 绩效标准 / 预期实现值 / 预期目标, a tier-1 score column beside an
indicator score column, two projects stacked in one sheet (kdx03, kdx17), department heads
(``heads.department_head``) with tasks and 金额合计, a flat department list (kdx04), subtotal
rows and a header repeated after a page break (kdx13), a table on a second sheet (kdx06), a
budget-system export with codes in the first columns and the header on the third row (kdx11),
注 lines and signature / date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kdx02-toilet-new-build: D201 ≤error at Sheet1!E11 (年度 ≥32座 above 中期 ≥30座; D104
  accepted, the goal says 10); D202 ≤warning at Sheet1!E12 (智慧厕所 ≥15座 copied from 中期;
  D104 accepted, the goal says 5); D104 ≤warning at Sheet1!E14 (年度 deadline 12月31日 while
  the 年度目标 says 10月31日). The annual unit cost cell E15 tolerates a warning (B107 follows
  from the wrong 32座).
* kdx03-toilet-stacked: B101 ≤error at the second project's 资金总额 (45 ≠ 30 + 10); D104
  ≤warning at its 配建粪污处理设施数量 value (≥6套, goal 8套); D103 ≤warning on the row of
  处理后出水水质达标率 ≥90% beside 出水水质达标率 ≥95% (D102, D101 accepted).
* kdx05-toilet-wrong-tier: F201 ≤warning on the row of 厕所保洁达标率 under 时效; F201
  ≤warning on the row of 游客如厕满意度 under 社会效益; Y102 ≤error at 标准化改造完成时间
  ``2024年12月31日前`` in a 2025 return (Y101, Y103 accepted).
* kdx09-signage-goal-mismatch: D104 ≤warning at 新设多语种标识牌数量 ≥150块 (goal 180块);
  D104 ≤warning at 标识译写差错率 ≤3% (goal 1%以内); B107 ≤warning at 单块 ≤0.9万元/块
  (180 × 0.9 = 162, and 150 × 0.9 = 135, both above 120万元).
* kdx10-signage-duplicates: D101 ≤warning on the row of the second 双语标识牌更换数量 (same
  value 80块); D102 ≤error on the row of 英文译写规范率 98% under 社会效益, already 95% under
  质量 (D103, D101, F201 accepted).
* kdx12-signage-years: Y102 ≤error at 计划完成日期 2026-06-30 of a 1年 project (Y101
  accepted); Y103 ≤warning at the 年度目标 ``2024年完成…`` left from last season (Y101
  accepted); Y102 ≤error at 标识更换完成时间 ``2024年10月31日前`` (Y101, Y103 accepted).
* kdx14-centre-department-wrong: B102 ≤error at 金额合计 150 (80 + 45 + 30 = 155; B101
  accepted); D104 ≤warning at 接待咨询游客人次 ≥10万人次 (年度总体目标 12万人次); F201
  ≤warning on the row of 游客服务中心开放天数 (a count) under 质量.
* kdx16-centre-network: D204 ≤warning at the 年度目标 cell (identical to 中期目标); D201
  ≤error at 新建旅游咨询服务点数量 年度 ≥8个 above 中期 ≥6个 (D104 accepted).
* kdx18-centre-hotline-template: D104 ≤warning at 受理热线来电数量 ≥4万件 (goal 5万件);
  X101 ≤error on the template's example row ``示例：XX服务人次 │ ≥XX人次``; F109 ≤warning on
  the row of 生态效益指标 left without an indicator (its name cell is empty: item 13).

Legitimate look-alikes in the correct returns:

* kdx01: 下降率 with ≥; ``≤0起`` on an incident count; ``=100%`` typed (pct 1) on a 合格率; unit
  cost 8 × 12座 = 96万元 exactly the money; goal's 4座 第三卫生间 part of the 12座.
* kdx04: flat list, weights 100 with a 合计 row (not an indicator); 景区内 52座 a part of 86座
  stated in the goal with its parts in brackets; 下降率 with ≥; typed percents; 投诉率 with ≤.
* kdx06: ``提高≥3百分点`` on a 完好率; 2026 in the goal and a 备注 as the year the pilot
  prepares for; table on a second sheet under 预期实现值; 6 × 7 = 42 ≤ 45万元.
* kdx07: ``=100%`` on 译写规范率 as text; 240 × 0.5 = 120万元 exactly; 下降率 with ≥.
* kdx08: three-year project, 中期 600块 / 15个 beside 年度 220块 / 6个; rates and unit costs
  equal in both columns; 2028 in the 中期目标 as what the work prepares for; 600 × 0.45 = 270,
  220 × 0.45 = 99, each exactly its money.
* kdx11: export, tiers repeated in every row (not merged), codes as text, ``=100%`` as text
  with ``=`` in the operator column, ``≤0起``, typed percents, 150 × 0.35 = 52.5 ≤ 58.
* kdx13: subtotal and 合计 rows, the header repeated after a page break, a footnote saying
  金额合计 is the 项目支出 only, 12万人次 = 8万 + 4万 in the goal, 12万 × 10元 = 120万元.
* kdx15: tier-1 scores 40/10/30/20 and indicator scores both adding to 100 (only one level
  counts); ``降低≥2百分点`` on a 投诉率 and ``提高≥5百分点`` on a 知晓率.
* kdx17: two stacked projects each with 游客满意度 (不低于90% / 不低于85%): not duplicates;
  word operators (不少于, 不低于, 不超过, 30分钟内); 3 × 12 = 36万元 exactly.
* Fill and signature dates in December 2024 are not year conflicts.

Judgements: kdx03's near-duplicate is a warning (two phrasings of one rate, values 95/90) with
D102 accepted; kdx10's second 英文译写规范率 is the same name with another value, marked D102 at
error as a contradiction. kdx12's three year marks are separate places (head date, goal text,
indicator) and each is required. kdx02's 32座 would also make 单座成本 × count exceed the annual
money: tolerated, not required. kdx09's cost exceeds the money with either count. F109 in kdx18
is marked on the tier-2 row, not on the empty name cell. kdx14's labels (产出, 数量, 经济成本,
服务对象满意度) are NAT-2021 abbreviations, not unknown tiers.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout794 import centres, signage, toilets
from tests.variants.holdout794.registry import HOLDOUT794
from tests.variants.kit import Variant

MODULES = (toilets, signage, centres)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT794, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 794th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
