"""237th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
social security and employment (就业补助资金, 职业技能培训, 居家养老服务, 城乡低保, 残疾人两项补贴):
per-person standards times people against the money, counts given where a rate is asked,
changes written in 百分点, tier labels with points and numbering, weights at two levels,
footnotes and signature lines under the table (variant items 4, 5, 10). 9 of the 18 returns are
correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (22 in all):

* a rate given as a count: a 取证率 ``≥1500人`` (qm02), a 核对覆盖率 ``≥4800户`` (qm06), a
  职业介绍成功率 in 人 in a flat list (qm12), a 生活补贴覆盖率 ``1500人`` (qm17) (T105, error);
* a monthly or yearly standard × people above the money: 400元/人·月 × 2000人 × 12 = 960万 >
  680万 in an operator column (qm09), 2000元/人·月 × 450人 × 12 = 1080万 > 860万 in the second
  of two stacked projects (qm13), 1200元/人·年 × 5600人 = 672万 > 650万 beside a 测算依据 that
  counts 4000 (qm17, D104 accepted there but not asked) (B107, warning);
* a tier-1 whose points do not match its indicators: 三、效益指标（30分） over 25 (qm02),
  产出指标（50分） over 55 in the first stacked project (qm13) (W103, error, W101 accepted; a
  W101 on the whole return accepted but not asked);
* weights of a flat department list adding up to 95 (qm12) (W101, error, on the return);
* a 测算依据 block whose lines (388) do not add up to its 合计 398 (qm04) (B102, error, B101
  accepted); 年度资金总额 580 ≠ 财政拨款 500 + 其他资金 60 (qm15) (B101, error);
* a 人均培训成本 with ≥ (qm04) and a 投诉率 with ≥ in an operator column (qm09) (T108, warning);
* a 质量指标 under 三、效益指标 (qm06) (F105, error, F201 accepted);
* in a three-year project with 中期 and 年度 columns: an annual 新增就业 above its period value
  (qm07) (D201, error), a cumulative 培训人次 equal in both (qm07) (D202, warning), a number of
  公益性岗位 given as ≥95% (qm07) (T120, warning);
* 300户 in the value against 张 in the unit column (qm09) (T112, error);
* a 2027 completion date in a 2026 department list (qm12) (Y102, error);
* a 年度目标 left from 2024 (qm15) (Y103, warning); a 工单完成率 written =95% (qm15) (T107,
  warning).

Legitimate look-alikes sit in the 9 correct returns (qm01, qm03, qm05, qm08, qm10, qm11, qm14,
qm16, qm18): numbered tier labels with points (一、产出指标（50分）, 产出指标(40分), 1.数量指标,
（一）数量指标, *产出指标 in qm15) whose indicators add up; a score on each tier-1 row beside the
indicators' scores, so the column adds up to 200 (qm03); points adding to 90 with a footnote that
预算执行率 is scored apart (qm05); rate changes in 百分点 (``≥2百分点`` on a 合格率, a 比例, a
取证率 in a unit column, a 留用率: qm03, qm08, qm10, qm11); monthly and yearly standards × people
× 12 within their money (qm01, qm03, qm05, qm11, qm14, qm16, qm18), in qm14 above the second
stacked project's money but within its own; 城镇调查失业率, 错保率, time limits and standards
with ≤; ``=0`` 起 cases and ``=100%`` at the ceiling; percentages typed in Excel (pct(1) in qm01,
qm05, qm16; pct(0.95) in qm11) and a row of shares that match the amounts (qm16); 中期 and 年度
columns with rates and a unit cost equal in both and counts smaller in the year (qm08); an
operator column headed 指标性质 (qm08); the same 满意度 name in two stacked projects (qm14);
footnotes (注：/说明：) under and inside tables, signature lines with phone numbers and a
filling date in the autumn before the budget year (tolerated), a header repeated after a page
break and long wrapped names (qm18). Amounts carry their unit in the number format (万元)
throughout.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout237 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout237 import blocks, columns, numbered
from tests.variants.holdout237.registry import HOLDOUT237
from tests.variants.kit import Variant

MODULES = (numbered, columns, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT237, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 237th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
