"""The 334th held-out set: 18 invented returns on saline-alkali land improvement (盐碱地改良) in
the invented 卤滩县 (towns 芦沽镇, 海堰乡, 碱场洼村, 东滩, 柳埝农场): the first half of the theme
is desalination, drainage ditches, subsurface pipes, 台田条田 and soil testing (``drainage``,
uf01–uf06, and uf13a, uf14a, uf15, uf16, uf17, uf18); the second half salt-tolerant crops and
yield gains on improved land (``crops``, uf07–uf12, and uf13b, uf14b). ``offices`` holds the
layouts of other offices (stacked projects, flat department lists, a budget-system export, a
department table broken over two pages). Nine returns are correct, nine carry 22 required marks.

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks; an
operator column (指标性质 as ≥/≤) with a unit column (uf01, uf02); operators inside the values
(uf03, uf10); 中期 and 年度 columns (uf04 three years, uf05 two years); the table on a second
sheet under 考核指标 / 预期实现值 / 计量单位 (uf06); numbered labels with points and an indicator
score column (uf07); a tier-1 score column (uf08); a transfer-payment 区域绩效目标表 with *, ★ and
abbreviated tier-2s, 中央补助 + 地方资金 (uf09); headers 指标内容 / 绩效标准 with a 注 row inside
the table, 填表说明, signature and stamp lines (uf11); header 预期目标 (uf12); two projects stacked
(uf13, uf14); flat department lists (uf15 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, uf16
指标名称 · 计量单位 · 指标性质 · 指标值 · 权重); a budget-system export with codes in the first
columns, sheets 05-1 and 05-2 and the header on the third row (uf17); a department table with
tasks, weights, a subtotal row and the header repeated after a page break (uf18).

Planted mistakes (return: code, highest accepted severity, place):

* uf02: B105 ≤error at 其他资金 Sheet1!C6 (``400,000.00元`` in a 万元 block; B101 on the file
  tolerated, not required); T106 ≤error at Sheet1!E11 (a typed 105% acceptance rate).
* uf03: T108 ≤warning row Sheet1!D13 (检测样品差错率 ≥2%); T105 ≤error Sheet1!D14 (检测覆盖率
  ``14个``); T108 ≤warning row Sheet1!D15 (检测报告出具时间 ≥15个工作日).
* uf05: B103 ≤error Sheet1!E5 (年度资金总额 920 > 中期 860; the annual 财政拨款 at E6 above its
  中期 figure is tolerated up to error); D201 ≤error Sheet1!E12 (泵站 ≥6座 in the year, ≥4座 over
  the period); D202 ≤warning Sheet1!E13 (干沟 24公里 copied from the period).
* uf08: W103 ≤error 绩效目标!B9 (产出 declared 50, indicators 45); W103 ≤error 绩效目标!B14 (效益
  declared 30, indicators 35); T105 ≤error 绩效目标!E14 (亩均增产率 ``120公斤``).
* uf10: T108 ≤warning row Sheet1!D11 (成活率 ≤85%); F105 ≤error Sheet1!B14 (2.时效指标 under
  三、效益指标).
* uf12: F110 ≤error Sheet1!C12 (a value ≥90% with an empty name); F109 ≤warning row Sheet1!B13
  (时效指标 left from the template).
* uf14: B101 ≤error Sheet1!C20 (second project 150 ≠ 120 + 20); T105 ≤error Sheet1!D25
  (推广覆盖率 ``9个``).
* uf16: T112 ≤error row Sheet1!D9 (``38万元`` against unit 万立方米); T108 ≤warning row
  Sheet1!C13 (≥ on 次生盐渍化发生率); W101 ≤error on the file (weights add to 90).
* uf17: X106 ≤error alt B108 at 部门项目支出预算05-1!F6 (``36.5万36.5万``; B102 on the file
  tolerated); X104 ≤warning at 部门项目支出绩效目标05-2!F7 (``46022`` as text, 2025-12-31; any
  warning there tolerated).

Legitimate look-alikes in the correct returns: 下降率 with ≥ (uf01, uf04, uf07, uf09, uf13,
uf15, uf18); 返盐率 ≤5% as a 反向 rate (uf04); ``0起`` on incident counts (uf07 农田退水污染事件,
uf15 ``≤ │ 0 │ 起``, uf18 安全生产事故); rates changed in 百分点 (uf06 ``≥3 │ 百分点`` on a share
lowered, uf07 ``≥5百分点``); tier points and indicator points both adding to 100 (uf07);
``=100%`` on a 落实率 at its ceiling (uf09); a unit standard × count equal to its money (uf09
700元/亩 × 20000亩 = 中央补助 1400万; uf17's 150元 × 2800 = line 42万 is in an incorrect return;
uf18 600元 × 6000亩 = task 360万); the same 受益农户满意度 at ≥90% and ≥85% in two stacked
projects (uf13); typed percent cells (uf01, uf15, uf18); a date cell as a deadline with ≤ in the
operator column (uf01); rates equal in 中期 and 年度 and lower annual counts (uf04); a fill
date in the year before the budget year (uf11, uf18); 注, 填表说明, signature, stamp, subtotal,
合计 and repeated header rows (uf11, uf15, uf18).

Judgements where a reviewer could hesitate: ``检测报告出具时间 ≥15个工作日`` (uf03) is read as a
direction conflict, not a minimum processing time; ``≥3 │ 百分点`` on ``中重度盐碱地占比较上年下降``
(uf06) says the fall is at least 3 points, so ≥ is right; ``0起`` is a zero target on an
incident count, not T115; uf05's annual 财政拨款 above its 中期 figure is a consequence of the
annual total typed too high, so it is tolerated, not required; in uf16 the unit conflict may be
found anywhere in the row (T112 at the value or the unit cell); in uf17 a reader that fails to
read ``36.5万36.5万`` may report B108 (accepted) and B102 (tolerated); the X104 cell also
tolerates a missing-unit warning. Flat lists (uf15, uf16) have no tiers, so no tier finding
applies to them.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout334 import crops, drainage, offices
from tests.variants.holdout334.registry import HOLDOUT334
from tests.variants.kit import Variant

MODULES = (drainage, crops, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT334, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 334th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
