"""Department tables (部门整体支出绩效目标表) exported from the system the same way as the
project tables: 部门编码, a 年度预算 block in 元 (资金总额 by source and by 基本支出 /
项目支出), 年度主要任务 with a 金额合计, 整体绩效目标 with numbered goals, and the
indicator table with 指标编码."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout9.export import (
    AMT,
    SOURCES,
    indicators,
    kv,
    sign,
    sources,
    text_line,
    title,
    yuan,
)
from tests.variants.holdout9.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, pct

WIDTHS = (3, 12, 14, 14, 16, 30, 14, 14, 12, 12)


def head(s: Sheet, *, code: str, dept: str, contact: str, filled: Any, budget: Sequence[Any],
         tasks: Sequence[tuple[str, str, Any, str]], total: Any, goal: str) -> None:  # fmt: skip
    """Title, head, 年度预算 (资金总额, four sources, 基本支出, 项目支出), tasks and goal,
    from column B."""
    title(s, "2025年度部门整体支出绩效目标表", 2, 9)
    s.row(*([None] * 8), "金额单位：元", col=2)
    kv(s, 2, [("部门编码", code), ("部门名称", dept), ("填报日期", filled),
              ("联系人", contact)])  # fmt: skip
    sources(s, 2, budget[0], budget[1:], label="年度预算（元）",
            names=(*SOURCES, "基本支出", "项目支出"))  # fmt: skip
    top = s.row("年度主要任务", "任务名称", "主要实施内容", None, "预算金额（元）",
                "期望达到的目标", col=2, merge=[(4, 5), (7, 10)])  # fmt: skip
    for name, what, amount, aim in tasks:
        s.row(None, name, what, None, amount, aim, col=2, merge=[(4, 5), (7, 10)])
    s.row(None, "金额合计", None, None, total, None, col=2, merge=[(4, 5), (7, 10)])
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=2)
    text_line(s, 2, "整体绩效目标", goal)


@variant("r07-department-export-ok", (7, 12), "department export from column B, NAT-2021: "
         "年度预算 by source and by 基本/项目支出 in 元, tasks adding up to 项目支出, numbered "
         "goals, hidden 指标ID, a 反向 rate in 0.0%")  # fmt: skip
def r07() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", WIDTHS)
    head(s, code="116008", dept="云栖县林业局", contact="严嘉禾 0795-6618042",
         filled=day(2024, 11, 25),
         budget=[yuan(v) for v in (8760000, 5960000, 400000, 2100000, 300000, 4260000, 4500000)],
         tasks=[
             ("森林防火", "森林防火巡护、宣传及扑火物资储备", yuan(1600000),
              "全年森林火情处置响应时间不超过30分钟"),
             ("国土绿化", "新增造林3200亩，开展中幼林抚育管护", yuan(1850000),
              "造林成活率达到85%以上"),
             ("林业有害生物防治", "松材线虫病等林业有害生物监测防治", yuan(650000),
              "防治面积不少于45000亩"),
             ("林长制运行", "林长巡林、考核及林长制信息平台运行", yuan(400000),
              "林长制责任体系健全"),
         ], total=yuan(4500000),
         goal="目标1：新增造林3200亩，森林覆盖率达到68.5%以上；\n目标2：森林火灾受害率控制在"
              "0.8%以内；\n目标3：林业有害生物防治面积不少于45000亩；\n目标4：林农满意度达到90%"
              "以上。")  # fmt: skip
    indicators(s, 2, [
        ("LY07001", "产出指标", "数量指标", "新增造林面积", "≥", 3200, "亩", "正向"),
        ("LY07002", None, None, "林业有害生物防治面积", "≥", 45000, "亩", "正向"),
        ("LY07003", None, None, "森林防火宣传活动场次", "≥", 40, "场", "正向"),
        ("LY07004", None, "质量指标", "造林成活率", "≥", pct(0.85), "%", "正向"),
        ("LY07005", None, "时效指标", "森林火情处置响应时间", "≤", 30, "分钟", "反向"),
        ("LY07006", "成本指标", "经济成本指标", "造林每亩补助标准", "≤", C(500, AMT), "元/亩",
         "反向"),
        ("LY07007", "效益指标", "生态效益指标", "森林覆盖率", "≥", pct(0.685, "0.0%"), "%",
         "正向"),
        ("LY07008", None, "社会效益指标", "森林火灾受害率", "≤", pct(0.008, "0.0%"), "%",
         "反向"),
        ("LY07009", None, "可持续影响指标", "林长制责任体系", "定性", "健全", None, "正向"),
        ("LY07010", "满意度指标", "服务对象满意度指标", "林农满意度", "≥", pct(0.9), "%",
         "正向"),
    ], seed="e37a")  # fmt: skip
    sign(s, 2, "严嘉禾", "宋立平", "0795-6618042", day(2024, 11, 25))
    return b


@variant("r08-department-export-defects", (5, 12), "department export as r07: tasks not "
         "adding up to 金额合计, no 满意度指标, one indicator name twice with different "
         "values")  # fmt: skip
def r08() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", WIDTHS)
    head(s, code="121004", dept="澄川区民政局", contact="吕书涵 0796-3320716",
         filled=day(2024, 11, 28),
         budget=[yuan(v) for v in (10000000, 7200000, 1500000, 1000000, 300000, 5350000,
                                   4650000)],
         tasks=[
             ("社会救助", "特困人员救助供养、临时救助", yuan(2400000), "困难群众基本生活得到保障"),
             ("养老服务", "居家和社区养老服务", yuan(1300000), "居家养老服务覆盖老年人6200人"),
             ("儿童福利", "孤儿及事实无人抚养儿童基本生活保障", yuan(860000),
              "保障孤儿及事实无人抚养儿童210人"),
         ],
         total=mk(yuan(4650000), "B102", "error", alt=("B101",),
                  note="2,400,000+1,300,000+860,000 = 4,560,000 (digits transposed)"),
         goal="目标1：保障特困人员185人基本生活；目标2：居家养老服务覆盖老年人6200人；目标3："
              "保障孤儿及事实无人抚养儿童210人。")  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 although the department serves people")
    indicators(s, 2, [
        ("MZ08001", "产出指标", "数量指标", "特困人员救助供养人数", "≥", 185, "人", "正向"),
        ("MZ08002", None, None, "居家养老服务覆盖老年人数", "≥", 6200, "人", "正向"),
        ("MZ08003", None, None, "孤儿及事实无人抚养儿童保障人数", "≥", 210, "人", "正向"),
        ("MZ08004", None, "质量指标", "救助资金发放准确率", "=", pct(1), "%", "正向"),
        ("MZ08005", None, "时效指标", "救助资金按月发放及时率", "≥", pct(0.98), "%", "正向"),
        ("MZ08006", "成本指标", "经济成本指标", "特困人员月人均供养标准", "≤", C(1080, AMT),
         "元/人·月", "反向"),
        ("MZ08007", "效益指标", "社会效益指标", "困难群众基本生活保障水平", "定性", "稳步提高",
         None, "正向"),
        ("MZ08008", None, None,
         mk("特困人员救助供养人数", "D102", "error", row=True, alt=("D101", "D104"),
            note="the same indicator as row MZ08001 with 158 instead of 185"),
         "≥", 158, "人", "正向"),
        ("MZ08009", None, "可持续影响指标", "社会救助长效机制", "定性", "健全", None, "正向"),
    ], seed="9c10")  # fmt: skip
    sign(s, 2, "吕书涵", "贺振宇", "0796-3320716", day(2024, 11, 28))
    return b


TOP17 = ("指标编码", "绩效指标", None, None, "指标值", None, "计量单位")
BOTTOM17 = (None, "一级指标", "二级指标", "三级指标", "实施周期指标值（2025—2027年）",
            "年度指标值（2025年）", None)  # fmt: skip


@variant("r17-department-period-defects", (6, 8, 12), "department export with 实施周期 and 年度 "
         "value columns: an annual count above the period's, a deadline in 2023 in a 2025 table, "
         "a tier-2 left from the template without indicator")  # fmt: skip
def r17() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", WIDTHS)
    head(s, code="138012", dept="临雁市档案馆", contact="柯雨萱 0791-8852271",
         filled=day(2024, 12, 3),
         budget=[yuan(v) for v in (5000000, 4200000, 0, 500000, 300000, 3200000, 1800000)],
         tasks=[
             ("档案数字化", "馆藏档案数字化加工及数据库建设", yuan(1100000),
              "推进馆藏档案数字化"),
             ("档案安全保管", "库房温湿度控制、消防及安防维护", yuan(450000),
              "档案安全管理体系健全"),
             ("档案利用服务", "查档接待、档案编研及展览", yuan(250000),
              "查档群众满意度达到95%以上"),
         ], total=yuan(1800000),
         goal="目标1：2025年完成馆藏档案数字化加工，推进档案资源数据库建设；目标2：接收进馆档案"
              "12000卷；目标3：查档群众满意度达到95%以上。")  # fmt: skip
    indicators(s, 2, [
        ("DA17001", "产出指标", "数量指标", "馆藏档案数字化页数", "≥1200000",
         mk("≥1500000", "D201", "error", note="annual above the period"), "页"),
        ("DA17002", None, None, "档案接收进馆卷数", "≥36000", "≥12000", "卷"),
        ("DA17003", None, "质量指标", "数字化成果质检合格率", "≥99%", "≥99%", "%"),
        ("DA17004", None, "时效指标", "档案数字化成果验收时间", "2027年11月30日前",
         mk("2023年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a 2025 table with an annual deadline in 2023"), None),
        ("DA17005", None, None, "档案查阅利用响应时间", "≤1", "≤1", "个工作日"),
        ("DA17006", "成本指标", "经济成本指标", "档案数字化单页加工成本", "≤0.6", "≤0.6",
         "元/页"),
        ("DA17007", "效益指标", "社会效益指标", "档案利用服务人次", "≥45000", "≥15000", "人次"),
        (None, None, mk("生态效益指标", "F109", "warning", row=True,
                        note="a template tier-2 left without indicator"), None, None, None,
         None),
        ("DA17008", None, "可持续影响指标", "档案安全管理体系", "健全", "健全", None),
        ("DA17009", "满意度指标", "服务对象满意度指标", "查档群众满意度", "≥95%", "≥95%", "%"),
    ], top=TOP17, bottom=BOTTOM17, merged=(2, 3))  # fmt: skip
    sign(s, 2, "柯雨萱", "方景川", "0791-8852271", day(2024, 12, 3))
    return b
