"""Years and dates in titles, goals, plan dates and deadlines: one-year projects with an
operator column, department tables and two stacked projects (rh07–rh12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout258.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout258.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("rh07-budget-audit-prior-year", (7, 12), "one-year 审计项目, NAT-2021, operator "
         "column: the goal audits the 2025 budget (a past year legitimately named), deadlines "
         "typed as real dates (correct)")  # fmt: skip
def rh07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="县本级预算执行和其他财政收支审计项目",
        dept="南屏县审计局（503）", unit="南屏县审计局财政审计股", attr="常年项目",
        money=one_year_money(wan(38), wan(38), wan(0)),
        goals=["对2025年度县本级预算执行、决算草案和其他财政收支情况开展审计，延伸审计一级预算单位"
               "18家，2026年6月30日前提交审计工作报告，2026年8月31日前完成整改情况报告。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "延伸审计一级预算单位数", "≥", 18, "家"),
        (None, None, "形成专项审计报告数", "≥", 3, "篇"),
        (None, "质量指标", "审计报告复核通过率", "≥", 98, "%"),
        (None, "时效指标", "审计工作报告提交时间", "≤", day(2026, 6, 30, CN_DATE), None),
        (None, None, "整改情况报告提交时间", "≤", day(2026, 8, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "聘请外部专业人员费用", "≤", 9, "万元"),
        ("效益指标", "社会效益指标", "审计查出问题整改率", "≥", 90, "%"),
        (None, "可持续影响指标", "审计整改跟踪检查机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥", 88, "%"),
    ])  # fmt: skip
    sign(s, "乔慕白", "钟雅岚", "0745-31602287")
    return b


@variant("rh08-data-check-end-before-start", (9,), "one-year 统计数据核查 project, OLD-NAT, a "
         "备注 column: the plan ends before it starts, the goal says 400家 and the indicator "
         "300家")  # fmt: skip
def rh08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26, 14))
    project_head(
        s, year=2026, name="规模以上企业统计数据质量核查项目",
        dept="安河市统计局（415）", unit="安河市统计局数据管理中心",
        start=day(2026, 3, 1),
        end=mk(day(2026, 1, 31), "Y104", "error", row=True, note="ends before it starts"),
        money=one_year_money(wan(35), wan(35), wan(0)),
        goals=["2026年对全市400家规模以上企业统计数据开展质量核查，核查数据差错率控制在3%以内，"
               "核查问题反馈时限不超过5个工作日。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "核查规模以上企业数",
         mk("≥300家", "D104", "warning", row=True, note="the goal says 400家"), "按行业分层抽取"),
        (None, "质量指标", "核查数据差错率", "≤3%", None),
        (None, "时效指标", "核查问题反馈时限", "≤5个工作日", "自现场核查结束起计"),
        (None, "成本指标", "单家企业核查成本", "≤0.08万元/家", None),
        ("效益指标", "社会效益指标", "核查发现差错整改率", "≥95%", None),
        (None, "可持续影响指标", "数据质量核查常态化机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "被核查企业满意度", "≥85%", None),
    ])  # fmt: skip
    sign(s, "冯启明", "骆婉清", "0763-90152864")
    return b


@variant("rh09-statistics-department", (12, 1, 7), "department table of a 统计局, NAT-2021, "
         "operator column: 95% typed in Excel, =100% at the ceiling, a 填报日期 in the year "
         "before, tasks adding to 项目支出 (correct)")  # fmt: skip
def rh09() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="清江县统计局（401）",
        budget=[(wan(612.4), wan(598.4), wan(14), wan(436.4), wan(176))],
        tasks=[("人口变动情况抽样调查", "抽选样本小区32个，入户登记调查", wan(42),
                "样本小区调查全部完成"),
               ("农业农村统计调查", "粮食产量、畜禽监测及农村住户调查", wan(38), "按季完成调查"),
               ("统计信息化运维", "数据采集处理平台及联网直报系统运维", wan(56), "系统稳定运行"),
               ("统计执法检查", "开展“双随机”统计执法检查60家", wan(18), "依法查处统计违法行为"),
               ("经济运行监测分析", "按月编发经济运行分析报告12期", wan(22), "服务县委县政府决策"),
               ("金额合计", None, wan(176), None)],
        goal="2026年按时完成人口变动抽样调查、农业农村统计调查等各项统计调查任务，抽选样本小区32个，"
             "开展统计执法检查60家，编发经济运行分析报告12期，统计报表按时报送率100%。",
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "人口变动抽样调查样本小区数", "≥", 32, "个"),
        (None, None, "统计执法检查企业数", "≥", 60, "家"),
        (None, None, "经济运行分析报告编发期数", "≥", 12, "期"),
        (None, "质量指标", "统计调查任务完成率", "≥", pct(0.95), "%"),
        (None, None, "统计报表按时报送率", "=", pct(1), "%"),
        (None, "时效指标", "月度统计报表报送时限", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "样本小区入户调查成本", "≤", 1.3, "万元/个"),
        ("效益指标", "社会效益指标", "统计数据被县委县政府文件采用次数", "≥", 10, "次"),
        (None, "可持续影响指标", "统计数据质量管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "统计数据使用部门满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "庞思远", "裴文静", "0719-28845013")
    return b


@variant("rh10-audit-department-leftovers", (9, 12), "department table of a 审计局, NAT-2021: "
         "the 年度总体目标 kept from a 2024 return, tasks adding to 120 against a 金额合计 of "
         "125, a deadline pasted as a date serial")  # fmt: skip
def rh10() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="白鹭县审计局（502）",
        budget=[(wan(690), wan(660), wan(30), wan(565), wan(125))],
        tasks=[("经济责任审计", "对16名领导干部开展经济责任审计", wan(35), "审计报告按时出具"),
               ("政策跟踪审计", "重大政策措施落实情况跟踪审计4项", wan(40), "推动政策落地见效"),
               ("专项资金审计", "乡村振兴等专项资金审计6项", wan(28), "揭示资金管理问题"),
               ("审计信息化", "审计数据分析平台运维", wan(17), "平台稳定运行"),
               ("金额合计", None, mk(wan(125), "B102", "error", alt=("B101",),
                                     note="35 + 40 + 28 + 17 = 120"), None)],
        goal=mk("2024年完成审计项目26个，其中经济责任审计16人、政策跟踪审计4项、专项资金审计6项，"
                "审计发现问题整改率达到90%以上。", "Y103", "warning", alt=("Y101",),
                note="a goal kept from the 2024 return"),
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "完成审计项目数", "≥26个"),
        (None, None, "经济责任审计领导干部人数", "≥16人"),
        (None, "质量指标", "审计报告复核通过率", "≥95%"),
        (None, "时效指标", "审计工作报告提交时间",
         mk("46203", "X104", "warning", note="2026-06-30 pasted as its serial")),
        ("成本指标", "经济成本指标", "单个审计项目外聘中介费用", "≤4万元/个"),
        ("效益指标", "社会效益指标", "审计发现问题整改率", "≥90%"),
        (None, "可持续影响指标", "审计整改长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "卫长风", "柯敏华", "0762-53318094")
    return b


@variant("rh11-finance-stacked-two", (2, 10), "two one-year 财政信息化 projects stacked in "
         "one sheet, NAT-2021, a 分值 column adding to 100 in each, the same indicator names in "
         "both projects, a 下降率 with ≥ (correct)")  # fmt: skip
def rh11() -> Book:
    b, s = book("项目支出绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    project_head(
        s, year=2026, name="财政票据电子化管理改革项目", dept="鹭门市财政局（308）",
        unit="鹭门市财政票据管理中心", money=one_year_money(wan(126), wan(126), wan(0)),
        goals=["2026年实现全市310家执收单位财政电子票据全覆盖，电子票据开具量达到85万张，"
               "9月30日前完成与医疗机构收费系统对接。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "电子票据覆盖执收单位数", "≥310家", 15),
        (None, None, "年度电子票据开具量", "≥85万张", 15),
        (None, "质量指标", "电子票据数据上传准确率", "≥99%", 10),
        (None, "时效指标", "医疗机构收费系统对接完成时间", "2026年9月30日前", 10),
        (None, None, "系统故障响应时间", "≤2小时", 10),
        ("成本指标", "经济成本指标", "单张电子票据系统运行成本", "≤0.1元/张", 10),
        ("效益指标", "社会效益指标", "纸质票据印制量下降率", "≥60%", 20),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="政府采购电子卖场运维项目", dept="鹭门市财政局（308）", title="",
        unit="鹭门市公共资源交易中心", money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["2026年保障政府采购电子卖场全年稳定运行，入驻供应商不少于1200家，"
               "全年交易不少于18000笔。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "电子卖场入驻供应商数", "≥1200家", 20),
        (None, None, "电子卖场年交易笔数", "≥18000笔", 15),
        (None, "质量指标", "系统全年可用率", "≥99.5%", 15),
        (None, "时效指标", "系统故障响应时间", "≤2小时", 10),
        ("成本指标", "经济成本指标", "系统年运维费用", "≤58万元", 10),
        ("效益指标", "社会效益指标", "小额采购平均成交周期", "≤5个工作日", 20),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "齐景行", "秦沐雪", "0592-70416385")
    return b


@variant("rh12-monitoring-platform-years", (8, 13), "three-year 统计信息化 project, NAT-2021, "
         "中期/年度 columns: a plan ending in 2027 for a 3年 project of 2026—2028, an annual "
         "acceptance deadline in 2025")  # fmt: skip
def rh12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="县域经济运行监测平台建设项目",
        dept="鹤鸣县统计局（418）", unit="鹤鸣县经济社会调查中心", attr="新增项目",
        end=mk(day(2027, 12, 31), "Y101", "error", row=True,
               note="项目期 3年 and the 中期 span 2026—2028"),
        money=period_money((wan(300), wan(260), wan(40)), (wan(120), wan(100), wan(20))),
        goals=["2026年—2028年建成县域经济运行监测平台，接入部门数据源40个，累计发布监测分析报告36期。",
               "2026年完成平台一期建设，接入部门数据源15个，发布监测分析报告12期，"
               "年底前一期工程通过验收。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "接入部门数据源个数", "≥40个", "≥15个"),
        (None, None, "发布监测分析报告期数", "≥36期", "≥12期"),
        (None, "质量指标", "平台数据采集准确率", "≥98%", "≥98%"),
        (None, "时效指标", "一期工程验收完成时间", "2026年12月31日前",
         mk("2025年12月31日前", "Y102", "error", note="before the project starts")),
        ("成本指标", "经济成本指标", "数据源接入单价", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "监测报告被县领导批示采用篇数", "≥9篇", "≥3篇"),
        (None, "可持续影响指标", "平台数据更新机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "滕远舟", "蓝雨薇", "0736-42890517")
    return b
