"""238th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
information systems and digital government (政务云租赁, 数据共享平台, 网络安全等级保护, 视频监控
联网, 一网通办): availability and response times (≥99.9%, ≤2秒, 7×24小时), percentages typed as
Excel stores them, operators in their own column, headers named by unusual words (绩效标准,
预期实现值, 考核指标, 指标内容), repeated header rows after a page break, contract and maintenance
amounts against the total (variant items 1, 4, 7, 11, 13, and 12 for the money). 9 of the 18
returns are correct (qn01, qn03, qn05, qn07, qn09, qn11, qn14, qn16, qn18); the other 9 carry
2–3 planted mistakes a careful reviewer marks (20 in all):

* a response time or cost with ≥: 页面平均响应时间 ≥2秒 (qn02), 接口调用平均响应时间 ≥500毫秒 in
  the 年度 column only (qn06, D203 accepted), 视频图像调阅平均时延 ≥3 beside a declared 反向 in a
  flat list (qn12), 单事项接入改造成本 ≥0.4万元/项 in the 年度 column only (qn15, D203
  accepted); and ≤ on a 正向 rate: 录像数据备份恢复成功率 小于等于 99% in a word-operator
  column (qn04) (T108, warning);
* 等于 on a floor rate: 前端点位在线率 等于 95% in a word-operator column (qn04) (T107, warning,
  T108 accepted);
* 99.9 typed into a percent cell, shown 9990.0%, on a 可用率 (qn02) (T106, error, T116
  accepted);
* a value in 天 against the unit column 小时 (qn04) (T112, error);
* an annual cumulative count above its period value: 接入部门数 ≥40个 / ≥60个 (qn06) (D201,
  error);
* a 办结率 given as 3.6万件 (qn08) (T105, error);
* a target ≥98% without an indicator name, after the header row repeated on a new page (qn08)
  (F110, error, at the empty name cell);
* a placeholder ≥XX% (qn10) (X101, error);
* a deadline 2027年11月30日前 in a one-year 2026 project (qn10) (Y102, error, Y103 accepted);
* weights adding to 95 in a flat list (qn12) (W101, error, file mark);
* money lines under their 合计: lease lines adding to 324 under 342 (qn13), key tasks adding to
  860 under a 金额合计 of 820 = 项目支出 (qn17) (B102, error, B101 accepted);
* a cost cap per 云主机 × the count above the project money: 1.2万元 × 350台 = 420 > 342 (qn13)
  (B107, warning);
* a 年度资金总额 620 above the 中期资金总额 560 (qn15) (B103, error);
* a 基本支出 share 43.4% where 430 ÷ 1250 = 34.4% (qn17) (B111, error);
* a tier-2 生态效益指标 row left empty (qn17) (F109, warning).

Legitimate look-alikes in the correct returns: percentages typed as Excel stores them (pct(1) on
a 覆盖率 with no operator in qn01 and on a 通过率 in qn18; =, ≥ and ≤ with pct(1), pct(0.98),
pct(0.05) and pct(0.9) in operator columns in qn03 and qn16; ≥ with 99.9% in a 0.0% format in
qn09 where the header 指标性质 holds the operator); availability ≥99.9% / ≥99.95% and response
and repair times with ≤ (秒, 分钟, 小时, 个工作日); 7×24小时 as a service window (qn01, a tolerated
info); a 误报率, an 超期率, a 业务中断次数 and 反向 times with ≤; a 下降率 and a 压缩率 with ≥;
0起 with = (qn03, qn09, qn16); a date value in an operator column (qn03); headers 考核指标 │
绩效标准 with the header row repeated after a page break (qn07), 指标内容 │ 指标性质 │ 预期实现值
(qn09), flat lists 序号 │ 指标名称 │ 权重 │ 计量单位 │ 指标性质 │ 指标值 over two pages with weights
adding to 100 and =100 on a 通过率 (qn11); footnotes, instruction notes and signature lines; 中期/
年度 columns with counts smaller in the year and rates, times and unit costs equal in both (qn05,
qn14), a three-year contract whose annual 测算 block adds to the 年度 total, not the 中期 one
(qn14); two projects stacked in one sheet with their own money (qn16); department budgets whose
占比 are rounded to 0.1% (qn18) and whose tasks add up to 项目支出; tier labels with points
(产出指标（45分）) and a 分值 column adding to them and to 100 (qn18). Every unit cost × count
stays within its money (320台 × 0.75 + 500TB × 0.08 = 280 ≤ 286.5 in qn01, 28 × 2.8 ≤ 96 in
qn03, 3000路 × 0.42 ≤ 1480 and 1800路 × 0.42 ≤ 860 in qn05, 136台 × 0.45 ≤ 68.4 in qn07,
36条 × 2.4 = 86.4 in qn09, 150台 × 0.8 ≤ 126 and 18 × 2.5 ≤ 54 in qn16, 400台 × 1.4 ≤ 610 in
qn18).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout238 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout238 import contracts, pages, uptime
from tests.variants.holdout238.registry import HOLDOUT238
from tests.variants.kit import Variant

MODULES = (uptime, pages, contracts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT238, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 238th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
