"""The 452nd held-out set: circus and magic troupes (马戏、魔术) touring shows for rural
audiences. 18 invented returns, 9 correct, 9 with 23 required marks; everything invented
(枫岭县, 鹤汀市, 苇塘县, their troupes, people, phone numbers and figures). Budget year 2026.

Layouts: project heads with 中期/年度 money blocks (one-year projects equal in both), stacked
projects with one money block each (yt03, yt04), a three-year and a two-year project with 中期
and 年度 value columns (yt05, yt18), department heads with budgets and key tasks (yt13–yt16),
flat lists (yt13 operator column, yt14 direction column), an operator column with symbols
(yt01, yt18) or words (yt12), a tier-1 score column beside indicator scores (yt06), a two-row
header 绩效指标/绩效标准/评价标准 over 指标内容 (yt07), the table on a second sheet under
预期实现值 (yt08), numbered/marked/abbreviated tier labels (yt09, yt10), header 预期目标 with
template rows (yt11), notes, footnotes, 填表说明 and signatures (yt12, yt06, yt15), a header
repeated after a page break with a weight total row (yt15), a budget-system export with codes
in the first columns and the header on the third row of sheet 05-2 (yt17).

Planted mistakes (return: code, highest accepted severity, place):

* yt02: T108 ≤warning (row) at 送戏下乡演出场次 `≤60场` (正向 count with ≤); T108 ≤warning
  (row) at 驯兽表演安全事故发生率 `≥1%`; T108 ≤warning (row) at 单场演出成本 `=0.8万元/场`.
* yt04: B101 ≤error at the second project's 资金总额 35 (30 + 8 = 38); T105 ≤error at 乡镇集市
  覆盖率 `12个`.
* yt05: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the annual
  cells of 巡演场次 `≥240场` and 培养青年马戏演员 `≥60人` (three-year totals copied).
* yt08: X105 ≤warning (alt X103) at the annual 财政拨款 `24.386 5`; X104 ≤warning at 大篷车巡演
  完成时限 `46326` (a date serial as text); T105 ≤error at 偏远村屯覆盖率 `18个`.
* yt10: F105 ≤error at `（二）社会效益指标` under 一、产出指标; T106 ≤error at 学员结业考核合格率
  `>100%`.
* yt11: F110 ≤error at the empty name cell of a row valued `3个`; F109 ≤warning (row) at the
  empty 时效指标 and 生态效益指标 template rows.
* yt14: T112 ≤error (alt T119) at `≥12万元` with unit column 场; T108 ≤warning (row) at 观众
  投诉率 `≥2%` marked 反向; W101 ≤error on the whole return (weights 95).
* yt16: B101 ≤error at 资金总额 640 (基本 420 + 项目 200 = 620); B102 ≤error at the 金额合计
  200 of the key tasks (120 + 60 = 180).
* yt18: D201 ≤error at the annual 联合巡演场次 130 (period 120); T106 ≤error at the typed
  annual `102%` of 演出安全检查合格率.

Legitimate look-alikes in the correct returns: `=100%` on 审核通过率/合格率 (yt01 typed, yt03,
yt06, yt09, yt13, yt15, yt17); 0 on an incident count (yt01 `≤ 0 起`, yt03 `≤0起`, yt13); a
下降率 with ≥ (yt13 观众投诉下降率 ≥ 10%); unit cost × count equal to the money (yt01 1.2 × 80 =
96, yt03 1 × 50 and 0.6 × 30, yt06 0.75 × 80 = 60, yt07 0.6 × 60 = 36, yt13 1.3 × 200 = 260);
100 both ways in yt06 (tier-1 scores and indicator scores) with a footnote explaining it; 提高≥3
百分点 on a share (yt06); the same name 服务对象满意度 with ≥90% and ≥85% in the two stacked
projects of yt03; fill dates in 2025 (yt06, yt12, yt15); 原创揭秘节目占比 ≥30% (yt07); a 合计
row of weights (yt15); a second project with 其他资金 0 (yt03).

Judgements where a reviewer could hesitate:

* yt04: the money mark is at the 资金总额 cell, though the parts could be the wrong ones.
* yt05: B107 is not expected: the copied annual counts have no per-unit cost beside them.
* yt08: the split number makes 财政拨款 24.3865, which then adds up (24.3865 + 6 = 30.3865).
* yt14: `≥12万元` against 场 is the domain's unit-conflict example; T119 also accepted.
* yt18: the typed 102% stands in a row whose operator column says `=`: T106 (error) only.
* yt11: the nameless row `3个` under 数量指标 is an indicator without a name (F110), not a note.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout452 import circus, magic, troupes
from tests.variants.holdout452.registry import HOLDOUT452
from tests.variants.kit import Variant

MODULES = (circus, magic, troupes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT452, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 452nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
