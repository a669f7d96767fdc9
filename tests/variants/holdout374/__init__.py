"""The 374th held-out set: paper-cutting and New Year prints (剪纸/年画) as folk-art workshops and
their market. 18 invented returns (9 correct), 22 required marks. Places (枫渡县, 鹤坪区, 云梓市,
柘塘镇), units, people, phone numbers and figures are invented.

Layouts: project heads with one-year and three-year money blocks, OLD-NAT and NAT-2021 tiers merged
down, an operator column with a unit column (vt01), operators inside values, two stacked projects
(vt03, vt04), department flat lists in two column orders (vt05, vt06), a 注 row inside the table and
a header repeated after a page break (vt07), numbered labels with points (vt09), abbreviated labels
(vt10), 指标内容/绩效标准 headers (vt11), a two-row 考核指标/目标值（年度）/评价标准 header on a
second sheet (vt12), 中期 and 年度 columns (vt13, vt14), tier and indicator score columns (vt15,
vt16), department budgets with shares and key tasks (vt05, vt17, vt18).

Planted mistakes (code, highest accepted severity, place):

* vt02: T106 error at the 合格率 typed 105%; T105 error at 满意度 ≥90家.
* vt04: B101 error at the second project's 年度资金总额 (60 + 15 ≠ 80); T108 warning (row) on
  剪纸作品运输破损率 ≥3%.
* vt06: T108 warning (row) on 观众投诉率 ≥1 (反向); W101 error, book level (weights 95).
* vt08: X101 error at ≥**场; T106 error at ≥105% on a 合格率.
* vt10: F105 error at 社会效益 under 产出; F108 error (alt F103) at tier-1 过程, any finding up to
  error tolerated at its tier-2 组织实施; T107 warning at =95% on 游客满意度.
* vt11: F110 error at the empty name cell of the ≥2场 row; F109 warning (row) at 时效指标.
* vt14: D201 error at annual ≥65款 (period ≥60款); D202 warning at the annual ≥9家 and ≥3个.
* vt16: W103 error at the 产出 score 40 (indicators 45) and at the 效益 score 30 (indicators 25);
  T108 warning (row) on 摊位空置率 ≥8%.
* vt18: B101 error at 资金总额 360 (220 + 150 = 370); B111 error at the 财政拨款 share 80%
  (300 / 360 = 83.3%); B102 error at 金额合计 150 (tasks 140).

Legitimate look-alikes in the correct returns: 作品返工率 ≤5% and 课程按期完成率 =100%
(vt01); the same 学员满意度 name with different values in two stacked projects (vt03);
展陈安全事故发生起数 ≤0起 and 剪纸展品损坏率 ≤2% in a flat list (vt05) and 0起 (vt17); a
signature date in the year before the budget year and a footnote explaining 其他资金 as
上年结转 (vt07); 盗版侵权投诉下降率 ≥10% and points in tier labels (vt09); ≥5百分点 on a
share raised and 100 points at both levels (vt15); rates and unit costs equal in 中期 and
年度 of a three-year project (vt13); unit cost × count equal to the money (vt04 first
project, vt17, vt18).

Judgements: typed percent cells without an operator (vt03, vt12) may draw at most a warning
(tolerated with ``ok``). In vt10 one root problem (an evaluation tier 过程) is marked once, at the
tier-1 cell. In vt14 the D201 cell is not also marked D202. In vt18 the shares of 基本支出 and
项目支出 match their amounts; only the 财政拨款 share is wrong.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout374 import market, prints, workshops
from tests.variants.holdout374.registry import HOLDOUT374
from tests.variants.kit import Variant

MODULES = (workshops, prints, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT374, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 374th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
