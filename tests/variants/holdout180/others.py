"""Department tables, a stacked sheet and a Shanghai table typed by hand in WPS
(oh05, oh08, oh12, oh13, oh14)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout180.common import closing, fw, indicators, nl
from tests.variants.holdout180.registry import variant
from tests.variants.kit import YUAN, Book, mk, money

HEAD = ("序号", "一级指标", "二级指标", "三级指标", "指标值（单位）", "备注")
COMBINED = ("序号", "一级指标—二级指标", "三级指标", "指标值（单位）", "备注", None)


@variant("oh05-department-circled", (5, 12),
         "department, NAT-2021, tiers merged, 序号 1.1.1, names prefixed ①, key tasks adding to "
         "项目支出, notes on new lines, a =０起 outbreak count")  # fmt: skip
def oh05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=2026, dept="柘川县农业农村局",
                    budget=[(money(2680.0), money(2450.0), money(230.0), money(1120.0),
                             money(1560.0))],
                    tasks=[("高标准农田建设", "新建高标准农田并完成验收", money(900.0),
                            "新建高标准农田1.2万亩，验收合格"),
                           ("动物疫病防控", "重大动物疫病强制免疫", money(360.0),
                            "应免畜禽免疫密度≥90%"),
                           ("农业技术推广", "基层农技人员培训与技术示范", money(300.0),
                            "培训农技人员不少于三百人次"),
                           ("金额合计", None, money(1560.0), None)],
                    goal="完成高标准农田建设1.2万亩，重大动物疫病强制免疫密度保持在90%以上，"
                         "培训基层农技人员300人次，全年不发生区域性重大动物疫情。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", [
            ("数量指标", [("①新建高标准农田", "≥１.２万亩"),
                          ("②培训基层农技人员", fw("≥300人次"))]),
            ("质量指标", [("①应免畜禽免疫密度", nl(fw("≥90%"), "省考核口径")),
                          ("②高标准农田验收合格率", fw("=100%"))]),
            ("时效指标", [("①春季集中免疫完成时间", "５月３１日前")]),
        ]),
        ("成本指标", [("经济成本指标", [("①高标准农田亩均建设成本", fw("≤750元/亩"))])]),
        ("效益指标", [
            ("经济效益指标", [("①项目区粮食亩均增产", fw("≥50公斤"))]),
            ("社会效益指标", [("①区域性重大动物疫情发生起数", fw("=0起"))]),
            ("可持续影响指标", [("①农技推广服务体系", "持续完善")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("①农户满意度", fw("≥90%"))])]),
    ], style="merged")  # fmt: skip
    closing(s, 6, ["单位负责人（签字）：            填表人：唐雪琴"])
    return b


@variant("oh08-stacked-two-combined", (5, 2),
         "two projects of one town stacked in one sheet, NAT-2021, combined tier columns, 序号 "
         "running per project, full-width values, one 满意度 name in both projects")  # fmt: skip
def oh08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title("2026年度苇湾镇项目支出绩效目标表", 6)
    s.row("（一）苇湾镇农田灌溉渠道维修项目", merge=[(1, 6)])
    project_head(s, year=2026, title="", name="苇湾镇农田灌溉渠道维修项目",
                 dept="柘川县苇湾镇人民政府[317120]", unit="苇湾镇农业综合服务中心",
                 money=[("年度资金总额", money(48.0), "其中：财政拨款", money(40.0)),
                        ("其他资金", money(8.0), None, None)],
                 goals=["维修灌溉渠道6.5公里，改善灌溉面积3200亩。"])  # fmt: skip
    indicators(s, COMBINED[:5], [
        ("产出指标", [
            ("数量指标", [("维修灌溉渠道", "≥６.５公里", None)]),
            ("质量指标", [("渠道维修验收合格率", fw("=100%"), None)]),
            ("时效指标", [("维修完工时间", "２０２６年４月３０日前", "赶在春灌前")]),
        ]),
        ("成本指标", [("经济成本指标", [("每公里维修成本", fw("≤7万元/公里"), None)])]),
        ("效益指标", [
            ("经济效益指标", [("改善灌溉面积", fw("≥3200亩"), None)]),
            ("社会效益指标", [("受益农户", fw("≥860户"), None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("受益群众满意度", fw("≥90%"), None)])]),
    ], style="combined")  # fmt: skip
    s.skip()
    s.row("（二）苇湾镇村级公益性岗位补贴项目", merge=[(1, 6)])
    project_head(s, year=2026, title="", name="苇湾镇村级公益性岗位补贴项目",
                 dept="柘川县苇湾镇人民政府[317120]", unit="苇湾镇社会事务服务中心",
                 money=[("年度资金总额", money(57.6), "其中：财政拨款", money(57.6)),
                        ("其他资金", money(0.0), None, None)],
                 goals=["开发村级公益性岗位80个，帮扶就业困难人员80人稳定就业。"])  # fmt: skip
    indicators(s, COMBINED[:5], [
        ("产出指标", [
            ("数量指标", [("开发村级公益性岗位", fw("≥80个"), None)]),
            ("质量指标", [("在岗人员考勤合格率", fw("≥95%"), None)]),
            ("时效指标", [("岗位补贴发放时间", "每月１５日前", "按月发放")]),
        ]),
        ("成本指标", [("经济成本指标", [("岗位补贴标准", "≤600元/人·月", None)])]),
        ("效益指标", [("社会效益指标", [("帮扶就业困难人员", fw("≥80人"), None)])]),
        ("满意度指标", [("服务对象满意度指标", [("受益群众满意度", fw("≥90%"), None)])]),
    ], style="combined")  # fmt: skip
    closing(s, 6)
    return b


@variant("oh12-department-combined-wrong", (5, 12),
         "department, NAT-2021, combined tier column, running 序号, names prefixed (1): "
         "基本支出 + 项目支出 ≠ 资金总额, the same 满意度 twice with ≥90% and ≥85%")  # fmt: skip
def oh12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=2026, dept="汀北区文化和旅游局",
                    budget=[(mk(money(1850.0), "B101", "error", row=True,
                                note="基本支出 980 + 项目支出 900 = 1880, not 1850"),
                             money(1700.0), money(150.0), money(980.0), money(900.0))],
                    tasks=[("公共文化服务", "群众文化活动、公共文化场馆免费开放", money(420.0),
                            "举办群众文化活动不少于一百二十场"),
                           ("文物保护", "区级文物保护单位修缮", money(300.0),
                            "完成２处文物保护单位修缮"),
                           ("旅游市场监管", "旅游市场执法检查与投诉处理", money(180.0),
                            "开展旅游市场检查不少于四十次"),
                           ("金额合计", None, money(900.0), None)],
                    goal="全年举办群众文化活动120场以上，完成2处文物保护单位修缮，"
                         "开展旅游市场检查40次以上。")  # fmt: skip
    indicators(s, COMBINED[:5], [
        ("产出指标", [
            ("数量指标", [("(1) 举办群众文化活动", "不少于一百二十场", None),
                          ("(2) 文物保护单位修缮", fw("2处"), None),
                          ("(3) 旅游市场检查", "四十次以上", None)]),
            ("质量指标", [("(4) 文物修缮工程验收合格率", fw("=100%"), None)]),
            ("时效指标", [("(5) 旅游投诉处理时限", nl(fw("≤5个工作日"), "承诺时限"), None)]),
        ]),
        ("成本指标", [("经济成本指标", [("(6) 文物修缮单处成本", fw("≤150万元/处"), None)])]),
        ("效益指标", [
            ("社会效益指标", [("(7) 公共文化服务参与人次", fw("≥20万人次"), None)]),
            ("可持续影响指标", [("(8) 文物安全责任制落实", "到位", None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [
            ("(9) 群众满意度", fw("≥90%"), None),
            (mk("(10) 群众满意度", "D102", "error", row=True, alt=("D101", "D103"),
                note="the same indicator as (9) with another target"),
             nl(fw("≥85%"), "第三方测评"), None)])]),
    ], style="combined")  # fmt: skip
    closing(s, 6)
    return b


@variant("oh13-shanghai-combined-yuan", (5, 1),
         "Shanghai framework (一级目标—二级目标 in one column), money in 元 in the number format, "
         "序号 running, 预算执行率 under 投入与管理, full-width values")  # fmt: skip
def oh13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, title="2026年度梧塘区财政项目支出绩效目标表",
                 name="梧塘区社区学校终身学习项目", dept="梧塘区教育局",
                 unit="梧塘区社区学院", attr="经常性专项业务费", money_label="项目资金（元）",
                 money=[("项目总预算", money(1260000.0, YUAN), "项目当年预算",
                         money(1260000.0, YUAN)),
                        ("其中：财政拨款", money(1260000.0, YUAN), "其他资金",
                         money(0.0, YUAN))],
                 goals=["依托全区12所社区学校开设终身学习课程，全年开班不少于240个，"
                        "服务居民不少于3万人次。"])  # fmt: skip
    head = ("序号", "一级目标—二级目标", "三级目标", "指标目标值（单位）", "备注")
    indicators(s, head, [
        ("投入与管理", [
            ("财务管理", [("预算执行率", fw("≥95%"), None)]),
            ("实施管理", [("课程管理制度", "健全", None)]),
        ]),
        ("产出目标", [
            ("数量", [("开设课程班", fw("≥240个"), None),
                      ("服务居民", fw("≥3万人次"), None)]),
            ("质量", [("课程计划完成率", fw("≥95%"), None)]),
            ("时效", [("秋季班开班时间", "９月３０日前", None)]),
            ("成本", [("每个课程班教学成本", fw("≤5000元/个"), None)]),
        ]),
        ("效果目标", [
            ("社会效益", [("居民终身学习参与度", "明显提升", None)]),
            ("满意度", [("学员满意度", fw("≥90%"), None)]),
        ]),
        ("影响力目标", [("长效管理", [("社区学校办学机制", "持续完善", None)])]),
    ], style="combined")  # fmt: skip
    closing(s, 6, copies="本表一式三份。")
    return b


@variant("oh14-department-outline-points", (5, 10, 12),
         "department, NAT-2021, 序号 outline rows, a 分值 column with tier-1 points on the tier-1 "
         "rows and indicator points (both adding to 100), a 提前发布时间 ≥ (正向)")  # fmt: skip
def oh14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=2026, dept="云桥市气象局",
                    budget=[(money(1320.0), money(1260.0), money(60.0), money(860.0),
                             money(460.0))],
                    tasks=[("气象观测站网维护", "区域自动气象站巡检、维修和备件更换", money(260.0),
                            "维护区域自动气象站120个，设备正常运行率不低于98%"),
                           ("气象灾害预警服务", "灾害性天气监测预警和信息发布", money(200.0),
                            "预警信号提前发布时间不少于30分钟"),
                           ("金额合计", None, money(460.0), None)],
                    goal="维护全市120个区域自动气象站，灾害性天气预警信号提前30分钟以上发布，"
                         "气象服务公众满意度达到90%以上。")  # fmt: skip
    head = ("序号", "一级指标", "二级指标", "三级指标", "指标值（单位）", "分值（分）")
    indicators(s, head, [
        ("产出指标", [
            ("数量指标", [("(1) 维护区域自动气象站", fw("≥120个"), 15),
                          ("(2) 发布气象服务产品", fw("≥1500期"), 10)]),
            ("质量指标", [("(1) 自动气象站设备正常运行率", fw("≥98%"), 15)]),
            ("时效指标", [("(1) 预警信号提前发布时间", fw("≥30分钟"), 10)]),
        ]),
        ("成本指标", [("经济成本指标", [("(1) 单站年均维护成本", fw("≤2万元/个"), 10)])]),
        ("效益指标", [
            ("社会效益指标", [("(1) 气象灾害预警信息公众覆盖率", fw("≥95%"), 15)]),
            ("可持续影响指标", [("(1) 气象防灾减灾联动机制", "持续完善", 15)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("(1) 气象服务公众满意度", fw("≥90%"), 10)])]),
    ], style="outline", tier_extra={"产出指标": 50, "成本指标": 10, "效益指标": 30,
                                     "满意度指标": 10})  # fmt: skip
    closing(s, 6)
    return b
