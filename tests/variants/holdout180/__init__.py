"""180th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round forty-one: tables typed by hand in WPS. A 序号
column before the tiers with hierarchical numbers (outline rows 1 / 1.1 / 1.1.1, or 1.1.1 on the
indicator rows only, or running numbers; once with 1 and 1.1 stored as numbers), indicator names
prefixed with their number ((1) …, ①…), full-width digits and signs in values (≥９５％, ＜５天,
＝１００％, numbers typed full-width as text), Chinese numerals (不少于三十所, 两次以上, 三年以上),
a value followed by a note on a new line in the same cell (≥９０％↵（省考核口径）), headers that
state the unit in brackets (指标值（单位）, 中期指标值（单位）), tier-2 cells written with their
tier-1 in one merged column (产出指标—数量指标, 一级目标—二级目标 in a Shanghai table), and a
closing line 本表一式三份.

12 of the 18 returns are correct; the other 6 carry 1–2 planted mistakes placed in these habits
(11 required marks): a full-width 合格率 ≥１０５％ (T106), a response time and a 发生率 with ≥ and a
满意度 with ＜ (T108), annual lectures 不少于十二场 above the period's 不少于十场 (D201), a 覆盖率
given as 不少于三百人次 (T105), a combined cell 效益指标—服务对象满意度指标 (F105), the same
numbered 满意度 twice with ≥90% and ≥85% (D102), 基本支出 + 项目支出 ≠ 资金总额 (B101), a
full-width completion date in the next year of a one-year project (Y102), 800盏 in a name against
the target 1000 (T110). The correct returns hold look-alikes: ＝０起 outbreaks, a 增长率 ≤０％,
a 提前发布时间 ≥30分钟 (正向), ＝１００％ on a 合格率, numbered names whose prefix is not a
quantity, equal 实施期 and 年度 columns in a one-year project, a 年访问量 equal in both
columns, the same 满意度 name in two stacked projects, tier-1 and indicator points both
adding to 100.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout180 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout180 import others, periods, single
from tests.variants.holdout180.registry import HOLDOUT180
from tests.variants.kit import Variant

MODULES = (single, periods, others)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT180, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 180th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
