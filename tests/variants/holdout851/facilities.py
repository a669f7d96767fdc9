"""School sports facilities opening to the public (学校体育场地对外开放): kgc07–kgc12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout851.common import (
    COUNTY,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout851.registry import variant
from tests.variants.kit import Book, day, mk

EDU = "桐岗县教育和体育局"
EDU_CODE = "桐岗县教育和体育局（代码 322）"
GOAL = ("推动24所学校（其中中学9所、小学15所）体育场地在课余和节假日向社会开放，全年开放不少于"
        "200天；更新维护校园健身器材；完成学生体质健康监测。")  # fmt: skip


def _venue_table(count: object) -> list[tuple[object, ...]]:
    """The department's indicators; ``count`` is the number of schools opened."""
    return [
        ("产出指标", "数量指标", "对外开放学校数量", count),
        (None, None, "年开放天数", "≥200天"),
        (None, None, "更新维护健身器材", "≥120件"),
        (None, "质量指标", "学生体质健康测试合格率", "≥92%"),
        (None, "时效指标", "开放补助拨付时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单校开放补助标准", "≤4万元/所"),
        ("效益指标", "社会效益指标", "周边群众健身便利度", "明显提升"),
        (None, "可持续影响指标", "学校场地开放管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入校健身群众满意度", "≥90%"),
    ]  # fmt: skip


@variant(
    "kgc07-venues-department",
    (4, 12),
    "department, NAT-2021: budget and key tasks "
    "adding up, a goal count with its parts, a footnote explaining the total (correct)",
)
def venues_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=EDU,
                    budget=[(wan(520), wan(480), wan(40), wan(300), wan(220))],
                    tasks=[("学校体育场地对外开放", "24所学校开放补助、保险、保洁", wan(96),
                            "开放学校24所"),
                           ("校园健身设施维护", "更新维护健身器材", wan(64), "维护器材120件"),
                           ("学生体质健康监测", "全县中小学体质测试", wan(60), "合格率≥92%"),
                           ("金额合计", None, wan(220), None)],
                    goal=GOAL)  # fmt: skip
    indicators(s, _venue_table("≥24所"))
    notes(s, "注：金额合计为项目支出220万元，不含基本支出300万元。",
          "注：单校开放补助4万元/所 × 24所 = 96万元。")  # fmt: skip
    sign(s, "罗晓岑", "0771-6231276", day(2024, 11, 22))
    return b


@variant(
    "kgc08-venues-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 "
    "≠ 资金总额, tasks not adding to 金额合计, the goal's school count against the indicator",
)
def venues_department_wrong() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=EDU,
                    budget=[(mk(wan(520), "B101", "error", note="300 + 200 = 500 ≠ 520"),
                             wan(480), wan(40), wan(300), wan(200))],
                    tasks=[("学校体育场地对外开放", "24所学校开放补助、保险、保洁", wan(96),
                            "开放学校24所"),
                           ("校园健身设施维护", "更新维护健身器材", wan(64), "维护器材120件"),
                           ("学生体质健康监测", "全县中小学体质测试", wan(60), "合格率≥92%"),
                           ("金额合计", None,
                            mk(wan(200), "B102", "error", note="96 + 64 + 60 = 220 ≠ 200"),
                            None)],
                    goal=GOAL)  # fmt: skip
    indicators(
        s, _venue_table(mk("≥20所", "D104", "warning", row=True, note="年度总体目标写24所学校"))
    )
    return b


