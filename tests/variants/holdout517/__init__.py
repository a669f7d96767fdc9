"""The 517th held-out set: 天麻 (gastrodia) and 三七 (notoginseng) under-forest herb planting for
smallholders, 18 invented returns (9 correct, 9 with planted mistakes, 23 required marks).

Invented places: 栎坪县, 岩屏县, 雾溪县, 松垭县, 杉阳镇, 苔岭乡 (and 国有苔岭林场); all
projects, people, phone numbers and figures are invented. Budget year 2025 throughout.

Layouts
-------
* ``gastrodia`` (天麻, bg01–bg06): one-year project heads with an operator column (指标性质)
  and a unit column, percent cells typed in Excel; two projects stacked in one sheet; multi-year
  projects with 中期 and 年度 money and value columns.
* ``notoginseng`` (三七, bg07–bg12): numbered tier labels with points and an indicator score
  column; a tier-1 score column merged down; 指标性质 as direction (正向/反向) with 指标方向 as
  the operator in words; template rows; a two-row header 考核指标 · 目标值（年度） · 评价标准.
* ``offices`` (bg13–bg18): department heads with flat lists and with tier tables, a
  budget-system export (sheets 05-1 and 05-2, header on the third row, codes in the first
  columns), notes, a header repeated after a page break, signature lines, detail lines.

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* bg02-tianma-percent-wrong: T106 ≤error at the 商品天麻抽检合格率 value (105%, row);
  T108 ≤warning at the ≥ of 商品天麻农药残留超标率 (row); T108 ≤warning at the = of the
  菌材采购单价 cost cap (row).
* bg04-tianma-stacked-wrong: B101 ≤error at the second project's 年度资金总额 (55 ≠ 40 + 10);
  T105 ≤error at 种植技术培训覆盖率 ``≥300人次``.
* bg06-tianma-period-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标);
  D202 ≤warning at the annual cells of 林下天麻种植面积 and 带动农户数 (copied from 中期).
* bg08-sanqi-tier-points-wrong: W103 ≤error at the 产出指标 score cell (50 vs 45) and at the
  效益指标 score cell (30 vs 35); T107 ≤warning at 示范户满意度 ``=95%``.
* bg10-sanqi-direction-wrong: T108 ≤warning (row) on 带动种植农户数 (正向, 小于等于),
  三七根腐病发病率 (反向, 大于等于) and 三七种苗采购单价 (反向, 大于等于).
* bg11-sanqi-template-rows: F110 ≤error at the empty name cell of a ``≥90%`` row under
  质量指标; F109 ≤warning (row) at the empty 社会效益指标 tier-2.
* bg14-agri-flat-wrong: B101 ≤error at 资金总额 (300 + 170 = 470 ≠ 480); T112 ≤error (alt
  T119) at ``12万元`` under the unit 户; W101 ≤error on the whole return (weights sum to 95).
* bg16-export-second-sheet: X105 ≤warning (alt X103) at 资金总额 ``126.37 5`` on sheet 05-1;
  X104 ≤warning at the text ``46022`` (2025-12-31) on sheet 05-2.
* bg18-detail-artefacts: T115 ≤error at ``≤0万元/亩``; X106 ≤error (alt B108) at the detail
  line ``18万18万`` (read as 18, the lines then add up to 60).

Legitimate look-alikes in the correct returns
---------------------------------------------
* bg01: percent cells (0.85, 0.95, 0.1, 0.9 shown as %), a 下降率 with ≥ (a reduction target),
  ``≤ 0 起`` on 毁林开垦事件 (an incident count, not a rounded cost), 1500元/亩 × 320亩 = 48万元
  within 86万元.
* bg03: the same 带动种植户数 with ≥150户 and ≥80户 in two stacked projects; 其他资金 0.
* bg05: rates and unit costs equal in 中期 and 年度; ``=100%`` on a 完成率 (the ceiling).
* bg07: tier points (50/10/30/10) and indicator scores both add to 100, a 合计 row; ``≥3百分点``
  on 优质品率提高.
* bg09: a 反向 发病率 with 小于等于, a 下降率 正向 with 大于等于, bare numbers with ``%`` units.
* bg12: 评价标准 texts mentioning 百分点; a 发病率 with ≤ inside a plain value.
* bg13: a flat list with no tiers, percent cells next to a ``%`` unit, ``≤ 0 起``.
* bg15: a 注 row explaining that 金额合计 covers 项目支出 only; ``≤0起``.
* bg17: an instruction row, a repeated header, 注 and 填表说明 rows, a signature line and a fill
  date of 2024-12-10 (the year before the budget year).

Judgements where a reviewer could hesitate
------------------------------------------
* bg02: the operator sits in its own column, so the T106 and T108 marks are row marks.
* bg04: the marks are in the second stacked project only; the first project is fine.
* bg06: 种麻成活率 and the unit cost equal in both columns are not marked (rates and unit costs
  may be equal); only the cumulative counts are. The two-year annual cost 1200元/亩 × 600亩 =
  72万元 stays within the annual 80万元, so no B107.
* bg08: indicator scores add to 100 and tier scores add to 100, so no W101; the two tiers are
  wrong in opposite directions.
* bg10: the direction column is taken as right and the operator as wrong; a row mark either way.
* bg11: a tier-2 of NAT-2021 may be left out, but a leftover label with nothing is F109.
* bg14: the value ``12万元`` conflicts with the unit column 户 (T112); T119 is accepted.
* bg16: ``46022`` in a 完成时间 cell is read as 2025-12-31, inside the budget year.
* bg18: ``18万18万`` is read as 18, so no B102 is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout517 import gastrodia, notoginseng, offices
from tests.variants.holdout517.registry import HOLDOUT517
from tests.variants.kit import Variant

MODULES = (gastrodia, notoginseng, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT517, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 517th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
