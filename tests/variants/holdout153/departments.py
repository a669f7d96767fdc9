"""Correct department returns: names merged over three columns, a flat list with word operators
and weights, a 实施周期 │ 年度 table under a long 填报说明 starting at row 30."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout153.common import OfficeBook, dress, dropdown, footer, names3, notes
from tests.variants.holdout153.registry import variant
from tests.variants.kit import WAN, Book, day, money, ok, pct

DEPT_NOTES = (
    "1. 本表适用于部门（单位）整体支出绩效目标申报，随部门预算草案一并报送。",
    "2. 年度预算资金总额应与部门预算批复口径一致，资金总额=财政拨款+其他资金=基本支出+项目支出。",
    "3. 年度主要任务应涵盖部门主要职能，任务预算金额合计应等于项目支出。",
    "4. 年度总体目标应与部门中长期规划、年度工作计划相衔接。",
    "5. 一级指标分为产出指标、成本指标、效益指标和满意度指标，括号内为该类指标的分值。",
    "6. 二级指标按财政部门下发的指标体系选择，不得自行增设。",
    "7. 三级指标应细化、量化，能够反映部门履职的数量、质量、时效和成本。",
    "8. 实施周期指标值反映部门在规划期内的目标，年度指标值反映本预算年度的目标。",
    "9. 指标值中的比较符可使用≥、≤、=，定性指标填写“达成年度指标”等分档表述。",
    "10. 分值合计为100分，各三级指标分值之和应等于所属一级指标分值。",
    "11. 满意度指标应明确调查对象，原则上采用第三方调查结果。",
    "12. 本表经单位负责人审核签字并加盖公章后报送。",
    "13. 表格中灰色单元格为系统自动计算项，请勿手工修改。",
    "14. 各单位对填报内容的真实性、准确性负责。",
)


@variant(
    "ng05-names-three-columns",
    (4, 12),
    "department, NAT-2021, LibreOffice: budget and task blocks, indicator names "
    "merged over three columns, operators inside the values",
)
def ng05() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("部门整体", (18, 20, 16, 16, 16, 18))
    department_head(s, year=2026, dept="青岚市市场监督管理局", filled=day(2025, 11, 18),
                    budget=[(money(2860.4, WAN), money(2710.4, WAN), money(150, WAN),
                             money(1980.4, WAN), money(880, WAN))],
                    tasks=[("食品安全监督抽检", "全年抽检食品4800批次", money(320, WAN),
                            "抽检合格率不低于97%"),
                           ("特种设备安全监管", "定期检验特种设备6500台", money(260, WAN),
                            "特种设备事故零死亡"),
                           ("计量器具强制检定", "强制检定计量器具12000台（件）", money(180, WAN),
                            "强检计量器具受检率100%"),
                           ("消费维权与投诉处理", "受理处置消费投诉举报", money(120, WAN),
                            "投诉按时办结率不低于98%"),
                           ("金额合计", None, money(880, WAN), None)],
                    goal="2026年完成食品安全抽检4800批次、特种设备定期检验6500台、强制检定计量"
                         "器具12000台（件），守住不发生区域性系统性食品安全风险的底线，"
                         "消费投诉按时办结率不低于98%。")  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", None, None, "指标值", merge=[(3, 5)])
    first = head + 1
    last = s.table([
        ("产出指标", "数量指标", "食品安全监督抽检批次", None, None, "≥4800批次"),
        (None, None, "特种设备定期检验台数", None, None, "≥6500台"),
        (None, None, "强制检定计量器具数量", None, None, "≥12000台（件）"),
        (None, "质量指标", "抽检不合格食品核查处置率", None, None, pct(1)),
        (None, None, "强检计量器具受检率", None, None, pct(1)),
        (None, "时效指标", "消费投诉按时办结率", None, None, "≥98%"),
        (None, None, "投诉举报受理时限", None, None, "≤1个工作日"),
        ("成本指标", "经济成本指标", "单批次食品抽检费用", None, None, "≤650元"),
        (None, None, "单台特种设备检验费用", None, None, "≤400元"),
        ("效益指标", "社会效益指标", "食品安全抽检合格率", None, None, "≥97%"),
        (None, None, "为消费者挽回经济损失", None, None, "≥300万元"),
        (None, None, "特种设备事故死亡人数", None, None,
         ok("0人", note="零死亡目标，=0 即所求")),
        (None, "可持续影响指标", "智慧监管平台数据共享率", None, None, "≥90%"),
        ("满意度指标", "服务对象满意度指标", "消费者投诉处理满意度", None, None, "≥90%"),
        (None, None, "市场主体满意度", None, None, "≥88%"),
    ], merged=(1, 2))  # fmt: skip
    names3(s, first, last)
    dress(s, head, first, last, 6, value_col=6)
    footer(s, "韩冬梅", "0797-8123706", day(2025, 11, 18))
    return b


@variant(
    "ng06-flat-words-weights",
    (3, 10),
    "department, flat list, WPS: 指标名称 │ 计量单位 │ 指标性质 (大于等于 / "
    "小于等于 / 等于, a dropdown) │ 指标值 │ 权重, percent cells",
)
def ng06() -> Book:
    b = OfficeBook(app="wps")
    s = b.sheet("Sheet1", (18, 34, 12, 14, 14, 10))
    department_head(s, year=2026, dept="苍岭县退役军人事务局", filled=day(2025, 10, 30),
                    budget=[(money(612.3, WAN), money(582.3, WAN), money(30, WAN),
                             money(398.3, WAN), money(214, WAN))],
                    tasks=[("优抚对象短期疗养", "组织重点优抚对象分批疗养", money(86, WAN),
                            "疗养430人"),
                           ("退役军人技能培训", "开展就业技能和创业培训", money(72, WAN),
                            "培训600人次，培训后就业率75%以上"),
                           ("烈士纪念设施维护", "修缮维护烈士纪念设施14处", money(56, WAN),
                            "纪念设施完好"),
                           ("金额合计", None, money(214, WAN), None)],
                    goal="做好优抚对象疗养、退役军人就业培训和烈士纪念设施维护，优抚金按时足额"
                         "发放，退役军人及优抚对象满意度不低于90%。")  # fmt: skip
    s.skip()
    head = s.row("序号", "指标名称", "计量单位", "指标性质", "指标值", "权重")
    first = head + 1
    rows = [
        ("优抚对象短期疗养人数", "人", "大于等于", 430, 10),
        ("退役军人技能培训人次", "人次", "大于等于", 600, 10),
        ("培训后就业率", "%", "大于等于", pct(0.75), 10),
        ("烈士纪念设施维护处数", "处", "大于等于", 14, 10),
        ("优抚金按时足额发放率", "%", "等于", pct(1), 10),
        ("信访事项按期办结率", "%", "大于等于", pct(0.95), 8),
        ("人均疗养费用", "元/人", "小于等于", 2000, 8),
        ("人均培训费用", "元/人次", "小于等于", 1200, 8),
        ("退役军人服务站规范化建设达标率", "%", "大于等于", pct(0.9), 8),
        ("优抚对象满意度", "%", "大于等于", pct(0.92), 9),
        ("退役军人满意度", "%", "大于等于", pct(0.9), 9),
    ]
    last = s.table([(i, *r) for i, r in enumerate(rows, start=1)])
    s.row(None, "合计", None, None, None, 100)
    dress(s, head, first, last, 6, value_col=5, tier_col=None, freeze=f"C{head + 1}")
    dropdown(s, 4, first, last, "大于等于,小于等于,等于,定性")
    footer(s, "石广平", "0745-4410268", day(2025, 10, 30))
    return b


@variant(
    "ng07-department-row30-points",
    (4, 5, 8),
    "department, Dongguan-like, LibreOffice: a 填报说明 above a header on row "
    "30, 一、产出指标（40分）, 实施周期 │ 年度 │ 分值",
)
def ng07() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("部门整体支出绩效目标表", (20, 18, 30, 16, 16, 10))
    department_head(s, year=2026, dept="白沙河区卫生健康局", filled=day(2025, 11, 6),
                    budget=[(money(5420, WAN), money(5120, WAN), money(300, WAN),
                             money(3860, WAN), money(1560, WAN))],
                    tasks=[("基本公共卫生服务", "为辖区常住居民提供国家基本公共卫生服务",
                            money(980, WAN), "65岁以上老年人健康管理率不低于70%"),
                           ("家庭医生签约服务", "组建家庭医生团队开展签约服务", money(360, WAN),
                            "重点人群签约覆盖率不低于75%"),
                           ("卫生应急能力建设", "应急物资储备和应急队伍演练", money(220, WAN),
                            "开展应急演练6次"),
                           ("金额合计", None, money(1560, WAN), None)],
                    goal="2026年巩固基本公共卫生服务均等化水平，推进家庭医生签约服务提质增效，"
                         "提升突发公共卫生事件应急处置能力。")  # fmt: skip
    s.skip()
    notes(s, DEPT_NOTES, 6)
    while s.r < 29:
        s.skip()
    head = s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "分值")
    assert head == 30, head
    first = head + 1
    last = s.table([
        ("一、产出指标（40分）", "数量指标", "居民电子健康档案建档人数", "≥38万人", "≥38万人", 8),
        (None, None, "开展卫生应急演练次数", "≥6次", "≥6次", 8),
        (None, "质量指标", "65岁以上老年人健康管理率", "≥70%", "≥70%", 8),
        (None, None, "重点人群家庭医生签约覆盖率", "≥75%", "≥75%", 8),
        (None, "时效指标", "传染病疫情网络报告及时率", pct(1), pct(1), 8),
        ("二、成本指标（20分）", "经济成本指标", "家庭医生签约服务人均经费",
         "≤120元/人", "≤120元/人", 10),
        (None, None, "应急物资储备费用", "≤120万元", "≤120万元", 10),
        ("三、效益指标（30分）", "社会效益指标", "居民健康素养水平", "≥32%", "≥32%", 10),
        (None, None, "突发公共卫生事件规范处置率", pct(1), pct(1), 10),
        (None, "可持续影响指标", "家庭医生签约服务团队数", "≥96个", "≥96个", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "签约居民满意度", "≥90%", "≥90%", 5),
        (None, None, "基本公共卫生服务对象满意度", "≥88%", "≥88%", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    dress(s, head, first, last, 6, value_col=5)
    footer(s, "邝嘉怡", "0769-2231094", day(2025, 11, 6))
    return b
