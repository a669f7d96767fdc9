"""Infected tree removal: felling, chipping and quarantine of pine wood (kgh07–kgh12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout856.common import (
    BUREAU,
    FARM,
    STATION,
    book,
    notes,
    one_year_money,
    signature,
    tiered,
    wan,
)
from tests.variants.holdout856.registry import variant
from tests.variants.kit import Book, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kgh07-removal-stacked",
    (2, 12),
    "two one-year projects stacked, OLD-NAT, the same "
    "deadline name with other values, unit cost × count equal to the money (correct)",
)
def kgh07() -> Book:
    b, s = book()
    project_head(s, year=2025, name="松材线虫病疫木除治", dept=BUREAU, unit=STATION,
                 money=one_year_money(300, 270, 30),
                 goals=["春季天牛羽化前除治疫木2万株，"
                        "疫木全部就地粉碎，不留伐桩隐患。"])  # fmt: skip
    tiered(s, HEAD4, [
        ("产出指标", "数量指标", "疫木除治数量", "≥2万株"),
        (None, "质量指标", "疫木粉碎处理率", pct(1)),
        (None, "时效指标", "完成时间", "2025年4月30日前"),
        (None, "成本指标", "疫木除治单价", "≤150元/株"),
        ("效益指标", "生态效益指标", "疫情存量下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="疫木检疫执法检查", dept=BUREAU, unit=STATION, title="",
                 money=one_year_money(18, 18, 0),
                 goals=["检查涉木企业和个体加工户60家次，"
                        "秋季除治前完成专项执法行动。"])  # fmt: skip
    tiered(s, HEAD4, [
        ("产出指标", "数量指标", "涉木单位检查家次", "≥60家次"),
        (None, "质量指标", "检查记录归档率", pct(1)),
        (None, "时效指标", "完成时间", "2025年10月31日前"),
        (None, "成本指标", "每家次检查成本", "≤3000元/家次"),
        ("效益指标", "社会效益指标", "违规调运疫木案件查处率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "涉木企业满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "kgh08-removal-cost-over",
    (12,),
    "project, OLD-NAT: money total not its sources, "
    "unit cost × count above the money, goal area against the indicator",
)
def kgh08() -> Book:
    b, s = book()
    total = mk(wan(400), "B101", "error", note="财政拨款300 + 其他资金80 = 380，不是400")
    project_head(s, year=2025, name="松林疫区集中除治", dept=BUREAU, unit=FARM,
                 money=one_year_money(total, 300, 80),
                 goals=["在鹤坪、石磬两个林区除治疫木2.5万株，清理除治面积1.2万亩。"])  # fmt: skip
    tiered(s, HEAD4, [
        ("产出指标", "数量指标", "疫木除治数量", "≥2.5万株"),
        (None, None, "清理除治面积",
         mk("≥1.5万亩", "D104", "warning", row=True, note="年度目标写1.2万亩，指标为1.5万亩")),
        (None, "质量指标", "除治质量验收合格率", "≥95%"),
        (None, "时效指标", "除治完成时间", "2025年4月30日前"),
        (None, "成本指标", "疫木除治单价",
         mk("≤200元/株", "B107", "warning", row=True,
            note="200元/株 × 2.5万株 = 500万元，超过项目资金400万元")),
        ("效益指标", "生态效益指标", "疫情发生面积下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgh09-farm-department",
    (4, 12),
    "department, NAT-2021: budget and tasks add up, a "
    "note explaining the task total, notes and signature lines below (correct)",
)
def kgh09() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=FARM,
                    budget=[(wan(412), wan(380), wan(32), wan(156), wan(256))],
                    tasks=[("疫木除治", "除治疫木1.6万株并粉碎", wan(176), "疫木应除尽除"),
                           ("疫情监测", "林场样地监测与普查", wan(48), "疫情早发现"),
                           ("天敌防治", "释放花绒寄甲成虫", wan(32), "降低天牛密度"),
                           ("金额合计", None, wan(256), None)],
                    goal="除治疫木1.6万株，监测松林5.4万亩，释放花绒寄甲成虫80万头。")  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，基本支出156万元未列入年度主要任务。")
    tiered(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "疫木除治数量", "≥1.6万株"),
        (None, None, "松林监测面积", "≥5.4万亩"),
        (None, None, "花绒寄甲释放数量", "≥80万头"),
        (None, "质量指标", "除治质量验收合格率", pct(0.95)),
        (None, "时效指标", "春季除治完成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "疫木除治单价", "≤110元/株"),
        ("效益指标", "生态效益指标", "林场疫情发生面积下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "周边林农满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：疫木除治单价含采伐、运输、粉碎费用。",
          "填表说明：年度指标值按场务会议审定的年度计划填写。")  # fmt: skip
    signature(s, "吕景和", "0573-6630562", (2024, 11, 26))
    return b


@variant(
    "kgh10-department-tasks-wrong",
    (12,),
    "department, NAT-2021: tasks not adding to "
    "金额合计, goal count against the indicator, a count under 质量",
)
def kgh10() -> Book:
    b, s = book()
    total = mk(wan(360), "B102", "error", note="240 + 70 + 30 = 340，金额合计却是360")
    department_head(s, year=2025, dept="枫岙县林业局",
                    budget=[(wan(520), wan(480), wan(40), wan(160), wan(360))],
                    tasks=[("疫木除治", "全县疫木采伐清理", wan(240), "疫木应除尽除"),
                           ("疫情监测", "样地监测与普查", wan(70), "疫情早发现"),
                           ("检疫执法", "涉木单位检查", wan(30), "阻断人为传播"),
                           ("金额合计", None, total, None)],
                    goal="全年除治疫木3万株，监测松林26万亩，检查涉木单位80家次。")  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标",
         "疫木除治数量", mk("≥2.8万株", "D104", "warning", row=True,
                            note="年度总体目标写除治疫木3万株")),
        (None, None, "松林监测面积", "≥26万亩"),
        (None, None, "涉木单位检查家次", "≥80家次"),
        (None, "质量指标", "除治质量验收合格率", "≥95%"),
        (None, None, mk("疫木集中处置场数量", "F201", "warning", row=True,
                        note="数量指标填在质量指标下"), "≥3个"),
        (None, "时效指标", "春季除治完成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "疫木除治单价", "≤80元/株"),
        ("效益指标", "生态效益指标", "疫情发生面积下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgh11-system-export",
    (7, 9),
    "budget-system export: 05-1 budget sheet with codes and "
    "a 合计, 05-2 indicator sheet with the header on the third row, =100% as text (correct)",
)
def kgh11() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 24, 16, 16, 16, 16))
    code, name = "317006250013", "松材线虫病疫木除治及粉碎"
    s.title("部门项目支出预算表", 6)
    s.row("单位：枫岙县森林病虫害防治检疫站", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "经济分类", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, "委托业务费", money(120), money(110), money(10))
    s.row(code, name, "专用材料费", money(35), money(35), money(0))
    s.row(code, name, "劳务费", money(25), money(25), money(0))
    s.row("合计", None, None, money(180), money(170), money(10))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 14, 24, 10, 12, 10))
    t.title("部门项目支出绩效目标表", 8)
    t.row("单位：枫岙县森林病虫害防治检疫站", None, None, None, "年度：2025")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "疫木除治数量", "≥", 1.5, "万株"),
        ("产出指标", "质量指标", "疫木粉碎率", "=", "=100%", "%"),
        ("产出指标", "时效指标", "除治完成时间", "≤", "2025年4月30日", "日期"),
        ("成本指标", "经济成本指标", "疫木除治单价", "≤", 120, "元/株"),
        ("效益指标", "生态效益指标", "疫情存量下降率", "≥", 12, "%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥", 90, "%"),
    ]:
        t.row(code, name, *line)
    return b


@variant(
    "kgh12-page-break-duplicate",
    (4, 5),
    "project, OLD-NAT, abbreviated tiers, header "
    "repeated after a page break: a rate under 时效, a count repeated after the break",
)
def kgh12() -> Book:
    b, s = book()
    project_head(s, year=2025, name="石磬林区疫木清理", dept=BUREAU, unit=FARM,
                 money=one_year_money(150, 140, 10),
                 goals=["清理石磬林区疫木1.5万株，伐桩全部处理，4月底前完成。"])  # fmt: skip
    tiered(s, HEAD4, [
        ("产出", "数量", "疫木清理数量", "≥1.5万株"),
        (None, None, "伐桩处理数量", "≥1.5万个"),
        (None, "时效", mk("疫木清理验收合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，填在时效下"), "≥95%"),
        (None, None, "清理完成时间", "2025年4月30日前"),
    ])  # fmt: skip
    s.skip()
    tiered(s, HEAD4, [
        ("产出", "数量", mk("年度疫木清理数量", "D103", "warning", row=True, alt=("D101",),
                            note="分页后重复了“疫木清理数量”，只多了“年度”二字"), "≥1.5万株"),
        (None, "成本", "疫木清理单价", "≤90元/株"),
        ("效益", "生态效益", "林区疫情存量下降率", "≥20%"),
        ("满意度", "服务对象满意度", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
