"""The 549th held-out set: 18 invented returns on hand-pulled dried noodle (挂面) workshops and
hazelnut (榛子) growing and processing, with a careful reviewer's marks (budget year 2025).

Invented places and units: 柘岭县 (挂面: 农业农村局, 乡村产业服务中心, 挂面产业服务站, 枫渚乡)
and 楮川县 (榛子: 林业和草原局, 榛子产业发展中心, 林木种苗站, 商务局). Modules: ``noodles``
(cm01–cm06), ``hazelnut`` (cm07–cm12), ``department`` (cm13–cm18: department returns, flat
lists, a budget-system export, decorated tier labels, from both halves).

Layouts: project heads with operator and unit columns and percent cells (cm01, cm02); tier-1
and indicator score columns with numbered labels (cm03, cm04); one value column with detail
lines under the table (cm05); an instruction row, a header repeated after a page break, 注,
填表说明 and signature lines (cm06); three-year projects with 中期 and 年度 columns (cm07,
cm08); two projects stacked in one sheet (cm09, cm10); header 预期目标 with template rows
(cm11); head on one sheet, table on a second sheet under 考核指标 / 预期实现值 with word
operators (cm12); department heads with shares and key tasks (cm13, cm14); flat lists (cm15,
cm16); a 预算管理一体化 export with sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2,
codes in the first columns, header on row 3 (cm17); labels with ★ / * and abbreviations under
考核指标 / 目标值（年度） / 评价标准 (cm18).

Planted mistakes (code, highest accepted severity, place):

* cm02: T106 error at the 挂面产品抽检合格率 value (a typed 102 %); T108 warning, row mark, at
  the ≥ of 挂面含盐量超标率 (反向).
* cm04: W103 error at the 产出 tier score 40 (indicators under it 10 + 10 + 15 = 35; W101
  accepted); T105 error at 加工户满意度 ``≥80人``.
* cm05: X105 warning (alt X103) at the detail amount ``8.5 6``; X106 error (alt B108) at
  ``8万8万(含运费)``; B102 on the return tolerated, not required.
* cm08: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at the annual
  cells of 采穗圃面积 ``≥500亩`` and 嫁接苗 ``≥90万株`` (three-year totals copied).
* cm10: B101 error, row mark, at the second project's 中期资金总额 45 (30 + 10); T105 error at
  网店订单按时发货率 ``≥300单``.
* cm11: F110 error at the empty name cell of a 质量指标 row valued ``≥95%``; F109 warning, row
  mark, at the template tier-2 生态效益指标 with no indicator.
* cm14: B101 error, row mark, at 资金总额 260 (基本 150 + 项目 100 = 250); B111 error at the
  其他资金 share 15.0 % (30 ÷ 260 = 11.5 %); B102 error, row mark, at 金额合计 100 (tasks 40 +
  35 + 30 = 105); any finding at the 100 % share cell tolerated up to error.
* cm16 (flat list): T112 error at ``≥150人`` with unit column 户; T108 warning, row mark, at
  挂面质量投诉率 ``≥2%`` marked 反向; W101 error on the return (weights add to 95).
* cm18: F105 error at the tier-2 时效 placed under ★效益指标; T107 warning at 入场商户满意度
  ``=95%``.

21 required marks on 9 returns; the other 9 are correct.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column (cm01, cm15); ``挂面盐分超标批次下降率 ≥ 20%`` and ``榛果霉变损失下降率 ≥ 20%`` (a
下降率 written positive, with ≥); ``作坊食品安全事故发生数 ≤ 0 起`` and ``榛子加工安全生产事故
≤ 0 起``; ``=100%`` at the ceiling (cm06, cm15, cm17); ``≥5百分点`` / ``≥10百分点`` rate changes
(cm03, cm08); tier and indicator scores both adding to 100 with a 合计 row and a note (cm03);
rates and unit costs equal in 中期 and 年度 (cm07); the same indicator name with different values
in two stacked projects (cm09: 榛子加工技术培训人次 300 / 120, 合作社满意度 90 % / 85 %); a
note explaining that 金额合计 covers only 项目支出 (cm13); ``榛园化肥使用量增长率 ≤0%`` (零增长,
cm13); a signature date in the year before the budget (cm06 and most others); cost × count
within the money (cm01: 12 × 6.5 + 1800 m² × 40 元 = 85.2 ≤ 86; cm05: 20 × 1.2 = 24, the line
exactly); a bare number with % in a unit column under word operators (cm12).

Judgements where a reviewer could hesitate:

* cm05: with ``8万8万`` read as 8 and ``8.5 6`` as 8.56 the lines add up to 42.56, so B102 is
  only tolerated.
* cm04: the score mismatch is marked at the tier score cell as W103; a W101 over the indicator
  scores (95) names the same problem and is accepted.
* cm16: 95 is not the 90 that a separately scored 预算执行率 would justify, so W101 is required;
  人 against 户 is a unit conflict (error), not a mere rename.
* cm14: with 资金总额 wrong, the 基本/项目 shares sum to 96.2 % though each matches its amount;
  only the 其他资金 share is marked.
* cm18: ★/* and abbreviated labels (数量, 质量, 成本, 经济效益) are OLD-NAT tiers, not unknown
  ones; the only tier defect is 时效 under 效益.
* cm08: 良种覆盖率提高 ``≥10百分点`` / ``≥4百分点`` and equal rates and unit costs are not D202.
* cm17: two projects in one export sheet are two tables; 成本指标 sits under 产出 (OLD-NAT).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout549 import department, hazelnut, noodles
from tests.variants.holdout549.registry import HOLDOUT549
from tests.variants.kit import Variant

MODULES = (noodles, hazelnut, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT549, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 549th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
