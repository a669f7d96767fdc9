"""Stacked projects, flat lists and department returns of the ropeway's owners (xz13–xz18)."""

from __future__ import annotations

from tests.variants.holdout432.common import (
    TIERED,
    department,
    funds,
    indicators,
    new,
    note,
    project,
    sign,
    task,
)
from tests.variants.holdout432.registry import variant
from tests.variants.kit import Book, mk, pct

STATION = "鹤岫山索道站房消防设施改造"
UPKEEP = "鹤岫山索道日常运营维护"


@variant("xz13-stacked-two-projects", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, each with its own title "
         "and money; 乘客满意度 with different values in the two (correct)")  # fmt: skip
def stacked_two_projects() -> Book:
    b, s = new()
    project(s, 2025, STATION, funds(180, 120, 60),
            ["改造两座站房消防喷淋和报警系统，通过消防验收。"], attr="一次性项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造站房消防喷淋系统", "2座"),
        (None, "质量指标", "消防设施验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "2025年8月31日前"),
        ("效益指标", "社会效益指标", "站房火灾事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ]
    indicators(s, TIERED, rows)
    s.skip(2)
    project(s, 2025, UPKEEP, funds(260, 200, 60),
            ["完成索道日常维护保养，全年安全运行320天以上。"], attr="常年项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "索道安全运行天数", "≥320天"),
        (None, "质量指标", "设备年度定期检验合格率", "100%"),
        (None, "成本指标", "日常维护保养费用", "≤260万元"),
        ("效益指标", "社会效益指标", "索道安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥92%"),
    ]
    indicators(s, TIERED, rows)
    sign(s, "祁文澜", "0739-5526418", (2024, 11, 22))
    return b


@variant("xz14-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is not "
         "财政拨款 + 其他资金, one 处置率 given as a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = new()
    project(s, 2025, "雁回坪索道驱动站噪声治理", funds(90, 90, 0),
            ["驱动站加装隔声罩，站界噪声达标。"], attr="一次性项目",
            unit="檀峪县雁回坪景区管理所", dept="檀峪县文化旅游体育局（207）")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "加装驱动站隔声罩", "1套"),
        (None, "质量指标", "站界噪声监测达标率", "100%"),
        ("效益指标", "生态效益指标", "驱动站站界昼间噪声", "≤60分贝"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%"),
    ]
    indicators(s, TIERED, rows)
    s.skip(2)
    total = mk(300, "B101", "error", note="220 + 60 = 280, not 300")
    project(s, 2025, "雁回坪索道运营安全维护", funds(total, 220, 60),
            ["落实索道运营安全维护，故障及时处置。"], attr="常年项目",
            unit="檀峪县雁回坪景区管理所", dept="檀峪县文化旅游体育局（207）")  # fmt: skip
    count = mk("12次", "T105", "error", note="处置率 is a rate; 12次 is a count")
    rows = [
        ("产出指标", "数量指标", "索道安全运行天数", "≥300天"),
        (None, "质量指标", "索道运行故障处置率", count),
        (None, "成本指标", "年度运营维护费用", "≤280万元"),
        ("效益指标", "社会效益指标", "索道安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ]
    indicators(s, TIERED, rows)
    return b


BUDGET = (1260, 980, 280, 460, 800)
TASKS = [task("索道安全改造", "更换吊厢、驱动轮衬垫", 500, "改造验收合格"),
         task("索道运营维护", "日常维护保养、定期检验", 300, "全年安全运行"),
         task("金额合计", "", 800, "")]  # fmt: skip


@variant("xz15-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding to 100, 0起 on an incident count (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = new()
    department(s, 2025, "苍麓市鹤岫山风景区管理委员会", BUDGET,
               "索道安全运行，改造项目按期完成，乘客满意。", TASKS)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        ("索道安全运行天数", 15, "天", "≥", 310),
        ("完成索道安全改造项目", 15, "个", "≥", 2),
        ("特种设备定期检验合格率", 15, "%", "=", pct(1)),
        ("安全隐患整改完成率", 15, "%", "≥", pct(0.98)),
        ("索道安全责任事故", 10, "起", "=", 0),
        ("乘客投诉率", 10, "%", "≤", pct(0.002, "0.0%")),
        ("游客满意度", 10, "%", "≥", pct(0.9)),
        ("单位乘客运营维护成本", 10, "元/人次", "≤", 2),
    ]
    s.table(rows)
    sign(s, "祁文澜", "0739-5526418", (2024, 11, 20))
    return b


@variant("xz16-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction "
         "· 计量单位 · 权重): a unit conflict, a 反向 duration with ≥, weights adding "
         "to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = new()
    department(s, 2025, "檀峪县栖鹭峡景区服务中心", (640, 500, 140, 240, 400),
               "缆车安全运行，培训到位，故障停机时间缩短。")  # fmt: skip
    unit = mk("≥120人次", "T112", "error", note="value in 人次, unit column 万元")
    wrong = mk("≥48", "T108", "warning", row=True, note="停机时长 is 反向: ≤ expected")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    rows = [
        ("缆车安全运行天数", "≥300", "正向", "天", 20),
        ("站务人员安全培训", unit, "正向", "万元", 15),
        ("缆车年度故障停机时长", wrong, "反向", "小时", 15),
        ("设备定期检验合格率", "100", "正向", "%", 20),
        ("乘客满意度", "≥90", "正向", "%", 15),
        ("缆车安全责任事故", "0", "反向", "起", 10),
    ]
    s.table(rows)
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant("xz17-department-page-break", (12, 4),
         "department, NAT-2021, budget and tasks adding up, weight column, the header row repeated "
         "after a page break, a 注 line under the table (correct)")  # fmt: skip
def department_page_break() -> Book:
    b, s = new()
    tasks = [task("客运索道安全改造", "更换驱动系统和吊厢", 900, "改造验收合格"),
             task("索道运营维护", "日常维护、定期检验", 450, "全年安全运行"),
             task("应急救援能力建设", "救援装备、演练", 150, "救援3小时内完成"),
             task("金额合计", "", 1500, "")]  # fmt: skip
    department(s, 2025, "苍麓市鹤岫山索道运营中心", (2180, 1700, 480, 680, 1500),
               "索道安全改造按期完成，全年安全运行，应急救援能力提升。", tasks)  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    rows = [
        ("产出指标", "数量指标", "完成索道安全改造项目", "≥2个", 15),
        (None, None, "开展应急救援演练", "≥6次", 10),
        (None, "质量指标", "特种设备定期检验合格率", "100%", 15),
        (None, "时效指标", "改造项目完工时间", "2025年11月30日前", 10),
        ("成本指标", "经济成本指标", "单位乘客运营维护成本", "≤2元/人次", 10),
    ]
    indicators(s, header, rows)
    s.row(*header)
    rows = [
        ("效益指标", "社会效益指标", "索道安全责任事故", "0起", 15),
        (None, "可持续影响指标", "索道安全管理制度", "健全", 15),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", 10),
    ]
    s.table(rows, merged=(1, 2))
    note(s, "注：权重合计100，预算执行率另行评价，未列入本表。")
    sign(s, "莫俞安", "0739-5527301", (2024, 11, 26))
    return b


@variant("xz18-department-template-rows", (12, 6, 13),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a 生态效益 tier-2 left from the "
         "template, a value without its indicator name")  # fmt: skip
def department_template_rows() -> Book:
    b, s = new()
    tasks = [task("索道安全改造", "更换托压索轮组", 680, "改造验收合格"),
             task("索道运营维护", "日常维护保养", 400, "全年安全运行"),
             task("金额合计", "", 1080, "")]  # fmt: skip
    total = mk(1650, "B101", "error", note="基本支出 520 + 项目支出 1080 = 1600, not 1650")
    department(s, 2025, "苍麓市鹤岫山索道运营中心", (total, 1300, 350, 520, 1080),
               "索道安全改造完成，全年安全运行。", tasks)  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    left = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left empty")
    rows = [
        ("产出指标", "数量指标", "更换托压索轮组", "≥24组"),
        (None, "质量指标", nameless, "100%"),
        (None, "时效指标", "改造项目完工时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "托压索轮组单价", "≤3万元/组"),
        ("效益指标", "社会效益指标", "索道安全责任事故", "0起"),
        (None, left, None, None),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ]
    indicators(s, TIERED, rows)
    return b
