"""The 541st held-out set: 18 invented returns with a careful reviewer's marks, to measure
``goalbook check`` out of sample (``bench/accuracy.py --set holdout541``).

Theme: stone carving (石雕) heritage workshops and village ancestral-hall (宗祠) repairs in the
invented 砚峰县 (磬山镇, 柘塘村, 樟陂村, 芦岙村, 岭背村). Budget year 2025; money in 万元.

Layouts: project heads (one-year and multi-year with 中期 / 年度 money) and department heads
with budget and key-task blocks; OLD-NAT and NAT-2021 tiers merged down; operator and unit
columns; flat lists in two column orders; tier-1 and indicator score columns; three and two
projects stacked in one sheet; 中期 and 年度 value columns; labels numbered, with points, ★ and
*, abbreviated; headers 预期目标, 指标内容 / 绩效标准, 绩效目标值, 指标方向, 度量单位; a
budget-system export (sheets 05-1 / 05-2, codes in the first columns, two title rows); an
instruction row, 注 and 填表说明 rows; signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* ce02-percent-over: T106 error at the typed 105 % of 设备安装验收合格率; T108 warning (row)
  at the ≥ of 石料加工损耗率.
* ce04-flat-defects: T105 error at 学徒结业考核合格率 = 30 人; T108 warning (row) at
  石刻拓片破损率 ≥2 (反向); W101 error on the book (weights add to 95).
* ce06-points-mismatch: W103 error at the 产出指标 score 50 (indicators 55) and at the
  效益指标 score 30 (indicators 25); T106 error at 研学学生满意度 ≥100%.
* ce08-stacked-defects: B101 error at the second project's 年度资金总额 85 (60 + 20); T105
  error at its 修缮工程验收合格率 = 1项.
* ce10-multi-year-copied: D202 warning at the 年度 cells of 修缮石牌坊座数 and
  修缮宗祠石雕门楼处数 (copied from 中期); D201 error at 补配缺损石构件数量 年度 ≥60 vs 中期 ≥50.
* ce11-template-rows: F110 error at the empty name of the ≥2次 row; F109 warning (row) at the
  empty 社会成本指标 and 生态效益指标 template rows.
* ce14-wrong-parent: F105 error at 时效指标 under 效益指标; T108 warning (row) at
  修复石构件二次损坏率 ≥2%.
* ce16-header-words: X104 warning at 计划完成日期 stored as the text 46022; T113 warning at
  改造完工时间 = 100 %.
* ce18-department-money-wrong: B101 error at 资金总额 410 (基本支出 250 + 项目支出 150);
  B102 error at 金额合计 150 (tasks 60 + 80).

Legitimate look-alikes in the correct returns: typed percent cells (ce01, ce03, ce07, ce15,
ce17), a 下降率 with ≥ and 安全生产事故发生数 ≤0起 (ce01), `=100%` and typed 100 % on
合格率 (ce07, ce09), a rate change in 百分点 (ce05), tier and indicator points both adding to
100 (ce05), label points adding to 90 with a note that 预算执行率 is scored separately (ce13),
the same indicator with different values in stacked projects (ce07), rates equal in 中期 and
年度 while counts are below the period (ce09), unit cost × count equal to the money (ce09,
ce13, ce14), an instruction row and footnotes explaining totals (ce12), fill and signature
dates in 2024 (all), a 下降 / 发生率 with ≤ (ce03, ce12), shares 60 % + 40 % = 100 % (ce17).

Judgements: ≥100% on a satisfaction rate is marked T106 (domain §4.2 rule 6) as an error; the
W101 on ce04 is a book-level mark because the sum belongs to no one cell; in ce18 the
资金总额 equals 财政拨款 + 其他资金 but not 基本支出 + 项目支出, so B101 is marked at the
total; in ce08 the B101 is marked at the total though the error might sit in a part; ce13's
label points (50 + 30 + 10 = 90) are not marked; ce16's 46022 is the serial of 2025-12-31,
inside the year, so only X104 is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout541 import forms, halls, workshops
from tests.variants.holdout541.registry import HOLDOUT541
from tests.variants.kit import Variant

MODULES = (workshops, halls, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT541, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 541st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
