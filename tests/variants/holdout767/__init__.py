"""The 767th held-out set: 18 invented returns of one county water-resources bureau (溪岙县水利局,
budget year 2026, money in 万元) and its units (水库管理服务中心, 农村饮水安全水质检测中心,
河湖长制工作服务中心): small-reservoir safety appraisal and repair (``reservoir``, kcw01–kcw06),
rural drinking-water quality testing (``drinking``, kcw07–kcw12), river-chief patrols and the
bureau's department table (``patrol``, kcw13–kcw18). 9 correct returns, 9 with planted mistakes,
24 required marks, 23 of them found only by comparing one part of a return with another.

Layouts: project heads with one-year and multi-year money blocks (中期 / 年度), NAT-2021 and
OLD-NAT tiers merged down; an operator column 指标性质 with a unit column (kcw01); 中期 and 年度
columns (kcw02, kcw09, kcw18); two stacked projects in one sheet (kcw03, kcw04); a budget-system
export on two sheets with codes in the first columns and the header on the third row, labels
abbreviated 产出 / 数量 (kcw05); numbered labels with points and a score column (kcw06); headers
指标内容 / 绩效标准 (kcw07) and 考核指标 / 目标值（年度） (kcw08); a department flat list
(kcw10); a second sheet under 预期实现值 with *, ★, 填表说明, a 说明 row between tiers and
footnotes (kcw11); a two-row header with operators in words (kcw13); department tables with
tasks and 金额合计 (kcw15, kcw16); a cost detail block with 小计 / 合计 rows and the header
repeated after a page break (kcw17).

Planted mistakes (return: code, highest accepted severity, place):

* kcw02: D104 ≤warning at the 中期 cell of 除险加固小型水库数量 (row; ≥6座 against the 中期目标's
  8座); D201 ≤error at the 年度 cell of 大坝防渗处理长度 (3.5 公里 in the year, 2.8 in the period);
  Y102 ≤error at the 年度 完工时间 (row, alt Y103: 2025年12月31日前 in a 2026—2028 project).
* kcw04: B101 ≤error at the second project's 年度资金总额 (row; 100 + 30 ≠ 120); F201 ≤warning at
  监测设施安装合格率 under 时效指标 (row); B107 ≤warning at 单座水库监测设施费用 (row; 25 × 6 = 150
  above the money).
* kcw06: Y101 ≤error, book level (alt Y102: title 2025年度, plan dates and goal 2026); W103 ≤error
  at 一、产出指标（50分） (indicator scores 45); W101 ≤error tolerated at book level (total 95).
* kcw08: D104 ≤warning at 检测集中供水工程数量 ≥164处 (row; the goal says 146处); B107 ≤warning at
  单份水样检测费用 ≤900元/份 (row; × 1200 份 = 108 > 90); D102 ≤error at the second 水样检测合格率
  (row, alt D101, D103; ≥95% under 质量, ≥90% under 社会效益).
* kcw10: B101 ≤error at 资金总额 (row; 220 + 30 ≠ 260 while 150 + 110 = 260); D104 ≤warning at
  水样检测份数 1200 (row; the goal says 1500份).
* kcw12: X101 ≤error at the template example row's ≥**人次; Y102 ≤error at 检测报告报送时间
  2025年12月20日前 (row, alt Y103).
* kcw14: D104 ≤warning at “四乱”问题整治数量 ≥45处 (row; goal 60处); F201 ≤warning at 专项巡河次数
  under 质量指标 (row); Y102 ≤error at 问题整改完成时限 2027年6月30日前 (row, alt Y103; one-year
  project).
* kcw16: B102 ≤error at 金额合计 (alt B101; 160 + 300 + 90 + 130 = 680 ≠ 670); Y103 ≤warning at
  the 年度总体目标 (alt Y101; “2025年底前” in the 2026 table); D104 ≤warning at 小型水库安全鉴定数量
  ≥10座 (row; task and goal say 12座).
* kcw18: B103 ≤error at the 年度资金总额 (260 above the period's 240); D204 ≤warning at the
  年度目标 (copied from 中期目标); D202 ≤warning at the 年度 cell of 河湖健康评价河道数量 (≥36条
  both columns in a three-year project).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and a part
as its own indicator (kcw01 小（1）型 3座 of 12; kcw07 丰水期 480份 of 960; kcw13 村级 4000 of
5200); a later year the work prepares for (kcw01 为2027年…储备, kcw09 为2028年…积累经验);
period counts in 中期 beside a smaller year's count, rates and time limits equal in both columns
(kcw09); unit cost × count equal to or within the money (kcw01 15 × 12 = 180, kcw05 4 × 34 =
136, kcw07, kcw09, kcw11, kcw13, kcw17 0.1 × 320 = 32); the same indicator name with different
values in two stacked projects (kcw03 受益群众满意度 ≥90% / ≥92%); =100% on a 合格率 / 通过率
(typed pct(1) in kcw01); 下降率 with ≥ / 大于等于 (kcw07, kcw13); 0起 on an incident count and
≥5百分点 on a share's fall (kcw05); equal 实施周期 and 年度 columns in a one-year department
table, with a footnote that 金额合计 is 项目支出 only (kcw15); 小计 / 合计 rows, a repeated
header, 说明, 填表说明 and signature rows (kcw11, kcw17); fill dates in November 2025.

Judgements: D104 is kept a warning everywhere (the goal text might count differently, the
reviewer asks); a deadline outside the project period is an error (Y102, alt Y103) since the
indicator cannot be met inside the budget; B107 stays a warning as in the catalogue even where
the product clearly exceeds the money; in kcw04 B101 lands on the total cell, either sum (120
or 130) being below the 150 of B107; in kcw06 the title's year against the plan's is marked on
the book because the title is the merged first row; 水库险情预警提前时间 ≥6小时 (kcw03, kcw04)
is a 正向 time (earlier warning is better), not a response time, so ≥ is right.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout767 import drinking, patrol, reservoir
from tests.variants.holdout767.registry import HOLDOUT767
from tests.variants.kit import Variant

MODULES = (reservoir, drinking, patrol)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT767, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 767th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
