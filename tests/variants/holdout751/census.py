"""Pollution-source census update (污染源普查数据更新): kcg07–kcg12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout751.common import (
    CENSUS,
    DEPT,
    HEAD_PERIOD,
    YEAR,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout751.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant(
    "kcg07-census-update-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row inside the table, a "
    "footnote explaining the total, signature lines (correct)",
)
def kcg07() -> Book:
    b, s = start()
    goal = ("完成工业源12000家（含重点排污单位1800家）、集中式污染治理设施650座的普查数据更新，"
            "数据审核通过率不低于95%。")  # fmt: skip
    project_head(s, year=YEAR, name="2025年度污染源普查数据动态更新", dept=DEPT, unit=CENSUS,
                 money=one_year(260, 220, 40), goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "工业源数据更新", "≥12000家"),
        (None, None, "重点排污单位现场核查", "≥1800家"),
        (None, None, "集中式污染治理设施数据更新", "≥650座"),
        (None, "质量指标", "普查数据审核通过率", "≥95%"),
        (None, None, "入户核查抽查比例", "≥5%"),
        (None, "时效指标", "更新数据入库时间", "2025年11月30日前"),
        (None, "成本指标", "单家企业核查补助标准", "≤180元/家"),
    ])  # fmt: skip
    note(s, "注：重点排污单位1800家包含在工业源12000家之内，不另计。")
    s.table([
        ("效益指标", "社会效益指标", "普查成果共享部门数", "≥6个"),
        (None, "生态效益指标", "污染源底数更新覆盖率", "=100%"),
        (None, "可持续影响指标", "污染源动态更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与调查企业满意度", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    note(
        s,
        "说明：资金总额260万元，含企业核查补助216万元（12000家×180元）、数据审核及系统维护44万元。",
    )
    note(s, "填表说明：指标值应量化；定性指标按“建立并执行/到位/规范”等填写。")
    sign(s, "钟予澜", "86402718", day(YEAR - 1, 11, 26, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant(
    "kcg08-census-pilot-duplicates",
    (7,),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）: a conflicting "
    "duplicate, a count under 质量, last year's deadline",
)
def kcg08() -> Book:
    b, s = start()
    goal = ("在槐屿市、砚泽市开展农业源和生活源普查更新试点，入户核查规模化养殖场2000家，"
            "11月底前完成数据汇总上报。")  # fmt: skip
    project_head(s, year=YEAR, name="农业源及生活源普查更新试点", dept=DEPT, unit=CENSUS,
                 money=one_year(85, 85, 0), goals=[goal], attr="一次性项目")  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）")
    indicators(s, head, [
        ("产出指标", "数量指标", "规模化养殖场入户核查数", "≥2000家"),
        (None, None, "生活源锅炉核查数", "≥300台"),
        (None, None, "规模化养殖场入户核查数量",
         mk("≥2500家", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="the same indicator two rows up with 2000家 (and the goal says 2000家)")),
        (None, "质量指标", "普查表填报数量", mk("≥2300份", "F201", "warning", row=True,
                                               note="a count under 质量指标")),
        (None, None, "数据审核通过率", "≥95%"),
        (None, "时效指标", "数据汇总上报时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103", "D104"),
            note="last season's deadline in a 2025 one-year project")),
        ("成本指标", "经济成本指标", "单户核查经费", "≤250元/家"),
        ("效益指标", "社会效益指标", "形成试点技术指南", "≥1套"),
        ("满意度指标", "服务对象满意度指标", "试点地区生态环境部门满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟予澜", "86402718", day(YEAR - 1, 12, 10))
    return b


@variant(
    "kcg09-census-office-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
    "指标值), typed percent and date cells, weights add to 100 (correct)",
)
def kcg09() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=CENSUS, budget=[
        (wan(410), wan(380), wan(30), wan(150), wan(260)),
    ], goal="完成2025年度污染源普查数据动态更新，更新工业源12000家、"
            "集中式污染治理设施650座。")  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("工业源数据更新企业数", 15, "家", "≥", 12000),
        ("集中式污染治理设施数据更新数", 10, "座", "≥", 650),
        ("普查数据审核通过率", 15, "%", "≥", pct(0.95)),
        ("数据质量抽查差错率", 10, "%", "≤", pct(0.02)),
        ("更新数据入库完成时间", 10, "日期", "≤", day(YEAR, 11, 30)),
        ("普查数据共享部门数", 10, "个", "≥", 6),
        ("单家企业核查补助标准", 10, "元/家", "≤", 180),
        ("重点排污单位名录更新率", 10, "%", "=", pct(1)),
        ("参与企业满意度", 10, "%", "≥", pct(0.85)),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    return b


@variant(
    "kcg10-mobile-source-export",
    (7, 9, 12),
    "budget-system export, sheets 05-1 and 05-2 with codes in the first columns: "
    "lines not adding up, a template example row, a serial",
)
def kcg10() -> Book:
    b, s = start("部门项目支出预算05-1")
    code, proj = "36000025Y000012345", "移动源污染普查数据更新"
    s.row("部门项目支出预算表")
    s.row("单位：万元", None, "部门：霁原省生态环境厅")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出明细", "金额")
    for item, amount in (("机动车排放检测数据核查", 48), ("非道路移动机械编码登记核查", 36),
                         ("普查数据系统维护", 22)):  # fmt: skip
        s.row("318001", "霁原省生态环境厅", code, proj, item, money(amount, WAN))
    s.row("合计", None, None, None, None,
          mk(money(110, WAN), "B102", "error", note="48 + 36 + 22 = 106, not 110"))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 20, 14, 12, 14, 28, 16))
    t.row("部门项目支出绩效目标表")
    t.row("单位：霁原省生态环境厅", None, "年度：2025")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        ("产出指标", "数量指标", "机动车排放检测数据核查", "≥8000辆"),
        ("产出指标", "数量指标", "非道路移动机械编码登记核查", "≥1500台"),
        ("产出指标", "数量指标", "（示例）开展业务培训", mk("≥**人次", "X101", "error",
         row=True, note="the template's example row left in")),
        ("产出指标", "质量指标", "核查数据准确率", "≥95%"),
        ("产出指标", "时效指标", "核查完成时间", mk("45930", "X104", "warning",
         note="a date serial typed as text: 2025-09-30")),
        ("产出指标", "成本指标", "单车核查成本", "≤30元/辆"),
        ("效益指标", "社会效益指标", "移动源排放清单更新覆盖率", "≥90%"),
        ("效益指标", "可持续影响指标", "移动源数据库更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "大气与移动源管理处室满意度", "≥90%"),
    ]  # fmt: skip
    for r in rows:
        t.row("318001", code, proj, *r)
    return b


@variant(
    "kcg11-inventory-two-year",
    (8, 7),
    "two-year project, NAT-2021, 中期 and 年度 columns, period counts above annual "
    "ones, costs within both money blocks (correct)",
)
def kcg11() -> Book:
    b, s = start()
    goals = ("两年内完成8个重点行业2400家企业的排放数据更新，编制省级大气污染源排放清单2版。",
             "2025年完成4个行业1200家企业的数据更新，编制2025年版排放清单1版。")  # fmt: skip
    project_head(s, year=YEAR, name="重点行业污染源数据更新与排放清单编制", dept=DEPT,
                 unit=CENSUS, money=multi_year((380, 340, 40), (190, 170, 20)), goals=goals,
                 years=2)  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "重点行业企业数据更新", "≥2400家", "≥1200家"),
        (None, None, "排放清单编制", "2版", "1版"),
        (None, "质量指标", "排放清单质控审核通过率", pct(0.95), pct(0.95)),
        (None, "时效指标", "年度清单发布时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单家企业数据更新成本", "≤1500元/家", "≤1500元/家"),
        ("效益指标", "生态效益指标", "清单支撑减排项目数", "≥20个", "≥8个"),
        (None, "社会效益指标", "清单成果共享部门数", "≥6个", "≥4个"),
        (None, "可持续影响指标", "排放清单年度更新机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "清单使用单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcg12-permit-census-period",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: annual money above the "
    "period's, a city count against the 中期目标",
)
def kcg12() -> Book:
    b, s = start()
    annual = mk(money(280, WAN), "B103", "error", row=True, alt=("B101",),
                note="年度资金 280 above 中期资金 240")  # fmt: skip
    goals = ("2025—2026年完成全省8个设区市排污许可证载明事项与普查数据的衔接核查，"
             "核查固定污染源4000家。",
             "2025年完成4个设区市、2000家固定污染源的衔接核查。")  # fmt: skip
    project_head(s, year=YEAR, name="排污许可与普查数据衔接核查", dept=DEPT, unit=CENSUS,
                 money=multi_year((240, 200, 40), (annual, 240, 40)), goals=goals,
                 years=2)  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "衔接核查固定污染源", "≥4000家", "≥2000家"),
        (None, None, "覆盖设区市", mk("≥6个", "D104", "warning", row=True,
                                      note="the 中期目标 says all 8 设区市"), "≥4个"),
        (None, "质量指标", "核查问题整改率", "≥90%", "≥85%"),
        (None, "时效指标", "核查报告报送时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单家核查成本", "≤600元/家", "≤600元/家"),
        ("效益指标", "生态效益指标", "许可与普查数据一致率", "≥95%", "≥90%"),
        (None, "社会效益指标", "核查结果共享部门数", "≥4个", "≥3个"),
        ("满意度指标", "服务对象满意度指标", "被核查企业满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    return b
