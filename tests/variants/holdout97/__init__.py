"""97th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
returns of 政法 and public-safety departments (公安局, 检察院, 法院,
司法局, 应急管理局, 消防救援大队, 交警大队, 禁毒办, 信访局): many less-is-better
indicators (发案数, 事故起数, 死亡人数, 到场时间, 平均结案时长, 重复信访率,
火灾亡人数), time limits (≤24小时, ≤5个工作日, 接警后≤8分钟到场), rates in ‰
and per 万人 / 万车, counts of cases and trainings, 部门整体 tables and a flat
list among project ones. 9 correct, 9 with 1–3 planted mistakes: a 反向
indicator or a time limit with ≥, a rate as a count, a rate over 100 %, money
or tasks that do not add up, a duplicate, plan dates in another year, a date
past the budget year, a missing tier, counts copied from 中期 into 年度.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout97 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout97 import emergency, justice, police
from tests.variants.holdout97.registry import HOLDOUT97
from tests.variants.kit import Variant

MODULES = (police, justice, emergency)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT97, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 97th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
