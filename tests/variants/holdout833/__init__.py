"""The 833rd held-out set: rural road safety (guardrails on village roads, warning signs, road
safety education in schools). 18 invented returns, 9 correct, 25 required marks; places, units,
people and figures are invented (栎桥县, 鹭埠县, 汀垣镇, 苎麻乡, 蕨塘乡, 鹊垭镇, 柘岭).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format),
department heads with budget rows and key tasks, tier-1/tier-2 merged down, numbered, marked
(★, *), pointed and abbreviated tier labels, headers 绩效目标值 / 预期实现值 / 中期指标值 /
年度指标值, a two-row header with operators in words, operator and unit columns, flat lists,
two stacked projects, a budget-system export (05-1 / 05-2, header on the third row), a table on a
second sheet, 注 / 说明 / 填表说明 rows, a repeated header, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kfk02-guardrail-goal-mismatch: D104 warning at the length (goal 36 km, indicator 32 km);
  Y102 error (alt Y103) at the 2026 deadline of a 2025 one-year project; B107 warning at the
  unit cost (32 km × 10 万元 = 320 > 300).
* kfk04-guardrail-period-wrong: D201 error at the annual 60 km (period 50 km); D202 warning at
  the annual 示范路段 copied from 中期; Y102 error (alt Y103) at the annual deadline 2024.
* kfk06-guardrail-stacked-wrong: B101 error (row) at the second project's total 150 ≠ 120 + 20;
  D102 error (row, alt D103 D101) at the same length given twice (15 / 12 km).
* kfk09-signs-dupe: D101 warning (row, alt D103) at the second 急弯陡坡警示标志 row; F201
  warning (row) at a count under 质量; D104 warning at the deadline 9月30日 (goal 6月30日前).
* kfk10-signs-two-sheets: B102 error (row) at the money lines' 合计 (180 + 70 + 40 ≠ 300);
  B107 warning at the unit cost on the second sheet (1200 × 0.3 = 360 > 300).
* kfk12-signs-multi-year-wrong: D204 warning at the 年度目标 copied from 中期目标; D202 warning
  at the annual 警示桩 count; F201 warning (row) at a satisfaction rate under 社会效益.
* kfk14-school-goal-mismatch: Y101 error (book level, alt Y102): title 2026 against 2025 plan
  dates; D104 warning at 9000人次 (goal 1.2万人次); B107 warning at the lecture cost
  (200 × 0.2 = 40 > 30).
* kfk16-school-leftover: X101 error (row) at the template's example row 示例：XX…; Y102 error
  (alt Y103) at the 2024 deadline; D103 warning (row, alt D102 D101) at 知晓率 repeated under
  社会效益 with another value.
* kfk18-school-wrong-tier: W103 error (alt W101) at 一、产出指标（50分） (indicators 45);
  D104 warning at the training deadline 10月31日 (goal 开学前); F201 warning (row) at a
  合格率 under 时效指标.

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets and a
其中 indicator (kfk01, kfk07, kfk13); 0起 on incident counts (kfk01, kfk05, kfk15, kfk17);
下降率 with ≥ (kfk01, kfk07, kfk08); pct(1) on 合格率 and =100% at the ceiling; 100 points both
ways at tier and indicator level (kfk07); rates raised in 百分点 (kfk07, kfk13); unit cost ×
count within the money, with a footnote giving the product (kfk01, kfk03, kfk07, kfk13, kfk17);
the period's count in 中期 beside a smaller annual one and equal rates in both columns (kfk03,
kfk17); 2028 named as the year the work prepares for (kfk03); the same indicator name with
different values in two stacked projects (kfk05); fill and signature dates in the year before
the budget year (kfk01, kfk08, kfk15); a 说明 row inside and a repeated header in a flat list
(kfk15); typed percent cells (kfk01, kfk03, kfk07, kfk08, kfk13, kfk15, kfk17).

Judgements: Y102 is accepted as an error because a one-year project's deadline outside its own
plan dates cannot hold; B107 stays a warning (a cap above the money is doubtful, not
impossible). The 15 / 12 km duplicate in kfk06 is D102 (one indicator, two values) up to error;
the 知晓率 pair in kfk16 is only a warning (one under 质量, one under 效益, worded differently).
In kfk14 the title year is marked on the whole return (Y101, Y102 accepted) since the finding
may land at the title or at either plan date. In kfk18 the tier points add to 100 and the
indicator points to 95, so W101 is accepted for the same problem. kfk03's 2028 is not marked:
the text says the year's data prepares for a later assessment.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout833 import education, guardrails, signs
from tests.variants.holdout833.registry import HOLDOUT833
from tests.variants.kit import Variant

MODULES = (guardrails, signs, education)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT833, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 833rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
