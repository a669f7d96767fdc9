"""Money, points and exports across both halves of the theme (uu13–uu18)."""

from __future__ import annotations

from tests.variants.holdout349.common import (
    HEAD,
    YEAR,
    department,
    funds,
    grid,
    project,
    sign,
    w,
)
from tests.variants.holdout349.registry import variant
from tests.variants.kit import Book, mk, pct

NAT = [
    ("产出指标", "数量指标", "站区秩序巡查人次", "≥7300人次", "人次", None),
    (None, "质量指标", "旅客引导问询解答准确率", "≥98%", "%", None),
    ("成本指标", "经济成本指标", "巡查单人次成本", "≤180元/人次", "元/人次", None),
    ("效益指标", "社会效益指标", "站区非法营运警情下降率", "≥20%", "%", None),
    ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%", "%", None),
]


@variant(
    "uu13-department-money",
    (12,),
    "department, NAT-2021: budget with shares, tasks adding to 项目支出 (correct)",
)
def uu13() -> Book:
    b, s = department(
        dept="澄屿市高铁站区管理委员会办公室",
        budget=[
            (w(820), w(760), w(60), w(310), w(510)),
            (
                pct(1),
                pct(0.9268, "0.00%"),
                pct(0.0732, "0.00%"),
                pct(0.378, "0.00%"),
                pct(0.622, "0.00%"),
            ),
        ],
        tasks=[
            ("站区秩序维护", "巡查、整治非法揽客", w(210), "站区秩序良好"),
            ("旅客引导服务", "志愿者招募、培训和上岗", w(120), "高峰引导全覆盖"),
            ("接驳调度", "出租车、公交接驳调度", w(180), "换乘顺畅"),
            ("金额合计", None, w(510), None),
        ],
        goal="统筹澄屿北站、漾川城际站站区秩序、旅客服务和交通接驳。",
    )
    grid(s, HEAD, NAT)
    return b


@variant(
    "uu14-department-money-wrong",
    (12,),
    "department, NAT-2021: total ≠ 基本 + 项目, a share off, tasks not adding up",
)
def uu14() -> Book:
    b, s = department(
        dept="漾川区城际站站区事务中心",
        budget=[
            (
                mk(w(460), "B101", "error", note="180 + 300 = 480 ≠ 460"),
                w(430),
                w(30),
                w(180),
                w(280 + 20),
            ),
            (
                pct(1),
                pct(0.9348, "0.00%"),
                mk(pct(0.12, "0.00%"), "B111", "error", note="30 ÷ 460 = 6.52%"),
                pct(0.3913, "0.00%"),
                pct(0.6522, "0.00%"),
            ),
        ],
        tasks=[
            ("站前广场管理", "保洁、巡查、设施维护", w(140), "广场整洁有序"),
            ("失物招领", "登记、保管、寄递", w(60), "失物及时归还"),
            ("接驳秩序", "出租车、网约车上客秩序", w(90), "候车有序"),
            ("金额合计", None, mk(w(300), "B102", "error", note="140 + 60 + 90 = 290 ≠ 300"), None),
        ],
        goal="保障漾川城际站站区整洁有序，失物及时归还，接驳顺畅。",
    )
    grid(s, HEAD, NAT)
    return b


PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "uu15-points-two-levels",
    (5, 10),
    "project, NAT-2021, labels with points, indicator points, a rise in 百分点 (correct)",
)
def uu15() -> Book:
    b, s = project(
        name="澄屿北站公交接驳准点提升项目",
        unit="澄屿市公共交通站场服务中心",
        money_rows=funds(150, 150, 0),
        goals=["提高接驳公交准点率，缩短旅客出站换乘时间。"],
    )
    grid(
        s,
        PTS,
        [
            ("一、产出指标（40分）", "（一）数量指标", "接驳公交智能调度终端安装", "≥60台", 15),
            (None, "（二）质量指标", "接驳公交准点率", "提高≥3百分点", 15),
            (None, "（三）时效指标", "调度系统上线时间", "≤6月30日", 10),
            ("二、成本指标（10分）", "经济成本指标", "调度终端单价", "≤1.5万元/台", 10),
            ("三、效益指标（30分）", "社会效益指标", "出站换乘平均耗时下降率", "≥10%", 15),
            (None, "可持续影响指标", "智能调度数据共享机制", "建立并执行", 15),
            ("四、满意度指标（20分）", "服务对象满意度指标", "换乘旅客满意度", "≥90%", 20),
        ],
    )
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "uu16-points-mismatch",
    (10,),
    "project, NAT-2021, tier-1 score column against indicator scores, = on a 满意度",
)
def uu16() -> Book:
    b, s = project(
        name="漾川城际站引导标识及志愿服务项目",
        unit="漾川城际站站区管理所",
        money_rows=funds(48, 40, 8),
        goals=["完善站区引导标识，组织志愿者引导旅客。"],
    )
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            (
                "产出指标",
                mk(50, "W103", "error", note="15 + 15 + 15 = 45"),
                "数量指标",
                "引导标识更新",
                "≥80块",
                15,
            ),
            (None, None, None, "志愿者服务时长", "≥6000小时", 15),
            (None, None, "质量指标", "标识信息准确率", "=100%", 15),
            ("成本指标", 10, "经济成本指标", "标识单价", "≤0.3万元/块", 10),
            (
                "效益指标",
                mk(30, "W103", "error", note="20 + 15 = 35"),
                "社会效益指标",
                "旅客问路求助下降率",
                "≥20%",
                20,
            ),
            (None, None, "可持续影响指标", "标识维护责任制", "健全", 15),
            (
                "满意度指标",
                10,
                "服务对象满意度指标",
                "旅客满意度",
                mk("=95%", "T107", "warning", note="满意度写成恰好等于"),
                10,
            ),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "uu17-system-export",
    (5, 7),
    "budget-system export: codes in the first columns, abbreviated labels, header on row 3 "
    "of a second sheet (correct)",
)
def uu17() -> Book:
    b = Book()
    m = b.sheet("项目支出预算05-1", (14, 14, 30, 16, 16, 16))
    m.title(f"{YEAR}年项目支出预算表（万元）", 6)
    m.row("项目编码", "单位编码", "项目名称", "合计", "财政拨款", "其他资金")
    m.row("330600250017", "318007001", "站区失物招领及寄递服务", w(52), w(48), w(4))
    s = b.sheet("项目支出绩效目标05-2", (14, 14, 12, 12, 28, 10, 12, 10))
    s.title(f"{YEAR}年项目支出绩效目标表", 8)
    s.row("单位：澄屿北站站区综合管理办公室", merge=[(1, 8)])
    s.row(
        "项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"
    )
    code = ("330600250017", "318007001")
    s.table(
        [
            (*code, "产出", "数量", "遗失物品登记件数", "≥", 5200, "件"),
            (*code, None, "时效", "遗失证件移交时限", "≤", 24, "小时"),
            (*code, "成本", "经济成本", "单件寄递成本", "≤", 150, "元/件"),
            (*code, "效益", "社会效益", "遗失物品归还率", "≥", pct(0.86), "%"),
            (*code, "满意度", "服务对象满意度", "失主满意度", "≥", 90, "%"),
        ],
        merged=(3, 4),
    )
    return b


@variant(
    "uu18-pdf-artefacts",
    (5, 9),
    "project, OLD-NAT, detail lines below: a split number, an amount pasted twice, a tier-2 "
    "under the wrong tier-1",
)
def uu18() -> Book:
    b, s = project(
        name="禾岭西站站区导向及接驳通道改造项目",
        unit="禾岭西站站区服务中心",
        money_rows=funds(128.5, 110, 18.5),
        goals=["更新站区导向标识，改造出站接驳通道，组织引导志愿服务。"],
    )
    grid(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "导向标识更新", "≥120块", "块", None),
            (None, "质量指标", "通道改造验收合格率", "=100%", "%", None),
            (None, "成本指标", "导向标识单价", "≤0.3万元/块", "万元/块", None),
            (
                "效益指标",
                mk("时效指标", "F105", "error", note="时效指标属于产出指标"),
                "接驳通道改造完工时间",
                "≤10月31日",
                None,
                None,
            ),
            (None, "社会效益指标", "出站通道拥堵时长下降率", "≥25%", "%", None),
            ("满意度指标", "服务对象满意度指标", "出站旅客满意度", "≥90%", "%", None),
        ],
    )
    s.skip()
    s.row("资金明细", None, "支出内容", "金额（万元）", merge=[(1, 2)])
    s.row(
        "1",
        None,
        "导向标识系统更新",
        mk("36万36万(含标识牌制作)", "X106", "error", alt=("B108",), note="同一金额粘贴两次"),
    )
    s.row(
        "2",
        None,
        "接驳通道改造",
        mk("52.437 5", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 52.4375"),
    )
    s.row("3", None, "引导志愿服务", 40.0625)
    s.row("合计", None, None, w(128.5))
    sign(s, "阚屿笙", "0597-6240 9065")
    return b
