"""The 419th held-out set: a city sports bureau's orienteering (定向越野) events and urban trail
network (城市步道网). Everything is invented: 澄湾市体育局, its 定向运动管理中心,
城市步道建设养护站, 社会体育指导中心 and 全民健身服务中心, the places (鹭鸣山, 栖枫湾,
苍箬岭), people, phones, figures.
Budget year 2026; amounts in 万元.

Layouts: project heads (§3.1) and department heads (§3.2) with their money blocks; tier-1 and
tier-2 merged down; an operator column and a unit column (xm01); operators inside the values
(xm02, xm07–xm10); tier-1 and indicator score columns (xm03, xm04); three-year projects with
中期 and 年度 columns (xm05, xm06); 资金明细 lines and a 注 under the table (xm07); two projects
stacked in one sheet (xm09, xm10); the table on a second sheet under 考核指标 / 预期实现值 with an
指标值设定依据 column (xm11); headers 指标内容 / 指标方向 / 绩效标准 with word operators (xm12);
flat lists in two column orders (xm13, xm14); 注 rows, a repeated header after a page break,
小计 and 合计 rows, 填表说明 and signatures (xm15); numbered labels and ★ rows with a 说明 row
inside (xm16); labels with points, abbreviations and marks under 绩效目标值 (xm17); a
budget-system export on sheets 05-1 / 05-2 with codes in the first columns (xm18).

Planted mistakes (return: code, highest accepted severity, place):

* xm02-event-rate-count: T105 error at the 参赛选手完赛率 value (`2800人`); T108 warning, row
  mark, on 赛事安全事故发生率 `≥0.5%`.
* xm04-event-points-wrong: W103 error at the 产出指标 score cell (declared 40, 15 + 15 + 5 = 35);
  F110 error at the empty name cell of the 社会效益 row carrying `≥20000人次`; W101 on the file
  tolerated (the indicator points then total 95), not required.
* xm06-event-series-copied: D202 warning at the 年度 cells of 积分赛举办场次 (`≥24场`, D104
  accepted: the 年度目标 says 8) and 参赛人次 (`≥36000人次`); B103 error at 年度资金总额 250 above
  中期 210 (the 年度财政拨款 230 > 190 cell tolerates an error too).
* xm08-trail-money-wrong: B101 error at 年度资金总额 150 ≠ 120 + 20; X104 warning at the
  计划完成日期 typed as the text `46356` (2026-11-30).
* xm10-trail-stacked-defects: in the second project, T106 error at 翻新工程验收合格率 `≥105%`;
  T108 warning, row mark, on 翻新后路面破损率 `≥3%`.
* xm12-trail-header-defects: T108 warning, row mark, on 巡查问题响应时间 `大于等于 │ 2 │ 小时`;
  T113 warning, row mark, on 年度养护完工时间 `等于 │ 100 │ %`.
* xm14-bureau-flat-defects: T112 error at `12场` with 人 in the unit column; W101 error on the
  file (weights 95).
* xm16-bureau-notes-defects: T106 error at 驿站开放服务时长达标率 `≥110%`; F105 error at the
  tier-2 cell （三）社会效益指标 under 一、产出指标.
* xm18-bureau-export-defects: B102 error (B101 accepted) at the 05-1 合计 168 (86 + 72 = 158);
  F109 warning, row mark, at the empty 时效指标 row of the first project; F110 error at the
  empty name cell of the second project's 质量指标 row (`≥95%`).

Legitimate look-alikes in the correct returns: `=0起` on an incident count (xm01) and `= 0 起`
in a flat list (xm13); percent cells typed in Excel with `%` also in the unit column (xm01, xm13)
and in a value column (xm05, xm07, xm11); tier points and indicator points both totalling 100
(xm03) and 小计 rows beside indicator weights (xm15); `提高≥3百分点` and `提高≥1.5百分点` on rates
(xm03, xm15); `=100%` as text on a 合格率 (xm07, xm15); a 下降率 with ≥ (xm11); the same name
步道巡查频次 with different values in two stacked projects (xm09); 中期 and 年度 rates and caps
equal in a three-year project while counts differ (xm05); a unit cost × count equal to its
money (xm15: 40 × 10.5 = 420); a footnote explaining a total (xm07); fill dates in 2025
(signatures, department heads); 说明 / 注 / 填表说明 / 小计 / 合计 / repeated header rows.

Judgements: a pct cell with `%` in the unit column is read as 95%, not 0.95%; `每年3月31日前`
in a 中期 column is a recurring deadline, not a date outside the year; `≥8%` on a 增长率 is not
capped; the 说明 row in xm16 sits in the tier-1 column but is a note, not a tier; the empty
时效指标 in xm18 is F109 only (not an error); the B103 in xm06 is an error because the year
cannot exceed the whole period.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout419 import bureau, events, trails
from tests.variants.holdout419.registry import HOLDOUT419
from tests.variants.kit import Variant

MODULES = (events, trails, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT419, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 419th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
