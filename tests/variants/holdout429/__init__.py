"""The 429th held-out set: a province's virus-free seed potato (脱毒马铃薯) programme.

Theme: 岷塬省 (invented) and its 脱毒种薯繁育中心, 石梁县 / 峪口县 / 高坪市 offices. Two halves:
seed production (组培苗, 原原种/微型薯, 原种, 检测; ``production.py`` and the department
returns) and extension to growers (推广补贴, 示范, 培训, 贮藏窖; ``extension.py``).
``departments.py`` holds department returns, flat lists, template rows and a system export.
Budget year 2025; money in 万元 (mostly only in the number format, ``WAN``).

Layouts: project heads (``heads.project_head``) with 资金总额 = 财政拨款 + 其他资金 or
中期/年度 money blocks; department heads with tasks and 占比; OLD-NAT and NAT-2021 tiers merged
down; operator and unit columns (xw01); inline operators with typed percents (xw02); two
stacked projects (xw03, xw04); 中期/年度 columns over three years (xw05, xw06); numbered labels
with points and a score column (xw07); ★ / * / abbreviated labels with a tier-1 score column
(xw08); a two-row header 指标内容 / 绩效标准 (xw09); a second sheet under 预期实现值 with the
header repeated after a page break (xw10); 指标性质 as direction and 指标方向 as operator
(xw11); 填表说明 / 说明 / 注 rows and a signature line (xw12); flat lists (xw15, xw16); header
预期目标 (xw17); a 预算管理一体化 export on sheets 05-1 / 05-2, header on row 3 (xw18).

Planted mistakes (22 required marks; code, highest accepted severity, place):

* xw02: T106 ≤error Sheet1!D11 (typed 105% on 脱毒苗病毒检测合格率); T108 ≤warning Sheet1!D12
  row (组培苗病毒复感率 ≥3%).
* xw04: B101 ≤error Sheet1!C19 row (second project 资金总额 240 ≠ 200 + 30); T105 ≤error
  Sheet1!D24 (脱毒原种到户率 3500户).
* xw06: D202 ≤warning Sheet1!E11 and E13 (cumulative area and training copied from 中期);
  D201 ≤error Sheet1!E12 (annual 网棚 55 above the period's 40).
* xw08: W103 ≤error Sheet1!B9 alt W101 (产出 declared 50, indicators 45); F105 ≤error
  Sheet1!C15 (质量指标 under ★效益).
* xw10: T105 ≤error 绩效指标!D4 (脱毒种薯覆盖率 18000 亩); T112 ≤error 绩效指标!D5 (≥3600亩
  with unit column 户).
* xw11: T108 ≤warning Sheet1!E10 row (正向 推广面积 with ≤); T108 ≤warning Sheet1!E12 row (反向
  复感率 with ≥); B107 ≤warning Sheet1!F14 row (1800元/亩 × 3000亩 = 540 > 420万元).
* xw14: B101 ≤error Sheet1!B4 row (基本 350 + 项目 590 = 940 ≠ 960); B102 ≤error Sheet1!D10
  alt B101 (tasks 575 ≠ 金额合计 590).
* xw16: T105 ≤error Sheet1!B9 (覆盖率 ≥10000 亩); F110 ≤error Sheet1!A11 (value, no name);
  W101 ≤error book level (weights 95).
* xw17: X104 ≤warning Sheet1!D11 (完工时间 "45961" as text); F110 ≤error Sheet1!C14 (≥300户
  without name); F109 ≤warning Sheet1!B15 row (可持续影响指标 left empty).

Legitimate look-alikes in the correct returns (xw01, xw03, xw05, xw07, xw09, xw12, xw13,
xw15, xw18): typed percent cells with % also in the unit column (xw01, xw15), a date cell as a
deadline (xw01), 定性 in the operator column (xw01); the same name 种薯质量抽检合格率 at ≥95%
and ≥92% in two stacked projects (xw03); equal rates and unit costs in 中期 and 年度 (xw05);
百分点 changes (xw05, xw07, xw13); tier points and indicator points both adding to 100 with a
合计 row and a 注 explaining it (xw07); 种薯质量安全事故 0起, 带毒率下降率 ≥10%, =100% as text
(xw09, xw18); 填表说明 / 说明 / 注 rows, a fill date in 2024 (xw12 and every signature line);
shares rounded to 0.1% (xw13); 病毒病发病率 ≤5% and a flat 合计 row (xw15); a cost standard ×
count equal to 项目支出 (xw16, not a mistake there); codes and a 合计 row in the export (xw18).

Judgements: xw04's 0批次 is an incident count, not a zero target. In xw06 the 2025 goal text is
kept free of figures so the copies are found at the cells, not as D104. In xw08 the missing
5 points show both as W103 and W101; one problem, so W101 is an alt. In xw11 the cost cap ×
area beyond the money is only doubtful (other money could pay the rest), hence a warning.
In xw14 the wrong sum could be any of the four cells, so the B101 mark takes the row.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout429 import departments, extension, production
from tests.variants.holdout429.registry import HOLDOUT429
from tests.variants.kit import Variant

MODULES = (production, extension, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT429, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 429th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
