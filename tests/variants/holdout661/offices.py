"""Returns as offices send them across both halves of the theme: department tables with their
task money, a template left half filled, notes and page breaks, a two-year 种苗 project and
operators in words (gu13-gu18)."""

from __future__ import annotations

from tests.variants.holdout661.common import (
    ONE,
    OPC,
    department_book,
    indicators,
    note,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout661.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant(
    "gu13-forestry-department",
    (12, 4),
    "department, NAT-2021, budget and key tasks adding up, a cost standard × area equal to "
    "its task money, footnotes explaining the total, 填表说明 and a signature line (correct)",
)
def gu13() -> Book:
    b, s = department_book(
        year=2026,
        dept="鹤湾县林业发展中心",
        budget=[(wan(420), wan(380), wan(40), wan(170), wan(250))],
        tasks=[
            ("沉香林下经济示范", "补助林下种植沉香", wan(150), "推广种植1500亩"),
            ("燕屋规范管理", "燕屋备案登记与噪声治理", wan(100), "备案燕屋120栋"),
            ("金额合计", None, wan(250), None),
        ],
        goal="推广沉香林下种植1500亩（新植900亩、补植600亩），完成燕屋备案登记120栋，"
        "燕屋扰民投诉明显下降。",
    )
    indicators(s, ONE, [
        ("成本指标", "经济成本指标", "林下种植补助标准", "≤1000元/亩"),
        ("产出指标", "数量指标", "推广沉香林下种植面积", "≥1500亩"),
        (None, None, "燕屋备案登记", "≥120栋"),
        (None, "质量指标", "种植验收合格率", "≥95%"),
        (None, "时效指标", "补助资金兑付时间", "2026年12月20日前"),
        ("效益指标", "经济效益指标", "林下经济产值增长率", "≥8%"),
        (None, "社会效益指标", "燕屋扰民投诉下降率", "≥20%"),
        (None, "生态效益指标", "林下种植区水土流失治理率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林农及燕屋业主满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1. 金额合计为项目支出250万元，不含基本支出170万元。")
    note(s, "2. 推广面积含新植900亩、补植600亩，补助标准按每亩1000元测算。")
    note(s, "填表说明：指标值应可考核，时效指标填写完成日期。")
    sign(s, "莫子谦", "0775-5126490", day(2025, 11, 20))
    return b


@variant(
    "gu14-spice-department-wrong",
    (12,),
    "department, NAT-2021: key tasks not adding to 金额合计, the goal's count of processing "
    "points given otherwise in the indicators",
)
def gu14() -> Book:
    b, s = department_book(
        year=2026,
        dept="樟陂县香料产业发展服务站",
        budget=[(wan(310), wan(290), wan(20), wan(120), wan(190))],
        tasks=[
            ("八角烘干点建设", "建设标准化初加工点", wan(110), ok("建成初加工点5个", "warning")),
            ("胡椒收储", "收储胡椒鲜果", wan(80), "收储500吨"),
            ("金额合计", None, mk(wan(200), "B102", "error", alt=("B101",),
                              note="110 + 80 = 190，不是200；项目支出也是190")),
        ],
        goal=ok("年内建成香料标准化初加工点5个，收储胡椒鲜果500吨。", "warning"),
    )  # fmt: skip
    points = mk("≥4个", "D104", "warning", row=True, note="总体目标和任务都写建成5个")
    indicators(s, ONE, [
        ("成本指标", "经济成本指标", "单个初加工点建设补助", "≤20万元/个"),
        ("产出指标", "数量指标", "建成香料标准化初加工点", points),
        (None, None, "收储胡椒鲜果", "≥500吨"),
        (None, "质量指标", "初加工产品抽检合格率", "≥98%"),
        (None, "时效指标", "初加工点投用时间", "2026年10月31日前"),
        ("效益指标", "经济效益指标", "香料初加工增值", "≥300万元"),
        (None, "社会效益指标", "带动加工户就业", "≥200人"),
        ("满意度指标", "服务对象满意度指标", "香料种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陆晓岚", "0779-7253318", day(2025, 11, 18))
    return b


@variant(
    "gu15-incense-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
    "name, the template's example row kept",
)
def gu15() -> Book:
    b, s = project_book(
        year=2026,
        name="澄屿市沉香线香初加工作坊提升项目",
        dept="澄屿市工业和信息化局（506010）",
        unit="澄屿市沉香行业协会",
        money=[
            ("年度资金总额", wan(60), "其中：财政拨款", wan(50)),
            ("其他资金", wan(10), None, None),
        ],
        goals=["为15家线香初加工作坊更新粉碎、成型设备，产品抽检合格率不低于95%。"],
    )
    empty = mk("社会成本指标", "F109", "warning", row=True, note="模板留下的二级指标，未填三级指标")
    example = mk("≥XX人次", "X101", "error", row=True, note="模板示例行“（示例）培训人次”未删")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "线香加工设备购置单价", "≤3万元/台"),
        (None, empty, None, None),
        ("产出指标", "数量指标", "提升线香初加工作坊", "≥15家"),
        (None, None, "购置加工设备", "≥15台"),
        (None, None, "（示例）培训人次", example),
        (None, "质量指标", "沉香线香抽检合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有指标值≥90%，没有指标名称"), "≥90%"),
        (None, "时效指标", "设备到位时间", "2026年6月30日前"),
        ("效益指标", "经济效益指标", "作坊年均增收", "≥3万元/家"),
        (None, "社会效益指标", "带动就业", "≥60人"),
        (None, "生态效益指标", "沉香木屑综合利用率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "作坊业主满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冼嘉文", "0756-3362085", day(2025, 12, 1))
    return b


WEIGHT = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "gu16-incense-notes",
    (4, 9),
    "project, OLD-NAT, weight column: a 说明 row inside the table, the header repeated after "
    "a page break, subtotal and total rows, =100% kept as text, footnotes (correct)",
)
def gu16() -> Book:
    b, s = project_book(
        year=2026,
        name="樟陂县沉香线香非遗工坊提升项目",
        dept="樟陂县文化广电体育和旅游局（318021）",
        unit="樟陂县非物质文化遗产保护中心",
        money=[
            ("年度资金总额", wan(40), "其中：财政拨款", wan(40)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["改造沉香线香非遗工坊4家，培训传承人30人，接待研学3000人次。"],
    )
    indicators(s, WEIGHT, [
        ("产出指标", "数量指标", "非遗工坊改造", "≥4家", 10),
        (None, None, "培训线香技艺传承人", "≥30人", 10),
        (None, "质量指标", "改造工坊验收合格率", "=100%", 10),
        (None, "时效指标", "工坊改造完成时间", day(2026, 10, 31, CN_DATE), 10),
        (None, "成本指标", "单家工坊改造补助", "≤8万元/家", 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 50)
    note(s, "说明：工坊改造补助按实际采购价测算，超出部分由工坊自筹。", 5)
    s.skip()
    s.row(*WEIGHT)
    s.table([
        ("效益指标", "经济效益指标", "线香销售收入增长率", "≥10%", 10),
        (None, "社会效益指标", "工坊接待研学人次", "≥3000人次", 10),
        (None, "可持续影响指标", "工坊持续运营年限", "≥5年", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("效益指标小计", None, None, None, 30)
    s.table([
        ("满意度指标", "服务对象满意度指标", "研学游客满意度", "≥90%", 10),
        (None, None, "传承人满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    note(s, "注：验收合格率填“=100%”，指改造工坊全部验收合格。", 5)
    sign(s, "梁映秋", "0779-7230164", day(2025, 12, 8))
    return b


@variant(
    "gu17-seedling-two-years",
    (8, 1),
    "two-year project, NAT-2021, 实施期 and 年度 columns with typed percent cells: the "
    "period's counts beside smaller annual counts, parts in brackets in the goals (correct)",
)
def gu17() -> Book:
    b, s = project_book(
        year=2026,
        years=2,
        name="鹤湾县白木香良种种苗繁育基地项目",
        dept="鹤湾县林业局（215009）",
        unit="鹤湾县林木种苗站",
        money=[
            ("中期资金总额", wan(360), "年度资金总额", wan(160)),
            ("其中：财政拨款", wan(300), "其中：财政拨款", wan(130)),
            ("其他资金", wan(60), "其他资金", wan(30)),
        ],
        goals=[
            "两年繁育白木香种苗80万株（其中嫁接苗20万株），建成炼苗大棚20亩。",
            "繁育种苗30万株（其中嫁接苗8万株），建成炼苗大棚12亩。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    s.table([
        ("成本指标", "经济成本指标", "种苗繁育成本", "≤4元/株", "≤4元/株"),
        (None, None, "炼苗大棚建设成本", "≤1.5万元/亩", "≤1.5万元/亩"),
        ("产出指标", "数量指标", "繁育白木香种苗", "≥80万株", "≥30万株"),
        (None, None, "其中：嫁接苗", "≥20万株", "≥8万株"),
        (None, None, "建成炼苗大棚", "≥20亩", "≥12亩"),
        (None, "质量指标", "种苗出圃合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "种苗出圃完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("效益指标", "经济效益指标", "种苗销售收入", "≥240万元", "≥90万元"),
        (None, "社会效益指标", "带动育苗用工", "≥3000人次", "≥1200人次"),
        (None, "可持续影响指标", "良种繁育技术推广年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "购苗林农满意度", pct(0.9), pct(0.9)),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "韦家骏", "0775-5190386", day(2025, 12, 5))
    return b


@variant(
    "gu18-anise-oil-direction",
    (11, 1),
    "project, OLD-NAT, operators in words in 指标性质, a unit column, typed percent cells: "
    "a 反向 rate with 大于等于, a typed percent above 100",
)
def gu18() -> Book:
    b, s = project_book(
        year=2026,
        name="鹤湾县八角茴油蒸馏初加工提升项目",
        dept="鹤湾县工业和商务局（215017）",
        unit="鹤湾县八角茴油加工协会",
        money=[
            ("年度资金总额", wan(70), "其中：财政拨款", wan(60)),
            ("其他资金", wan(10), None, None),
        ],
        goals=["改造茴油蒸馏锅8台，加工八角枝叶2000吨，茴油茴脑含量全部达标。"],
    )
    wrong = mk("大于等于", "T108", "warning", row=True, note="霉变率是反向指标，应为小于等于")
    over = mk(pct(1.05), "T106", "error", note="达标率上限100%，录成105%")
    indicators(s, OPC, [
        ("产出指标", "数量指标", "改造茴油蒸馏锅", "大于等于", 8, "台"),
        (None, None, "加工八角枝叶", "大于等于", 2000, "吨"),
        (None, "质量指标", "茴油茴脑含量达标率", "大于等于", over, "%"),
        (None, None, "原料霉变率", wrong, pct(0.03), "%"),
        (None, "时效指标", "蒸馏锅改造完成时间", "小于等于", day(2026, 6, 30, CN_DATE), None),
        (None, "成本指标", "单台蒸馏锅改造补助", "小于等于", 7, "万元/台"),
        ("效益指标", "经济效益指标", "茴油加工户户均增收", "大于等于", 1.5, "万元/户"),
        (None, "生态效益指标", "蒸馏冷凝水循环利用率", "大于等于", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "莫子谦", "0775-5126490", day(2025, 12, 9))
    return b
