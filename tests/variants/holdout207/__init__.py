"""207th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
部门整体支出绩效目标表 of county and city bureaus (agriculture, transport, justice, statistics,
market regulation, sports) as they arrive: workbooks of several sheets (封面, 填报说明, 表1
部门整体支出绩效目标表, 表2 重点项目 with one or two projects stacked, an earlier draft kept as a
hidden sheet or a visible 作废 sheet), 部门预算 as 收入 and 支出 grids (收入合计 = 财政拨款收入 +
事业收入 + 其他收入; 支出合计 = 基本支出 + 项目支出) side by side or as label rows, 年度主要任务
adding up to 项目支出, 整体 / 中期 / 年度 goal texts, indicators as tiered tables or flat lists
with 指标性质 (operator or direction), 权重 / 分值 and 计量单位 columns in varying order, 实施周期
and 年度 columns, footnotes and signature rows.

10 of the 18 returns are correct; the other 8 carry 1–2 planted mistakes (12 marks): task
amounts adding to 395 under a 合计 of 420 (= 项目支出); 收入合计 495 against 支出合计 505 (each
adding up); 基本支出 + 项目支出 = 5620 under a 支出合计 of 5600; a 完成率 given as 30期 and a
处置率 as 35批次; an accident rate with ≥ (inline operator column) and with 大于等于 (flat list);
scores adding to 95; a duplicate indicator (the same rate and value under 质量指标 and
社会效益指标); a 2025 date in a 2026 table; a goal text and a task saying 80公里 against an
indicator of ≥60公里; 经济效益指标 under 产出指标.

The correct returns hold legitimate look-alikes: hidden and 作废 drafts whose figures differ
from the current 表1 (not duplicates, not conflicts); the same indicator in 表1 and 表2; a
standard × count exactly equal to its task or project money (3000元/人 × 600人, 0.8万元/公里 ×
1200公里, 400元/件 × 2400件, 1250元/户 × 360户, 2万元/座 × 42座, 12万元/个 × 40个, 8万元/个 × 25个);
事业收入 0; 事故起数 =0起 (also 反向 with =, and equal in 实施周期 and 年度 columns); a 再犯罪率
≤0.2%; a 死亡人数下降率 ≥10%; a 站点500米覆盖率; weights typed as percentages adding to 100%;
tier-1 labels carrying points that match the indicator scores; a 定性 row in an operator column;
fill and signature dates in 2025; a rate rising from 40% (年度) to 42% (实施周期).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout207 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout207 import books, flats, grids, tiers
from tests.variants.holdout207.registry import HOLDOUT207
from tests.variants.kit import Variant

MODULES = (books, grids, tiers, flats)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT207, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 207th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
