"""The 449th held-out set: folk-song transmission (山歌、侗族大歌) in villages and schools.

Eighteen invented returns of 雾岭县 (文化广电和旅游局, 教育局, 非物质文化遗产保护中心, village
and school units), 2025 budget year; 9 correct, 9 with 20 required marks.

Layouts: project heads (``heads.project_head``) with 万元 money blocks in the number format;
department heads with budget and key tasks; an operator column with symbols or words and a unit
column (yq01, yq02); two projects stacked in one sheet (yq03, yq04); a 说明 row inside the
table, 注 / 填表说明 lines, signature, stamp and date lines (yq05); a flat department list
(yq06); three-year projects with 中期 and 年度 columns (yq07, yq08); tier-1 and indicator score
columns (yq09, yq10); headers 考核指标 / 目标值（年度） / 评价标准 (yq11); the table on a
second sheet under 预期实现值 (yq12); numbered, pointed, starred and abbreviated tier labels
(yq15, yq16); budget-system exports with codes in the first columns on sheets 05-1 and 05-2
(yq17, yq18).

Planted mistakes (return, code, highest accepted severity, place):

* yq02: T108 warning (row) 山歌对唱培训期数 with 小于等于; T106 error at the 105% cell of
  歌师年度考评完成率; T108 warning (row) 歌师队伍流失率 with 大于等于.
* yq04: B101 error at the second project's 年度资金总额 (22 + 6 ≠ 30); T105 error at
  歌词整理完成率 ``120首``.
* yq06: T112 error at ``12万元`` under unit column 人; W101 error, book level (weights 95).
* yq08: D204 warning at the 年度目标 cell (copy of 中期目标); D202 warning at the annual cells of
  开设大歌课程学校数 and 培训音乐教师人次.
* yq10: W103 error at the 产出指标 score cell (40 declared, 45 below), W101 accepted; T105 error
  at 队员声部考核达标率 ``12人``.
* yq12: F110 error at the empty name cell of the ``≥4场`` row; F109 warning (row) at 时效指标
  left from the template.
* yq14: B101 error at 资金总额 (基本 90 + 项目 160 = 250 ≠ 260); B102 error at 金额合计
  (70 + 45 + 40 = 155 ≠ 160).
* yq16: F105 error at 质量 under 效益; T108 warning (row) 观众投诉率 ≥2%.
* yq17: X105 warning (X103 accepted) at the amount ``36.5 8``; X104 warning at the text
  ``46022`` beside 计划完成日期.

Legitimate look-alikes in the correct returns: ``≤0起`` on an incident count and ``=100%``
(typed percent) on a completion rate (yq01); the same indicator name with different values in
two stacked projects (yq03); a 说明 row inside the table, a footnote explaining an amount and a
fill date in 2024 (yq05); rates equal in 中期 and 年度 and a deadline in the last project year
(yq07); 100 points both at tier and indicator level, ``≥5百分点`` on a participation rate,
``≥10%`` on a 下降率 (yq09); a 0 其他资金 (yq09); 评价标准 text beside values (yq11); prior-year
fill dates on department forms (yq13); ★ and * on tier-2 labels (yq15); ``=100%`` as text
and codes in the first columns (yq18).

Judgements: yq02's 流失率 of 5 in the value column with % in the unit column is a percentage,
so only the direction is wrong; the 105% is an error (a completion rate). yq10's mismatch
is marked at the tier score (W103), W101 accepted since the indicator scores total 105. In
yq14 the totals are marked at 资金总额 because 财政 + 其他 agree with it. yq08's rates and unit
costs equal in both columns are not marked (rule 10).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout449 import centres, schools, villages
from tests.variants.holdout449.registry import HOLDOUT449
from tests.variants.kit import Variant

MODULES = (villages, schools, centres)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT449, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 449th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
