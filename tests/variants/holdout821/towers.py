"""Returns about watchtower cameras (瞭望塔视频监控): key13 to key18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout821.common import DEPT, funds, header, notes, sign, start, tiers, wan
from tests.variants.holdout821.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栎坪县森林防火视频监控中心"


@variant(
    "key13-tower-second-sheet",
    (1, 7),
    "project: head on the first sheet, the indicator table on a second sheet under header "
    "预期实现值, typed percent cells, a goal total with its parts in brackets (correct)",
)
def tower_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="瞭望塔热成像摄像机加装", dept=DEPT, unit=UNIT,
                 money=funds((220, 200, 20)),
                 goals=["在12座瞭望塔加装高清热成像摄像机（其中新建塔4座、改造塔8座），"
                        "重点林区视频监控覆盖率达到85%。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值")
    tiers(t, [
        ("产出指标", "数量指标", "瞭望塔热成像摄像机加装数", "≥12座"),
        (None, None, "新建瞭望塔加装数", "≥4座"),
        (None, "质量指标", "重点林区视频监控覆盖率", pct(0.85)),
        (None, None, "设备验收合格率", pct(1)),
        (None, "时效指标", "设备安装完成时间", day(2025, 9, 30, CN_DATE)),
        (None, "成本指标", "单座瞭望塔设备购置安装费", "≤18万元"),
        ("效益指标", "社会效益指标", "林区火情早期发现率", pct(0.9)),
        ("满意度指标", "服务对象满意度指标", "瞭望值守人员满意度", pct(0.9)),
    ])  # fmt: skip
    sign(t, 2025, "钟岚", "0736-5502318")
    return b


@variant(
    "key14-tower-years-and-goal",
    (11, 12),
    "project, OLD-NAT, one value column: a plan end date in the year before its start, a "
    "deadline left from last season, the goal's camera count differs from the indicator",
)
def tower_years_and_goal() -> Book:
    b, s = start()
    end = mk(day(2024, 12, 31), "Y104", "error", alt=("Y101", "Y102"),
             note="计划完成日期2024-12-31早于开始日期2025-01-01，是上年的日期")  # fmt: skip
    project_head(s, year=2025, name="柘塘林区视频监控点建设", dept=DEPT, unit=UNIT, end=end,
                 money=funds((150, 140, 10)),
                 goals=["在柘塘林区新建视频火情监控点16处，实现重点林区全天候监控。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "视频火情监控点建设数",
         mk("≥12处", "D104", "warning", row=True,
            note="年度目标写新建监控点16处，指标只有12处")),
        (None, "质量指标", "监控点在线率", "≥95%"),
        (None, "时效指标", "监控点建成时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2025年度项目的完成期限是2024年，上年留下的")),
        (None, "成本指标", "单个监控点建设成本", "≤9万元"),
        ("效益指标", "社会效益指标", "林区火情早期发现率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("key15-tower-department", (4, 12),
         "department, NAT-2021, budget and tasks adding up, 金额合计 equal to 项目支出 with a note "
         "explaining it, a 下降率 with ≥, 0起, footnotes and signature (correct)")  # fmt: skip
def tower_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="栎坪县森林防火视频监控中心", budget=[
        (wan(480), wan(450), wan(30), wan(300), wan(180)),
    ], tasks=[
        ("瞭望塔视频监控运维", "全县26座瞭望塔监控设备运维", wan(90), "设备在线率95%以上"),
        ("监控平台升级", "火情智能识别模块升级", wan(60), "误报率明显下降"),
        ("值守人员补助", "防火期瞭望值守人员补助", wan(30), "防火期24小时值守"),
        ("金额合计", None, wan(180), None),
    ], goal="瞭望塔视频监控稳定运行，火情发现及时，全县不发生重大森林火灾。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "运维瞭望塔数量", "≥26座"),
        (None, "质量指标", "监控设备在线率", "≥95%"),
        (None, "时效指标", "设备故障修复时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单座瞭望塔年运维费", "≤3.4万元"),
        ("效益指标", "社会效益指标", "林火误报率下降率", "≥20%"),
        (None, None, "重大森林火灾发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "值守人员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，不含基本支出300万元。",
          "填表说明：指标值应填写比较符、数值和计量单位。")  # fmt: skip
    sign(s, 2025, "钟岚", "0736-5502318")
    return b


@variant("key16-tower-copied-period", (1, 8),
         "three-year project, NAT-2021, 中期 and 年度 columns: camera counts copied from the "
         "period into the year, a typed 105% on a recognition rate")  # fmt: skip
def tower_copied_period() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目", name="森林防火智能监控三年提升",
                 dept=DEPT, unit=UNIT, money=funds((720, 660, 60), (240, 220, 20)),
                 goals=["三年新建视频监控点36处、改造瞭望塔15座，火情自动识别准确率达到90%。",
                        "2025年新建视频监控点12处、改造瞭望塔5座。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    copied = "年度值照抄中期累计值，与年度目标不符"
    tiers(s, [
        ("产出指标", "数量指标", "视频监控点建设数", "≥36",
         mk("≥36", "D202", "warning", note=copied), "处"),
        (None, None, "瞭望塔改造数", "≥15", mk("≥15", "D202", "warning", note=copied), "座"),
        (None, "质量指标", "火情自动识别准确率", pct(0.9),
         mk(pct(1.05), "T106", "error", note="准确率不能超过100%"), "%"),
        (None, "时效指标", "火情报警推送时限", "≤5", "≤5", "分钟"),
        ("成本指标", "经济成本指标", "单个监控点建设成本", "≤6", "≤6", "万元"),
        ("效益指标", "社会效益指标", "重点林区视频监控覆盖率", pct(0.9), pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("key17-tower-system-export", (7, 9),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on 部门项目支出绩效"
         "目标05-2 with codes in the first columns and the header on the third row, =100% "
         "typed as text, a date cell (correct)")  # fmt: skip
def tower_system_export() -> Book:
    code, name = "431125250000017391", "瞭望塔视频监控设备更新"
    b, s = start("部门项目支出预算05-1", (22, 22, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：栎坪县林业局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, wan(96), wan(90), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 22, 14, 16, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：栎坪县林业局", None, None, None, "年度：2025")
    header(t, "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, name, "产出指标", "数量指标", "更新瞭望塔监控设备数", "≥8套"),
        (code, name, "产出指标", "质量指标", "设备验收合格率", "=100%"),
        (code, name, "产出指标", "时效指标", "设备更新完成时间", day(2025, 8, 31)),
        (code, name, "产出指标", "成本指标", "每套设备更新费用", "≤12万元"),
        (code, name, "效益指标", "社会效益指标", "火情视频发现率", "≥90%"),
        (code, name, "满意度指标", "服务对象满意度指标", "瞭望值守人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("key18-tower-abbreviated-labels", (5, 2),
         "project, OLD-NAT, abbreviated tier labels with ★: a satisfaction rate under 社会效益, "
         "one indicator repeated under 数量 and 时效")  # fmt: skip
def tower_abbreviated_labels() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="瞭望塔监控平台运行维护",
        dept=DEPT,
        unit=UNIT,
        money=funds((42, 42, 0)),
        goals=["保障全县瞭望塔监控平台防火期全天运行，全年运行不少于300天。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("★产出", "数量", "监控平台运行天数", "≥300天"),
        (None, None, "接入瞭望塔数量", "≥26座"),
        (None, "质量", "平台运行稳定率", "≥98%"),
        (None, "时效", "故障响应时限", "≤2小时"),
        (None, None, mk("监控平台运行天数", "D101", "warning", row=True, alt=("D102", "D103"),
                        note="与数量指标下的同名指标重复"), "≥300天"),
        (None, "成本", "平台年运维费用", "≤42万元"),
        ("★效益", "社会效益", "火情发现及时率", "≥95%"),
        (None, None, mk("护林员对平台满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益下"), "≥90%"),
        ("满意度", "服务对象满意度", "瞭望值守人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
