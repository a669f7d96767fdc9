"""Returns of the pine wilt quarantine campaign (松材线虫病疫情防控): kbe01–kbe06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout723.common import (
    PLAIN,
    TWO,
    annual_money,
    book,
    indicators,
    notes,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout723.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "栖枫县林业局（318004）"
STATION = "栖枫县森林病虫害防治检疫站"


@variant("kbe01-pinewilt-campaign", (1, 4, 5), "project, NAT-2021, numbered tier labels "
         "(一、/（一）), typed percent, =100% as text, a 注 row explaining a total, signature "
         "(correct)")  # fmt: skip
def pinewilt_campaign() -> Book:
    b, s = book()
    project_head(s, year=2025, name="松材线虫病秋季普查及疫木除治", dept=DEPT, unit=STATION,
                 money=annual_money(186, 150, 36),
                 goals=["完成全县松林秋季普查8.6万亩，清理除治疫木3.2万株（其中枯死松树2.4万株、"
                        "濒死松树0.8万株），设置诱捕器600套，疫木全部就地粉碎处理。"])  # fmt: skip
    indicators(s, (*PLAIN, "备注"), [
        ("一、产出指标", "（一）数量指标", "松林秋季普查面积", "≥8.6万亩"),
        (None, None, "疫木清理除治株数", "≥3.2万株", "见注"),
        (None, None, "诱捕器设置数量", "≥600套"),
        (None, "（二）质量指标", "疫木除治验收合格率", pct(0.95)),
        (None, None, "疫木就地粉碎处理率", "=100%"),
        (None, "（三）时效指标", "秋季除治完成时间", "2025年11月30日前"),
        ("二、成本指标", "（一）经济成本指标", "疫木除治单价", "≤45元/株"),
        (None, None, "诱捕器及诱剂购置单价", "≤300元/套"),
        ("三、效益指标", "（一）生态效益指标", "松林疫情发生面积下降率", "≥10%"),
        (None, "（二）社会效益指标", "疫木非法流通案件", "0起"),
        (None, "（三）可持续影响指标", "疫情监测网络运行", "长期有效"),
        ("四、满意度指标", "（一）服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：疫木清理除治株数3.2万株含枯死松树2.4万株、濒死松树0.8万株，两项之和即总数。",
          "说明：除治单价按2025年县级招标控制价测算。")  # fmt: skip
    sign(s, "韦泽岚", "0739-6152084")
    return b


@variant("kbe02-pinewilt-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: a year's trap count above the period's, the goal's survey area against the "
         "indicator, last season's deadline")  # fmt: skip
def pinewilt_three_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="松材线虫病疫区压减三年行动", dept=DEPT,
                 unit=STATION, money=period_money((600, 480, 120), (200, 160, 40)),
                 goals=["2025—2027年累计除治疫木12万株，普查松林36万亩次，设置诱捕器1500套，"
                        "疫点乡镇由9个压减至4个。",
                        "2025年除治疫木4万株，完成春秋两季松林普查12万亩次，新设诱捕器500套，"
                        "拔除疫点乡镇2个。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "疫木除治株数", "≥12万株", "≥4万株"),
        (None, None, "松林普查面积", "≥36万亩次",
         mk("≥10万亩次", "D104", "warning", row=True, note="年度目标写普查12万亩次")),
        (None, None, "诱捕器设置数量", "≥1500套",
         mk("≥1800套", "D201", "error", note="一年的套数超过三年的1500套，目标写年度500套")),
        (None, None, "疫点乡镇拔除数量", "≥5个", "≥2个"),
        (None, "质量指标", "疫木除治验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "春季除治完成时间", "每年4月30日前",
         mk("2024年4月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="上一季的年份留在表中：项目2025年才开始")),
        ("成本指标", "经济成本指标", "疫木除治单价", "≤42元/株", "≤42元/株"),
        ("效益指标", "生态效益指标", "松林疫情发生面积下降率", "≥30%", "≥10%"),
        (None, "可持续影响指标", "疫情监测点长效运行", "持续运行", "持续运行"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦泽岚", "0739-6152084")
    return b


@variant("kbe03-pinewilt-stacked", (2, 11), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator name with different values, a 下降率 with ≥, 0起 "
         "(correct)")  # fmt: skip
def pinewilt_stacked() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="松材线虫病疫情监测",
        dept=DEPT,
        unit=STATION,
        money=annual_money(64, 64, 0),
        goals=["运行固定监测点120个，全年巡查松林2次，疫情发现后48小时内上报。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "固定监测点运行数量", "≥120个"),
        (None, None, "检疫人员培训人次", "≥80人次"),
        (None, "质量指标", "疫情监测数据上报准确率", "≥98%"),
        (None, "时效指标", "疫情发现上报时限", "48小时内"),
        (None, "成本指标", "监测点运行经费标准", "≤0.4万元/个"),
        ("效益指标", "生态效益指标", "松林疫情发生面积下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="松木及其制品检疫执法",
        dept=DEPT,
        unit=STATION,
        money=annual_money(38, 30, 8),
        title="",
        goals=["检查松木经营加工场所150家次，查处违规调运，培训执法人员40人次。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "松木经营加工场所检查", "≥150家次"),
        (None, None, "检疫人员培训人次", "≥40人次"),
        (None, "质量指标", "检疫执法案卷合格率", "≥95%"),
        (None, "时效指标", "检疫证书办理时限", "≤3个工作日"),
        (None, "成本指标", "执法检查车辆运行费", "≤6万元"),
        ("效益指标", "社会效益指标", "违规调运松木案件", "0起"),
        (None, None, "疫区松木违规流出下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "经营业户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "钮书宁", "0739-6152107")
    return b


@variant("kbe04-pinewilt-flat-department", (3, 12), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值): the two budget splits disagree, a task's "
         "sample count against the indicator, a near-duplicate with another value")  # fmt: skip
def pinewilt_flat_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=STATION, budget=[
        (mk(wan(412), "B101", "error", row=True,
            note="财政拨款360 + 其他资金40 = 400 ≠ 412（基本290 + 项目122 = 412）"),
         wan(360), wan(40), wan(290), wan(122)),
    ], tasks=[
        ("疫情监测普查", "普查松林8.6万亩，取样检测800份", wan(68), "疫情底数清楚"),
        ("检疫执法", "检查松木经营加工场所150家次", wan(54), "无违规调运"),
        ("金额合计", None, wan(122), None),
    ], goal="全面掌握松材线虫病疫情，严防疫木流通扩散。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("松林秋季普查面积", 15, "万亩", "≥", 8.6),
        ("疫木样品检测数量", 10, "份", "≥",
         mk(600, "D104", "warning", row=True, note="任务写取样检测800份")),
        ("松木及其制品经营场所检查", 10, "家次", "≥", 150),
        ("松木制品经营场所检查", 10, "家次", "≥",
         mk(120, "D103", "warning", row=True, alt=("D101", "D102"),
            note="少一个词的同一指标，数值150 / 120")),
        ("疫木除治验收合格率", 15, "%", "≥", 95),
        ("检疫证书办理及时率", 10, "%", "≥", 98),
        ("松林疫情发生面积下降率", 10, "%", "≥", 10),
        ("疫木非法流通案件", 10, "起", "≤", 0),
        ("林农满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "钮书宁", "0739-6152107")
    return b


@variant("kbe05-pinewilt-export", (1, 4, 7), "budget-system export: money on sheet 05-1, "
         "indicators on sheet 05-2 with codes in the first columns, header on the third row, "
         "operator and unit columns, a typed percent, a date cell (correct)")  # fmt: skip
def pinewilt_export() -> Book:
    b, s = book("部门项目支出预算05-1", (18, 24, 14, 14, 14, 40))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：栖枫县林业局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(
        "531802250017",
        "松材线虫病疫木除治",
        wan(95),
        wan(80),
        wan(15),
        "除治疫木2万株，悬挂诱捕器300套，为2027年疫区撤销核查积累连续监测数据。",
    )
    s.row("合计", None, wan(95), wan(80), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 14, 16, 26, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：栖枫县林业局", None, None, None, None, None, "单位：万元")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值")
    indicators(t, (*head, "度量单位"), [
        ("531802250017", "松材线虫病疫木除治", "产出指标", "数量指标", "疫木除治株数",
         "≥", 2, "万株"),
        (None, None, None, None, "诱捕器悬挂数量", "≥", 300, "套"),
        (None, None, None, "质量指标", "疫木除治验收合格率", "≥", pct(0.95), "%"),
        (None, None, None, "时效指标", "除治完成时限", "≤", day(2025, 4, 30), None),
        (None, None, "成本指标", "经济成本指标", "疫木除治单价", "≤", 40, "元/株"),
        (None, None, "效益指标", "生态效益指标", "松林疫情发生面积下降率", "≥", 10, "%"),
        (None, None, None, "社会效益指标", "疫木流失案件", "≤", 0, "起"),
        (None, None, "满意度指标", "服务对象满意度指标", "林农满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kbe06-pinewilt-points", (5, 10), "project, NAT-2021, points in the tier-1 labels, "
         "abbreviated tier-2 labels, an indicator score column: a quality rate under 时效, plan "
         "dates left from last year under a 2025 title")  # fmt: skip
def pinewilt_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="松材线虫病春季除治",
        dept=DEPT,
        unit=STATION,
        money=annual_money(72, 60, 12),
        start=mk(
            day(2024, 3, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="2025年度的表，计划起止日期仍是2024年",
        ),
        end=day(2024, 12, 31),
        goals=["2025年春季除治疫木1.5万株，疫木粉碎合格率100%，4月30日前全部完成。"],
    )
    indicators(s, (*PLAIN, "分值"), [
        ("产出指标（50分）", "数量", "疫木除治株数", "≥1.5万株", 20),
        (None, "质量", "疫木除治验收合格率", "≥95%", 10),
        (None, "时效", mk("疫木粉碎合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，填在时效下"), "=100%", 10),
        (None, None, "春季除治完成时间", "2025年4月30日前", 10),
        ("成本指标（10分）", "经济成本", "疫木除治单价", "≤40元/株", 10),
        ("效益指标（30分）", "生态效益", "松林疫情发生面积下降率", "≥10%", 15),
        (None, "社会效益", "疫木非法流通案件", "0起", 15),
        ("满意度指标（10分）", "服务对象满意度", "林农满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "钮书宁", "0739-6152107")
    return b
