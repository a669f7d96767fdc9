"""264th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
trade unions, youth leagues and women's federations as departments (职工帮扶, 青少年服务,
妇女儿童维权, 困难职工解困): 部门整体 flat lists and tiered tables, 基本支出 + 项目支出 = 合计,
shares against amounts, footnotes and signature lines (variant items 3, 4, 12). 9 of the 18
returns are correct (rn01, rn03, rn05, rn07, rn09, rn11, rn13, rn15, rn17); the other 9 carry
2–3 planted mistakes a careful reviewer marks (22 in all):

* 基本支出 + 项目支出 ≠ 资金总额 in a horizontal budget row (rn04), 财政拨款 + 其他资金 ≠
  资金总额 (rn10) (B101, error, row);
* task lines that do not add up to their 金额合计 (rn06, rn12) and 测算依据 lines short of the
  合计 of a project money block (rn18) (B102, error);
* a share typed off its amount: 项目支出 41.01% for 40.11% in a 占比 row (rn02), 基本支出
  56.47% for 65.47% (rn08) (B111, error);
* a 年度资金总额 above the 中期资金总额 of a two-year project (rn14) (B103, error, row);
* 其他资金 formatted ``300,000.00元`` inside a 项目资金（万元） block (rn16) (B105, error, B110
  accepted; the B101 it causes is tolerated);
* a relief standard × households (5000元 × 3000户 = 1500万元) above the whole 资金总额 of a
  flat list (rn04) (B107, warning, row);
* the points of a flat list adding to 95 under a 合计 row that says 100 (rn02) (W101, error,
  file);
* a 覆盖率 given as ``5000 │ 人`` (rn02) (T105, error);
* ≥ in the operator column of a rate declared 反向 (rn04) (T108, warning, row);
* a 覆盖率 of ≥105% (rn06) (T106, error);
* a deadline ``2025年9月30日前`` in a 2026 return (rn06) (Y102, error, Y101 accepted);
* a 预算年度 line saying 2025 under a 2026 title (rn10) (Y101, error, row);
* a completion date before the start date (rn16) (Y104, error);
* one indicator listed twice under 数量指标 with ≥5000人 and ≥6000人 (rn08) (D102, error, row,
  D101/D103 accepted);
* 时效指标 under 效益指标 (rn08) (F105, error, row, F201 accepted);
* the goal text promising 80 lectures where the indicator asks ≥60场 (rn12) (D104, warning,
  row);
* an annual count ≥9000人 above its period count ≥8000人 (rn14) (D201, error);
* ``≥XX场`` left from the template (rn18) (X101, error, T116 accepted).

Legitimate look-alikes in the correct returns: flat lists without any tier (rn01, rn03, rn05)
with 合计 rows under the weights (adding to 100), an instruction row under the header (rn03) and
footnotes, signature lines and a date line in the year before the budget year (fill dates in
late 2025 everywhere); shares rounded to two decimals that match their amounts and add to 100%
(rn01, rn05, rn07); task blocks adding to 项目支出 (rn01, rn03, rn05, rn09, rn11) or, with the
机关运行 line, to 资金总额 (rn07); 其他资金 of 0 (rn03, rn11, rn17); money in 元 through the
number format (rn05, rn17) and 万元 through the number format elsewhere; a percent typed in
Excel (pct 0.95, 0.98, 0.92, 0.9 and 1: rn01, rn03, rn05, rn09, rn11, rn17) even beside a %
unit column; unit standards × counts exactly equal to their task or line (rn05, rn07, rn09,
rn13, rn17); ≤ on 反向 rates (返困率, 再犯率), a 下降率 with ≥, =100% at the ceiling, =0起,
≥2百分点; 实施周期 and 年度 columns equal for a department whose 实施周期 is 2026 (rn09, said
in a note), three-year department and project columns with smaller annual counts and equal
rates and unit costs (rn03, rn15); tier-1 points in the labels matching the indicator 分值 with
the header repeated after a page break (rn11); numbered tier labels (rn07); a 指标值设定依据
column (rn10, not a mistake there); project dates from June to September (rn17).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout264 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout264 import flat, projects, tiered
from tests.variants.holdout264.registry import HOLDOUT264
from tests.variants.kit import Variant

MODULES = (flat, tiered, projects)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT264, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 264th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
