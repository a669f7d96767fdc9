"""Returns about kitchen-waste collection vehicles (kgx07–kgx12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout872.common import W8, book, details, funds, funds2, indicators, sign, wan
from tests.variants.holdout872.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kgx07-truck-purchase",
    (12, 1),
    "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
    "format, a detail block that adds up, a goal count with its parts in brackets (correct)",
)
def kgx07() -> Book:
    b, s = book()
    project_head(s, year=2026, name="鹭汀市厨余垃圾收运车辆购置项目", dept="鹭汀市城市管理委员会",
                 unit="鹭汀市环境卫生作业中心", attr="新增项目", money=funds(360, 300, 60),
                 goals=["新增厨余垃圾收运车6辆（其中8吨级4辆、5吨级2辆），配套收运桶6000只，"
                        "厨余垃圾日均收运量达到95吨。"])  # fmt: skip
    indicators(s, H6, [
        ("成本指标", "经济成本指标", "8吨级收运车单车购置成本", "≤", 42, "万元/辆"),
        ("产出指标", "数量指标", "新增厨余垃圾收运车", "≥", 6, "辆"),
        (None, None, "配套厨余垃圾收运桶", "≥", 6000, "只"),
        (None, "质量指标", "车辆验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "车辆投入运营时间", "≤", day(2026, 6, 30), None),
        ("效益指标", "社会效益指标", "厨余垃圾日均收运量", "≥", 95, "吨"),
        (None, "生态效益指标", "厨余垃圾分出率提高", "≥", 3, "百分点"),
        (None, "可持续影响指标", "收运车辆交通责任事故", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "沿线小区居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    details(
        s,
        [
            ("8吨级厨余垃圾收运车4辆（42万元/辆）", 168),
            ("5吨级厨余垃圾收运车2辆（30万元/辆）", 60),
            ("车载称重及定位系统6套", 12),
            ("厨余垃圾收运桶6000只", 120),
        ],
        360,
    )
    sign(s, "葛以宁", "0596-5120 3376", day(2025, 12, 2, CN_DATE))
    return b


@variant(
    "kgx08-truck-capacity",
    (12, 5),
    "project, OLD-NAT, inline operators: the money total not the sum of its sources, a "
    "vehicle cost beyond the money, a unit cost filed under 数量指标",
)
def kgx08() -> Book:
    b, s = book()
    total = mk(wan(300), "B101", "error", note="财政拨款260 + 其他资金30 = 290 ≠ 300")
    project_head(
        s,
        year=2026,
        name="苇岸区厨余垃圾收运能力提升项目",
        dept="苇岸区城市管理局（317）",
        unit="苇岸区环境卫生管理所",
        money=[
            ("年度资金总额", total, "其中：财政拨款", wan(260)),
            (None, None, "其他资金", wan(30)),
        ],
        goals=["购置厨余垃圾收运车8辆、收运桶2000只，厨余垃圾日收运能力达到120吨。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "购置厨余垃圾收运车", "≥8辆"),
        (None, None, "购置厨余垃圾收运桶", "≥2000只"),
        (None, None, mk("收运桶单只采购成本", "F201", "warning", row=True,
                        note="成本指标填在数量指标下"), "≤0.02万元/只"),
        (None, "质量指标", "车辆验收合格率", "100%"),
        (None, "时效指标", "车辆交付时间", "2026年7月31日前"),
        (None, "成本指标", "厨余垃圾收运车单车购置成本",
         mk("≤45万元/辆", "B107", "warning", row=True,
            note="45万元/辆 × 8辆 = 360万元，超过年度资金300万元")),
        ("效益指标", "社会效益指标", "厨余垃圾日收运能力", "≥120吨"),
        ("满意度指标", "服务对象满意度指标", "收运服务单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgx09-export-two-sheets",
    (7,),
    "budget-system export: 05-1 budget sheet and 05-2 goal sheet, header on the third "
    "row, project code and name in the first columns, 百分点 and 0起 (correct)",
)
def kgx09() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 28, 14, 14, 14, 50))
    code, name = "421100260031", "北垣区厨余垃圾收运服务外包"
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：北垣区城市管理和综合执法局", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度目标")
    s.row(
        code,
        name,
        wan(540),
        wan(540),
        wan(0),
        "委托专业单位收运处置辖区厨余垃圾30000吨，收运及时率达到98%以上。",
    )
    t = b.sheet("部门项目支出绩效目标05-2", W8)
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：北垣区城市管理和综合执法局")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"
    )
    t.table([(code, name, *r) for r in (
        ("产出指标", "数量指标", "厨余垃圾收运处置量", "≥", 30000, "吨"),
        ("产出指标", "质量指标", "厨余垃圾收运及时率", "≥", 98, "%"),
        ("产出指标", "时效指标", "月度收运台账报送时限", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "单吨收运处置服务费", "≤", 180, "元/吨"),
        ("效益指标", "生态效益指标", "厨余垃圾资源化利用率提高", "≥", 2, "百分点"),
        ("效益指标", "社会效益指标", "收运作业安全生产事故", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "收运点位单位满意度", "≥", 90, "%"),
    )])  # fmt: skip
    return b


@variant(
    "kgx10-route-leftovers",
    (6, 4),
    "project, NAT-2021, one value column: a goal year left over from last season, the "
    "same indicator under two tier-2 with different values, a template example row kept",
)
def kgx10() -> Book:
    b, s = book()
    goal = "2025年完成全区18条厨余垃圾收运线路优化，厨余垃圾日均收运量达到150吨。"
    project_head(
        s,
        year=2026,
        name="北垣区厨余垃圾收运线路优化项目",
        dept="北垣区城市管理和综合执法局",
        unit="北垣区环卫作业服务中心",
        money=funds(180, 150, 30),
        goals=[
            mk(
                goal,
                "Y103",
                "warning",
                alt=("Y101",),
                note="2026年度项目的目标写“2025年完成”，上一年度的文字未改",
            )
        ],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "优化厨余垃圾收运线路", "≥18条"),
        (None, None, "厨余垃圾日均收运量",
         mk("≥150吨", "D102", "error", row=True, required=False, alt=("D103", "D101"))),
        (None, "质量指标", "线路收运准点率", "≥95%"),
        (None, "时效指标", "线路优化完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单条线路优化成本", "≤10万元/条"),
        ("效益指标", "社会效益指标", "厨余垃圾日均收运量",
         mk("≥120吨", "D102", "error", row=True, alt=("D103", "D101"),
            note="同一指标在数量指标下为≥150吨，此处为≥120吨")),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
        (None, None, "示例：XX满意度", mk("≥XX%", "X101", "error", row=True,
                                          note="模板示例行未删除")),
    ])  # fmt: skip
    sign(s, "骆远帆", "0596-2281 6650", day(2026, 1, 8, CN_DATE))
    return b


@variant(
    "kgx11-dispatch-two-years",
    (8,),
    "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: the period's count "
    "beside a smaller year's count, equal rates, a later year the work prepares for (correct)",
)
def kgx11() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="鹭汀市厨余垃圾收运数字化调度平台建设",
                 dept="鹭汀市城市管理委员会", unit="鹭汀市环卫数字化管理中心",
                 money=funds2((320, 320, 0), (200, 200, 0)),
                 goals=["2026—2027年建成厨余垃圾收运数字化调度平台，接入收运车辆16辆，为2028年"
                        "全市推广积累运行数据。",
                        "2026年完成调度平台一期建设，接入收运车辆10辆，"
                        "车辆定位在线率达到95%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "接入调度平台的收运车辆", "≥16辆", "≥10辆"),
        (None, "质量指标", "车辆定位在线率", "≥95%", "≥95%"),
        (None, "时效指标", "平台建设完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单车终端安装成本", "≤1.5万元/辆", "≤1.5万元/辆"),
        ("效益指标", "社会效益指标", "收运异常处置及时率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "调度数据保存年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "收运作业单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgx12-market-trucks",
    (5,),
    "project, NAT-2021, one value column: a delivery date in the year before the budget "
    "year, the vehicle count repeated under another tier-2 with a word more",
)
def kgx12() -> Book:
    b, s = book()
    project_head(s, year=2026, name="石栎县农贸市场厨余垃圾收运车辆更新项目",
                 dept="石栎县住房和城乡建设局", unit="石栎县市容环境卫生中心",
                 money=funds(216, 216, 0),
                 goals=["更新农贸市场厨余垃圾收运车12辆，2026年8月底前交付使用，市场厨余垃圾"
                        "日产日清。"])  # fmt: skip
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "单车更新成本", "≤18万元/辆"),
        ("产出指标", "数量指标", "厨余垃圾收运车辆数", "≥12辆"),
        (None, "质量指标", "车辆验收合格率", "=100%"),
        (None, "时效指标", "车辆交付时间",
         mk(day(2025, 8, 31, CN_DATE), "Y102", "error",
            note="2026年度项目，目标写2026年8月底，指标却是2025年8月31日")),
        ("效益指标", "社会效益指标", "农贸市场厨余垃圾日产日清率", "≥98%"),
        (None, "可持续影响指标", "厨余垃圾收运车辆数量",
         mk("≥12辆", "D103", "warning", row=True, alt=("D101",),
            note="与数量指标下的“厨余垃圾收运车辆数”重复，只多一个字")),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b
