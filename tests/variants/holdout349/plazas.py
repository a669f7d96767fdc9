"""Station plazas: guidance volunteers, illegal touting cleared, lost-and-found (uu01–uu06)."""

from __future__ import annotations

from tests.variants.holdout349.common import (
    HEAD,
    HEAD_OP,
    HUB,
    department,
    funds,
    grid,
    project,
    sign,
    stacked,
    w,
)
from tests.variants.holdout349.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct


@variant(
    "uu01-volunteer-guidance",
    (1, 11),
    "project, NAT-2021, operator column, typed percent cells, a 下降率 with ≥ (correct)",
)
def uu01() -> Book:
    b, s = project(
        name="澄屿北站旅客引导志愿服务项目",
        unit=HUB,
        money_rows=funds(86, 70, 16),
        goals=["组织引导志愿者在站前广场和进站口提供问询、引导和重点旅客帮扶服务。"],
    )
    grid(
        s,
        HEAD_OP,
        [
            ("产出指标", "数量指标", "引导志愿者上岗人次", "≥", 3600, "人次"),
            (None, None, "节假日高峰引导服务天数", "≥", 42, "天"),
            (None, "质量指标", "志愿者岗前培训合格率", "≥", pct(0.95), "%"),
            (None, "时效指标", "旅客问询平均响应时间", "≤", 3, "分钟"),
            ("成本指标", "经济成本指标", "志愿者餐饮补助标准", "≤", 30, "元/人次"),
            ("效益指标", "社会效益指标", "站区违规揽客发生下降率", "≥", pct(0.2), "%"),
            (None, None, "走失求助旅客找回率", "≥", pct(0.98), "%"),
            (None, "可持续影响指标", "志愿服务常态化机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "邬澜清", "0597-6218 4403")
    return b


@variant(
    "uu02-guidance-defects",
    (1, 11),
    "project, NAT-2021, operator column: ≥ on a 投诉率, a typed 105% on a 归还率",
)
def uu02() -> Book:
    b, s = project(
        name="禾岭西站站区旅客服务提升项目",
        unit="禾岭西站站区服务中心",
        money_rows=funds(64, 64, 0),
        goals=["提升站区问询、失物招领和重点旅客服务水平，减少旅客投诉。"],
    )
    grid(
        s,
        HEAD_OP,
        [
            ("产出指标", "数量指标", "失物招领登记处理件数", "≥", 2400, "件"),
            (
                None,
                "质量指标",
                "失物招领物品归还率",
                "≥",
                mk(pct(1.05), "T106", "error", note="归还率以 100% 为上限，105% 不可能"),
                "%",
            ),
            (None, "时效指标", "遗失物品信息发布时限", "≤", 2, "小时"),
            ("成本指标", "经济成本指标", "失物保管柜运维成本", "≤", 6.4, "万元"),
            (
                "效益指标",
                "社会效益指标",
                "旅客有效投诉率",
                "≥",
                mk(pct(0.02), "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤"),
                "%",
            ),
            ("满意度指标", "服务对象满意度指标", "失主满意度", "≥", pct(0.92), "%"),
        ],
    )
    sign(s, "骆青禾", "0597-6240 1187")
    return b


@variant(
    "uu03-plaza-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), 0起 (correct)",
)
def uu03() -> Book:
    b, s = department(
        dept="澄屿市漾川城际站站区管理所",
        budget=[(w(640), w(600), w(40), w(260), w(380))],
        goal="维护漾川城际站站前广场秩序，整治非法揽客，保持广场整洁畅通。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("站前广场日常巡查频次", 20, "次/日", "≥", 6),
            ("站区秩序整治专项行动", 20, "次", "≥", 12),
            ("广场保洁达标率", 15, "%", "≥", pct(0.95)),
            ("旅客投诉办结率", 15, "%", "≥", pct(0.98)),
            ("站区重大治安及踩踏事件", 15, "起", "≤", 0),
            ("旅客满意度", 15, "%", "≥", 90),
        ]
    )
    s.row("合计", 100)
    return b


@variant(
    "uu04-touting-money",
    (1, 12),
    "project, OLD-NAT, 万元 block with one amount in 元, a rate given as a count",
)
def uu04() -> Book:
    yuan = mk(money(200000, YUAN), "B105", "error", note="万元表中一格写成 200,000.00元")
    b, s = project(
        name="漾川城际站非法揽客综合整治项目",
        unit="漾川城际站站区管理所",
        money_rows=[("资金总额", w(50), "其中：财政拨款", w(30)), ("其他资金", yuan, None, None)],
        goals=["联合公安、交通执法清理站区非法揽客和黑车，规范出站通道秩序。"],
    )
    b.file_mark("B101", "error", required=False, note="元格读作 200000 万元时合计不符")
    grid(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "联合整治行动次数", "≥24次", "次", None),
            (None, None, "查处非法揽客人员", "≥150人次", "人次", None),
            (
                None,
                "质量指标",
                "非法揽客点位清理覆盖率",
                mk("35处", "T105", "error", note="覆盖率给的是点位数"),
                None,
                None,
            ),
            (None, "时效指标", "举报线索核查时限", "≤24小时", "小时", None),
            (None, "成本指标", "单次联合整治成本", "≤1.2万元", "万元", "24 次计 28.8 万元"),
            ("效益指标", "社会效益指标", "站区非法揽客警情下降率", "≥30%", "%", "较上年"),
            ("满意度指标", "服务对象满意度指标", "出站旅客满意度", "≥90%", "%", None),
        ],
    )
    return b


