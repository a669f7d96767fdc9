"""271st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
fire rescue and broadcasting (消防救援站建设, 应急广播体系, 广播电视户户通, 消防宣传): tier labels
as offices write them, other header words, footnotes and instructions inside the table, flat
lists, points at two levels and 百分点 (variant items 4, 5, 7, 10). 9 of the 18 returns are
correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (21 in all):

* points that do not add up: the scores under ``一、产出指标（50分）`` add to 45 (ru02, W103,
  error, at the tier label; W101 accepted, not asked for), a 分值 column whose 合计 row says 100
  over 95 (ru04, W101, error, book level), a flat list's 权重 adding to 95 (ru16, W101, error,
  book level);
* money: 基本支出 + 项目支出 ≠ 资金总额 in a department head (ru06, B101, error, row);
  ``≤12元/份`` × 50000份 beyond the 45万元 budget (ru04, B107, warning, row);
* a tier-2 under the wrong tier-1: 社会效益指标 in a points-labelled 产出 block (ru06) and
  生态效益指标 among bracketed tier-2s under 产出指标 (ru14) (F105, error, F201 accepted);
* a 合格率 under 时效指标 (ru10, F201, warning, row);
* values: a 知晓率 raised by a bare ``提高≥8`` (ru04, T104, warning, T105/T116 accepted); a
  到岗率 given as ``≥24人`` (ru14, T105, error); a 发布时间 ``≥10分钟`` (ru02) and a declared 反向
  接警至出动时间 ``≥1`` (ru16) (T108, warning, row); a cost cap ``360元/户`` without operator
  (ru10, T117, warning); ``=95%`` on a 合格率 (ru12, T107, warning); ``≥3600户`` against 人 in
  the unit column (ru16, T112, error, row); a placeholder ``≥XX个`` (ru08, X101, error); a rate
  with its value left empty (ru08, T101, error, at the empty cell);
* a completion date ``2027年3月31日前`` in a one-year 2026 project whose goal says 10月底前
  (ru10, Y102, error, D104 accepted);
* the same 活动场次 on both sides of a repeated header with ≥48场 / ≥36场 (ru12, D102, error,
  row, at the second; the first accepted, not asked for; D101/D103 accepted);
* period columns: an annual ``≥6辆`` above the period's ``≥4辆`` (ru18, D201, error) and a
  cumulative ``≥300人次`` copied into the annual column (ru18, D202, warning).

Legitimate look-alikes sit in the 9 correct returns (ru01, ru03, ru05, ru07, ru09, ru11, ru13,
ru15, ru17): tier-1 labels carrying points with indicator scores adding to them (ru01: 100 both
ways), a 合计 row of 100 (ru03), weights adding to 90 with a footnote that 预算执行率 is scored
apart (ru05), a 小计 row after each tier-1 block plus a 合计 (ru11: 100, not 200), rates raised
in 百分点 (``提高≥6百分点``, a 提升幅度 with 百分点 in the unit column) (ru01, ru03, ru09, ru15,
ru17), 100% and 95% typed in Excel (ru01, ru03, ru05, ru07, ru09 in an operator column, ru11,
ru17), labels numbered 一、/（一）/1., with ``*`` or ★, abbreviated (产出 / 数量 / 可持续影响)
(ru05, ru11, ru13, ru17), header words 考核指标 (two-row header) · 绩效目标值 · 评价标准 ·
指标内容 · 预期实现值 · 目标值（年度） (ru09, ru13, ru17), 说明 / 注 / 填表说明 rows inside and
under the table, a header row repeated after a page break, a unit-code row, signature lines
dated in the year before the budget year (ru05, ru07, ru09, ru11), a 下降率 with ≥ and 0起 with
= (ru05), a flat list with 正向/反向 and bare numbers with the unit in its column (ru15), equal
中期 and 年度 values only on rates, times, unit costs and grades (ru17). Money adds up in every
correct return and every unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout271 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout271 import labels, notes, points
from tests.variants.holdout271.registry import HOLDOUT271
from tests.variants.kit import Variant

MODULES = (points, notes, labels)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT271, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 271st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
