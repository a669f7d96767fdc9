"""The 415th held-out set: 18 invented returns of a provincial sports bureau's canoeing and
rowing (皮划艇/赛艇) youth training base (澄沅省体育局, 澄沅省雁汀水上运动青少年训练基地 with
its 皮划艇训练部 and 赛艇训练部), budget year 2025, with a careful reviewer's marks. Nine
returns are correct, nine carry 23 required marks. Every name, code, phone number and figure
is invented.

Layouts
-------
``kayak`` (皮划艇, xi01–xi06): project heads with 万元 only in the number format, operator and
unit columns with typed percent cells and a date cell (xi01), operators inside the values
(xi02), two camps stacked in one sheet (xi03), tier-1 and indicator score columns (xi04), a
three-year project with 实施期 and 年度 columns (xi05), a department flat list (xi06).
``rowing`` (赛艇, xi07–xi12): numbered tier labels with points, 1. / （一） tier-2 numbering,
abbreviations and a ★ (xi07, xi08), a two-row header 考核指标 / 绩效标准 with operators in words
and a unit column (xi09), the table on a second sheet under 预期实现值 (xi10), money detail lines
below the table (xi11), a budget-system export (项目支出预算05-1 / 项目支出绩效目标05-2) with codes
in the first columns, header on the third row and repeated after a page break (xi12).
``department`` (xi13–xi18): department heads with budget, typed percent shares and key tasks
(xi13, xi14), template rows left empty (xi15), a weight column with 小计 / 合计 rows, a 说明 row
inside and footnotes, 填表说明 and signature lines under the table (xi16), a flat list with a
direction column (xi17), two regatta projects stacked (xi18).

Planted mistakes (return: code, highest accepted severity, place)
------------------------------------------------------------------
* xi02-kayak-direction: T108 ≤warning (row) at 参加省级以上赛事人次 ``≤60人次`` (正向 count
  with ≤); T108 ≤warning (row) at 冬训人均伙食补助标准 ``≥120元/人·天`` (cost with ≥); T108
  ≤warning (row) at 运动员训练伤病发生率 ``≥3%`` (反向 rate with ≥).
* xi05-kayak-multi-year: D204 ≤warning at the 年度目标 cell (identical to the 中期目标); D202
  ≤warning at the annual cells of 改造训练码头泊位 ``≥24个`` and 铺设水域安全防护网
  ``≥1800米`` (cumulative counts copied from the three-year column).
* xi08-rowing-wrong-tier: F105 ≤error (row) at the tier-2 ``（三）可持续影响指标`` under
  ``一、产出指标``; T108 ≤warning (row) at 训练期间器材损坏率 ``≥2%``.
* xi10-rowing-second-sheet (sheet 绩效指标): T106 ≤error at 设备验收合格率 (typed 105%,
  stored 1.05); T105 ≤error at 赛艇专项体能达标率 ``≥45人``.
* xi11-rowing-artefacts: X105 ≤warning (alt X103) at the 财政拨款 cell ``70.125 0``; X104
  ≤warning (alt T116) at 船库修缮完工时间 ``45900`` (a date serial typed as text); X106 ≤error
  (alt B108) at the detail line ``18万18万（含拆旧）``.
* xi14-base-money-wrong: B101 ≤error (row) at 资金总额 640 (基本 380 + 项目 250 = 630); B102
  ≤error (alt B101) at 金额合计 260 (tasks 120 + 60 + 70 = 250).
* xi15-base-template-rows: F109 ≤warning (row) at the empty 时效指标 and 社会成本指标 rows;
  F110 ≤error at the empty name cell of the ``≥95%`` row under 社会效益指标.
* xi17-base-flat-defects: T112 ≤error (alt T105) at 青少年运动员体测达标率 ``≥85人`` with unit
  column %; W101 ≤error at book level (weights add to 95, neither 100 nor 90).
* xi18-base-stacked-defects: T106 ≤error at 裁判员持证上岗率 ``≥100%`` (first project); B101
  ≤error (row) at the second project's 年度资金总额 55 (48 + 5 = 53); T105 ≤error at
  参赛队伍报名完成率 ``≥24支``.
* Tolerated, not required: xi05 ``≥1条`` annual 新建浮动训练航道 (a D104 against the copied
  年度目标 text, which says 3条, ≤warning).

Legitimate look-alikes in the correct returns
---------------------------------------------
* ``=100%`` (typed ``pct(1)`` with ``=`` in xi01, ``=100%`` in xi07, ``=100`` + % in xi12) on
  capped rates: the ceiling, not above it.
* 0 on incident counts: 器材质量原因造成的训练安全事故 ≤ 0 起 (xi01), 训练安全责任事故 ≤ 0 起
  (xi06), 水上训练溺水责任事故 ≤0 起 (xi12); not a zero cost or quantity target.
* 下降率 with ≥ in the defective xi02 and xi08 (运动员腰背伤病复发下降率 ≥20%, 器材故障导致训练中断
  次数下降率 ≥30%) are correct rows and unmarked.
* xi04: tier-1 points (50/10/30/10) and indicator points both total 100 and the 合计 row shows 100
  twice; ``≥5百分点`` on a rate change is a percentage-point target.
* xi16: weights total 90 with 注1 explaining that 预算执行率 (10) is scored separately; 小计 /
  合计 rows, the 说明 row, footnotes, 填表说明 and signature lines are not indicators; the fill
  date 2024-11-18 lies before the budget year (as in xi12).
* xi03: the same indicator names (训练营参训学员人数, 人均训练营费用标准, …) with different values
  in two stacked projects; each project's 人均标准 × 人数 is within its money (2500 × 120 = 30万
  equals the first camp's budget).
* xi13: shares are rounded (93.65 % + 6.35 %, 60.32 % + 39.68 %) and sum to 100 %; 金额合计 equals
  项目支出 when only project tasks are listed.
* xi06: a flat list has no tiers; weights total 100; ``≤`` on 伤病发生率 with a typed 5%.
* xi09: operators in words (大于等于 / 小于等于), ``定性`` with 建立并执行, bare 98 and 90 with
  % in the unit column.

Judgements where a reviewer could hesitate
-----------------------------------------
* xi08: the misplaced tier-2 is marked as F105 at its cell (row); the row's indicator is fine
  in itself, so F201 is not asked for.
* xi05: rates, unit costs and 设计使用年限 equal in both columns are not copies of cumulative
  counts; only the two counts are marked.
* xi14: which figure of 资金总额 is wrong is open (640 = 590 + 50 but ≠ 380 + 250), so the
  B101 mark accepts the whole row.
* xi18: the second project's 年度资金总额 row is marked (row) rather than its parts.
* xi11: the split number ``70.125 0`` read as 70.1250 makes the head add up (70.125 + 4.875 =
  75), and ``18万18万`` read as 18 makes the lines add up; no B101 / B102 is expected.
* xi17: weights of 95 are an error (W101) since neither 100 nor 90 fits.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout415 import department, kayak, rowing
from tests.variants.holdout415.registry import HOLDOUT415
from tests.variants.kit import Variant

MODULES = (kayak, rowing, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT415, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 415th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
