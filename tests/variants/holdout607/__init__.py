"""The 607th held-out set: 18 invented returns of 泽陂县 (an invented county): 藕粉
(lotus-root starch) workshops of 菱角镇 (``starch``: es01–es06), 厚朴 bark plantations of 岩背乡
and the 雾岭 forest farm (``bark``: es07–es12) and the county cold store, 泽陂县农产品冷链物流中心
(``coldstore``: es13–es18). Nine returns are correct; nine carry 2–3 planted mistakes (24
required marks), 19 of them found only by comparing one part of the return with another.

Layouts: project heads with one-year money (es01, es02, es06–es08, es11, es13, es16–es18) and
multi-year 中期/年度 money (es04, es05, es12); department heads with a budget row (es03, es09,
es10, es14) and key tasks with a 金额合计 (es03, es14); operator and unit columns (es01); 指标内容 /
绩效标准 (es02); 绩效目标值 (es03); 指标性质 as direction with 指标方向 as operator (es07); a
two-row header with 比较符 · 数值 · 单位 under 目标值 and labels marked * and ★ (es08); flat lists
(es09 指标名称 · 权重 · 计量单位 · 指标性质 in words · 指标值; es10 指标名称 · 指标值 · 计量单位 ·
权重); numbered tier labels (es05 一、/（一）, es11 一、…（40分）/1.); tier and indicator points
(es11, es18); two stacked projects (es06, es17); a 说明 row inside the table, the header repeated
after a page break, 注 and 填表说明 lines (es13); a budget-system export with the money on sheet
项目支出预算05-1 and the indicators on 项目支出绩效目标05-2 under a third-row header with codes
in the first columns (es15); the indicator table on a second sheet (es18). Signature lines
with fill dates in 2024 under most tables.

Planted mistakes (return: code, highest accepted severity, place):

* es02: D104 ≤warning at Sheet1!D10 (row): 年度目标 配置沉淀池60个, indicator ≥40个; B107
  ≤warning at Sheet1!D13 (row): 作坊改造补助标准 ≤25万元/家 × 6家 = 150 > 年度资金 120.
* es04: D204 ≤warning at the 年度目标 cell Sheet1!D9 (copied from 中期目标 in a 2025–2027
  project); D201 ≤error at Sheet1!E12 (生产线 ≥4条 in the year, ≥3条 over three years); Y102
  ≤error at Sheet1!E14, alt Y101/Y103 (年度 deadline 2024年11月30日前 in a project that starts
  in 2025: last season's date).
* es06 (second stacked project): B101 ≤error at Sheet1!C19 (年度资金总额 85 ≠ 60 + 30); D103
  ≤warning at Sheet1!C24 (row), alt D101/D102 (新增藕粉包装线 / 新增藕粉自动包装线, same value);
  F201 ≤warning at Sheet1!C26 (row), alt F105 (包装抽检合格率 under 时效指标).
* es08: D104 ≤warning at Sheet1!E10 (row): goal 新造厚朴林1200亩, indicator 1000亩; T108
  ≤warning at Sheet1!D14 (row): 造林苗木死亡率 with ≥; F201 ≤warning at Sheet1!C20 (row), alt
  F105: 林农满意度 under 社会效益指标.
* es10: D102 ≤error at Sheet1!B12 (row), alt D101/D103 (厚朴皮采收量 ≥180 and ≥150 吨 in one
  flat list); W101 ≤error on the return (weights 15+20+15+15+10+15 = 90).
* es12: D202 ≤warning at Sheet1!E11, alt D104 (抚育厚朴林面积 ≥3000亩 copied into 年度 while
  年度目标 says 1000亩); F110 ≤error at the empty name cell Sheet1!C18 (≥600户 / ≥200户 under
  社会效益指标 without a name); F109 ≤warning at Sheet1!B19 (row): 生态效益指标 left empty.
* es14: B101 ≤error at Sheet1!B4 (资金总额 620 ≠ 540 + 60 = 250 + 350); B102 ≤error at
  Sheet1!D9 (tasks 80 + 150 + 110 = 340 ≠ 金额合计 350); D104 ≤warning at Sheet1!D13 (row):
  年度总体目标 总库容达到5000吨, indicator 冷库总库容 ≥3000吨.
* es16: Y103 ≤warning at the 年度绩效目标 cell Sheet1!B7, alt Y101 (a 2025 return whose goal
  still says 2024年); D103 ≤warning at Sheet1!C11 (row), alt D101/D102 (果蔬预冷处理量 /
  果蔬预冷处理数量, both ≥3000吨).
* es18: W103 ≤error at 绩效指标!B3 (产出指标 40分, its indicators 10+10+5+5+5 = 35); Y102 ≤error
  at 绩效指标!E6, alt Y101/D104 (主体工程完工 2026年6月30日前 in a one-year 2025 project); D104
  ≤warning at 绩效指标!E7 (row): goal 9月30日前投入使用, indicator 2025年11月30日前. W101 on the
  return is tolerated (not required): the indicator points then total 95, the same gap.

Legitimate look-alikes in the correct returns:

* es01: goal 车间3个（荷风村2个、藕塘村1个） beside the indicator 3个; typed percent cells
  (98%, =100%, 8%, 90%); 单位产品能耗下降率 with ≥; costs 3 × 35 + 1200 × 260元 = 136.2 ≤ 160;
  a date cell for the deadline.
* es03: 推介活动12场（县内8场、县外4场） against ≥12场; tasks 60 + 90 + 120 = 270 = 项目支出;
  480 = 430 + 50 = 210 + 270; 12 × 8 = 96 ≤ 120, 50 × 1.6 = 80 ≤ 90; fill date 2024-11-20.
* es05: the period's counts above the year's (20/8 家, 400/180 批); rates equal in both columns;
  为2027年申报农产品地理标志积累检测数据 (a later year the work prepares for); a 2026 deadline in
  中期 of a 2025–2026 project; costs 60 + 32 ≤ 150 and 24 + 14.4 ≤ 70.
* es07: 森林火灾发生次数 = 0 起 (反向); 病虫害发生面积下降率 ≥ 10% (正向); 2500 × 180元 ≤ 65万.
* es09: flat list, weights add to 100, 等于 0 起, 满意度 90 with % in the unit column.
* es11: tier points 40/20/30/10 and indicator points both add to 100 (not 200); rates raised
  ≥5百分点 / ≥3百分点; 50 × 1.2 + 20万 × 1.5元 = 90 ≤ 95.
* es13: the 说明 row, the repeated header, 注/填表说明 and signature lines are not indicators;
  农产品产后损耗率降低 ≥3百分点; 40 + 4500 × 80元 = 76 ≤ 88.
* es15: codes in the first columns, tiers repeated in every row, text =100% on a 合格率 (the
  ceiling), 冷库年电费下降率 ≥15%; 4 × 18 + 1800 × 300元 = 126 ≤ 130.
* es17: the same names (设备完好率, 服务经营主体, 服务对象满意度) with different values in two
  stacked projects; 24 × 1.5 = 36 ≤ 45, 5 × 10 = 50 ≤ 60 (equal is not exceeding).

Judgements where a reviewer could hesitate:

* es04 Y102 and es18 Y102 are errors: a deadline before the project starts, or after a one-year
  project ends, cannot be assessed in the budget year. es16's leftover 2024年 is only a warning
  (Y103, Y101 accepted at that severity): the goal text, not a date cell.
* es02 B107 is a warning, not an error: the standard is a cap (≤25万元/家), the real spend may
  stay lower. es14's D104 is a warning (the indicator could have been meant as the existing
  capacity), while both money findings of es14 are errors (arithmetic).
* es06 D103 and es16 D103: the same value under a near-identical name is a near-duplicate;
  D101 and D102 are accepted at warning. es10's two values under one name are a conflicting
  duplicate (D102, error).
* es12's D202 also contradicts 年度目标 (D104 accepted at the same cell). In es13 the
  continuation rows after the page break carry their tier-1 again (产出指标), as offices do.
* es01, es03, es11: a typed percent without an operator (pct(0.95) in es03 and es11) reads as
  95% with an implied =; at most the info T103, nothing a reviewer reports.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout607 import bark, coldstore, starch
from tests.variants.holdout607.registry import HOLDOUT607
from tests.variants.kit import Variant

MODULES = (starch, bark, coldstore)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT607, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 607th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
