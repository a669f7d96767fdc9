"""Returns uh01–uh06: ship-lock operation (lockages, vessels' waiting times, lock services)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout336.common import DEPT, YEAR, book, funds, notes, table, wan
from tests.variants.holdout336.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("uh01-lockage-percent", (1,),
         "project, OLD-NAT, operator column (指标性质), unit column, percent cells typed in "
         "Excel, 万元 only in the number format (correct)")  # fmt: skip
def uh01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="泊渡船闸2025年运行维护", dept=DEPT,
                 unit="朔澜市泊渡船闸管理所", money=funds(360, 330, 30),
                 goals=["船舶过闸不少于24000艘次，压减船舶待闸时间。"])  # fmt: skip
    table(
        s,
        OP_HEAD,
        [
            ["产出指标", "数量指标", "船舶过闸艘次", "≥", 24000, "艘次"],
            [None, None, "闸室运行闸次", "≥", 6200, "闸次"],
            [None, "质量指标", "闸门启闭设备完好率", "≥", pct(0.98), "%"],
            [None, None, "安全生产责任事故", "=", 0, "起"],
            [None, "时效指标", "船舶平均待闸时间", "≤", 6, "小时"],
            [None, "成本指标", "单闸次平均运行成本", "≤", 500, "元/闸次"],
            ["效益指标", "经济效益指标", "船舶过闸货运量", "≥", 1150, "万吨"],
            [None, "社会效益指标", "通航保证率", "≥", pct(0.95), "%"],
            [None, "可持续影响指标", "船闸运行管理制度执行情况", "定性", "有效", None],
            ["满意度指标", "服务对象满意度指标", "过闸船员满意度", "≥", pct(0.9), "%"],
        ],
    )
    return b


@variant("uh02-waiting-direction", (11,),
         "project, NAT-2021, operators inside the values: a cost cap with =, a 反向 stoppage "
         "rate with ≥, a waiting time with ≥")  # fmt: skip
def uh02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="砾潭船闸智能过闸调度", dept=DEPT,
                 unit="朔澜市砾潭船闸管理所", money=funds(280, 260, 20),
                 goals=["上线智能过闸调度系统，缩短船舶待闸时间，降低闸门故障停航。"])  # fmt: skip
    table(
        s,
        ONE_HEAD,
        [
            [
                "成本指标",
                "经济成本指标",
                "船闸年度运行电费",
                mk("=46万元", "T108", "warning", row=True, note="a cost cap with = instead of ≤"),
            ],
            ["产出指标", "数量指标", "智能过闸调度系统上线船闸数", "≥3座"],
            [
                None,
                "质量指标",
                "闸门故障停航率",
                mk("≥1.5%", "T108", "warning", row=True, note="a 反向 rate (停航率) with ≥"),
            ],
            [
                None,
                "时效指标",
                "船舶平均待闸时长",
                mk("≥5小时", "T108", "warning", row=True, note="a waiting time is 反向: ≤ meant"),
            ],
            ["效益指标", "经济效益指标", "闸室面积利用率", "≥88%"],
            [None, "社会效益指标", "船舶滞留投诉件数", "≤12件"],
            [None, "可持续影响指标", "船闸联合调度机制", "建立并执行"],
            ["满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%"],
        ],
    )
    return b


@variant("uh03-flat-lock-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def uh03() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="朔澜市船闸管理处",
                    budget=[[wan(1260), wan(1180), wan(80), wan(540), wan(720)]],
                    goal="四座船闸安全运行，船舶过闸不少于56000艘次，待闸时间持续下降。",
                    tasks=[["船闸运行调度", "四座船闸24小时运行调度", wan(430),
                            "船舶过闸不少于56000艘次"],
                           ["闸区设施养护", "闸墙、系船柱、靠船墩养护", wan(290),
                            "设施完好，闸门设备完好率不低于97%"],
                           ["金额合计", None, wan(720), None]])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ["船舶过闸艘次", 20, "艘次", "≥", 56000],
            ["船闸运行闸次", 15, "闸次", "≥", 14500],
            ["船舶平均待闸时间下降率", 15, "%", "≥", pct(0.1)],
            ["闸门设备完好率", 15, "%", "≥", pct(0.97)],
            ["单闸次运行成本", 10, "元/闸次", "≤", 280],
            ["安全生产责任事故", 10, "起", "=", 0],
            ["过闸船员满意度", 15, "%", "≥", pct(0.92)],
        ]
    )
    s.row("合计", 100)
    return b


@variant("uh04-flat-lock-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): unit conflict on a rate, ≥ on a 反向 time, weights short")  # fmt: skip
def uh04() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="朔澜市枫屿船闸管理所",
                    budget=[[wan(980), wan(900), wan(80), wan(420), wan(560)]],
                    goal="枫屿船闸安全高效运行，引航道水深保持达标，船舶过闸更快捷。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ["锚地船舶停泊艘次", "≥3800", "正向", "艘次", 20],
            [
                "引航道水深达标率",
                mk(
                    "≥95%",
                    "T112",
                    "error",
                    alt=("T105",),
                    note="% in the value, 米 in the unit column",
                ),
                "正向",
                "米",
                15,
            ],
            [
                "船舶平均过闸时间",
                mk("≥45", "T108", "warning", row=True, note="反向 in the direction column, yet ≥"),
                "反向",
                "分钟",
                15,
            ],
            ["闸区水域污染事件", "=0", "反向", "起", 10],
            ["船闸维护成本", "≤260", "反向", "万元", 10],
            ["过闸船员满意度", "≥90", "正向", "%", 15],
        ]
    )
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+15 = 85, not 100")
    return b


def _lock_project(s: Sheet, name: str, unit: str, fund: list[list[object]],
                  rows: list[list[object]], first: bool) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=unit, money=fund,
                 goals=[f"保障{name.removesuffix('运行维护')}安全运行，缩短待闸时间。"],
                 title=None if first else "")  # fmt: skip
    table(s, ONE_HEAD, rows)
    s.skip()


@variant("uh05-stacked-locks", (2,),
         "two lock projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each project (correct)")  # fmt: skip
def uh05() -> Book:
    b, s = book()
    _lock_project(
        s,
        "泊渡船闸运行维护",
        "朔澜市泊渡船闸管理所",
        funds(210, 200, 10),
        [
            ["产出指标", "数量指标", "船舶过闸艘次", "≥18000艘次"],
            [None, None, "闸室运行闸次", "≥5000闸次"],
            [None, "质量指标", "闸门启闭设备完好率", "≥96%"],
            [None, "时效指标", "船舶平均待闸时间", "≤5小时"],
            [None, "成本指标", "单闸次运行成本", "≤300元/闸次"],
            ["效益指标", "经济效益指标", "船舶过闸货运量", "≥860万吨"],
            ["满意度指标", "服务对象满意度指标", "过闸船员满意度", "≥90%"],
        ],
        first=True,
    )
    _lock_project(
        s,
        "枫屿船闸运行维护",
        "朔澜市枫屿船闸管理所",
        funds(168, 168, 0),
        [
            ["产出指标", "数量指标", "船舶过闸艘次", "≥11000艘次"],
            [None, None, "闸室运行闸次", "≥3600闸次"],
            [None, "质量指标", "闸门启闭设备完好率", "≥95%"],
            [None, "时效指标", "船舶平均待闸时间", "≤8小时"],
            [None, "成本指标", "单闸次运行成本", "≤420元/闸次"],
            ["效益指标", "社会效益指标", "通航保证率", "≥93%"],
            ["满意度指标", "服务对象满意度指标", "过闸船员满意度", "≥88%"],
        ],
        first=False,
    )
    notes(s, "注：两座船闸分别核算，单闸次运行成本按各自闸室尺度测算。")
    return b


@variant("uh06-stacked-lock-defects", (2,),
         "two lock projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 "
         "is not 财政拨款 + 其他资金, and a 完成率 is given as a count")  # fmt: skip
def uh06() -> Book:
    b, s = book()
    _lock_project(
        s,
        "砾潭船闸运行维护",
        "朔澜市砾潭船闸管理所",
        funds(236, 220, 16),
        [
            ["产出指标", "数量指标", "船舶过闸艘次", "≥15000艘次"],
            [None, "质量指标", "闸门启闭设备完好率", "≥97%"],
            [None, "时效指标", "船舶平均待闸时间", "≤6小时"],
            ["效益指标", "社会效益指标", "通航保证率", "≥95%"],
            ["满意度指标", "服务对象满意度指标", "过闸船员满意度", "≥90%"],
        ],
        first=True,
    )
    bad = mk(wan(150), "B101", "error", note="150 ≠ 120 + 20")
    _lock_project(
        s,
        "鹭汀船闸运行维护",
        "朔澜市鹭汀船闸管理所",
        funds(bad, 120, 20),
        [
            ["产出指标", "数量指标", "船舶过闸艘次", "≥9000艘次"],
            [
                None,
                "质量指标",
                "闸门检修计划完成率",
                mk("4扇", "T105", "error", note="a 完成率 given as a count of gates"),
            ],
            [None, "时效指标", "船舶平均待闸时间", "≤7小时"],
            ["效益指标", "社会效益指标", "通航保证率", "≥92%"],
            ["满意度指标", "服务对象满意度指标", "过闸船员满意度", "≥90%"],
        ],
        first=False,
    )
    s.row("填报日期", day(YEAR - 1, 12, 6))
    return b
