"""236th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
water resources and rural water supply (农村饮水安全巩固提升, 河道综合治理, 小型水库除险加固, 灌区
节水改造, 水土保持): 开工/完工 dates against the budget year, money from 中央/省级/市县 sources with
shares, quantities against the goal text and 测算依据 unit prices, reverse rates, indicator
tables on a second sheet (variant items 2, 7, 9, 12). 9 of the 18 returns are correct; the
other 9 carry 2–3 planted mistakes a careful reviewer marks (20 in all):

* a 计划完成日期 (2026-02-28) before the 计划开始日期 (2026-04-01) (ql02) (Y104, error);
* ≥ on a 管网漏损率 in an operator column (ql02) (T108, warning, D104 accepted);
* an annual 年度资金总额 above the 中期资金总额 (ql04) (B103, error);
* an annual 治理河道长度 above its 中期 value (ql04) (D201, error);
* a 年度目标 saying 新建堤防9.5公里 against the indicator ≥7.5公里 (ql04) (D104, warning);
* a 省级 share of 30 % for 200 of 800万元 (ql06) (B111, error; a finding at the 合计 share
  tolerated up to error);
* a 设施建成投运时间 in 2027 in a one-year 2026 project (ql06) (Y102, error, Y103 accepted);
* a 渠道衬砌单位成本 ≤38万元/公里 × 45公里 = 1710万元 above the 1500万元 (ql08) (B107, warning);
* a 计划完成日期 typed as the serial ``46356`` in a text cell (ql08) (X104, warning);
* a 苗木成活率 given as ≥3万株 (ql10) (T105, error);
* 生态效益指标 under 产出指标 on the second sheet (ql10) (F105, error);
* 基本支出 + 项目支出 = 6200 against a 资金总额 of 6300 (ql12) (B101, error);
* 年度主要任务 adding up to 4300 against a 金额合计 of 4350 (ql12) (B102, error);
* =95% on a 水质达标率 in the first of two stacked projects (ql14) (T107, warning, T108
  accepted);
* a 计划开始日期 in 2025 in the second stacked 2026 project (ql14) (Y102, error);
* a 单处泵站改造成本 ≤0万元/处 (ql14) (T115, error);
* a 测算依据 amount split by a space, ``1205.337 6`` (ql16) (X105, warning, X103 accepted);
* a 省级 amount of 4000000 (元) in a 万元 block whose other lines make 1600 (ql16) (B110, error,
  B101 and B102 accepted; a finding at its share tolerated up to error);
* a cumulative 新建供水管网 ≥60公里 copied into the 年度 column of a three-year project (ql18)
  (D202, warning);
* a 年度目标 identical to the 中期目标 (ql18) (D204, warning).

Legitimate look-alikes sit in the 9 correct returns (ql01, ql03, ql05, ql07, ql09, ql11, ql13,
ql15, ql17): 资金来源 blocks whose 中央/省级/县级 amounts add up to the total with shares typed
as Excel percentages (``pct(0.5)``, ``pct(0.6)``, ``pct(1)`` for 100 %) or rounded to two
decimals (ql11's 95.06 % / 4.94 %); a 管网漏损率 ≤10%, 渗漏损失率 ≤12%, 水质超标率 ≤3% / ≤4%,
土壤侵蚀模数 ≤ in a 反向 direction column; 建设工期 ≤275天 and 项目建设工期 ≤8月; =0次 and =0人 on
harms; a 利用系数 ≥0.58 (no percent); a 2028 completion date in a three-year project and a 2025
baseline or 填报日期 beside a 2026 budget; annual counts below the 中期 ones with equal rates and
cost caps in both columns; unit price × count within its money (45公里 × 52万元, 12座 × 82.5万元,
18.5平方公里 × 40万元, 536份 × 1500元 equal to its line); department tasks adding up to
项目支出 rather than 资金总额; tier points (产出指标（50分）) beside indicator points; two stacked
projects with weights of 100 each; a budget-system export (「项目支出预算05-1」 /
「项目支出绩效目标05-2」, header on the third row) with a money cell ``200(其中设备120万元)``
(tolerated up to a warning); money in 元 carried by the number format; a 下降幅度 in 百分点; a
standard number GB 5749—2022 in a footnote; numbered tier labels (一、产出指标, 1.数量指标).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout236 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout236 import blocks, sheets, single
from tests.variants.holdout236.registry import HOLDOUT236
from tests.variants.kit import Variant

MODULES = (single, sheets, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT236, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 236th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
