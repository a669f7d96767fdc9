"""Fitness paths and community sports equipment: kbq01–kbq06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout735.common import (
    DEPT,
    HEAD5,
    YEAR,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout735.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kbq01-path-renewal", (1, 5, 12), "project, NAT-2021, numbered tier labels, typed "
         "percent cells, 万元 only in the number format, a goal total with its parts in brackets "
         "(correct)")  # fmt: skip
def path_renewal() -> Book:
    b, s = new()
    goal = ("2026年更新老旧全民健身路径60条（其中柘岭区22条、棠坞区38条），器材安装验收全部合格，"
            "10月底前完工，方便周边居民就近健身。")  # fmt: skip
    project_head(s, year=YEAR, name="松涧市全民健身路径更新工程", dept=DEPT,
                 unit="松涧市全民健身服务中心", money=one_year(wan(180), wan(150), wan(30)),
                 goals=[goal])  # fmt: skip
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "健身路径更新数量", "≥60条"),
        (None, None, "更新健身器材件数", "≥720件"),
        (None, "（二）质量指标", "器材安装验收合格率", pct(1)),
        (None, None, "器材月度故障率", "≤3%"),
        (None, "（三）时效指标", "更新工程完工时间", "2026年10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "每条健身路径更新成本", "≤3万元/条"),
        ("三、效益指标", "（一）社会效益指标", "每条路径日均健身人次", "≥120人次"),
        (None, None, "器材损坏投诉下降率", "≥10%"),
        (None, "（二）可持续影响指标", "更新器材质保期", "≥5年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "周边居民满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0739-6128450", day(2025, 11, 26, CN_DATE))
    return b


@variant("kbq02-community-points", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: an "
         "annual count above the period's, a count the 年度目标 gives otherwise, an annual "
         "deadline before the project starts")  # fmt: skip
def community_points() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=2, name="松涧市社区体育健身点配建（2026—2027年）",
                 dept=DEPT, unit="松涧市社会体育指导中心", attr="新增项目",
                 money=multi_year((wan(520), wan(440), wan(80)), (wan(260), wan(220), wan(40))),
                 goals=["2026—2027年在柘岭、棠坞两区新建社区健身点80个，配送健身器材1500件，"
                        "培训社会体育指导员200人，建立器材管护机制。",
                        "2026年新建社区健身点45个，配送健身器材900件，开展社会体育指导员培训，"
                        "年内完成首批健身点验收。"])  # fmt: skip
    d104 = "年度目标写配送健身器材900件，年度指标值只有600件"
    d201 = "年度培训260人超过两年合计的200人"
    y102 = "年度列的期限2025年11月30日早于项目开始（2026年1月1日），是上一年表格的残留"
    indicators(s, [
        ("产出指标", "数量指标", "新建社区健身点数量", "≥80个", "≥45个"),
        (None, None, "健身器材配送数量", "≥1500件",
         mk("≥600件", "D104", "warning", row=True, note=d104)),
        (None, None, "社会体育指导员培训人数", "≥200人", mk("≥260人", "D201", "error", note=d201)),
        (None, "质量指标", "器材安装验收合格率", "100%", pct(1)),
        (None, None, "健身点器材完好率", "≥95%", "≥95%"),
        (None, "时效指标", "健身点建成交付时间", "2027年10月31日前",
         mk("2025年11月30日前", "Y102", "error", row=True, alt=("Y103",), note=y102)),
        ("成本指标", "经济成本指标", "每个健身点建设成本", "≤5.5万元/个", "≤5.5万元/个"),
        ("效益指标", "社会效益指标", "健身点周边居民日均健身人次", "≥40人次", "≥35人次"),
        (None, "可持续影响指标", "器材维护管护机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
    ], head=HEAD5)  # fmt: skip
    return b


@variant("kbq03-fitness-centre", (5, 12), "department, NAT-2021: tasks not adding to 金额合计, "
         "one indicator twice with different values under 数量 and 质量, a satisfaction rate "
         "under 社会效益")  # fmt: skip
def fitness_centre() -> Book:
    b, s = new("部门整体")
    department_head(s, year=YEAR, dept="松涧市全民健身服务中心",
                    budget=[(wan(960), wan(880), wan(80), wan(610), wan(350))],
                    tasks=[("路径维护", "全市健身路径器材巡检维修", wan(120), "完好率≥95%"),
                           ("指导员培训", "社会体育指导员分级培训", wan(90), "培训≥300人次"),
                           ("全民健身赛事", "社区全民健身赛事活动", wan(150), "举办≥24场"),
                           ("金额合计", None, mk(wan(350), "B102", "error",
                                               note="120+90+150=360，与金额合计350不符"), None)],
                    goal="全年巡检维修全市健身路径器材，培训社会体育指导员300人次，举办全民健身"
                         "赛事活动24场，群众健身满意度保持在90%以上。")  # fmt: skip
    d102 = "与数量指标下“每条健身路径巡检次数 ≥4次”是同一指标，多一个词，值却不同"
    f201 = "满意度放在社会效益指标下，本表另有满意度指标"
    indicators(s, [
        ("产出指标", "数量指标", "每条健身路径巡检次数", "≥4次"),
        (None, None, "社会体育指导员培训人次", "≥300人次"),
        (None, None, "全民健身赛事活动场次", "≥24场"),
        (None, "质量指标", "健身器材完好率", "≥95%"),
        (None, None, "每条健身路径器材巡检次数",
         mk("≥6次", "D102", "error", row=True, alt=("D101", "D103", "F201"), note=d102)),
        (None, "时效指标", "器材故障报修响应时间", "≤48小时"),
        ("成本指标", "经济成本指标", "每场赛事活动平均成本", "≤6万元/场"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%"),
        (None, None, mk("健身群众满意度", "F201", "warning", row=True, note=f201), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "赛事参与者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆明川", "0739-6128617", day(2025, 11, 20))
    return b


@variant("kbq04-equipment-flat", (1, 3), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), bare numbers and one typed percent, 0起 on an incident "
         "count, weights add to 100 (correct)")  # fmt: skip
def equipment_flat() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="松涧市社会体育指导中心",
                    budget=[(wan(540), wan(500), wan(40), wan(310), wan(230))],
                    goal="全年为120个社区配送更新健身器材1800件，器材完好率保持在95%以上，"
                         "开展社区健身指导服务2万人次。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("器材配送社区数", 15, "个", "≥", 120),
        ("配送健身器材件数", 15, "件", "≥", 1800),
        ("器材完好率", 15, "%", "≥", pct(0.95)),
        ("器材损坏率", 10, "%", "≤", 5),
        ("器材报修处置时限", 10, "小时", "≤", 48),
        ("每件器材平均采购成本", 10, "万元/件", "≤", 0.12),
        ("社区健身指导服务人次", 10, "人次", "≥", 20000),
        ("器材使用伤害事故", 5, "起", "=", 0),
        ("社区居民满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    notes(s, "注：权重合计100分；器材使用伤害事故以0起为目标。")
    sign(s, "覃若溪", "0739-6129033", day(2025, 12, 3))
    return b


@variant("kbq05-trail-export", (4, 7), "budget-system export: money on sheet 05-1, indicators "
         "on sheet 05-2 under a header on the third row, project codes in the first columns, "
         "operators in words, a later year the work prepares for, a note row under the table "
         "(correct)")  # fmt: skip
def trail_export() -> Book:
    b, s = new("部门项目支出预算05-1", (18, 22, 12, 12, 12, 12, 40))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位名称：松涧市体育局", merge=[(1, 7)])
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(
        "417001-26-0012",
        "健身步道智能化改造",
        "一次性项目",
        wan(96),
        wan(96),
        wan(0),
        "完成8条、14.5公里健身步道智能计步和照明改造，为2027年全域推广积累数据。",
    )
    s.row(
        "417001-26-0015",
        "社区健身器材维护",
        "常年项目",
        wan(64),
        wan(54),
        wan(10),
        "维护社区健身器材3200件，器材完好率不低于95%。",
    )
    s.row("合计", None, None, wan(160), wan(150), wan(10), None, merge=[(1, 3)])
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 12, 16, 26, 10, 12, 12))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位名称：松涧市体育局", merge=[(1, 8)])
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位")  # fmt: skip
    p1, p2, ge, le, eq = "417001-26-0012", "417001-26-0015", "大于等于", "小于等于", "等于"
    indicators(t, [
        (p1, "健身步道智能化改造", "产出指标", "数量指标", "智能化改造步道条数", ge, 8, "条"),
        (None, None, None, None, "改造步道总长度", ge, 14.5, "公里"),
        (None, None, None, "质量指标", "智能设备验收合格率", eq, 100, "%"),
        (None, None, None, "时效指标", "改造完成时间", le, day(2026, 9, 30, CN_DATE), None),
        (None, None, "成本指标", "经济成本指标", "每公里步道改造成本", le, 6.5, "万元/公里"),
        (None, None, "效益指标", "社会效益指标", "步道日均使用人次", ge, 1500, "人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "步道使用者满意度", ge, 90, "%"),
        (p2, "社区健身器材维护", "产出指标", "数量指标", "维护健身器材件数", ge, 3200, "件"),
        (None, None, None, "质量指标", "器材完好率", ge, 95, "%"),
        (None, None, None, "时效指标", "报修响应时间", le, 24, "小时"),
        (None, None, "成本指标", "经济成本指标", "每件器材年维护成本", le, 200, "元/件"),
        (None, None, "效益指标", "可持续影响指标", "器材使用年限延长", ge, 2, "年"),
        (None, None, "满意度指标", "服务对象满意度指标", "社区居民满意度", ge, 90, "%"),
    ], head=head, merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "说明：本表由预算管理一体化系统导出，金额单位为万元。", width=8)
    return b


@variant("kbq06-greenway-points", (10, 12), "project, OLD-NAT, tier points in the labels and an "
         "indicator score column: the 产出 scores fall short of the tier's 50, a unit cost × count "
         "above the money")  # fmt: skip
def greenway_points() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="松涧市城市绿道健身驿站建设", dept=DEPT,
                 unit="松涧市全民健身服务中心", attr="一次性项目",
                 money=one_year(wan(160), wan(130), wan(30)),
                 goals=["2026年在城市绿道沿线建成健身驿站80处，每处配置一套智能健身器材，"
                        "年底前全部投入使用。"])  # fmt: skip
    w103 = "产出指标标为50分，其下指标分值10+10+10+5+10=45"
    b107 = "≤2.5万元/处 × ≥80处 = 200万元，超过年度资金160万元"
    indicators(s, [
        (mk("产出指标（50分）", "W103", "error", alt=("W101",), note=w103), "数量指标",
         "建成健身驿站数量", "≥80处", 10),
        (None, None, "配置智能健身器材套数", "≥80套", 10),
        (None, "质量指标", "驿站验收合格率", "100%", 10),
        (None, "时效指标", "驿站投入使用时间", "2026年12月31日前", 5),
        (None, "成本指标", "每处驿站建设成本",
         mk("≤2.5万元/处", "B107", "warning", row=True, note=b107), 10),
        ("效益指标（30分）", "社会效益指标", "驿站日均服务人次", "≥60人次", 15),
        (None, "可持续影响指标", "驿站运营管护期", "≥3年", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "绿道健身群众满意度", "≥90%", 10),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    notes(s, "注：预算执行率（10分）另行评价，本表合计90分。")
    sign(s, "韦晓岚", "0739-6128450", day(2025, 11, 28))
    return b
