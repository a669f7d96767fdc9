"""Project returns in the shapes offices send: a table starting in column C with a spacer
column, amounts in 元, PDF conversions, pasted text-typed numbers."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout28.registry import variant
from tests.variants.kit import WAN, YUAN, Book, C, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant("il15-martyrs-column-c-ok", (4, 7, 11), "project, OLD-NAT, column C, spacer, 元")
def il15() -> Book:
    """烈士纪念设施 in column C, a spacer column, 指标性质 (定量/定性), 比较符, 指标方向 columns,
    money in 元. 12 × 68 000 + 35 × 9 000 = 1 131 000 of 1 286 000 元."""
    b = Book()
    s = b.sheet("绩效目标表", (3, 3, 14, 16, 28, 2, 10, 8, 12, 12, 10))
    s.row(None, None, "2025年度项目支出绩效目标表", merge=[(3, 11)])
    s.row(None, None, "单位：元", merge=[(3, 11)])
    s.row(None, None, "项目名称", "烈士纪念设施维修和零散烈士墓集中保护", None, None, "主管部门",
          None, "棠溪县退役军人事务局", merge=[(4, 6), (7, 8), (9, 11)])  # fmt: skip
    s.row(None, None, "项目期", "1年", "计划开始日期", None, day(2025, 3, 1), None,
          "计划完成日期", day(2025, 11, 30), merge=[(7, 8), (10, 11)])  # fmt: skip
    s.row(None, None, "项目资金", "年度资金总额", C(1286000, YUAN), None, "其中：财政拨款", None,
          C(1286000, YUAN), "其他资金", C(0, YUAN), merge=[(7, 8)])  # fmt: skip
    s.row(None, None, "年度绩效目标", "维修烈士纪念设施12处，迁移集中保护零散烈士墓35座，"
          "营造崇尚英烈、缅怀先烈的社会氛围。", merge=[(4, 11)])  # fmt: skip
    s.row(None, None, "一级指标", "二级指标", "三级指标", None, "指标性质", "比较符", "指标值",
          "计量单位", "指标方向")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "烈士纪念设施维修数", None, "定量", "≥", 12, "处", "正向"),
        (None, None, "零散烈士墓迁移集中保护数", None, "定量", "≥", 35, "座", "正向"),
        (None, "质量指标", "维修工程验收合格率", None, "定量", "=", pct(1), "%", "正向"),
        (None, "时效指标", "维修工程完成时间", None, "定量", "≤", "2025年11月30日", None,
         "反向"),
        (None, "成本指标", "单处设施平均维修费用", None, "定量", "≤", 68000, "元/处", "反向"),
        (None, None, "单座烈士墓迁移费用", None, "定量", "≤", 9000, "元/座", "反向"),
        ("效益指标", "社会效益指标", "崇尚英烈社会氛围", None, "定性", None, "逐步增强", None,
         "正向"),
        (None, "可持续影响指标", "烈士纪念设施管护", None, "定性", None, "长效管护", None,
         "正向"),
        ("满意度指标", "服务对象满意度指标", "烈属满意度", None, "定量", "≥", pct(0.92), "%",
         "正向"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.row(None, None, "填报说明：1.指标性质填“定量”或“定性”；2.定性指标不填比较符。",
          merge=[(3, 11)])  # fmt: skip
    s.row(None, None, "填表人：", "欧阳青", None, None, "审核人：", None, "颜松",
          "填报日期：", day(2024, 11, 22, 'yyyy"年"m"月"d"日"'))  # fmt: skip
    return b


@variant("il16-home-care-pdf", (9,), "project, OLD-NAT, converted from PDF, detail lines")
def il16() -> Book:
    """社区居家养老服务 converted from a PDF: the total split by a space, a detail amount pasted
    twice, a doubled percent sign. Lines 480 + 120 + 405.3376 + 200 = 1 205.3376."""
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 12, 20))
    project_head(s, year=2025, name="社区居家养老服务提升", dept="柘湾区民政局",
                 unit="柘湾区养老服务中心",
                 money=[("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",)),
                         "其中：财政拨款", 1205.3376), ("其他资金", 0, None, None)],
                 goals=["为辖区老年人提供助餐、上门照护等居家养老服务，运营社区养老服务站18个，"
                        "建设智慧养老服务平台。"])  # fmt: skip
    s.row("资金明细（万元）", "老年助餐补贴", 480.0)
    s.row(None, "居家上门服务购买", mk("120万120万", "X106", "error", alt=("B108",)), None)
    s.row(None, "社区养老服务站运营", 405.3376, None)
    s.row(None, "智慧养老服务平台", 200.0, None)
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "老年助餐服务人次", "≥96000人次", "人次", None),
        (None, None, "运营社区养老服务站数", "≥18个", "个", None),
        (None, "质量指标", "上门服务质量抽查合格率", mk("≥95%%", "T116", "warning"), "%", None),
        (None, "时效指标", "服务站运营补贴拨付", "每季度", None, None),
        (None, "成本指标", "助餐补贴标准", "≤5元/人次", "元/人次", None),
        ("效益指标", "社会效益指标", "居家老年人生活便利程度", "明显提高", None, None),
        ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥90%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("il17-assistive-devices-wrong", (11, 13), "project, NAT-2021, operator and unit columns")
def il17() -> Book:
    """辅助器具适配: a rate as ``>=95`` with no % anywhere, a value without a name, a waiting
    time (反向) with ≥."""
    b = Book()
    s = b.sheet("项目绩效", (14, 16, 30, 18, 12, 20))
    project_head(
        s,
        year=2025,
        name="基本型辅助器具免费适配",
        dept="棠溪县残疾人联合会",
        unit="棠溪县残疾人辅助器具服务站",
        money=[
            ("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["为有需求的持证残疾人免费适配基本型辅助器具1200人，人均不超过1250元。"],
    )
    s.row(*HEAD)
    s.table([
        ("成本指标", "经济成本指标", "人均适配费用", "≤1250", "元/人", None),
        ("产出指标", "数量指标", "辅助器具适配人数", "≥1200", "人", None),
        (None, None, mk(None, "F110", "error"), "≥300", "件", "助听器、轮椅等"),
        (None, "质量指标", "辅助器具适配合格率",
         mk(">=95", "T105", "error", alt=("T116", "T104")), None, None),
        (None, "时效指标", "适配申请等待时长",
         mk("≥15个工作日", "T108", "warning", row=True), "工作日", None),
        ("效益指标", "社会效益指标", "残疾人生活自理能力", "有效提升", None, None),
        ("满意度指标", "服务对象满意度指标", "适配对象满意度", "≥92%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("il18-orphans-ok", (1, 9), "project, OLD-NAT, operator column, pasted text numbers")
def il18() -> Book:
    """孤儿基本生活费 with standards pasted as text (``1860``) beside an operator column, money
    in ``0.00"万元"``, percent cells under 0.0%. 1 860 × 42 × 12 + 1 350 × 324 × 12 = 93.744 +
    524.88 = 618.624 of 630 万元."""
    b = Book()
    s = b.sheet("孤儿基本生活费", (14, 16, 32, 10, 12, 12))
    project_head(s, year=2025, name="孤儿和事实无人抚养儿童基本生活保障", dept="汀岚县民政局",
                 unit="汀岚县儿童福利指导中心",
                 money=[("年度资金总额", money(630, WAN), "其中：财政拨款", money(630, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["按月发放孤儿和事实无人抚养儿童基本生活费，集中养育每人每月1860元，"
                        "散居及事实无人抚养儿童每人每月1350元，做到应保尽保。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "集中养育孤儿人数", "≥", "42", "人"),
        (None, None, "散居孤儿和事实无人抚养儿童人数", "≥", "324", "人"),
        (None, "质量指标", "符合条件儿童纳入保障比例", "=", pct(1, "0.0%"), "%"),
        (None, "时效指标", "基本生活费发放情况", "定性", "按时足额", None),
        (None, "成本指标", "集中养育孤儿基本生活费标准", "≤", "1860", "元/人·月"),
        (None, None, "散居孤儿基本生活费标准", "≤", "1350", "元/人·月"),
        ("效益指标", "社会效益指标", "困境儿童基本生活", "定性", "有效保障", None),
        (None, "可持续影响指标", "儿童福利保障制度", "定性", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "儿童监护人满意度", "≥", pct(0.9, "0.0%"), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b
