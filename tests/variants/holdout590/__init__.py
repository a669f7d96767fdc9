"""The 590th held-out set: spinach and chive (菠菜、韭菜) greenhouse vegetable bases supplying
school canteens, 18 invented returns (9 correct), budget year 2025.

Places (invented): 柘塘县 (spinach: 青杉镇, 鹭溪乡), 渚南区 (chive: 蓼塘街道, 沙浒村, 鹤汀镇),
楠浦市 (canteens: 鸥港区, 澄溪区). Modules: ``spinach`` (eb01–eb06), ``chive`` (eb07–eb12),
``canteen`` (eb13–eb18); helpers in ``common``.

Layouts: project heads with 万元 number formats, stacked projects (eb03, eb04), a department flat
list (eb05), a three-year and a two-year project with 中期 and 年度 columns (eb06, eb18), headers
指标内容 / 绩效标准 (eb07), 预期目标 (eb02), 预期实现值 on a second sheet (eb12), operators in
their own column as symbols (eb01) or words (eb09) with a unit column, tier labels numbered with
points (eb01), abbreviated (eb02), marked * and ★ (eb11), tier and indicator scores (eb10, eb18),
department heads with shares and tasks (eb13, eb14), a budget-system export with codes in the
first columns on two sheets (eb15), subtotal rows, a note row and a repeated header (eb17),
footnotes and signature lines (eb01, eb05, eb08, eb12, eb17).

Planted mistakes (return: code, highest accepted severity, place):

* eb02: D104 warning, row of 直供学校数量 (goal says 24 schools, indicator ≥20所); Y102 error
  alt Y103, 冷链周转库建成时间 value (2026 in a one-year 2025 project).
* eb04: D102 error alt D101/D103, row of the second 菠菜配送学校数量 (26 vs 22); B101 error,
  the second project's 年度资金总额 (95 ≠ 80 + 10); B107 error, row of 新建大棚补助标准
  (0.3 万元/亩 × 400 亩 = 120 > 95).
* eb06: D202 warning at each of two annual cells copied from 中期 (300 亩, 45 所); D201 error,
  annual 菠菜累计供应量 1600 t above the period's 1500 t.
* eb08: X102 warning, the goal cell (``<br>``); X104 warning, 计划完成日期 ``45838`` as text;
  X101 error, ``≥**吨``.
* eb09: T106 error, 合格率 typed as 102%; T108 warning, row of 韭菜灰霉病发病率 (大于等于).
* eb11: F110 error, the empty name cell of ``≥12所``; F201 warning, row of 韭菜农残抽检合格率
  under 时效指标.
* eb14: B102 error, 金额合计 400 (150 + 130 + 110 = 390); D104 warning, row of 直供学校数量
  (goal 48, ≥42所); D102 error alt D101/D103, row of the second 韭菜直供量 (160 vs 150).
* eb16: Y103 warning, the goal cell (2023); F201 warning, row of 配送车厢温度达标率 under
  数量指标; B107 error, row of 冷链配送车购置标准 (28 × 6 = 168 > 150).
* eb18: D204 warning, the 年度目标 cell; W103 error alt W101, 产出指标's score 40 (35 below
  it); D201 error, annual 直供学校数量 34 above the period's 30.

Legitimate look-alikes in the correct returns: ``=100%`` on a 合格率 typed as a percent, a
下降率 with ≥ and a date cell for a deadline (eb01); goal counts repeated with the same values
(eb01, eb07, eb13) and a goal that sums its indicators (12 + 8 = 20 schools in eb07, 420 + 180
= 600 t in eb13); the same name with different values in two stacked projects and standard ×
area equal to the money (eb03: 0.75 × 60 = 45, 0.25 × 120 = 30); ``0起`` and ``=0起`` on
incident counts (eb05, eb07); a flat list weighted to 100 (eb05); 100 at both score levels and
``提高≥5百分点`` (eb10); similar names measuring different things (菠菜直供量 / 韭菜直供量,
菠菜供应满意度 / 韭菜供应满意度 in two exported projects, eb13, eb15); signature and fill dates
in 2024 (eb01, eb05, eb12, eb17); subtotal, note, repeated header and total rows (eb17); a
later year named on purpose in eb12's goal (tolerated up to a warning with ``ok``).

Judgements: a D104 is marked on the indicator's row, not the goal cell, since the indicator is
what a reviewer asks to change; a date beyond a one-year project's end is an error (Y102) and a
mere other year in a goal text a warning (Y103); a unit standard × count beyond the money is an
impossibility, so B107 is accepted up to error; a named indicator repeated with another value
inside one table is D102 (error), across stacked projects nothing; in eb18 the indicator scores
add to 95, so W101 is accepted for the same defect as W103; 菠菜累计供应量 above its period
value is D201 even though the name says 累计 (that is the point). eb15's export carries no head
block, so no year or money checks beyond its 05-1 sheet (165 = 160 + 5, 95 + 70 = 165).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout590 import canteen, chive, spinach
from tests.variants.holdout590.registry import HOLDOUT590
from tests.variants.kit import Variant

MODULES = (spinach, chive, canteen)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT590, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 590th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
