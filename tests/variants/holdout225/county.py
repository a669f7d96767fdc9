"""County project tables (项目支出绩效目标申报表) for farm machinery, forest tending, forest
rangers and returning farmland to forest: one-year and three-year heads, money in 万元 by number
format and in 元, 测算依据 and 资金来源 blocks, costs per 台, 亩, 户 and 人 (qa07–qa12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout225.common import ONE, OPS, TWO, book, grid, indicators, sign, wan, yuan
from tests.variants.holdout225.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

WIDE = (14, 16, 30, 18, 18, 16)


@variant("qa07-machinery-pasted-twice", (9, 12), "one-year project, NAT-2021: the total pasted "
         "twice with a note, a county top-up ≤0.5万元/台 × 640台 beyond the money")  # fmt: skip
def qa07() -> Book:
    b, s = book("项目绩效目标", WIDE)
    total = mk("286万286万（含农机报废更新补贴）", "X106", "error", alt=("B108",))
    project_head(
        s, year=2026, name="澄岭县2026年农机购置县级累加补贴项目", dept="澄岭县农业农村局（301）",
        unit="澄岭县农业机械化技术推广站",
        money=[("年度资金总额", total, None, None),
               ("其中：财政拨款", wan(266), "其他资金", wan(20))],
        goals=["2026年对640台农机具实施县级累加补贴，完成老旧农机报废更新85台，全县主要农作物耕种收"
               "综合机械化率达到85%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "累加补贴机具数量", "≥640台", None),
        (None, None, "老旧农机报废更新数量", "≥85台", "拖拉机、联合收割机"),
        (None, "质量指标", "补贴机具核验合格率", "≥98%", None),
        (None, "时效指标", "补贴资金兑付完成时间", "2026年12月15日前", None),
        ("成本指标", "经济成本指标", "单台累加补贴标准",
         mk("≤0.5万元/台", "B107", "warning", row=True, note="0.5 × 640 = 320万元 > 286万元"),
         "按机具类别分档"),
        ("效益指标", "经济效益指标", "购机农户作业收入", "增加", None),
        (None, "社会效益指标", "主要农作物耕种收综合机械化率", "≥85%", None),
        (None, "可持续影响指标", "老旧农机淘汰更新机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "邹海峰", "0731-87462153")
    return b


@variant("qa08-forest-tending-basis", (9, 12), "one-year project, NAT-2021, 测算依据 adding up "
         "to the total, a cost cap ≤0.022万元/亩 (small, not 0) within the money "
         "(correct)")  # fmt: skip
def qa08() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, name="岫溪县2026年中央财政森林抚育项目", dept="岫溪县林业局（402）",
        unit="岫溪县国有林场管理中心",
        money=[("年度资金总额", wan(1520), None, None),
               ("其中：中央财政资金", wan(1300), "省级财政资金", wan(220))],
        goals=["2026年完成森林抚育6.5万亩，其中中龄林4.2万亩、幼龄林2.3万亩，检查验收合格率95%以上。"],
    )  # fmt: skip
    grid(s, "资金测算依据", ("作业内容", "面积（万亩）", "标准（元/亩）", "金额（万元）", "备注"), [
        ("中龄林抚育", 4.2, 220, wan(924), None),
        ("幼龄林抚育", 2.3, 220, wan(506), None),
        ("作业设计及检查验收", None, None, wan(90), "按市场询价测算"),
        ("合计", 6.5, None, wan(1520), None),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "森林抚育面积", "≥6.5万亩"),
        (None, None, "中龄林抚育面积", "≥4.2万亩"),
        (None, None, "幼龄林抚育面积", "≥2.3万亩"),
        (None, "质量指标", "抚育作业检查验收合格率", "≥95%"),
        (None, "时效指标", "抚育作业完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "亩均抚育成本", "≤0.022万元/亩"),
        ("效益指标", "生态效益指标", "抚育林分年均蓄积生长量", "≥0.35立方米/亩"),
        (None, "社会效益指标", "带动林区群众就业", "≥1800人次"),
        (None, "可持续影响指标", "森林可持续经营能力", "提升"),
        ("满意度指标", "服务对象满意度指标", "林场职工和周边群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚思源", "0735-46029187")
    return b


SOURCES_QA09 = [
    ("中央财政补助", wan(1050), pct(0.7447, "0.00%")),
    ("省级财政补助", wan(240),
     mk(pct(0.2128, "0.00%"), "B111", "error", note="240 ÷ 1410 = 17.02%")),
    ("县级财政配套", wan(120), pct(0.0851, "0.00%")),
    ("合计", wan(1410), pct(1, "0.00%")),
]  # fmt: skip


@variant("qa09-rangers-annual-over-period", (1, 12), "three-year project: 年度资金 above 中期资金, "
         "a typed share that does not match its amount in the 资金来源 block")  # fmt: skip
def qa09() -> Book:
    b, s = book("绩效目标申报表", WIDE)
    project_head(
        s, year=2026, years=3, name="槐阴县生态护林员选聘管护项目",
        dept="槐阴县林业和草原局（415）", unit="槐阴县林业和草原局",
        money=[("中期资金总额", wan(1230), "年度资金总额",
                mk(wan(1410), "B103", "error", row=True, note="1410 > 1230")),
               ("其中：财政拨款", wan(1230), "其中：财政拨款", wan(1410)),
               ("其他资金", wan(0), "其他资金", wan(0))],
        goals=["项目期内每年选聘生态护林员1150人，管护森林和草原186万亩，森林覆盖率稳定在58.6%以上。",
               "2026年选聘生态护林员1150人，管护森林和草原186万亩，劳务补助按季度足额发放。"],
    )  # fmt: skip
    grid(s, "年度资金来源", ("资金来源", "金额（万元）", "占比"), SOURCES_QA09)
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "选聘生态护林员人数", "≥1150人"),
        (None, None, "管护森林和草原面积", "≥186万亩"),
        (None, "质量指标", "护林员巡护到岗率", "≥95%"),
        (None, "时效指标", "劳务补助按季度发放及时率", "≥95%"),
        (None, "成本指标", "护林员年人均劳务补助", "≤1万元/人"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥58.6%"),
        (None, "可持续影响指标", "护林员管理长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "生态护林员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "尹书华", "0738-35017629")
    return b


@variant("qa10-reforestation-period-annual", (8, 12), "three-year project with 中期 and 年度 "
         "columns: cumulative areas and 户次 that differ, ≤500元/亩 and ≤1250元/户次 within "
         "each year's money (correct)")  # fmt: skip
def qa10() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, years=3, name="坪塘县新一轮退耕还林补助项目", dept="坪塘县林业局（408）",
        unit="坪塘县退耕还林工作站",
        money=[("中期资金总额", wan(1980), "年度资金总额", wan(660)),
               ("其中：财政拨款", wan(1920), "其中：财政拨款", wan(640)),
               ("其他资金", wan(60), "其他资金", wan(20))],
        goals=["完成退耕地造林3.6万亩，兑现补助资金14400户次，造林成活率达到85%以上，项目区森林覆盖率"
               "达到41.5%以上。",
               "2026年完成退耕地造林1.2万亩，兑现补助资金4800户次，造林成活率达到85%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "退耕地造林面积", "≥3.6万亩", "≥1.2万亩"),
        (None, None, "兑现补助资金户次", "≥14400户次", "≥4800户次"),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%"),
        (None, "时效指标", "补助资金兑现完成时间", "2028年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "亩均补助标准", "≤500元/亩", "≤500元/亩"),
        (None, None, "户均补助标准", "≤1250元/户次", "≤1250元/户次"),
        ("效益指标", "生态效益指标", "项目区森林覆盖率", "≥41.5%", "≥40.2%"),
        (None, "经济效益指标", "退耕农户林下经济收入", "提高", "提高"),
        (None, "可持续影响指标", "退耕还林成果巩固机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "退耕农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "温雅琴", "0739-24815036")
    return b


BASIS_QA11 = [
    ("退耕还林第二次现金补助", 3200, 400, yuan(1280000)),
    ("退耕还林第三次现金补助", 2600, 500,
     mk(yuan(130), "B110", "error", note="2600亩 × 500元 = 1300000元: 万元 typed")),
    ("种苗造林费补助", 1600, 160, yuan(256000)),
    ("合计", None, None, mk(yuan(2836000), "B102", "error", required=False)),
]  # fmt: skip


@variant("qa11-reforestation-yuan-units", (5, 9, 12), "one-year project in 元, tier labels with *: "
         "a 万元 cell in the 元 money block, a 测算依据 amount typed in 万元")  # fmt: skip
def qa11() -> Book:
    b, s = book("Sheet1", WIDE)
    other = mk(money(18, WAN), "B105", "error", alt=("B110",), note="18万元 in a block in 元")
    project_head(
        s, year=2026, name="柘川县退耕还林补助资金兑现项目", dept="柘川县林业局（406）",
        unit="柘川县林业局", money_label="项目资金（元）",
        money=[("年度资金总额", mk(yuan(2836000), "B101", "error", required=False), None, None),
               ("其中：财政拨款", yuan(2656000), "其他资金", other)],
        goals=["2026年兑现退耕还林现金补助5800亩、惠及退耕农户1460户，完成新造林种苗补助1600亩。"],
    )  # fmt: skip
    grid(s, "资金测算依据", ("补助内容", "面积（亩）", "标准（元/亩）", "金额（元）"), BASIS_QA11)
    indicators(s, ONE, [
        ("*产出指标", "*数量指标", "兑现现金补助面积", "≥5800亩"),
        (None, None, "新造林种苗补助面积", "≥1600亩"),
        (None, None, "兑现补助农户数", "≥1460户"),
        (None, "*质量指标", "补助资金兑现准确率", "≥99%"),
        (None, "*时效指标", "补助资金兑现完成时间", "2026年10月31日前"),
        (None, "*成本指标", "户均现金补助", "≤1800元/户"),
        ("*效益指标", "生态效益指标", "退耕地林木保存率", "≥85%"),
        (None, "社会效益指标", "退耕农户政策性收入", "稳定"),
        ("*满意度指标", "服务对象满意度指标", "退耕农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭立新", "0736-58207341")
    return b


@variant("qa12-rangers-operator-column", (5, 12), "one-year project, NAT-2021, operator and unit "
         "columns: =100 % on a 覆盖率, a grade marked 定性, a cap per 人 that uses the whole "
         "money exactly (correct)")  # fmt: skip
def qa12() -> Book:
    b, s = book("项目支出绩效目标表", WIDE)
    project_head(
        s, year=2026, name="云垛县2026年生态护林员项目", dept="云垛县林业和草原局（411）",
        unit="云垛县林业和草原局",
        money=[("年度资金总额", wan(336), None, None),
               ("其中：财政拨款", wan(336), "其他资金", wan(0))],
        goals=["2026年选聘生态护林员280人，管护林地42万亩，按每人每年1.2万元标准发放劳务补助，森林覆盖率"
               "保持在63.5%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "选聘生态护林员人数", "≥", 280, "人"),
        (None, None, "落实管护林地面积", "≥", 42, "万亩"),
        (None, "质量指标", "护林员岗前培训覆盖率", "=", 100, "%"),
        (None, "时效指标", "劳务补助按月发放及时率", "≥", 95, "%"),
        ("成本指标", "经济成本指标", "护林员年人均劳务补助", "≤", 1.2, "万元/人"),
        ("效益指标", "社会效益指标", "护林员家庭收入水平", "定性", "提高", None),
        (None, "生态效益指标", "森林覆盖率", "≥", 63.5, "%"),
        (None, "可持续影响指标", "护林员管护长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "覃国栋", "0745-62180935")
    return b
