"""The 659th held-out set: 18 invented returns on 马鹿与梅花鹿茸加工、鹿场防疫, written blind
(from domain.md, README.md, kit.py, heads.py and the rule catalogue only), with a careful
reviewer's marks. Its aim is checks across the table: most planted mistakes are found only by
comparing one part of a return with another (goal text against indicators, 中期 against 年度,
dates against the budget year, duplicates, tiers, unit cost × count against money, parts
against totals, leftovers from last season or the template).

Places, units, people and figures are invented (鹤背岭县, 栎原县, 柞河市, 北栅).

Layouts
-------
* ``antler`` (gs01-gs06, 鹿茸加工): project heads, OLD-NAT and NAT-2021; headers 指标内容 /
  绩效标准 with operator and unit columns (gs01), 考核指标 / 目标值（年度） (gs02), a three-year
  project with 中期 and 年度 columns (gs03), two stacked projects (gs04), a head on the first
  sheet and the table on a second sheet under 预期实现值 with 注 / 填表说明 / signature
  (gs05), numbered tier labels with points and an indicator score column (gs06).
* ``epidemic`` (gs07-gs12, 鹿场防疫): 指标性质 as direction and 指标方向 as word operators with
  a unit column (gs07), a three-year project (gs08), three stacked projects with a total line
  (gs09), abbreviated ★ tier labels (gs10), department forms with tasks and 金额合计 (gs11) and
  a flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值) (gs12).
* ``exports`` (gs13-gs18, both halves): budget-system exports with sheets 部门项目支出预算05-1
  and 部门项目支出绩效目标05-2, header on the third row, codes in the first columns, tiers
  repeated per row (gs13, gs14), two-year projects with 中期 and 年度 columns (gs15, gs16), a
  department form (gs17), a project with a 说明 row, the header repeated after a page break,
  填表说明 and a signature dated in the prior year (gs18).

Planted mistakes (code, highest accepted severity, place)
----------------------------------------------------------
* gs02: B101 ≤error at the 年度资金总额 cell (70 + 15 = 85 ≠ 90); D104 ≤warning at the value
  of 马鹿鲜茸收购加工量 (≥1200千克 against the goal's 2000 千克); B107 ≤warning, row, at
  冻干加工成本 (0.11 万元/千克 × 900 千克 = 99 > 90).
* gs04: D102 ≤error, row, alt D103/D101/D104 at 鹿茸样品检测批数 ≥300批 (same indicator as
  鹿茸样品检测批次 ≥400批); Y102 ≤error, row, alt Y103 at 培训完成时间 2024年11月30日前 in a 2025
  one-year project (人均培训费 0.16 × 150 = 24 ≤ 25 stays within its money).
* gs06: W103 ≤error, alt W101, at the label 三、效益指标（30分） (10 + 10 + 5 = 25); F201
  ≤warning, row, at 成品茸等级合格率 under 时效指标; D104 ≤warning at 加工示范户培育数量 ≥20户
  (goal 30 户).
* gs08: D201 ≤error, alt D104, at the 年度 value ≥8个 of 布病净化鹿场创建数量 (中期 ≥6个, goal
  2 个); D104 ≤warning at the 中期 value ≥9000份 (中期目标 12000 份); Y102 ≤warning, row, at the
  年度 deadline 2027年12月31日前 copied from the 中期 column.
* gs10: F201 ≤warning, row, at 鹿场业主满意度 under 社会效益; T108 ≤warning, row, at
  消毒后鹿只应激死亡率 ≥0.5%.
* gs12: B102 ≤error at 金额合计 (48 + 36 + 20 = 104 ≠ 110); D104 ≤warning at 鹿场疫病监测数量
  40 (goal 45); D102 ≤error, row, alt D103/D101 at 布鲁氏菌病监测采样数量 2500 (布病监测采样数
  3000).
* gs14: B101 ≤error at the 05-1 合计 cell (60 + 12 = 72 ≠ 75); X104 ≤warning at the text
  ``45838`` (2025-06-30); Y102 ≤error, row, alt Y103 at 秋防消毒物资发放完成时间
  2024年10月31日前 (last season's deadline).
* gs16: B103 ≤error at the 年度资金总额 cell (180 > 中期 150); D202 ≤warning, alt D104, at the
  年度 value ≥4套 copied from 中期 (年度目标 2 套); D104 ≤warning at the 年度 value ≥30吨 of
  单套设施日处理能力 (年度目标 50 吨).
* gs17: B101 ≤error at 资金总额 (210 + 160 = 370 ≠ 380); D104 ≤warning at 加工技术培训人次
  ≥200人次 (task and goal 300 人次); F109 ≤warning, row, at the empty tier-2 时效指标.

Legitimate look-alikes in the correct returns
---------------------------------------------
* gs01: typed percent cells (60%, 100%, 90%) with % repeated in the unit column; a date cell
  as deadline; ``鹿茸加工破损率降低 ≥2百分点`` (a rate change in 百分点); unit costs 2 × 28 +
  4 × 3.5 = 70 ≤ 86.
* gs03: 中期 counts above the year's (3600 / 1000 千克, 6 / 2 种); rates equal in both columns;
  the 中期目标 names 2028 (申报地理标志 the work prepares for), outside 2025-2027.
* gs05: a 注 explaining that 财政拨款 includes 上年结转; ``鹿茸加工安全事故 0起`` (a 0 on an
  incident count); ``成品茸抽检不合格率 ≤2%``; 注 / 填表说明 / signature rows; a date cell
  formatted ``yyyy年m月d日前``.
* gs07: ``鹿只布病阳性率下降率 大于等于 20 %`` (a 下降率 with ≥); ``区域性重大动物疫情发生数
  等于 0 起``; 2.4 元/头份 × 36000 头份 = 8.64 万元 ≤ 40.
* gs09: the same name 鹿场业主满意度 with ≥90% and ≥85% in different stacked projects; unit
  cost × count equal to the money in each project (2 × 18 = 36, 400 元 × 300 = 12, 0.24 ×
  40 = 9.6); a total line 57.6 under the table.
* gs11: the goal's 2.5万头 with its parts in brackets (1.2 + 1.3); fill date 2024-11-20 for
  the 2025 budget; tasks 70 + 55 + 35 = 160 = 项目支出; 420 = 400 + 20 = 260 + 160.
* gs13: codes in the first columns; the header repeated after a page break; 52 = 48 + 4.
* gs15: weights add to 100; period counts above the year's (3 / 1 处, 24 / 8 间); 2027 in
  the 中期目标 as the year the work prepares for; 8 × 6 = 48 ≤ 150, 24 × 6 = 144 ≤ 260.
* gs18: a 说明 row between blocks explaining how the money is spent (7 + 24 + 1 = 32); the
  header repeated; ``疫苗失效损失下降率 ≥30%``; ``0起``; a signature dated 2024-11-18.

Judgements
----------
* Equal columns in multi-year projects for rates, unit costs, 0 起 and 使用年限 are not D202:
  only cumulative counts are.
* gs08's copied 年度 deadline lies inside the project period, so it is a warning (Y102), not an
  error; gs04's and gs14's deadlines lie before the one-year project began: an error.
* gs08's ≥8个 both exceeds the 中期 value (D201, error) and contradicts the goal (D104 accepted).
* gs06's tier points (50 + 10 + 30 + 10 = 100) and indicator points (95) are two levels; only
  W103 at the 效益 label is required, W101 accepted for the same gap.
* In gs12 (a flat list) no tier findings are expected; the duplicates are one measure under two
  names (布病 = 布鲁氏菌病), hence D102 rather than D103 alone.
* gs17's empty 时效指标 row: F109; messages about it must not quote an empty name (item 13).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout659 import antler, epidemic, exports
from tests.variants.holdout659.registry import HOLDOUT659
from tests.variants.kit import Variant

MODULES = (antler, epidemic, exports)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT659, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 659th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
