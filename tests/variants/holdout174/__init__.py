"""174th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-nine: 部门整体 tables as provinces publish
them. A 部门职责 │ 工作任务 │ 主要实施内容 │ 预算金额 block (with 财政拨款 and 其他资金 columns and
a 金额合计) stands before the indicators; the indicators are grouped by 工作任务, the task name
merged down column A and the tier cells merged down their blocks; the 年度总体目标 is five
numbered paragraphs in one cell; money is in 万元 with two decimals (some returns carry 万元
in the number format), with a 其中 line per source (一般公共预算 / 政府性基金 / 当年财政拨款 /
上年结转 / 事业收入 / 其他资金) and the 基本支出 / 项目支出 split, down a column or across one
row; a 权重 column adds up to 100 over the tier-3s (with a 合计 row); a 指标值说明 column
explains each value; a 指标方向 column marks 正向 and 反向 indicators, beside operators
inside the values (symbols, or words such as 以上 / 以内 / 不低于) or in an operator column
(指标性质 or 运算符号: symbols, or 大于等于 / 小于等于 / 等于) with a 计量单位 column; one
return has 中期 (2026—2028年) and 年度 columns; a second sheet repeats the tasks with their
amounts. Frameworks NAT-2021 and OLD-NAT.

12 of the 18 returns are correct; they hold legitimate look-alikes (=0起 and =0人 targets on
accidents and deaths, =100% at the ceiling, ‰ and 1/10万 rates, a bare rate with % in the unit
column, prior-year baselines in the 指标值说明, standards × counts within each task's money,
tasks that cover the whole budget including 机构运转). The other 6 carry 1–2 planted mistakes
each, placed in these habits: weights adding up to 98 under a 合计 of 100 (W101), a 反向 time
limit written ≥ (T108), 其中 source lines that miss the 资金总额 (B101), a 金额合计 with two
digits swapped (B102), a 完成率 given as a count (T105), a 亮灯率 over 100 % (T106), a
服务对象满意度指标 under 效益指标 (F105), a deadline in the next year (Y102), 基本支出 + 项目支出
short of the 资金总额 (B101), one indicator in two tasks with two targets (D102).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout174 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout174 import agriculture, social, urban
from tests.variants.holdout174.registry import HOLDOUT174
from tests.variants.kit import Variant

MODULES = (agriculture, social, urban)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT174, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 174th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
