"""The 712th held-out set: 18 invented returns of 鹤汀县 (an invented county) with a careful
reviewer's marks, written blind to goalbook. Theme: a county tourism promotion campaign
(``promotion``, kat01–kat06), a scenic-area toilet upgrade (``toilets``, kat07–kat12) and a
rural homestay (民宿) quality rating (``homestays``, kat13–kat18). Budget year 2025 throughout.

Layouts: project heads with 万元 number formats and detail lines (kat01, kat02, kat12); a
three-year and a two-year project with 中期 / 年度 columns (kat03, kat09, kat17); two projects
stacked (kat04); department heads with key tasks and 金额合计 (kat05, kat13, kat14, kat18);
flat lists, one with an operator column, one with 指标方向 (operator) and 指标性质 (direction)
(kat05, kat18); an operator and unit column with typed percent cells (kat01, kat10); numbered
tier labels with points beside an indicator points column (kat07, kat08); a 注 row inside the
table, 填表说明 and signature lines (kat06); a budget-system export with two sheets and codes
in the first columns (kat11); the indicator table on a second sheet under 预期实现值 (kat12);
weights with 小计 rows (kat14); labels with *, ★, abbreviations and 时效指标（工期指标） under
headers 考核指标 / 目标值（年度） / 评价标准 (kat15).

Planted mistakes (return: code, highest accepted severity, place):

* kat02: B101 ≤error Sheet1!C5 (row): 财政拨款 160 + 其他资金 30 ≠ 资金总额 200; D104 ≤warning
  Sheet1!D14 (row): the goal says 推介会6场, the indicator ≥4场; B107 ≤warning Sheet1!D18 (row):
  25万元/场 × 4场 = 100 (× 6 = 150) above the 推介会 line of 90.
* kat03: D204 ≤warning Sheet1!D9: 年度目标 copied from 中期目标; D201 ≤error Sheet1!E12: the
  year's 曝光量 3000万 above the period's 2500万; F201 ≤warning Sheet1!C17 (row): 游客满意度
  under 社会效益指标.
* kat06: Y103 ≤warning Sheet1!B7: 年度目标 of the 2025 return plans 2024 work (last season's
  text); Y102 ≤error Sheet1!D13 (alt Y101): deadline 2024年11月30日前.
* kat08: W103 ≤error Sheet1!A9 (alt W101): 产出指标(50分) over indicators worth 45; D104
  ≤warning Sheet1!D9 (row): goal 15座, indicator ≥12座; B107 ≤warning Sheet1!D13 (row): 25万元
  × 12座 = 300 above the money of 240.
* kat10: D102 ≤error Sheet1!E11 (row; alt D103, D101, D104): 第三卫生间新建数量 ≥5 beside
  新建第三卫生间数量 ≥4; F201 ≤warning Sheet1!C13 (row): 保洁达标率 under 时效指标; T108
  ≤warning Sheet1!D15 (row): 故障报修响应时间 ≥ 24小时.
* kat12: B102 ≤error 项目信息!C12 (row): lines 96 + 36 + 18 = 150 ≠ 合计 160; F110 ≤error
  绩效指标!C5: a value ≥95% without a name; Y102 ≤error 绩效指标!D6: 竣工验收 2026年6月30日前
  in a one-year 2025 project.
* kat14: B101 ≤error Sheet1!B4 (row): 基本 300 + 项目 320 ≠ 资金总额 640; B102 ≤error Sheet1!D9
  (row): tasks 90 + 150 + 60 ≠ 金额合计 320; D104 ≤warning Sheet1!D13 (row): goal 培训300人次,
  indicator ≥200人次.
* kat16: X101 ≤error Sheet1!D11 (row): the template's example row 示例：XX培训人次 ≥**人次;
  F201 ≤warning Sheet1!C12 (row): a 户数 count under 质量指标; F109 ≤warning Sheet1!B16 (row):
  经济效益指标 left from the template without indicator or value.
* kat17: D202 ≤warning Sheet1!E11 (alt D104): the cumulative 120家 copied into 年度 (the goal
  says 40家 this year); Y102 ≤error Sheet1!E14 (alt Y101): 年度 deadline 2024年11月30日前.
  Tolerated: a warning at Sheet1!E15 (the cost row), where 120家 × 2.5万元 exceeds the year's
  money only because of the copied count.

Legitimate look-alikes in the correct returns: typed percent cells with a duplicate ``%`` unit
column and ``=`` 100% at the ceiling (kat01, kat05, kat18); a 投诉率 with ≤ (kat01, kat18);
旅游安全事故发生数 ``= 0起`` and ``0起`` (kat05, kat07, kat13); tier points 50/10/30/10 and
indicator points both adding to 100 (kat07); rises in 百分点 (kat07, kat13, kat15, kat18); the
goal's count a total with its part in brackets (kat07: 12座 含第三卫生间3座; kat13: 40家 甲级
12家); a 下降率 with ≥ (kat09); the period's 40座 beside the year's 18座, rates and unit costs
equal in both columns (kat09); 为2027年创建… in a 2025–2026 中期目标 (kat09); the same names
with different values in two stacked projects (kat04); unit cost × count equal to its money
(kat01 15 × 4 = 60, kat04, kat07 20 × 12 = 240, kat11 12 × 8 = 96, kat18 1.4 × 25 = 35);
``=100%`` typed as text (kat11); fill and signature dates in 2024 (kat05, kat13); a 合计 row
under a flat list (kat05).

Judgements: two targets for one indicator (kat10) are a contradiction, so an error is
accepted; the 2024 goal text (kat06) is a warning, its 2024 deadline an error; kat12's B102 is
placed at the 合计 row, where lines and total meet; kat14's B101 lies in the 基本 + 项目 split
(财政拨款 + 其他资金 = 640 holds), marked on the 资金总额 row; kat17's copied count could also be
read as D104 against the 年度目标, so both are accepted; 2027 in kat09's goal is a later year
the work prepares for, not a leftover, and is not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout712 import homestays, promotion, toilets
from tests.variants.holdout712.registry import HOLDOUT712
from tests.variants.kit import Variant

MODULES = (promotion, toilets, homestays)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT712, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 712th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
