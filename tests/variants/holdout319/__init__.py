"""The 319th held-out set: conscription, militia training and national defence education.

Eighteen invented returns for a budget year 2026 (澄岭县, 苇川市 and its 淞湾区, all invented),
written blind from ``shared/domain.md``, ``tests/variants/README.md`` and the rule catalogue, to
measure ``goalbook check`` out of sample. Two halves: conscription (征兵宣传、体检、政考、役前
教育: ``recruit``, tq01–tq06) and militia, defence education, 双拥共建 and defence mobilisation
(民兵整组训练: ``militia``, tq07–tq12; 国防教育、双拥、国防动员潜力与保障队伍:
``education``, tq13–tq18). Nine returns are correct, nine carry 22 required marks.

Layouts: project heads with 万元 only in the number format (tq01–tq04, tq07–tq11, tq13, tq17,
tq18), department heads with tasks and 金额合计 (tq05, tq06, tq14–tq16); operator and unit
columns (tq01, tq02, tq18); two projects stacked in one sheet (tq03, tq04); flat lists
(tq05: 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 with a 合计 row; tq06: 指标名称 · 指标值 ·
计量单位 · 权重); numbered tier labels with points and a score column (tq07); a tier-1 score
column beside the indicator score column (tq08); 中期 and 年度 columns for two- and three-year
projects (tq09, tq10); header 预期目标 with template rows (tq11); a budget-system export on two
sheets with codes in the first columns and the header on the third row (tq12); headers 指标内容
and 绩效标准 with a 注 row between tiers, footnotes, 填表说明 and a signature line (tq13);
subtotal rows and a header repeated after a page break (tq14); a share row of percent cells
(tq15); the table on a second sheet under 预期实现值 with starred, abbreviated labels (tq17);
detail lines under the table (tq18).

Planted mistakes (return: code, highest accepted severity, place):

* tq02: T105 ≤error at Sheet1!E11 (row; 大学生应征入伍比例 ``85`` with unit 人); T106 ≤error
  at Sheet1!E12 (政治考核完成率 typed ``105%``); T108 ≤warning at Sheet1!D13 (row; 误判率 ≥).
* tq04: B101 ≤error at Sheet1!C20, the second project's 年度资金总额 (row; 36 ≠ 30 + 4);
  B107 ≤warning at Sheet1!D27, 人均役前训练保障费 (row; 2600元 × 180人 = 46.8万元 > 36万元).
* tq06: F110 ≤error at Sheet1!A13, the empty name of the ``≥95 %`` row; W101 ≤error book
  level (weights add to 95).
* tq08: W103 ≤error at Sheet1!B9, the 产出 score (50 declared, 55 below), and at Sheet1!B16,
  the 效益 score (20 declared, 15 below); T106 ≤error at Sheet1!E11 (参训率 ``≥105%``).
* tq10: D202 ≤warning at Sheet1!E12 and Sheet1!E13, the 年度 cells of 乡镇民兵装备库达标改造
  个数 and 民兵专业分队整训人数 (three-year counts copied); T108 ≤warning at Sheet1!D17 (row;
  训练伤病发生率 ``≥0.5%``).
* tq11: F110 ≤error at Sheet1!C10, the empty name of the ``≥30个`` row; F109 ≤warning at
  Sheet1!B12 (row; the template's 时效指标 left empty).
* tq14: T105 ≤error at Sheet1!D14 (中小学国防教育课程开设率 ``60所``); T107 ≤warning at
  Sheet1!D24 (参与师生满意度 ``=90%``).
* tq16: B101 ≤error at Sheet1!B4 (row; 基本 110 + 项目 150 = 260 ≠ 资金总额 250); B102
  ≤error at Sheet1!D9 (row; 70 + 30 + 40 = 140 ≠ 金额合计 150); X104 ≤warning at Sheet1!E2
  (填报日期 ``45981`` stored as text).
* tq18: X105 ≤warning (alt X103) at Sheet1!B19 (``24.6 8``); X106 ≤error (alt B108) at
  Sheet1!B20 (``18万18万``).

Legitimate look-alikes in the correct returns: a 反向 差错率 / 退兵率 / 漏检率 with ≤ (tq01,
tq03, tq05); ``=100%`` on a 完成率 / 审核通过率 / 准确率 / 健全率 at the ceiling (tq01, tq03,
tq05, tq12, tq15); rates raised in 百分点 (tq01 ``≥2 百分点``, tq07 ``≥3百分点``); the same
name 服务对象满意度 with ≥90% and ≥92% in two stacked projects (tq03); a 合计 row of weights
(tq05) and tier points equal to indicator points, 100 both ways (tq07); 中期 and 年度 rates and
unit costs equal in multi-year projects, cumulative counts halved, a 时效 date in the second year
in the 中期 column only (tq09, tq10's unmarked rows); codes, a 合计 line and 项目编码 in an
export (tq12); a 注 row between tiers and a footnote restating the money total (tq13, tq15); fill
and signature dates in 2025 (tq01, tq05, tq13, tq15); response times with ≤ (tq08, tq17); unit
cost × count close to but within the money (tq03: 260元 × 1500人 = 39万元 ≤ 42; tq12: 250元 ×
1500人 = 37.5万元 ≤ 38.5; tq18: 1100元 × 160人 = 17.6万元 ≤ 18万元 集训伙食).

Judgements where a reviewer could hesitate:

* tq02: the T105 finding may land on the value or on the unit cell ``人``, hence the row mark.
* tq04: B101 is marked on the total; which of the three figures is wrong cannot be told, hence
  the row. The B107 product exceeds both the stated total and the sum of its parts.
* tq08: the two W103 mismatches compensate (55 + 20 + 15 + 10 = 100), so no W101 is due.
* tq10: 伤病发生率 carries ≥ in both columns; one row mark covers both findings. The 年度目标
  text only says 启动乡镇装备库改造, so the copied 12 is not a text contradiction to mark.
* tq14: subtotal, 合计 and repeated header rows are not indicators; the blank row is the page
  break. ``持续开放`` (tq13), ``持续提升`` (tq07) and ``有效`` (tq14) are grade values, not text.
* tq16: a 2025 serial for a fill date is a stored-date artefact (X104), not a year conflict.
* tq18: ``24.6 8`` reads 24.68 and ``18万18万`` reads 18; the detail lines then add up to 55,
  so no B102 is due.
* tq15: the share row under the amounts has no label of its own (as the form prints it); the
  shares 100 %, 93.75 %, 6.25 %, 40 %, 60 % match their amounts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout319 import education, militia, recruit
from tests.variants.holdout319.registry import HOLDOUT319
from tests.variants.kit import Variant

MODULES = (recruit, militia, education)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT319, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 319th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
