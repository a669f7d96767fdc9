"""The 676th held-out set: 18 invented returns on 芝麻 and 黄粉虫 (mealworm) farming, a
sesame-oil mill (小磨香油作坊) and insect-protein feed trials, with a careful reviewer's marks.
Its aim is checks across the table: 22 of the 25 required marks are found only by comparing one
part of a return with another. Places, units, people and figures are invented (苍柘县, 栖梧镇,
蒲滩乡, 澄麓市).

Layouts: project heads with one-year and multi-year (中期 / 年度) money blocks; department heads
with budget and key-task blocks; NAT-2021 and OLD-NAT tiers merged down, numbered (一、 （一） 1.),
with points (产出指标（50分）), marked (*) or abbreviated (数量); operator, direction and unit
columns; headers 指标内容 · 绩效标准, 预期目标, 预期实现值, 实施期指标值, 考核指标 · 目标值（年度）
(two-row header, operators in words) · 评价标准; two stacked projects in one sheet (hj05, hj13);
a flat department list (hj04); a table on a second sheet (hj12); a budget-system export with
codes in the first columns and the header on row 3 (hj15); 注 / 说明 / 填表说明 rows, a header
repeated after a page break (hj16), signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* hj02: B101 ≤error at the 年度资金总额 cell, row (90 + 40 = 130 ≠ 120); D104 ≤warning at
  改造小磨香油生产线 ≥3条, row (the goal says 2条); B107 ≤warning at 压榨设备购置单价 ≤28万元/台,
  row (× 5台 = 140 > 120).
* hj03: Y103 ≤warning (alt Y101) at the 年度目标 cell (2025年 left from last season in a
  2026—2027 project); D201 ≤error at the annual 良种繁育田面积 ≥260亩 (period ≥200亩); D104
  ≤warning at the period 培训种植户 ≥400人次, row (中期目标: 两年累计600人次).
* hj05 (stacked): B107 ≤warning at the first project's 芝麻种植补贴标准 ≤80元/亩, row (× 2000亩 =
  16万 > 12万); B101 ≤error at the second project's 年度资金总额, row (45 + 10 ≠ 60); D103
  ≤warning (alt D102, D101) at 香油出油率 ≥42% under 经济效益, row (质量 has 芝麻香油出油率 ≥45%).
* hj06: F110 ≤error at the empty name of the ≥10家 row; Y102 ≤error at 品牌授权完成时间
  2027年3月31日前 in a one-year 2026 project; F109 ≤warning at the empty 生态效益指标 row, row.
* hj08 (2026—2028): B103 ≤error at 年度资金总额 150 (中期 120); D202 ≤warning (alt D104) at the
  annual 新建养殖车间 ≥6栋 (copied from 中期; 年度目标 says 2栋); D104 ≤warning at the period
  鲜虫产量 ≥600吨, row (中期目标: 三年累计900吨).
* hj09 (department): B101 ≤error at 资金总额, row (基本 250 + 项目 180 = 430 ≠ 420); B102 ≤error at
  金额合计 180 (tasks 60 + 70 + 40 = 170).
* hj11: T108 ≤warning at the ≥ of the 反向 虫粉加工损耗率, row; F201 ≤warning at 虫粉蛋白质检测
  合格率 under 时效指标, row; D102 ≤error (alt D101, D103) at the second 养殖技术培训人次 (社会效益,
  200) against the first (数量, 300), row.
* hj15 (export): D101 ≤warning (alt D103) at 肉鸡饲喂试验批次数, row (the row above is
  肉鸡饲喂试验批次, same value); Y102 ≤error (alt Y101, Y103) at 试验报告提交时间 2025年12月20日前
  in the 2026 table; B107 ≤warning at 每批次试验费用 ≤3.5万元/批次, row (× 6 = 21 > 18 on sheet
  05-1).
* hj18: D104 ≤warning at 试验生猪 ≥400头, row (goal: 600头); F201 ≤warning at 合作养殖场户满意度
  under 社会效益指标, row.

Legitimate look-alikes in the correct returns (hj01, hj04, hj07, hj10, hj12, hj13, hj14, hj16,
hj17): typed percent cells (hj01, hj04, hj10) and % only in a unit column (hj04, hj07, hj17); a
goal area with its core part in brackets and a 其中 indicator for it (hj01); 为2027年 / 为2029年
推广 in the goals, a later year the work prepares for (hj01, hj14); a 下降率 with ≥ / 大于等于
(hj01, hj17) and a 不合格率 fall in 百分点 with ≥ (hj04); 0起 / =0 / 等于 0次 on incident
counts (hj04, hj12, hj16, hj17); rates raised in 百分点 (hj10, hj13); tier points and indicator
points both adding to 100 (hj10); 中期 counts above the year's with rates and unit costs equal
(hj14); the same indicator names with other values in two stacked projects (hj13); a footnote
and a 备注 explaining a total (hj12); a goal count with a part also listed (hj16: 4000份 with
黄粉虫养殖场抽样200份); every unit cost × count within its money (hj01 7.2万/180, hj07 24万/60,
hj10 20万/48, hj12 12万/32, hj13 27/36 and 20/28, hj14 240/300 and 80/110, hj16 50/75, hj17
6.48万/30); fill dates in December or November of the year before (signature lines).

Judgements where a reviewer could hesitate:

* Near-duplicates with a word more are warnings (D103, D101); an exact name twice with two
  values is a contradiction, an error (D102, hj11).
* A text goal against an indicator (D104) is a warning: the reviewer asks, the figures may be
  meant differently. A unit cost × count above the money (B107) is a warning for the same reason;
  parts against their totals (B101, B102, B103) are errors.
* A date in a one-year project outside its year (hj06, hj15) is an error (Y102); a year named
  only in goal text (hj03) is a warning (Y103).
* hj05's two 出油率 rows sit under different tier-1s; the reviewer marks the second, under 经济
  效益, where the duplicate appears. hj05's first project has 其他资金 0, which adds up.
* hj11's 加工线投产时间 is a 反向 time limit with ≤ and a date as text; hj07's 投用时间 likewise.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout676 import feed, mealworm, sesame
from tests.variants.holdout676.registry import HOLDOUT676
from tests.variants.kit import Variant

MODULES = (sesame, mealworm, feed)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT676, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 676th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
