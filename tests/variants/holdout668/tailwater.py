"""Tail-water treatment: facilities, monitoring, a budget-system export, department returns."""

from __future__ import annotations

from tests.variants.holdout668.common import (
    HEAD4,
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout668.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

WAN4 = '0.0000"万元"'


@variant(
    "hb07-tailwater-second-sheet",
    (7, 1, 11),
    "project, OLD-NAT: head on the first sheet, indicators on a second sheet under 考核指标 and "
    "预期实现值, operators in words, a unit column, typed percent cells (correct)",
)
def tailwater_second_sheet() -> Book:
    b, s = start("项目信息")
    project(
        s,
        2025,
        "沙塘片区养殖尾水三级净化设施建设项目",
        "芦湾市沙塘渔业发展中心",
        one_year(210, 180, 30),
        [
            "在沙塘片区建设三级净化尾水处理设施6处，覆盖对虾、黄颡鱼"
            "养殖池塘1500亩，2025年11月底前建成投运，尾水总磷浓度控制在0.4mg/L以内。"
        ],
        dept="芦湾市海洋渔业局（4102）",
    )
    t = b.sheet("绩效指标", (14, 16, 30, 12, 16, 12))
    t.title("2025年度项目绩效指标", 6)
    rows = [
        ("产出指标", "数量指标", "三级净化尾水处理设施建设数量", "大于等于", 6, "处"),
        (None, None, "设施覆盖养殖池塘面积", "大于等于", 1500, "亩"),
        (None, "质量指标", "设施竣工验收合格率", "等于", pct(1), "%"),
        (None, "时效指标", "设施建成投运时间", "小于等于", day(2025, 11, 30), None),
        (None, "成本指标", "单处设施建设成本", "小于等于", 35, "万元/处"),
        ("效益指标", "生态效益指标", "尾水总磷排放浓度", "小于等于", 0.4, "mg/L"),
        (None, None, "养殖尾水达标排放率", "大于等于", pct(0.9), "%"),
        (None, "社会效益指标", "水产养殖环境污染事件", "等于", 0, "起"),
        (None, "可持续影响指标", "设施设计使用年限", "大于等于", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "周边养殖户满意度", "大于等于", pct(0.9), "%"),
    ]
    header = ("一级指标", "二级指标", "考核指标", "指标性质", "预期实现值", "计量单位")
    indicators(t, header, rows)
    sign(t, "钟培远", "0739-7402291")
    return b


def _export_budget(b: Book) -> None:
    s = b.sheet("部门项目支出预算05-1", (16, 30, 14, 14, 14, 48))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    goal = "建设对虾养殖尾水集中处理点12处，覆盖对虾养殖面积2600亩，2025年12月底前全部建成。"
    s.row(
        "330521250017",
        "对虾养殖尾水集中处理项目",
        money(240, WAN4),
        money(220, WAN4),
        money(20, WAN4),
        goal,
    )


@variant(
    "hb08-tailwater-budget-export",
    (7, 9),
    "budget-system export, OLD-NAT, codes in the first columns, header on the third row of "
    "sheet 05-2: a count against the goal, last year's deadline, a rate given as a count",
)
def tailwater_budget_export() -> Book:
    b = Book()
    _export_budget(b)
    s = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 26, 10, 12, 10))
    s.title("2025年部门项目支出绩效目标表", 8)
    s.row("单位名称：芦湾市沙塘渔业发展中心")
    s.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"
    )
    code, name = "330521250017", "对虾养殖尾水集中处理项目"
    count = mk(21, "D104", "warning", row=True, note="年度绩效目标写12处，指标写21处")
    rate = mk(8, "T105", "error", row=True, note="达标率给的是个数")
    late = mk(
        "2024年12月31日",
        "Y102",
        "error",
        row=True,
        alt=("Y101", "Y103", "D104"),
        note="2025年预算的完工期限写成上一年，目标写2025年12月底前",
    )
    cost = mk(
        18,
        "*",
        "warning",
        row=True,
        required=False,
        note="21处 × 18万元超过240万元，是数量误写的后果",
    )
    rows = [
        ("产出指标", "数量指标", "尾水集中处理点建设数量", "≥", count, "处"),
        ("产出指标", "数量指标", "处理覆盖对虾养殖面积", "≥", 2600, "亩"),
        ("产出指标", "质量指标", "出水水质达标率", "≥", rate, "个"),
        ("产出指标", "时效指标", "处理点建成时间", "≤", late, None),
        ("产出指标", "成本指标", "单处处理点建设成本", "≤", cost, "万元/处"),
        ("效益指标", "生态效益指标", "尾水化学需氧量削减率", "≥", 30, "%"),
        ("效益指标", "社会效益指标", "带动对虾养殖户数", "≥", 120, "户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", 90, "%"),
    ]
    for r in rows:
        s.row(code, name, *r)
    return b


