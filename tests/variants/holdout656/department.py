"""Department returns, flat lists and stacked projects over both halves of the theme: gp13–gp18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout656.common import N, book, dept_budget, funds, indicators, sign, wan
from tests.variants.holdout656.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DEPT = "柑岭县农业农村局（305）"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("gp13-fruit-centre-department", (12, 1),
         "department, NAT-2021: budget with 基本/项目支出, key tasks adding to 金额合计, a goal "
         "total with its parts in brackets, typed percents (correct)")  # fmt: skip
def gp13() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="柑岭县果业发展中心",
                    budget=dept_budget(850, 800, 50, 520, 330), tasks=[
        ("柑橘良种繁育", "无病容器苗繁育与发放", wan(120), "繁育无病苗木40万株"),
        ("病虫害统防统治", "黄龙病、木虱、大实蝇统防", wan(150), "统防面积2.5万亩"),
        ("采后处理技术推广", "分级、预冷和保鲜技术培训", wan(60), "培训果农1200人次"),
        ("金额合计", None, wan(330), None)],
                    goal="繁育无病苗木40万株；统防统治面积2.5万亩（其中砂糖橘1.5万亩、"
                         "脐橙1万亩）；培训果农1200人次；"
                         "全县柑橘商品化处理率达到60%。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "无病苗木繁育数量", "≥40万株"),
        (N, N, "病虫害统防统治面积", "≥2.5万亩"),
        (N, N, "采后处理技术培训", "≥1200人次"),
        (N, "质量指标", "无病苗木检测合格率", pct(1)),
        (N, "时效指标", "苗木发放完成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "每株无病苗木繁育成本", "≤2.5元/株"),
        ("效益指标", "社会效益指标", "全县柑橘商品化处理率", pct(0.6)),
        (N, "生态效益指标", "化学农药使用量下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", pct(0.9)),
    ]  # fmt: skip
    indicators(s, rows)
    sign(s, "邝晓梅", (2024, 11, 20))
    return b


@variant("gp14-town-centre-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a seedling count below the goal's, "
         "the same monitoring count twice with different values")  # fmt: skip
def gp14() -> Book:
    b, s = book()
    total = mk(wan(900), "B101", "error", note="基本支出 560 + 项目支出 300 = 860 ≠ 900")
    department_head(s, year=2025, dept="橙岗镇农业综合服务中心",
                    budget=dept_budget(total, 850, 50, 560, 300), tasks=[
        ("脐橙无病苗木繁育", "容器苗繁育", wan(120), "培育无病苗木50万株"),
        ("柑橘大实蝇监测防控", "监测点设置与诱杀", wan(80), "监测点40个"),
        ("果品分级包装指导", "合作社分级包装", wan(100), "分级包装1.2万吨"),
        ("金额合计", None, wan(300), None)],
                    goal="培育脐橙无病苗木50万株；设置柑橘大实蝇监测点40个；"
                         "指导合作社分级包装脐橙1.2万吨。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "无病苗木繁育数量",
         mk("≥30万株", "D104", "warning", row=True, note="年度总体目标与任务写50万株")),
        (N, N, "柑橘大实蝇监测点", "≥40个"),
        (N, N, "分级包装指导量", "≥1.2万吨"),
        (N, "质量指标", "苗木出圃合格率", "≥95%"),
        (N, N, "柑橘大实蝇监测点数量",
         mk("≥60个", "D102", "error", row=True, alt=("D103", "D101", "F201"),
            note="与数量指标“柑橘大实蝇监测点 ≥40个”是同一指标，值不同，且数量填在质量下")),
        (N, "时效指标", "监测数据上报及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每株苗木繁育成本", "≤2.4元/株"),
        ("效益指标", "经济效益指标", "分级包装果品溢价", "≥0.5元/公斤"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    return b


@variant("gp15-supply-coop-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights adding to 100 (correct)")  # fmt: skip
def gp15() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="柑岭县供销合作社联合社",
                    budget=dept_budget(300, 260, 40, 180, 120),
                    goal="组织基层社分级包装脐橙12000吨、预冷处理砂糖橘8000吨，"
                         "果品采后损耗率控制在5%以内。")  # fmt: skip
    rows = [
        ("脐橙分级包装量", 20, "吨", "≥", 12000),
        ("砂糖橘预冷处理量", 15, "吨", "≥", 8000),
        ("包装材料抽检合格率", 15, "%", "≥", pct(0.98)),
        ("果品采后损耗率", 15, "%", "≤", pct(0.05)),
        ("冷链配送及时率", 10, "%", "≥", pct(0.95)),
        ("每吨包装材料补助", 10, "元/吨", "≤", 60),
        ("社员满意度", 15, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    indicators(s, rows, FLAT, merged=())
    s.row("合计", 100, merge=[])
    return b


@variant("gp16-town-coop-flat-wrong", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): a tonnage "
         "below the goal's, weights adding to 105")  # fmt: skip
def gp16() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="双坳镇供销合作社",
                    budget=dept_budget(200, 180, 20, 110, 90),
                    goal="年度完成砂糖橘采后商品化处理8000吨，建成村级预冷点5个。")  # fmt: skip
    rows = [
        ("砂糖橘商品化处理量",
         mk("≥6000", "D104", "warning", row=True, note="年度总体目标写8000吨"), "吨", 25),
        ("村级预冷点建设", "≥5", "个", 20),
        ("处理果品优果率", "≥85", "%", 20),
        ("每个预冷点建设补助", "≤15", "万元/个", 10),
        ("预冷点建成时间", "2025年11月30日前", None, 10),
        ("果农满意度", "≥90", "%", 20),
    ]  # fmt: skip
    indicators(s, rows, ("指标名称", "指标值", "计量单位", "权重"), merged=())
    b.file_mark("W101", "error", note="权重 25+20+20+10+10+20 = 105，应为 100")
    return b


def _stack(s: Sheet, name: str, unit: str, money: list[list[object]], goal: str,
           rows: list[tuple[object, ...]], first: bool) -> None:  # fmt: skip
    """One project of a stacked sheet: its head, then its own indicator table."""
    if not first:
        s.skip()
    project_head(s, year=2025, name=name, dept=DEPT, unit=unit, money=money, goals=[goal],
                 title=None if first else "")  # fmt: skip
    indicators(s, rows)


@variant("gp17-stacked-orchard-packing", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each project (correct)")  # fmt: skip
def gp17() -> Book:
    b, s = book()
    _stack(s, "砂糖橘果园宜机化改造", "双坳镇农业服务站", funds(90, 80, 10),
           "改造砂糖橘果园宜机化道路12公里，配套轨道运输机20套，培训果农300人次。", [
        ("产出指标", "数量指标", "果园宜机化道路改造", "≥12公里"),
        (N, N, "轨道运输机配套", "≥20套"),
        (N, N, "果农技术培训", "≥300人次"),
        (N, "质量指标", "道路工程验收合格率", "=100%"),
        (N, "时效指标", "改造完成时间", "2025年8月31日前"),
        (N, "成本指标", "每公里道路改造成本", "≤5万元/公里"),
        ("效益指标", "经济效益指标", "果园亩均用工成本下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%")], first=True)  # fmt: skip
    _stack(s, "脐橙采后分级包装服务", "橙岗镇脐橙产业合作联社", funds(60, 50, 10),
           "为脐橙合作社提供分级包装服务1万吨，培训分级包装人员200人次。", [
        ("产出指标", "数量指标", "脐橙分级包装服务量", "≥1万吨"),
        (N, N, "果农技术培训", "≥200人次"),
        (N, "质量指标", "分级准确率", "≥95%"),
        (N, "时效指标", "服务完成时间", "2025年12月31日前"),
        (N, "成本指标", "每吨分级包装服务补助", "≤50元/吨"),
        ("效益指标", "社会效益指标", "服务合作社数量", "≥15家"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%")], first=False)  # fmt: skip
    return b


@variant("gp18-stacked-cold-store-wrong", (2, 12),
         "two projects stacked in one sheet, OLD-NAT: the second's money does not add up, a "
         "cold-store count above its goal's, a deadline in the next year")  # fmt: skip
def gp18() -> Book:
    b, s = book()
    _stack(s, "砂糖橘水肥一体化设施建设", "青枫乡农业服务站", funds(70, 60, 10),
           "在青枫乡建设砂糖橘水肥一体化设施500亩，化肥用量下降20%以上。", [
        ("产出指标", "数量指标", "水肥一体化设施面积", "≥500亩"),
        (N, "质量指标", "设施验收合格率", "=100%"),
        (N, "时效指标", "设施建成时间", "2025年6月30日前"),
        (N, "成本指标", "每亩设施建设成本", "≤1200元/亩"),
        ("效益指标", "生态效益指标", "化肥用量下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%")], first=True)  # fmt: skip
    total = mk(wan(150), "B101", "error", note="财政拨款 100 + 其他资金 40 = 140 ≠ 150")
    _stack(s, "砂糖橘保鲜冷库改造", "双坳镇砂糖橘专业合作社", funds(total, 100, 40),
           "改造砂糖橘保鲜冷库2座，新增冷藏库容600吨。", [
        ("产出指标", "数量指标", "冷库改造数量",
         mk("≥3座", "D104", "warning", row=True, note="年度目标写改造冷库2座")),
        (N, N, "新增冷藏库容", "≥600吨"),
        (N, "质量指标", "冷库温控达标率", "≥95%"),
        (N, "时效指标", "冷库改造完成时间",
         mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2025年），期限落在 2026 年")),
        (N, "成本指标", "每吨库容改造成本", "≤1500元/吨"),
        ("效益指标", "经济效益指标", "砂糖橘错峰销售溢价", "≥0.6元/公斤"),
        ("满意度指标", "服务对象满意度指标", "冷库使用户满意度", "≥90%")], first=False)  # fmt: skip
    return b
