"""The 734th held-out set: 18 invented returns of a county veterans-affairs bureau (柘川县退役军人
事务局, its 退役军人服务中心, 优抚服务中心 and 烈士陵园管理所; all names, codes, phones and figures
invented), written blind against ``shared/domain.md``. Theme: the veterans' service station
network, preferential-treatment subsidies (抚恤、优待金、医疗补助), and the martyrs' cemetery
renovation. Budget year 2025 throughout; money in 万元, mostly with the unit only in the format.

Modules: ``stations`` (kbp01–03, 10, 15, 16), ``subsidies`` (kbp04, 05, 09, 12–14), ``cemetery``
(kbp06–08, 11, 17, 18). Nine returns are correct, nine carry 25 required marks, most of them
found only by comparing two parts of a return (goal text against indicators, 中期 against 年度,
title against dates, standard × count against money, parts against totals, duplicates, tiers).

Layouts: numbered tier labels with points and an indicator points column (kbp01); abbreviated
labels (kbp02); 指标性质 holding word operators beside bare numbers and a unit column (kbp03);
比较符 and 计量单位 columns (kbp04, kbp05); two stacked projects (kbp09, kbp10); department
heads with tasks (kbp12, kbp15) and a flat list (kbp13, kbp14); a header repeated after a page
break with 小计 rows (kbp15); 中期 and 年度 columns over two or three years (kbp06, kbp11,
kbp16); headers 指标内容 / 绩效标准 with a 注 row inside the table and 填表说明 below (kbp07);
``*`` marked tier labels (kbp08); a budget-system export with sheets 05-1 / 05-2, codes in the
first columns and header 预期实现值 (kbp17, kbp18).

Planted mistakes (return: code, highest accepted severity, place):

* kbp02: D104 warning, row of 村级服务站标准化建设数量 (goal 126 stations, indicator ≥112个);
  Y102 error, row of 标准化建设完成时间 (2026年3月31日前 in a one-year 2025 project).
* kbp04: B101 error, the 年度资金总额 cell (120 + 20 ≠ 150); D103 warning, row of
  补助资金按时足额发放率 (alt D101; the same rate as the row above with 足额 added); B107
  warning, row of 人均年补助标准 (1.9万元 × 96人 = 182.4 > 150).
* kbp06: Y103 warning, the 年度目标 cell (2023年 left from the last round); D201 error, 年度
  cell of 纪念设施修缮数量 (18 > 15); D202 warning, 年度 cell of 英烈事迹展板更新数量 (copied).
* kbp08: Y101 error, book level (alt Y102: title 2025, plan dates in 2024); D104 warning, row
  of 陵园绿化补植面积 (goal 3200 ㎡, indicator 2300 ㎡); F201 warning, row of 改造工程验收合格率
  (a quality rate under 时效).
* kbp10: B101 error, the second project's 年度资金总额 cell (30 + 4 ≠ 36); D102 error, row of
  the second 光荣牌新悬挂户数 (alt D101, D103: 420户 / 400户 under one tier-2); F109 warning, row
  of the empty 时效指标 template row.
* kbp12: B102 error, the 金额合计 cell (150 + 420 + 90 = 660 ≠ 680); D104 warning, row of
  走访慰问重点优抚对象人次 (goal 1800人次, indicator 1600); F201 warning, row of 优抚对象满意度
  (a satisfaction rate under 社会效益指标).
* kbp14: W101 error, book level (weights 95); D104 warning, row of 定期抚恤补助发放人数 (goal
  2140名, indicator 2410).
* kbp16: D204 warning, the 年度目标 cell (copied from 中期目标); D202 warning, 年度 cell of
  示范服务站创建数量; Y102 error, row of 县级信息平台建成时间 (年度 2027年6月30日前, outside the
  year and the 2025—2026 period).
* kbp18: B102 error, the 05-1 合计 cell (alt B101: lines 45 + 40 + 25 = 110 ≠ 120); Y101
  error, book level (alt Y103: the 05-2 title says 2024年度); B107 warning, row of
  单座烈士墓迁移集中补助 (0.4万元 × 320座 = 128 > 120).

Look-alikes in the correct returns: kbp01 tier points in the labels and indicator points both
add to 100, ``≥5百分点`` on a coverage rise, typed percents ``95%`` / ``92%``, a goal count with
its part in brackets (其中示范站12个); kbp03 a 下降率 with 大于等于 and ``小于等于 0 起`` on
safety incidents, 0.12 × 360 = 43.2 within 48; kbp05 1.2万元 × 420户 = 504 exactly the money,
typed ``98%`` / ``100%`` / ``90%``, a note row restating the product; kbp07 320座 (含无名烈士墓
12座) in goal, indicator and footnote, a 注 row splitting the tier-1 block (产出指标 written again
below it), a fill date in December 2024; kbp09 服务对象满意度 ≥90% and ≥92% in two stacked
projects; kbp11 a 2028 application the work prepares for (tolerated up to a warning at the goal
cell), period counts above the year's, equal rates and unit costs in both columns; kbp13
weights 100 with typed percents; kbp15 小计 rows, a repeated header after （续表）, tasks adding
to 项目支出 580; kbp17 detail lines adding to 68, 4.5万平方米 × 6.5元 = 29.25万元 within 30.

Judgements: a goal's count different from the indicator's is a warning (D104), not an error,
since either may be the slip; a deadline or date outside a one-year project or its period and a
title year different from the plan dates are accepted as errors (Y102, Y101); standard × count
above the money is a warning (B107) as the count is a floor; in kbp18 the 2024 title is read as
a year conflict between the two sheets (Y101) rather than a text year (Y103 accepted); in kbp10
the duplicate with two values is an error (D102), D101 and D103 accepted; the tier-2 label left
without an indicator (kbp10) is F109, not a missing-name finding.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout734 import cemetery, stations, subsidies
from tests.variants.holdout734.registry import HOLDOUT734
from tests.variants.kit import Variant

MODULES = (stations, subsidies, cemetery)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT734, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 734th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
