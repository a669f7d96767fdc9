"""The 331st held-out set: invented returns on drowning prevention for children and students
(防溺水宣传教育, 危险水域警示设施, 野外水域巡查, 救生器材配置, 游泳技能培训), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample.

Everything is invented (蔺湾县, 潆水区, 楮山市 and their bureaus, people, phone numbers,
figures). 18 returns: 9 correct, 9 with planted mistakes (21 required marks). Budget year 2025.

Modules and layouts:

* ``education`` (宣传教育, 游泳培训): uc01 project with operator and unit columns and typed
  percentages; uc02 the same layout with defects; uc03 and uc04 department flat lists (operator
  column / direction column); uc05 a three-year project with 中期 and 年度 columns; uc06 a
  tier-1 score column beside an indicator score column.
* ``waters`` (警示设施, 巡查, 救生器材): uc07 and uc08 two projects stacked in one sheet; uc09
  numbered, pointed and starred tier labels; uc10 指标性质 as direction with 指标方向 as
  operator; uc11 word operators in the values; uc12 PDF/copy artefacts with detail lines below.
* ``offices`` (departments, exports, templates): uc13 and uc14 department money blocks with a
  share row and key tasks; uc15 notes, 小计 rows, a repeated header, signature line; uc16 a
  budget-system export with the indicator table on a second sheet (codes in the first
  columns, header 绩效目标值); uc17 header 预期目标 with template rows; uc18 a two-row header
  (指标内容 / 绩效标准 split into 实施期 and 年度).

Planted mistakes (return: code, highest accepted severity, place):

* uc02: T106 ≤error at Sheet1!E11 (培训考核合格率 typed as 105%); T108 ≤warning, row, at
  Sheet1!D12 (学员训练伤害事故发生率 with ≥).
* uc04: T112 ≤error at Sheet1!B8 (宣传展板制作数量 ``6万元`` against unit column 块); W101
  ≤error, book level (weights add to 95).
* uc05: D204 ≤warning at Sheet1!D9 (年度目标 copied from 中期目标 in a three-year project);
  D201 ≤error at Sheet1!E12 (进校园场次 annual ≥150场 above the period ≥90场).
* uc08: B101 ≤error at Sheet1!C19 (second project 60 ≠ 52 + 5); T105 ≤error at Sheet1!D25
  (巡河护学点位覆盖率 ``48个``).
* uc10: T108 ≤warning, row, at Sheet1!E12 (隐患整改平均时长, 反向, with ≥); F105 ≤error at
  Sheet1!B13 (社会效益指标 inside the 产出指标 block).
* uc12: X104 ≤warning at Sheet1!F4 (计划完成日期 ``45838`` as text); X105 ≤warning (alt X103)
  at Sheet1!E5 (财政拨款 ``35.257 5``); X106 ≤error (alt B108) at Sheet1!B20 (``8.4万8.4万``).
* uc14: B101 ≤error at Sheet1!B4 (基本支出 640 + 项目支出 320 = 960 ≠ 980); B111 ≤error at
  Sheet1!C5 (财政拨款 share 83.9 %, should be 93.9 %); B102 ≤error at Sheet1!D10 (tasks 310 ≠
  金额合计 320); any finding ≤error tolerated at Sheet1!B5 (the 100 % share of a total whose
  parts do not add up).
* uc16: Y102 ≤error at 项目支出绩效目标05-2!F7 (``2026年3月31日前`` in a one-year 2025
  project); T113 ≤warning at 项目支出绩效目标05-2!F8 (使用培训完成时限 ``100%``).
* uc17: F110 ≤error at Sheet1!C11 (``≥4200人次`` without a name); F109 ≤warning, row, at
  Sheet1!B15 (社会成本指标 left from the template); T107 ≤warning at Sheet1!D18 (家长满意度
  ``=95%``).

Legitimate look-alikes in the correct returns:

* ``=100%`` typed on a 及时率 (uc01), a bare typed ``100%`` on a 持证上岗率 (uc15) and ``100%``
  on a 配备率 (uc08, first project): the ceiling, not above it.
* A 下降率 with ≥ / ``以上`` and 正向 (uc03, uc11, uc13); ``0起`` / ``≤ 0`` on drowning
  incidents (uc03, uc07, uc11): a zero target on an incident count, not a zero cost.
* Tier points and indicator points both adding to 100, with a 合计 row (uc06); points in the
  tier labels matching the points column (uc09); ``≥5百分点`` on a rate change (uc06).
* The same satisfaction indicator with ≥90% and ≥92% in two stacked projects (uc07).
* Equal 实施期 and 年度 columns and equal goals in a one-year project (uc18); equal unit costs
  and rates in both columns of the three-year uc05.
* Unit cost × count within the money: 警示牌 260 × 1200 + 防护栏 3600 m × 120 = 74.4 ≤ 86 万
  (uc07); 救生衣 600 × 210 = 12.6 万 equal to its detail line (uc12).
* A note explaining that 金额合计 is 项目支出 only (uc13); an instruction row, 小计 rows, a
  repeated header row, 注/填表说明 lines and a fill date in 2024 (uc15); an audit date in 2024
  under uc12's table.
* ``定性`` in a direction column beside a grade (uc10), grades such as 健全, 建立并执行.

Judgements where a reviewer could hesitate:

* uc10's 社会效益指标 inside the 产出 block is marked F105 (wrong parent), not F104: the label
  exists in the framework, only its parent is wrong.
* uc12's end date ``45838`` reads as 2025-06-30, inside the year: only the artefact is marked.
* uc14: with parts that do not add up the shares cannot sum to 100 %; a finding there is
  tolerated, not asked for.
* uc16's ``100%`` on a 时限 is T113 (time given as a percentage) at warning only.
* uc04's ``6万元`` against the unit column 块 is a conflict (T112), not a missing unit.
* uc05's ``每年8月31日前`` in the 中期 column is an annual recurring deadline, not a year
  conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout331 import education, offices, waters
from tests.variants.holdout331.registry import HOLDOUT331
from tests.variants.kit import Variant

MODULES = (education, waters, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT331, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 331st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
