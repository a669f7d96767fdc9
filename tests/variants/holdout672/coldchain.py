"""Returns hf07–hf12: a seafood cold chain in 汐港市."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout672.common import TWO, book, indicators, multi_year, one_year
from tests.variants.holdout672.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

DEPT = "汐港市海洋渔业局 528106"
UNIT = "汐港市海产品冷链物流中心"


@variant("hf07-coldstore-department", (10, 12),
         "department, NAT-2021, budget and tasks consistent, a rate raised in 百分点, a 下降率 "
         "with ≥ (correct)")  # fmt: skip
def coldstore_department() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2026,
        dept=UNIT,
        budget=[(500, 420, 80, 200, 300)],
        tasks=[
            ("冷库节能改造", "改造冷库库容8000吨，更换制冷机组", 180, "能耗下降10%"),
            ("冷链追溯平台运维", "平台运维与数据对接", 120, "断链率≤2%"),
            ("金额合计", None, 300, None),
        ],
        goal="完成8000吨冷库节能改造，冷链运输温控达标率提高3个百分点以上。",
    )
    indicators(s, [
        ("产出指标", "数量指标", "改造冷库库容", "≥8000吨"),
        (None, "质量指标", "冷链运输温控达标率提高", "≥3百分点"),
        (None, None, "入库检测合格率", pct(0.98)),
        (None, "时效指标", "改造完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "冷库改造单位成本", "≤225元/吨"),
        ("效益指标", "社会效益指标", "冷链断链率", "≤2%"),
        (None, "生态效益指标", "冷库能耗下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


@variant(
    "hf08-coldchain-years",
    (1,),
    "project, NAT-2021: a year left over in the goal, a deadline next year, a rate as count",
)
def coldchain_years() -> Book:
    b, s = book()
    goal = mk("完成2025年度水产品冷链集配中心扩建，新增冷库2座、冷藏车10辆。", "Y103", "warning",
              alt=("Y101",), note="预算年度2026，目标写的是上一年度")  # fmt: skip
    project_head(s, year=2026, name="水产品冷链集配中心扩建", dept=DEPT, unit=UNIT,
                 money=one_year(320, 300, 20), goals=[goal])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新增冷库", "≥2座"),
        (None, None, "新增冷藏车", "≥10辆"),
        (None, "质量指标", "冷藏车温控监测覆盖率",
         mk("10辆", "T105", "error", note="覆盖率给的是车辆数")),
        (None, "时效指标", "冷库建成投用时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",), note="一年期项目，期限在次年")),
        ("成本指标", "经济成本指标", "冷藏车购置单价", "≤18万元/辆"),
        ("效益指标", "经济效益指标", "冷链集配量增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "渔业企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hf09-coldchain-export", (7,),
         "budget-system export: head on the first sheet, table on a second sheet with codes in the "
         "first column, headers 考核指标 and 目标值（年度）, unit column (correct)")  # fmt: skip
def coldchain_export() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=2026,
        name="海产品冷链追溯系统升级",
        dept=DEPT,
        unit=UNIT,
        money=one_year(60, 60, 0),
        goals=["升级冷链追溯系统，接入冷链企业45家，海产品追溯覆盖率达到85%以上。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 14, 14, 28, 16, 12))
    t.title("部门项目支出绩效目标表（2026年度）", 6)
    t.row("单位：汐港市海产品冷链物流中心", None, None, None, "金额单位：万元")
    t.row("项目编码", "一级指标", "二级指标", "考核指标", "目标值（年度）", "计量单位")
    code = "528106260031"
    t.table([
        (code, "产出指标", "数量指标", "接入追溯系统企业", "≥45", "家"),
        (code, None, "质量指标", "追溯信息上传准确率", "≥98", "%"),
        (code, None, "时效指标", "系统上线时间", "2026年8月31日前", None),
        (code, None, "成本指标", "系统升级费用", "≤60", "万元"),
        (code, "效益指标", "社会效益指标", "海产品追溯覆盖率", "≥85", "%"),
        (code, "满意度指标", "服务对象满意度指标", "冷链企业满意度", "≥90", "%"),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("hf10-coldchain-dup", (12,),
         "project, NAT-2021: 总额 ≠ 财政拨款 + 其他资金, a near-duplicate capacity under 质量, a "
         "count under 质量")  # fmt: skip
def coldchain_dup() -> Book:
    b, s = book()
    total = mk(money(260, WAN), "B101", "error", note="200 + 40 = 240，不是260")
    funds = [("年度资金总额", total, "其中：财政拨款", money(200, WAN)),
             ("其他资金", money(40, WAN), None, None)]  # fmt: skip
    project_head(s, year=2026, name="渔港冷库扩容", dept=DEPT, unit="汐港市东渔港管理所",
                 money=funds, goals=["新增冷库库容5000吨，配置冷藏运输车6辆。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新增冷库库容", "≥5000吨"),
        (None, "质量指标", "新增冷库容量",
         mk("≥4000吨", "D103", "warning", row=True, alt=("D102", "D104"),
            note="与数量指标“新增冷库库容”是同一指标，数值不同")),
        (None, None, mk("配置冷藏运输车", "F201", "warning", row=True,
                        note="车辆数量填在质量指标下"), "≥6辆"),
        (None, None, "冷库温控达标率", "≥98%"),
        (None, "时效指标", "扩容完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "冷库扩容单位成本", "≤400元/吨"),
        ("效益指标", "经济效益指标", "渔获冷藏周转量增长率", "≥12%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hf11-coldchain-multi", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller annual "
         "counts, 百分点, a later year prepared for (correct)")  # fmt: skip
def coldchain_multi() -> Book:
    b, s = book()
    period = ok("两年建设产地预冷站12个、配置冷藏车20辆，为2028年全市冷链网络推广积累经验。",
                "warning", note="2028年是项目为之准备的年份，不是年度冲突")  # fmt: skip
    project_head(s, year=2026, years=2, name="渔港产地预冷网络建设", dept=DEPT, unit=UNIT,
                 money=multi_year((400, 350, 50), (180, 160, 20)),
                 goals=[period, "2026年建设产地预冷站5个、配置冷藏车8辆。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "建设产地预冷站", "≥12个", "≥5个"),
        (None, None, "配置冷藏车", "≥20辆", "≥8辆"),
        (None, "质量指标", "预冷后货损率", "≤3%", "≤3%"),
        (None, "时效指标", "预冷站建成时间", "2027年10月底前", "2026年10月底前"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤20万元/个", "≤20万元/个"),
        ("效益指标", "经济效益指标", "海产品损耗率下降", "≥5百分点", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", pct(0.9), pct(0.9)),
    ], header=TWO)  # fmt: skip
    return b


@variant(
    "hf12-coldchain-template",
    (6, 13),
    "project, OLD-NAT: the template's example row left in, a value without a name",
)
def coldchain_template() -> Book:
    b, s = book()
    project_head(s, year=2026, name="冷链从业人员技能培训", dept=DEPT, unit=UNIT,
                 money=one_year(30, 30, 0),
                 goals=["培训冷链从业人员400人次，持证上岗率达到95%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "培训冷链从业人员", "≥400人次"),
        (None, None, "示例：培训人数",
         mk("≥**人", "X101", "error", note="模板示例行未删除")),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥95%"),
        (None, "时效指标", "培训完成时间", "2026年9月30日前"),
        (None, "成本指标", "人均培训成本", "≤750元/人次"),
        ("效益指标", "社会效益指标", "冷链操作规范执行率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("填表人：", "梁海澜", "联系电话：", "0756-3382174", "填报日期：", day(2025, 11, 12))
    return b
