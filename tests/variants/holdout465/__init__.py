"""The 465th held-out set: stilt-house (吊脚楼) fire safety in the ethnic-minority villages of
the invented 枫峒县, budget year 2025 (all places, units, people, phones and figures invented).

Two halves: fire-protection works on the houses and villages (wiring, detectors, hydrants,
water tanks, fire breaks, lanes, charging sheds: works.py, most of forms.py) and the people
(volunteer brigades, night patrols, drills, the fire-safety office's budget: brigades.py).

Layouts: project heads with 万元 in the number format (zg01-zg08, zg12-zg17), two projects
stacked (zg07, zg08), department heads with tasks (zg09-zg11), flat lists in two column orders
(zg09, zg10), operator column 指标性质 with a unit column (zg01, zg02, zg06), direction column
指标方向 (zg12), tier-1 and indicator score columns (zg04, zg05), numbered / marked / abbreviated
labels under 考核指标 · 目标值（年度） · 评价标准 (zg13, zg14), 中期 and 年度 columns in three-year
projects (zg15, zg16), header 预期目标 (zg17), a budget-system export with codes in the first
columns and the indicator table on the second sheet under 绩效目标值 (zg18); 注 / 说明 /
填表说明 rows, subtotal rows, a header repeated after a page break, stamp and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* zg02: T106 error at the 105% 合格率 cell (typed percent); T108 warning, row, ≥ on
  村寨火灾发生率; T107 warning, row, = 95% on 村民满意度.
* zg03: X104 warning at 计划完成日期 (text 46022); X105 warning alt X103 at the detail line
  ``42.37 5``.
* zg05: W103 error at the 产出 tier score 40 (indicators 35) and at the 效益 tier score 30
  (indicators 35); T105 error at 植被清理完成率 ``12公里``.
* zg06: B101 error at 资金总额 150 (120 + 20); B107 warning, row, 0.4万元/户 × 400户 = 160.
* zg08: B101 error at the second project's 资金总额 60 (45 + 10); T105 error at 覆盖率 ``32个``.
* zg10: T112 error at ``260人`` (unit column 场); T108 warning, row, ``≥15分钟`` on a 反向 time;
  W101 error at book level (weights 95).
* zg14: F105 error at the tier-2 （三）可持续影响指标 under 一、产出指标; F202 warning, row,
  预算执行率 under 成本指标.
* zg16: D202 warning at two annual cells copied from the period (≥24座, ≥96个); D201 error at
  the annual ≥30人 above the period ≥24人. The annual cost cap is tolerated (``ok``): × the
  copied 24座 it exceeds the annual money, a consequence of the copy.
* zg17: F110 error at the empty name of a row valued ≥1500人次; F109 warning, row, at the
  template tier-2 时效指标.

Legitimate look-alikes in the correct returns: ``=100%`` 合格率 typed as a percent cell (zg01),
下降率 with ≥ (zg01, zg09, zg12), 0起 incident caps (zg01, zg09, zg11, zg12, zg18, and ≤0次 in
zg05), tier and indicator points both adding to 100 (zg04), ``提高≥10百分点`` (zg04), unit cost ×
count exactly equal to the money (zg07, zg11, zg13, zg18), the same satisfaction name with
different values in two stacked projects (zg07), fill dates in 2024, a 注 explaining the basis
of a rate (zg12), subtotal and 合计 rows (zg11), rates equal in 中期 and 年度 (zg15).

Judgements: the 定性 operator on a grade (zg02, zg06) is a form choice, not a defect; the
``每年11月30日前`` 中期 deadline (zg15) is a recurring date, not outside the period; in zg05 the
W103 marks are kept at error because the tier scores are declared and cannot be; in zg06 B107 is
a warning (the standard is a cap, not a fixed spend); in zg10 the 合计 row's 95 states the sum,
the file-level W101 is what is asked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout465 import brigades, forms, works
from tests.variants.holdout465.registry import HOLDOUT465
from tests.variants.kit import Variant

MODULES = (works, brigades, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT465, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 465th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
