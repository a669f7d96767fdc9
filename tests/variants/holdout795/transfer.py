"""Transfer stations: construction with a money detail block, a year left over, a department
table over a page break, a provincial transfer with marked labels, a budget-system export and
a running-cost project (kdy07 to kdy12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout795.common import (
    W6,
    book,
    cn_day,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout795.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, ok

OP6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kdy07-station-build-assessment",
    (7, 12),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）, a detail block under the head "
    "adding up, a goal with its parts in brackets and a later year prepared for (correct)",
)
def station_build_assessment() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="蔺川区乡镇垃圾压缩转运站新建项目",
        dept="蔺川区城市管理局（207011）",
        unit="蔺川区环境卫生事务中心",
        attr="新增项目",
        money=one_year(680, 600, 80),
        goals=[
            "新建乡镇垃圾压缩转运站3座（其中水平压缩式2座、地埋式1座），新增日转运"
            "能力150吨，为2027年实现全区乡镇转运全覆盖积累建设和运行经验。"
        ],
    )
    s.row("资金明细（万元）", "土建工程", wan(312), "压缩设备购置", wan(276), None)
    s.row(None, "设计监理及其他", wan(92), "合计", wan(680), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "备注"), [
        ("产出指标", "数量指标", "新建乡镇垃圾压缩转运站", "=3座", "水平压缩式2座、地埋式1座"),
        (None, None, "新增日转运能力", "≥150吨/日", None),
        (None, "质量指标", "工程竣工验收合格率", "=100%", None),
        (None, "时效指标", "转运站建成投用时间", cn_day(2025, 11, 30), "之前"),
        ("成本指标", "经济成本指标", "单座转运站建设成本", "≤226万元/座", None),
        (None, "生态环境成本指标", "施工扬尘投诉", "≤2起", None),
        ("效益指标", "社会效益指标", "乡镇生活垃圾转运覆盖率", "≥75%", "2024年为55%"),
        (None, "生态效益指标", "转运环节渗滤液收集处置率", "≥95%", None),
        (None, "可持续影响指标", "转运站设计使用年限", "≥15年", None),
        ("满意度指标", "服务对象满意度指标", "转运站周边居民满意度", "≥85%", None),
    ])  # fmt: skip
    sign(s, "邝嘉树", "0739-3372615", day(2024, 12, 6))
    return b


@variant(
    "kdy08-station-year-left-over",
    (7, 4),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, 注 rows inside and 填表说明 under the "
    "table: plan dates of the year before, a capacity below the goal's",
)
def station_year_left_over() -> Book:
    b, s = book()
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="title and goal say 2025, the plan dates are 2024-01-01 to 2024-12-31",
    )
    project_head(
        s,
        year=2025,
        name="汀渚县乡镇垃圾转运站运行管理项目",
        dept="汀渚县住房和城乡建设局（318004）",
        unit="汀渚县环境卫生管理所",
        start=day(2024, 1, 1),
        end=day(2024, 12, 31),
        money=one_year(260, 240, 20),
        goals=[
            ok(
                "2025年全县5座乡镇转运站稳定运行，日均转运能力达到120吨，转运环节无渗滤液直排。",
                "warning",
                note="the goal side of the D104 at the capacity",
            )
        ],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "运行乡镇垃圾转运站", "≥5座"),
        (None, None, "日均转运能力",
         mk("≥100吨", "D104", "warning", row=True, note="the goal says 120吨 a day")),
        (None, "质量指标", "转运站运行考核达标率", "≥90%"),
        (None, "时效指标", "转运车辆收运及时率", "≥95%"),
        (None, "成本指标", "单座转运站年运行费", "≤48万元/座"),
        ("注：转运量以地磅记录为准，运行费含人员和水电。", "", "", ""),
        ("效益指标", "生态效益指标", "渗滤液直排事件", "≤0起"),
        (None, "社会效益指标", "乡镇生活垃圾无害化处理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "转运站周边群众满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应量化；2.定性指标请写明评价等级。")
    sign(s, "符晴川", "0739-4250381", day(2024, 11, 22))
    return b


def _sanitation_rows() -> list[tuple[object, ...]]:
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    return [
        ("产出指标", "数量指标", "运行维护乡镇转运站", "≥9座", 10),
        (None, None, "更新压缩式收运车辆", "≥7辆", 10),
        (None, "质量指标", "转运站渗滤液收集处置率", "≥95%", 10),
        (None, "时效指标", "生活垃圾日产日清率", "≥98%", 10),
        ("产出指标小计", "", "", "", 40),
        ("成本指标", "经济成本指标", "单座转运站年运行维护费", "≤57万元/座", 10),
        (None, None, "压缩式收运车辆单价", "≤50万元/辆", 10),
        ("成本指标小计", "", "", "", 20),
        ("", "", "", "", ""),
        head,
        ("效益指标", "社会效益指标", "乡镇生活垃圾无害化处理率", "≥95%", 10),
        (None, "生态效益指标", "转运站周边臭气投诉件数", "≤6件", 10),
        (None, "可持续影响指标", "转运设施完好率", "≥95%", 10),
        ("效益指标小计", "", "", "", 30),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%", 10),
        ("满意度指标小计", "", "", "", 10),
        ("合计", "", "", "", 100),
    ]


@variant(
    "kdy09-sanitation-page-break",
    (4,),
    "department, NAT-2021, weight column: a unit row, subtotal rows, the header repeated "
    "after a page break, a total row and a note explaining it (correct)",
)
def sanitation_page_break() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="柘源县环境卫生管理所",
        budget=[(wan(2350), wan(2210), wan(140), wan(1480), wan(870))],
        tasks=[
            ("转运站运行维护", "9座乡镇转运站运行、维修、除臭", wan(520), "转运站全年正常运行"),
            ("收运车辆更新", "更新压缩式收运车辆7辆", wan(350), "车辆年内交付"),
            ("金额合计", None, wan(870), None),
        ],
        goal="保障全县9座乡镇转运站正常运行，更新压缩式收运车辆7辆，乡镇生活垃圾"
        "无害化处理率保持在95%以上。",
    )
    s.row("年度绩效指标", None, None, None, "权重单位：分")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), _sanitation_rows())
    notes(
        s,
        "注：合计100分为各指标权重之和，小计行不重复计分。",
        "说明：转运站运行维护费含人员、水电、除臭耗材。",
    )
    sign(s, "甘若澄", "0739-6183520", day(2024, 11, 15), head="所长")
    return b


@variant(
    "kdy10-provincial-transfer-marked",
    (5, 11),
    "transfer-payment project, OLD-NAT, labels with * and ★, operators in words in their "
    "own column, unit column: one rate twice with two values, a satisfaction rate under "
    "社会效益, ≥ on a failure rate",
)
def provincial_transfer_marked() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="鹤沚县乡镇垃圾转运站运行补助（省级转移支付）",
        dept="鹤沚县住房和城乡建设局（326002）",
        unit="鹤沚县环境卫生服务中心",
        money=one_year(240, 200, 40, "其中：省级补助", "县级配套"),
        goals=["补助全县8座乡镇转运站运行，全年转运生活垃圾3.6万吨，渗滤液达标排放。"],
    )
    indicators(s, OP6, [
        ("*产出指标", "*数量指标", "★补助运行乡镇转运站", "大于等于", 8, "座"),
        (None, None, "转运生活垃圾量", "大于等于", 36000, "吨"),
        (None, "*质量指标", "★转运站渗滤液达标排放率", "大于等于", 95, "%"),
        (None, None, "转运车辆故障率",
         mk("大于等于", "T108", "warning", row=True, note="a failure rate is 反向: ≤ meant"),
         3, "%"),
        (None, "*时效指标", "补助资金拨付时间", "小于等于", day(2025, 9, 30), None),
        (None, "成本指标", "单座转运站运行补助标准", "小于等于", 25, "万元/座"),
        ("*效益指标", "社会效益指标",
         mk("转运站周边居民满意度", "F201", "warning", row=True, alt=("F105",),
            note="a satisfaction rate under 社会效益, apart from 满意度指标"), "大于等于", 85, "%"),
        (None, "生态效益指标",
         mk("转运站渗滤液达标排放率", "D102", "error", row=True, alt=("D101", "D103"),
            note="the 质量 indicator again (less the ★) with 90 instead of 95"),
         "大于等于", 90, "%"),
        ("*满意度指标", "服务对象满意度指标", "乡镇群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "隋望舒", "0739-8814026", day(2024, 12, 9))
    return b


@variant(
    "kdy11-budget-system-export",
    (9, 7),
    "budget-system export: codes in the first columns, money in 元 by number format on "
    "sheet 05-1, the indicator table on sheet 05-2 under a third-row header, =2座 kept as "
    "text, a date cell (correct)",
)
def budget_system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 12, 30, 16, 16, 16, 40))
    s.title("2025年度部门项目支出预算表", 7)
    s.row("单位：元")
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(
        "529003",
        "52900325A0107",
        "汶岙县乡镇转运站除臭设施改造",
        money(1280000, YUAN),
        money(1100000, YUAN),
        money(180000, YUAN),
        "完成2座乡镇转运站除臭设施改造，转运站厂界臭气浓度达标。",
    )
    s.row(
        "529003",
        "52900325A0112",
        "汶岙县垃圾收运车辆监管平台",
        money(360000, YUAN),
        money(360000, YUAN),
        money(0, YUAN),
        "为全县46辆收运车辆安装定位终端，收运轨迹在线监管。",
    )
    s.row("合计", None, None, money(1640000, YUAN), money(1460000, YUAN), money(180000, YUAN))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 30, 12, 16, 28, 12, 16, 10))
    t.title("2025年度部门项目支出绩效目标表", 8)
    t.row("单位：汶岙县环境卫生服务中心")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"
    )
    a, n = "52900325A0107", "汶岙县乡镇转运站除臭设施改造"
    c, m = "52900325A0112", "汶岙县垃圾收运车辆监管平台"
    t.table([
        (a, n, "产出指标", "数量指标", "改造转运站除臭设施", "=", "=2座", "座"),
        (a, n, "产出指标", "时效指标", "改造完成时间", "≤", day(2025, 8, 31), None),
        (a, n, "成本指标", "经济成本指标", "单座除臭设施改造费", "≤", 620000, "元/座"),
        (a, n, "效益指标", "生态效益指标", "厂界臭气浓度达标率", "≥", 95, "%"),
        (a, n, "满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", 85, "%"),
        (c, m, "产出指标", "数量指标", "安装车载定位终端", "≥", 46, "台"),
        (c, m, "产出指标", "质量指标", "终端在线率", "≥", 95, "%"),
        (c, m, "成本指标", "经济成本指标", "单台终端及三年流量费", "≤", 4800, "元/台"),
        (c, m, "效益指标", "社会效益指标", "收运轨迹异常处置率", "≥", 90, "%"),
        (c, m, "满意度指标", "服务对象满意度指标", "收运企业满意度", "≥", 85, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kdy12-station-running-cost",
    (12, 6),
    "project, OLD-NAT, detail lines under the head, operator and unit columns: the lines "
    "short of the total, a unit price × count above the money, a template tier-2 left "
    "empty",
)
def station_running_cost() -> Book:
    b, s = book(widths=W6)
    project_head(
        s,
        year=2025,
        name="芦汊镇垃圾转运站运行维护及设备更新项目",
        dept="芦汊镇人民政府（415062）",
        unit="芦汊镇环境卫生管理站",
        money=one_year(200, 180, 20),
        goals=["保障镇垃圾转运站全年运行，更新压缩箱，转运站周边无臭气投诉。"],
    )
    s.row("资金明细（万元）", "运行人员劳务", wan(96), "设备更新", wan(70), None)
    s.row(
        None,
        "水电及除臭耗材",
        wan(30),
        "合计",
        mk(wan(200), "B102", "error", row=True, note="96 + 70 + 30 = 196, not 200"),
        None,
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(s, OP6, [
        ("产出指标", "数量指标", "转运站运行天数", "≥", 365, "天"),
        (None, None, "更新压缩箱", "≥", 12, "台"),
        (None, "质量指标", "转运站运行考核达标率", "≥", 90, "%"),
        (None, "时效指标", "压缩箱更新完成时间", "≤", cn_day(2025, 10, 31), None),
        (None, "成本指标", "压缩箱更新单价",
         mk("≤", "B107", "warning", row=True,
            note="12台 × 18万元 = 216万元, above the 200万元 of the project"), 18, "万元/台"),
        ("效益指标", "生态效益指标", "转运站周边臭气投诉", "≤", 3, "件"),
        (None, mk("可持续影响指标", "F109", "warning", row=True,
                  note="a template tier-2 with no indicator and no value"), None, None, None,
         None),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", 85, "%"),
    ])  # fmt: skip
    sign(s, "温砚秋", "0739-2906514", day(2024, 11, 28))
    return b
