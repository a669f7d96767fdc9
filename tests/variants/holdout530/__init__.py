"""The 530th held-out set: oyster and sea cucumber (牡蛎、海参) marine ranching for fishing
villages (珂屿县, 泊澜区, 蚝岙镇, 鲸屿镇, 砺滩乡; budget year 2026). 18 invented returns, 9 correct,
9 with 23 required marks; oyster returns in ``oyster`` (bt01–bt06), sea cucumber returns in
``cucumber`` (bt07–bt12), mixed ranching returns in ``ranching`` (bt13–bt18).

Layouts: project heads with 万元 money blocks (unit only in the number format), tier-1 and
tier-2 merged down; operator and unit columns (bt01, bt02); department flat lists in two column
orders (bt03, bt04); numbered tier labels with points and an indicator score column (bt05,
bt06); two projects stacked in one sheet (bt07, bt08); an instruction row, footnotes, 填表说明,
signature and date lines (bt09); header 预期目标 with template rows (bt10); 中期 and 年度 columns
in multi-year projects (bt11, bt12); a second sheet under 考核指标 / 预期实现值 (bt13); PDF
artefacts with a detail block under the table (bt14); a budget-system export with codes in the
first columns, sheets 05-1 / 05-2, header on row 3 and repeated after a page break (bt15); a
tier-1 score column beside the indicator scores (bt16); a department return with a share row and
key tasks (bt17); 指标性质 as direction and 指标方向 as operator (bt18).

Planted mistakes (code, highest accepted severity, place):

* bt02: T106 error Sheet1!E11 (苗种成活率 typed as 105%); T108 warning Sheet1!D12, row
  (苗种死亡率 with ≥).
* bt04: T105 error Sheet1!B8 (抽检合格率 ≥12 in 批次); T112 error Sheet1!B9 (≤0.6万元 under the
  unit column 亩); W101 error, book level (weights add to 95).
* bt06: F105 error Sheet1!B15 (（二）时效指标 under 三、效益指标); F110 error Sheet1!C18 (≥85%
  with an empty name).
* bt08: B101 error Sheet1!C21 (second project: 260 ≠ 200 + 40); T105 error Sheet1!D27
  (检测合格率 ≥8批次).
* bt10: F110 error Sheet1!C15 (≥50户 without a name); F109 warning Sheet1!B16, row (生态效益指标
  left from the template).
* bt12: D204 warning Sheet1!D9 (年度目标 = 中期目标); D201 error Sheet1!E11 (annual ≥3500亩
  above the period's ≥3000亩); D202 warning Sheet1!E13 (≥120户 copied from 中期).
* bt14: X104 warning Sheet1!F4 (计划完成日期 "46387" as text); X105 warning Sheet1!C5, alt X103
  ("326.4 5"); X106 error Sheet1!C19, alt B108 ("180万元180万元（含礁体运输）").
* bt16: W103 error 绩效目标!B9 (产出 50 over 45); W103 error 绩效目标!B14 (效益 30 over 35);
  T107 warning 绩效目标!E17 (游钓者满意度 =95%).
* bt18: B101 error Sheet1!C5 (210 ≠ 180 + 20); T108 warning Sheet1!E11, row (反向 病害发生率
  with ≥); T108 warning Sheet1!E13, row (反向 采购单价 with =).

Legitimate look-alikes in the correct returns: typed percent cells (bt01, bt03, bt13, bt17);
苗种死亡率 ≤15% (bt01); 0起 on incidents (bt03, bt15); 蚝壳随意丢弃量下降率 ≥30% and
残饵沉积量下降率 ≥15% (bt03, bt13); tier points and indicator points both adding to 100
(bt05); rates raised ≥3百分点 / ≥5 百分点 (bt05, bt15); the same indicator names with
different values in two stacked projects (bt07); a footnote explaining a total, an instruction
row inside the table and a fill date in 2025 (bt09); rates and unit costs equal in 中期 and 年度
(bt11); a unit cost × count equal to its task's money (bt17: 500元 × 3200空方 = 160万元);
其他资金 0 (bt05, bt15); a note row under an export table (bt15).

Judgements: bt02's 105% is marked at the value only (T106), not as a direction problem. The
flat list of bt04 carries operators inside the values, so its 指标性质 column (direction)
agrees with them everywhere; bare numbers would have drawn T117. bt06's misplaced 时效 tier-2
holds a social-benefit indicator; F201 on that row would be a second view of the same slip and
is not asked for. bt13's rates without operators (80%, 92%) are read as targets and left
unmarked (T103 is info). bt14's serial 46387 is 2026-12-31, inside the year, so only the
artefact is marked, and its detail lines add up once 180 is read. bt16's two tier mismatches
cancel out, so the indicator points still add to 100 and W101 is not asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout530 import cucumber, oyster, ranching
from tests.variants.holdout530.registry import HOLDOUT530
from tests.variants.kit import Variant

MODULES = (oyster, cucumber, ranching)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT530, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 530th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
