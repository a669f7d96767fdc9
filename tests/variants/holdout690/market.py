"""A roadside fruit market (路边果品集市) with cold storage: hx13 to hx18."""

from __future__ import annotations

from tests.variants.holdout690.common import (
    grid,
    multi_year,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout690.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
MARKET = "茗川县芦湾镇市场服务中心"


@variant("hx13-market-budget-export", (7, 2), "budget-system export: money on sheet 05-1, "
         "the table on sheet 05-2 under header 预期目标 on the third row, project codes and "
         "names in the first columns (correct)")  # fmt: skip
def hx13() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 30, 14, 14, 14))
    s.title("部门项目支出预算表", 5)
    s.row("单位：茗川县芦湾镇市场服务中心", None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("417026001", "芦湾路边果品集市冷库运维", wan(45), wan(40), wan(5))
    s.row("417026002", "芦湾果品集市摊位改造", wan(30), wan(30), wan(0))
    s.row("合计", None, wan(75), wan(70), wan(5))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 24, 12, 16, 26, 16))
    t.title("部门项目支出绩效目标表（2026年度）", 6)
    t.row("单位：茗川县芦湾镇市场服务中心", merge=[(1, 6)])
    grid(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "预期目标"), [
        ("417026001", "芦湾路边果品集市冷库运维", "产出指标", "数量指标", "冷库运行天数", "≥330天"),
        (None, None, None, "质量指标", "冷库温控达标率", "≥98%"),
        (None, None, None, "成本指标", "冷库年运维费用", "≤45万元"),
        (None, None, "效益指标", "经济效益指标", "果品冷藏周转量", "≥1500吨"),
        (None, None, "满意度指标", "服务对象满意度指标", "摊户满意度", "≥90%"),
        ("417026002", "芦湾果品集市摊位改造", "产出指标", "数量指标", "改造摊位数量", "≥60个"),
        (None, None, None, "时效指标", "摊位改造完成时间", "2026年8月31日前"),
        (None, None, None, "成本指标", "每个摊位改造成本", "≤0.5万元/个"),
        (None, None, "效益指标", "社会效益指标", "带动本地果农销售", "≥300户"),
        (None, None, "满意度指标", "服务对象满意度指标", "摊户满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("hx14-market-coldstore-money", (12,), "project, OLD-NAT, a budget detail block: "
         "年度资金 ≠ its parts, lines not adding to their 合计, the goal's capacity against the "
         "indicator")  # fmt: skip
def hx14() -> Book:
    b, s = start()
    project(s, "芦湾路边果品集市冷库建设项目", MARKET,
            one_year(mk(wan(150), "B101", "error", note="财政拨款100 + 其他资金40 = 140"),
                     wan(100), wan(40)),
            ["建设600吨果品冷库1座及分拣棚1处，年底前投入使用，"
             "果品损耗率降到5%以下。"])  # fmt: skip
    s.row("预算明细", "支出内容", "金额（万元）", "测算依据", merge=[(4, 6)])
    top = s.r
    s.row(None, "冷库主体建设", wan(90), "600吨×0.15万元/吨", merge=[(4, 6)])
    s.row(None, "制冷机组及温控系统", wan(30), "2套×15万元", merge=[(4, 6)])
    s.row(None, "分拣棚", wan(15), "1处", merge=[(4, 6)])
    s.row(None, "合计", mk(wan(150), "B102", "error", note="90 + 30 + 15 = 135"), None,
          merge=[(4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    grid(s, ONE, [
        ("产出指标", "数量指标", "冷库库容",
         mk("≥500吨", "D104", "warning", row=True, note="年度目标和明细都写600吨")),
        (None, None, "分拣棚建设", "≥1处"),
        (None, "质量指标", "冷库工程验收合格率", "≥95%"),
        (None, "时效指标", "冷库投入使用时间", "2026年12月31日前"),
        (None, "成本指标", "每吨库容建设成本", "≤0.15万元/吨"),
        ("效益指标", "经济效益指标", "果品损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "摊户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hx15-market-notes-page-break", (4,), "project, OLD-NAT, a note row between tiers, "
         "the header repeated after a page break, a footnote explaining the money, signature "
         "and a fill date of the year before (correct)")  # fmt: skip
def hx15() -> Book:
    b, s = start()
    project(s, "芦湾果品集市快检与冷链周转项目", MARKET, one_year(wan(60), wan(52), wan(8)),
            ["改造集市摊位40个，冷库日均周转20吨，果品农残快检合格率98%以上。"])  # fmt: skip
    grid(s, ONE, [
        ("产出指标", "数量指标", "集市摊位改造数量", "≥40个"),
        (None, None, "冷库日均周转量", "≥20吨"),
        (None, "质量指标", "果品农残快检合格率", "≥98%"),
        (None, None, "果品损耗率", "≤5%"),
        (None, "成本指标", "每个摊位改造成本", "≤0.8万元/个"),
    ])  # fmt: skip
    notes(s, "注：以下为第2页。", width=4)
    grid(s, ONE, [
        ("效益指标", "社会效益指标", "冷库安全事故", "0起"),
        (None, None, "顾客投诉率", "≤2%"),
        (None, "可持续影响指标", "快检结果公示制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "摊户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：其他资金8万元为集市摊位租金收入，年度资金总额60万元 = 财政拨款52万元 + 8万元。",
          "说明：指标值按2026年全年测算。", width=4)  # fmt: skip
    signature(s, "裴向禾", "0417-8840 3318", day(2025, 12, 2))
    return b


@variant("hx16-market-stacked-defects", (2,), "two projects stacked, OLD-NAT: the second's "
         "money does not add up, one indicator twice with two values, a satisfaction rate under "
         "社会效益")  # fmt: skip
def hx16() -> Book:
    b, s = start()
    project(s, "芦湾果品集市冷库运维项目", MARKET, one_year(wan(45), wan(40), wan(5)),
            ["保障集市冷库全年运行，冷藏周转果品1500吨。"],
            title="2026年度项目支出绩效目标申报表（两个项目）")  # fmt: skip
    grid(s, ONE, [
        ("产出指标", "数量指标", "冷库运行天数", "≥330天"),
        (None, "质量指标", "冷库温控达标率", "≥98%"),
        ("效益指标", "经济效益指标", "果品冷藏周转量", "≥1500吨"),
        ("满意度指标", "服务对象满意度指标", "摊户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "芦湾果品冷链配送项目", MARKET,
            one_year(mk(wan(70), "B101", "error", note="财政拨款50 + 其他资金15 = 65"),
                     wan(50), wan(15)),
            ["购置冷链运输车辆3辆，向县城商超配送集市果品。"], title="")  # fmt: skip
    grid(s, ONE, [
        ("产出指标", "数量指标", "冷链运输车辆", "≥3辆"),
        (None, None, "果品配送量", "≥800吨"),
        (None, None, "冷链运输车辆数量",
         mk("≥4辆", "D102", "error", row=True, alt=("D101", "D103"),
            note="与“冷链运输车辆 ≥3辆”是同一指标，数值不同")),
        (None, "成本指标", "每辆冷链车购置补助", "≤15万元/辆"),
        ("效益指标", "社会效益指标", "顾客满意度",
         mk("≥90%", "F201", "warning", row=True, alt=("F105",),
            note="满意度应在满意度指标下，不是社会效益")),
        ("满意度指标", "服务对象满意度指标", "商超满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hx17-market-two-years", (8, 1, 10), "two-year project 2026–2027, OLD-NAT, operator "
         "column and 中期 / 年度 value columns with percent cells, a loss rate lowered in 百分点 "
         "(correct)")  # fmt: skip
def hx17() -> Book:
    b, s = start()
    project(s, "芦湾果品集市冷库扩建项目", MARKET,
            multi_year((wan(300), wan(240), wan(60)), (wan(160), wan(130), wan(30))),
            ["2026—2027年建成冷库2座（共800吨），集市果品损耗率下降2个百分点以上。",
             "2026年建成冷库1座（400吨），完成制冷设备招标安装。"], years=2)  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "冷库建成数量（座）", "≥", 2, 1),
        (None, None, "冷库库容（吨）", "≥", 800, 400),
        (None, "质量指标", "冷库温控达标率", "≥", pct(0.98), pct(0.98)),
        (None, "时效指标", "年度建设任务按期完成率", "≥", pct(0.95), pct(0.95)),
        (None, "成本指标", "每吨库容建设成本（万元/吨）", "≤", 0.35, 0.35),
        ("效益指标", "经济效益指标", "果品损耗率下降（百分点）", "≥", 2, 1),
        (None, "社会效益指标", "带动果农销售（户）", "≥", 500, 250),
        ("满意度指标", "服务对象满意度指标", "摊户满意度", "≥", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    signature(s, "裴向禾", "0417-8840 3318", day(2025, 11, 28))
    return b


@variant("hx18-market-years", (8, 1), "one-year project 2026, OLD-NAT: a goal left over from "
         "2024, a deadline in 2027, a loss rate given in 吨")  # fmt: skip
def hx18() -> Book:
    b, s = start()
    project(s, "芦湾果品集市冷库扩容项目", MARKET, one_year(wan(55), wan(50), wan(5)),
            [mk("2024年完成集市冷库扩容200吨，新增预冷间1间，果品损耗率控制在5%以内。",
                "Y103", "warning", note="2026年度目标里的2024年是旧年度的遗留")],
            )  # fmt: skip
    grid(s, ONE, [
        ("产出指标", "数量指标", "冷库扩容库容", "≥200吨"),
        (None, None, "新增预冷间", "≥1间"),
        (None, "质量指标", "果品损耗率",
         mk("≤5吨", "T105", "error", note="损耗率写成吨数，目标写5%以内")),
        (None, "时效指标", "冷库扩容完成时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="一年期项目（2026年）的期限落在2027年")),
        (None, "成本指标", "每吨扩容成本", "≤0.25万元/吨"),
        ("效益指标", "经济效益指标", "集市果品交易额增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "摊户满意度", "≥90%"),
    ])  # fmt: skip
    return b
