"""197th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
culture, tourism, sport and broadcasting (文化和旅游局, 体育局, 广播电视, 图书馆, 文化馆, 博物馆,
非遗保护, 全民健身, 乡村旅游, 应急广播): one-year and multi-year project tables with per-场/次/人/村
standards, two 部门整体 tables (one with 年度主要任务 and their amounts), stacked projects.

10 of the 18 returns are correct; the other 8 carry 1–2 planted mistakes a careful reviewer
marks: a 单村 standard × 村数 above the money (one-year) and a 单场 standard × 场次 above the
年度 money of a two-year table; a 完成率 ≥110% and a 满意度 of 105% (percent cell); a project
资金总额 that is not 财政拨款 + 其他资金 and a department 资金总额 that is not 基本支出 + 项目支出;
a 完成率 given as a count (twice, in operator/unit columns); a 损伤发生率 with ≥; a vague
sentence as a value; a deadline on 2月30日 and one in 2027 in a one-year project; an annual
device count above the period's; the same indicator with the same values under two tier-2s; a
年度目标 naming 150场 against ≥120场; 社会效益指标 under 产出指标 in a stacked project.

The correct returns hold legitimate look-alikes: standard × count exactly equal to the money
(one-year, both columns of multi-year tables, stacked projects, two standards adding up to the
money), a 差错率 and a 故障率 with ≤, a 投诉量下降率 with ≥, =100% on 完成率/到位率, a 覆盖率 of
100%, word operators (大于等于) and bare numbers with a unit column, a date cell as a deadline, a
base year 2025 in an explanation, tier labels with points matching a 分值 column, a one-year
table with identical 中期 and 年度 columns, a 金额合计 equal to 项目支出, fill dates in the year
before, an instruction row, footnotes and signature lines, the same indicator name in two
stacked projects with different values.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout197 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout197 import departments, periods, single
from tests.variants.holdout197.registry import HOLDOUT197
from tests.variants.kit import Variant

MODULES = (single, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT197, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 197th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
