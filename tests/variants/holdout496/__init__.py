"""The 496th held-out set: plague (鼠疫) surveillance of marmots on grassland and the herders who
hunt them.

Eighteen invented returns (al01–al18), nine correct and nine with 23 required marks, budget year
2026, places invented (霍尔津县, 塔木苏草原, 敖林郭勒旗, 哈拉图乡, 额仁河, 喀朗县 …).

Layouts: project heads with 万元 in the number format, operator and unit columns (al01, al02),
tier-1 and indicator score columns (al03, al04), 中期 and 年度 columns of multi-year projects
(al05, al06), flat department lists in two column orders (al07, al08), an instruction row between
tiers with footnotes, 填表说明 and signature lines (al09), numbered / pointed / abbreviated tier
labels with ★ (al10, al11), a second sheet under a two-row 考核指标 / 预期实现值 header (al12),
two projects stacked in one sheet (al13, al14), department heads with shares and key tasks
(al15, al16), a budget-system export with codes and the header on the third row (al17), operators
in words under 指标内容 / 绩效标准 (al18).

Planted mistakes (code, highest accepted severity, place):

* al02: T106 error at the typed ``105%`` of 样本送检完成率; T108 warning (row) at the ``≥`` of
  样本运输途中破损率.
* al04: W103 error at the 产出指标 score 40 (indicators 35) and at the 效益指标 score 30
  (indicators 35); T105 error at 疫点处置完成率 ``12处``. Both levels still total 100.
* al06: D204 warning at the 年度目标 cell (identical to the 中期目标 of a two-year project); D202
  warning at the annual cells of 宿主动物捕获检测数 and 媒介蚤分类鉴定数 (copied from 中期).
* al08: W101 error (book level: weights add to 90); T112 error at ``≥25人`` under unit 家; T108
  warning (row) at ``≥1%`` of a 漏报率 declared 反向.
* al11: F105 error at the tier-2 ``2.社会效益指标`` under 一、产出指标; F109 warning (row) at the
  template ``2.生态效益指标`` left empty; F110 error at the empty name cell of a ``≥85%`` row.
* al14: B101 error at the second project's 年度资金总额 (60 ≠ 45 + 10); T105 error at its
  猎獭人员健康监护覆盖率 ``≥300人``.
* al16: B101 error (row) at 资金总额 500 (基本支出 260 + 项目支出 230 = 490); B102 error at the
  金额合计 230 (tasks 80 + 90 + 50 = 220).
* al17: X105 warning (alt X103) at the text amount ``43.218 5``; X104 warning at ``46387`` in the
  计划完成日期 text cell.
* al18: T108 warning (row) at 大于等于 on 疫点处置延误率; T113 warning (row) at 应急处置到位时限
  ``等于 100 %``; T106 error (row) at 应急物资储备达标率 ``高于 100 %``.

Legitimate look-alikes in the correct returns: typed percent cells with a duplicated ``%`` unit
column (al01, al07); ``≤ 0 起`` / ``0例`` on incident counts (al01, al03, al13, al15); a 下降率 with
≥ (al07, al09, al10); ``=100%`` at the ceiling (al07, al09, al15); ``≥5百分点`` on a raised 知晓率
(al03); points 100 at both tier and indicator level (al03) and points only in the labels (al10);
annual rates and unit costs equal to the 中期 ones (al05); the same 牧户满意度 at 90% and 85% in
two stacked projects (al13); a footnote explaining that 财政拨款 includes 上年结转 (al09); fill and
signature dates in 2025 (al07, al09, al15); a subtotal row and a share row (al07, al15); unit
cost × count within the money everywhere (e.g. 1500 × 180元 = 27万 ≤ 86万, al01).

Judgements: in al06 the 年度 rates equal to the 中期 ones are not marked (rates may be equal);
in al11 the misplaced 社会效益指标 is F105 only, and 知晓率 under it is not also an F201; in
al14 the first project is untouched and the second's 财政拨款 + 其他资金 is taken as right, the
total as wrong; in al16 the shares are absent so only the two sums are marked; in al17 the
split amount read as 43.2185 makes 40 + 3.2185 add up; in al18 the 等于 100 % time limit is a
time-as-percent (T113), not a rate; al15's share row adds up if read as amounts too.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout496 import herders, ledgers, marmots
from tests.variants.holdout496.registry import HOLDOUT496
from tests.variants.kit import Variant

MODULES = (marmots, herders, ledgers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT496, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 496th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
