"""不动产登记服务窗口: six returns (kcs13–kcs18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout763.common import DEPT, indicators, one_year, signature, start
from tests.variants.holdout763.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

CENTRE = "汀浦市不动产登记中心"


@variant(
    "kcs13-estate-window",
    (7, 11),
    (
        "project, NAT-2021, 指标性质 as direction, 指标方向 as word operators, 目标值 bare "
        "with a unit column, 0起 and a 下降率 with ≥ (correct)"
    ),
)
def kcs13() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 12, 12, 10))
    project_head(s, year=2026, name="汀浦市不动产登记服务窗口运行保障", dept=DEPT, unit=CENTRE,
                 money=one_year(150, 150, 0),
                 goals=["窗口全年办理不动产登记业务42000件以上（其中即办件9000件），"
                        "一般登记5个工作日内办结。"])  # fmt: skip
    indicators(s, [
        ["产出指标", "数量指标", "不动产登记业务办件量", "正向", "大于等于", 42000, "件"],
        [None, None, "即办件办理量", "正向", "大于等于", 9000, "件"],
        [None, "质量指标", "登记差错率", "反向", "小于等于", 0.5, "%"],
        [None, None, "重大登记责任事故", "反向", "等于", 0, "起"],
        [None, "时效指标", "一般登记办理时限", "反向", "小于等于", 5, "工作日"],
        ["成本指标", "经济成本指标", "单件登记服务成本", "反向", "小于等于", 30, "元/件"],
        ["效益指标", "社会效益指标", "群众办事跑动次数下降率", "正向", "大于等于", 20, "%"],
        [None, "可持续影响指标", "登记档案电子化率", "正向", "大于等于", 95, "%"],
        ["满意度指标", "服务对象满意度指标", "办事群众满意度", "正向", "大于等于", 95, "%"],
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值",
             "计量单位"))  # fmt: skip
    signature(s, "沈栖梧", "0735-2217046", (2025, 11, 18))
    return b


@variant(
    "kcs14-estate-export",
    (7, 9),
    (
        "budget-system export: money on sheet 部门项目支出预算05-1, "
        "indicators on 部门项目支出绩效目标05-2 "
        "with codes in the first columns and the header on the third row, a typed percent "
        "(correct)"
    ),
)
def kcs14() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 26, 12, 12, 12, 40))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位名称：汀浦市不动产登记中心", None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("417001-26-0031", "不动产登记数据整合与共享", money(210), money(180), money(30),
          "整合历史登记数据120万条，建成登记信息共享接口8个。")  # fmt: skip
    s.row("合计", None, money(210), money(180), money(30))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 14, 16, 28, 18))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位名称：汀浦市不动产登记中心")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "417001-26-0031", "不动产登记数据整合与共享"
    t.table([
        [code, name, "产出指标", "数量指标", "历史登记数据整合量", "≥120万条"],
        [None, None, None, None, "登记信息共享接口建成数", "≥8个"],
        [None, None, None, "质量指标", "整合数据质检合格率", pct(0.99)],
        [None, None, None, "时效指标", "共享接口上线时间", "2026年10月31日前"],
        [None, None, "成本指标", "经济成本指标", "单条数据整合成本", "≤1.5元/条"],
        [None, None, "效益指标", "社会效益指标", "部门间共享调用次数", "≥50万次"],
        [None, None, "满意度指标", "服务对象满意度指标", "共享部门满意度", "≥90%"],
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kcs15-estate-wrong-year",
    (7,),
    (
        "project, NAT-2021, header 预期目标: a goal naming last year, an end date before "
        "the start, a count against the goal"
    ),
)
def kcs15() -> Book:
    b, s = start()
    goal = "2025年完成全市存量不动产登记档案数字化30万卷，建成档案影像查询系统。"
    project_head(s, year=2026, name="汀浦市不动产登记档案数字化", dept=DEPT, unit=CENTRE,
                 money=one_year(240, 200, 40),
                 end=mk(day(2025, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
                        note="计划完成日期2025-12-31早于开始日期2026-01-01"),
                 goals=[mk(goal, "Y103", "warning", alt=("Y101",),
                           note="2026年度申报表的年度目标仍写2025年，上年目标未改")])  # fmt: skip
    indicators(s, [
        ["产出指标", "数量指标", "存量登记档案数字化数量",
         mk("≥25万卷", "D104", "warning", row=True, note="年度目标写30万卷")],
        [None, "质量指标", "档案影像质检合格率", "≥98%"],
        [None, "时效指标", "查询系统上线时间", "2026年12月31日前"],
        ["成本指标", "经济成本指标", "单卷档案数字化成本", "≤8元/卷"],
        ["效益指标", "社会效益指标", "档案查询平均等候时间缩短", "≥50%"],
        ["满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"],
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    signature(s, "沈栖梧", "0735-2217046", (2025, 11, 18))
    return b


@variant(
    "kcs16-estate-dup",
    (5,),
    (
        "project, NAT-2021, abbreviated tier labels (产出, 数量…): one indicator twice with "
        "different values, a satisfaction rate under 社会效益"
    ),
)
def kcs16() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="汀浦市不动产登记“一窗受理”改造",
        dept=DEPT,
        unit=CENTRE,
        money=one_year(96, 96, 0),
        goals=["改造登记大厅综合窗口16个，即办件占比达到60%以上。"],
    )
    indicators(s, [
        ["产出", "数量", "综合受理窗口改造数量", "=16个"],
        [None, None, "即办件占比", "≥60%"],
        [None, "质量", "即办件占比",
         mk("≥70%", "D102", "error", row=True, alt=("D101", "D104"),
            note="与数量指标中的“即办件占比 ≥60%”同名，指标值不同；目标写60%以上")],
        [None, "时效", "窗口改造完工时间", "2026年6月30日前"],
        ["成本", "经济成本", "单个窗口改造成本", "≤6万元/个"],
        ["效益", "社会效益", "办事企业满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")],
        [None, None, "窗口平均等候时间", "≤20分钟"],
        ["满意度", "服务对象满意度", "办事群众满意度", "≥90%"],
    ])  # fmt: skip
    signature(s, "邬照岩", "0735-2217093", (2025, 12, 2))
    return b


@variant(
    "kcs17-estate-department",
    (4, 12),
    (
        "department, NAT-2021, key tasks adding to 项目支出, a goal with its parts in brackets,"
        " a header row repeated after a page break, 填表说明 under the table (correct)"
    ),
)
def kcs17() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept=CENTRE,
                    budget=[[money(980), money(860), money(120), money(520), money(460)]],
                    tasks=[["登记窗口运行", "综合窗口及自助终端运行", money(180),
                            "全年办件6.8万件"],
                           ["登记档案数字化", "存量及新增档案扫描", money(160), "12万卷"],
                           ["登记信息平台运维", "平台及共享接口运维", money(120), "全年可用"],
                           ["金额合计", None, money(460), None]],
                    goal="全年办理登记业务6.8万件，完成登记档案数字化12万卷"
                         "（存量8万卷、新增4万卷）。")  # fmt: skip
    indicators(s, [
        ["产出指标", "数量指标", "不动产登记业务办件量", "≥6.8万件"],
        [None, None, "登记档案数字化数量", "≥12万卷"],
        [None, "质量指标", "登记差错率", "≤0.5%"],
        [None, "时效指标", "一般登记办理时限", "≤5个工作日"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["成本指标", "经济成本指标", "单卷档案数字化成本", "≤10元/卷"],
        ["效益指标", "社会效益指标", "“互联网+不动产登记”网办率", "≥60%"],
        ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥92%"],
    ], label="年度绩效指标")  # fmt: skip
    s.row("填表说明：1.指标值为全年目标；2.档案数字化数量含存量和新增档案。", merge=[(1, 6)])
    signature(s, "邬照岩", "0735-2217093", (2025, 12, 2))
    return b


@variant(
    "kcs18-estate-money",
    (6, 12),
    (
        "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计,"
        " a template example row left in"
    ),
)
def kcs18() -> Book:
    b, s = start("部门整体")
    total = mk(money(760), "B101", "error", note="基本支出420 + 项目支出300 = 720 ≠ 760")
    tasks_sum = mk(money(300), "B102", "error", note="任务金额 200 + 90 = 290 ≠ 300")
    department_head(s, year=2026, dept="澄屿县不动产登记中心",
                    budget=[[total, money(640), money(120), money(420), money(300)]],
                    tasks=[["登记窗口运行", "综合窗口运行", money(200), "全年办件2.4万件"],
                           ["登记档案数字化", "存量档案扫描", money(90), "4万卷"],
                           ["金额合计", None, tasks_sum, None]],
                    goal="全年办理登记业务2.4万件，完成存量档案数字化4万卷。")  # fmt: skip
    indicators(s, [
        ["产出指标", "数量指标", "不动产登记业务办件量", "≥2.4万件"],
        [None, None, "存量档案数字化数量", "≥4万卷"],
        [None, "质量指标", "登记差错率", "≤0.5%"],
        ["成本指标", "经济成本指标", "单卷档案数字化成本", "≤20元/卷"],
        ["效益指标", "社会效益指标", "不动产登记网办率", "≥50%"],
        ["满意度指标", "服务对象满意度指标", "（示例）XX服务对象满意度",
         mk("≥XX%", "X101", "error", row=True, note="模板示例行未删除，XX为占位符")],
        [None, None, "办事群众满意度", "≥90%"],
    ], label="年度绩效指标")  # fmt: skip
    signature(s, "程砚秋", "0735-6641208", (2025, 11, 28))
    return b
