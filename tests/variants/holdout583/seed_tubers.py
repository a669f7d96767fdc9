"""Returns du01–du06: virus-free seed-tuber breeding (脱毒种薯繁育)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout583.common import (
    HEAD,
    footnotes,
    indicators,
    multi_year,
    one_year,
    signature,
    start,
)
from tests.variants.holdout583.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "雁坪县农业农村局 412007"


@variant("du01-minituber-base", (1, 5), "project, NAT-2021, numbered tier labels with points, a "
         "typed percent cell, a goal text that sums its indicators (correct)")  # fmt: skip
def du01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="脱毒马铃薯原原种繁育基地运行", dept=DEPT,
                 unit="雁坪县马铃薯脱毒中心", money=one_year(120, 100, 20),
                 goals=["全年繁育脱毒原原种500万粒（雾培280万粒、基质培220万粒），新建防虫"
                        "网棚40亩，组培苗病毒检测合格率98%以上。"])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标（50分）", "1.数量指标", "雾培原原种繁育数量", "≥280万粒"),
        (None, None, "基质培原原种繁育数量", "≥220万粒"),
        (None, None, "新建防虫网棚面积", "≥40亩"),
        (None, "2.质量指标", "组培苗病毒检测合格率",
         ok(pct(0.98), "warning", note="typed 98%; the goal text says 98%以上")),
        (None, "3.时效指标", "原原种入库完成时间", "2025年11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "防虫网棚建设单价", "≤1.5万元/亩"),
        ("三、效益指标（20分）", "（一）经济效益指标", "带动原种扩繁面积", "≥3000亩"),
        (None, "（二）可持续影响指标", "三级繁育体系运行年限", "≥5年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种薯企业满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "罗文谦", "0739-6218305", day(2024, 11, 18))
    return b


@variant("du02-g1-text-tier-date", (5,), "project, NAT-2021, abbreviated tier labels; goal "
         "text disagrees with a count, a rate under 时效, a deadline in the next year")  # fmt: skip
def du02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="一级脱毒种薯扩繁补助", dept=DEPT, unit="雁坪县种子管理站",
                 money=one_year(260, 200, 60),
                 goals=["补助合作社扩繁一级脱毒种薯1.2万吨，推广面积4万亩。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出", "数量", "一级种薯扩繁产量",
         mk("≥1万吨", "D104", "warning", row=True, note="年度目标 says 1.2万吨")),
        (None, None, "一级种薯推广面积", "≥4万亩"),
        (None, "质量", "扩繁田块检验覆盖率", "100%"),
        (None, "时效", mk("种薯块茎病毒检测合格率", "F201", "warning", row=True,
                          note="a 合格率 belongs under 质量, not 时效"), "≥95%"),
        (None, None, "种薯入库完成时间",
         mk("2026年3月31日前", "Y102", "error", note="one-year 2025 project ends 2025-12-31")),
        ("成本", "经济成本", "一级种薯扩繁补助标准", "≤200元/吨"),
        ("效益", "经济效益", "种植户亩均增收", "≥300元"),
        ("满意度", "服务对象满意度", "补助合作社满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "田若兰", "0739-6218417", day(2024, 11, 20))
    return b


@variant("du03-three-year-period", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "an annual count above its period, a placeholder, 中期目标 text vs indicator")  # fmt: skip
def du03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="马铃薯脱毒种薯三级繁育体系建设", dept=DEPT,
                 unit="雁坪县马铃薯脱毒中心", attr="新增项目",
                 money=multi_year((600, 500, 100), (200, 160, 40)),
                 goals=["三年累计推广脱毒种薯10万亩，建成区域种薯贮藏库5座，形成三级繁育体系。",
                        "当年推广脱毒种薯3万亩，建成贮藏库2座，完成种薯质量抽检。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "脱毒种薯推广面积",
         mk("≥8万亩", "D104", "warning", row=True, note="中期目标 says 累计10万亩"), "≥3万亩"),
        (None, None, "区域种薯贮藏库建设数量", "≥5座",
         mk("≥6座", "D201", "error", note="annual 6 above the period's 5; goal says 2")),
        (None, None, "种薯质量抽检批次", "≥150批次",
         mk("≥**批次", "X101", "error", note="template placeholder left in the cell")),
        (None, "质量指标", "种薯质量抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "贮藏库当年建成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "贮藏库建设单价", "≤25万元/座", "≤25万元/座"),
        ("效益指标", "经济效益指标", "种薯亩均增产", "≥200公斤", "≥150公斤"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("du04-flat-testing-station", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), a goal summing two counts, 0起 (correct)")  # fmt: skip
def du04() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="桦沟县种薯质量检测站",
                    budget=[(860, 780, 80, 310, 550)],
                    tasks=[("种薯质量检测", "室内及田间病毒检测", 120, "检测样品2300份"),
                           ("脱毒苗生产", "组培脱毒苗繁育", 300, "脱毒苗800万株"),
                           ("良种推广", "示范及技术指导", 130, "示范田2000亩"),
                           ("金额合计", None, 550, None)],
                    goal="全年检测种薯样品2300份（室内检测2000份、田间抽检300份），生产脱毒苗"
                         "800万株，示范田2000亩，检测报告10个工作日内出具。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("室内检测样品数量", 15, "份", "≥", 2000),
        ("田间抽检样品数量", 10, "份", "≥", 300),
        ("脱毒苗繁育数量", 15, "万株", "≥", 800),
        ("示范田面积", 10, "亩", "≥", 2000),
        ("检测结果准确率", 15, "%", "≥", 98),
        ("种薯带毒率", 10, "%", "≤", 5),
        ("检测报告出具时限", 10, "工作日", "≤", 10),
        ("种薯质量事故", 5, "起", "≤", 0),
        ("送检单位满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    footnotes(s, "注：权重合计100；种薯质量事故指因检测失误造成的种薯质量纠纷。")
    return b


@variant("du05-stacked-two-seed", (2,), "two seed projects stacked in one sheet, NAT-2021: a "
         "<br> in a goal, the second title's year, an indicator twice")  # fmt: skip
def du05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="原种扩繁基地网室维护", dept=DEPT, unit="雁坪县种子管理站",
                 money=one_year(80, 80, 0),
                 goals=[mk("维护网室60亩，<br>供应原种900吨。", "X102", "warning")])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "网室维护面积", "≥60亩"),
        (None, "质量指标", "原种纯度", "≥96%"),
        ("成本指标", "经济成本指标", "网室维护单价", "≤1.2万元/亩"),
        ("效益指标", "经济效益指标", "原种供应量", "≥900吨"),
        ("满意度指标", "服务对象满意度指标", "扩繁企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.title(mk("2024年度项目支出绩效目标申报表", "Y101", "error",
               note="budget year and plan dates are 2025"), 6)  # fmt: skip
    project_head(s, year=2025, name="脱毒种薯扩繁网室新建", dept=DEPT, unit="雁坪县种子管理站",
                 money=one_year(150, 120, 30), title="",
                 goals=["新建扩繁网室40亩，当年投入使用。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "扩繁网室新建面积", "≥40亩"),
        (None, None, "防虫网更换长度", "≥3000米"),
        (None, None, "扩繁网室新建面积", mk("≥30亩", "D102", "error", row=True,
                                              alt=("D103", "D101"), note="same as 40亩 above")),
        (None, "时效指标", "网室投入使用时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "网室建设单价", "≤3.5万元/亩"),
        ("效益指标", "可持续影响指标", "网室使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("du06-department-notes", (4, 12), "department, NAT-2021, tasks adding to 金额合计, "
         "a 注 row in the table, footnotes, 2026 sowing named on purpose (correct)")  # fmt: skip
def du06() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="北坨市马铃薯产业发展中心",
                    budget=[(1240, 1100, 140, 460, 780)],
                    tasks=[("种薯繁育", "原原种、原种两级繁育", 420, "原种1.5万吨"),
                           ("种薯储备", "冬储一级种薯", 360, "储备1.5万吨"),
                           ("金额合计", None, 780, None)],
                    goal=ok("繁育原种1.5万吨，冬储一级种薯1.5万吨，为2026年春播备足种源。",
                            "warning", note="2026 named on purpose: next spring"))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "原种繁育产量", "≥1.5万吨"),
        (None, None, "一级种薯冬储数量", "≥1.5万吨"),
        (None, "质量指标", "冬储种薯烂薯率", "≤3%"),
        ("注：烂薯率按出窖抽检计算，不含运输损耗。", None, None, None),
        ("成本指标", "经济成本指标", "种薯冬储费用", "≤240元/吨"),
        ("效益指标", "社会效益指标", "脱毒种薯覆盖率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "用种农户满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(s, "说明：冬储费用含入窖、通风和出窖分拣；储备种薯于次年春播前全部调出。",
              "填表说明：指标值请填写比较符、数值和计量单位。")  # fmt: skip
    signature(s, "宋启明", "0736-8841207", day(2024, 11, 26))
    return b
