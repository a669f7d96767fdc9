"""194th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
market regulation, food and drug safety and intellectual property (市场监督管理局, 药品监督,
知识产权, 特种设备检验, 计量检定, 食品安全抽检, 消费者权益保护, 广告监测, 标准化), with
per-批次/台/件/项 standards in one-year and multi-year project tables, two 部门整体 tables (one a
flat list with 指标性质 and 权重 columns) and stacked projects in one sheet.

10 of the 18 returns are correct; the other 8 carry 1–2 planted mistakes a careful reviewer
marks: a 快检 standard 100元/批次 × 12000批次 above the 90万元 (B107); a 复核合格率 of ≥105% in
an operator column (T106) and a 年度目标 naming 12000台件 against ≥10000台件 (D104, twice in all
with a 领跑者 count); a one-year 2026 deadline in 2027 and one after a 2026–2028 period (Y102);
a 检查家次 given as 按上级部署完成 (T102); a 中期 气瓶 count below the 年度 one (D201); a
覆盖率 given as 家 (T105); a row pasted twice (D101); a 年度资金总额 above the 中期 one (B103);
基本支出 + 项目支出 ≠ 资金总额 in a department table and a project total ≠ 财政拨款 + 其他资金 in a
stacked one (B101); ≥ on a 违法广告发布率 and on a 商户消费投诉率 (T108).

The correct returns hold legitimate look-alikes: standard × quantity exactly equal to the money
(1500元/批次 × 2000批次 = 300万元, 600元/台 in both columns of a three-year table, two
standards adding to a multi-year table's money), 投诉 and 不合格 in positive rates (投诉举报按时
办结率, 不合格食品核查处置率 100% and =100), a 抽检问题发现率 ≥3%, a 不良反应报告 count with ≥,
a 重大食品安全事故 target of 0起, a 挽回经济损失 and a 质押融资 amount above the money, a one-year
table with identical 中期/年度 columns and goals, two complete column sets, the same
消费者满意度 in two stacked projects with different values, fill dates in the year before.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout194 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout194 import departments, periods, single
from tests.variants.holdout194.registry import HOLDOUT194
from tests.variants.kit import Variant

MODULES = (single, periods, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT194, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 194th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
