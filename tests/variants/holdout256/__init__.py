"""256th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
rural revitalisation and farm subsidies (耕地地力保护补贴, 农机购置补贴, 衔接推进乡村振兴资金,
农村人居环境整治, 村级集体经济): several projects stacked in one sheet, money blocks with tasks,
资金来源 shares, 测算依据 and prior years, PDF and copy-paste artefacts, amounts with notes in
brackets (variant items 2, 9, 12). 9 of the 18 returns are correct; the other 9 carry 2–3
planted mistakes a careful reviewer marks (21 in all):

* a 验收合格率 ≥105% in the first of three stacked projects (rf02) (T106, error);
* 总额 ≠ 财政拨款 + 其他资金 in the second stacked project (rf02), 资金总额 ≠ 基本支出 +
  项目支出 in a department budget (rf14), a prior-year 合计 that is not the sum of its three
  years (rf18) (B101, error; B102 accepted for rf18);
* a 计划完成日期 before the 计划开始日期 in the third stacked project (rf02) (Y104, error, Y102
  accepted);
* 年度资金总额 above 中期资金总额 in a three-year project (rf04) (B103, error);
* a per-unit cap × count above the project money: 单台报废补贴 (rf04), 每村扶持资金 (rf18) (B107,
  warning);
* weights adding to 95 in the first of two weighted stacked projects (rf06) (W101, error, on the
  file);
* a 作业补助成本 with ≥ (rf06) (T108, warning);
* 时效指标 under 效益指标 in the second stacked project (rf06) (F105, error);
* a total split by a space and stored as text, ``1205.337 6`` (rf08) (X105, warning);
* a task amount pasted twice, ``86万86万（含设备采购60万元）`` (rf08) (X106, error);
* a 测算依据 line 10 000× its share (200万元 typed in 元) (rf10) (B110, error, B102 accepted; an
  error at the block's 合计 is tolerated);
* a 户均改厕补助 rounded to ``≤0万元/户`` (rf10) (T115, error);
* a total typed as text with a separator, ``1,280.50`` (rf12) (X103, warning);
* a 计划完成日期 pasted as the serial ``46387`` in a text cell (rf12) (X104, warning);
* task amounts short of their 金额合计 (rf14), 测算依据 lines short of their 合计 (rf18) (B102,
  error; B101 accepted for rf18);
* a 资金来源 share 25% for 500 of 2400 (rf16) (B111, error);
* a prior year spent beyond its budget, 2263.5 of 2200 (rf16) (B104, warning).

Legitimate look-alikes sit in the 9 correct returns (rf01, rf03, rf05, rf07, rf09, rf11, rf13,
rf15, rf17): two stacked weighted projects each adding to 100 (200 in the sheet, rf01); stacked
projects with a divider row (``二、…``) and no second title, one with 中期/年度 columns where rates
and unit costs are equal and counts are below their period (rf03); operator and unit columns
with a footnote and a 说明 row under each stacked table, =100% on a 覆盖率, =0起 and a 下降率 with
≥ (rf05); amounts with notes in brackets whose parts add up, e.g. ``420万元（其中路面380万元、
排水40万元）`` (rf07) and ``1245万元（含上年结转45万元）`` (rf09); full-width ``≧95％`` and a space
between number and unit ``≥ 86 个`` (rf09); a value with its benchmark ``≥95%（行业标准）`` and a
prior-year rate typed as 0.00% (rf11); a department task list adding to 项目支出 rather than
资金总额, with shares that add to 100% (rf13); 资金来源 shares, 测算依据 and a prior year that all
agree (rf15); three prior years with a 合计 row (rf17). Percentages typed in Excel (``pct(1)``,
``pct(0.95)``) appear in rf01, rf03, rf05, rf07, rf09, rf13, rf15; money carries its unit in the
number format (万元) throughout. Every unit cost × count stays within its money in the correct
returns.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout256 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout256 import artefacts, blocks, stacked
from tests.variants.holdout256.registry import HOLDOUT256
from tests.variants.kit import Variant

MODULES = (stacked, artefacts, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT256, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 256th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
