"""The 781st held-out set: a provincial archives and local-chronicles office (澄岭省档案馆,
澄岭省地方志编纂委员会办公室, and the invented counties 云岫县 and 桐梁县 with 沙埠镇):
digitising historical archives, compiling village chronicles (村志), an archives exhibition.

Everything is invented. 18 returns, 9 correct, 9 with planted mistakes (25 required marks).

Layouts: project heads with one value column (kdk02, kdk05, kdk08, kdk14, kdk17); an operator
column and unit column with typed percent cells (kdk01); operators in words under 指标方向 with
headers 指标内容 / 绩效标准 (kdk07); 中期 and 年度 columns (kdk03, kdk04) and a two-row header
绩效目标值 (中期 · 年度) repeated after a page break (kdk18); two projects stacked in one sheet
(kdk05, kdk17); a budget-system export with codes in the first columns, the header on the third
row of a second sheet (kdk06); numbered tier labels (kdk08); tier labels with points (kdk09) or
a separate tier score column (kdk10); department heads with flat lists (kdk11, kdk12) or a
tiered table (kdk15, kdk16); a head on one sheet and the table on a second sheet under
预期实现值 (kdk13).

Planted mistakes (return: code, highest accepted severity, place):

* kdk02: D104 warning at the 卷数 value (row): the goal says 8万卷, the indicator 6万卷;
  Y102 error at the deadline 2024年11月30日前 in a 2025 project; B107 warning at the unit
  cost (row): 15元/卷 × 6万卷 = 90万元 > 80万元.
* kdk04: Y103 warning (alt Y101) at the 年度目标: it names 2024, outside 2025—2026; D201
  error at the annual 16个 above the period's 14个 (alt D104); D202 warning at the annual
  40万页 copied from the period (alt D104: the 年度目标 says 20万页).
* kdk06: F201 warning (row) at 迁移数据校验准确率 under 时效指标; D101 warning (row, alt D103)
  at 档案数据迁移条目数量, the 数量 indicator again under 时效; X101 error (row) at a template
  example row `（示例）年度培训人次 ≥**人次`.
* kdk08: D104 warning (row): goal 12 villages, indicator ≥10部; F201 warning (row) at
  村志评审合格率 under （三）时效指标; Y102 error at 2026年3月31日前 in a one-year 2025 project.
* kdk10: W103 error at the 产出 tier score 50 (the indicator scores under it add to 45);
  F201 warning (row) at 每万字编纂成本 under 数量指标; D102 error (row, alt D103) at
  镇志入志村落调查数 ≥15个 against 镇志入志村落调查数量 ≥18个. W101 at book level is
  tolerated (indicator scores total 95), not required.
* kdk12: D104 warning (row) at 修志人员培训人次 ≥150 while the task says 200人次; W101 error
  at book level: weights add to 95.
* kdk14: Y104 error at the 计划完成日期 2025-06-30, before the start 2025-08-01; D104 warning
  (row): goal 15 乡镇, indicator ≥12个; F201 warning (row) at 观众满意度 under 社会效益指标.
* kdk16: B101 error at 资金总额 280 (基本支出 170 + 项目支出 100 = 270); B102 error at the
  金额合计 100 (45 + 30 + 20 = 95); D104 warning (row): task 接待观众5万人次, indicator ≥3万.
* kdk17: D102 error (row, alt D103) at 进校园展览场次 ≥8场 against 进校园展出场次 ≥10场; B101
  error at the second project's 年度资金总额 15 (12 + 2 = 14).

Cross-table marks (goal, dates, period, duplicates, tiers, money parts): all but X101's
template leftover count as comparisons; at least 20 of the 25 need another part of the return.

Legitimate look-alikes in the correct returns: typed percent cells (kdk01, kdk11, kdk15's
shares), `档案原件调阅下降率 ≥60%` and `原件调阅下降率 ≥50%` (下降率 with ≥: kdk01, kdk03),
`档案实体损毁事件 ≤0起` and `馆藏档案安全事故 ≤ 0 起` (kdk01, kdk11), a goal total with its part
in brackets and a 其中 indicator (kdk01, kdk05, kdk13, kdk15), `为2028年…积累` in a 2025—2027
project's 年度目标 (kdk03), the period's count beside a smaller year's (kdk03, kdk18), costs
within their money (kdk01 3.5 × 12万页 = 42万 ≤ 60; kdk05 300 × 1200 = 36万 = 36, equal),
the same indicator name with different values in two stacked projects (kdk05), 100 both ways
with tier and indicator points (kdk09), `≥5百分点` (kdk09), `=100%` / `等于 100 %` at the
ceiling, a footnote explaining 金额合计 = 项目支出 (kdk11), fill dates in 2024 (kdk13 and
the signature lines), a header repeated after a page break (kdk18), notes and 填表说明 rows.

Judgements where a reviewer could hesitate:

* D104 is marked on the indicator row (row=True), the finding may quote either text.
* kdk04: the annual 16个 also contradicts the 年度目标 (8个) and the copied 40万页 contradicts
  its 20万页, so D104 is accepted as an alternative at those cells.
* kdk06: the duplicate sits under 时效, so F201 there would also be fair; only D101/D103 asked.
* kdk03 names 2028 in the 年度目标 as the year the work prepares for: not a leftover year.
* kdk10's missing 5 points make the indicator total 95: W101 tolerated, W103 required.
* kdk07's `等于 │ 完整入藏` is a qualitative state under 可持续影响, not a type mismatch.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout781 import chronicles, digitise, exhibition
from tests.variants.holdout781.registry import HOLDOUT781
from tests.variants.kit import Variant

MODULES = (digitise, chronicles, exhibition)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT781, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 781st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
