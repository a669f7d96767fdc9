"""The 347th held-out set: mangrove and coastal wetland restoration (红树林).

18 invented returns (9 correct, 21 required marks) in two halves of the theme: planting and
restoration (``planting``: us01–us06; spartina clearing, ``spartina``: us07–us12) and
waterbird counts and patrols (``birds``: us13–us18). Invented places: 汐浦县 (蚝沙湾, 榄洲,
鸥屿镇), 澜港市 (鹭洲湾, 沙蚬洲). Budget year 2025; money in 万元, mostly only in the number
format.

Layouts: project heads with operator and unit columns (us01, us02), stacked projects (us03,
us04), three-year 中期/年度 columns (us05, us06), numbered tier labels with points (us07),
labels with * / ★ and abbreviations (us08), department flat lists (us09, us10), 注 row inside
the table, header repeated after a page break, 说明, 填表说明 and signature lines (us11), money
detail lines under the table (us12), a two-row header with 指标内容 / 目标值（年度） / 评价标准
(us13), the table on a second sheet under 预期实现值 with tier and indicator points (us14,
us15 on one sheet), department heads with tasks and 金额合计 (us16, us17), a 预算管理一体化
export with codes in the first columns and the header on row 3 of sheet 05-2 (us18).

Planted mistakes (return: code, highest accepted severity, place):

* us02: T106 error at the 成活率 value (a typed 105%); T108 warning, row, at the ≥ of
  林木病虫害发生率.
* us04: B101 error, row, at the second project's 资金总额 (85 + 15 ≠ 110); T105 error at
  种苗出圃合格率 ``3000株``.
* us06: D202 warning at the 年度 cell of 新造红树林面积 and of 退化林修复面积 (copied from 中期);
  D201 error at the 年度 cell of 监测样地布设数量 (15 > 10).
* us08: F105 error at the tier-2 ``时效`` under ``*效益指标``; T105 error at ★清除区复发率 ``3处``.
* us10: T112 error at 互花米草清除面积 ``35万元`` (unit column 亩); T108 warning, row, at the ≥ of
  清除区复发率; W101 error at book level (weights add to 95).
* us12: X104 warning at the 计划完成日期 typed as text ``46022``; X105 warning (X103 accepted) at
  the detail amount ``42.365 0``.
* us15: W103 error at the 产出指标 tier score 50 (indicators 20 + 10 + 15); T106 error at
  ``≥100%`` on a 及时率; W101 error at book level tolerated, not required.
* us17: B101 error, row, at 资金总额 (基本支出 150 + 项目支出 260 = 410 ≠ 420); B102 error, row,
  at 金额合计 (110 + 80 + 60 ≠ 260); F110 error at the empty name cell of the ≥85% row.
* us18: F109 warning, row, at the template tier-2 时效指标 left without indicator and value;
  T108 warning, row, at 巡护事件到场响应时间 ``≥2小时``.

Legitimate look-alikes in the correct returns: ``=`` 100% on 种苗检验合格率 (us01, the ceiling);
typed percent cells (us01, us09, us13); the same name 苗木成活率（试种区） with ≥85% and ≥80% in two
stacked projects (us03); rates equal in 中期 and 年度 while counts are smaller (us05); tier
points in labels (us07); ``0起`` side-effect / incident counts (us07, us09 ``= 0 起``, us16);
复发率 with ≤ (us07, us09); 下降率 with ≥ (us16); points given for tier-1 and indicators, each
level adding to 100 (us14); ``≥3百分点`` on an 占比提高 (us14); a note explaining that 金额合计
is 项目支出 only (us16); footnote explaining the 其他资金 (us11); signature dates in 2024
(us11, us12). Every unit cost × count stays within the money (us05: 0.5 × 500 = 250 ≤ 300).

Judgements: ``≥100%`` on a 及时率 is an error per domain.md §4.2 rule 6 (only ``=100%`` is the
ceiling). The D202 marks stand at each copied annual cell (README). In us04 and us17 the
B101 / B102 marks are rows, since the sum may be reported at either amount. us07's ``0起``
without an operator is tolerated up to a warning (``ok``). us12's date serial is the only
artefact on the head; its other dates are in 2025. us18 repeats tiers in every row (an export
has no merged cells).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout347 import birds, planting, spartina
from tests.variants.holdout347.registry import HOLDOUT347
from tests.variants.kit import Variant

MODULES = (planting, spartina, birds)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT347, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 347th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
