"""Site restoration (场地修复) returns of the 448th held-out set: yp13 to yp18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout448.common import (
    YEAR,
    first,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    wan,
)
from tests.variants.holdout448.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, pct

H_ONE = ("一级指标", "二级指标", "三级指标", "指标值")

TASKS13 = [
    ("风机退役基础拆除复绿", "拆除3台退役机组基础并覆土复绿", money(260, WAN), "复绿≥45亩"),
    ("施工道路边坡修复", "修复检修道路两侧边坡", money(190, WAN), "边坡≥6.2公里"),
    ("升压站周边水土保持", "截排水沟和挡墙修复", money(150, WAN), "水土流失减少"),
    ("金额合计", None, money(600, WAN), None),
]  # fmt: skip
YP13 = [
    ("产出指标", "数量指标", "退役风机基础拆除复绿面积", "≥45亩"),
    (None, None, "检修道路边坡修复长度", "≥6.2公里"),
    (None, "质量指标", "复绿植被成活率", "≥85%"),
    (None, "时效指标", "复绿工程完工时间", "2025年11月30日前"),
    ("成本指标", "经济成本指标", "边坡修复单位成本", "≤30万元/公里"),
    (None, "生态环境成本指标", "修复施工新增扰动面积", "≤1亩"),
    ("效益指标", "生态效益指标", "修复区水土流失量下降率", "≥30%"),
    (None, "可持续影响指标", "复绿区管护期", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
]  # fmt: skip


@variant("yp13-restore-department-money", (12,),
         "department, NAT-2021: budget with a row of typed shares, key tasks adding to the "
         "金额合计, a note explaining the total (correct)")  # fmt: skip
def yp13() -> Book:
    b, s = first()
    budget = [
        (money(800, WAN), money(680, WAN), money(120, WAN), money(200, WAN), money(600, WAN)),
        (pct(1), pct(0.85), pct(0.15), pct(0.25), pct(0.75)),
    ]  # fmt: skip
    department_head(s, year=YEAR, dept="岑潮市砾湾区林业工作站", budget=budget, tasks=TASKS13,
                    goal="完成退役风机基础复绿和道路边坡修复，减少水土流失。")  # fmt: skip
    notes(s, "注：年度主要任务金额合计600万元即项目支出，不含基本支出200万元。")
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, H_ONE, YP13)
    sign(s, "邬振川", "0736-8850264")
    return b


TASKS14 = [
    ("风电场施工迹地复垦", "复垦吊装平台和临时堆场", money(200, WAN), "复垦≥60亩"),
    ("集电线路塔基植被恢复", "塔基周边植草护坡", money(180, WAN), "塔基≥90基"),
    ("修复成效跟踪监测", "植被与水土流失监测", money(150, WAN), "监测报告≥4期"),
    ("金额合计", None, mk(money(520, WAN), "B102", "error",
                            note="200 + 180 + 150 = 530，不等于 520")),
]  # fmt: skip
YP14 = [
    ("产出指标", "数量指标", "施工迹地复垦面积", "≥60亩"),
    (None, None, "塔基植被恢复", "≥90基"),
    (None, "质量指标", "复垦土地验收合格率", "100%"),
    (None, "时效指标", "监测报告报送时限", "每季度末前"),
    ("成本指标", "经济成本指标", "迹地复垦单位成本", "≤3.2万元/亩"),
    ("效益指标", "生态效益指标", "修复区植被覆盖度", "≥65%"),
    (None, "可持续影响指标", "复垦区管护期", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "土地承包户满意度", "≥90%"),
]  # fmt: skip


@variant("yp14-restore-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the "
         "金额合计")  # fmt: skip
def yp14() -> Book:
    b, s = first()
    total = mk(money(760, WAN), "B101", "error", row=True, note="250 + 520 = 770，不等于 760")
    budget = [(total, money(640, WAN), money(120, WAN), money(250, WAN), money(520, WAN))]
    department_head(s, year=YEAR, dept="鹭屿县自然资源和生态修复服务中心", budget=budget,
                    tasks=TASKS14, goal="复垦施工迹地60亩，恢复塔基植被。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, H_ONE, YP14)
    sign(s, "窦明溪", "0739-5517746")
    return b


YP15 = [
    ("产出指标", "数量指标", "施工迹地植被恢复面积", "≥650亩", "达到得满分，每少10亩扣1分"),
    (None, None, "临时道路复垦长度", "≥8.4公里", "达到得满分，未达到按比例扣分"),
    (None, "质量指标", "恢复区植被覆盖度", "≥75%", "每低5个百分点扣2分"),
    (None, "时效指标", "植被恢复完工时间", "2025年10月31日前", "按期完成得满分，逾期不得分"),
    ("成本指标", "经济成本指标", "植被恢复单位成本", "≤0.6万元/亩", "不超过得满分"),
    ("效益指标", "生态效益指标", "恢复区土壤侵蚀模数下降率", "≥20%", "达到得满分"),
    (None, "可持续影响指标", "恢复植被管护期", "≥3年", "落实管护协议得满分"),
    ("满意度指标", "服务对象满意度指标", "所在村集体满意度", "≥90%", "每低1个百分点扣1分"),
]  # fmt: skip


@variant("yp15-restore-two-row-header", (7,),
         "project, NAT-2021, two-row header: 考核指标 over the three tiers, 目标值（年度） and "
         "a 评价标准 text column with numbers in it (correct)")  # fmt: skip
def yp15() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="砾湾风电场施工迹地植被恢复",
                 dept="岑潮市砾湾区林业局（602117）", unit="砾湾区生态修复工作站",
                 money=one_year(420, 360, 60),
                 goals=["恢复迹地植被650亩、复垦临时道路8.4公里，覆盖度≥75%。"])  # fmt: skip
    top = s.row("考核指标", None, None, "目标值（年度）", "评价标准", None, merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top + 1, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=top + 1, end_column=6)
    s.table(YP15, merged=(1, 2))
    sign(s, "柏秋禾", "0736-8872159")
    return b


YP16 = [
    ("产出指标", "数量指标", "表土回覆面积", "≥240亩"),
    (None, None, "乔灌草混播面积", "≥210亩"),
    (None, "质量指标", "苗木成活率", "≥85%"),
    (None, "时效指标", "修复工程完工时间", "2025年11月15日前"),
    (None, "成本指标", "表土回覆单位成本",
     mk("≤0万元/亩", "T115", "error", note="96.2万元 ÷ 240亩 ≈ 0.4万元/亩，被取整为 0")),
    ("效益指标", "生态效益指标", "修复区植被覆盖度", "≥70%"),
    (None, "可持续影响指标", "修复区管护年限", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "周边牧户满意度", "≥90%"),
]  # fmt: skip


@variant("yp16-restore-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a plan date left "
         "as a date serial in text, a split number, a unit cost rounded to 0")  # fmt: skip
def yp16() -> Book:
    b, s = first()
    end = mk("46022", "X104", "warning", note="文本中的日期序列号，即 2025-12-31")
    project_head(s, year=YEAR, name="北茆山风电场升压站及平台区生态修复", end=end,
                 dept="鹭屿县自然资源局（413052）", unit="鹭屿县国土整治中心",
                 money=one_year(312.4, 280, 32.4),
                 goals=["回覆表土240亩、混播乔灌草210亩，修复升压站周边截排水沟。"])  # fmt: skip
    indicators(s, H_ONE, YP16)
    s.skip()
    s.row("项目支出明细", merge=[(1, 4)])
    s.row("序号", "明细项目", "金额（万元）", "备注")
    split = mk("151.3 6", "X105", "warning", alt=("X103",), note="151.36 被空格断开")
    s.table([(1, "表土回覆", wan(96.2), None), (2, "乔灌草种植及养护", split, "含一年养护"),
             (3, "截排水沟修复", wan(64.84), None), ("合计", None, wan(312.4), None)])  # fmt: skip
    sign(s, "葛书砚", "0739-5529907")
    return b


YP17 = [
    ("产出指标", "数量指标", "风机平台周边复绿面积", "≥", 86, "亩"),
    (None, None, "补植灌木", "≥", 12000, "株"),
    (None, "质量指标", "补植灌木成活率", "≥",
     mk(pct(1.05), "T106", "error", note="105% 超过上限，疑为 95%"), "%"),
    (None, "时效指标", "复绿工程完工时间", "≤", day(YEAR, 10, 20), None),
    (None, "成本指标", "复绿单位成本", "≤", 1.6, "万元/亩"),
    ("效益指标", "生态效益指标", "复绿区植被覆盖度", "≥", pct(0.7), "%"),
    (None, "社会效益指标", "复绿区水土流失投诉", "≤", 1, "件"),
    ("满意度指标", "服务对象满意度指标", "风电场周边农户满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("yp17-restore-percent-wrong", (1,),
         "project, OLD-NAT, operator and unit columns, typed percents: one over 100 %, and a "
         "money cell formatted in 元 inside a 万元 block")  # fmt: skip
def yp17() -> Book:
    b, s = first()
    other = mk(money(300000, YUAN), "B105", "error", note="万元栏内填了元：30万元写成 300,000.00元")
    project_head(s, year=YEAR, name="澄岬风电场机位平台复绿", dept="岑潮市林业局（602031）",
                 unit="岑潮市澄岬林场", money=one_year(180, 150, other),
                 goals=["复绿风机平台周边86亩，补植灌木12000株。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), YP17)
    b.file_mark("B101", "error", required=False, note="元当万元读时 150 + 300000 ≠ 180，可容忍")
    sign(s, "祁晓岚", "0736-8814307")
    return b


H18 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
YP18_A = [
    ("产出指标", "数量指标", "退役机组基础拆除", "≥12台", "≥7台"),
    (None, None, "场地复绿面积", "≥96亩", "≥56亩"),
    (None, "质量指标", "复绿植被成活率", "≥85%", "≥85%"),
    (None, "时效指标", "拆除及复绿完成时间", "2026年11月30日前", "2025年11月30日前"),
    ("成本指标", "经济成本指标", "单台机组基础拆除成本", "≤45万元/台", "≤45万元/台"),
    ("效益指标", "生态效益指标", "修复区植被覆盖度", "≥70%", "≥60%"),
    (None, "可持续影响指标", "复绿区管护期", "≥3年", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
]  # fmt: skip
YP18_B = [
    ("产出指标", "数量指标", "施工便道复垦长度", "≥14公里", "≥8公里"),
    (None, "质量指标", "复垦工程验收合格率", "100%", "100%"),
    (None, "时效指标", "复垦完工时间", "2026年10月31日前", "2025年10月31日前"),
    ("成本指标", "经济成本指标", "便道复垦单位成本", "≤24万元/公里", "≤24万元/公里"),
    (None, "生态环境成本指标", "复垦施工临时占地", "≤3亩", "≤2亩"),
    ("效益指标", "生态效益指标", "便道沿线水土流失量下降率", "≥25%", "≥15%"),
    ("满意度指标", "服务对象满意度指标", "沿线牧户满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant("yp18-restore-stacked-multiyear", (2, 8),
         "two two-year projects stacked in one sheet, NAT-2021, 中期 and 年度 value columns, "
         "annual counts below period counts, rates and unit costs equal (correct)")  # fmt: skip
def yp18() -> Book:
    b, s = first("绩效目标表")
    project_head(s, year=YEAR, years=2, name="北茆山风电场退役机组场地修复",
                 dept="鹭屿县自然资源局（413052）", unit="鹭屿县国土整治中心",
                 money=periods((900, 780, 120), (500, 430, 70)), attr="新增项目",
                 goals=["两年拆除12台退役机组基础并复绿96亩。",
                        "2025年拆除7台并复绿56亩。"])  # fmt: skip
    indicators(s, H18, YP18_A)
    s.skip()
    project_head(s, year=YEAR, years=2, name="澄岬风电场施工便道生态修复", title="",
                 dept="岑潮市林业局（602031）", unit="岑潮市澄岬林场", attr="新增项目",
                 money=periods((360, 300, 60), (200, 170, 30)),
                 goals=["两年复垦施工便道14公里。", "2025年复垦施工便道8公里。"])  # fmt: skip
    indicators(s, H18, YP18_B)
    sign(s, "邬振川", "0736-8850291")
    return b
