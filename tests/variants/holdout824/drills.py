"""Returns about fire drills and fire safety on campus (校园消防演练): kfb13 to kfb18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout824.common import (
    HEAD,
    first,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout824.registry import variant
from tests.variants.kit import Book, day, mk, pct

SHAYU = "沙屿区教育局 405002"


@variant("kfb13-drill-direction", (1, 4, 11),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, unit column, a note "
         "row between tiers, 说明 and 填表说明 below, a signature line (correct)")  # fmt: skip
def kfb13() -> Book:
    b, s = first(widths=(14, 16, 26, 10, 10, 12, 14))
    project_head(s, year=2026, name="栖梧县中小学消防疏散演练项目", dept="栖梧县教育局 207001",
                 unit="栖梧县校园安全服务中心", money=one_year(24, 22, 2),
                 goals=["组织全县37所中小学每校每年开展消防疏散演练不少于4次，火灾隐患"
                        "整改率98%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "每校消防疏散演练次数", "正向", "≥", 4, "次"),
        (None, None, "参演师生人次", "正向", "≥", 23000, "人次"),
        (None, "质量指标", "火灾隐患整改率", "正向", "≥", pct(0.98), "%"),
        (None, "时效指标", "隐患整改时限", "反向", "≤", 15, "个工作日"),
        (None, "成本指标", "每场演练物资保障费", "反向", "≤", 0.12, "万元/场"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：参演师生人次按每次演练实到人数累计；全年演练148场。", 7)
    s.table([
        ("效益指标", "社会效益指标", "校园火灾事故发生数", "反向", "≤", 0, "起"),
        (None, None, "紧急疏散平均用时", "反向", "≤", 3, "分钟"),
        (None, "可持续影响指标", "师生消防安全知识知晓率", "正向", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "正向", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：演练物资保障费含烟雾发生器、灭火器充装及应急照明耗材。", 7)
    note(s, "填表说明：指标性质填“正向”或“反向”，指标方向填比较符。", 7)
    sign(s, "韦嘉禾", "0771-6203318", (2025, 11, 26))
    return b


@variant("kfb14-drill-goal-mismatch", (5,),
         "project, OLD-NAT, abbreviated tier labels with *: a drill count and a deadline against "
         "the goal, a satisfaction rate under 社会效益")  # fmt: skip
def kfb14() -> Book:
    b, s = first()
    project_head(s, year=2026, name="沙屿区校园消防安全能力提升项目", dept=SHAYU,
                 unit="沙屿区中小学安全保卫服务中心", money=one_year(60, 55, 5),
                 goals=["全年组织全区26所学校每校开展消防疏散演练不少于4次，9月30日前完成26所学校"
                        "微型消防站器材配置，培训学校消防安全管理人52名。"])  # fmt: skip
    rows = [
        (
            "*产出",
            "数量",
            "每校消防疏散演练次数",
            mk("≥2次", "D104", "warning", row=True, note="年度目标写每校不少于4次"),
        ),
        (None, None, "微型消防站配置学校数", "26所"),
        (None, None, "消防安全管理人培训人数", "≥52人"),
        (None, "质量", "微型消防站器材配备达标率", "100%"),
        (
            None,
            "时效",
            "微型消防站配置完成时间",
            mk("2026年11月30日前", "D104", "warning", row=True, note="年度目标写9月30日前"),
        ),
        (None, "成本", "单站器材配置费", "≤1.5万元/站"),
        ("*效益", "社会效益", "疏散演练师生参与率", "≥95%"),
        (
            None,
            None,
            "参演师生满意度",
            mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下"),
        ),
        ("*满意度", "服务对象满意度", "家长满意度", "≥90%"),
    ]
    indicators(s, HEAD, rows)
    sign(s, "覃若溪", "0771-5527046", (2025, 11, 18))
    return b


@variant("kfb15-drill-stacked", (2,),
         "two projects stacked, OLD-NAT, one value column: a near-duplicate count in the first, "
         "the second's money not adding up and its end date a year early")  # fmt: skip
def kfb15() -> Book:
    b, s = first()
    project_head(s, year=2026, name="沙屿区校园消防设施维护保养项目", dept=SHAYU,
                 unit="沙屿区中小学安全保卫服务中心", money=one_year(85, 80, 5),
                 goals=["对全区26所学校消防设施开展年度维保，检测消防器材1200具。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "消防器材检测数量", "≥1200具"),
        (None, None, "消防器材年度检测数量",
         mk("≥1500具", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上一行同一指标多“年度”二字，值不同")),
        (None, "质量指标", "消防设施完好率", "≥95%"),
        (None, "时效指标", "故障维修响应时间", "≤24小时"),
        (None, "成本指标", "单校年维保费", "≤3万元/校"),
        ("效益指标", "社会效益指标", "校园火灾事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, title="", name="沙屿区中小学消防演练与培训项目", dept=SHAYU,
                 unit="沙屿区中小学安全保卫服务中心",
                 money=one_year(mk(wan(50), "B101", "error", note="40 + 8 = 48"), 40, 8),
                 end=mk(day(2025, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
                        note="上一年度表留下的完成日期，早于开始日期2026-01-01"),
                 goals=["每校每学期开展疏散演练1次，培训教职工消防骨干260名。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "每校疏散演练次数", "≥2次"),
        (None, None, "教职工消防骨干培训人数", "≥260人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "春季学期演练完成时间", "2026年4月30日前"),
        (None, "成本指标", "人均培训费", "≤0.12万元/人"),
        ("效益指标", "社会效益指标", "紧急疏散平均用时", "≤3分钟"),
        ("满意度指标", "服务对象满意度指标", "教职工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃若溪", "0771-5527046", (2025, 11, 18))
    return b


@variant("kfb16-drill-three-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, an annual pass rate above 100%")  # fmt: skip
def kfb16() -> Book:
    b, s = first()
    goal = (
        "完成全市64所学校消防设施改造，每校每学期开展疏散演练不少于2次，培训消防安全管理人128名。"
    )
    project_head(
        s, year=2026, years=3, attr="新增项目", name="禾岗市校园消防安全提升三年行动项目",
        dept="禾岗市教育局 301004", unit="禾岗市学校安保管理服务中心",
        money=multi_year((900, 860, 40), (300, 285, 15)),
        goals=[goal, mk(goal, "D204", "warning", note="三年期项目，年度目标照抄中期目标")],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "消防设施改造学校数", "64所", "22所"),
        (
            None,
            None,
            "消防安全管理人培训人数",
            "128人",
            mk("128人", "D202", "warning", note="三年累计数照抄到年度列"),
        ),
        (
            None,
            "质量指标",
            "消防设施验收合格率",
            "100%",
            mk("≥105%", "T106", "error", note="合格率不能超过100%"),
        ),
        (None, "时效指标", "改造完成时间", "2028年11月底前", "2026年11月底前"),
        (None, "成本指标", "单校改造费用", "≤12万元/校", "≤12万元/校"),
        ("效益指标", "社会效益指标", "校园火灾事故发生数", "≤0起", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "黎向东", "0773-8860517", (2025, 11, 30))
    return b


@variant("kfb17-drill-two-sets", (5, 8),
         "two-year project, OLD-NAT, two complete column sets (二级/三级/指标值 for 中期, then for "
         "年度), tier-1 labels marked *, tier-2 abbreviated (correct)")  # fmt: skip
def kfb17() -> Book:
    b, s = first(widths=(14, 10, 22, 14, 10, 22, 14))
    project_head(
        s, year=2026, years=2, attr="新增项目", name="栖梧县校园消防通道及疏散标识改造项目",
        dept="栖梧县教育局 207001", unit="栖梧县校园安全服务中心",
        money=multi_year((180, 170, 10), (100, 95, 5)),
        goals=["完成全县37所学校消防通道改造，更换疏散标识3600块。",
               "完成20所学校消防通道改造，更换疏散标识2000块。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标（中期）", "三级指标（中期）", "中期指标值", "二级指标（年度）",
          "三级指标（年度）", "年度指标值")  # fmt: skip
    s.table([
        ("*产出指标", "数量", "疏散标识更换数量", "≥3600块", "数量", "疏散标识更换数量", "≥2000块"),
        (None, None, "消防通道改造学校数", "37所", None, "消防通道改造学校数", "20所"),
        (None, "质量", "改造验收合格率", "100%", "质量", "改造验收合格率", "100%"),
        (None, "时效", "改造完成时间", "2027年10月底前", "时效", "改造完成时间", "2026年10月底前"),
        (None, "成本", "疏散标识单价", "≤80元/块", "成本", "疏散标识单价", "≤80元/块"),
        ("*效益指标", "社会效益", "紧急疏散平均用时", "≤3分钟", "社会效益", "紧急疏散平均用时",
         "≤3分钟"),
        (None, "可持续影响", "消防通道日常巡查制度", "建立并执行", "可持续影响",
         "消防通道日常巡查制度", "建立并执行"),
        ("*满意度指标", "满意度", "师生满意度", "≥90%", "满意度", "师生满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    note(s, "注：带*的一级指标为必填项。", 7)
    sign(s, "韦嘉禾", "0771-6203318", (2025, 11, 26))
    return b


@variant("kfb18-campus-department", (4, 7, 12),
         "department, NAT-2021, weight column, unit line, subtotal rows, the header repeated after "
         "a page break, a footnote explaining the total (correct)")  # fmt: skip
def kfb18() -> Book:
    b, s = first()
    department_head(
        s, year=2026, dept="禾岗市学校安保管理服务中心",
        budget=[(wan(430), wan(400), wan(30), wan(130), wan(300))],
        tasks=[("校园保安服务", "向20所学校派驻保安60名", wan(180), "护学岗全覆盖"),
               ("视频监控运维", "1800个监控点位全年运维", wan(72), "设备完好率95%以上"),
               ("消防演练及培训", "每校每年演练不少于4场", wan(48), "师生疏散演练全覆盖"),
               ("金额合计", None, wan(300), None)],
        goal="保安、视频监控、消防三道防线全年运转，校园安全责任事故零发生。",
    )  # fmt: skip
    s.skip()
    s.row("单位：禾岗市学校安保管理服务中心", None, None, "金额单位：万元", merge=[(1, 3)])
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "派驻保安人数", "≥60人", 10),
        (None, None, "视频监控运维点位数", "≥1800个", 10),
        (None, None, "每校消防疏散演练场次", "≥4场", 10),
        (None, "质量指标", "保安持证上岗率", pct(1), 10),
        (None, "时效指标", "监控故障修复时限", "≤24小时", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    indicators(s, head, [
        ("成本指标", "经济成本指标", "保安人均年服务费", "≤3万元/人", 10),
        ("效益指标", "社会效益指标", "校园安全责任事故发生数", "0起", 10),
        (None, "可持续影响指标", "校园安全隐患排查整治机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", 10),
        (None, None, "教职工满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "注：合计为两个小计之和（50 + 50 = 100），小计行不是指标。")
    sign(s, "黎向东", "0773-8860517", (2025, 11, 30))
    return b
