"""Returns of the migrant workers' wage-guarantee fund (kan01–kan06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout706.common import (
    HEAD4,
    YEAR,
    indicators,
    multi_year,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout706.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("kan01-fund-percent", (1, 12), "project, NAT-2021, operator and unit columns, "
         "typed percent cells, 万元 in the number format (correct)")  # fmt: skip
def kan01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹤塘县农民工工资应急周转金项目",
                 dept="鹤塘县人力资源和社会保障局（208011）", unit="鹤塘县劳动保障监察大队",
                 money=one_year(w(520), w(480), w(40)),
                 goals=["设立农民工工资应急周转金，全年为不少于800名农民工应急垫付被拖欠工资，"
                        "垫付资金当年追偿回收率不低于70%，"
                        "在建工程项目工资专户开设率达到100%。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "应急垫付农民工人数", "≥", 800, "人"),
        (None, None, "在建工程项目工资专户开设率", "=", pct(1), None),
        (None, "质量指标", "垫付资金当年追偿回收率", "≥", pct(0.7), None),
        (None, "时效指标", "欠薪求助受理后垫付办结时限", "≤", 10, "个工作日"),
        ("成本指标", "经济成本指标", "人均应急垫付标准", "≤", 0.6, "万元/人"),
        ("效益指标", "社会效益指标", "欠薪引发群体性事件同比下降率", "≥", pct(0.1), None),
        (None, "可持续影响指标", "工资支付保障长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受助农民工满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "邬晓岚", "0736-5208114")
    return b


@variant("kan02-fund-goal-count", (12,), "project, NAT-2021, one value column: money parts do "
         "not add up, goal's count against the indicator, a deadline after the year")  # fmt: skip
def kan02() -> Book:
    b, s = start()
    total = mk(w(350), "B101", "error", note="300 + 30 = 330, not 350")
    project_head(s, year=YEAR, name="柘湖区欠薪保障金补充项目", dept="柘湖区人力资源和社会保障局",
                 unit="柘湖区劳动保障监察大队", money=one_year(total, w(300), w(30)),
                 goals=["补充区级欠薪保障金，全年动用保障金为不少于1500名农民工先行垫付欠薪，"
                        "年底前完成保障金补充到位。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "先行垫付农民工人数",
         mk("≥1200人", "D104", "warning", row=True, note="年度目标 says 不少于1500名")),
        (None, None, "保障金补充规模", "≥330万元"),
        (None, "质量指标", "垫付对象审核准确率", "≥98%"),
        (None, "时效指标", "保障金补充到位时间",
         mk(day(YEAR + 1, 3, 31, CN_DATE), "Y102", "error", note="one-year 2026 project")),
        ("成本指标", "经济成本指标", "人均垫付标准", "≤0.2万元/人"),
        ("效益指标", "社会效益指标", "欠薪案件动态清零率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受助农民工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚立衡", "0731-8426603")
    return b


@variant("kan03-fund-department", (7, 12), "department, NAT-2021, key tasks with 金额合计, "
         "header 绩效目标值, goal's total with its part in brackets (correct)")  # fmt: skip
def kan03() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="南坪市劳动保障监察支队",
                    budget=[(w(860), w(780), w(80), w(310), w(550))],
                    tasks=[("欠薪保障金管理", "审核垫付申请，追偿垫付资金", w(300), "垫付及时足额"),
                           ("工资支付监察执法", "在建工程项目巡查、欠薪线索核查", w(180),
                            "欠薪案件动态清零"),
                           ("农民工维权宣传", "工地讲堂、维权手册印发", w(70), "政策知晓率提升"),
                           ("金额合计", None, w(550), None)],
                    goal="全年受理欠薪求助不少于1000件（其中动用保障金垫付不少于300件），"
                         "巡查在建工程项目不少于260个，受助农民工满意度不低于90%。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "受理欠薪求助件数", "≥1000件"),
        (None, None, "动用保障金垫付件数", "≥300件"),
        (None, None, "巡查在建工程项目数", "≥260个"),
        (None, "质量指标", "欠薪线索核查办结率", "≥95%"),
        (None, "时效指标", "垫付申请审核时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单件垫付平均金额", "≤1万元/件"),
        ("效益指标", "社会效益指标", "农民工维权政策知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受助农民工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲静远", "0745-3317290")
    return b


@variant("kan04-fund-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "a year's count above the period's, a cumulative count copied, "
         "a stale deadline")  # fmt: skip
def kan04() -> Book:
    b, s = start("绩效目标表")
    goal = mk("年内为不少于1000名农民工垫付欠薪，2025年12月底前完成全部垫付案件追偿立案。",
              "Y103", "error", alt=("Y102",),
              note="a deadline before the project starts")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="澄湾县农民工工资保障金三年运行项目",
                 dept="澄湾县人力资源和社会保障局", unit="澄湾县劳动保障监察大队",
                 money=multi_year((w(1500), w(1350), w(150)), (w(500), w(450), w(50))),
                 goals=["2026—2028年累计为3000名农民工垫付欠薪，监管建设工程工资专户项目120个。",
                        goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "垫付欠薪农民工人数", "≥3000人", "≥1000人"),
        (None, None, "工资专户监管项目数", "≥120个",
         mk("≥150个", "D201", "error", note="a year's count above the period's 120")),
        (None, None, "欠薪线索排查企业数", "≥600家",
         mk("≥600家", "D202", "warning", note="cumulative count copied from 中期")),
        (None, "质量指标", "垫付资金追偿回收率", "≥70%", "≥70%"),
        (None, "时效指标", "垫付办结时限", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "人均垫付标准", "≤0.45万元/人", "≤0.45万元/人"),
        ("效益指标", "社会效益指标", "欠薪案件结案率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受助农民工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kan05-fund-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in each (correct)")  # fmt: skip
def kan05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄江镇农民工工资保证金代管项目",
                 dept="澄湾县人力资源和社会保障局",
                 unit="澄江镇劳动保障事务所", money=one_year(w(60), w(60), w(0)),
                 goals=["代管辖区在建工程工资保证金，全年核查保证金账户不少于45个。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "核查工资保证金账户数", "≥45个"),
        (None, "质量指标", "保证金账户核查准确率", "≥98%"),
        (None, "时效指标", "保证金返还办理时限", "≤7个工作日"),
        (None, "成本指标", "单个账户核查成本", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "保证金覆盖在建项目比例", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "施工企业满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="澄江镇欠薪应急处置项目",
                 dept="澄湾县人力资源和社会保障局", unit="澄江镇劳动保障事务所",
                 money=one_year(w(40), w(35), w(5)),
                 goals=["处置欠薪突发事件，全年应急处置欠薪求助不少于80件。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "应急处置欠薪求助件数", "≥80件"),
        (None, "质量指标", "应急处置办结率", "≥95%"),
        (None, "时效指标", "现场响应时限", "≤2小时"),
        (None, "成本指标", "单件应急处置成本", "≤0.5万元/件"),
        ("效益指标", "社会效益指标", "欠薪引发群体性事件起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "施工企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁松年", "0739-6650218")
    return b


@variant("kan06-fund-duplicates", (5,), "project, NAT-2021, numbered tier labels: the same "
         "count under 数量 and 可持续影响, a quality rate under 时效")  # fmt: skip
def kan06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="柘湖区欠薪线索排查专项经费", dept="柘湖区人力资源和社会保障局",
                 unit="柘湖区劳动保障监察大队", money=one_year(w(120), w(120), w(0)),
                 goals=["全年排查用工企业欠薪线索不少于400家，"
                        "欠薪线索核查办结率不低于95%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "1.欠薪线索核查企业数", "≥400家"),
        (None, None, "2.工地实名制考勤抽查项目数", "≥60个"),
        (None, "（二）质量指标", "3.欠薪线索核查办结率", "≥95%"),
        (None, "（三）时效指标", mk("4.垫付资料审核合格率", "F201", "warning", row=True,
                                   note="a quality rate under 时效"), "≥98%"),
        (None, None, "5.线索核查办结时限", "≤15个工作日"),
        ("二、成本指标", "（一）经济成本指标", "6.单家企业核查成本", "≤0.25万元/家"),
        ("三、效益指标", "（一）社会效益指标", "7.欠薪案件动态清零率", "≥95%"),
        (None, "（二）可持续影响指标", "8.欠薪线索核查企业数量",
         mk("≥400家", "D103", "warning", row=True, alt=("D101",),
            note="row 9's count again with one word more")),
        ("四、满意度指标", "（一）服务对象满意度指标", "9.农民工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚立衡", "0731-8426603")
    return b
