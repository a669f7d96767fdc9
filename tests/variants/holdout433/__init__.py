"""The 433rd held-out set: a tropical farm's sisal (剑麻) fibre plantation renewal and processing.

Eighteen invented returns of 椰塘垦区 (its bureau 椰塘垦区农业农村局, the farms 南岬, 红坎 and 东岸,
the 东岸剑麻纤维厂 and the 剑麻产业服务中心), budget year 2025, money in 万元. Nine are correct,
nine carry 2–3 planted mistakes (23 required marks). ``renewal`` holds plantation renewal
(ya01–ya06), ``processing`` fibre processing (ya07–ya12), ``planning`` multi-year plans, the
department returns, a budget-system export and decorated labels (ya13–ya18).

Layouts: project heads with one-year and multi-year (中期 / 年度) money blocks; department heads
with a budget line and key tasks; operator column (ya01, ya02, ya09); 指标性质 as direction with
指标方向 as operator in words and a unit column (ya06); tier-1 and indicator score columns with a
合计 row (ya03, ya04); operators inside values (ya05, ya07, ya08, ya11–ya18); two stacked
projects (ya07, ya08); flat lists in two column orders (ya09, ya10); instruction, note, footnote,
填表说明, stamp and signature rows (ya11); a table on a second sheet under 预期实现值 (ya12);
中期 and 年度 value columns (ya13, ya14); headers 指标内容 / 绩效标准 repeated after a page break
(ya15); a 预算管理一体化 export with sheets 05-1 / 05-2, codes and names in the first columns and
abbreviated labels (ya17); numbered labels with points (ya18).

Planted mistakes (return: code, highest accepted severity, place):

* ya02: B105 ≤error at Sheet1!C6 (其他资金 ``400,000.00元`` in the 万元 block); T106 ≤error at
  Sheet1!E11 (typed 105% on 补植苗成活率); B101 on the book tolerated, not required.
* ya04: W103 ≤error at Sheet1!B9 (产出 40, indicators 45) and Sheet1!B15 (效益 30, indicators
  25); T108 ≤warning at Sheet1!E11, row (出圃种苗病株率 ≥3%).
* ya05: T108 ≤warning, row, at Sheet1!D9 (新植剑麻面积 ≤800亩), D10 (死苗率 ≥3%) and D12
  (每亩种苗成本 =0.05万元/亩).
* ya08: B101 ≤error at 绩效目标表!C18 (second project: 200 + 40 ≠ 260); T105 ≤error at
  绩效目标表!D23 (纤维加工合格率 ≥800吨).
* ya10: T112 ≤error at Sheet1!B8 (≥12万元 against unit 吨); T108 ≤warning at Sheet1!B9, row
  (纤维含杂率 ≥2%, 反向); W101 ≤error on the book (weights 95).
* ya12: T105 ≤error at 绩效指标!D5 (分级纤维合格率 1950吨); F109 ≤warning at 绩效指标!B6, row
  (时效指标 left empty).
* ya14: D204 ≤warning at Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning at Sheet1!E11 and E12
  (示范线 ≥3条, 制品 ≥6个 copied into the annual column of a 3-year project).
* ya16: B101 ≤error at Sheet1!B4, row (基本支出 300 + 项目支出 380 ≠ 700); B102 ≤error at
  Sheet1!D9, row (tasks 150 + 160 + 80 = 390 ≠ 金额合计 380).
* ya18: F110 ≤error at the empty Sheet1!C10 (≥120亩 without a name); F109 ≤warning at
  Sheet1!B12, row (（三）时效指标 left empty); F105 ≤error at Sheet1!B14 (社会效益指标 under
  成本指标).

Legitimate look-alikes in the correct returns: typed percent cells (ya01 95%, 100%, 8%, 0%, 90%;
ya09); ``=`` with 100% on a 验收合格率 at the ceiling and 化学农药使用量增长率 ≤0% (ya01); a
date cell as a deadline (ya01); ``≥3百分点`` on a share raised in points, a 下降率 with ≥, 100
at both score levels and a 合计 row of 100 (ya03); 0起 on accidents (ya06, ya09; ya05 also); the
same 设备完好率 with 95% and 98% in two stacked projects (ya07); a weight 合计 row (ya09);
instruction, note, footnote, stamp and prior-year fill-date rows (ya11, and fill dates of the
year before elsewhere); a 2027 deadline in the 中期 column of a 2025–2027 project, equal rates
and cost caps in both columns (ya13); a repeated header row (ya15); abbreviated tier labels,
a 05-1 合计 row and 其他资金 0 (ya17). Every unit cost × count stays within its money.

Judgements: ya02's B105 is marked at the 元 cell and the B101 it may cause is tolerated; ya04's
W103 marks are at the tier score cells while the indicator scores still total 100, so no W101;
ya05's ``=`` on a unit cost is T108 (a cap written as equal); ya08's B101 is at the second
project's total, the first project being right; ya10's unit conflict is T112 alone (the name is
not a rate); ya16's B101 is row-wide because either the total or a part may be the wrong cell;
ya18's F105 could be read as a mistyped 社会成本指标, but its indicator (带动农户种植) is a
benefit, so the tier-2 is under the wrong tier-1. ya14's annual cost cap (≤180万元) fits the
annual money, so no B107 is marked there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout433 import planning, processing, renewal
from tests.variants.holdout433.registry import HOLDOUT433
from tests.variants.kit import Variant

MODULES = (renewal, processing, planning)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT433, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 433rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
