"""Returns of the basin authority's hydrology bureau as a department: the whole budget, flat
lists, a footnoted table broken over two pages and a budget-system export."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout442.common import BUREAU, YEAR, notes, sign, start, table
from tests.variants.holdout442.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

UNIT = f"{BUREAU}水文局"
GOAL = "推进水文站网现代化，提高水文测报自动化水平和水情预报服务能力。"


def budget(*amounts: Any) -> list[list[Any]]:
    """One budget row (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出); marked cells pass."""
    return [[a if not isinstance(a, int | float) else money(a) for a in amounts]]


@variant(
    "yj13-department-money",
    (12, 7),
    "department, NAT-2021, header 绩效目标值: budget "
    "and key tasks adding up, =100% at the ceiling of a rate (correct)",
)
def yj13() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=YEAR,
        dept=UNIT,
        budget=budget(1260, 1180, 80, 740, 520),
        goal=GOAL,
        tasks=[
            ("水文站网自动化改造", "改造基本水文站9处", money(260), "自动测报全覆盖"),
            ("水文情报预报服务", "汛期水情预报发布", money(150), "预报及时准确"),
            ("水资源监测", "重点断面水量水质监测", money(110), "断面监测全覆盖"),
            ("金额合计", None, money(520), None),
        ],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "绩效目标值"),
        [
            ("产出指标", "数量指标", "改造基本水文站", "≥9处"),
            (None, None, "发布水情预报", "≥150期"),
            (None, "质量指标", "基本站自动测报率", "=100%"),
            (None, "时效指标", "汛期水情信息报送时限", "≤30分钟"),
            ("成本指标", "经济成本指标", "单站自动化改造成本", "≤28万元/处"),
            ("效益指标", "社会效益指标", "水文情报预报服务县区", "≥18个"),
            (None, "可持续影响指标", "水文监测数据归档率", "≥98%"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yj14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their 金额合计",
)
def yj14() -> Book:
    b, s = start("部门整体")
    total = mk(money(980), "B101", "error", row=True, note="基本 560 + 项目 400 = 960 ≠ 980")
    sum_ = mk(money(400), "B102", "error", note="180 + 130 + 100 = 410 ≠ 400")
    department_head(
        s,
        year=YEAR,
        dept=f"{BUREAU}水文水资源勘测局",
        goal=GOAL,
        budget=budget(total, 900, 80, 560, 400),
        tasks=[
            ("遥测站点升级", "升级遥测雨量站60处", money(180), "数据到报率提升"),
            ("水文巡测", "中小河流巡测", money(130), "巡测河段全覆盖"),
            ("水文资料整编", "年度资料整编刊印", money(100), "按时刊印"),
            ("金额合计", None, sum_, None),
        ],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "升级遥测雨量站", "≥60处"),
            (None, "质量指标", "遥测数据到报率", "≥95%"),
            (None, "时效指标", "年度资料整编完成时间", f"{YEAR}年4月30日前"),
            ("成本指标", "经济成本指标", "单站升级成本", "≤3万元/处"),
            ("效益指标", "社会效益指标", "巡测河段覆盖率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "资料使用单位满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yj15-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), percent cells, weights adding to 100 (correct)",
)
def yj15() -> Book:
    b, s = start()
    department_head(
        s, year=YEAR, dept=f"{BUREAU}水文监测中心", goal=GOAL, budget=budget(640, 600, 40, 430, 210)
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("水文站点自动化覆盖率", 20, "%", "≥", pct(0.9)),
            ("发布水情预报", 20, "期", "≥", 120),
            ("水文资料整编及时率", 15, "%", "≥", pct(0.95)),
            ("水质监测断面", 15, "个", "≥", 36),
            ("水文测报差错率", 10, "%", "≤", pct(0.02)),
            ("单断面年度监测费用", 10, "万元/个", "≤", 2.5),
            ("公众满意度", 10, "%", "≥", 90),
            ("合计", 100, None, None, None),
        ]
    )
    return b


@variant(
    "yj16-flat-defects",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 · "
    "指标性质 as direction · 计量单位 · 权重): a unit conflict, a rate above 100 %, "
    "weights adding to 95",
)
def yj16() -> Book:
    b, s = start()
    department_head(
        s, year=YEAR, dept=f"{BUREAU}上游水文站", goal=GOAL, budget=budget(380, 350, 30, 250, 130)
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ("水文站点自动化覆盖率", "≥90%", "正向", "%", 20),
            ("发布水情预报", "≥120", "正向", "期", 15),
            (
                "墒情监测站点",
                mk("12万元", "T112", "error", note="万元 against the unit column 个"),
                "正向",
                "个",
                15,
            ),
            (
                "水情信息发送成功率",
                mk("≥101%", "T106", "error", note="a 成功率 above 100 %"),
                "正向",
                "%",
                15,
            ),
            ("水文测报差错率", "≤2%", "反向", "%", 10),
            ("单站年度运维费用", "≤2万元/处", "反向", "万元/处", 10),
            ("社会公众满意度", "≥90%", "正向", "%", 10),
        ]
    )
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant(
    "yj17-footnotes-page-break",
    (4,),
    "department, NAT-2021, weight column: a 注 row "
    "inside the table, the header repeated after a page break, subtotal and total rows, "
    "填表说明 and signature below (correct)",
)
def yj17() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=YEAR, dept=f"{BUREAU}中游水文站", goal=GOAL, budget=budget(520, 480, 40, 360, 160)
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(
        s,
        head,
        [
            ("产出指标", "数量指标", "水文巡测河段", "≥420公里", 15),
            (None, None, "水质监测断面", "≥36个", 10),
            (None, "质量指标", "水文资料整编合格率", "≥95%", 15),
            (None, "时效指标", "水情信息报送及时率", "≥98%", 10),
            ("产出指标小计", "", None, None, 50),
        ],
    )
    notes(s, "注：巡测河段按中游干流及一级支流实际巡测里程统计。", width=5)
    s.skip()
    table(
        s,
        head,
        [
            ("成本指标", "经济成本指标", "巡测单公里费用", "≤0.25万元/公里", 10),
            ("成本指标小计", "", None, None, 10),
            ("效益指标", "社会效益指标", "服务防汛会商", "≥40次", 15),
            (None, "生态效益指标", "重点断面生态流量监测达标率", "≥90%", 15),
            ("效益指标小计", "", None, None, 30),
            ("满意度指标", "服务对象满意度指标", "流域内用户满意度", "≥90%", 10),
            ("满意度指标小计", "", None, None, 10),
            ("合计", "", None, None, 100),
        ],
    )
    notes(s, "填表说明：1.指标值须量化；2.权重合计100分；3.小计行不作为指标。", width=5)
    sign(s, "龚栖梧", "0731-86627702", day(YEAR - 1, 11, 25))
    return b


@variant(
    "yj18-system-export",
    (4, 7),
    "project from the 预算管理一体化 export: codes in the first "
    "columns, sheets 05-1 and 05-2, header on the third row, 说明 row under the table: a rate "
    "as a count, a time limit as a percent",
)
def yj18() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 18, 22, 12, 12, 12, 10))
    code, name = "21700326000011", "水文监测站网运行维护"
    s.title("部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("217003", f"{BUREAU}水文局", code, name, money(210), money(190), money(20))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 16, 24, 10, 10, 10))
    t.title(f"部门项目支出绩效目标表（{YEAR}年度）", 8)
    t.row(f"单位名称：{BUREAU}水文局")
    table(
        t,
        (
            "项目编码",
            "项目名称",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
        ),
        [
            (code, name, "产出指标", "数量指标", "运行维护水文站点", "≥", 48, "处"),
            (
                code,
                name,
                None,
                None,
                "巡测任务完成率",
                "≥",
                mk(36, "T105", "error", note="a 完成率 given as 36 次"),
                "次",
            ),
            (code, name, None, "质量指标", "水文数据合格率", "≥", 95, "%"),
            (
                code,
                name,
                None,
                "时效指标",
                "水情报汛时限",
                "=",
                mk(100, "T113", "warning", note="a time limit given as 100 %"),
                "%",
            ),
            (code, name, "成本指标", "经济成本指标", "单站年运维费", "≤", 4, "万元/处"),
            (code, name, "效益指标", "社会效益指标", "汛期报汛畅通率", "≥", 98, "%"),
            (code, name, "满意度指标", "服务对象满意度指标", "防汛部门满意度", "≥", 90, "%"),
        ],
        merged=(3, 4),
    )
    notes(t, "说明：本表由预算管理一体化系统导出，指标值以系统为准。", width=8)
    return b
