"""Seismic retrofits of rural houses (农房抗震改造): kfx07 to kfx12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout846.common import funds, header, indicators, open_book, signature, wan
from tests.variants.holdout846.registry import variant
from tests.variants.kit import Book, day, mk, ok

DEPT = "柘川县住房和城乡建设局（412003）"
UNIT = "柘川县农房抗震改造办公室"


@variant(
    "kfx07-kangzhen-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）数量指标) "
    "and an indicator score column, both adding to 100, a rate raised in 百分点 (correct)",
)
def kangzhen_points() -> Book:
    b, s = open_book()
    project_head(s, year=2025, name="柘川县2025年农房抗震改造项目", dept=DEPT, unit=UNIT,
                 money=funds(380, 320, 60),
                 goals=["完成农房抗震改造200户，培训农村建筑工匠80人，11月底前全部完工，"
                        "全县农房抗震设防达标比例提高5个百分点以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "农房抗震改造户数", "≥200户", 15),
        (None, None, "农村建筑工匠培训人数", "≥80人", 10),
        (None, "（二）质量指标", "抗震改造验收合格率", "=100%", 15),
        (None, "（三）时效指标", "改造工程完工时间", "2025年11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "户均改造补助", "≤1.8万元/户", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "全县农房抗震设防达标比例", "提高≥5百分点",
         15),
        (None, "（二）可持续影响指标", "改造农房抗震性能档案建档率", "=100%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "改造户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    signature(s, "吴秋岚", "0836-7310452", day(2024, 11, 12))
    return b


@variant("kfx08-kangzhen-points-wrong", (5, 10),
         "project, NAT-2021, tier points in the labels and an indicator score column: two tiers' "
         "indicator scores do not add up to the tier's points (the total still 100)")  # fmt: skip
def kangzhen_points_wrong() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="柘川县抗震设防区农房加固项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(270, 230, 40),
        goals=["对8度设防区150户农房实施抗震加固，年底前全部完工并通过验收。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    out = mk("产出指标（50分）", "W103", "error", note="其下指标分值 15+10+10+10 = 45，不是50")
    eff = mk("效益指标（30分）", "W103", "error", note="其下指标分值 20+15 = 35，不是30")
    indicators(s, [
        (out, "数量指标", "农房抗震加固户数", "≥150户", 15),
        (None, None, "加固施工现场技术巡查次数", "≥24次", 10),
        (None, "质量指标", "加固工程验收合格率", "=100%", 10),
        (None, "时效指标", "加固工程完工时间", "2025年12月31日前", 10),
        ("成本指标（10分）", "经济成本指标", "户均加固补助", "≤1.8万元/户", 10),
        (eff, "社会效益指标", "加固农房抗震设防达标率", "≥95%", 20),
        (None, "可持续影响指标", "加固农房定期回访率", "≥90%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "加固户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    signature(s, "吴秋岚", "0836-7310452", day(2024, 11, 12))
    return b


@variant(
    "kfx09-tier-labels",
    (5, 7),
    "transfer-payment project, OLD-NAT, two-row header (指标内容, 绩效标准), tier labels with "
    "* and abbreviated (产出, 数量, 成本), ★ core indicator, 中央补助 + 地方资金 (correct)",
)
def tier_labels() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="中央财政农房抗震改造补助资金（柘川县）",
        dept=DEPT,
        unit=UNIT,
        attr="一次性项目",
        money=funds(240, 180, 60, "其中：中央补助", "地方资金"),
        goals=["完成抗震设防区农房抗震改造120户，改造农房全部达到抗震设防要求。"],
    )
    s.row("绩效指标", None, None, "绩效标准", merge=[(1, 3)])
    header(s, "一级指标", "二级指标", "指标内容", "年度值")
    indicators(s, [
        ("*产出", "数量", "★农房抗震改造户数", "≥120户"),
        (None, "质量", "★改造农房竣工验收合格率", "=100%"),
        (None, "时效", "补助资金拨付完成时间", "2025年10月31日前"),
        (None, "成本", "户均改造补助标准", "≤2万元/户"),
        ("*效益", "社会效益", "改造户住房安全保障率", "=100%"),
        (None, "可持续影响", "改造农房纳入动态监管比例", "=100%"),
        ("*满意度", "服务对象满意度", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "田祖明", "0836-7310477", day(2025, 3, 20))
    return b


@variant("kfx10-kangzhen-wrong-tier", (5,),
         "project, NAT-2021, numbered tier labels (一、 and 1.): a count under 质量 and a "
         "satisfaction rate under 社会效益")  # fmt: skip
def kangzhen_wrong_tier() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="岚溪镇农房抗震改造项目",
        dept=DEPT,
        unit="柘川县岚溪镇人民政府",
        money=funds(300, 250, 50),
        goals=["完成岚溪镇农房抗震改造200户，培训建筑工匠60人，年底前全部验收。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("一、产出指标", "1.数量指标", "农村建筑工匠培训人数", "≥60人"),
        (None, "2.质量指标",
         mk("农房抗震改造户数", "F201", "warning", row=True, note="户数是数量指标，填在质量下"),
         "≥200户"),
        (None, None, "抗震改造验收合格率", "=100%"),
        (None, "3.时效指标", "改造工程完工时间", "2025年12月31日前"),
        ("二、成本指标", "1.经济成本指标", "户均改造补助", "≤1.5万元/户"),
        ("三、效益指标", "1.社会效益指标", "改造农房抗震设防达标率", "≥95%"),
        (None, None, mk("村民对农房安全工作的满意度", "F201", "warning", row=True,
                        note="满意度是满意度指标，填在社会效益下"), "≥88%"),
        ("四、满意度指标", "1.服务对象满意度指标", ok("改造户满意度", "warning",
                                                      note="另一群体，不是重复"), "≥90%"),
    ])  # fmt: skip
    signature(s, "向晓川", "0836-7311203", day(2024, 11, 26))
    return b


@variant(
    "kfx11-department-kangzhen",
    (12,),
    "department, NAT-2021: budget rows adding both ways, key tasks adding to 金额合计 = 项目支出, "
    "a goal's count with its part in brackets, unit cost × count equal to its task (correct)",
)
def department_kangzhen() -> Book:
    b, s = open_book("部门整体")
    department_head(
        s, year=2025, dept="柘川县住房和城乡建设局",
        budget=[(wan(2360), wan(2200), wan(160), wan(560), wan(1800))],
        tasks=[("农房抗震改造", "抗震设防区农房加固及改造补助", wan(900), "完成改造900户"),
               ("农村房屋安全排查", "全县农房安全隐患排查与鉴定", wan(600), "排查农房2.4万户"),
               ("村镇建设工匠培训", "农村建筑工匠培训与管理", wan(300), "培训工匠600人"),
               ("金额合计", None, wan(1800), None)],
        goal="1.完成农房抗震改造900户（其中8度设防区600户）；2.完成全县农村房屋安全排查2.4万户；"
             "3.培训农村建筑工匠600人。",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "农房抗震改造户数", "≥900户"),
        (None, None, "8度设防区农房改造户数", "≥600户"),
        (None, None, "农村房屋安全排查户数", "≥2.4万户"),
        (None, None, "农村建筑工匠培训人数", "≥600人"),
        (None, "质量指标", "抗震改造验收合格率", "=100%"),
        (None, "时效指标", "年度重点任务完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "户均抗震改造补助", "≤1万元/户"),
        ("效益指标", "社会效益指标", "排查发现C、D级房屋管控措施落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "蒲采薇", "0836-7310409", day(2024, 11, 20))
    return b


@variant("kfx12-department-tasks-wrong", (12,),
         "department, NAT-2021: the tasks do not add up to 金额合计, the goal's count against the "
         "indicator, a deadline in the next year of a one-year table")  # fmt: skip
def department_tasks_wrong() -> Book:
    b, s = open_book("部门整体")
    goal = ok("1.完成农房抗震加固860户；2.完成农村危房鉴定3000户；3.建立农房安全信息台账。",
              "warning", note="the D104 finding may land at the goal text")  # fmt: skip
    sum_ = mk(wan(1200), "B102", "error", note="520 + 430 + 260 = 1210，不等于金额合计1200")
    department_head(
        s, year=2025, dept="苍榆县住房和城乡建设局",
        budget=[(wan(1580), wan(1500), wan(80), wan(380), wan(1200))],
        tasks=[("农房抗震加固", "8度设防区农房抗震加固补助", wan(520), "加固农房860户"),
               ("农村危房鉴定", "委托鉴定机构开展危房等级鉴定", wan(430), "鉴定3000户"),
               ("农房安全信息化", "农房安全信息台账及平台维护", wan(260), "台账全覆盖"),
               ("金额合计", None, sum_, None)],
        goal=goal,
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "农房抗震加固户数",
         mk("≥800户", "D104", "warning", row=True, note="年度总体目标和任务写加固860户")),
        (None, None, "农村危房鉴定户数", "≥3000户"),
        (None, "质量指标", "加固工程验收合格率", "=100%"),
        (None, "时效指标", "抗震加固工程完工时间",
         mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
            note="2025年度部门整体目标表，完工期限却在2026年")),
        ("成本指标", "经济成本指标", "户均鉴定费用", "≤1200元/户"),
        ("效益指标", "社会效益指标", "农房安全信息台账覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "加固户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "伍嘉禾", "0837-5520931", day(2024, 11, 22))
    return b
