"""167th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample.

Theme: justice administration and public legal services (司法局 and 司法所):
法律援助案件办理 with a per-案件 standard, 人民调解员培训与以案定补, 社区矫正监管,
公共法律服务中心运行, 普法宣传 (八五普法), 律师和公证行业监管, 安置帮教, 行政复议案件办理.
Layouts: one-year project tables (operators inside the values, or in an operator column with a
unit column, in symbols or in words), multi-year projects with 中期 and 年度 columns, three
部门整体 tables (one with weights), two pairs of stacked projects.

10 correct and 8 with 1–3 planted mistakes each (17 marks): 资金总额 ≠ 财政拨款 + 其他资金 (in
the 年度 block, in the 中期 column), 基本支出 + 项目支出 ≠ 资金总额, task amounts that miss
their 金额合计, a per-件 standard × the cases above the money, a rate given as a count (twice),
a rate over 100 % (twice), ≥ on a 再犯罪率 and on an 超期审结率, an annual deadline in the year
before the table, a title year against the plan dates, an annual count above its 中期 count, a
duplicate indicator, 服务对象满意度指标 placed under 效益指标, a vague value (视情况开展).

The correct returns hold legitimate look-alikes: =0人 and =0起 counts, a 增长率 ≤0%, =100% on a
衔接率 and a 审结率, standards × counts within the money, the same indicator name in two stacked
projects, a fill date in the year before.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout167 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout167 import departments, periods, single, stacked
from tests.variants.holdout167.registry import HOLDOUT167
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT167, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 167th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
