"""Flax-seed oil (胡麻油) small-workshop returns of the 648th held-out set (gh07–gh12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout648.common import (
    HEAD,
    OIL_DEPT,
    annual,
    department_book,
    indicators,
    notes,
    project_book,
    sign_off,
    wan,
)
from tests.variants.holdout648.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("gh07-flaxoil-flat-department", (3,), "department, flat list (名称 · 权重 · "
         "单位 · 指标性质 as operator · 值), weights 100, total with parts (correct)")  # fmt: skip
def gh07() -> Book:
    b, s = department_book(
        2025, OIL_DEPT, [(wan(860), wan(800), wan(60), wan(520), wan(340))],
        "完成胡麻油小作坊整治45家（其中榆岔乡18家、马莲滩镇27家），全年抽检小作坊产品180批次"
        "以上，培训从业人员150人次。",
        tasks=[("胡麻油小作坊整治", "登记备案、压榨间改造补助", wan(220), "整治45家"),
               ("小作坊产品抽检", "酸价、苯并芘等项目抽检", wan(120), "抽检180批次"),
               ("金额合计", None, wan(340), None)],
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("整治胡麻油小作坊数", 20, "家", "≥", 45),
        ("小作坊产品抽检批次", 15, "批次", "≥", 180),
        ("小作坊产品抽检合格率", 15, "%", "≥", pct(0.96)),
        ("苯并芘超标批次", 10, "批次", "≤", 0),
        ("压榨间改造补助标准", 10, "万元/家", "≤", 4),
        ("从业人员培训人次", 10, "人次", "≥", 150),
        ("消费者满意度", 20, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("gh08-flaxoil-flat-defects", (3,), "department, flat list: weights not adding to 100, "
         "an inspection count below the goal's")  # fmt: skip
def gh08() -> Book:
    b, s = department_book(
        2025, "北塬县马莲滩镇人民政府（506113）",
        [(wan(300), wan(260), wan(40), wan(180), wan(120))],
        "配合县局抽检辖区胡麻油小作坊产品120批次，督促22家作坊完成压榨间隔离改造。",
        tasks=[("小作坊规范提升", "压榨间隔离改造、台账建立", wan(120), "改造22家"),
               ("金额合计", None, wan(120), None)],
    )  # fmt: skip
    b.file_mark("W101", "error", note="权重 25+20+15+15+10+10=95，应为100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("完成压榨间隔离改造作坊数", 25, "家", "≥", 22),
        ("小作坊产品抽检批次", 20, "批次", "≥",
         mk(100, "D104", "warning", row=True, note="年度总体目标写抽检120批次")),
        ("抽检合格率", 15, "%", "≥", pct(0.95)),
        ("作坊进货查验台账建立率", 15, "%", "≥", pct(0.9)),
        ("单家改造补助标准", 10, "万元/家", "≤", 5),
        ("作坊经营者满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("gh09-flaxoil-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: a year above the period, a deadline after it, 中期目标 copied")  # fmt: skip
def gh09() -> Book:
    goal = ("用三年时间整治提升全县胡麻油小作坊50家，建成集中压榨点3个，"
            "小作坊持证率达到90%以上。")  # fmt: skip
    b, s = project_book(
        2025, "北塬县胡麻油小作坊整治提升三年行动", "北塬县食品生产监管股",
        [("中期资金总额", wan(900), "年度资金总额", wan(300)),
         ("其中：财政拨款", wan(800), "其中：财政拨款", wan(260)),
         ("其他资金", wan(100), "其他资金", wan(40))],
        [goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
        years=3, dept=OIL_DEPT,
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    late = mk("2028年6月30日前", "Y102", "error", alt=("Y103",), note="项目期2025—2027年")
    indicators(s, head, [
        ("产出指标", "数量指标", "整治提升小作坊数", "≥50家",
         mk("≥55家", "D201", "error", note="年度55家多于三年合计50家")),
        (None, None, "建成集中压榨点", "≥3个", "≥1个"),
        (None, "质量指标", "小作坊产品抽检合格率", "≥97%", "≥95%"),
        (None, "时效指标", "整治任务完成时间", late, "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单家整治补助标准", "≤5万元/家", "≤5万元/家"),
        ("效益指标", "社会效益指标", "小作坊持证率", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gh10-flaxoil-two-year-points", (8, 10), "two-year project, NAT-2021, 中期 and 年度 "
         "columns, tier points and indicator points both 100, 百分点 (correct)")  # fmt: skip
def gh10() -> Book:
    b, s = project_book(
        2025, "榆岔乡胡麻油作坊标准化改造", "榆岔乡人民政府",
        [("中期资金总额", wan(600), "年度资金总额", wan(250)),
         ("其中：财政拨款", wan(540), "其中：财政拨款", wan(220)),
         ("其他资金", wan(60), "其他资金", wan(30))],
        ["两年内改造胡麻油作坊80家（2025年35家、2026年45家），建成示范压榨车间2个，"
         "小作坊抽检合格率提高8个百分点以上。",
         "2025年改造胡麻油作坊35家，建成示范压榨车间1个，抽检合格率提高5个百分点以上。"],
        years=2, dept=OIL_DEPT,
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "改造作坊数", "≥80家", "≥35家", 20),
        (None, None, "建成示范压榨车间", "≥2个", "≥1个", 10),
        (None, "质量指标", "改造验收合格率", "=100%", "=100%", 10),
        (None, "时效指标", "年度改造完成时间", "2026年11月30日前", "2025年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "单家改造补助", "≤6万元/家", "≤6万元/家", 10),
        ("效益指标（30分）", "社会效益指标", "抽检合格率提高", "≥8百分点", "≥5百分点", 15),
        (None, "可持续影响指标", "作坊质量追溯台账建档率", "≥95%", pct(0.9), 15),
        ("满意度指标（10分）", "服务对象满意度指标", "作坊经营者满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("gh11-oil-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT: the second "
         "project's money does not add up and its start date is last year's")  # fmt: skip
def gh11() -> Book:
    b, s = project_book(
        2025, "胡麻油小作坊快检设备配置", "北塬县食品检验检测中心",
        annual(wan(48), wan(48), wan(0)),
        ["为8个乡镇配置胡麻油酸价、过氧化值快检设备各1套，培训快检人员40人次。"],
        dept=OIL_DEPT,
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "配置快检设备", "≥8套"),
        (None, None, "从业人员培训人次", "≥40人次"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备配置完成时间", "2025年6月30日前"),
        (None, "成本指标", "单套设备购置成本", "≤6万元/套"),
        ("效益指标", "社会效益指标", "乡镇快检覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "乡镇监管人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    start = mk(day(2024, 3, 1), "Y102", "error", alt=("Y101",), note="上一年度的开始日期")
    total = mk(wan(95), "B101", "error", note="70+20=90，不是95")
    project_head(s, year=2025, name="胡麻油作坊压榨间卫生整治", dept=OIL_DEPT,
                 unit="马莲滩镇市场监管所", money=annual(total, wan(70), wan(20)),
                 goals=["整治30家胡麻油作坊压榨间卫生，培训从业人员120人次。"],
                 start=start, title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "整治压榨间", "≥30家"),
        (None, None, "从业人员培训人次", "≥120人次"),
        (None, "质量指标", "整治验收合格率", "≥95%"),
        (None, "时效指标", "整治完成时间", "2025年10月31日前"),
        (None, "成本指标", "单家整治补助", "≤3万元/家"),
        ("效益指标", "社会效益指标", "小作坊卫生抽查达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gh12-oil-department-pages", (4, 12), "department, NAT-2021, tasks adding to "
         "项目支出, weights, header repeated after a page break, 合计 (correct)")  # fmt: skip
def gh12() -> Book:
    b, s = department_book(
        2025, OIL_DEPT, [(wan(1240), wan(1100), wan(140), wan(760), wan(480))],
        "整治胡麻油等食用油小作坊60家，完成食品抽检2400批次，审查食品生产许可申请90件。",
        tasks=[("小作坊整治", "胡麻油作坊登记、改造、挂牌", wan(260), "整治60家"),
               ("食品抽检", "食用油、粮食制品抽检", wan(130), "抽检2400批次"),
               ("许可审查", "现场核查、专家审查", wan(90), "审查90件"),
               ("金额合计", None, wan(480), None)],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "整治食用油小作坊数", "≥60家", 15),
        (None, None, "食品抽检批次", "≥2400批次", 15),
        (None, None, "审查许可申请", "≥90件", 10),
        (None, "质量指标", "抽检任务完成率", "=100%", 10),
        (None, "时效指标", "许可审查按时办结率", "≥98%", 10),
    ])  # fmt: skip
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤500元/批次", 10),
        ("效益指标", "社会效益指标", "区域性食品安全事件", "≤0起", 10),
        (None, "可持续影响指标", "小作坊监管台账建档率", "≥95%", 10),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, "注：第二页表头为打印分页重复，权重合计100分。",
          "说明：抽检费用按县级抽检合同单价测算。")  # fmt: skip
    sign_off(s, "马慧芳", "0937-5521607", 2024, 12, 2)
    return b
