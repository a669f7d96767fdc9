"""213th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns from 乡镇 and 街道 offices and small units (variant items 2, 3, 4, 10): flat indicator
lists (指标名称 · 指标性质 · 权重 · 计量单位 · 指标值 in varying orders, one with a 评分标准
column, one with 实施周期 and 年度 values), several small projects stacked in one sheet each with
its own head and money, 部门整体 tables with 年度主要任务, points per tier and per indicator,
填表说明 rows and signatures; civil affairs, 城乡建设, 社区服务, 文化站, 综治 and 安全生产.

10 of the 18 returns are correct; the other 8 carry 1–2 planted mistakes a careful reviewer
marks: a flat list whose weights add to 95 and which gives a count as 若干 (po03); a 反向
事故发生率 with ≥ in an operator column (po05); a 覆盖率 written 320人 in a stacked project
(po07); a training deadline of 2027年3月31日 in a one-year 2026 project stacked with two others
(po08); key tasks adding to 310 under a 金额合计 of 340 (po12); a tier-1 of 50 points whose
indicators add to 45 (po13); the same indicator listed twice under 数量指标 (po14); a goal and a
task naming 检查600家次 against an indicator of ≥500家次 (po15).

The correct returns hold legitimate look-alikes: points at two levels that each add to 100 (a
合计 row for both), points in the tier labels, weights adding to 90 with 预算执行率 stated as
scored apart, a rate change of ≥2 / ≥3 百分点, numbers inside 评分标准 texts, =100 on a
发放率 / 合格率 / 衔接率, 较大事故 =0起 (in mistake returns too), a 受害率 ≤0.5‰, 反向 rates
with ≤, unit cost × count exactly equal to the money (幸福院, 文化广场, 道路, 公厕, 检查站,
小区), the same indicator name with different values in stacked projects, deadlines as date
cells, 定性 rows without operator, an instruction row under the header, notes, 填表说明 and
signatures dated in the year before the budget year.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout213 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout213 import department, flat, points, stacked
from tests.variants.holdout213.registry import HOLDOUT213
from tests.variants.kit import Variant

MODULES = (flat, stacked, department, points)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT213, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 213th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
