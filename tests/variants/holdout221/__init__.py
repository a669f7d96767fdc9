"""221st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
public safety, emergency management, ecology and water (应急管理, 消防, 生态环境, 水利, 市场监管):
reverse indicators (事故率, 超标率, 投诉率, 发生率, 成本) with operators that do and do not fit
their direction, 指标方向/指标性质 columns, time limits, 定性 grades and 百分点 changes,
thresholds written well and badly, and headers in the words offices use (绩效标准, 预期实现值,
考核指标, 目标值（年度）, 评价标准) (variant items 7, 10, 11). 9 of the 18 returns are correct
(pw01, pw03, pw05, pw07, pw09, pw11, pw13, pw15, pw17); the other 9 carry 2–3 planted mistakes a
careful reviewer marks (21 required marks in all, one more accepted but not asked for):

* ≥ on a 反向 indicator: a 隐患复发率 declared 反向 in a 指标性质 column (pw02), a 森林火灾受害率
  ≥0.5‰ in the 年度 column beside ≤0.5‰ in the 实施期 column (pw04, D203 accepted), a 危化品
  运输车辆违规率 (pw06), an 入河排污口超标排放率 in an operator column (pw08), a 返黑返臭率
  (pw10), a 取水许可审批办结时限 ≥20个工作日 (pw12) (T108, warning, row);
* = on a cost cap: ``= │ 0.9 │ 万元/公里`` in an operator column (pw08) (T108, warning, row);
* ≤ on a 正向 indicator: a 12315热线接通率 declared 正向 (pw14) (T108, warning, row);
* a 反向 rate without an operator: 经营者被投诉率 ``(blank) │ 0.5 │ %`` (pw14) (T117, warning,
  row);
* a time limit given as a percentage: 城区接警至出动时间 100% typed as a percent cell (pw02)
  (T113, warning, T117 accepted);
* a rate given as something else: 企业安全风险分级管控覆盖率 60家 (pw06), 预警信息发布及时率
  30分钟内 (pw18) (T105, error);
* a 合格率 above the ceiling: 扑火队员岗位培训合格率 ≥105% in the 年度 column (pw04) (T106,
  error, D201 accepted);
* a 定量 row holding a grade: 治理后水体水质 ``定量 │ 明显改善`` (pw10) (T109, error, T102
  accepted);
* points: the indicators under 产出指标（50分） add up to 45 (pw06) (W103, error at the tier
  label, W101 accepted; W101 for the whole return accepted but not asked for); a 权重 column
  adding up to 95 (pw14) (W101, error, file);
* a number in the name the value contradicts: 隐患点专业监测（120处） ≥100处 (pw18) (T110,
  warning, row);
* in the second of two stacked projects: a one-year 2026 project finishing 2027年6月30日前
  (pw12) (Y102, error, Y103 accepted) and 单位面积治理成本 ≤2000元/亩 × 1500亩 = 300万 above
  its 240万 (pw12) (B107, warning, row);
* money and text in a department table: 基本支出 986.4 + 项目支出 560.4 ≠ 资金总额 1536.8 (pw16)
  (B101, error, row of the budget), a task promising 不少于3000批次 against the indicator
  ≥2500批次 (pw16) (D104, warning, row).

Legitimate look-alikes in the correct returns: 反向 indicators with ≤ or =0 (事故起数 =0起,
死亡人数 ≤12人, 损耗率, 漏损率, 差错率, 万台死亡人数 ≤0.2人/万台, PM2.5 ≤33, 重污染天数 ≤3天,
response and 办结 time limits with ≤, ``X小时内``, ``20个工作日以内``), words that look 反向 in
正向 indicators (重大事故隐患整改率 ≥95%, 超标排放企业整改完成率 100%, 投诉办结率 =100, 投诉量
下降率 ≥10%, 预警提前发布时间 ≥24小时), operators in words
with bare numbers and a unit column (pw03: 大于等于 / 小于等于 / 等于, 定性 without an operator;
pw17: 不少于, 不高于, 不低于, 以内, 等于0, 个百分点以上), percent cells (pw03 pct(1) and pct(0.9),
pw07 and pw15 pct(1)), 百分点 changes (≥5百分点, ≥2百分点 / ≥1百分点, ≥3百分点, 5个百分点以上),
评价标准 texts speaking of 百分点 and 扣分 (pw13), tier points in the labels with indicator
points under them adding to each tier and to 100 (pw05), a flat list with a 合计 row and
weights adding to 100 (pw11), rates and caps equal in the 中期 and 年度 columns while counts
fall below the period (pw09), a budget detail block with 测算依据 whose unit price × 批次 equals
its line (pw15), money in 元 (pw13) and in 万元 by number format, fill dates in the year before
the budget year, and the indicator table on a second sheet (pw17). Every unit cost × count stays
within its money in the correct returns; every task list adds up to its 金额合计. The mistake
returns hold look-alikes too (=0起, a ≤0.5‰ 受害率 in pw04's period column, 48小时, 投诉办结率
≥98%, 万元 benefits above the budget in pw14), each left unmarked.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout221 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout221 import market, safety, water
from tests.variants.holdout221.registry import HOLDOUT221
from tests.variants.kit import Variant

MODULES = (safety, water, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT221, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 221st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
