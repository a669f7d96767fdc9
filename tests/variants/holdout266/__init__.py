"""266th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
meteorology, earthquake and surveying bureaus (气象观测站网, 人工影响天气, 地震监测台网,
测绘地理信息, 防灾减灾宣传): accuracy rates typed as Excel percentages, times in 分钟 and 小时,
counts of stations, 反向 indicators such as 误报率 and 漏报率, tier labels with alternatives in
brackets (variant items 1, 5, 11). 9 of the 18 returns are correct (rp01, rp03, rp05, rp07, rp09,
rp11, rp13, rp15, rp17); the other 9 carry 2–3 planted mistakes a careful reviewer marks (21 in
all):

* ≥ on a 反向 rate: a 冰雹预警误报率 ≥15% while the goal says 以内 (rp02), a 强对流天气漏报率 with
  ≥ in an operator column beside 反向 (rp08) (T108, warning; D104 accepted);
* = on a cost cap: 单位面积测绘成本 =0.6万元/平方公里 (rp04) (T108, warning; T107 accepted);
* a rate above its ceiling typed as an Excel percentage: 登记准确率 105% (rp02) (T106, error);
* a rate given as a count: 预警短信发送成功率 ≥120万条 (rp06) (T105, error);
* a time given as a percentage: 预警信息平均发布时间 95% stored as 0.95 (rp06) (T113, warning);
* a name in 平方公里 with a value in 亩 (rp04) (T119, warning);
* 30分钟 in the value beside 小时 in the unit column (rp08) (T112, error);
* a delivery date in 2027 in a 2026 one-year project (rp04) (Y102, error);
* a station count equal in 中期 and 年度 of a three-year project (rp10) (D202, warning), an
  annual count above the period count (rp10) (D201, error), the 年度目标 copied word for word
  from the 中期目标 (rp10) (D204, warning);
* 时效指标（进度指标） under 效益指标 (rp12) (F105, error) and points adding to 95 (rp12) (W101,
  error, file level);
* a department's 资金总额 2150 ≠ 财政拨款 1980 + 其他资金 150 (rp14) and a stacked project's 85 ≠
  70 + 5 (rp16) (B101, error);
* a placeholder ≥XX% in a 及时率 (rp14) (X101, error);
* a 单站维护成本 0.9万元 × 200 stations over the project's 150万元 (rp16) (B107, warning);
* the same 观测数据到报率 twice with ≥98% and ≥99% (rp16) (D102, error; D103, D101 accepted);
* a flat-list indicator without a value (rp18) (T101, error) and weights adding to 110 (rp18)
  (W101, error, file level).

Legitimate look-alikes in the correct returns: percentages as Excel stores them (pct 0.99 shown
99.0%, 0.98, 0.95 beside a % unit column, 0.985 shown 98.5% with the unit column empty, 0.87,
1 shown 100% on a 覆盖率 and a 合格率); 正向 times with ≥ (预警提前量 ≥30分钟, ≥20分钟, ≥45 分钟);
反向 误报率 and 漏报率 with ≤ (inline, operator column, word operator 小于等于, flat list); times
in 分钟, 秒 and 小时 with ≤; =0起 and =0人 on harms; 等于 28座 on a count; a 知晓率 提高≥5个百分点;
a 下降率 with ≥; numbers inside names (1:2000, 1:500, M2.5级, “5·12”, 24小时) that are not the
target; tier labels 质量指标(或标准指标), 时效指标（进度指标）, 一、产出指标 / 1.数量指标 and
产出指标（50分） (points in labels only, adding to 100); rates, times and unit costs equal in the
中期 and 年度 columns of a three-year project (rp09) while counts are smaller in the year; the
same 满意度 indicator and the same ≥20个 in two stacked projects (rp15); a flat list whose
指标性质 column holds 正向/反向 and whose weights add to 100 (rp17); a 填报日期 in the year
before the budget year; footnotes and signature lines. Money carries its unit in the number
format (WAN) throughout; every total is its sources, tasks add up to 项目支出, and every unit
cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout266 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout266 import blocks, columns, inline
from tests.variants.holdout266.registry import HOLDOUT266
from tests.variants.kit import Variant

MODULES = (inline, columns, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT266, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 266th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
