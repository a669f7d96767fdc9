"""Patrol days: rangers' patrols, patrol stipends, patrol terminals and patrol grids."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout870.common import BUREAU, YEAR, notes, one_year, sign, start, tiers, wan
from tests.variants.holdout870.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgv07-patrol-days", (1, 11),
         "project, OLD-NAT, operator in words in 指标方向, unit column, percent cells, a 下降率 "
         "with 大于等于 (correct)")  # fmt: skip
def patrol_days() -> Book:
    b, s = start()
    goal = ("组织岩穗镇护林员120名开展日常巡护，每人每月巡护不少于20天，全年累计巡护不少于28800"
            "人·天，巡护发现问题48小时内上报；巡护补助每人每天30元。")  # fmt: skip
    project_head(s, year=YEAR, name="岩穗镇护林员日常巡护补助", dept=BUREAU,
                 unit="岩穗镇人民政府", money=one_year(96, 90, 6), goals=[goal])  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "参加巡护护林员人数", "大于等于", 120, "人"),
        (None, None, "每人月均巡护天数", "大于等于", 20, "天"),
        (None, None, "全年累计巡护人·天", "大于等于", 28800, "人·天"),
        (None, "质量指标", "巡护轨迹有效率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "巡护发现问题上报时限", "小于等于", 48, "小时"),
        (None, "成本指标", "巡护日补助标准", "小于等于", 30, "元/人·天"),
        ("效益指标", "社会效益指标", "林区违法案件发生数下降率", "大于等于", pct(0.1), "%"),
        (None, "生态效益指标", "巡护发现火险隐患未整改率", "小于等于", pct(0.05), "%"),
        (None, "可持续影响指标", "巡护考勤制度执行情况", "—", "长期执行", None),
        ("满意度指标", "服务对象满意度指标", "林区群众对巡护工作满意度", "大于等于", pct(0.9),
         "%"),
    ])  # fmt: skip
    sign(s, "蒙立秋", "0779-6641196", day(YEAR - 1, 11, 25))
    return b


@variant("kgv08-patrol-midterm-copy", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: goal text copied, a year's count "
         "above the period's, the period's deadline copied into the year")  # fmt: skip
def patrol_midterm_copy() -> Book:
    b, s = start()
    text = ("两年内建成护林员巡护管理平台1套，为岩穗、枫台等8个乡镇护林员配发巡护终端240台，"
            "累计巡护不少于57600人·天。")  # fmt: skip
    goals = (text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同"))
    project_head(s, year=YEAR, years=2, name="护林员巡护管理平台建设", dept=BUREAU,
                 unit="栖桐县林业局", goals=goals, money=[
                     ("中期资金总额", wan(400), "年度资金总额", wan(200)),
                     ("其中：财政拨款", wan(380), "其中：财政拨款", wan(190)),
                     ("其他资金", wan(20), "其他资金", wan(10))])  # fmt: skip
    above = mk("≥60000人·天", "D201", "error", note="年度累计巡护大于实施期的57600人·天")
    late = mk("2027年6月30日前", "Y102", "warning", alt=("Y103", "D202"),
              note="2026年度指标的时限落在2027年，从中期列照抄")  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "巡护终端单价", "≤2500元/台", "≤2500元/台"),
        ("产出指标", "数量指标", "配发巡护终端数量", "≥240台", "≥120台"),
        (None, None, "累计巡护人·天", "≥57600人·天", above),
        (None, "质量指标", "巡护轨迹上传率", "≥95%", "≥95%"),
        (None, "时效指标", "巡护管理平台上线时间", "2027年6月30日前", late),
        ("效益指标", "社会效益指标", "林区案件发现率提高", "≥5百分点", "≥3百分点"),
        (None, "生态效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰"),
        ("满意度指标", "服务对象满意度指标", "护林员对巡护终端使用满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgv09-patrol-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, 护林员满意度 with "
         "different values in each (correct)")  # fmt: skip
def patrol_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="生态护林员巡护补助项目", dept=BUREAU, unit="栖桐县林业局",
                 money=one_year(150, 140, 10),
                 goals=["护林员100名每月巡护不少于22天，全年累计巡护26400人·天，"
                        "巡护补助每人每天50元。"])  # fmt: skip
    tiers(s, HEAD4, [
        ("产出指标", "数量指标", "巡护护林员人数", "≥100人"),
        (None, None, "全年累计巡护人·天", "≥26400人·天"),
        (None, "质量指标", "巡护考勤合格率", "≥95%"),
        (None, "时效指标", "巡护补助按月发放及时率", "≥98%"),
        (None, "成本指标", "巡护日补助标准", "≤50元/人·天"),
        ("效益指标", "生态效益指标", "管护区巡护覆盖率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="护林员巡护装备购置项目", dept=BUREAU,
                 unit="栖桐县林业局", money=one_year(45, 45, 0),
                 goals=["为护林员100名配发巡护服装和头灯100套，购置巡护无人机3架，"
                        "6月底前配发到位。"])  # fmt: skip
    tiers(s, HEAD4, [
        ("产出指标", "数量指标", "配发巡护装备套数", "≥100套"),
        (None, None, "购置巡护无人机数量", "≥3架"),
        (None, "质量指标", "装备验收合格率", "=100%"),
        (None, "时效指标", "装备配发完成时间", "2026年6月30日前"),
        (None, "成本指标", "巡护装备套均成本", "≤0.3万元/套"),
        ("效益指标", "社会效益指标", "护林员夜间巡护保障能力", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "黎望舒", "0779-6620977", day(YEAR - 1, 11, 30))
    return b


@variant("kgv10-patrol-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and its terminal count differs from its goal")  # fmt: skip
def patrol_stacked_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="森林资源网格化巡护项目", dept=BUREAU, unit="栖桐县林业局",
                 money=one_year(120, 110, 10),
                 goals=["划定巡护网格60个，护林员80名每月巡护不少于20天，"
                        "全年累计巡护19200人·天。"])  # fmt: skip
    tiers(s, HEAD4, [
        ("产出指标", "数量指标", "划定巡护网格数量", "≥60个"),
        (None, None, "全年累计巡护人·天", "≥19200人·天"),
        (None, "质量指标", "网格巡护考核合格率", "≥95%"),
        (None, "时效指标", "巡护问题上报时限", "≤24小时"),
        (None, "成本指标", "巡护日补助标准", "≤40元/人·天"),
        ("效益指标", "社会效益指标", "林区违法案件发生数", "≤6起"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(80), "B101", "error", note="60 + 15 = 75，年度资金总额写80")
    project_head(s, year=YEAR, title="", name="巡护智能终端配发项目", dept=BUREAU,
                 unit="栖桐县林业局",
                 goals=["为护林员配发巡护智能终端120台，终端单价不超过3000元。"],
                 money=[("年度资金总额", total, "其中：财政拨款", wan(60)),
                        ("其他资金", wan(15), None, None)])  # fmt: skip
    count = mk("≥100台", "D104", "warning", row=True, note="年度目标写配发120台")
    tiers(s, HEAD4, [
        ("产出指标", "数量指标", "配发巡护智能终端数量", count),
        (None, "质量指标", "终端验收合格率", "=100%"),
        (None, "时效指标", "终端配发完成时间", "2026年9月30日前"),
        (None, "成本指标", "巡护终端单价", "≤3000元/台"),
        ("效益指标", "社会效益指标", "巡护轨迹实时上传率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgv11-patrol-two-row-header", (7, 10),
         "project, NAT-2021, two-row header with 考核指标, 目标值（年度） and 评价标准, a tier "
         "score column and indicator scores, a rate raised in 百分点 (correct)")  # fmt: skip
def patrol_two_row_header() -> Book:
    b, s = start()
    goal = ("组织护林员150名开展常态化巡护，每人每月巡护不少于20天，火险隐患24小时内上报，"
            "森林火灾受害率控制在0.8‰以内。")  # fmt: skip
    project_head(s, year=YEAR, name="林区常态化巡护项目", dept=BUREAU, unit="雾杉县国有林场",
                 money=one_year(180, 170, 10), goals=[goal])  # fmt: skip
    s.row("绩效指标", None, None, None, "目标值（年度）", "分值", "评价标准", merge=[(1, 4)])
    s.row("一级指标", "一级分值", "二级指标", "考核指标")
    for c in (5, 6, 7):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("成本指标", 20, "经济成本指标", "巡护日补助标准", "≤35元/人·天", 20, "超出标准不得分"),
        ("产出指标", 40, "数量指标", "月均巡护天数", "≥20天", 10, "每少1天扣1分"),
        (None, None, None, "巡护护林员人数", "≥150人", 10, "按实际人数计分"),
        (None, None, "质量指标", "巡护轨迹有效率", "≥95%", 10, "低于95%不得分"),
        (None, None, "时效指标", "火险隐患上报时限", "≤24小时", 10, "超时1次扣2分"),
        ("效益指标", 30, "社会效益指标", "林区火险隐患整改率提高", "≥5百分点", 15,
         "比上年提高5个百分点得满分"),
        (None, None, "生态效益指标", "森林火灾受害率", "≤0.8‰", 15, "超出不得分"),
        ("满意度指标", 10, "服务对象满意度指标", "林区群众满意度", "≥90%", 10, "问卷调查"),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级分值为其下考核指标分值之和，合计100分，不重复计分。", width=7)
    sign(s, "韦禾生", "0779-6620418", day(YEAR - 1, 12, 8))
    return b


@variant("kgv12-patrol-wrong-tier", (5, 10),
         "project, NAT-2021, numbered labels with points and a 分值 column: 产出 points not adding "
         "up, a count under 质量, a rate of presence under 时效")  # fmt: skip
def patrol_wrong_tier() -> Book:
    b, s = start()
    goal = "组织护林员200名划定巡护网格40个，每人全年巡护不少于240天，巡护日补助每人每天30元。"
    project_head(s, year=YEAR, name="护林员网格巡护考核项目", dept=BUREAU, unit="柘岭国有林场",
                 money=one_year(200, 200, 0), goals=[goal])  # fmt: skip
    out = mk("二、产出指标（50分）", "W103", "error", alt=("W101",),
             note="其下分值15+10+10+10=45，不是50")  # fmt: skip
    days = mk("护林员年人均巡护天数", "F201", "warning", row=True, note="数量指标填在质量指标下")
    present = mk("护林员巡护到岗率", "F201", "warning", row=True, note="质量指标填在时效指标下")
    tiers(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、成本指标（10分）", "1.经济成本指标", "巡护日补助标准", "≤30元/人·天", 10),
        (out, "1.数量指标", "参加巡护护林员人数", "≥200人", 15),
        (None, None, "巡护网格划定数量", "≥40个", 10),
        (None, "2.质量指标", days, "≥240天", 10),
        (None, "3.时效指标", present, "≥95%", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "林区违法案件发生数", "≤5起", 15),
        (None, "2.生态效益指标", "森林火灾受害率", "≤0.9‰", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "林区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    return b
