"""The 779th held-out set: 18 invented returns of a county agriculture bureau (岫川县农业农村局
and its units), built to measure ``goalbook check`` out of sample, with the marks of a careful
reviewer per ``shared/domain.md``. Aim of the set: checks across the table.

Theme: a tea-garden upgrading programme (``tea``: kdi01–kdi06), farmer cooperatives' quality
certification, 绿色食品 and 地理标志 (``certify``: kdi07–kdi12), and agricultural-machinery
purchase subsidies (``machinery``: kdi13–kdi18). Budget year 2025 throughout; fill and signature
dates in November 2024.

Layouts: project heads with one-year money blocks (年度资金总额 · 财政拨款 · 其他资金) or
multi-year blocks (中期 and 年度), department heads with budget rows, typed shares and key tasks
with a 金额合计; tier-1 and tier-2 merged down; tier labels numbered with points (kdi01, kdi17),
abbreviated (kdi03) or numbered (kdi18); headers 考核指标 / 目标值（年度） (kdi03), 预期实现值 on a
second sheet (kdi11, kdi18); operators in words in a 指标性质 column with a unit column (kdi13),
指标性质 as direction beside a 比较符 column (kdi14); flat lists (kdi08, kdi09); stacked projects
(kdi05, kdi06); 中期 and 年度 columns (kdi02, kdi04, kdi15, kdi16); a budget-system export with
codes in the first columns and the header on the third row of sheet 05-2 (kdi10); 注 rows,
填表说明, subtotal rows, a header repeated after a page break, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kdi03-tea-goal-mismatch: D104 ≤warning at Sheet1!D10 (row; 年度目标 says 2500亩, the indicator
  ≥2000亩; the goal cell B8 tolerates a warning); Y102 ≤error at Sheet1!D13 (alt D104, Y103: a
  deadline 2026年3月31日前 in a one-year 2025 project whose goal says 2025年10月底); F201 ≤warning
  at Sheet1!C14 (row: 茶青农残抽检合格率, a quality rate under 时效).
* kdi04-tea-replanting-period: D104 ≤warning at Sheet1!D11 (row; 中期目标 says 6000亩, 中期 value
  ≥4000亩; the goal cell B9 tolerates a warning); D201 ≤error at Sheet1!E12 (年度 ≥10个 above 中期
  ≥8个); D202 ≤warning at Sheet1!E13 (良种苗圃 ≥2处 copied from 中期; the 年度目标 says 1处).
* kdi06-tea-stacked-wrong: in the second stacked project B101 ≤error at Sheet1!C21, its
  年度资金总额 (260 ≠ 220 + 30); Y103 ≤warning at Sheet1!B24, its 年度绩效目标 (alt Y102, Y101:
  2024年12月底前 left from last year); B107 ≤warning (row) at Sheet1!D28, 机耕道每公里建设补助 (18
  × 16 = 288万元 above the money).
* kdi09-cert-flat-wrong: D104 ≤warning (row) at Sheet1!B7, 新增地理标志农产品数 ≥3个 (goal B5:
  2个); D103 ≤warning (row, alt D101, D102, D104) at Sheet1!B11, 新增绿色食品认证产品数量 ≥8个, a
  near-duplicate of 新增绿色食品认证产品数 ≥6个; W101 ≤error on the book (weights 95, the 合计 row
  says 100).
* kdi11-cert-second-sheet: T105 ≤error at 绩效指标!D4, 通过率 `12个`; Y102 ≤error (alt Y101, Y103)
  at 绩效指标!D5, the deadline 2024年11月30日前 in a 2025 return.
* kdi12-cert-template-rows: F110 ≤error at Sheet1!C12, the empty name of a row holding ≥5场; D101
  ≤warning (row) at Sheet1!C16, 地理标志授权用标合作社数量 repeated under 可持续影响指标 with the
  same value.
* kdi14-machine-direction: D104 ≤warning (row) at Sheet1!F10, 报废更新补贴机具数量 600 (goal B8:
  800台); T108 ≤warning (row) at Sheet1!E13, the ≥ of 补贴资金违规发放率 (反向); B107 ≤warning
  (row) at Sheet1!F15, 单台平均报废更新补贴 0.9万元/台 (600 × 0.9 = 540 above 500).
* kdi16-machine-service-period: Y101 ≤error on the book (alt Y102, Y103: title 2024年度, plan and
  中期目标 2025–2026); B103 ≤error at Sheet1!E5, the 年度资金总额 650 (中期 600); D204 ≤warning at
  Sheet1!D9, the 年度目标 (copied from 中期目标).
* kdi18-machine-second-sheet: B101 ≤error at 项目申报!C5, 年度资金总额 330 (300 + 20 = 320); F201
  ≤warning (row) at 绩效目标!C5, 植保无人机飞手培训人数 (a count under 质量).

Of the 24 required marks, 20 compare one part of the return with another (D104 ×4, Y102 ×2,
Y103, Y101, F201 ×2, D201, D202, D204, D103, D101, B101 ×2, B103, B107 ×2).

Legitimate look-alikes in the correct returns: 下降率 with ≥ (kdi01, kdi05) and a 不合格率 with ≤
(kdi08); 0起 and 0人 on incident counts (kdi07, kdi17); tier points and indicator points
both adding to 100 (kdi01, kdi17); rate changes in 百分点 (kdi01, kdi02, kdi15, kdi17); `=100%`
as text and a typed 100% on a ceiling rate (kdi05, kdi15, kdi01, kdi13); goal counts with their
parts in brackets (其中有机肥替代1200亩, 其中茶叶6个); later years the work prepares for (为2028年…
in a 2025–2027 project, 为2027年… in a 2025–2026 project); the period's counts in 中期 beside
smaller yearly counts, rates equal in both columns; unit cost × count equal to or within the money
(kdi01 450 + 30 = 480; kdi07 8 × 12 = 96; kdi10 9 × 10 = 90); the same satisfaction name with
different values in two stacked projects (kdi05); a footnote explaining 金额合计 against 资金总额
(kdi07); a 合计 row of weights, a 小计 row and a repeated header (kdi08, kdi17); a date cell as a
deadline inside the year (kdi10); fill and signature dates in 2024.

Judgements where a reviewer could hesitate:

* D104 is marked at the indicator row (the goal's text is the reference); the goal cell carries
  ``ok(..., "warning")`` so a finding landing there is tolerated, not required.
* kdi09's near-duplicate (6 vs 8 of one count) is a warning: two ≥ targets do not strictly
  contradict, so D102 is accepted only up to a warning.
* kdi03's 2026 deadline is an error (Y102): a one-year project cannot end in the next year; the
  same cell also contradicts the goal, so D104 is accepted.
* B107 stays a warning as the catalogue has it; in kdi06 it also holds against the 250 of the
  parts, so it does not depend on which side of the B101 is wrong.
* kdi16: the title's 2024 is marked on the book (Y101), as any date or year of the head may be the
  one reported against it.
* kdi17's 小计 and 合计 rows, kdi08's and kdi09's 合计 rows are not indicators."""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout779 import certify, machinery, tea
from tests.variants.holdout779.registry import HOLDOUT779
from tests.variants.kit import Variant

MODULES = (tea, certify, machinery)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT779, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 779th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
