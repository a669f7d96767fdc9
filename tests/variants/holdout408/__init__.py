"""The 408th held-out set: 18 invented returns on Gobi desert ecological restoration and
windbreak sand fixation (戈壁生态修复 / 防风固沙), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Everything is invented: 苍碛县, 赭岭市, 砾川旗, 风垭乡, 驼泉镇,
their offices, projects, people, telephone numbers and figures. Budget year 2025 throughout.

Modules: ``restoration`` (xb01–xb06, Gobi restoration projects), ``windbreak`` (xb07–xb12,
windbreak and sand-fixation projects), ``department`` (xb13–xb18, department returns, flat
lists, a second-sheet table and a template with empty rows).

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks in 万元
carried by the number format; OLD-NAT and NAT-2021 tiers merged down; an operator column with a
unit column (xb01, xb02); 中期 and 年度 columns (xb03, xb04); numbered tier labels with points and
``*`` (xb05, xb06); two projects stacked in one sheet (xb07, xb08); tier-1 and indicator score
columns (xb09, xb10); 指标性质 as direction with 指标方向 as operator in words (xb11); a 资金明细
block under the table (xb12); department heads with shares and key tasks (xb13–xb16); flat lists
(xb13 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, xb14 指标名称 · 指标值 · 指标性质 · 计量单位 ·
权重); a table on a second sheet under 预期实现值 with a note row, a header repeated after a page
break, 填表说明 and signature lines (xb17); headers 指标内容 / 绩效标准 (xb18).

Planted mistakes (22 required marks; code, highest accepted severity, place):

* xb02-percent-wrong: B105 error at the 其他资金 cell (``300,000.00元`` in a 万元 block), with
  B101 error tolerated at file level (its consequence); T106 error at 围栏工程验收合格率
  ``105%`` (a typed percent cell); T108 warning (row) at 封育区牲畜偷牧发生率 ``≥ 5%``.
* xb04-multi-year-copied: D202 warning at the 年度 cells of 废弃采砂坑回填整治面积 and
  修复区土地平整面积 (copied from the 中期 column of a two-year project); D201 error at the 年度
  cell of 乡土灌草补植面积 (1800 above the period's 1500).
* xb06-wrong-parent: F105 error at the tier-2 cell 质量指标 under 三、效益指标; F110 error at the
  empty name cell of a row holding ``≥3年``.
* xb08-stacked-defects: B101 error at the second project's 年度资金总额 (260 ≠ 220 + 30); T105
  error at 固沙工程验收合格率 ``12处``.
* xb10-points-wrong: W103 error at the 一级分值 cells of 产出指标 (40 against 45) and 效益指标
  (30 against 25); both levels still add to 100, so no W101.
* xb12-artefacts: X105 warning (alt X103) at 年度资金总额 ``326.5 8``; X104 warning at the
  计划开始日期 ``45748`` stored as text; X106 error (alt B108) at the 资金明细 line
  ``86万86万(含运输)``.
* xb14-flat-defects: T112 error at ``≥12万元`` against the unit column 亩; T108 warning (row) at
  林带苗木成活率 ``≤85%`` marked 正向; W101 error at file level (weights add to 95).
* xb16-department-money-wrong: B101 error at 资金总额 620 (基本支出 250 + 项目支出 390 = 640;
  财政拨款 + 其他资金 does add up); B102 error at the 金额合计 390 (tasks add to 380).
* xb18-header-template: F109 warning (row) at the tier-2 时效指标 left with no indicator; F110
  error at the empty name cell of a row holding ``≥1500亩``.

Legitimate look-alikes in the correct returns: ``=100%`` on a 合格率 (xb01 typed, xb03 text);
下降率 with ≥ (xb01, xb09, xb11, xb17 沙丘/积沙 rates); rates raised in 百分点 (xb01, xb03, xb09,
xb11, xb15); ``0起`` / ``≤ 0 起`` on a fire count (xb05, xb13, xb15); tier-1 points and indicator
points both adding to 100 with a 合计 row (xb09); annual counts below the period and equal rates
and unit costs in a three-year project (xb03); the same 造林成活率 with different values in two
stacked projects (xb07); a 合计 row under a flat list (xb13); shares rounded to 0.01 % summing
to 100 % and a footnote explaining the 金额合计 (xb15); fill and signature dates in 2024 (xb01,
xb15, xb17); unit cost × count within the money in every return (e.g. xb01 12000 亩 × 0.028 =
336 ≤ 360, xb15 1万亩 × 280元 = 280 ≤ 300).

Judgements where a reviewer could hesitate:

* xb02's B105 is required and the B101 it causes only tolerated, as in the main corpus (v02).
* xb04 marks D202 at each copied annual cell; the equal rates and unit cost there are not marked.
* xb05 and xb15 write ``0起`` without an operator: for a zero incident target ≤ and = read the
  same, so no T117 / T115 is asked for (a finding there is a false one).
* xb05's 管护区巡护覆盖率 is a typed ``95%`` with no operator: at most an info (T103).
* xb06 marks the misplaced 质量指标 with F105 only; the F201 / F106-style consequences (产出指标
  without its own 质量指标) are not asked for.
* xb12's detail lines add up once ``86万86万`` is read as 86 and ``326.5 8`` as 326.58.
* xb14's 林木病虫害成灾率 ``≤5%`` marked 反向 is right; only the 正向 成活率 with ≤ is marked.
* xb16 marks B101 at 资金总额 (the 基本/项目 split does not reach it), not at 基本支出 or 项目支出.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout408 import department, restoration, windbreak
from tests.variants.holdout408.registry import HOLDOUT408
from tests.variants.kit import Variant

MODULES = (restoration, windbreak, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT408, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 408th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
