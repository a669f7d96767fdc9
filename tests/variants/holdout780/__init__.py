"""The 780th held-out set: 18 invented returns of a city public-security bureau (枫泽市公安局,
invented, as are its 北潭区 / 梧岗区 branches, people, phone numbers and figures), budget year
2026, money in 万元 (the unit mostly only in the number format).

Theme: traffic-signal upgrades at junctions (``signals``: kdj01–kdj06), anti-fraud publicity
(``fraud``: kdj07–kdj12) and community policing stations (``stations``: kdj13–kdj18).

Layouts: project heads with 资金总额 / 年度资金总额 blocks (one-year, two-year and three-year with
中期 and 年度 columns); department heads with budget, shares and key tasks; an operator column
(≥, 大于等于 in words, text ``=``, 定性) with a unit column; a flat list; two projects stacked in
one sheet; a head on one sheet and the table on a second; a budget-system export with codes in
the first columns; numbered tier labels with points, marks (*, ★), abbreviations and an alias;
header words 预期实现值, 指标内容 / 绩效标准, 考核指标 / 目标值（年度） / 评价标准, 预期目标;
说明 / 注 / 填表说明 rows, a header repeated after a page break, subtotal and total rows,
signature and date lines.

Planted mistakes (return, code, highest accepted severity, place):

* kdj02-signal-three-year: D104 ≤warning at the 中期 value ``≥100个`` (row; 中期目标 says 120
  junctions); D201 ≤error at the 年度 value ``≥4个`` above the period's ``≥3个`` (alt D104: the
  年度目标 says 1); Y102 ≤error at the 中期 deadline ``2029年6月30日前`` outside 2026–2028
  (alt Y103).
* kdj03-signal-stacked: B101 ≤error at the second project's 资金总额 260 ≠ 200 + 40 (the same
  B101 at its 年度资金总额 is tolerated, not required); B107 ≤warning (row) at ``≤8万元/套``:
  8 × 40 = 320 > 260.
* kdj05-signal-second-sheet: Y101 ≤error (alt Y103) at the 年度目标 naming 2025 in a 2026 return;
  D104 ≤warning (row) at ``≥24个`` against the goal's 26 junctions; Y102 ≤error at
  ``2025年10月31日前`` on the second sheet.
* kdj08-fraud-near-duplicate: D103 ≤error (row, alt D102, D101) at the second 宣传场次 name (160
  against 200); F201 ≤warning (row) at 群众反诈知识知晓率 under 时效指标.
* kdj10-fraud-campus-leftovers: D104 ≤warning (row) at ``≥120场`` against the goal's 150;
  Y103 ≤warning (row) at ``2024年度反诈宣传折页印制``; X101 ≤error (alt T101, T116) at ``≥XX%``.
* kdj11-fraud-district-department: B101 ≤error (row) at 资金总额 3420 ≠ 2610 + 780; B102 ≤error
  (alt B101) at 金额合计 800 ≠ 120 + 260 + 400; D104 ≤warning (row) at ``≥180场`` against the
  goal's and the task's 200.
* kdj14-station-wrong-tier: F201 ≤warning (row) at a count (视频监控点位安装数量) under 质量指标;
  F201 ≤warning (row) at a satisfaction rate under 社会效益指标; B107 ≤warning (row) at
  ``≤28万元/个``: 28 × 12 = 336 > 300.
* kdj16-station-three-year: D204 ≤warning at the 年度目标 copied from the 中期目标; D202 ≤warning
  at each copied annual count (``≥45个``, ``≥135台``).
* kdj17-station-template-rows: F109 ≤warning (row) at the empty 社会成本指标 row; F110 ≤error at
  the empty name of the ``≥80%`` row; Y102 ≤error (alt D104) at ``2027年6月30日前`` in a one-year
  2026 project whose goal says 9月底前.

25 required marks; 22 of them need one part of the return compared with another (goal text
against indicators, years and deadlines against the year and the period, 中期 against 年度,
duplicates, tier-2 against meaning, unit cost × count and parts against totals, leftovers).

Legitimate look-alikes in the correct returns:

* kdj01: typed percent cells (``=`` with 100%, ≥95%, a 下降率 ``≥10%``); the goal's 38 junctions
  with its parts (22 + 16) in brackets; 12 × 38 = 456 ≤ 480.
* kdj04: shares rounded to 0.1 % (94.4 + 5.6, 73.4 + 26.6); tasks 480 + 180 + 100 = 760 =
  项目支出 = 金额合计, a 注 saying so; fill date in 2025; 0.4 × 412 = 164.8 ≤ 180.
* kdj06: tier points (50/10/30/10) and indicator points both add to 100, a 合计 row;
  ``≥3个百分点`` on a rate raised; 2.5 × 24 = 60 ≤ 95.
* kdj07: flat list with typed percents, weights 100, 下降率 with ≥, 下发时长 with ≤.
* kdj09: 中期 counts above the year's (60 / 35, 400 / 220, 6 / 4), rates and the unit cost equal in
  both columns; 中期目标 prepares for 2028 (after the period); a 降幅 measured against 2025 (the
  baseline year, not a leftover); 3 × 60 = 180 ≤ 640 and 3 × 35 = 105 ≤ 360.
* kdj12: ``0起`` on an incident count; * and ★ marks; the alias 社会公众或服务对象满意度指标; the
  goal's 80场 with parts (60 + 20) in brackets; 0.6 × 80 = 48 ≤ 60; a 填表说明 row.
* kdj13: operator column holding the text ``=`` and 定性; a 说明 row inside the table; a 注 that
  explains the total (10 × 28 + 8 × 12 = 376 ≤ 420); 下降率 with ≥; 到场时间 with ≤.
* kdj15: two projects in one exported table, no duplicate names; the subsidy standard
  2000元/人·月 × 40 × 12 = 96万元 equal to (not above) its money; 合计 row 356 = 260 + 96.
* kdj18: a 小计 row and a 合计 row (weights 45 and 100), the header repeated after a blank row;
  13 × 16 = 208 ≤ 210; 降幅 with ≥.

Judgements where a reviewer could hesitate:

* kdj08: two values for one indicator (160 / 200 场) is a conflict, so D102 at error is accepted
  as well as D103; the 知晓率 under 时效 is a misplacement (warning), not a wrong framework.
* kdj05: an annual goal naming the previous year in a 2026 return is a year conflict, so Y101
  at error is accepted; Y103 is accepted too.
* kdj02: the 中期 deadline after the period is Y102 (error); the annual ``≥4个`` contradicts
  both the period (D201) and the 年度目标 (D104 accepted).
* kdj16: the copied annual cost and rates are not marked (rates and unit costs may be equal);
  the copied counts are, each at its annual cell; 6 × 45 = 270 stays within the 300 of the year.
* kdj17: the 2027 deadline is outside the one-year project and contradicts the goal's 9月底前;
  Y102 is asked for, D104 accepted.
* kdj11: the 金额合计 800 also differs from 项目支出 780, so B101 is accepted for that mark.
* kdj09 and kdj15: a year before or after the project in a baseline (较2025年) or a purpose
  (为2028年…积累经验) is not a year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout780 import fraud, signals, stations
from tests.variants.holdout780.registry import HOLDOUT780
from tests.variants.kit import Variant

MODULES = (signals, fraud, stations)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT780, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 780th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
