"""Department tables (部门整体支出) of veterans' affairs, civil affairs and volunteer offices:
a vertical 年度预算 block with 占比, the six-column department head with 年度主要任务, a flat
list without tiers with weights and a prior-year block, 实施周期 and 年度 columns (rk13–rk18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout261.common import (
    ONE,
    UNIT,
    book,
    budget_shares,
    indicators,
    note,
    sign,
    tasks,
    wan,
)
from tests.variants.holdout261.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")


def share(value: float, fmt: str = "0.0%") -> Any:
    return pct(value, fmt)


def head(s: Sheet, dept: str, lines: Sequence[tuple[str, Any, Any]],
         work: Sequence[Sequence[Any]], goal: str) -> None:  # fmt: skip
    """A department head with a vertical budget block (金额 and 占比) and the tasks."""
    s.title("2026年部门（单位）整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(2025, 11, 18), merge=[(2, 3), (5, 6)])
    budget_shares(s, lines)
    tasks(s, work)
    s.row("年度总体目标", goal, merge=[(2, 6)])


@variant("rk13-social-orgs-shares", (1, 12), "department table, vertical budget with rounded "
         "占比 adding to 100 %, tasks adding up to 项目支出 (not 资金总额), unit costs within the "
         "task money, 93% stored as 0.93 (correct)")  # fmt: skip
def rk13() -> Book:
    b, s = book("部门整体绩效目标")
    head(s, "青禾市社会组织服务中心", [
        ("资金总额", wan(1180), share(1)),
        ("其中：财政拨款", wan(1050), share(0.89)),
        ("其他资金", wan(130), share(0.11)),
        ("基本支出", wan(786.4), share(0.666)),
        ("项目支出", wan(393.6), share(0.334)),
    ], [
        ("社会组织孵化培育", "入驻孵化、能力辅导", wan(150), "孵化社会组织45家"),
        ("社会组织负责人培训", "政策法规、财务管理培训", wan(96.6), "培训600人次"),
        ("公益创投", "资助社区公益服务项目", wan(147), "资助项目28个"),
        ("金额合计", None, wan(393.6), None),
    ], "2026年孵化培育社会组织45家，培训社会组织负责人600人次，资助公益创投项目28个，"
       "社会组织参与社区服务3.2万人次。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "孵化培育社会组织数量", "≥45家"),
        (None, None, "社会组织负责人培训人次", "≥600人次"),
        (None, None, "资助公益创投项目数", "≥28个"),
        (None, "质量指标", "社会组织年报合格率", "≥95%"),
        (None, "时效指标", "公益创投资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单个公益创投项目资助上限", "≤5万元/个"),
        (None, None, "社会组织负责人人均培训成本", "≤1600元/人次"),
        ("效益指标", "社会效益指标", "社会组织参与社区服务人次", "≥3.2万人次"),
        (None, "可持续影响指标", "社会组织培育孵化长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "入驻社会组织满意度", pct(0.93)),
    ])  # fmt: skip
    sign(s, "芮思齐", "宁曼殊", "0559-2367041")
    return b


@variant("rk14-veterans-bureau-shares", (12,), "department table, vertical budget: 财政拨款 + "
         "其他资金 ≠ 资金总额, the 基本支出 share does not match its amount")  # fmt: skip
def rk14() -> Book:
    b, s = book("Sheet1")
    head(s, "栖霞湾市退役军人事务局", [
        ("资金总额", mk(wan(1860), "B101", "error", note="1700 + 180 = 1880, not 1860"),
         share(1)),
        ("其中：财政拨款", wan(1700), share(0.914)),
        ("其他资金", wan(180), share(0.097)),
        ("基本支出", wan(1240), mk(share(0.7667, "0.00%"), "B111", "error", alt=("B101",),
                                 note="1240 / 1860 = 66.67%")),
        ("项目支出", wan(620), share(0.3333, "0.00%")),
    ], [
        ("退役军人就业创业服务", "技能培训、专场招聘", wan(210), "培训1200人次"),
        ("优抚对象走访慰问", "节日走访慰问", wan(180), "慰问2000人"),
        ("光荣院运行保障", "集中供养、护理", wan(150), "安全平稳运行"),
        ("烈士纪念设施维护", "维修维护、日常管护", wan(80), "设施完好"),
        ("金额合计", None, wan(620), None),
    ], "2026年培训退役军人1200人次，走访慰问优抚对象2000人，抚恤补助按时足额发放。")  # fmt: skip
    indicators(s, UNIT, [
        ("产出指标", "数量指标", "就业创业培训退役军人人次", "≥1200", "人次", "正向"),
        (None, None, "走访慰问优抚对象人数", "≥2000", "人", "正向"),
        (None, "质量指标", "优抚对象信息数据准确率", "≥98", "%", "正向"),
        (None, "时效指标", "抚恤补助发放及时率", "≥98", "%", "正向"),
        ("成本指标", "经济成本指标", "人均走访慰问标准", "≤800", "元/人", "反向"),
        ("效益指标", "社会效益指标", "参训退役军人就业率", "≥85", "%", "正向"),
        (None, "可持续影响指标", "退役军人服务保障体系", "健全", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "退役军人及优抚对象满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    sign(s, "钟离望", "方映川", "0631-5820473")
    return b


@variant("rk15-volunteers-period-year", (4, 12), "department table with 实施周期 and 年度 "
         "columns holding the same one-year values, tasks adding up to 项目支出, a footnote "
         "saying so (correct)")  # fmt: skip
def rk15() -> Book:
    b, s = book("部门整体支出绩效目标", (14, 16, 30, 20, 20, 14))
    department_head(
        s, year=2026, dept="江屿区民政局",
        budget=[(wan(2360), wan(2100), wan(260), wan(1580), wan(780))],
        tasks=[
            ("志愿服务站点运行", "社区志愿服务站点日常运行", wan(260), "站点正常运行120个"),
            ("社会组织培育扶持", "孵化扶持社区社会组织", wan(180), "扶持社会组织50家"),
            ("社区志愿服务项目", "资助社区志愿服务项目", wan(190), "资助项目90个"),
            ("社会工作服务", "购买社会工作服务", wan(150), "服务1.5万人次"),
            ("金额合计", None, wan(780), None),
        ],
        goal="2026年保障120个社区志愿服务站点运行，扶持社会组织50家，资助社区志愿服务项目"
             "90个，社会工作服务1.5万人次。",
    )  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "运行社区志愿服务站点", "≥120个", "≥120个"),
        (None, None, "培育扶持社会组织数量", "≥50家", "≥50家"),
        (None, None, "资助社区志愿服务项目", "≥90个", "≥90个"),
        (None, None, "社会工作服务人次", "≥1.5万人次", "≥1.5万人次"),
        (None, "质量指标", "志愿服务站点规范化达标率", "≥90%", "≥90%"),
        (None, "时效指标", "扶持资金拨付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个站点年运行经费", "≤2万元/个", "≤2万元/个"),
        (None, None, "单个志愿服务项目资助额", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "注册志愿者占常住人口比例", "≥15%", "≥15%"),
        (None, "可持续影响指标", "志愿服务激励回馈机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表实施周期为2026年度，实施周期指标值与年度指标值相同。")
    sign(s, "卓听澜", "霍言蹊", "0592-6638150")
    return b


@variant("rk16-pension-bureau-tasks", (9, 12), "department table: 其他资金 split by a space "
         "and stored as text, task amounts adding up to 510 under a 金额合计 of 500")  # fmt: skip
def rk16() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="北陵县退役军人事务局",
        budget=[(wan(1426.52), wan(1340), mk("86.5 2", "X105", "warning"), wan(926.52),
                 wan(500))],
        tasks=[
            ("优抚对象抚恤补助", "定期抚恤、生活补助发放", wan(120), "抚恤补助600人"),
            ("光荣院运行保障", "集中供养、日常运行", wan(180), "集中供养30人"),
            ("退役军人就业培训", "职业技能培训", wan(150), "培训800人次"),
            ("烈士褒扬纪念", "祭扫纪念、设施维护", wan(60), "纪念活动有序开展"),
            ("金额合计", None,
             mk(wan(500), "B102", "error", note="120 + 180 + 150 + 60 = 510, not 500"), None),
        ],
        goal="2026年为600名优抚对象发放抚恤补助，光荣院集中供养30人，培训退役军人800人次。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "抚恤补助发放人数", "≥600人"),
        (None, None, "光荣院集中供养人数", "≥30人"),
        (None, None, "退役军人就业培训人次", "≥800人次"),
        (None, "质量指标", "抚恤补助发放准确率", "≥99%"),
        (None, "时效指标", "培训任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "参训退役军人就业率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞见深", "甘若素", "0419-3281576")
    return b


def prior_years(s: Sheet) -> None:
    """The execution of the two previous years: 预算数 · 执行数 · 执行率."""
    s.row("近两年预算执行情况", "年度", "预算数（万元）", "执行数（万元）", "执行率")
    top = s.r
    s.row(None, "2024年", wan(610), wan(598.2), share(0.981))
    s.row(None, "2025年", wan(640), wan(631.5), share(0.987))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("rk17-volunteer-centre-flat", (3, 4, 12), "department table, flat list without tiers "
         "(序号 · 指标名称 · 权重 · 计量单位 · 指标性质 as the operator · 指标值) with "
         "weights adding to 100, counts in 万人 and 万小时, a prior-year block with 执行数 "
         "under 预算数 (correct)")  # fmt: skip
def rk17() -> Book:
    b, s = book("整体绩效目标", (18, 30, 12, 14, 14, 14))
    department_head(
        s, year=2026, dept="临江市志愿服务指导中心",
        budget=[(wan(680), wan(620), wan(60), wan(430), wan(250))],
        goal="2026年全市注册志愿者达到12万人，开展志愿服务活动2400场，志愿服务时长150万小时。",
    )  # fmt: skip
    prior_years(s)
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (1, "注册志愿者人数", 15, "万人", "≥", 12),
        (2, "志愿服务活动场次", 10, "场", "≥", 2400),
        (3, "志愿服务时长", 10, "万小时", "≥", 150),
        (4, "志愿服务品牌项目培育数量", 10, "个", "≥", 40),
        (5, "志愿服务时长记录准确率", 10, "%", "≥", 98),
        (6, "注册志愿者保险覆盖率", 10, "%", "≥", 95),
        (7, "志愿者保险人均保费", 10, "元/人", "≤", 10),
        (8, "群众对志愿服务知晓率", 10, "%", "≥", 85),
        (9, "服务对象满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    note(s, "注：权重合计100分；指标值均为2026年度目标。")
    sign(s, "骆闻溪", "沈听竹", "0577-8824613")
    return b


@variant("rk18-settlement-rate-count", (11, 12), "department table, unit and direction "
         "columns: a 安置率 given in 人, a 清算 deadline in the next year, a 反向 投诉率 "
         "with ≥")  # fmt: skip
def rk18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 12, 12))
    department_head(
        s, year=2026, dept="石门县退役军人事务局",
        budget=[(wan(980), wan(930), wan(50), wan(640), wan(340))],
        tasks=[
            ("优抚对象抚恤", "定期抚恤补助发放", wan(160), "抚恤900人"),
            ("退役士兵安置", "接收安置、待安置生活补助", wan(120), "安置130人"),
            ("信访维稳", "信访接待、矛盾化解", wan(60), "办理信访事项150件"),
            ("金额合计", None, wan(340), None),
        ],
        goal="2026年为900名优抚对象发放定期抚恤补助，接收安置退役士兵130人，信访事项及时办结。",
    )  # fmt: skip
    indicators(s, UNIT, [
        ("产出指标", "数量指标", "定期抚恤优抚对象人数", "≥900", "人", "正向"),
        (None, None, "信访事项办理件数", "≥150", "件", "正向"),
        (None, "质量指标", "退役士兵安置率",
         mk("≥130", "T105", "error", note="a rate given as a count of people"), "人", "正向"),
        (None, "时效指标", "年度抚恤资金清算完成时间",
         mk("2027年3月31日前", "Y102", "error", note="a one-year 2026 table"), None, "反向"),
        ("成本指标", "经济成本指标", "人均抚恤补助标准", "≤1700", "元/人", "反向"),
        ("效益指标", "社会效益指标", "优抚对象信访投诉率",
         mk("≥3", "T108", "warning", row=True, note="a 反向 rate with ≥"), "%", "反向"),
        (None, "可持续影响指标", "退役军人服务保障体系", "健全", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    sign(s, "童砚秋", "孔嘉禾", "0736-2195846")
    return b
