"""Department returns, budget-system exports and decorated forms of transport offices: we13–we18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout385.common import (
    HEAD4,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout385.registry import variant
from tests.variants.kit import Book, day, mk, pct

CITY = "榆渡市道路运输事务中心"


@variant(
    "we13-department-money",
    (12,),
    "department, NAT-2021: budget with a row of shares, "
    "key tasks adding to 金额合计 = 项目支出, a 0起 incident target, a 下降率 with ≥ (correct)",
)
def we13() -> Book:
    b, s = start()
    shares = (pct(1), pct(0.88), pct(0.12), pct(0.664, "0.0%"), pct(0.336, "0.0%"))
    department_head(
        s,
        year=YEAR,
        dept=CITY,
        budget=[(wan(1250), wan(1100), wan(150), wan(830), wan(420)), shares],
        goal="加强汽车客运站安全监管，保障农村客运稳定运营。",
        tasks=[
            ("汽车客运站安全监管", "客运站安全检查与隐患整改", wan(160), "客运站安全有序"),
            ("农村客运运营补助", "补助农村客运车辆运营", wan(180), "农村客运稳定运营"),
            ("客运班线审批与信息化", "班线许可和平台维护", wan(80), "审批高效便捷"),
            ("金额合计", None, wan(420), None),
        ],
    )
    s.row("年度绩效指标")
    indicators(
        s,
        HEAD4,
        [
            ("成本指标", "经济成本指标", "农村客运运营补助支出", "≤180万元"),
            ("产出指标", "数量指标", "客运站安全检查", "≥96站次"),
            (None, None, "补助农村客运车辆", "≥150辆"),
            (None, "质量指标", "客运站安全隐患整改合格率", pct(1)),
            (None, "时效指标", "客运班线许可办结时限", "≤15个工作日"),
            ("效益指标", "社会效益指标", "道路客运较大以上安全事故", "0起"),
            (None, None, "客运站旅客投诉同比下降率", "≥8%"),
            (None, "可持续影响指标", "客运信息平台持续运行", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "旅客满意度", pct(0.9)),
        ],
    )
    sign(s, "褚定邦", "蒙晓芹", "0779-3316420")
    return b


@variant(
    "we14-department-money-wrong",
    (12, 13),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, an indicator row with a value but no name",
)
def we14() -> Book:
    b, s = start()
    total = mk(wan(980), "B101", "error", note="基本支出 650 + 项目支出 310 = 960 ≠ 980")
    whole = mk(wan(310), "B102", "error", alt=("B101",), note="120 + 90 + 110 = 320 ≠ 310")
    department_head(
        s,
        year=YEAR,
        dept="苇塘市交通运输综合服务中心",
        budget=[(total, wan(900), wan(80), wan(650), wan(310))],
        goal="保障汽车站和农村客运安全运营，提高城乡客运服务均等化水平。",
        tasks=[
            ("汽车站安全设施维护", "维护安检和消防设施", wan(120), "设施完好"),
            ("农村客运站运营补助", "补助乡镇客运站运营", wan(90), "乡镇客运站正常运营"),
            ("城乡公交线路补贴", "补贴城乡公交线路", wan(110), "线路稳定运营"),
            ("金额合计", None, whole, None),
        ],
    )
    s.row("年度绩效指标")
    indicators(
        s,
        HEAD4,
        [
            ("成本指标", "经济成本指标", "乡镇客运站运营补助支出", "≤90万元"),
            ("产出指标", "数量指标", "补贴城乡公交线路", "≥18条"),
            (None, None, "补助乡镇客运站", "≥9个"),
            (None, "质量指标", "安检设施检测合格率", "=100%"),
            (None, "时效指标", "补助资金拨付时限", "≤30个工作日"),
            ("效益指标", "社会效益指标", "乡镇客运站正常运营率", "≥95%"),
            (
                "满意度指标",
                "服务对象满意度指标",
                mk(None, "F110", "error", note="a value with no indicator name"),
                "≥90%",
            ),
        ],
    )
    return b


def _export(b: Book, money_rows: list[tuple[Any, ...]]) -> None:
    """Sheet 05-1 of a 预算管理一体化 export: header on the third row, codes first."""
    s = b.sheet("部门项目支出预算05-1", (12, 24, 14, 30, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位名称：柘岭县交通运输局", None, None, None, None, None, None, "单位：万元")
    s.row(
        "单位编码",
        "单位名称",
        "项目编码",
        "项目名称",
        "资金总额",
        "财政拨款",
        "其他资金",
        "计划完成日期",
    )
    for line in money_rows:
        s.row(*line)


GOALS = [
    (
        "TL25-0302",
        "客运站视频监控升级",
        "成本指标",
        "经济成本指标",
        "监控升级总成本",
        "≤",
        60,
        "万元",
    ),
    (None, None, "产出指标", "数量指标", "更新高清摄像头", "≥", 140, "个"),
    (None, None, "产出指标", "质量指标", "监控画面在线率", "≥", 98, "%"),
    (None, None, "效益指标", "社会效益指标", "站内安全事件处置及时率", "≥", 95, "%"),
    (None, None, "满意度指标", "服务对象满意度指标", "旅客满意度", "≥", 90, "%"),
    (
        "TL25-0305",
        "农村客运候车亭维护",
        "成本指标",
        "经济成本指标",
        "单个候车亭维护成本",
        "≤",
        0.5,
        "万元/个",
    ),
    (None, None, "产出指标", "数量指标", "维护农村客运候车亭", "≥", 60, "个"),
    (None, None, "产出指标", "质量指标", "维护验收合格率", "=", 100, "%"),
    (None, None, "效益指标", "社会效益指标", "群众候车条件", "定性", "明显改善", None),
    (None, None, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 88, "%"),
]


def _goals(b: Book) -> None:
    """Sheet 05-2: one row per indicator, codes and project repeated, nothing merged."""
    s = b.sheet("部门项目支出绩效目标05-2", (12, 14, 24, 12, 18, 26, 10, 10, 10))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    s.row("单位名称：柘岭县交通运输局", merge=[(1, 9)])
    s.row(
        "单位编码",
        "项目编码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
    )
    code = name = ""
    for line in GOALS:
        code, name = line[0] or code, line[1] or name
        s.row("317001", code, name, *line[2:])


@variant(
    "we15-system-export",
    (7, 12),
    "budget-system export: 05-1 money sheet and 05-2 "
    "indicator sheet with the header on the third row, codes in the first columns, two "
    "projects in unmerged rows, operator and unit columns (correct)",
)
def we15() -> Book:
    b = Book()
    unit = ("317001", "柘岭县交通运输局")
    _export(
        b,
        [
            (
                *unit,
                "TL25-0302",
                "客运站视频监控升级",
                wan(60),
                wan(50),
                wan(10),
                day(YEAR, 10, 31),
            ),
            (*unit, "TL25-0305", "农村客运候车亭维护", wan(30), wan(30), wan(0), day(YEAR, 11, 30)),
            ("合计", None, None, None, wan(90), wan(80), wan(10), None),
        ],
    )
    _goals(b)
    return b


@variant(
    "we16-export-artefacts",
    (9, 7),
    "budget-system export as we15 with conversion "
    "artefacts on the money sheet: a number split by a space, an amount pasted twice, a "
    "date serial stored as text",
)
def we16() -> Book:
    b = Book()
    unit = ("317001", "柘岭县交通运输局")
    _export(
        b,
        [
            (
                *unit,
                "TL25-0302",
                "客运站视频监控升级",
                mk("60.2 5", "X105", "warning", alt=("X103",), note="read as 60.25"),
                wan(40.25),
                mk(
                    "20万20万", "X106", "error", alt=("B108",), note="20万 pasted twice, read as 20"
                ),
                mk("45961", "X104", "warning", note="the serial of 2025-10-31 in a text cell"),
            ),
            (*unit, "TL25-0305", "农村客运候车亭维护", wan(30), wan(30), wan(0), day(YEAR, 11, 30)),
            ("合计", None, None, None, wan(90.25), wan(70.25), wan(20), None),
        ],
    )
    _goals(b)
    return b


@variant(
    "we17-transfer-labels",
    (5,),
    "transfer-payment 区域绩效目标表, OLD-NAT, tier labels "
    "numbered with points (一、产出指标（50分）, （一）), marks (★, *) and abbreviations, "
    "中央补助 + 地方资金, tier points 90 with 预算执行率 scored apart (correct)",
)
def we17() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="农村客运补贴资金",
        dept="榆渡市交通运输局（402011）",
        unit="榆渡市各县（市、区）交通运输部门",
        attr="转移支付项目",
        title=f"{YEAR}年度农村客运补贴转移支付区域绩效目标表",
        money=one_year(240, 180, 60, "其中：中央补助", "地方资金"),
        goals=["补助农村客运车辆和城乡客运班线，巩固建制村通客车成果。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("一、产出指标（50分）", "（一）数量指标", "★补助农村客运车辆", "≥420辆"),
            (None, None, "补助城乡客运班线", "≥64条"),
            (None, "（二）*质量", "★建制村通客车率", "=100%"),
            (None, "（三）时效", "补助资金分配下达时限", "≤30日"),
            (None, "（四）成本指标", "单车年均补助标准", "≤0.5万元/辆"),
            ("二、效益指标（30分）", "（一）社会效益指标", "农村客运班线正常运营率", "≥95%"),
            (None, "（二）可持续影响", "农村客运长效运营机制", "建立并执行"),
            ("三、满意度指标（10分）", "服务对象满意度", "沿线群众满意度", "≥90%"),
        ],
    )
    notes(s, "注：1.预算执行率另计10分，不在本表列示。", "2.标★的为核心指标，不得删除。")
    sign(s, "褚定邦", "覃秋月", "0779-3316437")
    return b


@variant(
    "we18-template-rows",
    (6, 13, 5),
    "project, NAT-2021, header 预期目标, numbered tier-2 "
    "labels: two tier-2 rows left from the template, a value without a name",
)
def we18() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="东栎镇农村客运综合服务站建设",
        dept="柘岭县交通运输局（317001）",
        unit="东栎镇人民政府",
        attr="一次性项目",
        money=one_year(180, 150, 30),
        goals=["建成集候车、小件快递、农资配送于一体的农村客运综合服务站。"],
    )
    left = "a tier-2 label left from the template with no indicator and no value"
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("成本指标", "经济成本指标", "服务站建设总成本", "≤180万元"),
            ("产出指标", "1.数量指标", "建成农村客运综合服务站", "≥1个"),
            (None, None, "配置候车座椅", "≥60座"),
            (None, "2.质量指标", "工程验收合格率", "=100%"),
            (
                None,
                "3.时效指标",
                mk(None, "F110", "error", note="a value with no name"),
                "≤20个工作日",
            ),
            ("效益指标", mk("经济效益指标", "F109", "warning", row=True, note=left), None, None),
            (None, "社会效益指标", "周边群众乘车平均步行距离", "≤1.5公里"),
            (None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None),
            (None, "可持续影响指标", "服务站运营管护制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
        ],
    )
    sign(s, "邝永年", "黎嘉禾", "0786-5571302")
    return b
