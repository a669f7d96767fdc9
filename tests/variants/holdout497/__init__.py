"""The 497th held-out set: 18 invented returns on endemic fluorosis (氟斑牙, 氟骨症) and
drinking-water defluoridation (降氟改水) in villages, with a careful reviewer's marks.

Invented places: 硝川县, 蒿原县, 黛石乡 / 黛石县, 卤泊镇. Budget year 2025, money in 万元.

Layouts: project heads with 中期 / 年度 or one-column money blocks; department heads with
budget, shares and key tasks; operator and unit columns; 指标性质 as direction with 指标方向 as
operator; numbered tier labels with points; a tier-1 score column; stacked projects; flat
lists in two column orders; 指标内容 / 绩效标准 and 预期目标 headers; a note row inside the
table and a header repeated after a page break; 注 / 填表说明 / signature lines; multi-year
projects with 中期 and 年度 value columns; a budget-system export (05-1 money sheet with codes,
05-2 indicator sheet with the header on its third row, operators in words).

Modules: ``fluorosis`` (am01–am06), ``layouts`` (am07–am12), ``waterworks`` (am13–am18).

Planted mistakes (code, highest accepted severity, place):

* am02-percent-over: T106 ≤error at the typed 105% 患者随访覆盖率 (Sheet1!D12); T108 ≤warning (row)
  at 新发氟骨症病例发生率 ≥0.5%.
* am04-tier-points-off: W103 ≤error at the 产出指标 score 50 (B column; alt W101), indicators
  add to 45; F105 ≤error at the 时效指标 tier-2 under 效益指标. W101 tolerated at book level.
* am05-pdf-artefacts: X104 ≤warning (alt T116) at the text ``45961`` as 监测报告报送时间;
  X105 ≤warning (alt X103) at ``1 8.6`` in the detail lines; X106 ≤error (alt B108) at
  ``6.0万6.0万``.
* am08-stacked-wrong: B101 ≤error at the second project's 年度资金总额 50 (40 + 8 = 48);
  T105 ≤error at 降氟改水管网入户率 ≥360户.
* am10-flat-defects: T112 ≤error (alt T119) at ``≥3.6万元`` under unit 人; T108 ≤warning
  (row) at 出水氟化物超标率 ≥2% (反向); W101 ≤error at book level (weights add to 95).
* am12-template-rows: F109 ≤warning (row) at the empty 社会成本指标 and 生态效益指标 rows;
  F110 ≤error at the empty name cell of a ``≥95%`` row.
* am14-two-year-copied: D202 ≤warning at the annual cells of 安装除氟净水设备台数 and
  培训村级管水员人数 (copied from 中期); D201 ≤error at 覆盖分散供水病区村数 年度 ≥46个 against
  中期 ≥40个. B107 tolerated (row) at the cost row: the copied count × cost exceeds 年度 money.
* am16-department-wrong: B101 ≤error at 资金总额 640 (200 + 420 = 620); B102 ≤error at the
  金额合计 420 (tasks add to 410); B107 ≤warning (row) at 每台除氟设备购置标准 ≤3.5万元/台
  × 150台 = 525万元, above 项目支出 420.
* am18-one-year-mismatch: B109 ≤warning at 年度资金总额 150 against 中期 180 in a one-year
  project; Y102 ≤error (alt Y103) at 竣工验收时间 2026年6月30日前.

Legitimate look-alikes in the correct returns: ``=100%`` coverage and typed percent cells with
a ``%`` unit column (am01, am09, am15 shares); an 检出率 with ≤ (am01, am15); a 下降率 with ≥
and ``≤ 0 例`` new cases (am06), ``≤0`` new cases in a flat list (am09); tier points and
indicator points both adding to 100, a 合计 row and a note saying so, ``比上年提高≥5百分点``
(am03); 成本 × count equal to the money (am07, am09, am15, am17); the same 服务对象满意度
name with different values in two stacked projects (am07); a note row inside the table, a
header repeated after a page break, a footnote explaining the money, a fill date in 2024
(am11, am01, am15); equal 中期 and 年度 values for rates, unit costs and a design life in a
three-year project, and a 2027 completion date in its 中期 column (am13).

Judgements: ``修复不良反应发生例数 ≤3例`` as a 社会成本指标 (am03) is a negative side effect,
as 101号 intends. A bare ``95`` with unit ``%`` (am06, am17) is a percentage. The 05-2 export
repeats tiers on every row without merges, as exports do (am17). In am16 the B107 mark is at
the cost row; the product exceeds both the 160 task and the 420 项目支出, so either comparison
holds. In am18 a next-year date in a one-year project is marked as an error (Y102), since the
form's own period excludes it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout497 import fluorosis, layouts, waterworks
from tests.variants.holdout497.registry import HOLDOUT497
from tests.variants.kit import Variant

MODULES = (fluorosis, layouts, waterworks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT497, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 497th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
