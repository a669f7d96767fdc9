"""芍药 fields: standardised planting bases, a demonstration garden, seedlings, cut flowers and
crop insurance."""

from __future__ import annotations

from tests.variants.holdout602.common import (
    NONG,
    YEAR,
    cn,
    department_book,
    first,
    indicators,
    multi_year,
    notes,
    one_year,
    project_book,
    sign,
    w,
)
from tests.variants.holdout602.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("en07-shaoyao-multi-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 value columns, the period's counts beside "
         "smaller annual counts, a later year the work prepares for (correct)")  # fmt: skip
def en07() -> Book:
    b = project_book(
        name="芍药规范化种植基地建设", unit="砚丘县中药材产业发展中心", dept=NONG, years=3,
        money_rows=multi_year((450, 360, 90), (150, 120, 30)),
        goals=["2025—2027年建成芍药规范化种植基地3000亩、种苗繁育圃3处，培训药农900人次，"
               "为2028年申报芍药地理标志产品积累种植和检测数据。",
               "2025年建成芍药规范化种植基地1000亩、种苗繁育圃1处，培训药农300人次。"],
    )  # fmt: skip
    s = first(b)
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "规范化种植基地面积", "≥3000亩", "≥1000亩"),
        (None, None, "芍药种苗繁育圃", "≥3处", "≥1处"),
        (None, None, "培训药农", "≥900人次", "≥300人次"),
        (None, "质量指标", "芍药根药材抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "基地建设补助标准", "≤0.12万元/亩", "≤0.12万元/亩"),
        ("效益指标", "经济效益指标", "基地亩均产值", "≥0.8万元", "≥0.8万元"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "药农满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "黎芍然", "0917-6608831", cn(11, 25, YEAR - 1))
    return b


@variant("en08-shaoyao-period-defects", (8, 11),
         "three-year project, OLD-NAT, 中期 and 年度 value columns: 年度目标 copied from 中期目标, "
         "an annual count above the period's, an incidence rate with ≥")  # fmt: skip
def en08() -> Book:
    text = "建设芍药种植示范园2400亩，建立芍药品种资源圃2个，示范推广绿色防控技术。"
    b = project_book(
        name="芍药种植示范园建设", unit="芍坪镇农业综合服务中心", dept=NONG, years=3,
        money_rows=multi_year((300, 240, 60), (100, 80, 20)),
        goals=[text, mk(text, "D204", "warning", note="三年期项目，年度目标与中期目标逐字相同")],
    )  # fmt: skip
    s = first(b)
    over = mk("≥3个", "D201", "error", note="年度3个超过实施期2个")
    sick = mk("≥5%", "T108", "warning", row=True, alt=("D203",), note="发生率是反向指标，应为 ≤5%")
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "芍药示范园面积", "≥2400亩", "≥800亩"),
        (None, None, "芍药品种资源圃", "≥2个", over),
        (None, "质量指标", "示范园种苗成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "示范园建设补助标准", "≤0.1万元/亩", "≤0.1万元/亩"),
        ("效益指标", "生态效益指标", "示范园芍药根腐病发生率", "≤5%", sick),
        (None, "社会效益指标", "绿色防控技术推广面积", "≥6000亩", "≥2000亩"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("en09-shaoyao-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, a 下降率 with ≥, a goal total with its parts in "
         "brackets (correct)")  # fmt: skip
def en09() -> Book:
    b = department_book(
        dept="砚丘县中药材产业发展中心",
        budget=[(w(320), w(290), w(30), w(120), w(200))],
        tasks=[("芍药良种推广", "推广亳芍等良种，建设示范田", w(120), "推广良种2000亩"),
               ("药材质量追溯", "建设芍药质量追溯平台", w(80), "建成平台1个"),
               ("金额合计", None, w(200), None)],
        goal="推广芍药良种2000亩（其中新区1200亩、老区800亩），建成芍药质量追溯平台1个。",
    )  # fmt: skip
    s = first(b)
    s.skip()
    indicators(s, FLAT_HEAD, [
        ("芍药良种推广面积", 30, "亩", "≥", 2000),
        ("芍药质量追溯平台", 10, "个", "=", 1),
        ("良种纯度达标率", 15, None, "≥", pct(0.95)),
        ("芍药根腐病发病下降率", 15, "%", "≥", 10),
        ("药材抽检不合格率", 10, "%", "≤", 3),
        ("药农满意度", 20, None, "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    sign(s, "吴芍英", "0917-6641906", cn(11, 20, YEAR - 1))
    return b


@variant("en10-shaoyao-flat-defects", (3, 12),
         "department, flat list: tasks not adding to 金额合计, the goal's count of bases against "
         "the indicator, weights adding to 95")  # fmt: skip
def en10() -> Book:
    b = department_book(
        dept="芍坪镇农业综合服务中心",
        budget=[(w(260), w(230), w(30), w(110), w(150))],
        tasks=[("芍药种苗繁育", "建设芍药种苗繁育基地", w(70), "繁育种苗150万株"),
               ("芍药初加工场地", "新建初加工晾晒场", w(60), "晾晒场2000平方米"),
               ("金额合计", None, mk(w(150), "B102", "error", alt=("B101",),
                                    note="70 + 60 = 130，不是150"), None)],
        goal="建成芍药种苗繁育基地3处，繁育种苗150万株，新建芍药初加工晾晒场2000平方米。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="权重 25+15+15+20+10+10 = 95，应为100")
    s = first(b)
    s.skip()
    bases = mk(2, "D104", "warning", row=True, note="年度总体目标写繁育基地3处，指标只有2处")
    indicators(s, FLAT_HEAD, [
        ("芍药种苗繁育基地", 25, "处", "≥", bases),
        ("繁育芍药种苗", 15, "万株", "≥", 150),
        ("新建初加工晾晒场", 15, "平方米", "≥", 2000),
        ("种苗质量合格率", 20, "%", "≥", 95),
        ("晾晒场建设完成时间", 10, None, "≤", cn(10, 31)),
        ("种植户满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    sign(s, "杨禾苗", "0917-6673350", cn(11, 26, YEAR - 1))
    return b


@variant("en11-shaoyao-notes", (4,),
         "project, OLD-NAT, one value column with word operators: a note row between tiers, the "
         "header repeated after a page break, 填表说明 and a signature dated the year before "
         "(correct)")  # fmt: skip
def en11() -> Book:
    b = project_book(
        name="芍药切花采后冷链补助", unit="砚丘县花卉产业协会", dept=NONG,
        money_rows=one_year(80, 64, 16),
        goals=["补助花农合作社改造产地冷库8座，芍药切花采后损耗率降至8%以内。"],
    )  # fmt: skip
    s = first(b)
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "改造产地冷库", "不少于8座"),
        (None, None, "冷链预冷切花", "不少于120万枝"),
        (None, "质量指标", "冷库改造验收合格率", "不低于95%"),
        (None, "时效指标", "冷库改造完成时间", "2025年4月20日前"),
        (None, "成本指标", "单座冷库改造补助", "不超过8万元"),
    ])  # fmt: skip
    notes(s, "注：切花以枝计，每扎20枝；冷库改造补助按验收合格座数兑付。", width=4)
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("效益指标", "经济效益指标", "芍药切花采后损耗率", "8%以内"),
        (None, "社会效益指标", "受益花农合作社", "不少于8家"),
        ("满意度指标", "服务对象满意度指标", "花农满意度", "90%以上"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应量化；2.本表一式两份，报县财政局、县农业农村局各一份。", width=4)
    sign(s, "付芍华", "0917-6690417", cn(12, 9, YEAR - 1))
    s.row("单位负责人（签字）：", "卢青禾", None, "单位（盖章）")
    return b


@variant("en12-shaoyao-template", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def en12() -> Book:
    b = project_book(
        name="芍药种植保险保费补贴", unit="砚丘县农业农村局", dept=NONG,
        money_rows=one_year(120, 96, 24),
        goals=["为全县芍药种植户提供种植保险，参保面积5000亩，理赔兑付及时率95%以上。"],
    )  # fmt: skip
    s = first(b)
    empty2 = mk(
        "社会成本指标", "F109", "warning", row=True, note="模板留下的二级指标，没有三级指标和值"
    )
    noname = mk(None, "F110", "error", note="质量指标下这一行有值≥95%，三级指标名称空着")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "芍药参保面积", "≥5000亩"),
        (None, None, "参保芍药种植户", "≥600户"),
        (None, "质量指标", "理赔兑付及时率", "≥95%"),
        (None, None, noname, "≥95%"),
        (None, "时效指标", "保费补贴拨付时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "亩均保费补贴", "≤240元/亩"),
        (None, empty2, None, None),
        ("效益指标", "社会效益指标", "受灾参保户损失补偿比例", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参保户满意度", "≥90%"),
    ])  # fmt: skip
    return b
