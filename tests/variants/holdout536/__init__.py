"""The 536th held-out set: beeswax and propolis (蜂蜡、蜂胶) processing workshops for the
beekeeping villages of an invented county (栖蜂县: 槐岭乡, 岩蜜镇, 椴溪村), budget year 2025.

18 returns, 9 correct and 9 with planted mistakes (21 required marks). ``wax`` holds the beeswax
half (bz01–bz06), ``propolis`` the propolis half (bz07–bz12), ``bureau`` the county bureau's
forms covering both (bz13–bz18: department money, a budget-system export, conversion artefacts,
a two-row header, points at two levels).

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks and
department heads with budget, typed-percent shares and key tasks; tier-1 and tier-2 merged
down; an operator column (≥/≤ or 大于等于/小于等于) with a unit column (bz01, bz02, bz16); a
指标性质 (direction) plus 指标方向 (operator) pair (bz08); flat lists in two column orders (bz03,
bz04); numbered labels with points (bz07) and ★-marked abbreviated labels with a tier score
column (bz18); headers 指标内容/绩效标准 (bz05), 预期目标 (bz06), 预期实现值 (bz11, bz12),
绩效目标值 (bz15), 考核指标/目标值（年度）/评价标准 over two rows (bz17); 实施期指标值 and
年度指标值 (bz09, bz10); two projects stacked in one sheet (bz11, bz12); a budget-system export
with unit and project codes in the first columns and the table on a second sheet with the header
on row 3 (bz15); note, 说明, 填表说明, 续表 and signature/date lines (bz05, bz13, bz17).

Planted mistakes (code, highest accepted severity, place):

* bz02: B101 ≤error at Sheet1!C5 (row): 年度资金总额 64 ≠ 财政拨款 50 + 其他资金 10;
  T106 ≤error at Sheet1!E12: a typed 102% on 蜂蜡蜡烛成品合格率 with 大于等于.
* bz04: T108 ≤warning at Sheet1!B10 (row): 蜂蜡制品客户投诉率 ≥2, declared 反向;
  W101 ≤error, book level: the flat list's weights add to 95.
* bz06: F109 ≤warning at Sheet1!B10 (row): 生态环境成本指标 left from the template, empty;
  F110 ≤error at Sheet1!C12: the name cell holds only a full-width space, value ≥40人.
* bz08: T105 ≤error at Sheet1!F10 (row, alt T112): 毛胶收购覆盖率 ≥ 300 户;
  T108 ≤warning at Sheet1!E11 (row): 蜂胶乙醇残留超标率 反向 with ≥;
  T108 ≤warning at Sheet1!E14 (row): = on the 单位加工成本 cap.
* bz10: D202 ≤warning at Sheet1!E12 and Sheet1!E13: cumulative counts (采集器 4000个,
  初加工点 6个) copied into the 年度 column of a two-year project;
  D201 ≤error at Sheet1!E14: 培训采胶技术人员 annual ≥260人次 above period ≥200人次.
* bz12: T105 ≤error at Sheet1!D10: 采胶规范达标率 ≥12家 (first project);
  B101 ≤error at Sheet1!C18 (row): second project's 40 ≠ 28 + 8.
* bz14: B111 ≤error at Sheet1!E5: 基本支出 share 35% while 168 ÷ 420 = 40%;
  B102 ≤error at Sheet1!D10: tasks 96 + 84 + 62 = 242 ≠ 金额合计 252.
* bz16: X104 ≤warning at Sheet1!F4: 计划完成日期 typed as the text serial 45930;
  T115 ≤error at Sheet1!E12 (row): 蜂蜡精炼单位能耗成本 ≤0 万元/吨 (rounded away);
  X105 ≤warning at Sheet1!D18 (alt X103): detail amount "23.5 8" (23.58, lines then add up).
* bz18: W103 ≤error at Sheet1!B10 (alt W101): ★产出 declared 40, its indicators 15+10+10 = 35;
  F105 ≤error at Sheet1!C14: 时效 under ★效益.

Legitimate look-alikes in the correct returns: typed percent cells in value columns (bz01, bz03)
and as department shares (bz13); 熔蜡废渣随意丢弃现象下降率 ≥80% (a 下降率 with ≥, bz01);
安全生产事故 ≤0起, 熔蜡废水违规排放事件 ≤0, 掺假蜂胶流入市场事件 ≤0起 (0 on incident counts:
bz01, bz03, bz17); tier points and indicator points both adding to 100 with a 合计 row (bz07);
毛胶收购合格率较上年提高 ≥3百分点 (bz07); a 合计 row with weight 100 in a flat list (bz03);
rates and unit costs equal in 实施期 and 年度 columns, counts strictly lower (bz09, and the
unmarked rows of bz10); 培训蜂农人数 with different values in two stacked projects (bz11); a
training cost standard 2400元/人次 × 300人次 = 72万元, equal to the training task (bz13); a 说明
explaining that 金额合计 is 项目支出 only (bz13); fill dates in 2024, the year before the budget
year (bz05, bz17); the header repeated under 续表 after a page break (bz17).

Judgements where a reviewer could hesitate:

* bz17: the first row after the page break has an empty tier-1 cell; it continues 产出指标
  from the previous page (as printed forms do) and is not a missing tier-1.
* bz08: ``=`` on a unit cost is a direction defect (a cap, should be ≤), a warning, as in the
  main corpus; the 覆盖率 given in 户 is an impossibility (error), T112 accepted.
* bz16: the text serial in 计划完成日期 is marked X104 only; a date check that cannot read the
  cell is not asked for. The split number is read as 23.58, so no money finding is expected.
* bz14: the 35% share also makes 基本支出 + 项目支出 shares 95%: one problem, one mark (B111).
* bz18: the indicator points then total 95; W101 is accepted for the same shortfall.
* bz15: an export repeats its codes and tiers in every row; nothing is merged there.
* bz04 and bz03: flat lists have no tiers, so no tier findings of any kind are expected.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout536 import bureau, propolis, wax
from tests.variants.holdout536.registry import HOLDOUT536
from tests.variants.kit import Variant

MODULES = (wax, propolis, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT536, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 536th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
