"""163rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
subtle mistakes, round twenty-five (8 correct of 18; the other 10 carry 1–3 planted mistakes a
careful reviewer marks): in a 部门整体 table 基本支出 + 项目支出 ≠ 资金总额; a 年度主要任务 list
whose amounts add to more than the 项目支出 its 金额合计 states; one detail amount typed in 元
among 万元; a 中期 财政拨款 larger than the 中期 资金总额; a count given as a percentage; a 满意度
of ≥100%; a deadline written as ≥30天; an indicator under 成本指标 that is no money; the same
indicator twice with the same value under two tier-2s; a 年度 deadline after the project's end
date. The correct returns hold legitimate look-alikes: =100% on a 完成率 or 合格率, ≤0元 on an
超预算支出 amount, a detail list (and a task list) that adds up exactly with a 其他 line, a
反向 rate with ≤ (差错率 ≤1%).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout163 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout163 import departments, projects, stacked
from tests.variants.holdout163.registry import HOLDOUT163
from tests.variants.kit import Variant

MODULES = (projects, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT163, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 163rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
