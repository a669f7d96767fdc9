"""帮扶车间 subsidy returns (kbc01–kbc06): project, stacked, multi-year, department, export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout721.common import (
    COUNTY,
    RURAL,
    indicators,
    money_period,
    money_year,
    notes,
    sign,
    start,
    w,
)
from tests.variants.holdout721.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "kbc01-workshop-jobs",
    (1, 4, 11),
    "project, NAT-2021, operator column headed 指标性质 and unit column, typed percent cells, "
    "a part count beside its total, 0起 on an incident count, a footnote on the cost (correct)",
)
def kbc01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="帮扶车间吸纳脱贫劳动力就业奖补",
        dept=f"{RURAL}（312006）",
        unit=f"{RURAL}产业发展股",
        money=money_year(w(180), w(150), w(30)),
        goals=[
            "对全县认定的12个帮扶车间按吸纳脱贫劳动力人数给予奖补，"
            "带动脱贫劳动力就业不少于360人（其中监测对象不少于60人）。"
        ],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "奖补帮扶车间数量", "≥", 12, "个"),
        (None, None, "吸纳脱贫劳动力就业人数", "≥", 360, "人"),
        (None, None, "其中：吸纳监测对象就业人数", "≥", 60, "人"),
        (None, "质量指标", "奖补对象认定准确率", "=", pct(1), "%"),
        (None, None, "车间稳定运营率", "≥", pct(0.9), "%"),
        (None, "时效指标", "奖补资金拨付完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单个车间奖补标准", "≤", 15, "万元/个"),
        ("效益指标", "经济效益指标", "务工人员月均工资性收入", "≥", 2400, "元/人·月"),
        (None, "社会效益指标", "车间安全生产责任事故", "=", 0, "起"),
        (None, "可持续影响指标", "受奖补车间持续运营期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "务工脱贫劳动力满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(
        s,
        "注：按每吸纳1名脱贫劳动力5000元测算，单个车间奖补封顶15万元，12个车间合计180万元。",
    )
    sign(s, "卢向川", "0873-6215408", day(2025, 11, 14))
    return b


@variant(
    "kbc02-workshop-goal-mismatch",
    (12,),
    "project, NAT-2021, operators inside the values: the goal's count against the indicator, "
    "last year's deadline, a unit cost × count above the year's money",
)
def kbc02() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="帮扶车间建设补助",
        dept=f"{RURAL}（312006）",
        unit=f"{COUNTY}石湾镇人民政府",
        money=money_year(w(200), w(170), w(30)),
        goals=[
            "2026年对全县新认定的15个帮扶车间给予建设补助，带动脱贫劳动力就业不少于450人，"
            "补助资金于2026年10月底前拨付到位。"
        ],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "补助帮扶车间数量",
         mk("≥12个", "D104", "warning", row=True,
            note="年度目标写新认定15个车间，指标只有12个"), None),
        (None, None, "带动脱贫劳动力就业人数", "≥450人", None),
        (None, "质量指标", "车间厂房验收合格率", "≥95%", None),
        (None, "时效指标", "补助资金拨付完成时间",
         mk("2025年10月31日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="上一年的期限：项目期和年度目标都是2026年10月底前"), None),
        ("成本指标", "经济成本指标", "单个车间建设补助标准",
         mk("≤20万元/个", "B107", "warning", row=True,
            note="20万元×12个=240万元（按目标15个为300万元），超过年度资金200万元"),
         "按车间面积分档"),
        ("效益指标", "经济效益指标", "务工人员人均年工资性收入", "≥2.4万元", None),
        (None, "社会效益指标", "带动监测对象就业人数", "≥80人", None),
        ("满意度指标", "服务对象满意度指标", "车间务工人员满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "卢向川", "0873-6215408", day(2025, 11, 14))
    return b


def _stacked(s: Sheet, name: str, total: float, count: int, cost: float, title: str) -> None:
    """One of kbc03's stacked projects: its head and a table with numbered tier labels."""
    project_head(
        s,
        year=2026,
        name=name,
        dept=f"{RURAL}（312006）",
        unit=f"{RURAL}产业发展股",
        money=money_year(w(total), w(total), w(0)),
        goals=[
            f"对{count}个帮扶车间给予{name[4:]}，每个车间不超过{cost:g}万元，保障车间稳定运营。"
        ],
        title=title,
    )
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "补助帮扶车间数量", f"≥{count}个", None),
        (None, "（二）质量指标", "补助资金使用合规率", "100%", None),
        (None, "（三）时效指标", "资金拨付完成时间", "2026年11月30日前", None),
        ("二、成本指标", "（一）经济成本指标", "单个车间补助标准", f"≤{cost:g}万元/个", None),
        ("三、效益指标", "（一）社会效益指标", "车间在岗脱贫劳动力人数", f"≥{count * 25}人", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "车间经营主体满意度", "≥90%", None),
    ])  # fmt: skip


@variant(
    "kbc03-workshop-stacked",
    (2, 5),
    "two 帮扶车间 projects stacked in one sheet, NAT-2021, numbered tier labels (一、（一）), "
    "the same indicator name with different values in each project (correct)",
)
def kbc03() -> Book:
    b, s = start()
    _stacked(s, "帮扶车间吸纳就业奖补", 96, 8, 12, "2026年度项目支出绩效目标申报表")
    s.skip(2)
    _stacked(s, "帮扶车间水电租金补贴", 30, 5, 6, "")
    sign(s, "卢向川", "0873-6215408", day(2025, 11, 20))
    return b


