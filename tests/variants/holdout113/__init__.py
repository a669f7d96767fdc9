"""113th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.
Theme: a prefecture-level city's (市级, the invented 沄江市) season, round two, in
layouts from offices goalbook has seen little of: 部门整体支出绩效目标表 with a 年度主要任务
block (任务名称 · 主要内容 · 预算金额 with a 合计 row) above the indicators; 项目支出 returns
with 上年结转 and 当年预算 money columns in one row; a 资金来源 block with 财政拨款 / 财政专户 /
单位资金 / 其他资金; headers written on two merged rows (指标值 over 年度 and 中期); a 序号
column; a 评分标准 or 指标说明 column of long text; header rows repeated after a page break;
a flat department list; two stacked projects. 18 returns: 10 correct, 8 with 1–3 ordinary
planted mistakes (money that does not add up, a tier missing, an operator against direction,
a rate over 100 %, a rate as a count, 中期 counts copied into 年度, a plan date in another
year, a conflicting duplicate, a unit conflict, weights not adding to 100, `=` on a
satisfaction rate, an annual budget above the period's).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout113 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout113 import departments, others, projects
from tests.variants.holdout113.registry import HOLDOUT113
from tests.variants.kit import Variant

MODULES = (departments, projects, others)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT113, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 113th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
