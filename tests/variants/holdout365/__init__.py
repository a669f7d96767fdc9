"""The 365th held-out set: 18 invented returns on embroidery (刺绣) workshops that employ rural
women: training them (training.py, vk01–vk06), selling their work (sales.py, vk07–vk12) and
running the workshops (workshops.py, vk13–vk18). Budget year 2025, money in 万元.

Layouts: project heads with operator and unit columns (vk01, vk02), tier-1 and indicator points
(vk03, vk04), 中期 and 年度 columns (vk05, vk06), two projects stacked in one sheet (vk07, vk08),
department flat lists (vk09 operator column, vk10 direction column), department heads with tasks
and 金额合计 (vk11, vk12), headers 指标内容 / 绩效标准 with a 说明 row and a repeated header (vk13),
header 预期目标 with template rows (vk14), a budget-system export on two sheets with the header on
row 3 and 预期实现值 (vk15), conversion artefacts (vk16), labels with *, ★ and abbreviations under
a two-row header (vk17), numbered labels (vk18).

Planted mistakes (code, highest accepted severity, place):

* vk02: T106 error at the typed 105% 培训出勤率; T108 warning (row) at ≥ on 学员绣品次品率; T105
  error at 150 (unit 人) for 学员结业率.
* vk04: W103 error at the 产出指标 score 50 (indicators 40) and at the 效益指标 score 30
  (indicators 40); T107 warning at 参训绣娘满意度 =95%.
* vk06: D201 error at the annual ≥600人 above the period ≥500人; D202 warning at the annual
  ≥40家 copied from the two-year column.
* vk08: B101 error at the second project's 资金总额 50 (35 + 10); T105 error at 线上订单履约率
  1200单.
* vk10: T112 error at 150万元 with unit column 件; T108 warning (row) at ≥2% on 订单投诉率 (反向);
  W101 error at book level (weights 95).
* vk12: B101 error at 资金总额 260 (基本 100 + 项目 150); B102 error at 金额合计 150 (tasks 155).
* vk14: F110 error at the empty name of the 时效 row with a date value; F109 warning (row) at
  社会成本指标 and at 生态效益指标 left from the template.
* vk16: X106 error (alt B108) at 资金总额 `96万96万`, B101 tolerated there; X104 warning at the
  start date stored as text `45658`; T115 error at `≤0万元/套`.
* vk18: F105 error at 可持续影响指标 under 产出指标; F202 warning (row) at 项目预算执行率 under
  成本指标.

Legitimate look-alikes in the correct returns: typed percents `pct(...)` with a duplicate % in
the unit column and `=` 100% on 培训课时完成率 (vk01); 学员绣品返工下降率 with ≥ (vk01);
`≥5百分点` on a 就业率 rise and points 100 at both levels with a 合计 row (vk03); 0次 safety
incidents and rates equal in both columns of a multi-year project (vk05); the same 参展绣娘满意度
with different values in two stacked projects (vk07); a flat list's 合计 weight row and 退货率 ≤
(vk09); a footnote explaining that 金额合计 is 项目支出 only (vk11); bare 100% on 合格率, 说明 and
填表说明 rows, a repeated header, fill dates in 2024 (all); 差错率 ≤1% and a typed 90% in an
export with no tier merging (vk15); 返贫致贫人数 0人 and abbreviated labels (vk17). Every unit cost
× count stays within its money.

Judgements: vk02 结业率 `150 人` is marked T105 rather than T112 (the unit column agrees with the
value; the problem is a rate given as a count). vk04's tier totals (100) and indicator totals
(100) both hold, so only W103 is asked for. vk06's 人均培训成本 × the wrong ≥600人 stays within the
annual money, so no B107 is expected. vk12's B101 is marked at 资金总额, though the wrong cell
could be 基本支出 or 项目支出. vk16's `96万96万` is read as 96, so the money adds up; a B101
there is tolerated. vk14's name-less row sits under 时效指标 with a date value, F110 only.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout365 import sales, training, workshops
from tests.variants.holdout365.registry import HOLDOUT365
from tests.variants.kit import Variant

MODULES = (training, sales, workshops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT365, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 365th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
