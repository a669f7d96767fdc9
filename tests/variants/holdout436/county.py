"""Returns of both halves in county-level forms: stacked projects, flat department lists,
department money and a budget-system export (yd13–yd18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout436.common import (
    DEPT,
    HEAD4,
    HEAT,
    YEAR,
    indicators,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout436.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

BUREAU = "朔川县住房和城乡建设局"


@variant("yd13-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in the two projects (correct)")  # fmt: skip
def yd13() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="城区供热管网冬季巡查值守", dept=DEPT, unit=HEAT,
                 money=one_year(180, 150, 30),
                 goals=["供暖期城区管网每日巡查，故障早发现早处置。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "供暖期管网巡查里程", "≥9000公里"),
        (None, "质量指标", "巡查发现隐患处置率", "≥95%"),
        (None, "时效指标", "隐患发现到处置完成时间", "≤24小时"),
        (None, "成本指标", "巡查值守人员补助标准", "≤3000元/人·月"),
        ("效益指标", "社会效益指标", "因管网故障大面积停热次数", "0次"),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="霜岭镇供热站燃煤锅炉替代", dept=DEPT, title="",
                 unit="朔川县霜岭镇人民政府", attr="一次性项目", money=one_year(920, 800, 120),
                 goals=["以两台14兆瓦电极锅炉替代霜岭镇供热站燃煤锅炉，"
                        "镇区清洁供热。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "安装电极锅炉", "≥2台"),
        (None, "质量指标", "锅炉安装调试合格率", "100%"),
        (None, "时效指标", "锅炉投运时间", "2025年10月25日前"),
        (None, "成本指标", "单台电极锅炉购置安装费用", "≤420万元/台"),
        ("效益指标", "生态效益指标", "镇区减少燃煤量", "≥6800吨"),
        (None, "可持续影响指标", "锅炉设计使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "贺振东", "0357-6029105", day(YEAR, 1, 6))
    return b


@variant("yd14-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total ≠ its "
         "parts and one of its rates given as a count")  # fmt: skip
def yd14() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="供暖季热线服务与入户测温", dept=DEPT, unit=HEAT,
                 money=one_year(120, 120, 0),
                 goals=["开通供热服务热线，入户测温4000户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "入户测温户数", "≥4000户"),
        (None, "质量指标", "热线来电办结率", "≥98%"),
        (None, "时效指标", "报修响应时间", "≤30分钟"),
        ("效益指标", "社会效益指标", "室温不达标整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(760), "B101", "error", row=True, note="640 + 90 = 730 ≠ 760")
    project_head(s, year=YEAR, name="寒川镇集中供热换热站新建", dept=DEPT, title="",
                 unit="朔川县寒川镇人民政府", attr="一次性项目", money=one_year(total, 640, 90),
                 goals=["新建换热站2座、配套一次管网3公里，"
                        "镇区新增集中供热面积20万平方米。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建换热站", "≥2座"),
        (None, None, "配套一次管网长度", "≥3公里"),
        (None, "质量指标", "换热站设备安装验收合格率",
         mk("≥2座", "T105", "error", note="合格率写成座数")),
        (None, "时效指标", "换热站投运时间", "2025年10月31日前"),
        (None, "成本指标", "单座换热站建设费用", "≤180万元/座"),
        ("效益指标", "社会效益指标", "镇区新增集中供热面积", "≥20万平方米"),
        ("满意度指标", "服务对象满意度指标", "新增供热居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺振东", "0357-6029105", day(YEAR, 1, 6))
    return b


@variant("yd15-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降率 with ≥, 0起, weights add to 100 (correct)")  # fmt: skip
def yd15() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=BUREAU,
                    budget=[(wan(3860), wan(3500), wan(360), wan(1240), wan(2620))],
                    tasks=[("供热管网改造", "改造老旧管网23公里", wan(1600), "室温达标"),
                           ("困难群众取暖补贴", "补贴3850户", wan(620), "温暖过冬"),
                           ("供暖季应急保障", "储煤及抢修", wan(400), "不发生大面积停热"),
                           ("金额合计", None, wan(2620), None)],
                    goal="推进供热管网改造，保障城乡居民冬季温暖过冬。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("城区集中供热面积", 20, "万平方米", "≥", 1150),
        ("供暖期居民室温达标率", 20, "%", "≥", pct(0.98)),
        ("供热单位面积能耗下降率", 15, "%", "≥", 3),
        ("供热安全责任事故", 15, "起", "=", 0),
        ("供暖期报修响应时间", 10, "分钟", "≤", 30),
        ("困难群众取暖补贴按时发放率", 10, "%", "=", pct(1)),
        ("热用户满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "高素琴", "0357-6027703", day(YEAR - 1, 11, 20))
    return b


@variant("yd16-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): unit conflict, 反向 time with ≥, weights add to 95")  # fmt: skip
def yd16() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="朔川县城镇供热服务中心",
                    budget=[(wan(2980), wan(2700), wan(280), wan(1100), wan(1880))],
                    goal="保障全县供暖季安全稳定供热，困难群众取暖补贴应发尽发。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重（满分100）")
    s.table([
        ("城区集中供热面积", "≥1150万平方米", "正向", "万平方米", 20),
        ("困难群众取暖补贴户数",
         mk("≥3850户", "T112", "error", note="值写户，计量单位列写人"), "正向", "人", 15),
        ("供暖期报修响应时间",
         mk("≥30分钟", "T108", "warning", row=True, note="响应时间是反向指标"), "反向", "分钟", 15),
        ("居民室温达标率", "≥98%", "正向", "%", 20),
        ("供热投诉率", "≤1%", "反向", "%", 10),
        ("热用户满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20 + 15 + 15 + 20 + 10 + 15 = 95，应为 100")
    sign(s, "鲁晓川", "0357-6024418", day(YEAR - 1, 11, 25))
    return b


@variant("yd17-department-money", (4, 12),
         "department, NAT-2021, budget with shares, key tasks with 金额合计, weight column, "
         "subtotal rows, the header repeated after a page break, a total row "
         "(correct)")  # fmt: skip
def yd17() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=BUREAU,
                    budget=[(wan(5200), wan(4680), wan(520), wan(1560), wan(3640)),
                            (pct(1), pct(0.9), pct(0.1), pct(0.3), pct(0.7))],
                    tasks=[("管网维修养护", "城区管网85公里维修养护", wan(1280), "管网完好"),
                           ("困难群众取暖补贴", "补贴3850户", wan(960), "应发尽发"),
                           ("供暖季应急保障", "储煤、抢修队伍", wan(540), "不发生大面积停热"),
                           ("热源厂环保设施运行", "除尘脱硝设施运行", wan(860), "排放达标"),
                           ("金额合计", None, wan(3640), None)],
                    goal="管好用好供热资金，保障全县冬季安全稳定供热。")  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, header, [
        ("产出指标", "数量指标", "城区供热管网维修养护长度", "≥85公里", 10),
        (None, None, "困难群众取暖补贴发放户数", "≥3850户", 10),
        (None, "质量指标", "居民室温达标率", "≥98%", 10),
        (None, "时效指标", "按期开栓供热时间", "2025年11月1日前", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40, merge=[(1, 4)])
    s.table([("成本指标", "经济成本指标", "每公里管网维修养护费用", "≤15万元/公里", 10)],
            merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.skip()
    indicators(s, header, [
        ("效益指标", "社会效益指标", "供暖期大面积停热事件", "0起", 10),
        (None, None, "供热投诉办结率", "100%", 10),
        (None, "生态效益指标", "热源厂烟尘排放浓度", "≤10毫克/立方米", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "热用户满意度", "≥90%", 20)], merged=(1, 2))
    s.row("小计", None, None, None, 20, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "高素琴", "0357-6027703", day(YEAR - 1, 11, 20))
    return b


@variant("yd18-export-wrong", (7, 12, 13),
         "budget-system export: 05-1 money sheet and 05-2 indicator sheet, codes in the first "
         "columns, header on the third row: lines not adding to 合计, a value without a name, "
         "a placeholder")  # fmt: skip
def yd18() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 20, 16, 24, 20, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出经济分类", "金额")
    code, name = "14082525F0031", "城区供热二级管网改造"
    for cls, amount in (("30905 基础设施建设", 980), ("31002 设备购置", 160),
                        ("30227 委托业务费", 45), ("30299 其他商品和服务支出", 15)):  # fmt: skip
        s.row("207001", BUREAU, code, name, cls, money(amount))
    s.row("合计", None, None, None, None,
          mk(money(1240), "B102", "error", note="980 + 160 + 45 + 15 = 1200 ≠ 1240"))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row(f"单位：{BUREAU}")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        ("产出指标", "数量指标", "改造二级供热管网长度", "≥14公里"),
        ("产出指标", "数量指标", mk(None, "F110", "error", note="有值无名"), "≥2100户"),
        ("产出指标", "质量指标", "改造工程验收合格率", "≥98%"),
        ("产出指标", "时效指标", "改造完成时间", "2025年10月20日前"),
        ("产出指标", "成本指标", "二级管网改造单价", "≤70万元/公里"),
        ("效益指标", "社会效益指标", "改造片区受益居民户数",
         mk("≥**户", "X101", "error", note="占位符未填")),
        ("效益指标", "可持续影响指标", "改造管网设计使用年限", "≥25年"),
        ("满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%"),
    ]  # fmt: skip
    for row in rows:
        t.row(code, name, *row)
    return b
