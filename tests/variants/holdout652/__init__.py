"""The 652nd held-out set: 18 invented returns on 青贮玉米与苜蓿草业、奶牛托管牧场, written blind
(from domain.md, README.md, kit.py, heads.py and the rule catalogue only), 9 correct and 9 with
planted mistakes, aimed at checks across the table. Budget year 2026 throughout; place names,
units, people and figures invented (芨芨滩县, 苇湖乡).

Layouts: project heads with one value column (gl02, gl05, gl06, gl10), operator and unit columns
(gl01, gl08), tier and indicator score columns (gl03, gl11), 中期 and 年度 columns (gl03, gl04,
gl09, gl17), a direction column (gl09); two stacked projects (gl05, gl06); a table on a second
sheet under 预期实现值 (gl10); a budget-system export with codes in the first columns on
部门项目支出绩效目标05-2 (gl12); department heads with tasks (gl07, gl13–gl16), flat lists
(gl13, gl14), 实施周期 and 年度 columns (gl16); a repeated header, 小计/合计, 说明 and 填表说明
rows and signature lines (gl07, gl18).

Planted mistakes (return: code, highest accepted severity, place):

* gl02: D104 warning, row of 新建苜蓿种植基地面积 (goal 1.5万亩, indicator ≥1.2万亩); F201
  warning, row of 苜蓿干草质量达标率 under 数量指标; Y102 error (alt Y101, Y103) at
  苜蓿首茬收割完成时间 2025年6月30日前 in a 2026 project.
* gl04: D201 error at the annual 苜蓿收获面积 ≥3万亩 over the period's ≥2.5万亩; D104 warning,
  row of 草捆加工生产线建设数量 (annual ≥3条, 年度目标 2条); D202 warning at the annual
  苜蓿草捆加工量 copied from 中期.
* gl06: B101 error at the second project's 资金总额 200 ≠ 160 + 30; D103 warning (alt D101,
  D102, D104), row of 苜蓿新增种植面积 ≥0.8万亩 beside 新增苜蓿种植面积 ≥1万亩; B107 warning,
  row of 苜蓿种植补贴标准 ≤300元/亩 × 1万亩 = 300万元 > 200万元.
* gl08: D104 warning, row of 新增入托奶牛头数 6000 (goal 8000头); T108 warning, row of
  犊牛死亡率 with 大于等于.
* gl10: Y101 error (alt Y102) at 计划开始日期 2025-01-01 under a 2026 title (the end date
  2025-12-31 tolerated up to error); Y103 warning, row of 托管牧场新增入托奶牛（2025年度）.
* gl11: W103 error at the 产出指标 score 50 over indicator scores 45 (W101 on the file
  tolerated, not required); B107 warning, row of 托管服务补助标准 ≤600元/头 × 5000头 = 300万元
  > 250万元; D101 warning (alt D103, F201), row of 生鲜乳抽检合格率 repeated under 社会效益.
* gl14: B102 error at 金额合计 180 over tasks 70 + 50 + 50; D104 warning, row of
  饲草样品检测数量 600 (goal and tasks 800份).
* gl15: D102 error (alt D101, D103, D104, F201), row of 青贮饲料检测样品数 ≥350份 under 质量
  (≥300份 under 数量); Y102 error (alt Y103) at 2027年1月15日前 in a 2026 department table;
  F201 warning, row of 养殖场户对监测服务满意度 under 社会效益.
* gl17: D204 warning at the 年度目标 copied from 中期目标; D202 warning at the annual
  轮作示范面积 ≥6万亩; Y102 error (alt Y101, Y103) at the annual 春播完成时间 2025年5月31日前.

24 required marks; 22 of them found only by comparing parts of the return (D104 ×4, D201,
D202 ×2, D204, Y101, Y102 ×3, Y103, B101, B102, B107 ×2, D101, D102, D103, F201 ×3); only
T108 (gl08) and W103 (gl11) are not.

Look-alikes in the correct returns: gl01 为2027年推广 in a 2026 goal, a 下降率 with ≥, a date
cell as deadline, 2.4万亩 × 100元/亩 = 240 within 260; gl03 the period's count beside a smaller
year's, =100% as text in both columns, ≥3百分点, tier points and indicator points both adding
to 100; gl05 养殖户满意度 with different values in two stacked projects; gl07 a goal's count with
its part in brackets (1.2万头, 其中泌乳牛0.7万头), 0起, 3万支 × 80元 = the task's 240万元,
a 注 explaining that 金额合计 is 项目支出; gl09 a 下降率 正向 with ≥, rates equal in 中期 and 年度;
gl12 =100% as an operator column with pct(1), = 0起; gl13 a goal area with its part in brackets,
补播 2万亩 × 100元 = the task's 200万元; gl16 实施周期 = 年度 in a one-year department table, 0起,
≥5百分点; gl18 其中 a part of a count, 6 × 35万元 = the 210万元 budget, 小计/合计 weight rows,
a fill date in 2025.

Judgements: annual deadlines in the next year (gl15) or last season (gl02, gl17) are errors, not
warnings, as dates outside the budget year; a duplicate with a different value is a D102 error
only where the name is identical (gl15), a near-duplicate a warning (gl06); goal-versus-indicator
differences (D104) and cost × count above the money (B107) stay warnings, since the goal or the
count may count something else; in gl11 the 产出 mismatch makes the indicator scores total 95, so
W101 is tolerated; in gl10 the two 2025 plan dates are one mistake.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout652 import department, forage, ranch
from tests.variants.holdout652.registry import HOLDOUT652
from tests.variants.kit import Variant

MODULES = (forage, ranch, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT652, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 652nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
