"""220th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes a careful reviewer marks in goal texts against indicators, rates given as
counts, thresholds written badly, duplicates and near-duplicates, operators against directions
and points at two levels (variant items 9, 10, 11, 13). 9 of the 18 returns are correct; the
other 9 carry 2–3 planted mistakes a careful reviewer marks (22 in all; 4 more marks only
tolerate a finding: D104 at three goal texts, W101 beside a W103):

* a count in the 年度目标 that the indicator contradicts: 培训农民3000人次 against ≥2000人次
  (pv02), 120所 against an annual ≥80所 in a two-year project (pv04), 12个行政村 against ≥10个 in
  a 部门整体 table (pv06) (D104, warning, at the indicator's row; tolerated at the goal text);
* a rate given as a count: a 完成率 of 50期 (pv02), a 处置率 of 18个村 (pv06), a 覆盖率 of 6场
  (pv12), a flat list's 可办率 of 200 in a 项 unit column (pv16, D104 accepted) (T105, error);
  the reverse, a count of toilets given as ≥95% (pv06) (T120, warning, D104 accepted);
* thresholds written badly: ≥90%以下 (pv10) (T116, warning, T108 accepted); a 合格率 typed
  ≥955% (pv10) (T106, error, T116 accepted); = on a satisfaction in an operator column (pv08)
  (T107, warning, T108 and D104 accepted); a unit cost rounded to ≤0万元/户 (pv18) (T115,
  error); a detail line split by a space, 41.237 5 (pv18) (X105, warning, X103 accepted);
* duplicates: one indicator twice with the same 中期 and 年度 values (pv04) (D101, warning); the
  station count twice, ≥18个 and ≥15个 (pv10) (D102, error, D104 accepted); 水质检测合格率 ≥98
  beside 水质抽检合格率 ≥95 (pv08) (D103, warning, D102 accepted);
* operators against directions: ≥ in an operator column beside a declared 反向 漏损率 (pv08), an
  事故发生率 ≥0.5% (pv12), a 人均上门服务成本 ≥2500元/人 (pv14) (T108, warning);
* points at two levels: 效益指标 declared 30 in a tier score column, its indicator scores 25
  (pv14) (W103, error, at the tier score; the W101 it may cause is tolerated); a flat list's
  weights adding to 95 (pv16) (W101, error, file level);
* a value whose indicator name was left out, in a table with a 备注 column (pv12) (F110, error,
  at the empty name cell: the message must not quote an empty name).

Legitimate look-alikes sit in the 9 correct returns (pv01, pv03, pv05, pv07, pv09, pv11, pv13,
pv15, pv17): goal texts whose counts agree with the indicators only as products (3 points × 200户 =
≥600户, 20期 × 50人 = ≥1000人次; pv01), 中期 and 年度 texts quoting different counts, each matching
its own column (pv03), a 部门整体 goal quoting 18处, 12公里, 15平方公里, 1个百分点 and 20年一遇
(pv05); names holding 率 or 满意度 with counts (满意度调查有效问卷数 ≥300份, 河湖日常巡查频率
≥1次/周); 百分点 changes of rates (pv01, pv05, pv09, pv13); 正向 rates with negative words
(投诉办结率 ≥98, 安全隐患整改率 =100, 不合格食品核查处置率 =100%), a 下降率 ≥, 反向 times, costs, a
院内感染发生率 ≤3‰ with ≤, 事故起数 =0起 (inline, and as = │ 0 │ 起 in columns: not a zero target);
word and full-width operators (不少于, 以上, 不低于, 个工作日内, ≥９０％; pv09); indicators that
differ by one word (道路 / 人行道 养护面积, 近视 / 脊柱侧弯 筛查人数 with the same count, 场馆 /
赛事 安全事故) and the same names with different values in two stacked projects (pv11); points in
the tier-1 labels beside an indicator 分值 column (pv13), a tier score column beside indicator
scores, both adding to 100 (pv17), a flat list whose weights add to 90 with 预算执行率 scored apart
as its note says (pv15); a 化肥使用量增长率 ≤0% (pv17); percent cells (pct(1), pct(0.95); pv07,
pv15) and 万元 in the number format throughout. Every unit cost × count stays within its money;
every total equals its sources.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout220 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout220 import columns, points, texts
from tests.variants.holdout220.registry import HOLDOUT220
from tests.variants.kit import Variant

MODULES = (texts, columns, points)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT220, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 220th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
