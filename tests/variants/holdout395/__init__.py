"""The 395th held-out set: restoration of old opera stages and ancestral halls in villages
(古戏台/祠堂修缮), 18 invented returns with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Places, units, people and figures are invented (梧垣县, 砚溪镇,
桐埠乡, 沙棠村, 蓼湾村 …).

Layouts: ``stages`` (wo01–wo06, 古戏台): project heads with operator and unit columns and typed
percents, tier-1 and indicator score columns, multi-year projects with 中期 and 年度 columns.
``halls`` (wo07–wo12, 祠堂): decorated tier labels (numbered, with points, ``*``, ``★``,
abbreviated), notes / subtotal / repeated-header rows, template rows, a detail block with
conversion artefacts, a budget-system export with the table on a second sheet.
``programmes`` (wo13–wo18, both): stacked projects, flat department lists, department heads
with share rows and key tasks.

Planted mistakes (return: code, highest accepted severity, place):

* wo02: T106 ≤error at the typed 105% (彩绘修复验收合格率); T108 ≤warning (row) at the ≥ of
  台基不均匀沉降发生率; T113 ≤warning at 修缮工程完工时间 given as 100%.
* wo04: W103 ≤error at 产出指标's tier score 40 (its indicators add to 45; W101 accepted, and a
  file-level W101 tolerated); T105 ≤error at 古戏台对外开放率 ``≥12场``.
* wo06: D202 ≤warning at the annual cells of 修缮古戏台数量 (row; D104 accepted, the 年度目标
  says 2座) and 彩绘保护面积, both copied from the three-year column; D201 ≤error at the annual
  演出场次 ``≥40`` above the period ``≥30``.
* wo08: F110 ≤error at the empty name of the ``≥60米`` row; F105 ≤error at 社会效益指标 under
  产出指标.
* wo10: F109 ≤warning (row) at the empty 社会成本指标; F110 ≤error at the empty name of the
  ``≥30根`` row; T105 ≤error at 宗祠消防器材配置率 ``8套``.
* wo11: X104 ≤warning at 计划完成日期 ``46022`` in a text cell; X105 ≤warning at ``38.6 5``
  (X103 accepted); X106 ≤error at ``12万12万`` (B108 accepted); a file-level B102 tolerated.
* wo14: B101 ≤error (row) at the second project's 年度资金总额 50 (38 + 10 = 48); T105 ≤error at
  消防设施完好率 ``6处``.
* wo16: T112 ≤error at ``12万元`` under the unit 座; T108 ≤warning (row) at 文物建筑火灾隐患发生率
  ``≥2%`` (反向); W101 ≤error at book level (weights add to 95).
* wo18: B101 ≤error (row) at 资金总额 500 (基本 180 + 项目 300 = 480); B111 ≤error at the 其他资金
  share 15% (50 ÷ 500 = 10%); B102 ≤error at 金额合计 300 (tasks add to 290).

Legitimate look-alikes in the correct returns: ``=`` 100% (typed) and ``=100%`` on pass rates
(wo01, wo05, wo13, wo15, wo17); 反向 rates with ≤ (白蚁复发率, 含水率, 病害发生率); ``0起`` and
``≤ 0 起`` on fire-incident counts (wo13, wo15, wo17); 100 both ways when tier-1 and indicator
scores are both given (wo03) and tier points in labels (wo07); a participation share raised
``提高≥5百分点`` (wo03); 中期 and 年度 columns equal for rates and a grade in a two-year project
(wo05); the same indicator names with different values in stacked projects (wo13); subtotal,
total, instruction, repeated header, footnote and signature rows (wo09); fill dates in the year
before the budget year (wo01, wo09); word operators with bare numbers (wo12); shares rounded to
two decimals that sum to 100% (wo17); unit costs × counts within their money everywhere.

Judgements: a 完工时间 given as 100% (wo02) is a warning, not an impossibility; the annual copy
of a count whose 年度目标 says otherwise (wo06) may be reported as D104 as well; in wo14 and
wo18 the total rather than a part is marked, on the row, since either cell may be the wrong one;
wo18's shares of 基本/项目支出 match their amounts against 500 and are not marked; the serial
``46022`` (wo11) is a conversion artefact worth a warning, not an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout395 import halls, programmes, stages
from tests.variants.holdout395.registry import HOLDOUT395
from tests.variants.kit import Variant

MODULES = (stages, halls, programmes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT395, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 395th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
