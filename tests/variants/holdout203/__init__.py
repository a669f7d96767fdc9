"""203rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
housing, urban management, transport and utilities (住房和城乡建设局 公租房维修, 老旧小区改造,
燃气安全排查, 燃气管道更新, 供水管网改造, 二次供水, 租赁补贴; 城市管理局 生活垃圾清运, 公厕管护,
市政路灯, 环卫保洁, 垃圾分类, 部门整体; 交通运输局 农村公路养护 and 提档升级, 城乡公交 and 镇村公交
运营补贴, 候车亭, 桥梁检测): multi-year projects funded from several sources (资金来源 rows of
中央补助 / 省级补助 / 市县配套 / 专项债券 / 单位自筹 adding to 资金总额), per-公里/户/座/盏/吨
standards, one-year and multi-year tables, one 部门整体 table with 基本支出 and 项目支出.

10 of the 18 returns are correct; the other 8 carry 1–3 planted mistakes a careful reviewer
marks: a 中期 资金总额 that is not the sum of its sources; a 省级补助 cell in 元
(1,500,000.00元) inside a 万元 资金来源 block; a standard × quantity above the money (a one-year
公厕 table and the 年度 column of a two-year road table); a 完好率 of ≥105% and a 覆盖率 of 110%
(percent cell); ≥ on a harm (一般燃气安全事故起数, 公共供水管网漏损率, 乘客投诉率); a rate given as
a count (隐患整改率 120处, 路面技术状况优良率 300公里); a deadline in 2027 for a one-year 2026
project; an annual 水表 count above the period's; an indicator written twice in one project; a
vague value (按改造后实际运行情况确定); an indicator value against the goal text (twice).

The correct returns hold legitimate look-alikes: standard × quantity exactly equal to the money
(one-year, in both columns of a multi-year table, two per-公里 standards adding up to the total,
each of two stacked projects, 元/车公里 × 万车公里); money wholly in 元 under a 项目资金（元）
heading; =100% on 合格率 / 列养率; 覆盖率 100% as a percent cell; a 投诉办结率 with ≥ beside a
投诉率 with ≤; 事故起数 =0 (also in both columns of a two-year table); a 下降率 with ≥; a 投诉率 of
≤0.5‰; a 漏损率 with ≤; a next-year deadline in the 中期 column of a multi-year table; dates typed
as dates; the goal's 3.6万吨 against ≥36000吨; the same 满意度 name in two stacked projects with
other values; a department fill date in the year before; a note row between tiers, a 填表说明
and signature lines; weights adding to 100 with a 合计 row.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout203 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout203 import housing, transport, urban
from tests.variants.holdout203.registry import HOLDOUT203
from tests.variants.kit import Variant

MODULES = (housing, urban, transport)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT203, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 203rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
