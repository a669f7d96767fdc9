"""The 700th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: a county archive digitisation project (``archive``: kah01-kah06), an oral-history
recording programme (``oralhistory``: kah07-kah12) and village-history exhibition halls
(``exhibition``: kah13-kah18), all in the invented 栎川县, budget year 2025. Nine returns are
correct, nine carry 2-3 planted mistakes (24 required marks), most of them found only by
comparing one part of the return with another.

Layouts: project heads with 万元 number formats (kah01-04, 07, 08, 11, 12, 15-18), stacked
projects (kah03, kah04), department heads with budget and key tasks (kah05, kah06, kah09,
kah10), flat lists with weights (kah09, kah10), 实施期 and 年度 columns of a three-year project
(kah07, kah08), operator and unit columns (kah01, kah13, kah14, kah17; operators in words in
kah17), headers 指标内容/绩效标准 (kah01), 预期目标 (kah02, kah18), a two-row header with 考核指标,
目标值（年度）, 分值 and 评价标准 (kah11, kah12), 绩效目标值 (kah15), abbreviated labels (kah16),
numbered labels with points (kah11, kah12, kah15), a budget-system export with the table on a
second sheet under a third-row header repeated after a page break (kah13, kah14), notes,
填表说明, 合计 and signature lines (kah05, kah06, kah09, kah11, kah12, kah17).

Planted mistakes (return: code, highest accepted severity, place):

* kah02: D104 warning, row of 婚姻登记档案扫描画幅 (goal 15万画幅, indicator ≥10万); Y102 error,
  row of 数字化成果验收时间 (2026年3月31日前 in a one-year 2025 project; alt D104, Y103); B107
  warning, row of 目录著录单价 (3元 × 20万条 = 60万元 > 资金总额 50万元).
* kah04: B101 error at the second project's 资金总额 (25 + 8 ≠ 30); Y103 warning at its 年度目标
  (2024年12月底前, last year's deadline; alt Y102, Y101).
* kah06: B102 error at 金额合计 (40 + 18 + 16 = 74 ≠ 71; alt B101); F201 warning, row of
  数字化成果抽检合格率 under 时效指标.
* kah08: B103 error at 年度资金总额 (135 > 中期 120); D201 error at the annual 采访人数 (≥150人
  against ≥90人 for the period; alt D104, the goal says 30人); D202 warning at the annual
  口述影像拍摄时长 (≥270小时 copied from the period column).
* kah10: D104 warning, row of 口述音视频录制时长 (goal ≥200小时, indicator 120); D102 warning,
  row of 口述史受访老人人数 (the first row's indicator with one word more, 80 against 60; alt
  D103, D101); W101 error on the book (weights add to 95).
* kah12: W103 error at 一、产出指标（50分） (15 + 10 + 10 + 10 = 45); Y102 error, row of
  采录任务完成时间 (2024年10月31日前 in 2025; alt Y103); F201 warning, row of
  村民对口述史展播满意度 under 社会效益指标. W101 on the book is tolerated (not required).
* kah14: D104 warning, row of 布展面积 on 05-2 (600 against the goal's 480 on 05-1); X104 warning
  at the 布展完工时间 value (text "45930", a date serial).
* kah16: D104 warning, row of 村史馆建成数量 (≥4个, the goal says 3); F201 warning, row of
  展板制作数量 under 质量; B107 warning, row of 单馆布展费用 (25万 × 3 = 75万 > 60万).
* kah18: Y101 error on the book (title 2025年度, plan dates in 2024; alt Y102); F110 error at the
  empty name cell under 质量指标 (value ≥98%); F109 warning, row of the empty 生态效益指标.

Legitimate look-alikes in the correct returns: typed percent cells (kah01, kah09, kah13, kah17);
a 下降率 with ≥ / 大于等于 (kah01, kah17); 0起 on incident counts (kah01, kah03, kah05, kah17);
=100% at the ceiling; a goal count with its parts in brackets (kah01, kah05, kah15) and a
footnote explaining a total (kah05); a later year the work prepares for (2026 in kah01, kah09);
history years in goal and task text (1950—1990, 1949—2024); a baseline year 2024 in a goal and a
说明 row (kah17); fill and signature dates in 2024; the period's counts above the year's and
equal rates and unit costs in both columns (kah07); unit cost × count within or equal to its
money (kah01, kah03, kah05, kah09 with a 说明 row, kah15, kah17); 100 points both on tier-1
labels and on indicators, a 合计 row, a rate raised in ≥5百分点 (kah11); the same indicator name
with different values in two stacked projects (kah03); a count and its growth rate side by side
(kah17); the header repeated after a page break with the codes repeated (kah13).

Judgements: the goal's larger count against an indicator's ≥ lower bound (kah02, kah10, kah14)
is a contradiction a reviewer asks about, so a warning, not an error; a deadline in the wrong
year of a one-year project (kah02, kah12) is an error; kah10's second 受访者 row differs by a
word and the two values can both hold, so only a warning; kah08's 年度资金 above 中期 is an
impossibility (error) though each column adds up; historical years (1950—1990 archives, a
大事记 1949—2024) and a prior-year baseline are not year conflicts; in a flat list (kah09,
kah10) the 合计 row and weights are not indicators; kah12's missing 5 points are marked at the
tier score only, the resulting total of 95 is tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout700 import archive, exhibition, oralhistory
from tests.variants.holdout700.registry import HOLDOUT700
from tests.variants.kit import Variant

MODULES = (archive, oralhistory, exhibition)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT700, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 700th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
