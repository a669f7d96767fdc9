"""The 392nd held-out set: village yangge (秧歌) and waist-drum (腰鼓) folk dance teams.

18 invented returns of the invented 苇塘县 (its 文化和旅游局, 文化馆 and the 石碾镇 / 北梁乡
综合文化站), 9 correct and 9 with 24 required marks, built with ``kit.py`` and ``heads.py``;
budget year 2025, money in 万元 (unit in the number format where typed as amounts).

Layouts: project heads with one-year and multi-year (中期 / 年度) money blocks; department heads
with budget rows and key tasks with a 金额合计; OLD-NAT and NAT-2021 tiers merged down; an
operator column headed 指标性质 with the value column 绩效标准 (wl01); tier-1 and indicator score
columns (wl03, wl04); numbered, ★-marked and abbreviated tier labels (wl05, wl06); flat lists
in two column orders (wl07, wl08); two projects stacked in one sheet (wl09, wl10); 中期 and
年度 value columns (wl13, wl14); a budget-system export with codes in the first columns, the
header on row 3 of a second sheet and repeated after a page break (wl15); detail lines with PDF
artefacts (wl16); a second-sheet table under a two-row header 绩效指标 / 指标内容 / 预期实现值
(wl17); 指标性质 as direction and 指标方向 as word operators (wl18).

Planted mistakes (return: code, highest accepted severity, place):

* wl02-drum-percent-wrong: T106 error at Sheet1!E11 (typed 105% on 腰鼓验收合格率); T108
  warning, row 12 (≥ on 腰鼓器材年损坏率, a 反向 rate).
* wl04-drum-points-wrong: W103 error at Sheet1!B9 (产出 50 declared, 45 under it; a file-level
  W101 tolerated); T105 error at Sheet1!E11 (参训率 ≥200人).
* wl06-drum-labels-wrong: F110 error at Sheet1!C10 (empty name, value ≥20场); F105 error at
  Sheet1!B13 (时效指标 under 效益指标); F109 warning, row 15 (生态效益指标 left empty).
* wl08-drum-flat-defects: T112 error at Sheet1!B9 (≥12场 against unit 人); T108 warning, row
  12 (≥1% on a 反向 发生率); W101 error, book level (weights total 95).
* wl10-stacked-wrong: B101 error at Sheet1!C18 (second project 30 ≠ 20 + 8); T105 error at
  Sheet1!D23 (到课率 ≥45人).
* wl12-bureau-money-wrong: B101 error at Sheet1!B4 (60 + 40 ≠ 95); B102 error at Sheet1!D9
  (18 + 12 + 8 ≠ 40); T106 error at Sheet1!D17 (满意度 ≥100%).
* wl14-yangge-multi-year-copied: D202 warning at Sheet1!E11 and E12 (counts copied); D201
  error at Sheet1!E13 (≥400人次 a year against ≥300人次 for two years).
* wl16-yangge-artefacts: X104 warning at Sheet1!D4 (start date the text 45658); X105 warning
  at Sheet1!B17 (``8.6 4``, X103 accepted); X106 error at Sheet1!B19 (``5.36万5.36万``, B108
  accepted); a file-level B102 tolerated.
* wl18-drum-operator-words: T108 warning, rows 9 and 13 (小于等于 on a 正向 count, 大于等于 on
  a 反向 price); T107 warning, row 15 (等于 95 on 满意度, T108 accepted).

Legitimate look-alikes in the correct returns: percents typed in Excel (wl01, wl07, shown 95%
etc.), ``= 100%`` on a pass rate and a free-opening rate at the ceiling (wl01, wl07, wl13 as
text ``=100%``), ``= 0 起`` accidents (wl01), a 0.5% accident rate with ≤ (wl07), tier points
and indicator points both totalling 100 with a 合计 row (wl03), ``≥3百分点`` on a rate raised
(wl03), ``≥10%`` on a 投诉下降率 (wl05), unit cost × count equal to the money (wl10 first
project 30 × 3000元 = 9万, wl11 20 × 1.2万 = 24万), a footnote explaining that 金额合计 leaves out
基本支出 (wl11), a note row between tiers and signature/stamp lines (wl11), the same name
培训骨干人数 with different values in two stacked projects (wl09), equal 中期 and 年度 rates and
caps in a three-year project (wl13), a repeated header row (wl15), fill dates in 2024.

Judgements: the 105% (wl02) and ≥100% 满意度 (wl12) are impossibilities, so errors; direction
conflicts and ``等于`` on a satisfaction rate only warnings; in wl04 the tier score is marked,
not the indicator rows, since either could be wrong; wl12's B101 sits at 资金总额 although the
parts could be the wrong side (财政拨款 + 其他资金 = 95 agrees with the total); in wl16 the lines
add up to 20 when read as the reviewer reads them (8.64, 6, 5.36), so B102 is only tolerated;
the date serial 45658 is 2025-01-01, inside the year, so no Y102 is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout392 import lists, periods, projects
from tests.variants.holdout392.registry import HOLDOUT392
from tests.variants.kit import Variant

MODULES = (projects, lists, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT392, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 392nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
