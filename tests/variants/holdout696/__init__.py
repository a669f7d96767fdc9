"""The 696th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: 香菜 (coriander) and 小葱 (spring onion) in winter plastic tunnels, a wash-and-pack line,
and a county vegetable price-insurance scheme, all in the invented 枫渚县 (towns 芦湾镇, 苇岗镇,
沙埂乡; 禾湾蔬菜专业合作社, 蔬菜产销服务中心, 农业保险工作办公室). Budget year 2026. The aim is
checks across the table: goal text against indicators, years and dates, 中期 against 年度,
duplicates, tiers, unit cost × count against money, parts against totals, leftovers.

Modules: ``tunnels`` (kad01–kad06), ``packline`` (kad07–kad12), ``insurance`` (kad13–kad18).

Layouts: project heads (one-year, two-year, three-year with 中期/年度 columns), department heads
with budget splits and key tasks, flat lists (two orders), two projects stacked in one sheet, a
budget-system export on two sheets with codes in the first columns, indicators on a second
sheet under 预期实现值, operator columns (指标性质) with unit columns and typed percent cells,
headers 绩效标准 / 考核指标 / 目标值（年度）/ 评价标准, a two-row header, numbered, pointed and
abbreviated tier labels, an indicator score column, 注 rows inside the table, footnotes,
填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kad02: D201 ≤error at the annual 拱棚面积 (600 > 500, alt D104); D202 ≤warning at the annual
  示范户 (60 copied, alt D104); D104 ≤warning row 培训菜农 (goal 400人次, indicator 300).
* kad04: F201 ≤warning row 净菜抽检合格率 under 时效; Y102 ≤error at 2025年11月30日前 (alt Y103).
* kad06: Y101 ≤error book level (title 2025, 预算年度 and dates 2026); X101 ≤error row of the
  template example 例：培训人次 / ≥**人次; B107 ≤warning row 棚膜补贴标准
  (800 × 2000 = 160万 > 120万).
* kad08: B101 ≤error at 年度资金总额 (150 ≠ 120 + 20); D104 ≤warning row 清洗包装线 (goal 2条,
  ≥1条); D104 ≤warning row 日处理能力 (goal 30吨, ≥20吨).
* kad10: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  分拣工培训 (80 > 60); Y103 ≤warning at the name 2025年冬季香菜收购量 (project 2026–2027).
  D104 is tolerated (not required) on the annual cells the copied goal contradicts.
* kad12: F201 ≤warning row 每吨清洗包装成本 under 数量; B107 ≤warning row (260 × 6000 = 156万 >
  100万); F201 ≤warning row 分拣包装工培训人数 under 质量.
* kad13: B101 ≤error at 资金总额 (700 ≠ 380 + 300); B102 ≤error at 金额合计 (180+60+50 = 290 ≠ 300).
* kad16: D102 ≤error row 香菜参保面积 (alt D103, D101; ≥3500 vs ≥3000亩); W101 ≤error book level
  (weights 95).
* kad17: D104 ≤warning row 参保种植户 (goal 800户, ≥600户); Y103 ≤warning at the name
  2024年度香菜小葱参保面积; Y102 ≤error at ≤2027年2月28日 (one-year project ending 2026-12-31).

Correct returns and their look-alikes: kad01 (goal 300亩 with its parts in brackets, 4000元/亩 ×
300亩 = 120万 equal to the money, typed percents, =100% at the ceiling, 冻害损失下降率 ≥20%, a
fill date in 2025); kad03 (技术培训 with 6期 and 4期 in two stacked projects, 为2027年推广积累
in the goal, costs within each project's money); kad05 (tier points and indicator points both
add to 100, 提高≥3百分点, 下降率 with ≥, 0起 on an incident count); kad07 (flat list, weights 100,
300元/吨 × 5000吨 = 150万 within 项目支出 160万, typed percents, 损耗率 ≤5%); kad09 (注 row inside
the table, footnotes explaining the total, 填表说明, a 2025 fill date, 45万 × 2座 = 90万 within
180万); kad11 (860 = 700 + 160 = 520 + 340, tasks 120 + 90 + 130 = 340, 60元 × 15000个 = 90万
equal to its task, ≥2百分点); kad14 (72元/亩 × 5000亩 = 36万 = 财政拨款, 保费财政补贴比例 ≤60%,
差错率 ≤2%, =0起, 理赔时限 ≤10个工作日); kad15 (period 15000亩 / 1800户 beside annual 5000亩 /
600户, rates equal in both columns, goals different); kad18 (two-row header, 120元 × 2000亩 =
24万 = 财政拨款).

Judgements: a conflicting duplicate (kad16) is accepted as an error (one indicator cannot carry
two targets); a deadline in the year before the budget year (kad04) or after a one-year project
ends (kad17) is an error; a goal-vs-indicator difference is a warning (the text may be loose);
unit cost × count above the money is a warning (the standard is a cap, not the spending). In
kad10 the copied 年度目标 disagrees with the annual values; D104 there is tolerated, D204 is the
mark. =100% on 合格率/及时率/公示率 is accepted at the ceiling. kad18's values 30日 and 2000亩 sit
in a 数值 column as text with their units.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout696 import insurance, packline, tunnels
from tests.variants.holdout696.registry import HOLDOUT696
from tests.variants.kit import Variant

MODULES = (tunnels, packline, insurance)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT696, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 696th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
