"""201st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
部门整体支出绩效目标表 in the provincial variants that arrive (issue items 3, 7, 12), for
education, health, natural resources, ecology and civil affairs departments: tables built on
部门职责 → 工作活动 → 活动内容/活动金额 → 绩效指标 → 指标值 (with or without tiers, with a
职责金额 or an 整体绩效目标 per duty); 年度主要任务 blocks each with their own indicators, or
tasks merged down beside them; 部门预算 as 收入 and 支出 grids (收入合计 = 财政拨款收入 + 事业收入
+ 其他收入, 支出合计 = 基本支出 + 项目支出), across or side by side, with 占比, in 万元 or 元;
flat indicator lists with 指标性质 (operator or direction) and 权重; indicators on a second sheet;
headers 预期实现值, 年度目标值, 目标值（年度）, 绩效标准, 实施周期指标值.

10 correct and 8 with 1–2 planted mistakes a careful reviewer marks (14 marks): a duty amount
that is not the sum of its activities (B102); activities adding to 1460 against 项目支出 1520
(B102); 收入合计 46380 against 支出合计 46830 with each grid adding up (B101, file); a 覆盖率
and a 按时办结率 written as counts (T105, twice); ≥ on a harm (漏报率, 故障停运率, 投诉重复率:
T108, three times); weights adding to 95 under a 合计 of 100 (W101, file); one indicator listed
twice with the same value (D101); a completion date in the next year, as text and as a date
cell (Y102, twice); a goal text against its indicator (120公顷 / ≥100, 95%以上 / ≥90%: D104,
twice).

The correct returns hold legitimate look-alikes: activities adding to 支出合计 because a 机构运行
activity carries the 基本支出; 事业收入 of 0; rounded 占比; every amount in 元; tasks split into
财政拨款 and 其他资金; cost standards × counts exactly equal to their activity or task; a
校舍安全责任事故 of 0起; =100% as text and 100% percent cells; a 下降率 ≥10%; a 反向 增长率 with ≤;
婴儿死亡率 in ‰; a number inside an indicator name (65岁及以上, PM2.5); a 2028 date in the
实施周期 column of a 2026—2028 department table; fill and stamp dates in the year before the
budget year; 定性 values declared as 定性.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout201 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout201 import duties, flat, grids
from tests.variants.holdout201.registry import HOLDOUT201
from tests.variants.kit import Variant

MODULES = (duties, grids, flat)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT201, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 201st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
