"""Held-out set 877: public library reading promotion (全民阅读推广), township branch
libraries (乡镇分馆) and book donations (图书捐赠), all of the invented 鹭汀县图书馆 under the
鹭汀县文化广电和旅游局; budget year 2026, money in 万元 unless said otherwise.

Layouts: project heads (one-year, two-year and three-year with 中期 and 年度 columns) and
department heads with budget rows and key tasks; tier-1 and tier-2 merged down; labels plain,
numbered (一、 / （一）), with points (产出指标（40分）), marked (*, ★) or abbreviated (效益, 数量);
an operator column (指标性质) with a unit column; headers 指标内容 / 绩效标准, 绩效目标值,
预期实现值; two stacked projects; flat lists in two column orders; a budget-system export with
codes in the first columns and the header on the third row of two sheets (05-1 / 05-2); a
table on a second sheet; instruction, 注, 说明, 填表说明, 合计 and signature rows.

Modules: ``reading`` (khc01–khc06, reading promotion), ``branches`` (khc07–khc12, township
branches), ``donations`` (khc13–khc18, book donations).

Planted mistakes (21 required marks; code, highest accepted severity, place):

* khc02: `“悦读鹭汀”主题活动场次 ≤48场` T108 ≤warning Sheet1!D9 (row); `图书借阅差错率 ≥1%`
  T108 ≤warning Sheet1!D11 (row); `单场活动成本 =0.3万元` (= on a cost cap) T108 ≤warning
  Sheet1!D13 (row).
* khc04: tier score 成本指标 20 over indicator scores 10 + 5 W103 ≤error Sheet1!B13 (alt
  W101, since the indicator scores then total 95); `读书会成员满意度` typed 105% T106 ≤error
  Sheet1!E17.
* khc06: `阅读推广活动计划完成率 36场` T105 ≤error Sheet1!D11; `推荐书目每月发布时间 100%`
  T113 ≤warning Sheet1!D12.
* khc08: 年度资金总额 180 > 中期资金总额 160 B103 ≤error Sheet1!E5 (the annual 财政拨款 and
  其他资金 cells E6, E7 tolerated up to error); cumulative counts copied from 中期 into 年度:
  D202 ≤warning Sheet1!E11 and Sheet1!E12 (alt D104: the 年度目标 text says 1.5万册 / 10个).
* khc10: 资金总额 620 ≠ 财政拨款 560 + 其他资金 40 B101 ≤error Sheet1!B4 (row); tasks
  120 + 70 + 60 = 250 against 金额合计 240 B102 ≤error Sheet1!D9.
* khc11: a 质量指标 row with `≥95%` and no name F110 ≤error Sheet1!C10 (empty cell);
  `社会成本指标` left from the template F109 ≤warning Sheet1!B13 (row).
* khc14: `捐赠图书流转到乡镇 ≥8000册` with unit column 人次 T112 ≤error Sheet1!B9 (row);
  `捐赠图书破损率 ≥3` declared 反向 T108 ≤warning Sheet1!B10 (row); weights 95 W101 ≤error
  (book level).
* khc15: 其他资金 typed as the text `80,000.00` in a 元 block X103 ≤warning Sheet1!C6; the
  text `46295` (2026-09-30) as a deadline X104 ≤warning Sheet1!D11.
* khc17: `捐赠图书验收合格率` typed 102% T106 ≤error Sheet1!D10; `（二）时效指标` under
  `三、效益指标` F105 ≤error Sheet1!B13.

Legitimate look-alikes in the correct returns (khc01, 03, 05, 07, 09, 12, 13, 16, 18):

* khc01: percents typed in Excel (95%, 2%, 90%, 92%) beside a `%` unit column; `活动读者投诉率
  ≤ 2%` (反向 with ≤); `城乡居民综合阅读率提高 ≥ 2 百分点`; 0.3万元/场 × 120 场 = 36 ≤ 40.
* khc03: points at two levels (tier labels 40/20/30/10 and indicator scores, both 100, plus a
  合计 row of 100); text `=100%` on an audit rate; `提高≥3百分点`; 24 × 0.5 + 8 = 20 ≤ 25.
* khc05: two stacked projects each with its own head, money and tiers; `读者满意度` is ≥90% in
  one and ≥92% in the other (not a duplicate); 60 × 0.4 ≤ 30 and 96 × 0.15 ≤ 18.
* khc07: three-year project, counts smaller in the year, rates, a unit cost and satisfaction
  equal in both columns; `通借通还覆盖乡镇比例 100% / ≥40%`; 14 × 25 ≤ 450 and 5 × 25 ≤ 150.
* khc09: 860 = 800 + 60 = 520 + 340, tasks 180 + 90 + 70 = 340 = 金额合计 = 项目支出, a 注
  line explaining the total; `分馆图书编目差错率 ≤0.5%`; 14 × 12.8 = 179.2 ≤ 180.
* khc12: export with a 12-digit project code (not a date serial), a real date cell as a
  deadline, text `=100%`; 28 × 1.5 = 42 ≤ 64.
* khc13: flat list, operator column, `捐赠图书质量安全事件 = 0 起` (a zero incident count), a
  ≤ on a 剔除比例, a 合计 row carrying the weight total 100; 20000 × 3 元 = 6万 ≤ 项目支出 100.
* khc16: labels `*产出指标`, `★数量`, `效益`, `★服务对象满意度`, 成本 under 产出 (OLD-NAT),
  a ★ note; 45 × 0.2 = 9 ≤ 12.
* khc18: detail block 8 + 6 + 7 + 5 = 26 = 资金总额; `单个驿站书架及标识成本 ≤1万元` × 8 = 8,
  exactly the 书架及标识 line; `居民闲置图书丢弃量下降率 ≥10%` (a 下降率 with ≥); fill dates in
  2025 under a 2026 table.

Judgements where a reviewer could hesitate:

* khc02 `=0.3万元` on a cost is marked as a direction problem (T108, domain §4.2 rule 7 flags
  `=` on a cost cap), at most a warning.
* khc04: the shortfall is marked once, at the tier score; W101 on the indicator total (95) is
  accepted for the same problem.
* khc08: B103 is marked at the annual total; the annual 财政拨款 150 > 140 and 其他资金 30 > 20
  are the same slip, so findings there are tolerated, not required.
* khc10: 资金总额 620 = 基本支出 380 + 项目支出 240 holds; only the 财政拨款 + 其他资金 side
  fails, so the mark is a row mark on the budget row.
* khc14: the 指标值 `≥3` on a 破损率 has its % in the unit column; the mark is the direction,
  not a missing unit.
* khc15: a text amount with a separator is a warning (it is read as 80000 and the money then
  adds up); the serial is a warning, the date 2026-09-30 lies in the budget year.
* khc07: 100% in the period column and ≥40% in the year on a coverage ratio is a staged
  target, not a copy or an inconsistency to mark.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout877 import branches, donations, reading
from tests.variants.holdout877.registry import HOLDOUT877
from tests.variants.kit import Variant

MODULES = (reading, branches, donations)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT877, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 877th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
