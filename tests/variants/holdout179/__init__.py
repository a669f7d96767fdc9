"""179th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
health (卫生健康局, 疾病预防控制中心, 妇幼保健院, 急救中心 of invented counties and a city:
基本公共卫生服务, 家庭医生签约服务, 疫苗冷链设备购置, 乡镇卫生院设备更新, 妇幼健康服务,
健康素养促进, 医疗废物集中处置, 院前急救体系建设, 传染病监测), in one-year and multi-year project
tables (中期 and 年度 columns, one with two complete column sets; per-人, per-台, per-辆, per-个,
per-吨 and per-场 standards; operator, direction, unit and weight columns; percent cells, 万元 in
the number format, footnotes and signature lines), two 部门整体 tables and two pairs of stacked
projects.

10 of the 18 returns are correct; their look-alikes are legitimate: =0起 on accident and outbreak
counts, ‰ on 婴儿死亡率, a 吸烟率增长率 of ≤0%, a rise in 百分点, =100% and 100% at the ceiling, a
per-人 standard × signatories equal to the money, a 农村急救反应时间 tightened over the period (年度
≤28分钟, 中期 ≤25分钟), the same 群众满意度 with different targets in two stacked projects. The
other 8 carry 1–2 planted mistakes each: 资金总额 ≠ 财政拨款 + 其他资金 (one-year head, the 中期
column of a two-year head), 基本支出 + 项目支出 ≠ 资金总额, 资金明细 missing their 合计, a per-台
standard × the units above the money, a 合格率 of 105 %, a 处置率 in 吨, ≥ on 婴儿死亡率 and on a
故障率, a 2027 title over 2026 plan dates, a 2026 deadline in a 2027–2028 project, an annual count
above its 中期 count, an indicator typed twice, a 接种率 twice with different targets, a
服务对象满意度指标 under 效益指标, a vague value (若干).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout179 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout179 import departments, periods, single
from tests.variants.holdout179.registry import HOLDOUT179
from tests.variants.kit import Variant

MODULES = (single, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT179, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 179th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