def _tailwater_rows() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    first = [
        ("产出指标", "数量指标", "尾水治理设施运维数量", "≥42处"),
        (None, None, "尾水水质监测点位", "≥36个"),
        (None, "质量指标", "设施正常运行率", "≥95%"),
        (None, "时效指标", "监测报告报送时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单处设施年运维费用", "≤3.8万元/处"),
    ]
    second = [
        ("效益指标", "生态效益指标", "养殖尾水达标排放率", "≥90%"),
        (None, None, "养殖尾水总氮排放量下降率", "≥10%"),
        (None, "社会效益指标", "养殖户技术培训人次", "≥400人次"),
        (None, "可持续影响指标", "设施长效运维机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    return first, second


@variant(
    "hb09-tailwater-centre-notes",
    (4, 12),
    "department, NAT-2021: tasks adding to 金额合计, a 注 row inside the table, a footnote "
    "explaining the total, 填表说明 and a signature dated the year before (correct)",
)
def tailwater_centre_notes() -> Book:
    b, s = start()
    tasks = [
        ("尾水治理设施运维", "42处尾水治理设施日常运维", 160, "设施正常运行"),
        ("尾水水质监测", "36个点位季度监测", 110, "按时报送监测报告"),
        ("养殖户技术培训", "尾水治理技术培训", 80, "培训400人次"),
        ("金额合计", None, 350, None),
    ]
    department(
        s,
        2025,
        "沅塘县水产养殖尾水治理中心",
        (620, 580, 40, 270, 350),
        tasks,
        "运维尾水治理设施42处，设置监测点位36个并按季度监测，培训养殖户400人次，"
        "养殖尾水达标排放率达到90%以上。",
    )
    note(s, "注：金额合计350万元为项目支出合计，不含基本支出270万元。")
    s.skip()
    first, second = _tailwater_rows()
    indicators(s, HEAD4, first)
    note(s, "注：监测点位按季度采样，全年4次，结果报县农业农村局。")
    s.table(second, merged=(1, 2))
    s.skip()
    note(s, "填表说明：1.金额单位为万元；2.指标值须含比较符和计量单位；3.本表一式两份。")
    sign(s, "孟书航", "0739-6120458", day(2024, 12, 5, 'yyyy"年"m"月"d"日"'))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant(
    "hb10-monitoring-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks short of 金额合计, monitoring "
    "points in the goal against the indicator",
)
def monitoring_department_wrong() -> Book:
    b, s = start()
    total = mk(
        money(540, '0.00"万元"'),
        "B101",
        "error",
        row=True,
        note="基本支出260 + 项目支出300 = 560 ≠ 540",
    )
    tasks = [
        ("尾水水质监测", "36个点位月度监测", 120, "按时报送监测报告"),
        ("监测设备更新", "更新在线监测设备", 95, "设备验收合格"),
        ("尾水治理技术指导", "入户技术指导", 70, "指导养殖户300户"),
        ("金额合计", None, mk(300, "B102", "error", row=True, note="120 + 95 + 70 = 285"), None),
    ]
    department(
        s,
        2025,
        "鹭汀区渔业环境监测站",
        (total, 500, 40, 260, 300),
        tasks,
        "设置养殖尾水监测点位36个并按月监测，更新在线监测设备，入户指导养殖户300户。",
    )
    s.skip()
    points = mk("≥24个", "D104", "warning", row=True, note="年度总体目标写监测点位36个")
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "尾水监测点位数量", points),
            (None, None, "入户技术指导户数", "≥300户"),
            (None, "质量指标", "监测数据有效率", "≥95%"),
            (None, "时效指标", "月度监测报告报送时限", "≤7个工作日"),
            ("成本指标", "经济成本指标", "单个点位年监测费用", "≤3.2万元/个"),
            ("效益指标", "生态效益指标", "养殖尾水达标排放率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )
    sign(s, "孟书航", "0739-6120458")
    return b


@variant(
    "hb11-tailwater-content-standard",
    (7, 5),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, labels marked ★ and * and abbreviated, a "
    "goal count with its parts in brackets (correct)",
)
def tailwater_content_standard() -> Book:
    b, s = start()
    project(
        s,
        2025,
        "养殖尾水处理点建设项目",
        "沅塘县水产技术推广站",
        one_year(180, 150, 30),
        [
            "建设养殖尾水处理点5处（其中对虾养殖区3处、黄颡鱼养殖区2处），年底前投入运行，"
            "处理后尾水达标排放率90%以上。"
        ],
    )
    rows = [
        ("★产出指标", "*数量", "尾水处理点建设数量", "≥5处"),
        (None, None, "其中对虾养殖区处理点", "≥3处"),
        (None, "*质量", "处理点竣工验收合格率", "=100%"),
        (None, "时效", "处理点投入运行时间", "2025年12月31日前"),
        (None, "成本", "单处处理点建设成本", "≤36万元/处"),
        ("★效益指标", "生态效益", "处理后尾水达标排放率", "≥90%"),
        (None, "社会效益", "受益养殖户数", "≥85户"),
        ("满意度指标", "服务对象满意度", "受益养殖户满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    sign(s, "钟培远", "0739-7402291")
    return b


@variant(
    "hb12-tailwater-wrong-tier",
    (5,),
    "project, NAT-2021, numbered labels: a tier-2 under the wrong tier-1 and a unit cost under "
    "数量指标",
)
def tailwater_wrong_tier() -> Book:
    b, s = start()
    project(
        s,
        2025,
        "黄颡鱼养殖尾水净化塘建设项目",
        "沅塘县水产技术推广站",
        one_year(200, 170, 30),
        ["建设尾水净化塘，处理黄颡鱼养殖尾水250亩，尾水总磷削减30%以上。"],
    )
    wrong = mk("3.生态效益指标", "F105", "error", note="生态效益指标属效益指标，不在产出指标之下")
    cost = mk(
        "≤0.8万元/亩", "F201", "warning", row=True, note="单位成本填在数量指标下，应属成本指标"
    )
    rows = [
        ("一、产出指标", "1.数量指标", "尾水净化处理面积", "≥250亩"),
        (None, None, "每亩尾水处理单位成本", cost),
        (None, "2.质量指标", "净化塘工程验收合格率", "=100%"),
        (None, wrong, "尾水总磷削减率", "≥30%"),
        (None, "4.时效指标", "净化塘建成时间", "2025年11月30日前"),
        ("二、成本指标", "1.经济成本指标", "净化塘建设总成本", "≤200万元"),
        ("三、效益指标", "1.社会效益指标", "受益养殖户数", "≥60户"),
        (None, "2.可持续影响指标", "净化塘设计使用年限", "≥15年"),
        ("四、满意度指标", "1.服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    sign(s, "章海澜", "0739-6628415")
    return b