@variant(
    "kbc04-workshop-three-years",
    (8, 12),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 value columns: an annual count above "
    "the period's, last year's 年度目标 left in, 年度资金 above 中期资金",
)
def kbc04() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="帮扶车间提质扩面三年行动",
        dept=f"{RURAL}（312006）",
        unit=f"{RURAL}产业发展股",
        money=money_period(
            (w(600), w(500), w(100)),
            (
                mk(w(620), "B103", "error", note="年度资金620万元大于中期资金600万元"),
                ok(w(520), "error", note="年度财政拨款也因此大于中期"),
                w(100),
            ),
        ),
        goals=[
            "2026年—2028年新认定帮扶车间60个，累计吸纳脱贫劳动力1500人稳定就业。",
            mk(
                "2025年度：新认定帮扶车间24个，吸纳脱贫劳动力500人就业，奖补资金10月底前拨付。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="上一年的年度目标未改：预算年度为2026年",
            ),
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新认定帮扶车间数量", "≥20个",
         mk("≥24个", "D201", "error", row=True, alt=("D104",),
            note="年度24个超过中期20个；中期目标写60个，中期值应为60")),
        (None, None, "吸纳脱贫劳动力就业人数", "≥1500人", "≥500人"),
        (None, "质量指标", "车间用工合同签订率", "≥95%", "≥95%"),
        (None, "时效指标", "年度奖补资金拨付时间", "每年10月底前", "2026年10月底前"),
        ("成本指标", "经济成本指标", "每吸纳1名脱贫劳动力奖补标准", "≤3000元/人", "≤3000元/人"),
        ("效益指标", "经济效益指标", "务工人员人均年工资性收入", "≥2.6万元", "≥2.6万元"),
        (None, "可持续影响指标", "帮扶车间三年存续率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "务工人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kbc05-workshop-department",
    (10, 12),
    "department (乡村振兴局), NAT-2021, tier-1 labels with points and an indicator score column "
    "both adding to 100, tasks adding to 金额合计, a rate raised in 百分点 (correct)",
)
def kbc05() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2026,
        dept=RURAL,
        budget=[(w(1260), w(1200), w(60), w(420), w(840))],
        tasks=[
            ("帮扶车间就业奖补", "按吸纳脱贫劳动力人数奖补车间", w(300), "带动就业600人以上"),
            ("小额信贷贴息", "脱贫人口小额信贷全额贴息", w(240), "贴息按季足额拨付"),
            ("消费帮扶", "组织农特产品进机关、进企业", w(180), "销售额2000万元以上"),
            ("雨露计划补助", "脱贫家庭子女职业教育补助", w(120), "补助800人次以上"),
            ("金额合计", None, w(840), None),
        ],
        goal="巩固拓展脱贫攻坚成果，以帮扶车间和消费帮扶稳就业、促增收，守住不发生规模性返贫底线。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "帮扶车间带动就业人数", "≥600人", 15),
        (None, None, "雨露计划补助人次", "≥800人次", 15),
        (None, "质量指标", "小额信贷贴息资金足额拨付率", "100%", 10),
        (None, "时效指标", "贴息资金按季拨付及时率", "≥95%", 10),
        ("成本指标（10分）", "经济成本指标", "每吸纳1名脱贫劳动力奖补标准", "≤5000元/人", 10),
        ("效益指标（30分）", "经济效益指标", "消费帮扶农特产品销售额", "≥2000万元", 15),
        (None, "社会效益指标", "车间吸纳监测对象就业占比较上年提高", "≥2百分点", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "脱贫群众满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：一级指标后括号内为该类指标分值小计，三级指标分值合计100分。")
    sign(s, "韦梓桐", "0873-6211937", day(2025, 11, 20))
    return b


@variant(
    "kbc06-workshop-export",
    (7, 12),
    "budget-system export: money on 部门项目支出预算05-1, indicators on 部门项目支出绩效目标05-2 "
    "(header on row 3, codes in the first columns): a duplicate with another value, a rate "
    "under 时效",
)
def kbc06() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 22, 14, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row(f"单位：{RURAL}", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "功能分类", "合计", "财政拨款", "其他资金")
    s.row("532627261000000231", "帮扶车间以工代赈补助", "2130505", w(150), w(130), w(20))
    s.row("合计", None, None, w(150), w(130), w(20))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 20, 12, 14, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row(f"单位：{RURAL}")
    code, name = "532627261000000231", "帮扶车间以工代赈补助"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "吸纳脱贫劳动力就业人数",
         mk("≥300人", "*", "error", required=False, row=True, note="重复的前一行")),
        (None, None, None, None, "补助帮扶车间数量", "≥10个"),
        (None, None, None, None, "吸纳脱贫劳动力就业人数",
         mk("≥320人", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标填了两次，值不同（300人/320人）")),
        (None, None, None, "质量指标", "车间厂房安全检查合格率", "≥98%"),
        (None, None, None, "时效指标", "车间用工合同签订率",
         mk("≥95%", "F201", "warning", row=True, note="签订率是质量指标，填在时效指标下")),
        (None, None, None, None, "补助资金拨付完成时间", "2026年10月31日前"),
        (None, None, "成本指标", "经济成本指标", "单个车间补助标准", "≤15万元/个"),
        (None, None, "效益指标", "经济效益指标", "务工人员人均月工资", "≥2300元"),
        (None, None, None, "社会效益指标", "带动监测对象就业人数", "≥50人"),
        (None, None, "满意度指标", "服务对象满意度指标", "车间务工人员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
