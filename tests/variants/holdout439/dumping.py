"""Returns of illegal-dumping control (建筑垃圾偷倒乱倒治理): direction against operator, template
rows, notes under the table, stacked projects."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout439.common import (
    DEPT,
    SQUAD,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout439.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
W4 = (16, 20, 34, 20)


@variant(
    "yg07-dumping-direction-inline",
    (11,),
    "project, NAT-2021, operators inside the values: a 复发率 with ≥, a cost with =, a 正向 "
    "patrol count with ≤",
)
def yg07() -> Book:
    b, s = start(widths=W4)
    project_head(
        s,
        year=YEAR,
        name="建筑垃圾偷倒乱倒专项整治",
        dept=DEPT,
        unit=SQUAD,
        money=one_year(210, 210, 0),
        goals=["开展夜间联合巡查，清理偷倒点位，偷倒行为明显减少。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "夜间联合巡查次数",
         mk("≤120次", "T108", "warning", row=True, note="正向 count capped with ≤")),
        (None, None, "清理偷倒点位", "≥40处"),
        (None, "质量指标", "偷倒点位清理验收合格率", "≥95%"),
        (None, "时效指标", "偷倒举报响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "偷倒垃圾单车次清运成本",
         mk("=350元/车次", "T108", "warning", row=True, note="a cost cap with =")),
        ("效益指标", "社会效益指标", "已清理点位偷倒复发率",
         mk("≥5%", "T108", "warning", row=True, note="反向 rate with ≥")),
        (None, "生态效益指标", "河道沿线建筑垃圾堆积点", "≤3处"),
        ("满意度指标", "服务对象满意度指标", "沿线村（居）民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "杭启明", "0771-6625163")
    return b


@variant(
    "yg08-dumping-direction-column",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a "
    "unit column; a 下降率 with ≥ and 0起 on incidents (correct)",
)
def yg08() -> Book:
    b, s = start(widths=(14, 14, 30, 10, 10, 12, 12))
    project_head(
        s,
        year=YEAR,
        name="建筑垃圾偷倒举报奖励",
        dept=DEPT,
        unit=SQUAD,
        money=one_year(30, 30, 0),
        goals=["鼓励群众举报偷倒行为，查实案件按标准兑现奖励，偷倒案件数量下降。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "查实举报案件", "正向", "≥", 300, "件"),
        (None, "质量指标", "奖励兑现准确率", "正向", "=", pct(1), "%"),
        (None, "时效指标", "查实后奖励兑现时间", "反向", "≤", 15, "工作日"),
        (None, "成本指标", "单件举报奖励标准", "反向", "≤", 1000, "元/件"),
        ("效益指标", "社会效益指标", "偷倒案件数量下降率", "正向", "≥", pct(0.2), "%"),
        (None, None, "因偷倒引发的重大安全事故", "反向", "≤", 0, "起"),
        (None, "可持续影响指标", "群众举报渠道畅通率", "正向", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "举报人满意度", "正向", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "杭启明", "0771-6625163")
    return b


@variant(
    "yg09-dumping-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
    "a value without a name",
)
def yg09() -> Book:
    b, s = start(widths=W4)
    project_head(
        s,
        year=YEAR,
        name="工地出入口视频监控联网",
        dept=DEPT,
        unit=SQUAD,
        money=one_year(120, 120, 0),
        goals=["在建工地出入口视频监控全部接入执法平台，渣土车辆进出可追溯。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "接入执法平台的工地出入口", "≥80个"),
        (None, "质量指标", "视频在线率", "≥95%"),
        (None, "时效指标", mk(None, "F110", "error",
                                note="a value with no indicator name"), "≤6月30日"),
        ("成本指标", "经济成本指标", "单个出入口接入费用", "≤1.5万元"),
        ("效益指标", "社会效益指标", "渣土车辆进出记录可追溯率", "≥98%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="tier-2 left from the template, no indicator, no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "施工单位满意度", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "杭启明", "0771-6625163")
    return b


@variant(
    "yg10-dumping-notes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, a repeated "
    "header after a page break, footnotes, 填表说明, signature and prior-year date (correct)",
)
def yg10() -> Book:
    b, s = start(widths=W4)
    project_head(
        s,
        year=YEAR,
        name="消纳场周边偷倒黑点整治",
        dept=DEPT,
        unit=SQUAD,
        money=one_year(150, 150, 0),
        goals=["整治消纳场周边偷倒黑点25处，设置围挡和监控，防止反弹。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "整治偷倒黑点", "≥25处"),
        (None, None, "新设硬质围挡长度", "≥3公里"),
        (None, "质量指标", "黑点整治验收合格率", "≥95%"),
        (None, "时效指标", "整治完成时间", "10月31日前"),
        (None, "成本指标", "单个黑点整治费用", "≤6万元"),
    ], merged=(1, 2))  # fmt: skip
    s.row(
        ok(
            "（以下为效益指标；黑点清单以2024年12月排查台账为准）",
            "warning",
            note="a prior-year baseline named in a note: not a year conflict",
        ),
        merge=[(1, 4)],
    )
    s.table(
        [
            ("效益指标", "社会效益指标", "整治黑点反弹率", "≤10%"),
            (None, "生态效益指标", "黑点周边扬尘污染投诉", "下降"),
        ],
        merged=(1, 2),
    )
    s.skip()
    indicators(s, HEAD, [("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%")])
    notes(
        s,
        "注：1. 反弹率 = 整治后再次发现偷倒的点位数 ÷ 整治点位数。",
        "2. 单个黑点整治费用含围挡、监控杆及清运，25处合计不超过150万元。",
        "填表说明：指标值应可量化、可考核，定性指标须写明评价等级。",
        width=4,
    )
    sign(s, "杭启明", "0771-6625163", day(YEAR - 1, 12, 9))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


def _stack_head(s: Sheet, name: str, money: list[list[Any]], goal: str, first: bool) -> None:
    if not first:
        s.skip()
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=DEPT,
        unit=SQUAD,
        money=money,
        goals=[goal],
        title=None if first else "",
    )


@variant(
    "yg11-dumping-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column; the same satisfaction "
    "indicator with different values in each project (correct)",
)
def yg11() -> Book:
    b, s = start(widths=W4)
    _stack_head(
        s,
        "渣土运输车辆卫星定位监管",
        one_year(88, 88, 0),
        "全区备案渣土车辆全部安装定位终端并接入监管平台，实时监控运输轨迹。",
        True,
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "接入监管平台的渣土车辆", "≥440辆"),
        (None, "质量指标", "定位终端在线率", "≥95%"),
        (None, "时效指标", "异常轨迹核查时间", "≤24小时"),
        (None, "成本指标", "单车年度监管服务费", "≤2000元"),
        ("效益指标", "社会效益指标", "未按规定线路运输发现率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    _stack_head(
        s,
        "偷倒乱倒案件查处",
        one_year(56, 50, 6),
        "依法查处偷倒乱倒案件，做到发现一起、查处一起。",
        False,
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "查处偷倒乱倒案件", "≥70件"),
        (None, "质量指标", "案件查处结案率", "≥95%"),
        (None, "时效指标", "案件平均办结时间", "≤30天"),
        (None, "成本指标", "单件案件调查取证费用", "≤8000元"),
        ("效益指标", "社会效益指标", "偷倒乱倒案件同比下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "杭启明", "0771-6625163")
    return b


@variant(
    "yg12-dumping-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's total is not "
    "its 财政拨款 + 其他资金, and one of its rates is given as a count",
)
def yg12() -> Book:
    b, s = start(widths=W4)
    _stack_head(
        s,
        "建筑垃圾临时堆放点规范化管理",
        one_year(72, 72, 0),
        "规范设置建筑垃圾临时堆放点12处，做到围挡、覆盖、登记三到位。",
        True,
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "规范化临时堆放点", "≥12处"),
        (None, "质量指标", "堆放点覆盖到位率", "≥95%"),
        (None, "时效指标", "堆放点建成时间", "6月30日前"),
        (None, "成本指标", "单个堆放点建设费用", "≤6万元"),
        ("效益指标", "生态效益指标", "堆放点扬尘超标次数", "≤2次"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    total = mk(w(140), "B101", "error", note="130 + 15 = 145, not 140")
    _stack_head(
        s,
        "无人机偷倒巡查服务",
        one_year(total, 130, 15),
        "购买无人机巡查服务，对重点区域开展常态化航拍巡查。",
        False,
    )
    count = mk("≥360架次", "T105", "error", note="a 覆盖率 given as a count of flights")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "无人机巡查架次", "≥360架次"),
        (None, "质量指标", "重点区域航拍覆盖率", count),
        (None, "时效指标", "疑似偷倒线索推送时间", "≤12小时"),
        (None, "成本指标", "单架次巡查服务费", "≤3800元"),
        ("效益指标", "社会效益指标", "航拍发现偷倒线索查实率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "执法中队满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "杭启明", "0771-6625163")
    return b
