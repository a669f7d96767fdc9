"""The 521st held-out set: kiwifruit orchards and cold-chain packing for mountain villages
(猕猴桃种植与冷链), 18 invented returns for 栖峦县 and its townships (云屏镇, 雾桥乡, 椿坪村,
鹤垭村, 石楠沟村), budget year 2025, money in 万元 (mostly carried by the number format).

Modules: ``orchards`` (bk01–bk06, orchard projects), ``coldchain`` (bk07–bk12, cold-chain
projects and departments), ``villages`` (bk13–bk18, village departments, templates, exports,
artefacts and transfer payments mixing both halves of the theme).

Layouts: project heads with one-year and multi-year money blocks; department heads with key tasks
and 金额合计; operator and unit columns (bk01, bk02, bk15); tier labels numbered and with points
(bk03, bk18), with a tier-1 score column (bk04), abbreviated with * and ★ (bk17); two projects
stacked in one sheet (bk05, bk06); 中期 and 年度 columns (bk07, bk08); headers 指标内容 /
绩效标准 with a 说明 row, a header repeated after a page break and 填表说明 (bk09); a table on a
second sheet under 预期目标 (bk10) and under 三级指标 in a budget-system export with project codes
in the first columns and the header on the third row (bk15); flat department lists in two
column orders (bk11, bk12); 小计 / 合计 rows and a weight column (bk13); a template header
预期目标 (bk14); detail lines pasted from a PDF (bk16).

Planted mistakes (code, highest accepted severity, place):

* bk02-orchard-percent-wrong: B101 error at 年度资金总额 (90 + 40 ≠ 150); T106 error at the
  typed 105% of 嫁接换种成活率; T108 warning, row, at the ≥ of 果实农药残留超标率.
* bk04-orchard-points-wrong: W103 error at the 产出指标 score 50 (indicators 45); W103 error at
  the 成本指标 score 10 (indicator 15); F105 error at the tier-2 质量指标 under 效益指标.
  Tier scores and indicator scores both add to 100, so no W101.
* bk06-orchard-stacked-wrong: B101 error at the second project's 年度资金总额 (35 + 10 ≠ 50);
  X104 warning at its 计划完成日期 typed as the text 46022; T105 error at 果园机械化作业覆盖率
  “6台”.
* bk08-coldchain-multiyear-copied: D204 warning at the 年度目标 cell; D202 warning at the
  annual cells of 建设村级冷链配送网点 and 配置冷藏运输车辆 (copied from 中期).
* bk10-coldchain-second-sheet: T105 error at 冷藏车温度监测覆盖率 “2辆” (sheet 绩效指标);
  T108 warning, row, at 冷链运输损耗率 “≥3%”.
* bk12-coldchain-flat-wrong: B101 error at 资金总额 420 (基本 150 + 项目 250 = 400; 财政拨款
  340 + 其他 80 = 420 holds); T112 error (alt T119) at “6万元” against unit 个; W101 error on
  the return (weights 95).
* bk14-village-template-empty: F110 error at the empty name cell of the “≥30吨/日” row; F109
  warning, row, at the template tier-2 生态效益指标 left without indicator.
* bk16-village-artefacts: X105 warning (alt X103) at “46.2 5”; X106 error (alt B108) at
  “28万28万”; read as 46.25 + 28 + 15.75 = 90 the lines add up.
* bk18-village-rates-wrong: T108 warning, row, at 冷链共配覆盖网点 “≤15个”; T113 warning at
  共配线路开通时间 typed 100%; T107 warning at 果农满意度 “=95%”.

Legitimate look-alikes in the correct returns: a 发生率 with ≤ and typed percents with % in the
unit column (bk01, bk11); a date value in a 时效 row (bk01); cost standard × area equal to the
budget (bk03: 500 × 1600 元 = 80万元; bk15: 400 × 500 元 = 20万元); 化肥施用量增长率 ≤0% as a
零增长 target (bk03); a rise written 提高≥5百分点 (bk03); tier points and indicator points
both adding to 100, with a 合计（100分） row (bk03); the same indicator name 技术培训人次 with
different values in two stacked projects (bk05); rates equal in 中期 and 年度 columns and a
损耗率 with ≤ (bk07); a fill date in the year before the budget year (bk09, all signature
lines); a typed 100% on a 合格率 (bk10); 0 on an incident count (bk11, bk17); 小计 and 合计
rows in a weight column (bk13); =100% as text on a 合格率 and project codes in the first
columns (bk15); a 下降率 written positive with ≥ (bk17); ★ core indicators and * tier labels.

Judgements: X104 on a serial in a head date cell is only a warning (the date is readable once
converted); the 46022 serial is 2025-12-31, so no year finding is asked for. In bk12 the
direction column agrees with every operator; the bare numbers with % in the unit column are
rates, not counts. In bk04 the misplaced 质量指标 keeps its score in 效益指标's subtotal (30),
so only the 产出 and 成本 scores mismatch. In bk18 the 100% on a completion time could also be
read as a rate given for a deadline (T105 not accepted; T113 is the rule for it).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout521 import coldchain, orchards, villages
from tests.variants.holdout521.registry import HOLDOUT521
from tests.variants.kit import Variant

MODULES = (orchards, coldchain, villages)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT521, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 521st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
