"""Multi-year project tables with 中期 and 年度 columns (ox07–ox12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout196.common import TWO, book, indicators, period_money, sign, text, wan
from tests.variants.holdout196.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ox07-annual-sources-short", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the 年度 资金总额 450 ≠ 380 + 50, the 中期 column adds up")  # fmt: skip
def ox07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="中小河流综合治理项目", dept="青岚市水利局（521）",
        unit="青岚市河道管理所",
        money=period_money(
            (wan(1200), wan(1000), wan(200)),
            (mk(wan(450), "B101", "error", note="380 + 50 = 430"), wan(380),
             mk(wan(50), "B101", "error", required=False, note="a part of the 年度 sum"))),
        goals=["2026年至2028年累计治理河道36公里，新建生态护岸18公里，治理河段防洪标准达到"
               "20年一遇。",
               "2026年治理河道12公里，新建生态护岸6公里。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "河道治理长度", "≥36公里", "≥12公里"),
        (None, None, "新建生态护岸长度", "≥18公里", "≥6公里"),
        (None, "质量指标", "治理工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度治理任务完成时间", "每年12月20日前", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "河道治理单位成本", "≤33万元/公里", "≤33万元/公里"),
        ("效益指标", "生态效益指标", "治理河段水质达标率", "≥90%", "≥85%"),
        (None, "社会效益指标", "治理河段防洪标准", "≥20年一遇", "≥20年一遇"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ox08-subsidy-over-annual-money", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 补助标准 2万元/户 × 160户 = 320 above the 年度 280万元 "
         "(中期 300 × 2 = 600 fits exactly)")  # fmt: skip
def ox08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="农村危房改造补助项目", dept="松岩县住房和城乡建设局（312）",
        unit="松岩县村镇建设服务站",
        money=period_money((wan(600), wan(480), wan(120)), (wan(280), wan(220), wan(60))),
        goals=["两年完成农村危房改造300户，改造房屋安全鉴定合格率100%。",
               "2026年完成农村危房改造160户。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成农村危房改造户数", "≥300户",
         mk("≥160户", "B107", "warning", row=True, required=False,
            note="the count half of the standard × 户数 product")),
        (None, "质量指标", "改造房屋安全鉴定合格率", pct(1), pct(1)),
        (None, "时效指标", "年度改造任务完工时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每户改造补助标准", "≤2万元/户",
         mk("≤2万元/户", "B107", "warning", row=True,
            note="160户 × 2万元/户 = 320万元 > 年度资金总额 280万元")),
        ("效益指标", "社会效益指标", "受益困难群众人数", "≥900人", "≥480人"),
        (None, "可持续影响指标", "改造农房质量安全巡查机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥92%", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ox09-midterm-goal-and-duplicate", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the 中期目标 names 24个 centres, the 中期 value says ≥20个; 助餐服务覆盖率 "
         "under 社会效益 and again under 可持续影响 with other values")  # fmt: skip
def ox09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="社区居家养老服务中心建设项目", dept="白沙河区民政局（607）",
        unit="白沙河区养老服务指导中心",
        money=period_money((wan(900), wan(750), wan(150)), (wan(300), wan(250), wan(50))),
        goals=[mk("三年新建社区居家养老服务中心24个，累计提供老年助餐服务36万人次。", "D104",
                  "warning", required=False, note="the other end of the contradiction"),
               "2026年新建社区居家养老服务中心8个，提供老年助餐服务12万人次。"],
    )  # fmt: skip
    dup = "老年人助餐服务覆盖率"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建社区居家养老服务中心数",
         mk("≥20个", "D104", "warning", row=True, note="the 中期目标 names 24个"), "≥8个"),
        (None, None, "老年助餐服务人次", "≥36万人次", "≥12万人次"),
        (None, "质量指标", "服务中心建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个服务中心建设补助标准", "≤30万元/个", "≤30万元/个"),
        ("效益指标", "社会效益指标",
         mk(dup, "D102", "error", row=True, required=False, alt=("D101", "D103"),
            note="the first of the pair"), "≥60%", "≥50%"),
        (None, "可持续影响指标",
         mk(dup, "D102", "error", row=True, alt=("D101", "D103"),
            note="same name, ≥70%/≥55% against ≥60%/≥50%"), "≥70%", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ox10-farmland-standard-equal", (8, 12), "two-year project from 2027, NAT-2021, 中期 "
         "and 年度 columns: 亩均补助 3000元/亩 × 面积 equals the money in both columns, a "
         "下降率 ≥, 100% cells, a deadline 11月底前 (correct)")  # fmt: skip
def ox10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2027, years=2, name="高标准农田建设项目", dept="禾川市农业农村局（403）",
        unit="禾川市农田建设管理站",
        money=period_money((wan(1200), wan(900), wan(300)), (wan(600), wan(450), wan(150))),
        goals=["2027年至2028年建成高标准农田4000亩，项目区粮食亩产提高50公斤以上。",
               "2027年建成高标准农田2000亩，新增高效节水灌溉面积800亩。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成高标准农田面积", "≥4000亩", "≥2000亩"),
        (None, None, "新增高效节水灌溉面积", "≥1600亩", "≥800亩"),
        (None, "质量指标", "农田建设工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "每年11月底前", "2027年11月底前"),
        ("成本指标", "经济成本指标", "高标准农田亩均建设补助", "≤3000元/亩", "≤3000元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩产提高", "≥50公斤", "≥30公斤"),
        (None, "生态效益指标", "项目区化肥使用量下降率", "≥5%", "≥3%"),
        (None, "可持续影响指标", "农田建后管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘立恒", "左佳音", "0598-53317260")
    return b


@variant("ox11-operator-column-periods", (8, 11), "three-year project, NAT-2021, an operator "
         "column before 中期 and 年度 values and a unit column: 覆盖率 = 100, 投诉率 = 0, "
         "deadlines 2028.10 / 2026.10 in text cells (correct)")  # fmt: skip
def ox11() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=3, name="基层公共文化服务提升项目", dept="鹤汀区文化和旅游局（705）",
        unit="鹤汀区文化馆",
        money=period_money((wan(450), wan(390), wan(60)), (wan(150), wan(130), wan(20))),
        goals=["三年开展送戏下乡演出360场，建设村级文化服务点45个，公共文化服务覆盖全部"
               "行政村。",
               "2026年开展送戏下乡演出120场，建设村级文化服务点15个。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥", 360, 120, "场"),
        (None, None, "建设村级文化服务点数", "≥", 45, 15, "个"),
        (None, "质量指标", "演出节目内容审查合格率", "=", 100, 100, "%"),
        (None, "时效指标", "村级文化服务点建设完成时间", "≤", text("2028.10"),
         text("2026.10"), None),
        ("成本指标", "经济成本指标", "单场演出补助标准", "≤", 0.8, 0.8, "万元/场"),
        (None, None, "单个服务点建设费用", "≤", 3, 3, "万元/个"),
        ("效益指标", "社会效益指标", "行政村公共文化服务覆盖率", "=", 100, 100, "%"),
        (None, None, "群众文化活动投诉率", "=", 0, 0, "%"),
        (None, "可持续影响指标", "村级文化服务点运行管理制度", None, "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "基层群众满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("ox12-midterm-sources-short-rate-105", (1, 8, 12), "two-year project, NAT-2021, 中期 "
         "and 年度 columns with percent cells: the 中期 资金总额 800 ≠ 640 + 140 (年度 adds up), "
         "a 年度 达标率 typed 105%")  # fmt: skip
def ox12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="城镇污水管网改造项目", dept="临溪县住房和城乡建设局（310）",
        unit="临溪县排水管理所",
        money=period_money(
            (mk(wan(800), "B101", "error", note="640 + 140 = 780"), wan(640),
             mk(wan(140), "B101", "error", required=False, note="a part of the 中期 sum")),
            (wan(420), wan(340), wan(80))),
        goals=["两年改造城镇污水管网32公里，城镇生活污水集中收集率提高到70%。",
               "2026年改造城镇污水管网18公里，完成雨污分流改造小区12个。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造城镇污水管网长度", "≥32公里", "≥18公里"),
        (None, None, "雨污分流改造小区数", "≥20个", "≥12个"),
        (None, "质量指标", "管网工程闭水试验达标率", pct(1),
         mk(pct(1.05), "T106", "error", note="typed 105%: a 达标率 cannot pass 100%")),
        (None, "时效指标", "年度改造任务完成时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "管网改造单位成本", "≤22万元/公里", "≤22万元/公里"),
        ("效益指标", "生态效益指标", "城镇生活污水集中收集率", "≥70%", "≥62%"),
        (None, "社会效益指标", "污水外溢投诉件数下降率", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
