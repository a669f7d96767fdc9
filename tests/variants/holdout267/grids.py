"""Department tables and allocation grids of commerce and transport bureaus: budget rows with
shares, task lists adding up to 项目支出, a prior-year block in 元, 区县 allocation grids with
rounded shares, points at two levels (rq13–rq18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout267.common import (
    ONE,
    SHARE,
    book,
    grid,
    indicators,
    one_year_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout267.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, ok, pct


def yuan_head(s: Sheet, dept: str, budget: Sequence[Any], prior: Sequence[Sequence[Any]],
              tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head in 元: the budget row, a prior-year block, the task list."""
    s.title(f"{dept}2026年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(2025, 11, 18, CN_DATE),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *budget)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    for line in prior:
        s.row(*line)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（元）", "期望达到的目标",
          None, merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("rq13-bureau-shares", (1, 10, 12), "department table in 万元: a share row under the "
         "budget (85% / 15%, 30% / 70%), four tasks adding up to 项目支出, a 百分点 target "
         "(correct)")  # fmt: skip
def rq13() -> Book:
    b, s = book("部门整体绩效目标", (16, 18, 26, 18, 18, 16))
    department_head(
        s, year=2026, dept="滨澄市商务局",
        budget=[(wan(3000), wan(2550), wan(450), wan(900), wan(2100)),
                (pct(1), pct(0.85), pct(0.15), pct(0.3), pct(0.7))],
        tasks=[("港口建设补助", "支持内贸泊位改造和集疏运道路建设", wan(900), "完成泊位改造4个"),
               ("航线培育奖励", "奖励新开及加密客货运航线", wan(600), "奖励航班不少于240班"),
               ("物流园区建设", "支持临港物流园区仓储设施建设", wan(400), "新增仓储面积2万平方米"),
               ("冷链设施补助", "补助产地冷库和冷藏车购置", wan(200), "新增冷库库容5000吨"),
               ("金额合计", None, wan(2100), None)],
        goal="2026年围绕港口建设、航线培育、物流园区和冷链设施四项重点任务，完善口岸物流体系，"
             "降低全社会物流成本。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "完成内贸泊位改造", "≥4个"),
        (None, None, "奖励客货运航班", "≥240班"),
        (None, None, "新增临港仓储面积", "≥20000平方米"),
        (None, None, "新增产地冷库库容", "≥5000吨"),
        (None, "质量指标", "补助项目验收合格率", "≥95%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "航班奖励单班平均标准", "≤2.5万元/班"),
        ("效益指标", "经济效益指标", "港口货物吞吐量增长率", "≥5%"),
        (None, "社会效益指标", "农产品冷链流通率提高", "≥3百分点"),
        (None, "可持续影响指标", "物流补助资金绩效管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "补助企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "季南星", "俞清和", "0631-52087714")
    return b


@variant("rq14-bureau-share-slip", (12,), "department table in 万元: the 基本支出 share does not "
         "match its amount, the tasks do not add up to 金额合计")  # fmt: skip
def rq14() -> Book:
    b, s = book("Sheet1", (16, 18, 26, 18, 18, 16))
    department_head(
        s, year=2026, dept="荻港市交通运输局",
        budget=[(wan(2400), wan(2000), wan(400), wan(720), wan(1680)),
                (pct(1), pct(0.833, SHARE), pct(0.167, SHARE),
                 mk(pct(0.35), "B111", "error", note="720 ÷ 2400 = 30%"), pct(0.7))],
        tasks=[("港口集疏运建设", "建设港区集疏运道路", wan(700), "建成道路6公里"),
               ("航道维护", "内河航道疏浚和航标维护", wan(500), "疏浚量30万立方米"),
               ("航空物流补助", "补助全货机航线运营", wan(300), "补助货机航班60班"),
               ("冷链运输补助", "补助冷藏车城市配送", wan(230), "补助冷藏车辆50辆"),
               ("金额合计", None,
                mk(wan(1680), "B102", "error", note="700 + 500 + 300 + 230 = 1730"), None)],
        goal="2026年建成港区集疏运道路6公里，完成内河航道疏浚30万立方米，补助货机航班60班。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建成港区集疏运道路", "≥6公里"),
        (None, None, "内河航道疏浚量", "≥30万立方米"),
        (None, None, "补助全货机航班", "≥60班"),
        (None, "质量指标", "航道维护尺度达标率", "≥98%"),
        (None, "时效指标", "道路工程完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单班次货机航线补助", "≤5万元/班"),
        ("效益指标", "经济效益指标", "港区集装箱集疏运效率提升", "≥15%"),
        (None, "社会效益指标", "航道船舶通航事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "航运及物流企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮听松", "龚若溪", "0517-83306152")
    return b


@variant("rq15-district-grid-points", (5, 10, 12), "one-year project in 万元 with a 区县 "
         "allocation grid (rounded shares 46.7% / 33.3% / 20.0%), points on the tier-1 labels "
         "and per indicator (correct)")  # fmt: skip
def rq15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="港口集疏运体系建设补助资金", dept="海屿市交通运输局（403）",
        unit="海屿市交通运输局", attr="一次性项目",
        money=one_year_money(wan(900), wan(900), wan(0)),
        goals=["2026年补助完成3个泊位改造和9公里集疏运道路建设，港区集卡通行更加顺畅。"],
    )  # fmt: skip
    grid(s, "万元", [
        ("临港区", wan(420), pct(0.467, SHARE), "泊位改造2个 × 120万元，道路3公里 × 60万元"),
        ("东沙县", wan(300), pct(0.333, SHARE), "泊位改造1个 × 120万元，道路3公里 × 60万元"),
        ("青峪县", wan(180), pct(0.2, SHARE), "道路3公里 × 60万元"),
    ], wan(900), pct(1, SHARE))  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标（50分）", "数量指标", "完成泊位改造", "≥3个", 15),
        (None, None, "建设集疏运道路", "≥9公里", 15),
        (None, "质量指标", "工程交工验收合格率", "=100%", 10),
        (None, "时效指标", "道路工程交工时间", "2026年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "单个泊位改造补助标准", "≤120万元/个", 5),
        (None, None, "道路建设每公里补助标准", "≤60万元/公里", 5),
        ("效益指标（30分）", "经济效益指标", "港区集装箱吞吐量增长率", "≥6%", 10),
        (None, "社会效益指标", "集卡平均排队时长下降率", "≥15%", 10),
        (None, "可持续影响指标", "集疏运道路养护责任落实", "到位", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "港区企业满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "严承安", "杭露白", "0580-22617435")
    return b


@variant("rq16-county-grid-lost-unit", (9, 12), "one-year project in 万元 with a 区县 "
         "allocation grid: one amount typed in 元 (10 000×), one share off its amount")  # fmt: skip
def rq16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="县域冷链物流设施补助资金", dept="柘川市商务局（118）",
        unit="柘川市商务局", attr="一次性项目",
        money=one_year_money(wan(800), wan(800), wan(0)),
        goals=["2026年补助三县新建改造产地冷库8000吨，购置冷藏车辆24辆。"],
    )  # fmt: skip
    grid(s, "万元", [
        ("临溪县", wan(400), pct(0.5, SHARE), "冷库4000吨、冷藏车12辆"),
        ("石门县", mk(money(2400000, "#,##0"), "B110", "error", alt=("B102",),
                     note="240万元 typed in 元"), ok(pct(0.3, SHARE), "error"),
         "冷库2400吨、冷藏车7辆"),
        ("泉口县", wan(160), mk(pct(0.25, SHARE), "B111", "error", note="160 ÷ 800 = 20%"),
         "冷库1600吨、冷藏车5辆"),
    ], ok(wan(800), "error"), ok(pct(1, SHARE), "error"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建改造产地冷库库容", "≥8000吨"),
        (None, None, "购置冷藏运输车辆", "≥24辆"),
        (None, "质量指标", "冷库设施验收合格率", "≥95%"),
        (None, "时效指标", "补助资金下达时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "冷藏车购置单车补助", "≤8万元/辆"),
        ("效益指标", "经济效益指标", "果蔬产后损耗率下降", "≥3百分点"),
        (None, "社会效益指标", "带动农户增收户数", "≥2000户"),
        ("满意度指标", "服务对象满意度指标", "冷链经营主体满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆清晏", "池北辰", "0744-83125690")
    return b


def dept_rows(s: Sheet, rows: Sequence[Sequence[Any]], goal: str) -> None:
    """The 年度总体目标 line and the indicator table of a department in 元."""
    s.row("年度总体目标", goal, merge=[(2, 6)])
    indicators(s, ONE, rows)


@variant("rq17-port-office-yuan", (5, 12), "department table in 元 with a prior-year block "
         "(执行数 below 预算数, 执行率 97.0%), tasks adding up to 项目支出, numbered tier labels, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def rq17() -> Book:
    b, s = book("Sheet1", (18, 20, 26, 18, 18, 16))
    yuan_head(s, "澄海市口岸物流发展服务中心",
              (yuan(5600000), yuan(5100000), yuan(500000), yuan(2100000), yuan(3500000)),
              [("上年资金情况（元）", "上年预算数", "上年执行数", "执行率"),
               (None, yuan(5200000), yuan(5046000), pct(0.97, SHARE))],
              [("口岸通关便利化服务", "口岸通关咨询与协调服务", yuan(1200000), "服务企业800家"),
               ("航空物流数据平台运维", "平台软硬件运维", yuan(900000), "平台稳定运行"),
               ("冷链物流运行监测", "冷链物流监测与分析", yuan(800000), "发布监测报告12期"),
               ("物流园区招商服务", "临空物流园区招商推介", yuan(600000), "举办推介会4场"),
               ("金额合计", None, yuan(3500000), None)])  # fmt: skip
    dept_rows(s, [
        ("一、产出指标", "（一）数量指标", "服务进出口企业", "≥800家"),
        (None, None, "发布冷链物流监测报告", "≥12期"),
        (None, None, "举办物流园区招商推介会", "≥4场"),
        (None, "（二）质量指标", "物流数据平台数据准确率", "≥99%"),
        (None, "（三）时效指标", "企业咨询平均响应时间", "≤2小时"),
        ("二、成本指标", "（一）经济成本指标", "数据平台年度运维成本", "≤90万元"),
        ("三、效益指标", "（一）社会效益指标", "口岸整体通关时间下降率", "≥5%"),
        (None, "（二）可持续影响指标", "口岸物流数据共享机制", "健全"),
        ("四、满意度指标", "（一）服务对象满意度指标", "进出口企业满意度", "≥90%"),
    ], "2026年做好口岸通关便利化服务，保障航空物流数据平台稳定运行，发布冷链物流监测报告"
       "12期，举办物流园区招商推介会4场。")  # fmt: skip
    s.row("注：本表金额单位为元。", merge=[(1, 6)])
    sign(s, "骆思源", "韩映雪", "0756-22319847")
    return b


@variant("rq18-airport-office-text", (9, 12), "department table in 元: 财政拨款 typed as text "
         "with separators, 上年执行数 above 上年预算数")  # fmt: skip
def rq18() -> Book:
    b, s = book("Sheet1", (18, 20, 26, 18, 18, 16))
    yuan_head(s, "鹭屿市机场物流服务中心",
              (yuan(4680000), mk("4,180,000", "X103", "warning", note="text, read 4180000"),
               yuan(500000), yuan(1880000), yuan(2800000)),
              [("上年资金情况（元）", "上年预算数", "上年执行数"),
               (None, yuan(4300000), mk(yuan(4385000), "B104", "warning",
                                        note="执行数 4,385,000 above 预算数 4,300,000"))],
              [("航线培育服务", "航线引进与运营服务", yuan(1000000), "新开航线2条"),
               ("航空物流园区服务", "园区招商与企业服务", yuan(1000000), "新入园企业15家"),
               ("航空冷链设施运维", "机场冷库运维", yuan(800000), "冷库全年稳定运行"),
               ("金额合计", None, yuan(2800000), None)])  # fmt: skip
    dept_rows(s, [
        ("产出指标", "数量指标", "新开客货运航线", "≥2条"),
        (None, None, "新入园航空物流企业", "≥15家"),
        (None, "质量指标", "机场冷库温控达标率", "≥98%"),
        (None, "时效指标", "入园企业服务事项办结时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "机场冷库年度运维成本", "≤80万元"),
        ("效益指标", "经济效益指标", "机场航空货邮吞吐量增长率", "≥8%"),
        (None, "可持续影响指标", "航空物流企业服务机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ], "2026年新开客货运航线2条，新引进航空物流企业15家，保障机场冷库稳定运行。")  # fmt: skip
    sign(s, "许冬青", "蓝昭", "0592-57730168")
    return b
