"""Project returns (§3.1): one value column, operator and unit columns, 中期/年度 columns,
stacked projects and a weight column; about half of them correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout103.common import footer, indicators
from tests.variants.holdout103.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("li01-road-maintenance", (1,), "project, NAT-2021, one value column, operators in values")
def li01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="青梧县农村公路日常养护项目", dept="青梧县交通运输局（412）",
        unit="青梧县公路养护中心",
        money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(380, WAN)),
               ("其他资金", money(40, WAN), None, None)],
        goals=["2025年完成县乡道日常养护186公里，修复路面病害点不少于320处，优良路率达到85%以上，"
               "沿线群众满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "每公里年养护成本", "≤2.2万元/公里"),
        ("产出指标", "数量指标", "日常养护里程", "≥186公里"),
        (None, None, "路面病害修复", "≥320处"),
        (None, None, "桥涵定期检查", "≥48座次"),
        (None, "质量指标", "优良路率", "≥85%"),
        (None, None, "养护工程验收合格率", pct(1)),
        (None, "时效指标", "病害修复及时率", "≥95%"),
        (None, None, "汛后道路抢通时间", "≤24小时"),
        ("效益指标", "社会效益指标", "道路安全隐患整改率", "≥98%"),
        (None, None, "群众出行条件", "持续改善"),
        (None, "可持续影响指标", "农村公路长效养护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "青梧县公路养护中心", "蒋慧", "0739-5521806", "2024年11月18日")
    return b


@variant("li02-meal-subsidy", (1,), "project, NAT-2021, a standard × count above the budget, "
         "满意度 as 95")  # fmt: skip
def li02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="澄溪区老年人助餐服务补贴", dept="澄溪区民政局（207）",
        unit="澄溪区养老服务指导中心", attr="常年项目",
        money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["为辖区不少于1500名老年人提供助餐补贴，运营社区助餐点12个，保障老年人就餐安全便利。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("成本指标", "经济成本指标",
         "助餐补贴标准", mk("≤1200元/人", "B107", "warning", row=True,
                           note="1200元 × 1500人 = 180万元 > 年度资金150万元")),
        ("产出指标", "数量指标", "受益老年人数", ok("≥1500人", note="the count of the B107")),
        (None, None, "社区助餐点数量", "≥12个"),
        (None, "质量指标", "餐食抽检合格率", pct(1)),
        (None, "时效指标", "补贴发放及时率", "≥98%"),
        ("效益指标", "社会效益指标", "老年人就餐便利程度", "明显提升"),
        (None, "可持续影响指标", "助餐服务运营机制", "长期有效"),
        ("满意度指标", "服务对象满意度指标",
         "助餐老年人满意度", mk(95, "T105", "error", note="满意度 written 95 without %")),
    ])  # fmt: skip
    footer(s, "澄溪区民政局", "罗佳", "0733-8827140", "2024年11月22日")
    return b


H_OP = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("li03-library-books", (1,), "project, OLD-NAT, 比较符 and 计量单位 columns, bare numbers")
def li03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="桐源县图书馆馆藏图书购置", dept="桐源县文化和旅游局（318）",
        unit="桐源县图书馆", attr="常年项目",
        money=[("年度资金总额", money(85, WAN), "其中：财政拨款", money(85, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["新增纸质馆藏图书20000册，续订数字资源数据库3个，年借阅量达到15万人次，读者满意度"
               "90%以上。"],
    )  # fmt: skip
    indicators(s, H_OP, [
        ("产出指标", "数量指标", "新增纸质馆藏图书", "≥", 20000, "册"),
        (None, None, "续订数字资源数据库", "=", 3, "个"),
        (None, "质量指标", "图书到馆验收合格率", "=", pct(1), "%"),
        (None, None, "图书编目差错率", "≤", pct(0.01), "%"),
        (None, "时效指标", "图书上架周期", "≤", 30, "天"),
        (None, "成本指标", "图书平均采购单价", "≤", 38, "元/册"),
        ("效益指标", "社会效益指标", "年借阅人次", "≥", 150000, "人次"),
        (None, None, "未成年人借阅占比", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "馆藏结构优化", "定性", "逐年优化", None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "桐源县图书馆", "钟敏", "0745-3362917", "2024年12月2日")
    return b


@variant("li04-river-dredging", (1,), "project, NAT-2021, completion date in the next year, "
         "成本 with ≥")  # fmt: skip
def li04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="白石镇中小河道清淤整治", dept="岭南市白石镇人民政府（603）",
        unit="白石镇农业农村办公室", attr="一次性项目",
        end=mk(day(2026, 3, 31), "Y102", "error", alt=("Y101",),
               note="a one-year 2025 project ending in 2026"),
        money=[("年度资金总额", money(260, WAN), "其中：财政拨款", money(230, WAN)),
               ("其他资金", money(30, WAN), None, None)],
        goals=["完成镇域内6条中小河道清淤整治，清淤量不少于5万立方米，河道水质稳定达到Ⅳ类以上。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("成本指标", "经济成本指标",
         "河道清淤单价", mk("≥45元/立方米", "T108", "warning", row=True,
                            note="a cost cap written with ≥")),
        ("产出指标", "数量指标", "整治河道条数", "≥6条"),
        (None, None, "清淤量", "≥5万立方米"),
        (None, None, "护岸修复长度", "≥2.4公里"),
        (None, "质量指标", "工程验收合格率", pct(1)),
        (None, "时效指标", "汛期前主体工程完工率", "≥90%"),
        ("效益指标", "生态效益指标", "河道水质", "Ⅳ类及以上"),
        (None, "社会效益指标", "沿河村庄防洪能力", "有效提升"),
        (None, "可持续影响指标", "河长巡河制度", "长效运行"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "白石镇人民政府", "邝丽华", "0762-4418305", "2024年12月9日")
    return b


H_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("li05-skills-training", (8,), "three-year project, NAT-2021, 中期 and 年度 columns")
def li05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, years=3, name="云岭区农民工职业技能提升培训",
        dept="云岭区人力资源和社会保障局（115）", unit="云岭区职业技能培训指导中心",
        attr="新增项目",
        money=[("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
               ("其中：财政拨款", money(810, WAN), "其中：财政拨款", money(270, WAN)),
               ("其他资金", money(90, WAN), "其他资金", money(30, WAN))],
        goals=["2025—2027年累计开展农民工职业技能培训4500人次，取证率80%以上，培训后就业率70%以上。",
               "2025年开展农民工职业技能培训1500人次，取证率80%以上，培训后就业率70%以上。"],
    )  # fmt: skip
    indicators(s, H_TWO, [
        ("成本指标", "经济成本指标", "人均培训成本", "≤2000元/人次", "≤2000元/人次"),
        ("产出指标", "数量指标", "职业技能培训人次", "≥4500人次", "≥1500人次"),
        (None, None, "开设培训工种", "≥15个", "≥8个"),
        (None, "质量指标", "职业技能等级证书取证率", "≥80%", "≥80%"),
        (None, "时效指标", "培训补贴审核办结时限", "≤15个工作日", "≤15个工作日"),
        ("效益指标", "经济效益指标", "培训后就业率", "≥70%", "≥70%"),
        (None, "社会效益指标", "农民工就业技能", "明显提升", "有所提升"),
        (None, "可持续影响指标", "校企合作培训基地", "≥6个", "≥2个"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, "云岭区人力资源和社会保障局", "唐志远", "0771-6603518", "2024年11月26日")
    return b


@variant("li06-farmland-canals", (8,), "two-year project, OLD-NAT, 中期 and 年度 columns: an "
         "annual count above the period, a count copied")  # fmt: skip
def li06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, years=2, name="清河县高标准农田配套设施提升", dept="清河县农业农村局（221）",
        unit="清河县农田建设服务站", attr="新增项目",
        money=[("中期资金总额", money(1360, WAN), "年度资金总额", money(720, WAN)),
               ("其中：财政拨款", money(1360, WAN), "其中：财政拨款", money(720, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["2025—2026年完成1.2万亩高标准农田配套设施提升，配套灌排、道路和机井设施。",
               "2025年完成0.6万亩配套设施提升，新建灌溉渠道24公里，田间道路10公里。"],
    )  # fmt: skip
    indicators(s, H_TWO, [
        ("产出指标", "数量指标", "配套设施提升面积", "≥1.2万亩", "≥0.6万亩"),
        (None, None, "新建灌溉渠道", "≥18公里",
         mk("≥24公里", "D201", "error", note="annual 24 above the period 18")),
        (None, None, "新建田间道路", "≥20公里", "≥10公里"),
        (None, None, "新增机井", "≥40眼",
         mk("≥40眼", "D202", "warning", note="a cumulative count copied into 年度")),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "当年建设任务完成率", pct(1), pct(1)),
        (None, "成本指标", "亩均投入", "≤1133元/亩", "≤1200元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", "≥30公斤"),
        (None, "生态效益指标", "节水灌溉覆盖率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "工程管护责任落实率", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, "清河县农业农村局", "许海燕", "0317-7754021", "2024年12月5日")
    return b
