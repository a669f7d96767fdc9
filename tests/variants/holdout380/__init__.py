"""The 380th held-out set: bone-marrow donor registration (骨髓/造血干细胞捐献) drives and donor
care, budget year 2026, invented units in 槐屿市 (沅泊区, 澄湾区, 栖梧县, 梓岗县).

18 returns, 9 correct, 9 with 22 required marks. Modules: ``drives`` (vz01–vz06, registration
drives), ``care`` (vz07–vz12, donor care), ``exports`` (vz13–vz18, header words, notes, exports,
artefacts and money blocks).

Layouts: project heads with 万元 only in the number format (all), operator and unit columns with
typed percent cells (vz01, vz02, vz18), two stacked projects (vz03, vz04), flat department
lists in two column orders (vz05, vz06), tier-1 and indicator score columns with numbered
labels (vz07, vz08), 中期 and 年度 columns (vz09, vz10), header 预期目标 (vz11), * and ★ marks
with abbreviated tier-2s under 指标内容 / 绩效标准 (vz12), 考核指标 / 目标值（年度） / 评价标准
with note rows, 填表说明 and a signature line (vz13), a department table with a repeated header
after a page break and subtotal rows (vz14), a budget-system export with codes in the first
columns on a second sheet under 预期实现值 (vz15), detail lines under the table (vz15, vz16), a
two-row header 绩效目标值 over 指标性质 · 目标值 · 计量单位 (vz18).

Planted mistakes (code, highest accepted severity, place):

* vz02: T106 error at the 合格率 value cell (typed 105%); T108 warning, row, at the ≥ operator of
  血样标识差错率.
* vz04: B101 error at the second project's 年度资金总额 (60 ≠ 50 + 8); T105 error at
  高校宣讲覆盖率 ``12场``.
* vz06: T112 error at ``≥30场`` under unit column 人; T108 warning, row, at 志愿者失联率 ``≥5%``
  (反向); W101 error at book level (weights add to 95).
* vz08: W103 error at the 产出指标 score 45 (indicators 40) and at the 效益指标 score 25
  (indicators 30); T105 error at 捐献者随访及时率 ``3次``.
* vz10: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the annual
  ``≥4500人`` (period ``≥4000人``); D202 warning at the annual ``≥60场`` copied from the period.
* vz11: F110 error at the empty name cell of a row valued ``≥6次``; F109 warning, row, at the
  empty 时效指标 tier-2.
* vz16: X104 warning at 计划完成日期 ``46387`` stored as text; X105 warning (alt X103) at
  ``32.4 6``; X106 error (alt B108) at ``26万26万(含营养补助)``. Read as 32.46 and 26, the detail
  lines add up to 80.
* vz17: B101 error at 资金总额 980 (基本 640 + 项目 320 = 960; 财政 900 + 其他 80 holds); B102 error
  at 金额合计 320 (160 + 95 + 70 = 325).
* vz18: T113 warning at 陪护到位时限 typed ``100%``; T107 warning, row, at the ``=`` before the
  typed 95% of 捐献者满意度.

Legitimate look-alikes in the correct returns: typed percent cells and a ``0.5%`` error rate with
≤ (vz01); the same indicator name with different values in two stacked projects and ``=100%`` on
a coverage rate (vz03); ``≤0起`` on 采样安全责任事故, an incident count, not a zero cost (vz05);
scores given at both levels, each adding to 100, a 合计 row, and ``≥5百分点`` on a share raised
in percentage points (vz07); rates, time limits and unit costs equal in the 中期 and 年度 columns
of a three-year project (vz09); a ``≥10年`` follow-up length in a one-year project (vz07);
abbreviated tier-2s and ★ core indicators (vz12); a note row between tiers, a footnote
explaining that the total includes carried-over funds, and a fill date in 2025 (vz13); a
subtotal row, a repeated header and a 合计 row with weights (vz14); a unit cost × count equal to
its detail line (800 × 300元 = 24万, vz15); a 中途退出率 with ≤ (vz18, not marked).

Judgements: in vz08 the tier scores add to 100 and so do the indicator scores, so no W101 is
asked for, only W103 at the two tier cells. In vz10 the annual count above the period is an
impossibility (error); the copied period count is only doubtful (warning). vz16's X104 sits in
the head's 计划完成日期 cell; a Y-code on the same cell would be a second reading of the same
artefact and is not asked for. In vz06 T112 (error) is the unit conflict; T108 is marked at the
value cell holding the operator, with ``row=True``. vz18's ``=`` on a satisfaction rate is a
warning (it almost certainly means ≥), not an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout380 import care, drives, exports
from tests.variants.holdout380.registry import HOLDOUT380
from tests.variants.kit import Variant

MODULES = (drives, care, exports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT380, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 380th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
