# ruff: noqa: E501  (Chinese text counts double against the line length)
"""65th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
public institutions (事业单位: 公立医院, 妇幼保健院, 卫生院, 中小学, 职业学校, 幼儿园, 科研院所,
疾控中心, 检验检测中心, 广播电视台) sending whole-unit (单位整体) and project tables: income by source
(财政拨款收入, 事业收入, 经营收入, 上级补助收入, 附属单位上缴收入, 其他收入, 上年结转) beside
expenditure (基本支出 with 人员经费 and 公用经费, 项目支出, 经营支出), 收支平衡; service volumes
(门急诊人次, 出院人次, 床位使用率, 检测样品量, 在校生人数, 播出时长), cost control (百元医疗收入卫生材料
消耗, 次均费用, 生均成本), quality and satisfaction. 9 correct and 9 with one to three planted
mistakes (income sources or expenditure parts not adding up, income and expenditure out of
balance, a 次均费用 or a 反向 time with ≥, rates over 100 %, rates as counts, a count given as a
percentage, years that disagree, a conflicting duplicate, 中期 totals copied into 年度, an annual
count above its period).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout65 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout65 import hospitals, institutes, schools
from tests.variants.holdout65.registry import HOLDOUT65
from tests.variants.kit import Variant

MODULES = (hospitals, schools, institutes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT65, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 65th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
