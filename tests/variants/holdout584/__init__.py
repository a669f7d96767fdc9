"""The 584th held-out set: 18 invented returns on banana (香蕉) ripening rooms (催熟房) and
plantation disease control (枯萎病, 叶斑病, 束顶病), with a careful reviewer's marks.

Budget year 2026 throughout. Invented places and units: 椰坪县, 芭溪镇, 滨湾市, 蕉湾农场.

Layouts: project heads (``heads.project_head``) and department heads (``heads.department_head``)
with their money blocks; tier-1 and tier-2 merged down; numbered labels with points (dv01),
abbreviated labels (dv07); headers 指标内容/绩效标准 (dv01), 预期实现值 on a second sheet (dv03),
目标值（年度）/评价标准 over a two-row header (dv10), 预期目标 (dv17); operator column 指标性质
as symbols (dv02) or words (dv07); unit columns; stacked projects (dv04, dv15); a flat
department list (dv06); 中期 and 年度 columns (dv05, dv16); tier-1 and indicator scores
(dv11); budget-system exports with codes in the first columns and a second sheet (dv13,
dv14); 注/说明/填表说明 rows, subtotals, a header repeated after a page break and signature
lines (dv10, dv18).

Planted mistakes (return: code, highest accepted severity, place):

* dv02: Y102 ≤error at the 计划完成日期 (2027-06-30 in a one-year 2026 project; alt Y101,
  Y104); D104 ≤warning, row of 改造催熟间数量 (年度目标 says 15间, indicator ≥10间; a finding
  at the goal cell is tolerated).
* dv04: Y103 ≤warning at the second project's 年度目标 (a 2025 goal left in a 2026 return; alt
  Y101); D102 ≤error, row of the second 催熟房建成数量 (6间 and 8间 in one project; alt D101,
  D103; the first row is tolerated).
* dv05: D104 ≤warning, row of 建成标准化催熟房 (中期目标 36间, 中期 indicator ≥30间); D201
  ≤error at the annual 培训催熟技术人员 (260 above the period's 200); Y102 ≤error at the
  中期 acceptance date 2029年6月30日前 (after the 2026–2028 项目期; alt Y103).
* dv08: X102 ≤warning at the 年度目标 (``<br>``); X101 ≤error at ``≥XX场次``; F201 ≤warning,
  row of 病株清除及时率 under 质量指标.
* dv09: Y101 ≤error book level (title 2025年度, everything else 2026; alt Y102, Y103); X104
  ≤warning at the 计划开始日期 text ``46083``; B107 ≤warning, row of 无人机喷药作业单价
  (60元/亩 × 3万亩 = 180万元 > 150万元).
* dv11: W103 ≤error at the 效益指标 score 40 (indicators 35); D103 ≤warning, row of
  蕉园枯萎病发病率降低幅度 ≥5百分点 (same measure as 降幅 ≥3百分点; alt D102, D101).
* dv14: X102 ≤warning at the name ``<p>抗病品种种苗补助数量``; X104 ≤warning at the value
  ``46173``; T105 ≤error, row of 抗病品种定植成活率 ≥40000 株.
* dv16: D204 ≤warning at the 年度目标 cell; D202 ≤warning at the annual cells of 冷链配送网点
  and 配置冷藏车.
* dv17: X101 ≤error at ``≥**次``; F110 ≤error at the empty name cell of the 质量指标 row;
  F109 ≤warning, row of the empty 时效指标.

Cross-table marks (§5 C4, C6, C9, C10, C12, C15, C16, unit cost × count): 20 of the 24
required marks (all but W103, T105, F110 and F109).

Legitimate look-alikes in the correct returns: a goal text that sums its indicators (dv01:
12 + 8 = 20间; dv12: 1 + 1.5 = 2.5万亩); a count repeated in the text with the same value
(dv03 3.6万吨, dv10 600份, dv13, dv15); 2028年 named on purpose as a later plan (dv03,
tolerated at warning); `≤0批次`, `≤0起`, `≤0个` on incident counts (dv01, dv06, dv07, dv12,
dv15); a 下降率 with ≥ as a typed percent (dv06); 新发病率下降 ≥2百分点 (dv07); cost standard ×
count equal to the money (dv07: 800元/亩 × 1500亩 = 120万元; dv15: 60元 × 1万亩 = 60万元) or
within it (dv01, dv03, dv10, dv12, dv13, dv18); similar names measuring different things
(dv10 病区土壤消毒面积 / 抽检合格率); the same indicator names with different values in
different stacked projects (dv15); `=100%` as text at the ceiling (dv13); typed percent cells
(dv01, dv03, dv06, dv12, dv13); subtotal and total weight rows (dv18); fill and signature
dates in 2025 (dv10, dv12, dv18); equal 中期 and 年度 values on rates and unit costs (dv05,
dv16).

Judgements where a reviewer could hesitate: two conflicting duplicates get error only when both
values cannot hold (dv04: bare 6间 and 8间); ≥3 and ≥5百分点 (dv11) can both hold, so warning.
A completion date outside the declared 项目期 (dv02, dv05) is treated as an impossibility
(error). A serial left as text (dv09, dv14) is a warning. The tier-1 block in dv10 is broken
by a 注 row and carries on after it; dv18's 产出指标小计 weight cell tolerates a warning.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout584 import disease, layouts, ripening
from tests.variants.holdout584.registry import HOLDOUT584
from tests.variants.kit import Variant

MODULES = (ripening, disease, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT584, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 584th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
