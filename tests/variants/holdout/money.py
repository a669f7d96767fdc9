"""Held-out returns: transfer-payment 区域绩效目标表 and department budgets with shares
(items 5, 12)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

ONE = ["一级指标", "二级指标", "三级指标", "指标值"]


def _regional_head(s: Sheet, *, title: str, name: str, central: str, local: str,
                   money: Sequence[Any], goals: str) -> None:  # fmt: skip
    """A transfer-payment head: money row (年度金额, 中央补助, 地方资金) under its labels."""
    s.title(title, 5)
    s.row("转移支付（项目）名称", name, None, None, None, merge=[(2, 5)])
    s.row("中央主管部门", central, None, "地方主管部门", local, merge=[(2, 3)])
    s.row("资金情况（万元）", "年度金额", "其中：中央补助", "地方资金", None)
    s.row(None, *money)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goals, None, None, None, merge=[(2, 5)])


@variant("x06-regional-transfer", (5, 12), "transfer-payment 区域绩效目标表: 年度金额 = 中央补助 "
         "+ 地方资金, numbered goals, OLD-NAT tiers")  # fmt: skip
def x06() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", widths=(18, 16, 30, 16, 16))
    _regional_head(
        s, title="2025年度中央对地方转移支付区域绩效目标表", name="农村公路养护补助资金",
        central="交通运输部", local="澜西市交通运输局", money=(5400, 3800, 1600),
        goals="目标1：完成农村公路日常养护2100公里；目标2：实施危桥改造12座；"
        "目标3：农村公路列养率保持100%，路况水平稳步提高。",
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "农村公路日常养护里程", "≥2100公里"],
        [None, None, "危桥改造座数", "≥12座"],
        [None, "质量指标", "养护路段优良中等路率", "≥85%"],
        [None, "时效指标", "补助资金下达及时率", "≥95%"],
        [None, "成本指标", "每公里日常养护补助", "≤1.5万元/公里"],
        ["效益指标", "社会效益指标", "农村公路列养率", "=100%"],
        [None, "可持续影响指标", "农村公路管养长效机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x07-regional-transfer-wrong", (5, 12), "transfer-payment 区域绩效目标表: 年度金额 ≠ "
         "中央补助 + 地方资金, an indicator date in the next year")  # fmt: skip
def x07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(18, 16, 30, 16, 16))
    _regional_head(
        s, title="区域绩效目标申报表（2025年度）", name="重点区域生态保护修复补助",
        central="自然资源部", local="望川县自然资源局",
        money=(mk(2700, "B101", "error", note="2000 + 600 = 2600"), 2000, 600),
        goals="目标1：完成历史遗留废弃矿山生态修复面积1800亩；目标2：治理水土流失面积6平方公里。",
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "废弃矿山生态修复面积", "≥1800亩"],
        [None, None, "治理水土流失面积", "≥6平方公里"],
        [None, "质量指标", "修复工程验收合格率", "=100%"],
        [None, "时效指标", "修复工程完工时间",
         mk("2026年6月30日前", "Y102", "error", row=True,
            note="a 2025 annual table with a date in 2026")],
        [None, "成本指标", "亩均矿山修复成本", "≤1.2万元/亩"],
        ["效益指标", "生态效益指标", "修复区植被覆盖率", "≥70%"],
        [None, "可持续影响指标", "修复区后期管护机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


def _dept_budget(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """A vertical budget block: 项目 | 金额 | 占比 under 年度预算情况（万元）."""
    s.row("年度预算情况（万元）", "项目", "金额", "占比", None, None)
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def _dept_tasks(s: Sheet, tasks: Sequence[Sequence[Any]]) -> None:
    s.row("年度重点任务", "任务名称", "主要内容", "预算金额（万元）", "绩效目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("x08-department-shares", (12,), "department, NAT-2021: vertical budget block with "
         "基本支出/项目支出 and 财政拨款/其他资金 shares as percent cells, tasks adding to "
         "项目支出; all consistent")  # fmt: skip
def x08() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表")
    s.title("鹤岭区卫生健康局2025年度部门整体支出绩效目标表", 6)
    s.row("部门名称", "鹤岭区卫生健康局", None, "部门预算编码", "317001", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    _dept_budget(s, [
        ("资金总额", 4580, pct(1, "0.00%")),
        ("其中：基本支出", 2980, pct(0.6507, "0.00%")),
        ("项目支出", 1600, pct(0.3493, "0.00%")),
        ("其中：财政拨款", 4300, pct(0.9389, "0.00%")),
        ("其他资金", 280, pct(0.0611, "0.00%")),
    ])  # fmt: skip
    s.row("部门职能", "负责全区医疗卫生、公共卫生和妇幼健康服务管理。", merge=[(2, 6)])
    _dept_tasks(s, [
        ("基本公共卫生服务", "居民健康档案、慢病和重点人群健康管理", 900, "重点人群健康管理率≥70%"),
        ("家庭医生签约服务", "重点人群家庭医生签约和履约服务", 400, "重点人群签约9万人"),
        ("妇幼健康服务", "孕产妇系统管理和儿童健康管理", 300, "孕产妇系统管理3200人"),
        ("合计", None, 1600, None),
    ])  # fmt: skip
    s.row("年度总体目标", "提升基层公共卫生服务能力，做实家庭医生签约服务，保障妇幼健康。",
          merge=[(2, 6)])  # fmt: skip
    s.table([
        ONE,
        ["成本指标", "经济成本指标", "家庭医生签约服务人均补助", "≤40元/人"],
        ["产出指标", "数量指标", "家庭医生重点人群签约人数", "≥90000人"],
        [None, None, "孕产妇系统管理人数", "≥3200人"],
        [None, "质量指标", "居民电子健康档案规范建档率", "≥90%"],
        [None, "时效指标", "公共卫生补助资金拨付及时率", "≥95%"],
        ["效益指标", "社会效益指标", "重点人群健康管理率", "≥70%"],
        [None, "可持续影响指标", "基层卫生服务体系", "持续完善"],
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x09-department-shares-wrong", (12,), "department, NAT-2021: vertical budget block, "
         "one share not matching its amount, task amounts not adding to the 合计")  # fmt: skip
def x09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title("2025年度部门（单位）整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", "望川县水利局", None, "填报日期", "2024年11月8日", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    _dept_budget(s, [
        ("资金总额", 2850, pct(1, "0.00%")),
        ("其中：基本支出", 1710, pct(0.6, "0.00%")),
        ("项目支出", 1140, pct(0.4, "0.00%")),
        ("其中：财政拨款", 2650,
         mk(pct(0.9, "0.00%"), "B111", "error", note="2650 / 2850 = 92.98%")),
        ("其他资金", 200, pct(0.0702, "0.00%")),
    ])  # fmt: skip
    _dept_tasks(s, [
        ("农村饮水安全巩固提升", "老旧供水管网改造和水质提升", 500, "改造管网60公里"),
        ("中小河流治理", "河道清淤和护岸加固", 380, "治理河道8公里"),
        ("水旱灾害防御", "防汛物资储备和山洪灾害监测预警", 300, "监测站点完好率95%以上"),
        ("合计", None, mk(1140, "B102", "error", note="500 + 380 + 300 = 1180"), None),
    ])  # fmt: skip
    s.row("年度总体目标", "巩固提升农村供水保障水平，推进中小河流治理，做好水旱灾害防御。",
          merge=[(2, 6)])  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "改造农村供水管网长度", "≥60公里"],
        [None, None, "治理中小河流长度", "≥8公里"],
        [None, "质量指标", "山洪灾害监测站点完好率", "≥95%"],
        [None, "时效指标", "汛前防汛物资储备到位时间", "2025年5月31日前"],
        ["成本指标", "经济成本指标", "每公里供水管网改造成本", "≤8万元/公里"],
        ["效益指标", "社会效益指标", "农村自来水普及率", "≥95%"],
        [None, "生态效益指标", "治理河段水功能区水质达标率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b
