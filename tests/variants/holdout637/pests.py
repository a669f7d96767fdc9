"""Returns fw13–fw18: forest pest control (林业有害生物防治)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout637.common import (
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout637.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fw13-pest-operator-words", (11, 1),
         "project, OLD-NAT, operators in words in their own column, a ‰ disaster rate, 0起, "
         "a 下降率 with 大于等于, =100% (correct)")  # fmt: skip
def fw13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="蓉岗县松材线虫病等林业有害生物防控项目",
                 dept="蓉岗县林业局 415", unit="蓉岗县森林病虫害防治检疫站",
                 money=one_year(wan(180), wan(160), wan(20)),
                 goals=["监测林业有害生物12万亩，除治松材线虫病疫木8000株，"
                        "成灾率控制在3‰以下，全年无新发疫情扩散。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "林业有害生物监测面积", "大于等于", 12, "万亩"),
        (None, None, "松材线虫病疫木除治数量", "大于等于", 8000, "株"),
        (None, None, "新发疫情扩散事件", "等于", 0, "起"),
        (None, "质量指标", "林业有害生物成灾率", "小于等于", 3, "‰"),
        (None, None, "无公害防治率", "大于等于", pct(0.9), "%"),
        (None, "时效指标", "疫情报告及时率", "等于", pct(1), "%"),
        (None, "成本指标", "监测调查单价", "小于等于", 5, "元/亩"),
        (None, None, "疫木除治单价", "小于等于", 150, "元/株"),
        ("效益指标", "生态效益指标", "桉树尺蠖危害面积下降率", "大于等于", pct(0.15), "%"),
        (None, "社会效益指标", "林农防治知识知晓率", "大于等于", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("fw14-pest-direction-cost", (11, 12),
         "project, OLD-NAT, operator column: a disaster rate with ≥, unit cost × area above the "
         "money, a monitoring area below the goal's")  # fmt: skip
def fw14() -> Book:
    b, s = start()
    project_head(s, year=2025, name="沅汐市桉树林区有害生物综合防治项目",
                 dept="沅汐市林业局 238", unit="沅汐市林业有害生物防治站",
                 money=one_year(wan(350), wan(300), wan(50)),
                 goals=["监测覆盖面积12万亩，完成桉树尺蠖等食叶害虫防治作业5万亩，"
                        "成灾率控制在4‰以下。"])  # fmt: skip
    area = mk(10, "D104", "warning", row=True, note="目标写12万亩，指标却是10万亩")
    disaster = mk("≥", "T108", "warning", row=True, note="成灾率是反向指标，却写大于等于")
    cost = mk(80, "B107", "warning", row=True, note="80元/亩 × 5万亩 = 400万元 > 350万元")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "监测覆盖面积", "≥", area, "万亩"),
        (None, None, "食叶害虫防治作业面积", "≥", 5, "万亩"),
        (None, "质量指标", "林业有害生物成灾率", disaster, 4, "‰"),
        (None, None, "防治作业合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "防治作业完成时间", "≤", day(2025, 8, 31, CN_DATE), None),
        (None, "成本指标", "防治作业单价", "≤", cost, "元/亩"),
        ("效益指标", "生态效益指标", "食叶害虫危害面积下降率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("fw15-pest-department-money", (12, 4, 5),
         "department, NAT-2021, * marked labels, key tasks adding up, a goal total with its parts "
         "in brackets, a footnote explaining it, signature line (correct)")  # fmt: skip
def fw15() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="琅浦县林业局",
                    budget=[(wan(860), wan(800), wan(60), wan(540), wan(320))],
                    tasks=[("飞机防治", "桉树食叶害虫飞机喷药防治", wan(150), "飞防5万亩"),
                           ("地面防治", "檀香及桉树林地面防治", wan(90), "地面防治3万亩"),
                           ("监测预警", "布设监测点位并定期调查", wan(80), "监测点位100个"),
                           ("金额合计", None, wan(320), None)],
                    goal="完成林业有害生物防治作业8万亩（其中飞机防治5万亩、地面防治3万亩），"
                         "布设监测点位100个，成灾率控制在3‰以下。")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("*产出指标", "*数量指标", "防治作业总面积", "≥8万亩"),
        (None, None, "飞机防治面积", "≥5万亩"),
        (None, None, "地面防治面积", "≥3万亩"),
        (None, None, "监测点位数量", "≥100个"),
        (None, "*质量指标", "林业有害生物成灾率", "≤3‰"),
        (None, "*时效指标", "春季防治完成时间", "2025年5月底前"),
        ("*成本指标", "*经济成本指标", "飞机防治单价", "≤30元/亩"),
        (None, None, "地面防治单价", "≤30元/亩"),
        ("*效益指标", "*生态效益指标", "有害生物危害面积下降率", "≥10%"),
        ("*满意度指标", "*服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：防治作业总面积8万亩为飞机防治5万亩与地面防治3万亩之和。",
          "说明：标*的为必填项。")  # fmt: skip
    signature(s, "覃松年", "0774-5120937", day(2024, 11, 25))
    return b


@variant("fw16-pest-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 above 资金总额, a satisfaction rate under "
         "社会效益")  # fmt: skip
def fw16() -> Book:
    b, s = start()
    total = mk(wan(700), "B101", "error", note="基本支出420 + 项目支出300 = 720 ≠ 700")
    department_head(s, year=2025, dept="葛岙县林业局",
                    budget=[(total, wan(640), wan(60), wan(420), wan(300))],
                    tasks=[("松材线虫病防控", "疫木普查与除治", wan(180), "除治疫木1万株"),
                           ("檀香病虫害防治", "檀香林根腐病综合防治", wan(120), "防治1200亩"),
                           ("金额合计", None, wan(300), None)],
                    goal="除治松材线虫病疫木1万株，防治檀香林根腐病1200亩。")  # fmt: skip
    sat = mk("防治区林农满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下")
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "松材线虫病疫木除治数量", "≥1万株"),
        (None, None, "檀香林根腐病防治面积", "≥1200亩"),
        (None, "质量指标", "疫木除治合格率", "≥95%"),
        (None, "时效指标", "疫木除治完成时间", "2025年4月底前"),
        ("成本指标", "经济成本指标", "疫木除治单价", "≤150元/株"),
        ("效益指标", "社会效益指标", sat, "≥90%"),
        (None, "生态效益指标", "松林疫情发生面积下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "合作防治单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fw17-pest-system-export", (4, 9),
         "budget-system export: money on 预算05-1, the table on 绩效目标05-2 with codes in the "
         "first columns, header on the third row and repeated, =100% as text, notes "
         "(correct)")  # fmt: skip
def fw17() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：汀岚县林业局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("2025-LY-0031", "桉树林区林业有害生物监测", wan(60), wan(60), wan(0))
    s.row("2025-LY-0032", "檀香病虫害绿色防控", wan(90), wan(80), wan(10))
    s.row("合计", None, wan(150), wan(140), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 14))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：汀岚县林业局")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, head, [
        ("2025-LY-0031", "桉树林区林业有害生物监测", "产出指标", "数量指标", "监测面积", "≥15万亩"),
        (None, None, None, "质量指标", "监测数据准确率", "≥95%"),
        (None, None, None, "时效指标", "疫情报告及时率", "=100%"),
        (None, None, None, "成本指标", "监测调查单价", "≤4元/亩"),
        (None, None, "效益指标", "生态效益指标", "监测区有害生物成灾率", "≤3‰"),
        (None, None, "满意度指标", "服务对象满意度指标", "林场满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    t.row(*head)
    t.table([
        ("2025-LY-0032", "檀香病虫害绿色防控", "产出指标", "数量指标", "绿色防控面积", "≥1500亩"),
        (None, None, None, "质量指标", "绿色防控覆盖率", "≥80%"),
        (None, None, None, "成本指标", "绿色防控单价", "≤500元/亩"),
        (None, None, "效益指标", "生态效益指标", "化学农药使用量下降率", "≥20%"),
        (None, None, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "注：1.指标值按项目库申报数导出；2.第二页表头为分页重复打印。",
          "填表说明：疫情报告及时率按省林业有害生物防控信息系统统计。")  # fmt: skip
    signature(t, "覃雨桐", "0778-2219630", day(2024, 12, 3))
    return b


@variant("fw18-pest-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: a deadline in the next year, the second project's money "
         "parts and its monitoring points against the goal")  # fmt: skip
def fw18() -> Book:
    b, s = start()
    project_head(s, year=2025, name="梧漾县桉树枝瘿姬小蜂防治项目", dept="梧漾县林业局 173",
                 unit="梧漾县森防站", money=one_year(wan(100), wan(90), wan(10)),
                 goals=["防治桉树枝瘿姬小蜂2万亩，虫口减退率达到80%以上。"])  # fmt: skip
    late = mk(day(2026, 3, 31, CN_DATE), "Y102", "error", note="一年期项目，时限落在2026年")
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "枝瘿姬小蜂防治面积", "≥2万亩"),
        (None, "质量指标", "虫口减退率", "≥80%"),
        (None, "时效指标", "防治作业完成时间", late),
        (None, "成本指标", "防治作业单价", "≤45元/亩"),
        ("效益指标", "生态效益指标", "桉树受害株率下降", "≥10百分点"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(120), "B101", "error", note="财政拨款100 + 其他资金10 = 110 ≠ 120")
    project_head(s, year=2025, title="", name="梧漾县檀香林有害生物监测项目",
                 dept="梧漾县林业局 173", unit="梧漾县森防站",
                 money=one_year(total, wan(100), wan(10)),
                 goals=["布设檀香林有害生物监测点位150个，全年定期调查12次。"])  # fmt: skip
    points = mk("≥120个", "D104", "warning", row=True, note="目标写150个，指标却是120个")
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "监测点位数量", points),
        (None, None, "定期调查次数", "≥12次"),
        (None, "质量指标", "监测数据上报准确率", "≥95%"),
        (None, "时效指标", "调查数据上报时限", "≤3个工作日"),
        (None, "成本指标", "监测点位建设单价", "≤5000元/个"),
        ("效益指标", "可持续影响指标", "檀香林监测网络运行", "长期稳定运行"),
        ("满意度指标", "服务对象满意度指标", "檀香种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
