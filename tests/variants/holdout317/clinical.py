"""Clinical use and whole-station returns: hospital transfusion, the station's department table,
an emergency reserve exported from the budget system, a donation site, a county blood bank
and an emergency-supply project (to13–to18)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout317.common import (
    CITY_STATION,
    YEAR,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout317.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

LUTING = "鹭汀县卫生健康局（118）"


@variant(
    "to13-clinical-second-sheet",
    (7,),
    "project: head on the first sheet, indicators on a "
    "second sheet under 考核指标 · 目标值（年度） · 评价标准; a 下降率 with ≥ (correct)",
)
def to13() -> Book:
    b, s = start("项目信息")
    project(
        s,
        "临床合理用血管理项目",
        LUTING,
        "鹭汀县人民医院输血科",
        funds(58, 50, 8),
        ["落实输血前评估和适应证审核，择期手术人均用血量比上年下降5%以上。"],
    )
    t = b.sheet("绩效指标", (14, 18, 30, 16, 30))
    t.title("临床合理用血管理项目绩效指标", 5)
    indicators(
        t,
        [
            (
                "产出指标",
                "数量指标",
                "输血前评估单审核份数",
                "≥6000份",
                "达到目标值得满分，每少100份扣0.5分",
            ),
            (None, "质量指标", "临床输血适应证符合率", "≥95%", "每低1个百分点扣1分"),
            (None, None, "输血不良反应上报率", "=100%", "漏报1例扣2分"),
            (None, "时效指标", "急诊用血发血时间", "≤30分钟", "超时1例扣1分"),
            (None, "成本指标", "输血相容性检测试剂费用", "≤36万元", "超支不得分"),
            ("效益指标", "社会效益指标", "择期手术人均用血量下降率", "≥5%", "未下降不得分"),
            (None, "可持续影响指标", "自体输血开展例数", "≥120例", "每少10例扣0.5分"),
            ("满意度指标", "服务对象满意度指标", "临床科室满意度", "≥90%", "每低1个百分点扣1分"),
        ],
        head=("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"),
    )
    return b


def _station_rows() -> list[tuple[Any, ...]]:
    return [
        ("成本指标", "经济成本指标", "单位全血采集综合成本", "≤200元/单位"),
        ("产出指标", "数量指标", "全血采集量", "≥52000单位"),
        (None, None, "机采血小板采集量", "≥4200治疗量"),
        (None, "质量指标", "血液成分制备合格率", "≥99.5%"),
        (None, "时效指标", "医疗机构急救用血送达时限", "≤60分钟"),
        ("效益指标", "社会效益指标", "辖区临床用血供应保障率", "≥98%"),
        (None, "可持续影响指标", "固定献血者占比", "≥38%"),
        ("满意度指标", "服务对象满意度指标", "献血者满意度", "≥92%"),
        (None, None, "用血医疗机构满意度", "≥90%"),
    ]


@variant(
    "to14-station-department",
    (12,),
    "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = "
    "基本支出 + 项目支出, three tasks adding to 金额合计 = 项目支出, a typed percent "
    "(correct)",
)
def to14() -> Book:
    b, s = start("部门整体")
    department(
        s,
        CITY_STATION,
        (3260, 2860, 400, 1980, 1280),
        "保障全市临床用血，全年采集全血5.2万单位、机采血小板4200治疗量，血液质量安全可控。",
        tasks=[
            ("采供血业务运行", "血液采集、成分制备、储存发放", 620, "全血采集5.2万单位"),
            ("血液核酸检测", "献血者标本核酸及血清学检测", 380, "检测覆盖率100%"),
            ("献血者招募与关爱", "招募宣传、回访、表彰", 280, "固定献血者占比38%以上"),
            ("金额合计", None, 1280, None),
        ],
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, _station_rows())
    sign(s, "卢以安", "0937-5208401")
    return b


def _export_budget(s: Sheet) -> None:
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出功能分类", "资金总额", "财政拨款", "其他资金")
    s.row(
        "441702260013",
        "血液应急储备及调配项目",
        "2100499 其他公共卫生支出",
        wan(210),
        wan(200),
        wan(10),
    )
    s.row("合计", None, None, wan(210), wan(200), wan(10))


@variant(
    "to15-emergency-export",
    (4, 7),
    "budget-system export: sheets 部门项目支出预算05-1 and "
    "部门项目支出绩效目标05-2, header on the third row, code and project columns first, "
    "tiers repeated, unit and direction columns, the header repeated after a page break "
    "(correct)",
)
def to15() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 24, 24, 14, 14, 14))
    _export_budget(s)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 14, 28, 12, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：枫渡市中心血站")
    head = (
        "项目编码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "计量单位",
        "指标性质",
    )
    code, name = "441702260013", "血液应急储备及调配项目"
    t.row(*head)
    for row in [
        ("产出指标", "数量指标", "应急血液储备量", "≥1200", "单位", "正向"),
        ("产出指标", "数量指标", "血液应急调配演练次数", "≥2", "次", "正向"),
        ("产出指标", "质量指标", "储备血液过期报废率", "≤1.5", "%", "反向"),
        ("产出指标", "时效指标", "突发事件血液调配响应时间", "≤2", "小时", "反向"),
        ("产出指标", "成本指标", "储备血液冷藏单位成本", "≤150", "元/单位", "反向"),
    ]:
        t.row(code, name, *row)
    t.row(*head)
    for row in [
        ("效益指标", "社会效益指标", "突发公共事件用血保障率", "=100", "%", "正向"),
        ("效益指标", "可持续影响指标", "应急献血者队伍人数", "≥500", "人", "正向"),
        ("满意度指标", "服务对象满意度指标", "用血医疗机构满意度", "≥90", "%", "正向"),
    ]:
        t.row(code, name, *row)
    notes(t, "说明：本表由预算管理一体化系统导出，分页处重复打印表头。", width=8)
    return b


@variant(
    "to16-site-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, money detail lines "
    "below the table: a total split by a space, a start date as a serial in a text cell, an "
    "amount pasted twice",
)
def to16() -> Book:
    b, s = start()
    total = mk("128.4 5", "X105", "warning", alt=("X103",), note="128.45 被空格断开")
    serial = mk("46023", "X104", "warning", note="文本单元格中的日期序列号（2026-01-01）")
    project(
        s,
        "固定献血点改造项目",
        "澄岭区卫生健康局（207）",
        "澄岭区献血服务站",
        funds(total, 110.45, 18),
        ["改造3个固定献血点，新增献血椅12张，9月底前投入使用。"],
        start=serial,
        attr="一次性项目",
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "改造固定献血点数量", "≥3个"),
            (None, None, "新增献血椅数量", "≥12张"),
            (None, "质量指标", "改造工程验收合格率", "=100%"),
            (None, "时效指标", "改造完成时间", "2026年9月30日前"),
            (None, "成本指标", "单个献血点改造成本", "≤16.5万元"),
            ("效益指标", "社会效益指标", "献血点日均接待能力提升率", "≥30%"),
            ("满意度指标", "服务对象满意度指标", "献血者满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("资金明细", "金额（万元）", "测算依据")
    s.table(
        [
            (
                "献血椅及采血设备购置",
                mk("60万60万", "X106", "error", alt=("B108",), note="60万元粘贴了两次"),
                "献血椅12张及配套采血秤",
            ),
            ("场地改造", wan(50.45), "3个点位"),
            ("宣传标识制作", wan(18), "导视牌、灯箱"),
            ("合计", wan(128.45), None),
        ]
    )
    return b


@variant(
    "to17-bank-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def to17() -> Book:
    b, s = start()
    budget = (
        mk(wan(860), "B101", "error", row=True, note="基本 520 + 项目 320 = 840 ≠ 860"),
        780,
        80,
        520,
        320,
    )
    whole = mk(wan(320), "B102", "error", row=True, note="95 + 140 + 90 = 325 ≠ 金额合计 320")
    department(
        s,
        "砚港县中心血库",
        budget,
        "保障全县临床用血储存发放和应急调配，开展无偿献血宣传。",
        tasks=[
            ("血液储存与发放", "冷藏设备运行、血液出入库", 95, "血液发放差错0起"),
            ("血液应急调配", "应急储备、县乡调配车辆", 140, "应急响应2小时内"),
            ("无偿献血宣传", "进乡镇宣传、献血者表彰", 90, "宣传40场"),
            ("金额合计", None, whole, None),
        ],
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "应急调配车辆单次运行成本", "≤600元/次"),
            ("产出指标", "数量指标", "乡镇献血宣传场次", "≥40场"),
            (None, "质量指标", "血液储存温度达标率", "≥99%"),
            (None, "时效指标", "应急用血调配响应时间", "≤2小时"),
            ("效益指标", "社会效益指标", "血液发放差错", "0起"),
            ("满意度指标", "服务对象满意度指标", "用血医疗机构满意度", "≥90%"),
        ],
    )
    sign(s, "钟岚", "0937-6620185")
    return b


@variant(
    "to18-clinical-deadline-wrong",
    (1,),
    "one-year project, OLD-NAT, one value column: a "
    "rate given as a count, a response time typed as 100 %, a deadline in the next year",
)
def to18() -> Book:
    b, s = start()
    project(
        s,
        "临床用血应急保障项目",
        LUTING,
        "鹭汀县人民医院输血科",
        funds(36, 30, 6),
        ["保障急危重症患者用血，全年审核临床输血申请单2800份以上。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "临床输血申请单审核份数", "≥2800份"),
            (
                None,
                "质量指标",
                "临床输血申请单合格率",
                mk("≥2600份", "T105", "error", note="合格率是比率，指标值却是份数"),
            ),
            (
                None,
                "时效指标",
                "应急用血调配响应时间",
                mk(pct(1), "T113", "warning", note="时限类指标写成100%"),
            ),
            (
                None,
                None,
                "库存血液年度盘点完成时间",
                mk(
                    "2027年3月31日前",
                    "Y102",
                    "error",
                    alt=("Y103",),
                    note="一年期项目（2026-01-01至2026-12-31），期限却在2027年",
                ),
            ),
            (None, "成本指标", "应急储血冷藏设备维护费", "≤6万元"),
            ("效益指标", "社会效益指标", "急危重症患者用血保障率", "≥98%"),
            ("满意度指标", "服务对象满意度指标", "临床科室满意度", "≥90%"),
        ],
    )
    sign(s, "蓝若溪", "0937-7731260")
    return b
