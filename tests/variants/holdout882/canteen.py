"""Canteen and food-safety returns (学校食堂建设与食品安全), khh07-khh12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout882.common import book, indicators, notes, one_year, sign, wan
from tests.variants.holdout882.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct


def detail(s: Sheet, lines: list[tuple[object, ...]]) -> None:
    """A 资金明细 block: 支出内容 · 数量 · 单价（万元） · 金额（万元）, the last line the 合计."""
    s.row("资金明细", "支出内容", "数量", "单价（万元）", "金额（万元）")
    s.table([(None, *line) for line in lines], merged=(1,))


@variant("khh07-canteen-detail-block", (4, 12),
         "project, OLD-NAT, a 资金明细 block above the table, a footnote explaining the "
         "carried-over money, unit cost × count equal to its line (correct)")  # fmt: skip
def khh07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="松岙县农村学校食堂改扩建",
        dept="松岙县教育局（214003）",
        unit="松岙县教育局",
        money=one_year(wan(480), wan(450), wan(30)),
        goals=["改扩建农村学校食堂10所，配齐厨房设备，实现明厨亮灶，惠及学生4300人。"],
    )
    detail(s, [
        ("食堂改扩建工程", "10所", 38, wan(380)),
        ("厨房设备购置", "10套", 6, wan(60)),
        ("明厨亮灶监控", "12套", 2, wan(24)),
        ("设计及监理费", None, None, wan(16)),
        ("合计", None, None, wan(480)),
    ])  # fmt: skip
    notes(s, "注：财政拨款450万元中含上年结转资金30万元，已计入年度资金总额。")
    indicators(s, [
        ("产出指标", "数量指标", "改扩建食堂数量", "≥10所"),
        (None, None, "购置厨房设备套数", "≥10套"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "单所食堂改扩建成本", "≤38万元/所"),
        ("效益指标", "社会效益指标", "受益学生人数", "≥4300人"),
        (None, "可持续影响指标", "食堂设施正常使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温砚秋", "0871-6523420", (2024, 11, 25))
    return b


@variant("khh08-canteen-money-wrong", (12,),
         "project, OLD-NAT, 资金明细 block: funding parts not adding to the total, lines not "
         "adding to their 合计, a unit cost × count above the money")  # fmt: skip
def khh08() -> Book:
    b, s = book()
    total = mk(wan(520), "B101", "error", note="财政拨款 470 + 其他资金 40 = 510 ≠ 520")
    project_head(
        s,
        year=2025,
        name="溆阳县农村学校食堂提升改造",
        dept="溆阳县教育局",
        unit="溆阳县教育局",
        money=one_year(total, wan(470), wan(40)),
        goals=["改造农村学校食堂12所，更新厨房设备，提升供餐能力。"],
    )
    detail(s, [
        ("食堂改造工程", "12所", 35, wan(420)),
        ("厨房设备更新", "12套", 5, wan(60)),
        ("监理及检测费", None, None, wan(20)),
        ("合计", None, None, mk(wan(520), "B102", "error", note="420 + 60 + 20 = 500 ≠ 520")),
    ])  # fmt: skip
    cost = mk(
        "≤48万元/所",
        "B107",
        "warning",
        row=True,
        note="48万元 × 12所 = 576万元 > 年度资金总额 520万元 (the lines say 35万元/所)",
    )
    indicators(s, [
        ("产出指标", "数量指标", "改造食堂数量", "≥12所"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "单所食堂改造成本", cost),
        ("效益指标", "社会效益指标", "食堂供餐学校覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khh09-food-safety-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, weights adding to 100, 0 incidents (correct)",
)
def khh09() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="芦川县学校食品安全管理中心",
                    budget=[(wan(150), wan(150), wan(0), wan(40), wan(110))],
                    goal="全年检查学校食堂4轮，抽检食品300批次，培训食堂从业人员600人次，"
                         "确保学校食品安全零事故。")  # fmt: skip
    s.row("绩效指标（权重合计100）", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("学校食堂专项检查轮次", 20, "轮", "≥", 4),
        ("食品抽检批次", 15, "批次", "≥", 300),
        ("食品抽检合格率", 15, "%", "≥", pct(0.98)),
        ("校领导陪餐制度落实率", 10, "%", "=", pct(1)),
        ("学校食品安全事故发生次数", 10, "次", "=", 0),
        ("食堂从业人员培训人次", 10, "人次", "≥", 600),
        ("投诉处理及时率", 10, "%", "≥", pct(0.95)),
        ("师生满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "齐映川", "0873-5210388", (2024, 11, 20))
    return b


@variant(
    "khh10-food-safety-headers",
    (4, 7),
    "project, OLD-NAT, headers 考核指标 and 绩效标准, a 说明 row inside the table and a "
    "填表说明 under it: a capped rate above 100 %, a check count below the goal's",
)
def khh10() -> Book:
    b, s = book()
    project_head(s, year=2025, name="檀桥县校园食品安全守护行动", dept="檀桥县教育局",
                 unit="檀桥县教育局", money=one_year(wan(64), wan(60), wan(4)),
                 goals=["全年培训食堂从业人员600人次，开展食品安全专项检查4轮，"
                        "学校食堂从业人员持证上岗。"])  # fmt: skip
    rounds = mk("≥2轮", "D104", "warning", row=True, note="the goal says 专项检查4轮")
    over = mk("≥105%", "T106", "error", note="a 持证率 cannot exceed 100 %")
    indicators(s, [
        ("产出指标", "数量指标", "食堂从业人员培训人次", "≥600人次"),
        (None, None, "食品安全专项检查轮次", rounds),
        (None, "质量指标", "从业人员健康证持证率", over),
        (None, "时效指标", "检查问题整改及时率", "≥95%"),
        (None, "成本指标", "每人次培训成本", "≤600元/人次"),
        ("说明：以下指标按县市场监管局年度通报数据考核。", "", "", ""),
        ("效益指标", "社会效益指标", "学校食品安全事故发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "考核指标", "绩效标准"))  # fmt: skip
    notes(s, "填表说明：绩效标准应为可量化的值，定性指标按“好、较好、一般、差”填写。")
    sign(s, "喻青禾", "0876-2231549", (2024, 12, 5))
    return b


@variant("khh11-second-sheet-parts", (7, 9),
         "project: head on 基本信息, the table on 绩效指标 under 预期实现值, a date cell, text "
         "=100%, a goal count with its parts, a later year prepared for (correct)")  # fmt: skip
def khh11() -> Book:
    b, s = book("基本信息")
    project_head(s, year=2025, name="坪岩县学校食堂新建及改扩建", dept="坪岩县教育体育局",
                 unit="坪岩县教育体育局", money=one_year(wan(560), wan(530), wan(30)),
                 goals=["建设学校食堂10所（其中新建4所、改扩建6所），为2026年全面推行"
                        "“互联网+明厨亮灶”积累经验。"])  # fmt: skip
    t = b.sheet("绩效指标")
    indicators(t, [
        ("产出指标", "数量指标", "新建食堂数量", "≥4所"),
        (None, None, "改扩建食堂数量", "≥6所"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", day(2025, 10, 31, CN_DATE)),
        ("成本指标", "经济成本指标", "单所新建食堂成本", "≤80万元/所"),
        (None, None, "单所改扩建食堂成本", "≤40万元/所"),
        ("效益指标", "社会效益指标", "受益学生人数", "≥5200人"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    return b


@variant("khh12-year-leftover-direction", (11,),
         "project, NAT-2021, operator in words in 指标方向 and a unit column: last year in the "
         "goal and in a deadline, a 投诉率 with 大于等于")  # fmt: skip
def khh12() -> Book:
    b, s = book()
    goal = mk(
        "2024年完成12所学校食堂冷链及留样设备安装，食品安全投诉率控制在2%以内。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="the goal of a 2025 return speaks of 2024",
    )
    project_head(
        s,
        year=2025,
        name="溆阳县学校食堂冷链设备配置",
        dept="溆阳县教育局",
        unit="溆阳县教育局",
        money=one_year(wan(96), wan(90), wan(6)),
        goals=[goal],
    )
    late = mk(
        day(2024, 9, 30, CN_DATE),
        "Y102",
        "error",
        alt=("Y101", "Y103"),
        note="a deadline in the year before the one-year project",
    )
    wrong = mk("大于等于", "T108", "warning", row=True, note="投诉率 is 反向: ≤ expected")
    indicators(s, [
        ("产出指标", "数量指标", "配置冷链设备学校数量", "大于等于", 12, "所"),
        (None, "时效指标", "设备安装完成时间", "小于等于", late, None),
        ("成本指标", "经济成本指标", "单校设备配置成本", "小于等于", 8, "万元/所"),
        ("效益指标", "社会效益指标", "食品安全投诉率", wrong, 2, "%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "大于等于", 90, "%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"))  # fmt: skip
    return b
