"""Returns bs01–bs06: under-forest chicken raising (林下鸡) in relocated mountain villages."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout529.common import book, footnotes, indicators, multi_year, one_year, sign
from tests.variants.holdout529.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "柘岭县农业农村局（305001）"

BS01_ROWS = [
    ("产出指标", "数量指标", "林下鸡苗投放数量", "≥", 30000, "只"),
    (None, None, "带动易地搬迁户养殖户数", "≥", 150, "户"),
    (None, "质量指标", "鸡苗投放后30日成活率", "≥", pct(0.92), None),
    (None, None, "出栏鸡产地检疫合格率", "=", pct(1), None),
    (None, "时效指标", "鸡苗发放完成时间", "≤", day(2025, 5, 31), None),
    (None, "成本指标", "鸡苗补助标准", "≤", 8, "元/只"),
    ("效益指标", "经济效益指标", "养殖户户均增收", "≥", 3000, "元/户"),
    (None, "生态效益指标", "林下养殖区林木损毁率", "≤", pct(0.02), None),
    (None, "可持续影响指标", "林下鸡养殖合作社持续运营", "≥", 3, "年"),
    ("满意度指标", "服务对象满意度指标", "搬迁养殖户满意度", "≥", pct(0.9), None),
]  # fmt: skip


@variant(
    "bs01-chicken-percent-cells",
    (1,),
    "project, OLD-NAT, operator column and unit column, rates typed as Excel percent cells, "
    "a date cell as deadline, money in the 万元 number format (correct)",
)
def bs01() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="石磴乡搬迁安置点林下鸡养殖扶持项目", dept=DEPT,
        unit="石磴乡人民政府", money=one_year(85, 60, 25),
        goals=["向150户搬迁户发放鸡苗3万只，配套防疫和技术指导，户均增收3000元以上。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, BS01_ROWS)
    sign(s, 2025, "覃明远", "0857-6621384")
    return b


BS02_ROWS = [
    ("产出指标", "数量指标", "林下鸡养殖示范户", "正向", "≥80户"),
    (None, None, "林下鸡出栏数量", "正向", "≥2.4万只"),
    (None, "质量指标", "商品鸡出栏检疫合格率", "正向",
     mk("≥102%", "T106", "error", note="a 合格率 is capped at 100%")),
    (None, "时效指标", "技术培训完成时间", "反向", "≤2025年6月30日"),
    (None, "成本指标", "饲料采购成本下降率", "正向", "≥8%"),
    ("效益指标", "经济效益指标", "示范户户均养鸡收入", "正向", "≥4500元"),
    (None, "社会效益指标", "鸡群疫病死亡率", "反向",
     mk("≥5%", "T108", "warning", row=True, note="a 反向 death rate with ≥")),
    (None, None, "养殖区重大动物疫情发生", "反向", "≤0起"),
    ("满意度指标", "服务对象满意度指标", "示范户满意度", "正向", "≥92%"),
]  # fmt: skip


@variant(
    "bs02-chicken-direction-column",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), operators inside the values: "
    "a 合格率 above 100% and a 反向 death rate with ≥",
)
def bs02() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="雾溪镇林下生态鸡示范养殖项目", dept="竹坳县乡村振兴局（412003）",
        unit="雾溪镇农业服务中心", money=one_year(46, 40, 6),
        goals=["建设80户林下生态鸡示范户，年出栏2.4万只，带动安置社区劳动力就近务工。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值"), BS02_ROWS)
    return b


CHICK_A = [
    ("产出指标", "数量指标", "林下鸡苗发放数量", "≥2万只"),
    (None, "质量指标", "鸡苗成活率", "≥90%"),
    (None, "时效指标", "鸡苗发放完成时间", "2025年4月30日前"),
    (None, "成本指标", "鸡苗补助标准", "≤10元/只"),
    ("效益指标", "经济效益指标", "养殖户户均增收", "≥2500元"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
]
CHICK_B = [
    ("产出指标", "数量指标", "标准化鸡舍改造", "≥40座"),
    (None, "质量指标", "鸡舍改造验收合格率", "100%"),
    (None, "时效指标", "鸡舍改造完成时间", "2025年9月30日前"),
    (None, "成本指标", "每座鸡舍改造补助", "≤1.5万元/座"),
    ("效益指标", "社会效益指标", "带动搬迁群众就近务工", "≥60人"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥95%"),
]


@variant(
    "bs03-chicken-stacked-two",
    (2, 12),
    "two 林下鸡 projects stacked in one sheet, OLD-NAT, one value column, each with its money "
    "block; the same 满意度 name with different values in the two projects (correct)",
)
def bs03() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s, year=2025, name="椒坪安置社区林下鸡苗发放项目", dept=DEPT,
        unit="椒坪社区居委会", money=one_year(32, 32, 0),
        goals=["发放鸡苗2万只，鸡苗成活率90%以上。"],
    )  # fmt: skip
    indicators(s, head, CHICK_A)
    s.skip(2)
    project_head(
        s, year=2025, name="椒坪安置社区标准化鸡舍改造项目", dept=DEPT,
        unit="椒坪社区居委会", money=one_year(70, 60, 10), title="",
        goals=["改造标准化鸡舍40座，验收合格率100%。"],
    )  # fmt: skip
    indicators(s, head, CHICK_B)
    return b


BS04_ROWS = [
    ("产出指标", "数量指标", "林下鸡养殖户数", "≥450户", "≥150户"),
    (None, None, "林下鸡出栏数量", "≥9万只",
     mk("≥12万只", "D201", "error", note="annual 12万只 above the three-year 9万只")),
    (None, None, "养殖示范点建设", "≥6个",
     mk("≥6个", "D202", "warning", note="cumulative count copied from the 中期 column")),
    (None, "质量指标", "出栏鸡检疫合格率", "≥98%", "≥98%"),
    (None, "时效指标", "年度养殖任务完成时间", "2027年12月31日前", "2025年12月31日前"),
    (None, "成本指标", "鸡苗补助标准", "≤8元/只", "≤8元/只"),
    ("效益指标", "经济效益指标", "养殖户户均年增收", "≥3000元", "≥3000元"),
    (None, "社会效益指标", "带动搬迁劳动力就业", "≥300人", "≥100人"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "bs04-chicken-three-years",
    (8, 12),
    "three-year project 2025–2027, OLD-NAT, 中期 and 年度 value columns: an annual count above "
    "the period, a cumulative count copied, 中期 total not equal to its two sources",
)
def bs04() -> Book:
    b, s = book()
    total = mk(300, "B101", "error", note="300 ≠ 240 + 80")
    project_head(
        s, year=2025, years=3, name="柘岭县搬迁安置区林下鸡产业三年行动", dept=DEPT,
        unit="柘岭县畜牧技术推广站", attr="新增项目",
        money=multi_year((total, 240, 80), (100, 80, 20)),
        goals=["三年扶持450户搬迁户发展林下鸡，建成6个养殖示范点，累计出栏9万只。",
               "2025年扶持150户，建成2个示范点，出栏3万只。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, header, BS04_ROWS)
    return b


BS05_TOP = [
    ("成本指标", "经济成本指标", "鸡苗及防疫物资采购成本", "≤36万元", "≤36万元得满分"),
    ("产出指标", "数量指标", "林下鸡养殖培训", "≥6期", "每少1期扣1分"),
    (None, None, "培训搬迁群众", "≥240人次", "按比例扣分"),
    (None, "质量指标", "培训考核合格率", "≥90%", "按比例扣分"),
]
BS05_NOTE = "注：培训人次按签到表统计，同一人参加多期按多人次计。"
BS05_BOTTOM = [
    (None, "时效指标", "培训完成时间", "2025年8月31日前", "逾期不得分"),
    ("效益指标", "经济效益指标", "受训户林下鸡销售收入", "≥2000元/户", "按比例扣分"),
    (None, "社会效益指标", "养殖区重大动物疫情发生次数", ok("0起", "warning"), "发生即不得分"),
    (None, "生态效益指标", "林下鸡粪污资源化利用率", "≥85%", "按比例扣分"),
    ("满意度指标", "服务对象满意度指标", "参训群众满意度", "≥90%", "按比例扣分"),
]  # fmt: skip


@variant(
    "bs05-chicken-notes-page-break",
    (4, 7),
    "project, NAT-2021, headers 考核指标 / 目标值（年度） / 评价标准, a 注 row inside the table, "
    "the header repeated after a page break, 填表说明, signature and prior-year date (correct)",
)
def bs05() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="林下鸡养殖实用技术培训项目", dept=DEPT,
        unit="柘岭县畜牧技术推广站", money=one_year(48, 48, 0),
        goals=["举办6期林下鸡养殖培训，培训搬迁群众240人次以上。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, header, BS05_TOP)
    footnotes(s, [BS05_NOTE], 5)
    s.skip()
    indicators(s, header, BS05_BOTTOM)
    footnotes(s, ["填表说明：1.指标值应量化；2.定性指标按好、较好、一般、差填写。"])
    sign(s, 2025, "覃明远", "0857-6621384", month=11, d=28)
    return b


BS06_ROWS = [
    ("一、产出指标（50分）", "（一）数量指标", "1.林下鸡养殖规模", "≥1.8万只"),
    (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
     "≥60户"),
    (None, "（二）质量指标", "2.鸡苗防疫注射率", "≥98%"),
    (None, mk("（三）可持续影响指标", "F105", "error", note="a 效益 tier-2 under 产出"),
     "3.养殖合作社带动机制", "长期有效"),
    (None, mk("（四）时效指标", "F109", "warning", row=True,
              note="template tier-2 left without indicator"), None, None),
    ("二、成本指标（10分）", "（一）经济成本指标", "4.鸡苗采购单价", "≤7元/只"),
    ("三、效益指标（30分）", "（一）经济效益指标", "5.户均养殖纯收入", "≥2800元"),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "6.养殖户满意度", "≥90%"),
]  # fmt: skip


@variant(
    "bs06-chicken-template-rows",
    (5, 6, 13),
    "project, NAT-2021, numbered tier labels with points, header 预期目标: an indicator row "
    "without a name, a 效益 tier-2 under 产出, a template tier-2 left empty",
)
def bs06() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="岩脚安置点林下鸡扩繁项目", dept="竹坳县乡村振兴局（412003）",
        unit="岩脚村股份经济合作社", money=one_year(24, 20, 4),
        goals=["扶持60户搬迁户饲养林下鸡1.8万只，户均纯收入2800元以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), BS06_ROWS)
    return b
