"""Small water plants (小型水厂): upgrades, purification equipment, operation and maintenance."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout837.common import (
    YEAR,
    book,
    indicators,
    one_year,
    period_money,
    sign,
)
from tests.variants.holdout837.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = [("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")]
ONE_HEAD = [("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None)]
PERIOD_HEAD = [("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")]


@variant("kfo01-plant-upgrade", (1, 5, 7, 12),
         "project, NAT-2021, numbered tier labels, operator in words in 指标性质, unit column, "
         "percent cells, goal count with its parts in brackets (correct)")  # fmt: skip
def plant_upgrade() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹤汀镇集中供水站提标改造项目", dept="澄岭县水利局（402）",
                 unit="澄岭县农村供水管理站", money=one_year(200, 180, 20),
                 goals=["完成鹤汀镇、枫陂乡小型水厂提标改造3座（其中新建净水间1座、改造2座），"
                        "新增消毒设备6套，出厂水水质达标率95%以上，"
                        "保障1.8万农村人口饮水安全。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("一、产出指标", [
            ("（一）数量指标", [("提标改造小型水厂数量", "等于", 3, "座"),
                             ("新增消毒设备", "大于等于", 6, "套")]),
            ("（二）质量指标", [("出厂水水质达标率", "大于等于", pct(0.95), "%"),
                             ("改造工程验收合格率", "等于", pct(1), "%")]),
            ("（三）时效指标", [("改造工程完工时间", "小于等于", day(YEAR, 10, 31, CN_DATE),
                              None)]),
        ]),
        ("二、成本指标", [
            ("（一）经济成本指标", [("单座水厂改造补助标准", "小于等于", 55, "万元/座"),
                                 ("消毒设备购置单价", "小于等于", 4.5, "万元/套")]),
        ]),
        ("三、效益指标", [
            ("（一）社会效益指标", [("受益农村人口", "大于等于", 1.8, "万人"),
                                 ("水质投诉下降率", "大于等于", 20, "%"),
                                 ("水质超标事件", "小于等于", 0, "起")]),
            ("（二）可持续影响指标", [("制水漏耗率", "小于等于", pct(0.08), "%"),
                                   ("水厂设计运行年限", "大于等于", 15, "年")]),
        ]),
        ("四、满意度指标", [
            ("（一）服务对象满意度指标", [("受益群众满意度", "大于等于", pct(0.9), "%")]),
        ]),
    ])  # fmt: skip
    sign(s, "甘若岚", "0796-5521347")
    return b


@variant("kfo02-plant-goal-mismatch", (11, 12),
         "project, NAT-2021, one value column with operators inside: the goal's 12 sets against "
         "an indicator's 10, a deadline in the next year, a unit price × count "
         "over the money")  # fmt: skip
def plant_goal_mismatch() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="枫陂乡一体化净水设备购置项目", dept="澄岭县水利局（402）",
                 unit="枫陂乡人民政府", money=one_year(240, 200, 40),
                 goals=["为枫陂乡12个行政村供水点购置一体化净水消毒设备12套，2026年11月底前"
                        "全部安装调试到位，受益人口0.9万人。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", [
            ("数量指标", [
                ("一体化净水消毒设备购置数量",
                 mk("≥10套", "D104", "warning", row=True,
                    note="年度目标写购置12套、覆盖12个供水点，指标只写10套"), "按供水点配置"),
                ("覆盖行政村供水点", "≥12个", None)]),
            ("质量指标", [("设备安装调试合格率", "≥98%", None)]),
            ("时效指标", [
                ("设备安装完成时间",
                 mk(day(YEAR + 1, 3, 31), "Y102", "error", row=True, alt=("Y101",),
                    note="一年期项目（2026年），年度目标写2026年11月底前，日期却在2027年"),
                 None)]),
        ]),
        ("成本指标", [
            ("经济成本指标", [
                ("一体化净水消毒设备单价",
                 mk("≤26万元/套", "B107", "warning", row=True,
                    note="26万元 × 12套 = 312万元（按指标的10套也是260万元），超过年度资金240万元"),
                 "含安装调试")]),
        ]),
        ("效益指标", [
            ("社会效益指标", [("受益人口", "≥0.9万人", None)]),
            ("可持续影响指标", [("设备设计使用年限", "≥8年", None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("供水点村民满意度", "≥90%", None)])]),
    ])  # fmt: skip
    sign(s, "范启舟", "0796-5521360")
    return b


@variant("kfo03-plants-stacked", (2, 5),
         "two projects stacked in one sheet, OLD-NAT with 成本指标 under 产出, tier labels marked "
         "with * and ★, the same indicator with different values in each "
         "project (correct)")  # fmt: skip
def plants_stacked() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="栎川县小型水厂运行维护补助", dept="栎川县水务局（317）",
                 unit="栎川县农村供水服务中心", money=one_year(85, 85, 0),
                 goals=["对蔺坞、石甸等4座小型水厂实行专业化运行维护，全年运行不少于360天，"
                        "保障2.1万人稳定供水。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("*产出指标", [
            ("★数量指标", [("运行维护水厂数量", "≥4座", None),
                          ("水厂运维人员培训", "≥12人次", None)]),
            ("★质量指标", [("出厂水水质达标率", pct(0.95), "全年抽检")]),
            ("时效指标", [("设备故障维修响应时间", "≤24小时", None)]),
            ("成本指标", [("单座水厂年运维补助", "≤20万元/座", "4座共80万元")]),
        ]),
        ("*效益指标", [
            ("社会效益指标", [("保障稳定供水人口", "≥2.1万人", None)]),
            ("可持续影响指标", [("水厂年运行天数", "≥360天", None)]),
        ]),
        ("*满意度指标", [("服务对象满意度指标", [("用水户满意度", "≥90%", None)])]),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="石甸乡水厂消毒药剂集中采购", dept="栎川县水务局（317）",
                 unit="石甸乡水利站", money=one_year(36, 30, 6), title="",
                 goals=["集中采购次氯酸钠等消毒药剂18吨，按季度配送至石甸乡3座水厂，"
                        "为2027年全县推广集中配药积累经验。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("*产出指标", [
            ("★数量指标", [("消毒药剂采购量", "≥18吨", None)]),
            ("★质量指标", [("出厂水水质达标率", "≥97%", "药剂投加后"),
                          ("出厂水余氯合格率", "≥95%", None)]),
            ("时效指标", [("药剂季度配送及时率", "≥95%", None)]),
            ("成本指标", [("消毒药剂采购单价", "≤1.8万元/吨", "18吨共32.4万元")]),
        ]),
        ("*效益指标", [
            ("社会效益指标", [("因消毒不到位引发的水质事件", "0起", None)]),
        ]),
        ("*满意度指标", [("服务对象满意度指标", [("用水户满意度", "≥92%", None)])]),
    ])  # fmt: skip
    sign(s, "欧阳洵", "0735-4470218")
    return b


@variant("kfo04-plants-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and a quality rate sits under 时效; the first lists one "
         "training twice")  # fmt: skip
def plants_stacked_defects() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苇塘片区水厂净化工艺改造", dept="澄岭县水利局（402）",
                 unit="苇塘水厂", money=one_year(120, 100, 20),
                 goals=["改造苇塘水厂絮凝沉淀和过滤工艺，日供水能力提升至3000吨，"
                        "培训运维人员20人次。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", [
            ("数量指标", [
                ("水厂日供水能力", "≥3000吨/日", None),
                ("水厂运维人员培训人次",
                 mk("≥20人次", "D102", "error", row=True, required=False, alt=("D103", "D104"),
                    note="与下一行是同一指标，查到此行也可"), None),
                ("水厂运维人员技能培训人次",
                 mk("≥30人次", "D102", "error", row=True, alt=("D103", "D104"),
                    note="多一个“技能”的同一指标，指标值却是30人次（年度目标写20人次）"), None)]),
            ("质量指标", [("改造后出厂水浊度达标率", "≥98%", None)]),
            ("时效指标", [("工艺改造完工时间", "2026年9月30日前", None)]),
            ("成本指标", [("工艺改造总成本", "≤120万元", None)]),
        ]),
        ("效益指标", [("社会效益指标", [("受益人口", "≥1.1万人", None)])]),
        ("满意度指标", [("服务对象满意度指标", [("用水户满意度", "≥90%", None)])]),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="枫陂水厂在线监测仪表更新", dept="澄岭县水利局（402）",
                 unit="枫陂水厂", title="",
                 money=one_year(mk(60, "B101", "error", note="45 + 10 = 55，不等于60"), 45, 10),
                 goals=["更新浊度、余氯、pH在线监测仪表8台，"
                        "实现出厂水关键指标实时监测。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", [
            ("数量指标", [("更新在线监测仪表", "≥8台", None)]),
            ("质量指标", [("仪表校准合格率", "≥95%", None)]),
            ("时效指标", [
                (mk("出厂水浊度合格率", "F201", "warning", row=True,
                    note="水质合格率是质量指标，填在时效指标下"), "≥95%", None),
                ("仪表更新完成时间", "2026年8月31日前", None)]),
            ("成本指标", [("在线监测仪表单价", "≤6万元/台", "8台共48万元")]),
        ]),
        ("效益指标", [("社会效益指标", [("水质异常发现时间", "≤1小时", None)])]),
        ("满意度指标", [("服务对象满意度指标", [("用水户满意度", "≥90%", None)])]),
    ])  # fmt: skip
    sign(s, "范启舟", "0796-5521360")
    return b


@variant("kfo05-plant-multi-year", (8, 1),
         "three-year project, NAT-2021, 中期 and 年度 value columns with a unit column: period "
         "counts above the year's, rates equal in both columns, percent cells "
         "(correct)")  # fmt: skip
def plant_multi_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, attr="新增项目", name="澄岭县千吨万人规模化水厂建设",
                 dept="澄岭县水利局（402）", unit="澄岭县水利工程建设中心",
                 money=period_money((900, 810, 90), (300, 270, 30)),
                 goals=["2026—2028年建成千吨万人规模化水厂3座，配套主干管网36公里，"
                        "覆盖农村人口5.4万人。",
                        "2026年建成第1座水厂并配套主干管网12公里，"
                        "覆盖农村人口1.8万人。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", [
            ("数量指标", [("建成规模化水厂", "≥3", "≥1", "座"),
                         ("配套主干管网", "≥36", "≥12", "公里")]),
            ("质量指标", [("出厂水水质达标率", pct(0.95), pct(0.95), "%"),
                         ("工程竣工验收合格率", pct(1), pct(1), "%")]),
            ("时效指标", [("年度建设任务按期完成率", pct(1), pct(1), "%")]),
        ]),
        ("成本指标", [
            ("经济成本指标", [("单座水厂建设成本（含配套管网）", "≤270", "≤270", "万元/座")]),
        ]),
        ("效益指标", [
            ("社会效益指标", [("覆盖农村人口", "≥5.4", "≥1.8", "万人")]),
            ("可持续影响指标", [("水厂设计使用年限", "≥30", "≥30", "年")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("受益群众满意度", pct(0.9), pct(0.9), "%")])]),
    ])  # fmt: skip
    sign(s, "甘若岚", "0796-5521347")
    return b


@variant("kfo06-plant-multi-year-defects", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
         "a cumulative count copied to 年度, a year left over from 2024 in the "
         "年度目标")  # fmt: skip
def plant_multi_year_defects() -> Book:
    b, s = book()
    goal = mk("完成2024年度第二批8座水厂消毒设施配套，新增村级水厂视频监控12处，覆盖行政村8个。",
              "Y103", "warning", alt=("Y101", "D104"),
              note="2026年的年度目标写着2024年度的任务，是上一轮申报的遗留")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="栎川县村级水厂规范化管理提升",
                 dept="栎川县水务局（317）",
                 unit="栎川县农村供水服务中心", money=period_money((450, 400, 50), (150, 130, 20)),
                 goals=["2026—2028年完成全县24个行政村村级水厂规范化改造，配套消毒设施和视频监控，"
                        "村级水厂水质达标率达到90%以上。", goal])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", [
            ("数量指标", [
                ("规范化改造覆盖行政村", "≥24",
                 mk("≥24", "D202", "warning", row=True,
                    note="三年累计24个，年度值与中期相同；年度目标只写8个"), "个"),
                ("配套视频监控点", "≥12",
                 mk("≥15", "D201", "error", row=True, note="年度15处大于三年合计12处"), "处")]),
            ("质量指标", [("村级水厂水质达标率", "≥90%", "≥85%", None)]),
            ("时效指标", [("年度改造任务完成时间", "2028年12月31日前", "2026年12月31日前", None)]),
        ]),
        ("成本指标", [("经济成本指标", [("单处视频监控点建设费用", "≤3", "≤3", "万元/处")])]),
        ("效益指标", [("社会效益指标", [("受益农村人口", "≥3.6", "≥1.2", "万人")])]),
        ("满意度指标", [("服务对象满意度指标", [("受益群众满意度", "≥90%", "≥90%", None)])]),
    ])  # fmt: skip
    sign(s, "欧阳洵", "0735-4470218")
    return b
