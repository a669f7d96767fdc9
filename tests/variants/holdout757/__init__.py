"""The 757th held-out set: 18 invented returns of a provincial statistics bureau (云泽省统计局
and its city and county bureaus 禾埠市, 澄岭县, 栖岩区): the rural household income survey
(农村住户收支调查, ``survey``), the business-registry update (基本单位名录库, ``directory``) and
statistical-law enforcement checks (统计执法检查, ``lawcheck``). Nine returns are correct, nine
carry 2–3 planted mistakes (25 required marks), most found only by comparing one part of the
return with another. Everything is invented: places, units, people, phone numbers, figures.

Layouts: project heads with one-year money blocks (年度资金总额, 财政拨款, 其他资金) and
multi-year ones (中期 and 年度); department heads with budget shares and key tasks; an operator
column in words (大于等于); typed percent cells; tier labels numbered, with points, with * and
★ or abbreviated; headers 绩效目标值, 预期实现值, 指标内容 / 绩效标准, 预期目标; two projects
stacked in one sheet (twice); flat lists in two column orders; a table on a second sheet; an
instruction row, subtotal rows and a header repeated after a page break; a budget-system export
with codes in the first columns and the header on the third row; signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kcm02-goal-against-rows: D104 ≤warning row (记账户 ≥1200户, goal 1500户); Y102 ≤error at
  the deadline `2024年12月31日前` in a 2025 project (alt Y103, D104); B107 ≤warning row
  (800元/户 × 1200户 = 96万 > 80万).
* kcm04-period-wrong: D201 ≤error at the annual `≥2400户` (period 2000户); D202 ≤warning at
  the annual `≥8期` copied from the period (goal says 4期; alt D104); T108 ≤warning row
  (拒访率 ≥3%).
* kcm06-stacked-wrong: F201 ≤warning row (日记账抽查合格率 under 时效指标); D103 ≤warning row in
  the second project (审核覆盖率 ≥95% and 审核覆盖比例 ≥98%; alt D101, D102).
* kcm08-department-money-wrong: B101 ≤error at 资金总额 (500 + 30 ≠ 540); B102 ≤error at 金额
  合计 (80 + 70 + 50 ≠ 210; alt B101); D104 ≤warning row (新增单位 ≥6000家, goal 8000家).
* kcm10-flat-wrong: D102 ≤error row (名录库单位核实率 twice, 95% and 98%; alt D101, D103);
  W101 ≤error book level (weights add to 95).
* kcm12-years-wrong: Y103 ≤warning at the 年度目标 (2024年底前 in a 2025 project; alt Y101,
  D104); Y102 ≤error at the date cell 2026-03-31; X104 ≤warning at the text `45839`.
* kcm14-wrong-tier2: F201 ≤warning row three times (a cost under ★数量, a 及时率 under 质量,
  a 满意度 under 社会效益).
* kcm15-template-rows: D104 ≤warning row (抽查企业 ≥100家, goal 120家); F110 ≤error at the
  empty name cell; F109 ≤warning row (生态效益指标 left from the template).
* kcm18-period-copied: B103 ≤error at the annual 年度资金总额 (140 > 120); D204 ≤warning at the
  年度目标 (copied from the 中期目标); B107 ≤warning row (3000元/家 × 500家 = 150万).

Look-alikes in the correct returns: the goal's 1200户 with 300 new households in brackets beside
both counts, 记账户流失率 ≤5% (反向, ≤), `=100%` on a release rate, a cost standard times the
count below the money (kcm01); period counts beside smaller annual ones, equal rates in both
columns, `为2028年…积累经验` after a period ending 2027 (kcm03); the same 记账户满意度 at 90% and
92% in two stacked projects (kcm05); 42000家 with 新增6000家 in brackets (kcm07); a 下降幅度 in
百分点 with ≥, a deadline as a date cell (kcm09); a total with its parts as indicators and a
footnote explaining the total, a cost × count equal to the money (kcm11); tier points and
indicator points both adding to 100, `≥2百分点`, `0起` on an accident count (kcm13); an
instruction row, subtotals, a repeated header, 填表说明 (kcm16); codes as text and bare numbers
with operator and unit columns (kcm17). Fill and signature dates fall in the year before the
budget year.

Judgements: a deadline before the project even starts (kcm02) or after a one-year project ends
(kcm12) is accepted as an error; a copied count or goal text, a goal count given otherwise, a
cost above the money, a wrong tier-2 and a near-duplicate only as warnings. The same name twice
with two values in one flat list (kcm10) is a contradiction, accepted as an error. `为2028年…`
(kcm03) names a year the work prepares for, not a leftover: nothing to mark. kcm12's goal
deadline `2024年底前` is a leftover from last season (warning).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout757 import directory, lawcheck, survey
from tests.variants.holdout757.registry import HOLDOUT757
from tests.variants.kit import Variant

MODULES = (survey, directory, lawcheck)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT757, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 757th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
