"""200th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
public security, traffic police, civil defence and fire services (公安局 视频监控 “雪亮工程”,
禁毒宣传, 110接处警, 交警大队 道路交通秩序, 交通信号灯维护, 人防办 人防工程维护, 防空警报,
消防救援站 装备) in one-year and multi-year project tables, two 部门整体 tables and stacked
projects. 10 of the 18 returns are correct; the other 8 carry 2–3 planted mistakes a careful
reviewer marks: a per-台 standard × 台数 above the money (60台 × 0.6万元 > 30万元); a 试鸣
deadline of 2026年9月31日; a 劝阻成功率 of ≥105% (operator column) and a 完好率 stored as 105%
(percent cell); ≥ on a 止付响应时长 and on 道路交通事故死亡人数; a 知晓率 written ≥20000人 and a
完成率 written ≥12处; a slogan as a value; a 年度 count above the 中期 one (45处 / 40处); a 年度
deadline in 2025 (a date cell, and a text in a stacked project); a 质量指标 under 效益指标; an
indicator repeated under another tier-2 with the same values; a 中期 资金总额 that is not the sum
of its parts; key tasks that do not add up to their 金额合计; a 年度总体目标 naming 80场 against an
indicator of ≥60场. The correct returns hold legitimate look-alikes: standard × count exactly equal
to the money (per 个, 路口, 套, 站, 席位, 场, 人, 项, in 万元 and in 元, one-year, multi-year and
stacked), ≤ on 事故死亡人数, 火灾亡人数, 复吸率, 故障率 and response times, ≥ on 下降率, 100% on
合格率 and 覆盖率, a 占比 raised ≥5百分点, a deadline on 2026年9月30日, numbered tier labels with
points that add up, an instruction row, footnotes and signature dates in the year before, a 占比
row that matches its amounts, the same indicator name in two stacked projects.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout200 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout200 import forms, periods, sheets, single
from tests.variants.holdout200.registry import HOLDOUT200
from tests.variants.kit import Variant

MODULES = (single, forms, periods, sheets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT200, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 200th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
