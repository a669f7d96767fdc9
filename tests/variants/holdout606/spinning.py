"""The alpaca-wool spinning workshop (纺纱车间): header words, wrong tiers, points at two levels,
a budget-system export, a department table over a page break, duplicates and directions."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout606.common import book, indicators, notes, one_year, signature, wan
from tests.variants.holdout606.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "岫蓝县工业和信息化局（311）"
UNIT = "岫蓝县绒驼毛纺织有限公司"
HEAD_CONTENT = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")


@variant(
    "er07-spinning-content",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, "
    "operator in words, unit column, a goal count with its part, 注 rows and a prior-year "
    "fill date "
    "(correct)",
)
def er07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="羊驼毛纺纱车间技能培训项目",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(18), wan(18), wan(0)),
        goals=["培训纺纱、络筒工60人次（其中脱贫户30人次），纱线次品率控制在3%以内。"],
    )
    indicators(s, HEAD_CONTENT, [
        ("产出指标", "数量指标", "培训纺纱工人次", "大于等于", 60, "人次"),
        (None, None, "其中培训脱贫户人次", "大于等于", 30, "人次"),
        (None, "质量指标", "培训考核合格率", "大于等于", pct(0.9), "%"),
        (None, None, "纱线次品率", "小于等于", pct(0.03), "%"),
        (None, "时效指标", "培训完成时间", "小于等于", day(2026, 8, 31), None),
        (None, "成本指标", "人均培训费用", "小于等于", 3000, "元/人次"),
        ("效益指标", "社会效益指标", "学员上岗人数", "大于等于", 40, "人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "注1：人次按每期培训计，同一学员参加两期计2人次。",
          "注2：人均培训费用 = 培训经费 ÷ 培训人次，3000 × 60 = 18万元。")  # fmt: skip
    signature(s, "覃月华", "0839-6631042", day(2025, 12, 2))
    return b


@variant(
    "er08-spinning-tiers",
    (5, 7),
    "project, OLD-NAT, header 考核指标: a quality rate under "
    "时效, a unit cost under 数量, plan dates left from last season",
)
def er08() -> Book:
    b, s = book()
    project_head(s, year=2026, name="羊驼毛纱线质量提升项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(45), wan(40), wan(5)),
                 start=mk(day(2025, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="2026 年度申报表，计划起止日期却是 2025 年"),
                 end=day(2025, 12, 31),
                 goals=["更新细纱机2台，纱线条干合格率提高到95%，"
                        "年产羊驼毛纱线18吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "指标值"), [
        ("产出指标", "数量指标", "年产羊驼毛纱线", "≥18吨"),
        (None, None, "更新细纱机数量", "≥2台"),
        (None, None, mk("单位纱线加工成本", "F201", "warning", row=True,
                        note="成本指标填在数量指标下"), "≤20元/公斤"),
        (None, "质量指标", "纱线条干合格率", "≥95%"),
        (None, "时效指标", mk("纱线捻度合格率", "F201", "warning", row=True,
                           note="质量类比率填在时效指标下"), "≥93%"),
        (None, None, "设备安装调试完成时间", "6月30日前"),
        (None, "成本指标", "细纱机购置单价", "≤18万元/台"),
        ("效益指标", "经济效益指标", "纱线销售收入", "≥150万元"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "er09-spinning-points",
    (7, 10),
    "project, NAT-2021, two-row header with 预期目标, tier "
    "points in the labels and indicator points adding to 100 both ways, a rate raised in "
    "百分点 (correct)",
)
def er09() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="羊驼毛精纺生产线改造项目",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(150), wan(120), wan(30)),
        goals=["改造精纺生产线1条，精纺纱优等品率比上年提高5个百分点，年产精纺纱12吨。"],
    )
    s.row("绩效指标", None, None, "预期目标", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("成本指标（10分）", "经济成本指标", "生产线改造费用", "≤150万元", 10),
        ("产出指标（50分）", "数量指标", "改造精纺生产线数量", "≥1条", 15),
        (None, None, "年产精纺纱", "≥12吨", 15),
        (None, "质量指标", "精纺纱优等品率提高", "≥5百分点", 10),
        (None, "时效指标", "改造完成时间", "2026年9月30日前", 10),
        ("效益指标（30分）", "经济效益指标", "精纺纱销售收入", "≥260万元", 15),
        (None, "可持续影响指标", "单位产品能耗下降率", "≥8%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "采购商满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "er10-spinning-export",
    (9, 12),
    "budget-system export, codes in the first columns, "
    "detail lines on the first sheet and the indicator table on a second sheet: lines not "
    "adding to 合计, unit price × count above the money, a deadline in last year",
)
def er10() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 22, 16, 16, 16))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "金额", "资金来源")
    code, name = "511132260017", "羊驼毛纺纱设备更新项目"
    s.row(code, name, "细纱机购置", wan(20), "一般公共预算")
    s.row(code, name, "原料采购", wan(6), "一般公共预算")
    s.row(code, name, "操作培训", wan(4), "一般公共预算")
    s.row(code, name, "合计", mk(wan(32), "B102", "error", note="20 + 6 + 4 = 30，不是 32"), None)
    s = b.sheet("部门项目支出绩效目标05-2", (14, 14, 16, 16, 28, 18))
    s.title("2026年部门项目支出绩效目标表", 6)
    s.row("单位：岫蓝县绒驼毛纺织有限公司")
    indicators(s, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "更新细纱机数量", "≥12台"),
        (None, None, None, "成本指标", "细纱机购置单价",
         mk("≤3.5万元/台", "B107", "warning", note="3.5 × 12 = 42 万元，超过项目资金 32 万元")),
        (None, None, None, "时效指标", "设备安装完成时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026 年预算，期限却在 2025 年（上年的残留）")),
        (None, None, "效益指标", "经济效益指标", "纱线年产能提高", "≥20%"),
        (None, None, "满意度指标", "服务对象满意度指标", "车间职工满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "er11-spinning-department",
    (4,),
    "department, NAT-2021, weight column: header row "
    "repeated after a page break, a 小计 row per tier-1, 填表说明 and signature (correct)",
)
def er11() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="岫蓝县纺织服装产业服务中心",
                    budget=[(wan(120), wan(110), wan(10), wan(70), wan(50))],
                    tasks=[("纺纱技能培训", "羊驼毛纺纱工培训", wan(20), "培训200人次"),
                           ("产品检测", "纱线抽检", wan(30), "抽检批次≥80批"),
                           ("金额合计", None, wan(50), None)],
                    goal="培训纺纱工200人次，抽检羊驼毛纱线80批以上，"
                    "抽检合格率不低于92%。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每批次抽检费用", "≤0.35万元", 10),
        ("产出指标", "数量指标", "纺纱工培训人次", "≥200人次", 15),
        (None, None, "纱线抽检批次", "≥80批", 15),
        (None, "质量指标", "抽检合格率", "≥92%", 10),
        (None, "时效指标", "抽检报告出具时限", "≤7个工作日", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60)
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "纺纱工持证上岗率", "≥80%", 15),
        (None, "可持续影响指标", "纱线质量投诉次数", "≤3次", 15),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.row("合计", None, None, None, 100)
    notes(s, "填表说明：1.权重合计为100；2.小计、合计行不是指标。", width=5)
    signature(s, "黎书远", "0839-6633158", day(2025, 11, 25))
    return b


@variant(
    "er12-spinning-duplicates",
    (11, 13),
    "project, OLD-NAT, 指标性质 as operator column: "
    "one indicator twice with different values, a 反向 rate with ≥, a value without a name",
)
def er12() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="羊驼毛染色纱试产项目",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(36), wan(30), wan(6)),
        goals=["试产羊驼毛染色纱4吨，开发色号20个，染色纱色牢度合格率达到95%。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "试产染色纱", "≥", 4, "吨"),
        (None, None, "开发色号数量", "≥", 20, "个"),
        (None, "质量指标", "色牢度合格率", "≥", 95, "%"),
        (None, None, "染色纱次品率", mk("≥", "T108", "warning", row=True,
                                   note="次品率是反向指标，应为 ≤"), 5, "%"),
        (None, None, "色牢度合格率", "≥",
         mk(90, "D102", "error", row=True, alt=("D101", "D103"),
            note="与上面的色牢度合格率同名，值却是 90%"), "%"),
        (None, "时效指标", "试产完成时间", "≤", "11月30日", None),
        (None, "成本指标", mk(None, "F110", "error", note="有值却没有指标名称"), "≤", 9, "万元/吨"),
        ("效益指标", "经济效益指标", "染色纱销售收入", "≥", 60, "万元"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b
