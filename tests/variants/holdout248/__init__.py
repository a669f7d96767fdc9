"""248th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
education support (学生资助, 农村义务教育学生营养改善计划, 教师培训, 校舍维修改造, 学前教育普惠):
percentages typed as Excel percent cells and custom number formats with units, multi-year
projects with 中期 and 年度 columns, money blocks with tasks, years and 基本支出/项目支出 (variant
items 1, 8, 12). 9 of the 18 returns are correct; the other 9 carry 2–3 planted mistakes a
careful reviewer marks (22 in all):

* money that does not add up: 年度资金总额 760 ≠ 财政拨款 700 + 其他资金 40 (qx02), 资金总额 24800 ≠
  基本支出 16200 + 项目支出 8400 (qx14) (B101, error); tasks 8200 against their 金额合计 8400 (qx14)
  (B102, error, B101 accepted);
* 年度资金总额 1650 above 中期资金总额 1500 (qx10) (B103, error);
* a one-year project whose 年度资金 180 differs from its 资金总额 210, the second of two stacked
  projects (qx06) (B109, warning, B101 accepted);
* a 膳食补助标准 ≤1000元/生·年 × 8600 pupils = 860 万元 above the 760 万元 (qx02) (B107, warning);
* a 基本支出 share typed 70% for 4500 of 7500 (qx16) (B111, error);
* a task amount typed in 元 (1200000) in a 万元 block whose tasks otherwise add to 120 short
  (qx18) (B110, error, B102 accepted);
* a task amount typed as the text ``1,250.00`` (qx16) (X103, warning);
* a 知晓率 typed as 1.05 with the format ``"≥"0%`` (shown ≥105%) (qx02) (T106, error);
* a cost per 平方米 with ≥ (qx04) (T108, warning);
* a count of schools typed as a 100% percent cell (qx04) (T120, warning);
* ``=95%`` on a 验收合格率 (qx06) (T107, warning);
* a 合格率 given as 570人 in the 年度 column (qx12) (T105, error);
* 计划完成日期 2026-01-15 before the start 2026-03-01 (qx04) (Y104, error);
* 计划完成日期 2028-12-31 outside a two-year project 2026–2027 (qx12) (Y102, error, Y101
  accepted);
* a task target ``2025年10月底前完工`` in a 2026 department table (qx18) (Y103, warning, Y101 and
  Y102 accepted);
* an annual count ≥360人 above its period count ≥300人 (qx08) (D201, error);
* a cumulative count of new places ≥2700个 in both columns of a three-year project (qx10)
  (D202, warning);
* ≥1200人次 for the period against =600人次 for the year (qx12) (D203, warning);
* the 年度目标 copying the 中期目标 word for word in a three-year project (qx08) (D204, warning);
* 时效指标 under 效益指标 in a department table (qx18) (F105, error).

Legitimate look-alikes sit in the 9 correct returns (qx01, qx03, qx05, qx07, qx09, qx11, qx13,
qx15, qx17): percent cells shown 100% on a 准确率, 精准率, 合格率 and 及时率 and ≥95%/90%/85% in an
operator column (qx03, qx09); custom formats that carry the operator and the unit (``"≥"0"所"``,
``"≤"0"元/生·年"``, ``"≥"0%``) (qx05, qx11, qx13, qx15, qx17); money with the unit
only in the format (``0.00"万元"``) everywhere; =0人 and =0间 on harms; operators in words
(大于等于, 小于等于) and a 定性 row; rates, unit costs, time limits and satisfaction equal in the
中期 and 年度 columns while counts are smaller in the year (qx07, qx09, qx11); a 检出率 cap looser
in the year (≤9%) than for the period (≤8%) (qx09); 实施周期 = 年度 columns in a one-year
department table with a note saying so (qx15); two complete column sets (qx11); tasks that add to
项目支出, not to 资金总额 (qx13, qx15); a share row typed as percent cells that matches the amounts
(qx15); a 测算依据 block whose standard × count equals each line (qx17); standards × counts equal
to or within their money (qx05, qx11, qx13, qx15, qx17); tier-1 labels with points and a 分值
column adding to 100 (qx05); next-year and later dates inside a multi-year period (qx07, qx09,
qx11); footnotes and signature lines.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout248 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout248 import blocks, oneyear, period
from tests.variants.holdout248.registry import HOLDOUT248
from tests.variants.kit import Variant

MODULES = (oneyear, period, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT248, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 248th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