@variant(
    "uu05-lostfound-stacked",
    (2,),
    "two projects stacked, OLD-NAT, the same indicator with different values (correct)",
)
def uu05() -> Book:
    b, s = project(
        name="澄屿北站失物招领中心运维项目",
        unit=HUB,
        money_rows=funds(40, 40, 0),
        goals=["保障失物招领中心全年开放，遗失物品登记、保管和认领规范有序。"],
    )
    grid(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "遗失物品登记件数", "≥5000件", "件", None),
            (None, "质量指标", "遗失物品登记完整率", "=100%", "%", None),
            (None, "成本指标", "中心运维费用", "≤40万元", "万元", None),
            ("效益指标", "社会效益指标", "遗失物品归还率", "≥85%", "%", None),
            ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%", "%", None),
        ],
    )
    stacked(
        s,
        name="遗失物品跨站寄递服务项目",
        unit=HUB,
        money_rows=funds(12, 8, 4),
        goal="为离站旅客提供遗失物品跨站寄递，缩短认领周期。",
    )
    grid(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "跨站寄递件数", "≥800件", "件", None),
            (None, "时效指标", "寄递发出时限", "≤3个工作日", "工作日", None),
            (None, "成本指标", "单件寄递成本", "≤150元/件", "元/件", "800 件计 12 万元"),
            ("效益指标", "社会效益指标", "寄递物品完好率", "≥99%", "%", None),
            ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥92%", "%", None),
        ],
    )
    return b


@variant(
    "uu06-stacked-defects",
    (2,),
    "two projects stacked, OLD-NAT: the second project's total wrong, a deadline as percent",
)
def uu06() -> Book:
    b, s = project(
        name="禾岭西站广场秩序维护项目",
        unit="禾岭西站站区服务中心",
        money_rows=funds(58, 50, 8),
        goals=["维护禾岭西站站前广场通行秩序，保障出站通道畅通。"],
    )
    grid(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "秩序维护岗位数", "≥16个", "个", None),
            (None, "质量指标", "出站通道畅通率", "≥98%", "%", None),
            ("效益指标", "社会效益指标", "广场拥堵投诉下降率", "≥15%", "%", None),
            ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%", "%", None),
        ],
    )
    bad = mk(w(30), "B101", "error", note="22 + 6 = 28 ≠ 30")
    stacked(
        s,
        name="禾岭西站失物临时保管项目",
        unit="禾岭西站站区服务中心",
        money_rows=[("资金总额", bad, "其中：财政拨款", w(22)), ("其他资金", w(6), None, None)],
        goal="在禾岭西站设置失物临时保管点，及时移交失物招领中心。",
    )
    grid(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "临时保管点数量", "≥2个", "个", None),
            (
                None,
                "时效指标",
                "失物移交完成时限",
                mk("100%", "T113", "warning", note="时限给成了百分比"),
                None,
                None,
            ),
            ("效益指标", "社会效益指标", "遗失物品归还率", "≥80%", "%", None),
            ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%", "%", None),
        ],
    )
    sign(s, "钟粟宁", "0597-6240 3352")
    return b
