"""The county marathon: race project, volunteers, a two-year series, department returns."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout815.common import flat, funds, notes, sign, start, table, w
from tests.variants.holdout815.registry import variant
from tests.variants.kit import Book, day, mk, pct

SPORT = "枫屿县文化体育和旅游局（代码 422）"
UNIT = "枫屿县马拉松赛事组委会办公室"
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kes13-marathon-race",
    (5, 10),
    "project, NAT-2021, tier labels with points and an "
    "indicator score column (100 both ways), a total with its parts in the goal (correct)",
)
def race() -> Book:
    b, s = start()
    project_head(s, year=2025, name="2025枫屿湖半程马拉松", dept=SPORT, unit=UNIT,
                 money=funds(w(260), w(180), w(80)),
                 goals=["2025年11月9日举办枫屿湖半程马拉松，参赛规模15000人（半程8000人、"
                        "10公里5000人、健康跑2000人）。"])  # fmt: skip
    table(s, [
        ["产出指标（40分）", "数量指标", "参赛规模", "≥15000人", 15],
        [None, "质量指标", "赛道距离丈量认证", "通过", 10],
        [None, "时效指标", "比赛日", "2025年11月9日", 15],
        ["成本指标（20分）", "经济成本指标", "人均办赛成本", "≤170元/人", 20],
        ["效益指标（30分）", "社会效益指标", "医疗救护响应时间", "≤4分钟", 10],
        [None, None, "赛事安全事故", "≤0起", 10],
        [None, "经济效益指标", "带动住宿餐饮消费", "≥600万元", 10],
        ["满意度指标（10分）", "服务对象满意度指标", "参赛选手满意度", pct(0.9), 10],
    ], head=SCORED)  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值两级均合计100分，按三级指标计分。")
    sign(s, "温砚秋", "0579-6641 3092", day(2024, 11, 5))
    return b


@variant(
    "kes14-marathon-dates",
    (5, 10),
    "project, NAT-2021, scored tier labels: an end date "
    "before the start, a race month the goal contradicts, tier points not matching",
)
def dates() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫屿湖马拉松赛事保障", dept=SPORT, unit=UNIT,
                 money=funds(w(120), w(100), w(20)), start=day(2025, 3, 1),
                 end=mk(day(2024, 12, 31), "Y104", "error", alt=("Y101", "Y102"),
                        note="完成日期早于开始日期，去年的日期没改"),
                 goals=["保障2025年11月的马拉松赛事，设补给站12个、医疗点20个。"])  # fmt: skip
    table(s, [
        [mk("产出指标（50分）", "W103", "error", note="15 + 10 + 10 + 10 = 45"),
         "数量指标", "补给站", "≥12个", 15],
        [None, None, "医疗点", "≥20个", 10],
        [None, "质量指标", "保障物资验收合格率", "=100%", 10],
        [None, "时效指标", "赛事举办时间",
         mk("2025年10月26日", "D104", "warning", row=True, note="年度目标写11月举办"), 10],
        ["成本指标（10分）", "经济成本指标", "单个医疗点保障成本", "≤1.5万元/个", 10],
        ["效益指标（30分）", "社会效益指标", "赛事安全事故", "≤0起", 30],
        ["满意度指标（10分）", "服务对象满意度指标", "参赛选手满意度", "≥90%", 10],
    ], head=SCORED)  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由产出少的5分引起")
    return b


@variant(
    "kes15-marathon-volunteers",
    (12, 4),
    "department, NAT-2021: budget and tasks add up, a "
    "goal total with its parts, a footnote explaining the total (correct)",
)
def volunteers() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept=UNIT,
                    budget=[[w(300), w(220), w(80), w(40), w(260)]], tasks=[
                        ["赛事组织", "半程马拉松一场", w(180), "安全顺利完赛"],
                        ["志愿者服务", "招募培训志愿者1200名", w(36), "上岗率≥95%"],
                        ["赛事宣传", "全媒体宣传推广", w(44), "曝光量≥2000万次"],
                        ["金额合计", None, w(260), None]],
                    goal="招募志愿者1200名（赛道900名、补给点300名），"
                         "办好枫屿湖半程马拉松。")  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "志愿者招募人数", "≥1200人"],
        [None, "质量指标", "志愿者培训合格率", "≥95%"],
        [None, "时效指标", "志愿者培训完成时间", "2025年10月31日前"],
        ["成本指标", "经济成本指标", "志愿者人均保障成本", "≤300元/人"],
        ["效益指标", "社会效益指标", "赛事投诉率下降率", "≥20%"],
        ["满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, "注：金额合计260万元为项目支出，不含基本支出40万元。")
    sign(s, "余澄", "0579-6641 3105", day(2024, 11, 18))
    return b


@variant(
    "kes16-marathon-department",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a goal count the indicator gives otherwise, one rate twice under two tier-2s",
)
def department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept=UNIT, budget=[[
        mk(w(300), "B101", "error", note="40 + 250 = 290，不是300；财政拨款 + 其他资金为300"),
        w(220), w(80), w(40), w(250)]],
        goal="招募志愿者1200名，办好枫屿湖半程马拉松。")  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "志愿者招募人数",
         mk("≥1000人", "D104", "warning", row=True, note="总体目标写1200名")],
        [None, "质量指标", "赛事安全事故发生率", "≤0.1%"],
        ["成本指标", "经济成本指标", "志愿者人均保障成本", "≤300元/人"],
        ["效益指标", "社会效益指标", "赛事安全事故发生率",
         mk("≤0.1%", "D101", "warning", row=True, alt=("D103", "D102"),
            note="同一指标在质量和社会效益下各填一次")],
        ["满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "kes17-marathon-series",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "年度目标 copied from 中期目标, a count copied into 年度, an annual deadline after the year",
)
def series() -> Book:
    b, s = start()
    text = "2025—2026年连续举办枫屿湖马拉松2届，每届参赛规模不少于15000人。"
    project_head(
        s,
        year=2025,
        years=2,
        name="枫屿湖马拉松系列赛",
        dept=SPORT,
        unit=UNIT,
        money=[
            ["中期资金总额", w(520), "年度资金总额", w(260)],
            ["其中：财政拨款", w(360), "其中：财政拨款", w(180)],
            ["其他资金", w(160), "其他资金", w(80)],
        ],
        goals=[text, mk(text, "D204", "warning", note="年度目标照抄中期目标")],
    )
    table(s, [
        ["产出指标", "数量指标", "举办届数", "≥2届",
         mk("≥2届", "D202", "warning", note="一年只办一届，年度列抄了中期")],
        [None, None, "每届参赛规模", "≥15000人", "≥15000人"],
        [None, "时效指标", "赛道认证完成时间", "2026年9月30日前",
         mk("2026年9月30日前", "Y102", "error", alt=("Y101", "D202"),
            note="年度指标的期限落在2026年")],
        ["成本指标", "经济成本指标", "人均办赛成本", "≤170元/人", "≤170元/人"],
        ["效益指标", "社会效益指标", "带动住宿餐饮消费", "≥1200万元", "≥600万元"],
        ["满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%", "≥90%"],
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "kes18-marathon-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值), typed percent cells, 0起 on an incident count (correct)",
)
def flat_list() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=UNIT,
                    budget=[[w(300), w(220), w(80), w(40), w(260)]],
                    goal="办好枫屿湖半程马拉松，赛事安全平稳。")  # fmt: skip
    flat(s, [
        ["参赛规模", 20, "人", "≥", 15000],
        ["志愿者招募人数", 15, "人", "≥", 1200],
        ["赛事安全责任事故", 15, "起", "≤", 0],
        ["医疗救护响应时间", 10, "分钟", "≤", 4],
        ["完赛率", 20, "%", "≥", pct(0.92)],
        ["参赛选手满意度", 20, "%", "≥", pct(0.9)],
    ])  # fmt: skip
    s.row("合计", 100)
    return b