@variant(
    "kgc09-venues-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), bare numbers, weights adding to 100 (correct)",
)
def venues_flat() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="桐岗县体育场馆运营管理中心",
                    budget=[(wan(180), wan(150), wan(30), wan(110), wan(70))],
                    goal="县体育馆全年免费低收费开放不少于330天，协调24所学校场地对外开放，"
                         "接待健身群众30万人次。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("县体育馆免费低收费开放天数", 15, "天", "≥", 330),
        ("协调对外开放学校数", 15, "所", "≥", 24),
        ("场馆年接待健身群众人次", 15, "万人次", "≥", 30),
        ("场馆设施安全检查合格率", 10, "%", "=", 100),
        ("场馆开放信息公示及时率", 10, "%", "≥", 95),
        ("场馆意外伤害事故发生率", 10, "%", "≤", 0.1),
        ("场馆年度运维成本", 10, "万元", "≤", 70),
        ("健身群众满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant(
    "kgc10-venues-wrong-tier",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "a quality rate under 时效, a satisfaction rate under 社会效益, a count given twice",
)
def venues_wrong_tier() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="城区学校体育场地开放运行补助",
        dept=EDU_CODE,
        unit=EDU,
        money=one_year(wan(40), wan(36), wan(4)),
        goals=["推动城区12所学校体育场地在课余和节假日向社会开放，全年开放不少于200天。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "开放学校体育场地数量", "≥12所"),
        (None, None, "年开放天数", "≥200天"),
        (None, None, "开放体育场地的学校数量",
         mk("≥12所", "D103", "warning", row=True, alt=("D101",), note="与第一行是同一指标")),
        (None, "质量指标", "开放场地安全巡查覆盖率", "=100%"),
        (None, "时效指标", mk("开放场地设施检测合格率", "F201", "warning", row=True,
                               note="合格率是质量指标，填在时效下"), "≥98%"),
        (None, None, "场地开放信息发布时间", "开放前7天"),
        (None, "成本指标", "单校开放运行补助", "≤3万元/所"),
        ("效益指标", "社会效益指标", "周边群众健身便利度", "明显提升"),
        (None, None, mk("周边居民满意度", "F201", "warning", row=True,
                        note="满意度应在满意度指标下"), "≥90%"),
        (None, "可持续影响指标", "学校场地开放管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学校师生满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "指标内容", "绩效标准"))  # fmt: skip
    return b


@variant(
    "kgc11-venues-second-sheet",
    (4, 7),
    "project: head on the first sheet, indicators on "
    "a second sheet under 预期实现值, a note row inside, 填表说明 and signature (correct)",
)
def venues_second_sheet() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=2025, name="乡镇学校体育场地开放补助", dept=EDU_CODE, unit=EDU,
                 money=one_year(wan(48), wan(40), wan(8)),
                 goals=["支持16所乡镇学校（其中中心小学10所）体育场地向村民开放，开放时段"
                        "不影响正常教学。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18))
    t.title(f"{COUNTY}乡镇学校体育场地开放补助绩效指标", 4)
    indicators(t, [
        ("产出指标", "数量指标", "开放学校数", "≥16所"),
        (None, None, "其中：中心小学", "≥10所"),
        (None, "质量指标", "开放学校安全管理制度覆盖率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年7月31日前"),
        (None, "成本指标", "单校开放补助标准", "≤3万元/所"),
    ], head=("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    notes(t, "说明：以下效益指标按县教体局年度抽查口径统计。", width=4)
    t.table([
        ("效益指标", "社会效益指标", "村民就近健身场所可及性", "明显提升"),
        (None, "可持续影响指标", "开放时段场地意外伤害事件", "=0起"),
        ("满意度指标", "服务对象满意度指标", "入校健身村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：1.指标值须可量化；2.开放学校名单另附。", width=4)
    sign(t, "韦嘉禾", "0771-6235903", day(2024, 11, 25))
    return b


@variant(
    "kgc12-venues-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 "
    "left from the template and a value without a name",
)
def venues_template_rows() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="学校体育场地开放智能门禁改造",
        dept=EDU_CODE,
        unit=EDU,
        money=one_year(wan(60), wan(50), wan(10)),
        goals=["为30所对外开放学校加装智能门禁和分区隔离设施，实现校内外人员分流。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "加装智能门禁学校数", "≥30所"),
        (None, "质量指标", "门禁设备验收合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值而无三级指标名称"), "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年8月20日前"),
        ("成本指标", "经济成本指标", "单校改造成本", "≤2万元/所"),
        ("效益指标", "社会效益指标", "开放时段校园安全事件", "=0起"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("满意度指标", "服务对象满意度指标", "学校师生和入校群众满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b
