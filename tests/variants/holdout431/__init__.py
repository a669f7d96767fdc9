"""The 431st held-out set: a city planetarium (星澜市天文馆), its public astronomy shows and its
school observation nights. 18 invented returns, 9 correct and 9 with 2–3 planted mistakes (22
required marks), to measure ``goalbook check`` out of sample. Everything is invented.

Modules: ``shows`` (xy01–xy06, public shows), ``nights`` (xy07–xy12, school observation
nights), ``museum`` (xy13–xy18, the planetarium as a whole: department returns, flat lists, a
budget-system export, conversion artefacts); ``common`` holds the shared helpers.

Layouts: project heads with 万元 money blocks (unit only in the number format), department
heads with budget, typed shares and key tasks; tier-1 and tier-2 merged down; operator column
headed 指标性质 (xy01) or 比较方式 in words (xy02); numbered labels with points and a 分值
column (xy03); a tier-1 score column (xy04); two stacked projects (xy05, xy06); 中期 and 年度
columns (xy07, xy08); headers 指标内容 / 绩效标准 with an instruction row, 注, 填表说明 and
signature lines (xy09); a second sheet under 预期实现值 with a unit column (xy10); header 预期目标
(xy11); 指标性质 as direction with 指标方向 as operator (xy12); flat lists (xy15, xy16); an export
with codes in the first columns, header on the third row, labels with * and ★ and abbreviated,
tiers repeated in every row as the export writes them (xy17); detail lines under the table (xy18).

Planted mistakes (return: code, highest accepted severity, place):

* xy02: T106 error at the value pct(1.05) of 新购移动展品验收合格率; T108 warning (row) at
  大于等于 on 移动球幕投影设备故障率.
* xy04: W103 error at the 产出 tier score 50 (indicators add to 45); W103 error at the 效益 tier
  score 20 (indicators add to 25); T105 error at 课程包试讲完成率 `6次`.
* xy06: B101 error at the second project's 年度资金总额 48 (≠ 30 + 15); T107 warning at
  参观者满意度 `=95%`.
* xy08: D204 warning at the 年度目标 cell (copy of the 中期目标); D201 error at the annual
  夜观指导场次 ≥240场 (period ≥200场); D202 warning at the annual 培训社团指导教师 ≥80人.
* xy10: T112 error at 示范观测夜场次 `≥12场` (unit column 人次); X104 warning at the text
  `46203` of 手册印发完成时间.
* xy11: F110 error at the empty name cell of a 质量指标 row valued ≥95%; F109 warning (row) at
  the bare 生态效益指标.
* xy14: B101 error (row) at 资金总额 980 (基本 620 + 项目 380 = 1000); B102 error at the
  金额合计 380 (tasks add to 365).
* xy16: W101 error on the book (weights add to 95); T108 warning (row) at 讲解词差错率 `≥1`
  declared 反向; T112 error at 观众满意度 `≥3000人次` against %, T105 accepted.
* xy18: X105 warning at 财政拨款 `84.3 2` (X103 accepted); X106 error at `36万36万(含配件)`
  (B108 accepted); T115 error at 单台望远镜更新费用 `≤0万元/台`.

Legitimate look-alikes in the correct returns: a date cell as a time target and typed percent
cells beside a `%` unit column (xy01); `≥3百分点` on a ratio raised and tier points and indicator
points both adding to 100, plus a 合计 row (xy03); the same 观众满意度 name with ≥90% and ≥92% in
two stacked projects (xy05); rates and unit costs equal in 中期 and 年度, counts smaller each
year, `0起` on accidents (xy07); an instruction row inside the table and a 注 explaining the
其他资金 (xy09); a 下降率 with ≥ declared 正向, `≤ 0 起` on accidents, a 时限 with ≤ (xy12);
`100%` on 按期完成率 and `≤0.5%` on 放映事故率 (xy13); `≤ 0 起` and `≤ 0.5%` 投诉率 in a flat
list, a 合计 weight row (xy15); `100%` on 版权合规率 (xy17, xy18).

Judgements where a reviewer could hesitate:

* Fill dates in November or December of the year before the budget year (sign lines, 填报日期)
  are when returns are filed, not a year conflict.
* `0起` / `≤0起` on accidents is the zero-incident target, not a zero-output target (T115).
* In xy04 both tier scores are wrong and the two errors cancel in the total (100 = 100), so no
  W101 is asked for; in xy16 the weights of a flat list do not reach 100 (W101 on the book).
* xy10: `46203` is 2026-06-30, inside the budget year, so only the artefact is marked.
* xy11: `开放日信息提前发布 ≥3天` is a lead time (more is better), not a 反向 time limit.
* xy17: an export repeats tier labels in every row; `*` and ★ are marks, 数量 / 经济成本 / 服务对象
  满意度 abbreviations of NAT-2021 tier-2s.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout431 import museum, nights, shows
from tests.variants.holdout431.registry import HOLDOUT431
from tests.variants.kit import Variant

MODULES = (shows, nights, museum)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT431, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 431st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
