"""The 500th held-out set: invented returns of lacquer-tree and eucommia (漆树、杜仲)
forest-medicine farming for upland villages (鹤汀县, 漆坪村, 云岙乡, 石门岭镇, 杜家坳村; all
invented), with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Modules: ``lacquer`` (ap01–ap06, 漆树 projects), ``eucommia`` (ap07–ap12, 杜仲 projects),
``villages`` (ap13–ap18, upland-village departments and a village co-operative, both crops).
Budget year 2025; money in 万元, mostly as numbers with ``0.00"万元"`` formats.

Layouts: project heads with operator and unit columns and typed percents (ap01, ap02, ap11);
two projects stacked in one sheet with one value column (ap03, ap04); numbered tier labels with
points and a weight column (ap05); tier-1 and indicator score columns (ap06, ap12); a
three-year and a one-year project with 中期 and 年度 columns, the latter a budget-system export
with the project code in the first column (ap07, ap08); a two-row header 考核指标 ·
目标值（年度） · 评价标准 (ap09); the table on a second sheet under 指标内容 · 预期实现值 with an
instruction row, 注, 填表说明 and signature lines (ap10); detail lines under the table (ap11);
department heads with shares and key tasks (ap13, ap14); flat lists (ap15 指标名称 · 权重 ·
计量单位 · 指标性质 as word operator · 指标值; ap16 指标名称 · 指标值 · 指标性质 as direction ·
计量单位 · 权重); header 预期目标 with template rows (ap17); a unit row, subtotal, a header
repeated after a page break (（续表）), a total row and a note (ap18).

Planted mistakes (return: code, highest accepted severity, place):

* ap02: T106 ≤error at the 105% 嫁接苗成活率 cell; T108 ≤warning (row) 漆疮（过敏）发生率 ≥3%.
* ap04: B101 ≤error at the second project's 年度资金总额 (52 ≠ 40 + 6); T105 ≤error at
  割漆技术培训合格率 `120人`.
* ap06: W103 ≤error at the 产出指标 score 45 (indicators 50) and at the 效益指标 score 25
  (indicators 20); F105 ≤error at （二）时效指标 under 三、效益指标.
* ap07: D204 ≤warning at the 年度目标 cell (copied 中期目标); D202 ≤warning at the annual cells
  of 新建杜仲良种林面积 and 杜仲雄花茶加工示范点 (three-year counts copied).
* ap11: X105 ≤warning (alt X103) at `36.5 8`; X106 ≤error (alt B108) at `24万24万（含运费）`;
  T115 ≤error at the 0 万元/亩 cost; B102 file-level ≤error tolerated (damaged lines).
* ap14: B101 ≤error (row) at 资金总额 800 (340 + 480 = 820); B111 ≤error at the 其他资金 share
  12% (120 ÷ 800 = 15%); B102 ≤error at 金额合计 470 (tasks add to 480); a finding at the
  基本支出 share 40% (340 ÷ 800 = 42.5%, a consequence of the same slip) is tolerated.
* ap16: T112 ≤error at `≥1500株` with 计量单位 亩; T108 ≤warning (row) 杜仲苗木病虫害发生率 ≥5%
  marked 反向; W101 ≤error file-level (weights 95).
* ap17: F110 ≤error at the empty name cell of a `≥90%` row; F109 ≤warning (row) at the empty
  时效指标 template row.
* ap18: Y102 ≤error (alt Y103) at `2026年3月31日前` in a 2025 department table; T108 ≤warning
  (row) 每亩杜仲林管护成本 `≥300元/亩`.

Look-alikes in the correct returns: `=100%` typed as pct(1) on 接穗检疫合格率 and `≤0起` of
accidents (ap01); 漆病虫害发生率 `≤5%` typed in Excel (ap01); the same 漆农满意度 with 90% and
92% in the two stacked projects, and 7.5万元/个 × 6 = 45 = the second project's money (ap03);
化学农药使用量增长率 `≤0%` (ap05); tier-1 and indicator points both adding to 100 with a note
saying so, `比上年提高≥5百分点`, `0起` of forest fires (ap12); `≥5百分点` on a rate rise (ap10);
identical 中期 and 年度 columns and goals in a one-year project (ap08); 漆树干腐病发病下降率
`≥20%` (ap13, ap15); 森林火灾发生起数 小于等于 0 (ap15); fill and signature dates in 2024
(ap01, ap10, ap13); the instruction row, 注 and 填表说明 rows (ap10).

Judgements: `≥5百分点` is a percentage rise (§3.3a), no T105. A one-year project may carry equal
中期 and 年度 money, goals and values (ap08). In ap14 the budget row error is marked once (B101,
row) and the share that follows from it is only tolerated; the 12% share is an independent
slip. In ap11 the damaged detail cells are marked at their cells; the B102 they may cause is
tolerated. In ap18 the subtotal (40) and total (100) rows are not indicators and the weights of
the indicators add to 100. In ap06 each mismatching tier score is marked (not W101: the tier
points add to 100 and so do the indicator points).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout500 import eucommia, lacquer, villages
from tests.variants.holdout500.registry import HOLDOUT500
from tests.variants.kit import Variant

MODULES = (lacquer, eucommia, villages)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT500, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 500th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
