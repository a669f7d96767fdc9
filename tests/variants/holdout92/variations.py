"""Project returns in the variations staff make: 中期/年度 columns, units inside the values, tiers
in every row, two-line headers, a missing tier."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout92.projects import HEAD4, HEAD6, Y, footer, one_year, w
from tests.variants.holdout92.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant(
    "kx08-skills-training-period", (8,), "three-year project, NAT-2021, 中期 and 年度 value columns"
)
def kx08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=Y, years=3, name="职业技能提升培训补贴项目",
                 dept="榆溪县人力资源和社会保障局（409）",
                 unit="榆溪县就业服务中心", attr="延续项目",
                 money=[("中期资金总额", w(900), "年度资金总额", w(300)),
                        ("其中：财政拨款", w(810), "其中：财政拨款", w(270)),
                        ("其他资金", w(90), "其他资金", w(30))],
                 goals=["2027—2029年累计开展补贴性职业技能培训9000人次，取证率稳定在80%以上。",
                        "2027年开展补贴性职业技能培训3000人次，"
                        "培训后取证率不低于80%。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "补贴性职业技能培训人次", "≥", "9000人次", "3000人次"),
        (None, None, "培训班期数", "≥", "150期", "50期"),
        (None, "质量指标", "培训后取证率", "≥", pct(0.8), pct(0.8)),
        (None, "时效指标", "培训补贴拨付时限", "≤", "30个工作日", "30个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤", "1000元/人次", "1000元/人次"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥", pct(0.65), pct(0.65)),
        (None, "可持续影响指标", "定点培训机构数", "≥", "12家",
         ok("12家", note="a stock of institutions, not a cumulative count")),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), pct(0.9)),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "杜雅琴", "0391-7706521")
    return b


@variant(
    "kx09-elderly-relief-dup",
    (3,),
    "project, OLD-NAT, units in the values; 满意度 without %, a duplicate",
)
def kx09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="特困人员救助供养和低保提标项目",
        dept="榆溪县民政局（406）",
        unit="榆溪县社会救助服务中心",
        attr="常年项目",
        money=one_year(1380, 1380, 0),
        goals=["保障特困人员1150人基本生活，城乡低保对象3200人按时足额领取低保金。"],
    )
    s.row(*HEAD4)
    s.table([
        ("产出指标", "数量指标", "特困人员救助供养人数", "≥1150人"),
        (None, None, "城乡低保对象保障人数", "≥3200人"),
        (None, None, "临时救助人次", "≥600人次"),
        (None, None, mk("城乡低保对象保障人数", "D101", "warning", row=True, alt=("D102",)),
         "≥3200人"),
        (None, "质量指标", "救助资金足额发放率", "100%"),
        (None, "时效指标", "救助金按月发放", "每月10日前"),
        (None, "成本指标", "农村特困人员基本生活标准", "≤7800元/人·年"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障覆盖率", "100%"),
        (None, "可持续影响指标", "社会救助动态管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度",
         mk("≥90", "T105", "error", alt=("T104", "T116"), note="满意度 without %")),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "冯静", "0391-7709912")
    return b


@variant(
    "kx10-old-housing-units-inline",
    (1,),
    "project, OLD-NAT, units inside the values, one value column",
)
def kx10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="城镇老旧小区改造配套基础设施项目",
        dept="榆溪县住房和城乡建设局（424）",
        unit="榆溪县城市建设服务中心",
        attr="一次性项目",
        money=one_year(650, 500, 150),
        goals=["改造老旧小区9个，惠及居民1380户，完成管网、道路和加装照明等配套改造。"],
    )
    s.row(*HEAD4)
    s.table([
        ("产出指标", "数量指标", "改造老旧小区数", "≥9个"),
        (None, None, "惠及居民户数", "≥1380户"),
        (None, None, "改造雨污管网长度", "≥6.5公里"),
        (None, "质量指标", "竣工验收合格率", pct(1)),
        (None, "时效指标", "改造工程完工时间", "2027年11月30日前"),
        (None, "成本指标", "户均改造投资", "≤4700元/户"),
        ("效益指标", "社会效益指标", "小区内涝积水点消除数", "≥14处"),
        (None, "可持续影响指标", "长效管理机制建立小区数", "≥9个"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "彭建国", "0391-7728810")
    return b


@variant(
    "kx11-rehab-missing-tier",
    (5,),
    "project, NAT-2021, tiers in every row; a rate over 100 %, a tier-2 left out",
)
def kx11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="残疾儿童康复救助和辅具适配项目",
        dept="榆溪县残疾人联合会（433）",
        unit="榆溪县残疾人康复服务中心",
        attr="延续项目",
        money=one_year(168, 150, 18),
        goals=["为210名残疾儿童提供康复救助，为600名残疾人适配基本辅助器具。"],
    )
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "残疾儿童康复救助人数", "≥", 210, "人"),
        ("产出指标", "数量指标", "辅助器具适配人数", "≥", 600, "人"),
        ("产出指标", "质量指标", "残疾儿童康复救助完成率", "≥",
         mk(pct(1.2), "T106", "error"), "%"),
        ("产出指标", mk("", "F102", "error"), "辅具适配评估规范率", "=", pct(1), "%"),
        ("产出指标", "时效指标", "救助资金拨付时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "残疾儿童康复救助标准", "≤", 6000, "元/人·年"),
        ("成本指标", "经济成本指标", "辅具适配人均费用", "≤", 700, "元/人"),
        ("效益指标", "社会效益指标", "残疾儿童康复服务覆盖率", "≥", pct(0.95), "%"),
        ("效益指标", "可持续影响指标", "定点康复机构数", "≥", 3, "家"),
        ("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    footer(s, "贺玉兰", "0391-7750133")
    return b


@variant(
    "kx12-forest-fire-two-line",
    (7,),
    "project, NAT-2021, a two-line header with 计量单位 and 指标值 split",
)
def kx12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        name="森林防灭火能力提升项目",
        dept="榆溪县林业局（427）",
        unit="榆溪县国有林场管理站",
        attr="延续项目",
        money=one_year(210, 210, 0),
        goals=["组建专业扑火队6支，维护防火隔离带85公里，森林火灾受害率控制在0.9‰以内。"],
    )
    s.row("绩效指标", None, None, "年度指标值", None, None, merge=[(1, 3), (4, 6)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "数值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "专业扑火队伍", "≥", 6, "支"),
        (None, None, "维护防火隔离带", "≥", 85, "公里"),
        (None, None, "护林员巡护人数", "≥", 240, "人"),
        (None, "质量指标", "防火物资储备达标率", "=", pct(1), "%"),
        (None, "时效指标", "火情报告时限", "≤", 1, "小时"),
        ("成本指标", "经济成本指标", "护林员年度补助", "≤", 6000, "元/人"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰"),
        (None, "社会效益指标", "森林火灾扑救及时率", "=", pct(1), "%"),
        (None, "可持续影响指标", "森林覆盖率", "≥", pct(0.418, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "石卫东", "0391-7736604")
    return b


@variant(
    "kx13-insurance-cost-budget",
    (5, 12),
    "project, OLD-NAT, operator and unit columns; no 效益指标, standard × count above budget",
)
def kx13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    b.file_mark("F106", "error", note="no 效益指标 tier-1 at all")
    project_head(
        s,
        year=Y,
        name="困难群众城乡居民医保参保资助项目",
        dept="榆溪县医疗保障局（436）",
        unit="榆溪县医疗保障服务中心",
        attr="常年项目",
        money=one_year(150, 150, 0),
        goals=["资助特困、低保等困难群众6000人参加城乡居民基本医疗保险，应保尽保。"],
    )
    s.row(*HEAD6)
    s.table([
        ("产出指标", "数量指标", "资助参保困难群众人数", "≥", 6000, "人"),
        (None, None, "参保信息数据比对次数", "≥", 12, "次"),
        (None, None, "经办人员业务培训", "≥", 2, "次"),
        (None, "质量指标", "困难群众参保率", "≥", pct(0.99), "%"),
        (None, None, "参保资助数据比对准确率", "=", pct(1), "%"),
        (None, "时效指标", "资助资金划拨时限", "≤", 30, "天"),
        (None, None, "新增困难群众参保办理时限", "≤", 10, "个工作日"),
        (None, "成本指标", mk("人均参保资助标准", "B107", "warning", row=True,
                              note="350元 × 6000人 = 210万元 > 150万元"), "≤", 350, "元/人"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", pct(0.9), "%"),
        (None, None, "经办窗口服务满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "郝敏", "0391-7740021")
    return b
