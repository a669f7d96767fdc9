"""Small water works disinfection: dosing equipment, stacked works, a three-year programme."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout876.common import (
    OP_HEAD,
    PERIOD_HEAD,
    VAL_HEAD,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout876.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "澄渊县水利局（412）"
UNIT = "澄渊县农村供水管理站"


@variant("khb01-dosing-typed-percent", (1, 11),
         "project, NAT-2021, operator and unit columns, a typed percent, 0起 "
         "(correct)")  # fmt: skip
def dosing_typed_percent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="农村小型水厂次氯酸钠发生器更新", dept=DEPT, unit=UNIT,
                 money=one_year(wan(180), wan(150), wan(30)),
                 goals=["为全县12座千吨万人以下水厂各更新次氯酸钠发生器1套（共12套），"
                        "出厂水消毒剂余量达标率达到95%以上。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("成本指标", "经济成本指标", "单套发生器购置安装成本", "≤", 12, "万元/套"),
        ("产出指标", "数量指标", "更新次氯酸钠发生器数量", "≥", 12, "套"),
        (None, "质量指标", "出厂水消毒剂余量达标率", "≥", pct(0.95), "%"),
        (None, None, "消毒设备故障停机率", "≤", 2, "%"),
        (None, "时效指标", "设备安装调试完成时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        ("效益指标", "社会效益指标", "受益农村供水人口", "≥", 8.6, "万人"),
        (None, None, "消毒不到位引发的饮水安全事件", "=", 0, "起"),
        (None, "可持续影响指标", "设备运行维护制度建立", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "韦思远", "0771-5830416", (YEAR - 1, 11, 18))
    return b


@variant("khb02-dosing-goal-cost-date", (11, 12),
         "project, NAT-2021, operator column: goal count, unit cost and deadline "
         "disagree")  # fmt: skip
def dosing_goal_cost_date() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="农村供水工程二氧化氯消毒设备配置", dept=DEPT, unit=UNIT,
                 money=one_year(wan(160), wan(140), wan(20)),
                 goals=["为15座单村供水工程配置二氧化氯发生器15套，"
                        "2025年底前全部投运。"])  # fmt: skip
    cap = mk(16, "B107", "warning", row=True,
             note="16万元/套 × 12套 = 192万元，超过年度资金160万元")  # fmt: skip
    count = mk(12, "D104", "warning", row=True,
               note="年度目标写配置15套，数量指标却是12套")  # fmt: skip
    due = mk(day(YEAR + 1, 6, 30, CN_DATE), "Y102", "error", alt=("Y103",),
             note="一年期项目（2025年），完成时间却在2026年6月30日")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("成本指标", "经济成本指标", "单套发生器配置成本", "≤", cap, "万元/套"),
        ("产出指标", "数量指标", "配置二氧化氯发生器数量", "≥", count, "套"),
        (None, "质量指标", "设备验收合格率", "=", "100%", None),
        (None, "时效指标", "设备投运完成时间", "≤", due, None),
        ("效益指标", "社会效益指标", "出厂水微生物指标达标率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "供水工程管护人员满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "莫清和", "0771-5830422", (YEAR - 1, 11, 21))
    return b


@variant("khb03-stacked-two-works", (2,),
         "two projects stacked, OLD-NAT, one value column, the same name with other values "
         "(correct)")  # fmt: skip
def stacked_two_works() -> Book:
    b, s = start("消毒改造")
    project_head(s, year=YEAR, name="槐坪水厂消毒间改造", dept=DEPT, unit="槐坪水厂",
                 money=one_year(wan(46), wan(40), wan(6)),
                 goals=["改造消毒间1处（约80平方米），新增紫外线消毒设备2台。"])  # fmt: skip
    indicators(s, VAL_HEAD, [
        ("产出指标", "数量指标", "消毒设备安装数量", "≥2台"),
        (None, None, "消毒间改造面积", "≥80平方米"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年10月底前"),
        (None, "成本指标", "紫外线消毒设备单价", "≤9万元/台"),
        ("效益指标", "社会效益指标", "出厂水菌落总数达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "供水片区群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="芦湾镇供水站紫外线消毒设备购置", dept=DEPT,
                 unit="芦湾镇供水站", money=one_year(wan(30), wan(30), wan(0)),
                 goals=["购置紫外线消毒设备3台，实现全镇4个供水点消毒全覆盖。"],
                 title="")  # fmt: skip
    indicators(s, VAL_HEAD, [
        ("产出指标", "数量指标", "消毒设备安装数量", "≥3台"),
        (None, None, "消毒覆盖供水点数量", "≥4个"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备购置完成时间", "2025年8月底前"),
        (None, "成本指标", "紫外线消毒设备单价", "≤9.5万元/台"),
        ("效益指标", "社会效益指标", "供水点消毒覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "供水片区群众满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：两个项目分别申报、分别批复，指标分别考核。")
    return b


@variant("khb04-stacked-money-duplicate", (2, 12),
         "two projects stacked, OLD-NAT: the second's money, a near-duplicate and its "
         "goal count")  # fmt: skip
def stacked_money_duplicate() -> Book:
    b, s = start("消毒设备")
    project_head(s, year=YEAR, name="石埠水厂加氯间安全改造", dept=DEPT, unit="石埠水厂",
                 money=one_year(wan(38), wan(32), wan(6)),
                 goals=["改造加氯间1处，配置漏氯报警及吸收装置1套。"])  # fmt: skip
    indicators(s, VAL_HEAD, [
        ("产出指标", "数量指标", "漏氯报警吸收装置配置数量", "≥1套"),
        (None, "质量指标", "出厂水浊度达标率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年9月底前"),
        (None, "成本指标", "加氯间改造成本", "≤38万元"),
        ("效益指标", "社会效益指标", "加氯间安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "水厂职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(52), "B101", "error", note="年度资金总额52 ≠ 财政拨款40 + 其他资金8")
    project_head(s, year=YEAR, name="岫溪片区单村水站消毒设施补短板", dept=DEPT,
                 unit="岫溪镇人民政府", money=one_year(total, wan(40), wan(8)),
                 goals=["为片区内2座单村水站补齐消毒设施，出厂水消毒合格。"],
                 title="")  # fmt: skip
    stations = mk("≥3座", "D104", "warning", row=True,
                  note="年度目标写2座单村水站，数量指标却是3座")  # fmt: skip
    again = mk("出厂水浑浊度达标率", "D103", "warning", row=True, alt=("D101",),
               note="与上一行“出厂水浊度达标率”同一指标，多一个字")  # fmt: skip
    indicators(s, VAL_HEAD, [
        ("产出指标", "数量指标", "补齐消毒设施水站数量", stations),
        (None, "质量指标", "出厂水浊度达标率", "≥95%"),
        (None, None, again, "≥90%"),
        (None, "时效指标", "设施投用时间", "2025年11月底前"),
        (None, "成本指标", "单站消毒设施成本", "≤12万元/座"),
        ("效益指标", "社会效益指标", "受益人口", "≥3200人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khb05-three-year-disinfection", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, a later year prepared for "
         "(correct)")  # fmt: skip
def three_year_disinfection() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="农村千人以上供水工程消毒能力提升三年行动", dept=DEPT,
                 unit=UNIT, years=3, attr="新增项目",
                 money=multi_year((wan(540), wan(450), wan(90)), (wan(180), wan(150), wan(30))),
                 goals=["三年内为36处千人以上供水工程配齐消毒设备，建立县级消毒运行巡查制度。",
                        "2025年完成12处工程消毒设备配置，为2028年全县推广积累运行经验。"],
                 )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "单处消毒设备配置成本", "≤14万元/处", "≤14万元/处"),
        ("产出指标", "数量指标", "配齐消毒设备工程数量", "≥36处", "≥12处"),
        (None, None, "培训水厂管护人员", "≥108人次", "≥36人次"),
        (None, "质量指标", "出厂水消毒剂余量达标率", "≥95%", "≥92%"),
        (None, "时效指标", "年度配置任务完成时间", "2027年12月底前", "2025年12月底前"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥12万人", "≥4万人"),
        (None, "可持续影响指标", "消毒运行巡查制度", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：中期指标值为2025—2027年累计数，年度指标值为2025年数。", width=5)
    sign(s, "韦思远", "0771-5830416", (YEAR - 1, 12, 2))
    return b


@variant("khb06-three-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: goal text and a count copied, "
         "a year above its period")  # fmt: skip
def three_year_copied() -> Book:
    b, s = start()
    same = "三年内为24座农村水厂配置在线余氯监测仪，培训水厂管理员60人。"
    project_head(s, year=YEAR, name="农村水厂余氯在线监测能力建设", dept=DEPT, unit=UNIT,
                 years=3, money=multi_year((wan(360), wan(300), wan(60)),
                                           (wan(120), wan(100), wan(20))),
                 goals=[same, mk(same, "D204", "warning", note="年度目标照抄中期目标")],
                 )  # fmt: skip
    above = mk("≥30台", "D201", "error", note="年度30台大于三年合计24台")
    copied = mk("≥60人", "D202", "warning", note="三年累计培训人数照抄为年度值")
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "余氯在线监测仪安装数量", "≥24台", above),
        (None, None, "培训水厂管理员", "≥60人", copied),
        (None, "质量指标", "监测数据上传完整率", "≥95%", "≥95%"),
        (None, "时效指标", "监测数据上传及时率", "≥95%", "≥90%"),
        ("成本指标", "经济成本指标", "单台监测仪购置成本", "≤3.5万元/台", "≤3.5万元/台"),
        ("效益指标", "社会效益指标", "余氯不达标预警处置率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "水厂管理员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫清和", "0771-5830422", (YEAR - 1, 12, 5))
    return b
