"""255th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
science, technology and digital government (科技创新券, 高新技术企业培育, 政务云运维, 数据共享
交换, 一网通办): percentages typed in Excel, tier labels with points, numbering and marks, scores
at two levels and weights, changes in 百分点 (variant items 1, 5, 10). 9 of the 18 returns are
correct (re01, re03, re05, re07, re09, re11, re14, re16, re17); the other 9 carry 2–3 planted
mistakes a careful reviewer marks (21 in all):

* a 合格率 typed 105 % in Excel (re02, T106, error; D104 accepted: the goal says 95 %);
* a count of firms typed as an Excel percentage, 60 % for 60家 (re02, T120, warning; D104
  accepted);
* ≥ on a 失败率 in an operator column (re04, T108, warning);
* = on a 及时率 in an operator column, the value an Excel 95 % (re04, T107, warning; T108
  accepted);
* a 完成时间 typed 100 % (re04, T113, warning; T116 accepted);
* a completion date in 2027 in a one-year 2026 project, stored as a date (re06, Y102, error;
  Y101 accepted);
* 150 instruments × ≤3万元 = 450万元 above the 320万元 budget (re06, B107, warning);
* a tier-1 ``产出指标（50分）`` whose indicator scores add to 45 (re08, W103, error; W101
  accepted, and a W101 on the whole return is tolerated, not asked for);
* a 及时率 under 数量指标 (re08, F201, warning);
* ``政务数据共享率提高百分点 │ ≥5%``: the name says 百分点, the value is a percentage (re08,
  T119, warning; D104 accepted: the goal says 5个百分点);
* weights in a 权重（%） column adding to 95 (re10, W101, error, on the whole return);
* a 兑付率 given as ≥200家 (re10, T105, error);
* a 计划完成日期 of 2026-12-31 in a one-year 2025 project (re10, Y102, error; Y101 accepted);
* an annual count above the period count in a two-year project, ≥45个 against ≥40个 (re12,
  D201, error);
* a cumulative count equal in both columns of a two-year project (re12, D202, warning);
* ``（四）社会效益指标`` under ``一、产出指标`` (re13, F105, error);
* a cost cap ≤0万元/家 (re13, T115, error);
* a 资金测算明细 whose lines add to 240 under a 合计 of 250 (re15, B102, error; B101 accepted);
* the evaluation tier-1 过程 in the second of two stacked projects (re15, F108, error; F103
  accepted; any finding up to an error on its tier-2 资金管理 is tolerated);
* a conflicting duplicate: 政务云平台可用率 ≥99.9% under 质量指标 and ≥99.5% under 可持续影响指标
  (re18, D102, error; D103 accepted);
* an ``XX台`` placeholder left in the 年度绩效目标 (re18, X101, error).

Legitimate look-alikes sit in the correct returns: Excel percentages in an operator column
(= 100 % on an 准确率, ≥ 95 %, a 增长率 ≥ 10 %, ≥ 90 % on a 满意度) and a 带动研发投入 ≥3000万元
larger than the budget (re01); money in 元 carried by the number format, 99.95 % as ``0.00%``,
网络安全事件 =0次 and a 下降率 with ≥ (re03); a 覆盖率 typed 100 % beside ``≥90%``, 提高
≥15/≥5百分点, a 2024 baseline year in the 中期目标, equal rates and time limits in 中期 and 年度,
an average 跑动次数 tighter in the period than in the year (re05); tier-1 labels with points
(50/10/30/10) and indicator scores adding to them, with a 合计 of 100, so the two levels add to
200 together (re07); weights typed as Excel percentages adding to 100 %, numbered tier-2
labels, 提高≥10个百分点 (re09); a 增长率 ≥200 % / ≥120 % (a growth rate is not capped),
≥30/≥10个百分点, a looser annual time limit, equal unit costs in both columns (re11); tier-1
labels with * and points but no score column, abbreviated tier-2 labels (数量, 经济成本, 服务对象
满意度), 重大网络安全事件 =0起 (re14); a flat department list without tiers, 序号 1–7, a 计量单位
column with 百分点 and an Excel 100 %, tasks adding to 项目支出 (re16); Shanghai's tiers with
预算执行率 under 投入与管理 and 满意度 under 效果目标, money in 元, an Excel 100 % on a 合规率
(re17). Every unit cost × count stays within its money, except where marked (re06).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout255 import percents, points, tiers
from tests.variants.holdout255.registry import HOLDOUT255
from tests.variants.kit import Variant

MODULES = (percents, points, tiers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT255, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 255th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
