"""Unit maintenance (公租房维修): kel07–kel12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout808.common import NAT, filled, indicators, notes, sign, start, wan
from tests.variants.holdout808.registry import variant
from tests.variants.kit import Book, mk, money, ok, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kel07-repair-two-years", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns, the period's count beside a smaller "
         "year's, a later year the work prepares for (correct)")  # fmt: skip
def kel07() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="蓝岙片区公租房成套维修项目",
                 dept="澄岭区住房保障局（207001）", unit="澄岭区公租房管理所",
                 money=[("中期资金总额", wan(300), "其中：财政拨款", wan(300)),
                        ("年度资金总额", wan(150), "其中：财政拨款", wan(150))],
                 goals=["2025—2026年完成蓝岙片区4个公租房小区共1200套住房的水电、门窗和墙面"
                        "维修，为2027年全区推广成套维修积累经验。",
                        "2025年完成蓝岙一、二期600套住房维修，验收合格率100%。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "成套维修住房套数", "≥1200套", "≥600套"),
        (None, "质量指标", "维修工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "维修工程完工时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单套维修费用", "≤2500元/套", "≤2500元/套"),
        ("效益指标", "社会效益指标", "住房设施故障报修下降率", "≥20%", "≥10%"),
        (None, "可持续影响指标", "维修档案建档率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "承租家庭满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：中期1200套含2025年600套；2500元×600套=150万元。")
    return b


@variant("kel08-repair-cost-and-tiers", (11, 12),
         "project, OLD-NAT, operator and unit columns: unit cost × count beyond the money, a "
         "quality rate under 时效, the same indicator twice")  # fmt: skip
def kel08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚川县公租房空置房源翻新项目",
                 dept="砚川县住房和城乡建设局（118001）", unit="砚川县住房保障服务中心",
                 money=[("年度资金总额", wan(200), "其中：财政拨款", wan(200)),
                        ("其他资金", wan(0), None, None)],
                 goals=["翻新800套空置公租房源，达到拎包入住条件后配租。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "空置房源翻新套数", "≥", 800, "套"),
        (None, None, "空置房翻新套数", "≥",
         mk(800, "D103", "warning", row=True, alt=("D101",), note="与上一行是同一指标"), "套"),
        (None, "质量指标", "翻新房源配租入住率", "≥", 90, "%"),
        (None, "时效指标", "翻新工程验收合格率", "=",
         mk(100, "F201", "warning", row=True, note="合格率是质量指标，填在时效指标下"), "%"),
        (None, None, "翻新完工时间", "≤", "2025年10月31日", None),
        (None, "成本指标", "单套翻新费用", "≤",
         mk(3000, "B107", "warning", row=True,
            note="3000元×800套=240万元，超过年度资金200万元"), "元/套"),
        ("效益指标", "社会效益指标", "公租房空置率下降", "≥", 5, "百分点"),
        ("满意度指标", "服务对象满意度指标", "新入住家庭满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kel09-repair-points-two-levels", (5, 10, 11),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "a 下降率 with ≥, 0起 incidents, a rate raised in 百分点 (correct)")  # fmt: skip
def kel09() -> Book:
    b, s = start()
    project_head(s, year=2025, name="湄沙市公租房日常维修养护项目",
                 dept="湄沙市住房和城乡建设局", unit="湄沙市住房保障事务中心",
                 money=[("年度资金总额", wan(96), "其中：财政拨款", wan(96)),
                        ("其他资金", wan(0), None, None)],
                 goals=["全年受理并完成公租房报修不少于4800单，单次维修费用不超过200元，"
                        "住房完好率提高3个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "报修处理单数", "≥4800单", 15),
        (None, "2.质量指标", "报修一次修复率", "≥92%", 15),
        (None, "3.时效指标", "一般报修响应时间", "≤24小时", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单次维修费用", "≤200元/单", 10),
        ("三、效益指标（40分）", "1.社会效益指标", "报修投诉下降率", "≥15%", 15),
        (None, None, "维修施工安全责任事故", "0起", 10),
        (None, "2.可持续影响指标", "公租房住房完好率提高", "≥3百分点", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "承租家庭满意度", pct(0.9), 10),
        ("合计（100分）", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一口径的两级列示，合计均为100分。")
    return b


@variant("kel10-repair-department-money", (12,),
         "department, NAT-2021, key tasks: 资金总额 not 基本 + 项目, tasks not adding to "
         "金额合计, the goal's lift count against the indicator")  # fmt: skip
def kel10() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="汀麓县公共住房管理中心",
                    budget=[(mk(wan(880), "B101", "error", note="基本260+项目600=860"),
                             wan(800), wan(80), wan(260), wan(600))],
                    tasks=[("电梯更新改造", "更换老旧公租房电梯", wan(360), "完成12部电梯更新"),
                           ("屋面防水维修", "6幢楼屋面防水层翻新", wan(180), "渗漏投诉下降"),
                           ("消防设施更新", "更换灭火器和应急照明", wan(80), "消防检查合格"),
                           ("金额合计", None, mk(wan(600), "B102", "error",
                                                note="360+180+80=620"), None)],
                    goal="完成12部公租房电梯更新改造和6幢楼屋面防水维修，消防设施检查合格率"
                         "100%。")  # fmt: skip
    s.skip()
    indicators(s, NAT, [
        ("产出指标", "数量指标", "电梯更新改造数量",
         mk("≥10部", "D104", "warning", note="年度总体目标和任务写12部")),
        (None, None, "屋面防水维修楼栋数", "≥6幢"),
        (None, "质量指标", "消防设施检查合格率", "=100%"),
        (None, "时效指标", "电梯改造完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单部电梯更新费用", "≤30万元/部"),
        ("效益指标", "社会效益指标", "电梯故障停梯次数下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "承租家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kel11-repair-system-export", (4, 7, 12),
         "budget-system export: 05-1 budget sheet with codes, 05-2 indicator sheet with codes "
         "in the first columns and the header on row 3, 0起 incidents (correct)")  # fmt: skip
def kel11() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 30, 16, 16, 16, 16))
    s.title("部门项目支出预算表（2025年度）", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金", "备注")
    s.row("3305012025001", "公租房消防设施维保", money(64.5), money(60), money(4.5))
    s.row("3305012025002", "公租房二次供水设施清洗", money(18), money(18), money(0))
    s.row("合计", None, money(82.5), money(78), money(4.5))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 26, 16))
    t.title("部门项目支出绩效目标表（2025年度）", 6)
    t.row("单位：澄岭区公租房管理所")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("3305012025001", "公租房消防设施维保", "产出指标", "数量指标", "维保楼栋数", "≥43幢"),
        (None, None, None, "质量指标", "消防设施完好率", "≥98%"),
        (None, None, "成本指标", "经济成本指标", "单幢年维保费用", "≤1.5万元/幢"),
        (None, None, "效益指标", "社会效益指标", "公租房火灾事故", "0起"),
        (None, None, "满意度指标", "服务对象满意度指标", "住户满意度", "≥90%"),
        ("3305012025002", "公租房二次供水设施清洗", "产出指标", "数量指标", "水箱清洗次数",
         "≥2次/年"),
        (None, None, None, "质量指标", "水质检测达标率", "=100%"),
        (None, None, "成本指标", "经济成本指标", "单次清洗费用", "≤9万元/次"),
        (None, None, "效益指标", "社会效益指标", "供水水质投诉下降率", "≥20%"),
        (None, None, "满意度指标", "服务对象满意度指标", "住户满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kel12-repair-period-copied", (8, 11),
         "three-year project, OLD-NAT, 中期 and 年度 columns: cumulative counts copied to the "
         "year, a deadline before the project starts")  # fmt: skip
def kel12() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="岑浦区老旧公租房适老化改造项目",
                 dept="岑浦区住房保障局", unit="岑浦区公租房管理站", attr="新增项目",
                 money=[("中期资金总额", wan(450), "其中：财政拨款", wan(450)),
                        ("年度资金总额", wan(150), "其中：财政拨款", wan(150))],
                 goals=["2026—2028年完成900户老年承租家庭适老化改造，加装扶手和防滑设施。",
                        "2026年完成300户老年承租家庭适老化改造。"])  # fmt: skip
    copied = "年度值照抄三年累计值"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "适老化改造户数", "≥900户",
         mk("≥900户", "D202", "warning", note=copied)),
        (None, None, "加装楼道扶手楼栋数", "≥30幢",
         mk("≥30幢", "D202", "warning", note=copied)),
        (None, "质量指标", "改造验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造完工时间", "2028年10月31日前",
         mk("2025年10月31日前", "Y102", "error", alt=("Y103",),
            note="期限早于项目开始日期2026年1月1日")),
        (None, "成本指标", "单户改造费用", "≤5000元/户",
         ok("≤5000元/户", note="照抄的900户使费用超出年度资金，随D202而来")),
        ("效益指标", "社会效益指标", "老年承租人居家跌倒事件下降率", "≥30%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "改造家庭满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚以澄", "0576-8821 3309", filled(2025, 10, 20))
    return b
