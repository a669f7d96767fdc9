"""191st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
science, industry and commerce (科技局, 工信局, 商务局: 科技型中小企业培育, 高新技术企业认定奖励,
科技特派员服务, 专精特新企业培育, 工业企业技术改造补助, 中小企业公共服务平台, 县域商业体系建设,
农村电商服务站点, 消费券发放), one-year and multi-year project tables with per-家/个/场/人
standards, 部门整体 tables and stacked projects. 10 correct of 18; the other 8 carry 1–2 planted
mistakes a careful reviewer marks: money that does not add up (one-year, 年度 column, department
基本支出 + 项目支出), a per-人 and a per-场 standard × units above the money, a 完成率 given as a
count, a 办结率 over 100 %, ≥ on 投诉率, 企业诉求办理时长 and 项目逾期率, a 2026 deadline in a
2027–2028 project, an annual count above its period count, an indicator listed twice, 社会效益指标
under 产出指标, a work description as a value. The correct returns hold legitimate look-alikes:
=0起 accidents, a 能耗增长率 ≤0 %, the same 满意度 name in two stacked projects, standards × counts
equal to the money, equal 实施周期 and 年度 columns in a one-year department table.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout191 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout191 import departments, periods, single
from tests.variants.holdout191.registry import HOLDOUT191
from tests.variants.kit import Variant

MODULES = (single, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT191, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 191st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
