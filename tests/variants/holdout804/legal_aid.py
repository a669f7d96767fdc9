"""Legal-aid cases: case subsidies, defence for every criminal case, township aid stations, duty
lawyers and the aid centre's own budget (keh01–keh06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout804.common import (
    department_book,
    indicators,
    notes,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout804.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效标准", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("keh01-case-subsidy", (1, 7), "project, OLD-NAT, operator in words under 指标性质, header "
         "绩效标准, unit column, typed percents, goal count with its parts (correct)")  # fmt: skip
def case_subsidy() -> Book:
    b, s = project_book(
        year=2025, name="法律援助案件办案补贴", dept="栎川县司法局（318006）",
        unit="栎川县法律援助中心",
        money=[("年度资金总额", wan(180), "其中：财政拨款", wan(170)),
               ("其他资金", wan(10), "上年结转", wan(0))],
        goals=["全年办理法律援助案件1200件（其中刑事案件500件、民事及行政案件700件），案件质量"
               "评查合格率不低于95%，受援人满意度不低于92%。"],
    )  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "办理法律援助案件数", "大于等于", 1200, "件"),
        (None, None, "其中：刑事法律援助案件数", "大于等于", 500, "件"),
        (None, "质量指标", "案件质量评查合格率", "大于等于", pct(0.95), "%"),
        (None, None, "结案材料归档率", "等于", pct(1), "%"),
        (None, "时效指标", "援助申请受理审查时限", "小于等于", 7, "个工作日"),
        (None, "成本指标", "每件案件平均办案补贴", "小于等于", 1400, "元/件"),
        ("效益指标", "社会效益指标", "困难群众应援尽援率", "等于", pct(1), "%"),
        (None, "可持续影响指标", "案件信息系统录入率", "大于等于", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "邬明禾", "0731-6620418", day(2024, 11, 15))
    return b


@variant("keh02-defence-mismatch", (12,), "project, NAT-2021, operators inside the values: "
         "money parts against the total, goal count and cost standard against the "
         "indicators")  # fmt: skip
def defence_mismatch() -> Book:
    b, s = project_book(
        year=2025, name="刑事案件律师辩护全覆盖", dept="苇塘区司法局（207011）",
        unit="苇塘区法律援助中心",
        money=[("年度资金总额", mk(wan(200), "B101", "error", row=True,
                                   note="财政拨款 190 + 其他资金 15 = 205 ≠ 200"),
                "其中：财政拨款", wan(190)),
               ("其他资金", wan(15), None, None)],
        goals=["办理刑事案件律师辩护全覆盖案件1500件，值班律师提供法律帮助3000人次。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "每件辩护案件办案补贴",
         mk("≤2000元/件", "B107", "warning", row=True,
            note="2000元 × 1500件 = 300万元（按指标的1300件也有260万元），超过年度资金200万元")),
        ("产出指标", "数量指标", "律师辩护全覆盖案件数",
         mk("≥1300件", "D104", "warning", row=True, note="年度目标写办理1500件")),
        (None, None, "值班律师法律帮助人次", "≥3000人次"),
        (None, "质量指标", "辩护案件质量评查优良率", "≥85%"),
        (None, "时效指标", "通知辩护指派律师时限", "≤3个工作日"),
        ("效益指标", "社会效益指标", "认罪认罚案件值班律师参与率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘书远", "0736-5512093", day(2024, 12, 2))
    return b


@variant("keh03-stations-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "value columns: a year's count above the period's, a count copied, a deadline past "
         "the period")  # fmt: skip
def stations_three_year() -> Book:
    b, s = project_book(
        year=2025, years=3, name="乡镇法律援助工作站建设", dept="鹤汀市司法局（401002）",
        unit="鹤汀市法律援助中心", attr="新增项目",
        money=[("中期资金总额", wan(450), "年度资金总额", wan(150)),
               ("其中：财政拨款", wan(420), "其中：财政拨款", wan(140)),
               ("其他资金", wan(30), "其他资金", wan(10))],
        goals=["2025—2027年建成乡镇法律援助工作站36个，累计办理援助事项9000件。",
               "2025年建成工作站12个，办理援助事项3000件。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "乡镇法律援助工作站建成数", "≥36个",
         mk("≥40个", "D201", "error", row=True, alt=("D104",),
            note="一年建成40个，多于三年的36个（年度目标写12个）")),
        (None, None, "法律援助事项办理数", "≥9000件",
         mk("≥9000件", "D202", "warning", alt=("D104",),
            note="年度值照抄中期值；年度目标写3000件")),
        (None, "质量指标", "工作站规范化验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "工作站建设完成时间",
         mk("2028年12月31日前", "Y102", "error", row=True,
            note="项目期为2025—2027年，中期完成时间落在项目期之后"),
         "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个工作站建设补助标准", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "社会效益指标", "群众就近获得法律援助覆盖率", "≥90%", "≥80%"),
        (None, "可持续影响指标", "工作站长效运行机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("keh04-duty-lawyers-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, 0起 on an incident count, one name with two values in two projects "
         "(correct)")  # fmt: skip
def duty_lawyers_stacked() -> Book:
    b, s = project_book(
        year=2025, name="值班律师工作站运行", dept="鹤汀市司法局（401002）",
        unit="鹤汀市法律援助中心",
        money=[("年度资金总额", wan(60), "其中：财政拨款", wan(55)),
               ("其他资金", wan(5), None, None)],
        goals=["在看守所、法院设值班律师工作站6个，全年提供法律帮助2400人次。"],
        title="2025年度项目支出绩效目标申报表（法律援助中心）",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "值班律师工作站数", "≥6个"),
        (None, None, "值班律师法律帮助人次", "≥2400人次"),
        (None, "质量指标", "值班记录完整率", "≥95%"),
        (None, "时效指标", "在押人员约见值班律师响应时限", "≤48小时"),
        (None, "成本指标", "值班律师补贴标准", "≤200元/人次"),
        ("效益指标", "社会效益指标", "值班律师违规执业事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="法律援助案件质量评查", dept="鹤汀市司法局（401002）",
        unit="鹤汀市法律援助中心",
        money=[("年度资金总额", wan(20), "其中：财政拨款", wan(20)),
               ("其他资金", wan(0), None, None)],
        goals=["评查法律援助案件600件，评查结果按季度向社会通报。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "评查法律援助案件数", "≥600件"),
        (None, "质量指标", "评查专家具备律师执业资格比例", "=100%"),
        (None, "时效指标", "年度评查完成时间", "2025年11月30日前"),
        (None, "成本指标", "每件案件评查费用", "≤300元/件"),
        ("效益指标", "可持续影响指标", "评查结果通报次数", "≥4次"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "柯晚晴", "0733-8861207", day(2024, 11, 28))
    return b


@variant("keh05-aid-centre-department", (12,), "department, NAT-2021, key tasks with 金额合计: "
         "tasks not adding up, the same indicator twice with a word more, a quality rate under "
         "时效")  # fmt: skip
def aid_centre_department() -> Book:
    b, s = department_book(
        year=2025, dept="栎川县法律援助中心",
        budget=[(wan(326), wan(300), wan(26), wan(146), wan(180))],
        tasks=[("法律援助案件办理", "办理民事、刑事、行政法律援助案件", wan(120), "办结案件1100件"),
               ("12348热线法律咨询", "热线及窗口咨询接待", wan(35), "解答咨询2万人次"),
               ("法律援助质量管理", "案件质量评查、受援人回访", wan(20), "评查案件300件"),
               ("金额合计", None, mk(wan(180), "B102", "error",
                                     note="120 + 35 + 20 = 175 ≠ 金额合计 180")),
               ],
        goal="全年办结法律援助案件1100件，解答法律咨询2万人次，评查案件300件，受援人满意度90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "法律援助案件办结数", "≥1100件"),
        (None, None, "法律咨询解答人次", "≥20000人次"),
        (None, None, "法律援助案件办结数量",
         mk("≥1000件", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与“法律援助案件办结数 ≥1100件”是同一指标，多一个“量”字，指标值却不同")),
        (None, "质量指标", "评查案件优良率", "≥85%"),
        (None, "时效指标", "法律援助案件质量评查合格率",
         mk("≥95%", "F201", "warning", row=True, note="评查合格率是质量指标，填在时效指标下")),
        (None, None, "援助申请审查办结及时率", "≥98%"),
        ("成本指标", "经济成本指标", "案件办理补贴支出", "≤120万元"),
        ("效益指标", "社会效益指标", "困难群众应援尽援率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("keh06-aid-flat-list", (3, 1, 11), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, a 下降率 with ≥, weights add to 100 "
         "(correct)")  # fmt: skip
def aid_flat_list() -> Book:
    b, s = department_book(
        year=2025, dept="苇塘区法律援助中心",
        budget=[(wan(210), wan(200), wan(10), wan(90), wan(120))],
        goal="办理法律援助案件900件（其中未成年人案件120件），受援人满意度不低于90%。",
    )  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("法律援助案件办理数", 20, "件", "≥", 900),
        ("其中：未成年人法律援助案件数", 10, "件", "≥", 120),
        ("案件质量评查优良率", 15, "%", "≥", pct(0.85)),
        ("受援人重复申诉下降率", 10, "%", "≥", pct(0.1)),
        ("法律援助申请审查时限", 10, "个工作日", "≤", 7),
        ("每件案件平均办案补贴", 15, "元/件", "≤", 1300),
        ("应援尽援率", 10, "%", "=", pct(1)),
        ("受援人满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：权重合计100分；下降率按上年受援人重复申诉件数计算。")
    sign(s, "滕若川", "0736-5519820", day(2024, 11, 22))
    return b
