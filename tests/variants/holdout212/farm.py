"""农业农村局 returns: 高标准农田建设 and 改造提升, 农机购置与应用补贴, 动物疫病强制免疫,
耕地地力保护补贴 (pn01–pn05)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout212.common import (
    ONE,
    basis,
    book,
    indicators,
    one_year,
    period,
    sign,
    wan,
)
from tests.variants.holdout212.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("pn01-farmland-three-sources", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, three 资金来源 in both columns, a 测算依据 block of per-亩 products; 亩均投入 × "
         "面积 equals the money, 化肥使用量增长率 ≤0% (correct)")  # fmt: skip
def pn01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="2026—2028年高标准农田建设项目", attr="新增项目",
        dept="临溪县农业农村局（402）", unit="临溪县农田建设管理服务中心",
        money=period(wan(9000), wan(3000), ("中央财政补助", wan(5400), wan(1800)),
                     ("省级财政补助", wan(2160), wan(720)), ("县级财政配套", wan(1440), wan(480))),
        goals=["2026年至2028年累计新建高标准农田3万亩，配套建设灌排渠道和田间道路，项目区亩均"
               "粮食产能提高100公斤以上。",
               "2026年新建高标准农田1万亩，新建和改造灌排渠道40公里，项目区亩均粮食产能提高"
               "100公斤以上。"],
    )  # fmt: skip
    basis(s, [
        ("田块整治", "1万亩×800元/亩=800万元", 800),
        ("灌溉和排水", "1万亩×1200元/亩=1200万元", 1200),
        ("田间道路", "1万亩×500元/亩=500万元", 500),
        ("农田防护与生态环境保护", "1万亩×200元/亩=200万元", 200),
        ("农田输配电", "1万亩×200元/亩=200万元", 200),
        ("勘察设计、监理及项目管理", "1万亩×100元/亩=100万元", 100),
    ], 3000, title="2026年度建设内容")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值（2026—2028年）",
                   "2026年度指标值"), [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3万亩", "≥1万亩"),
        (None, None, "新建和改造灌排渠道", "≥120公里", "≥40公里"),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "每年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均财政投入", "≤3000元/亩", "≤3000元/亩"),
        ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥100公斤", "≥100公斤"),
        (None, "生态效益指标", "项目区化肥使用量增长率", "≤0%", "≤0%"),
        (None, "可持续影响指标", "工程设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈禾生", "吴立田", "0596-83120457")
    return b


@variant("pn02-machinery-list-product", (12,), "one-year project, OLD-NAT, a procurement list "
         "priced in columns (数量 × 单台补贴额 = 补贴资金): one line's amount is not its product; "
         "a 核验率 written as a count of machines")  # fmt: skip
def pn02() -> Book:
    b, s = book("Sheet1", (14, 22, 30, 18, 18, 16))
    project_head(
        s, year=2026, name="2026年农机购置与应用补贴项目", dept="白沙河区农业农村局（405）",
        unit="白沙河区农业机械化技术推广站",
        money=one_year(ok(wan(606), "error", note="B102 if the 72 is taken for the line"),
                       ("中央财政补助", wan(546)), ("省级财政补助", wan(60))),
        goals=["2026年补贴农户和农业生产经营组织购置农机具240台，重点支持烘干、植保等薄弱环节"
               "机具，主要农作物耕种收综合机械化率达到86%。"],
    )  # fmt: skip
    s.row("序号", "机具品目", "补贴数量（台）", "单台补贴额（万元）", "补贴资金（万元）", "备注")
    s.row(1, "100马力及以上拖拉机", 80, 3.0, 240, "按分档补贴额")
    s.row(2, "谷物联合收割机", 40, 4.5, 180, None)
    s.row(3, "植保无人驾驶航空器", 60, 1.2,
          mk(78, "B101", "error", alt=("B102",), note="60台 × 1.2万元 = 72万元, not 78"),
          "薄弱环节机具")  # fmt: skip
    s.row(4, "谷物烘干机", 10, 6.0, 60, "薄弱环节机具")
    s.row(5, "高速插秧机", 50, 0.96, 48, None)
    s.row("合计", None, 240, None,
          ok(606, "error", note="the listed amounts add up to 606; with 72 they would give 600"),
          None)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补贴机具数量", "≥240台"),
        (None, None, "受益农户及农业生产经营组织数", "≥180户"),
        (None, "质量指标", "补贴机具实地核验率",
         mk("≥240台", "T105", "error", note="a 核验率 needs a percentage, not a count")),
        (None, "时效指标", "补贴资金兑付完成时间", "2026年12月31日前"),
        (None, "成本指标", "单台植保无人驾驶航空器补贴额", "≤1.2万元/台"),
        ("效益指标", "经济效益指标", "购机农户亩均作业成本降低额", "≥30元"),
        (None, "社会效益指标", "主要农作物耕种收综合机械化率", "≥86%"),
        (None, "可持续影响指标", "农机安全生产监管机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "购机农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pn03-immunisation-density", (1, 12), "one-year project, NAT-2021, operator and unit "
         "columns, a 测算依据 block: a 免疫密度 of ≥105 %, a 春季免疫 deadline in the year before "
         "the budget year")  # fmt: skip
def pn03() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 10, 18, 12))
    project_head(
        s, year=2026, name="2026年动物疫病强制免疫项目", dept="青岚市农业农村局（410）",
        unit="青岚市动物疫病预防控制中心",
        money=one_year(wan(300), ("中央财政补助", wan(150)), ("省级财政补助", wan(90)),
                       ("市级财政资金", wan(60))),
        goals=["2026年采购强制免疫疫苗360万头份，对应免畜禽实施春秋两季集中免疫，应免畜禽免疫"
               "密度保持在90%以上，免疫抗体合格率达到70%以上，全年不发生区域性重大动物疫情。"],
    )  # fmt: skip
    basis(s, [
        ("强制免疫疫苗采购", "360万头份×0.5元/头份=180万元", 180),
        ("村级防疫员免疫劳务补助", "150人×4000元/人=60万元", 60),
        ("免疫效果监测", "12000份×25元/份=30万元", 30),
        ("疫苗冷链运输与储存", "冷藏车运行及冷库维护，按上年实际支出测算", 30),
    ], 300)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "强制免疫疫苗采购数量", "≥", 360, "万头份"),
        (None, None, "补助村级防疫员人数", "≥", 150, "人"),
        (None, "质量指标", "应免畜禽免疫密度", "≥",
         mk(mk(105, "T106", "error", note="a 免疫密度 cannot pass 100 %"), "D104", "warning",
            row=True, required=False, note="the goal's 90%以上 against 105"), "%"),
        (None, None, "免疫抗体合格率", "≥", 70, "%"),
        (None, "时效指标", "春季集中免疫完成时间", "≤",
         mk("2025年5月31日", "Y102", "error", alt=("Y103",),
            note="a 2025 date in the 2026 one-year project"), None),
        (None, None, "秋季集中免疫完成时间", "≤", "2026年10月31日", None),
        ("成本指标", "经济成本指标", "疫苗采购单价", "≤", 0.5, "元/头份"),
        (None, None, "村级防疫员劳务补助标准", "≤", 4000, "元/人"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生情况", "定性", "未发生", None),
        (None, "可持续影响指标", "强制免疫“先打后补”机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pn04-land-subsidy-explained", (1, 12), "one-year project, NAT-2021, inline operators, "
         "an 指标解释 column, a percent cell, money in the number format; 补贴标准 × 面积 equals "
         "the money, a 下降率 ≥10%, a base-year note (correct)")  # fmt: skip
def pn04() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 18, 34))
    project_head(
        s, year=2026, name="2026年耕地地力保护补贴项目", dept="临溪县农业农村局（402）",
        unit="临溪县农村经营管理站", attr="常年项目",
        money=one_year(wan(5980), ("中央财政补助", wan(5980)), ("其他资金", wan(0))),
        goals=["2026年按115元/亩的标准向承包农户发放耕地地力保护补贴，补贴面积52万亩，补贴资金"
               "于6月30日前足额发放到户，引导农民保护耕地地力、减少耕地撂荒。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "补贴耕地面积", "≥52万亩", "以上年底确权登记承包耕地面积为基数"),
        (None, None, "惠及承包农户数", "≥8.6万户", "以村组公示的补贴清册为准"),
        (None, "质量指标", "补贴资金足额兑付率", pct(1), "通过“一卡通”直接发放到户"),
        (None, None, "补贴面积核实差错率", "≤0.5%", "抽查核实面积与申报面积的差异"),
        (None, "时效指标", "补贴资金发放完成时间", "2026年6月30日前", None),
        ("成本指标", "经济成本指标", "亩均补贴标准", "≤115元/亩", "按省定标准执行"),
        ("效益指标", "社会效益指标", "耕地撂荒面积下降率", "≥10%", "与上年相比"),
        (None, "生态效益指标", "秸秆综合利用率", "≥92%", "补贴发放与地力保护行为挂钩"),
        (None, "可持续影响指标", "耕地地力保护长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受补贴农户满意度", "≥90%", "抽样问卷调查"),
    ])  # fmt: skip
    return b


@variant("pn05-upgrade-annual-above", (8,), "two-year project, NAT-2021, a unit column "
         "before 中期 and 年度 values: an annual 高效节水灌溉面积 above the period's, one "
         "indicator repeated under 可持续影响指标 with the same values")  # fmt: skip
def pn05() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 12, 16, 16))
    project_head(
        s, year=2026, years=2, name="高标准农田改造提升项目", dept="白沙河区农业农村局（405）",
        unit="白沙河区农田建设服务站", attr="新增项目",
        money=period(wan(4800), wan(2400), ("中央财政补助", wan(2880), wan(1440)),
                     ("省级财政补助", wan(1200), wan(600)), ("区级财政配套", wan(720), wan(360))),
        goals=["2026年至2027年改造提升高标准农田2万亩，其中配套高效节水灌溉1万亩，项目区灌溉保证率"
               "达到85%以上。",
               "2026年改造提升高标准农田1万亩，完成年度建设任务并通过验收。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "改造提升高标准农田面积", "万亩", "≥2", "≥1"),
        (None, None, "配套高效节水灌溉面积", "万亩", "≥1",
         mk(mk("≥1.2", "D201", "error", note="1.2万亩 in the year, 1万亩 over the period"),
            "*", "warning", required=False, note="a cost × area product may use this count")),
        (None, "质量指标", "工程质量验收合格率", "%", "=100", "=100"),
        (None, None, "灌溉设施完好率", "%", "≥95", "≥95"),
        (None, "时效指标", "改造提升任务完成时间", None, "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均改造提升投入", "元/亩", "≤2400",
         ok("≤2400", note="2400元/亩 × 1.2万亩 exceeds the 年度 money only through the slip")),
        ("效益指标", "经济效益指标", "项目区亩均节本增效", "元", "≥150", "≥150"),
        (None, "社会效益指标", "项目区灌溉保证率", "%", "≥85", "≥85"),
        (None, "可持续影响指标",
         mk("灌溉设施完好率", "D101", "warning", row=True, alt=("D102", "D103"),
            note="the 质量指标 row again, same values"), "%", "≥95", "≥95"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    return b
