"""Returns hk01–hk06: 蒲公英 (dandelion) herb bases."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout677.common import TWO, indicators, multi_year, one_year, sign, start
from tests.variants.holdout677.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

DEPT = "鹤湾县中药产业发展中心（318004）"


@variant(
    "hk01-dandelion-percent",
    (1, 7),
    "project, NAT-2021, operator and unit columns, header "
    "绩效目标值, typed percent cells, 万元 in the number format (correct)",
)
def hk01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="蒲公英规范化种植基地建设",
        dept=DEPT,
        unit="鹤湾县蒲公英种植专业合作社",
        money=one_year(money(90, WAN), money(72, WAN), money(18, WAN)),
        goals=[
            "建成蒲公英规范化种植基地800亩（其中育苗区50亩），带动农户120户增收，"
            "种苗成活率达到90%以上。"
        ],
    )
    rows = [
        ("产出指标", "数量指标", "蒲公英种植面积", "≥", 800, "亩"),
        (None, None, "育苗区面积", "≥", 50, "亩"),
        (None, "质量指标", "种苗成活率", "≥", pct(0.9), "%"),
        (None, None, "药材农残检测合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "种植任务完成时间", "≤", day(2025, 6, 30), None),
        ("成本指标", "经济成本指标", "亩均建设补助", "≤", 0.1, "万元/亩"),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥", 2000, "元"),
        (None, "社会效益指标", "带动农户数", "≥", 120, "户"),
        (None, "生态效益指标", "化肥施用量下降率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥", pct(0.9), "%"),
    ]
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")
    indicators(s, rows, head)
    sign(s, "罗青禾", "0831-6620417", (2024, 11, 18))
    return b


@variant(
    "hk02-dandelion-goal-mismatch",
    (5, 12),
    "project, OLD-NAT, numbered tier labels, one "
    "value column: the area differs from the goal, parts miss the total, a deadline in 2026",
)
def hk02() -> Book:
    b, s = start()
    total = mk(money(120), "B101", "error", note="财政拨款 82 + 其他资金 28 = 110 ≠ 120")
    project_head(
        s,
        year=2025,
        name="蒲公英GAP示范基地扩建",
        dept=DEPT,
        unit="鹤湾县芦岗镇农业服务中心",
        money=one_year(total, money(82), money(28)),
        goals=["扩建蒲公英GAP示范基地1200亩，配套建设晾晒场2处，2025年底前完成基地验收。"],
    )
    area = mk("≥1000亩", "D104", "warning", alt=("T110",), note="年度目标写扩建1200亩")
    late = mk(
        "2026年6月30日前",
        "Y102",
        "error",
        alt=("D104", "Y103"),
        note="一年期2025年项目，年度目标写2025年底前验收",
    )
    rows = [
        ("一、产出指标", "（一）数量指标", "示范基地扩建面积", area),
        (None, None, "晾晒场建设数量", "≥2处"),
        (None, "（二）质量指标", "种苗纯度合格率", "≥95%"),
        (None, "（三）时效指标", "基地验收完成时间", late),
        (None, "（四）成本指标", "亩均扩建成本", "≤0.1万元/亩"),
        ("二、效益指标", "（一）经济效益指标", "蒲公英鲜草亩产", "≥1500公斤"),
        (None, "（二）社会效益指标", "带动务工人数", "≥60人"),
        ("三、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "韦子衿", "0831-6620533", (2024, 12, 2))
    return b


@variant(
    "hk03-dandelion-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction indicator with different values in each (correct)",
)
def hk03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="蒲公英种苗繁育圃建设",
        dept=DEPT,
        unit="鹤湾县良种场",
        money=one_year(money(40), money(30), money(10)),
        goals=["建设种苗繁育圃60亩，培育蒲公英种苗300万株。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "繁育圃建设面积", "≥60亩"),
            (None, None, "种苗培育数量", "≥300万株"),
            (None, "质量指标", "种苗合格率", "≥92%"),
            (None, "时效指标", "繁育圃建成时间", "2025年9月30日前"),
            (None, "成本指标", "万株育苗成本", "≤0.1万元/万株"),
            ("效益指标", "社会效益指标", "供苗覆盖种植户", "≥150户"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project_head(
        s,
        year=2025,
        name="蒲公英产地初加工设备购置",
        dept=DEPT,
        title="",
        unit="鹤湾县蒲公英种植专业合作社",
        money=one_year(money(60), money(45), money(15)),
        goals=["购置清洗、烘干设备8台（套），年初加工鲜草2000吨。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "设备购置数量", "≥8台（套）"),
            (None, None, "鲜草初加工量", "≥2000吨"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "设备安装调试完成时间", "2025年10月31日前"),
            (None, "成本指标", "设备平均单价", "≤7万元/台（套）"),
            ("效益指标", "经济效益指标", "初加工产品增值", "≥150万元"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
        ],
    )
    sign(s, "罗青禾", "0831-6620417", (2024, 11, 25))
    return b


@variant(
    "hk04-dandelion-three-year",
    (8,),
    "three-year project 2025–2027, NAT-2021, 中期 and "
    "年度 columns: a year's count above the period's, a cumulative count and the goal copied",
)
def hk04() -> Book:
    b, s = start()
    text = "三年建成蒲公英GAP种植基地3000亩，建立全程质量追溯体系，带动农户400户稳定增收。"
    copied = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(
        s,
        year=2025,
        years=3,
        name="蒲公英GAP种植基地三年建设",
        dept=DEPT,
        unit="鹤湾县中药产业发展中心",
        money=multi_year((450, 380, 70), (150, 125, 25)),
        goals=[text, copied],
    )
    plots = mk("≥150块", "D201", "error", note="年度150块超过中期120块")
    farms = mk("≥400户", "D202", "warning", note="累计户数照抄中期值")
    rows = [
        ("产出指标", "数量指标", "基地种植面积", "≥3000亩", "≥1000亩"),
        (None, None, "追溯系统覆盖地块数", "≥120块", plots),
        (None, "质量指标", "药材农残检测合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度种植任务完成时间", "每年6月30日前", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤0.15万元/亩", "≤0.15万元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥1500元", "≥1500元"),
        (None, "社会效益指标", "带动农户数", "≥400户", farms),
        (None, "可持续影响指标", "质量追溯体系运行", "持续运行", "持续运行"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, TWO)
    sign(s, "韦子衿", "0831-6620533", (2024, 12, 9))
    return b


@variant(
    "hk05-dandelion-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · "
    "计量单位 · 指标性质 · 指标值), typed percent cells, 0起 on an incident count (correct)",
)
def hk05() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="鹤湾县中药材产业服务站",
        budget=[(260, 230, 30, 110, 150)],
        tasks=[
            ("蒲公英基地技术服务", "田间指导、病虫害防治培训", 90, "服务1500人次"),
            ("种苗质量抽检", "种苗纯度、发芽率抽检", 60, "抽检80批"),
            ("金额合计", None, 150, None),
        ],
        goal="完成蒲公英基地技术指导服务1500人次，抽检种苗80批，全年不发生种苗质量安全事故。",
    )
    rows = [
        ("技术指导服务人次", 25, "人次", "≥", 1500),
        ("种苗质量抽检批次", 20, "批", "≥", 80),
        ("抽检结果按时公布率", 15, "%", "≥", pct(0.95)),
        ("种苗质量安全事故发生次数", 10, "起", "≤", 0),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
        ("技术培训覆盖率", 10, "%", "≥", pct(0.85)),
    ]
    indicators(s, rows, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())
    sign(s, "祁明远", "0831-6621108", (2024, 11, 20))
    return b


@variant(
    "hk06-dandelion-points-tier",
    (5, 10),
    "project, NAT-2021, points in the tier labels and "
    "a score column: a survival rate under 时效, the area indicator twice with two values",
)
def hk06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="蒲公英林下种植示范",
        dept=DEPT,
        unit="鹤湾县林下经济协会",
        money=one_year(money(50), money(40), money(10)),
        goals=["新增林下蒲公英种植500亩，供应种苗250万株，带动80人就业。"],
    )
    misplaced = mk("种苗成活率", "F201", "warning", row=True, note="成活率是质量指标，填在时效下")
    twice = mk(
        "≥600亩",
        "D102",
        "error",
        row=True,
        alt=("D101", "D103", "D104"),
        note="同一指标第二次出现，值由500亩变为600亩",
    )
    rows = [
        ("产出指标（50分）", "数量指标", "蒲公英种植面积", "≥500亩", 15),
        (None, None, "种苗供应量", "≥250万株", 10),
        (None, None, "蒲公英种植面积", twice, 5),
        (None, "质量指标", "鲜草检测合格率", "≥95%", 10),
        (None, "时效指标", misplaced, "≥90%", 5),
        (None, None, "移栽完成时间", "2025年5月31日前", 5),
        ("成本指标（10分）", "经济成本指标", "亩均种植补助", "≤0.08万元/亩", 10),
        ("效益指标（30分）", "经济效益指标", "户均增收", "≥1800元", 10),
        (None, "社会效益指标", "带动就业人数", "≥80人", 10),
        (None, "生态效益指标", "化肥使用量增长率", "≤0%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "指标值", "分值"))
    sign(s, "祁明远", "0831-6621108", (2024, 12, 3))
    return b
