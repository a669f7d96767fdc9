"""Returns of shadow-play troupes (皮影戏): vg07–vg12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout361.common import (
    grid,
    notes,
    period_money,
    project_money,
    sign,
    start,
    wan,
)
from tests.variants.holdout361.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TASKS = [
    ("皮影戏传承展演", "全年展演及进社区演出", wan(100), "展演不少于80场"),
    ("皮影雕刻研习", "开设皮影雕刻研习班", wan(80), "培养雕刻学员30人"),
    ("金额合计", None, wan(180), None),
]


@variant(
    "vg07-shadow-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 "
    "· 指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def vg07() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="琅水市皮影戏保护传承中心",
        budget=[(wan(480), wan(430), wan(50), wan(300), wan(180))],
        tasks=TASKS,
        goal="开展皮影戏展演与雕刻研习，推动皮影戏活态传承。",
    )
    grid(s, FLAT, [
        ("皮影戏展演场次", 20, "场", "≥", 80),
        ("雕刻研习班学员人数", 15, "人", "≥", 30),
        ("学员结业考核合格率", 15, "%", "≥", pct(0.9)),
        ("演出安全事故", 10, "起", "≤", 0),
        ("人均研习成本", 10, "万元/人", "≤", 2.5),
        ("观众人次", 15, "人次", "≥", 24000),
        ("观众满意度", 15, "%", "≥", pct(0.92)),
    ], merged=())  # fmt: skip
    sign(s, "聂望舒", "0599-2175638")
    return b


@variant(
    "vg08-shadow-flat-defects",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 "
    "· 计量单位 · 权重): weights adding to 95 and a value unit against the unit column",
)
def vg08() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="松崖县皮影艺术团",
        budget=[(wan(260), wan(240), wan(20), wan(170), wan(90))],
        tasks=[
            ("皮影戏乡村巡演", "赴乡镇巡演", wan(60), "巡演40场"),
            ("皮影戏剧本整理", "整理传统剧本", wan(30), "整理剧本12本"),
            ("金额合计", None, wan(90), None),
        ],
        goal="开展乡村巡演和传统剧本整理。",
    )
    b.file_mark("W101", "error", note="weights 25 + 20 + 15 + 10 + 10 + 15 = 95, not 100")
    grid(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("乡村巡演场次", "≥40", "场", 25),
        ("整理传统剧本", mk("≥12场", "T112", "error", row=True,
                            note="场 in the value, 本 in the unit column"), "本", 20),
        ("巡演按计划完成率", "≥95", "%", 15),
        ("单场巡演成本", "≤1.2", "万元/场", 10),
        ("观演群众人次", "≥8000", "人次", 10),
        ("群众满意度", "≥90", "%", 15),
    ], merged=())  # fmt: skip
    sign(s, "郁行之", "0596-8823047")
    return b


@variant(
    "vg09-shadow-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "annual counts below the period, rates and unit costs legitimately equal (correct)",
)
def vg09() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="雁汀县皮影戏剧目抢救性保护", attr="新增项目",
                 dept="雁汀县文化和旅游局（315）", unit="雁汀县皮影戏传习所",
                 money=period_money((wan(300), wan(270), wan(30)), (wan(100), wan(90), wan(10))),
                 goals=["三年内抢救记录皮影戏传统剧目36出，培养传承人90人。",
                        "2025年抢救记录传统剧目12出，培养传承人30人。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "抢救记录传统剧目", "≥36出", "≥12出"),
        (None, None, "培养传承人", "≥90人", "≥30人"),
        (None, "质量指标", "记录资料验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度记录任务按期完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单出剧目记录成本", "≤5万元/出", "≤5万元/出"),
        ("效益指标", "社会效益指标", "剧目线上展播人次", "≥90000人次", "≥30000人次"),
        (None, "可持续影响指标", "传承人三年留存率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "程秋岚", "0597-6628143")
    return b


@variant(
    "vg10-multi-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "年度目标 copied from 中期目标, two cumulative counts copied into the 年度 column",
)
def vg10() -> Book:
    b, s = start()
    goal = "三年内新创皮影戏剧目6出，完成巡演180场，建成皮影体验馆1处。"
    project_head(
        s,
        year=2026,
        years=3,
        name="苇塘区皮影戏新创剧目扶持",
        attr="新增项目",
        dept="苇塘区文化馆（208）",
        unit="苇塘区皮影艺术团",
        money=period_money((wan(240), wan(210), wan(30)), (wan(80), wan(70), wan(10))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标 word for word")],
    )
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新创皮影戏剧目", "≥6出",
         mk("≥6出", "D202", "warning", note="cumulative count copied from 中期")),
        (None, None, "巡演场次", "≥180场",
         mk("≥180场", "D202", "warning", note="cumulative count copied from 中期")),
        (None, "质量指标", "新创剧目评审通过率", "≥90%", "≥90%"),
        (None, "时效指标", "年度巡演按季度完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单场巡演成本", "≤0.3万元/场", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "观演人次", "≥54000人次", "≥18000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺知远", "0597-3310526", day(2025, 11, 28, CN_DATE))
    return b


@variant(
    "vg11-content-standard-notes",
    (7, 4),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, "
    "an instruction row inside the table, footnotes, 填表说明, signature and date lines (correct)",
)
def vg11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="琅水市皮影戏进社区惠民演出",
        dept="琅水市文化广电局（402）",
        unit="琅水市皮影戏保护传承中心",
        money=project_money(wan(42), wan(42), wan(0)),
        goals=["在城区社区开展皮影戏惠民演出50场，举办皮影制作体验活动20次。"],
    )
    s.row("注：本表指标值均为年度目标值，比较符按“≥、≤、=”填写。", merge=[(1, 6)])
    grid(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "社区惠民演出", "≥50场"),
        (None, None, "皮影制作体验活动", "≥20次"),
        (None, "质量指标", "演出节目审查通过率", "=100%"),
        (None, "时效指标", "演出完成时间", "12月15日前"),
        (None, "成本指标", "单场演出补助标准", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "社区居民参与人次", "≥10000人次"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "说明：1.单场演出补助标准含交通和道具运输费用；",
        "2.项目资金合计42万元，其中演出补助30万元、体验活动12万元。",
        "填表说明：绩效标准应可量化，不能量化的以分级描述表述。",
    )
    sign(s, "聂望舒", "0599-2175638", day(2024, 12, 3, CN_DATE))
    return b


@variant(
    "vg12-assessment-page-break",
    (4, 7),
    "project, NAT-2021, headers 考核指标 · 目标值（年度） · "
    "评价标准, a note row between tiers, the header repeated after a page break",
)
def vg12() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="松崖县皮影戏传承人培训",
        dept="松崖县文化和旅游局（117）",
        unit="松崖县皮影艺术团",
        money=project_money(wan(38), wan(35), wan(3)),
        goals=["举办皮影戏传承人培训班12期，培训学员240人次。"],
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    grid(s, head, [
        ("产出指标", "数量指标", "培训班期数", "≥12期", "每少1期扣1分"),
        (None, None, "培训学员人次", "≥240人次", "按比例得分"),
        (None, "质量指标", "培训计划完成率",
         mk("12期", "T105", "error", note="a 完成率 given as a count"), "未完成不得分"),
        (None, "时效指标", "培训按期完成率", "≥95%", "按比例得分"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.15万元/人次", "超出不得分"),
    ], merged=(1, 2))  # fmt: skip
    s.row("（以下为效益及满意度指标）", merge=[(1, 5)])
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "学员结业后参演人次", "≥600人次", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "学员满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate means ≥95%"), "按比例得分"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "郁行之", "0596-8823047")
    return b
