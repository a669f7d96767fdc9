"""Returns about periods and money: 中期 and 年度 columns, department money, template rows left
empty and budget-system exports (items 6, 8, 12, 13)."""

from __future__ import annotations

from tests.variants.holdout413.common import (
    INDUSTRY,
    YEAR,
    book,
    department,
    funds,
    indicators,
    notes,
    period_funds,
    project,
    signature,
    wan,
)
from tests.variants.holdout413.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct


def two_row_header(s: Sheet, span: str) -> None:
    """一级/二级/三级 merged over two rows, 指标值 over 中期 and 年度."""
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, f"中期（{span}）", f"年度（{YEAR}年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant(
    "xg13-low-yield-three-years",
    (8,),
    "three-year growing project, NAT-2021, two-row "
    "header with 中期 and 年度 columns, annual counts below the period, rates equal (correct)",
)
def xg13() -> Book:
    b, s = book()
    project(
        s,
        "咖啡低产园提质改造项目",
        "椰湾县热带作物技术推广站",
        period_funds((900, 780, 120), (300, 260, 40)),
        [
            "2025—2027年改造咖啡低产园6000亩，改造园区单产提高15%以上。",
            "2025年改造咖啡低产园2000亩，完成南漾镇片区改造。",
        ],
        years=3,
    )
    two_row_header(s, f"{YEAR}—{YEAR + 2}年")
    s.table(
        [
            ("产出指标", "数量指标", "低产园改造面积", "≥6000亩", "≥2000亩"),
            (None, None, "培训种植户人次", "≥4500人次", "≥1500人次"),
            (None, "质量指标", "改造园区苗木保存率", "≥90%", "≥90%"),
            (None, "时效指标", "年度改造任务完成时间", f"{YEAR + 2}年12月31日前", "12月31日前"),
            ("成本指标", "经济成本指标", "亩均改造补助标准", "≤1500元/亩", "≤1500元/亩"),
            ("效益指标", "经济效益指标", "改造园区单产提升率", "≥15%", "≥15%"),
            (None, "生态效益指标", "改造园区化肥减量率", "≥10%", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    notes(s, ["注：亩均改造补助按年度2000亩、中期6000亩测算，与资金总额一致。"], width=5)
    return b


@variant(
    "xg14-cold-chain-two-years",
    (8,),
    "two-year processing project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, an annual capacity above the period, a "
    "cumulative count copied",
)
def xg14() -> Book:
    b, s = book()
    goal = "建设咖啡产地冷链仓储中心1座，冷库库容2500吨，引入加工企业6家。"
    project(
        s,
        "咖啡产地仓储冷链建设项目",
        "椰湾县咖啡产业服务中心",
        period_funds((640, 500, 140), (400, 320, 80)),
        [goal, mk(goal, "D204", "warning", note="两年期项目的年度目标照抄中期目标")],
        dept=INDUSTRY,
        years=2,
    )
    two_row_header(s, f"{YEAR}—{YEAR + 1}年")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "冷库库容",
                "≥2500吨",
                mk("≥3000吨", "D201", "error", note="年度库容 3000 吨大于中期 2500 吨"),
            ),
            (
                None,
                None,
                "入驻加工企业数量",
                "≥6家",
                mk("≥6家", "D202", "warning", note="两年期的累计数照抄到年度"),
            ),
            (None, "质量指标", "冷库工程验收合格率", "=100%", "=100%"),
            (None, "时效指标", "主体工程完工时间", f"{YEAR + 1}年6月30日前", "12月31日前"),
            ("成本指标", "经济成本指标", "每吨库容建设成本", "≤1200元/吨", "≤1200元/吨"),
            ("效益指标", "经济效益指标", "咖啡豆仓储损耗率", "≤3%", "≤3%"),
            ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "xg15-department-shares",
    (12,),
    "department, NAT-2021: budget with typed shares, tasks "
    "adding to 金额合计 = 项目支出, a footnote explaining the total (correct)",
)
def xg15() -> Book:
    b, s = book()
    budget = [(860, 774, 86, 301, 559), (pct(1), pct(0.9), pct(0.1), pct(0.35), pct(0.65))]
    tasks = [
        ("咖啡种植技术服务", "派驻科技特派员，开展病虫害绿色防控", wan(180), "服务种植户2000户"),
        ("鲜果初加工补助", "补助合作社初加工设备和烘干场", wan(229), "初加工率提高"),
        ("产地品牌推介", "举办椰湾咖啡文化节", wan(150), "品牌影响力提升"),
        ("金额合计", None, wan(559), None),
    ]
    department(
        s,
        "椰湾县咖啡产业服务中心",
        budget,
        "服务种植户2000户，推动鲜果就地初加工，办好咖啡文化节。",
        tasks,
    )
    notes(s, ["注：金额合计为项目支出数，基本支出301万元未列入任务。"])
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "科技特派员服务种植户数", "≥2000户"),
            (None, None, "举办咖啡文化节", "=1届"),
            (None, "质量指标", "初加工补助对象核查准确率", "=100%"),
            (None, "时效指标", "补助资金拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "文化节办节经费", "≤150万元"),
            ("效益指标", "经济效益指标", "鲜果就地初加工率", "≥65%"),
            (None, "社会效益指标", "文化节参与人次", "≥30000人次"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "xg16-department-money-wrong",
    (12,),
    "department, OLD-NAT, growing: 财政拨款 + 其他资金 ≠ "
    "资金总额, a share not matching its amount, tasks not adding to 金额合计",
)
def xg16() -> Book:
    b, s = book()
    total = mk(450, "B101", "error", note="财政拨款 380 + 其他资金 60 = 440，不是 450")
    share = mk(pct(0.2), "B111", "error", note="60 ÷ 450 = 13%，不是 20%")
    budget = [(total, 380, 60, 150, 300), (pct(1), pct(0.84), share, pct(0.33), pct(0.67))]
    tasks = [
        ("咖啡种质资源圃维护", "保存咖啡种质资源120份", wan(120), "资源保存完好"),
        ("病虫害监测预警", "设立监测点，发布预警", wan(100), "及时预警"),
        ("种植技术试验示范", "开展修剪和施肥试验", wan(90), "形成技术规程"),
        (
            "金额合计",
            None,
            mk(wan(300), "B102", "error", note="120 + 100 + 90 = 310，不是 300"),
            None,
        ),
    ]
    department(
        s,
        "椰湾县热带作物研究所",
        budget,
        "保存咖啡种质资源，做好病虫害监测预警，开展种植技术试验示范。",
        tasks,
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "保存咖啡种质资源份数", "≥120份"),
            (None, None, "病虫害监测点数量", "≥15个"),
            (None, "质量指标", "种质资源保存完好率", "≥98%"),
            (None, "时效指标", "病虫害预警信息发布时间", "≤24小时"),
            (None, "成本指标", "每个监测点运行经费", "≤5万元"),
            ("效益指标", "社会效益指标", "形成种植技术规程", "≥2项"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")


@variant(
    "xg17-export-template-rows",
    (6, 13),
    "budget-system export: money on sheet 05-1, the "
    "indicators on sheet 05-2 under a header on the third row with codes in the first "
    "columns; a tier-2 left from the template, two values without a name",
)
def xg17() -> Book:
    b, s = book("部门项目支出预算05-1", (20, 28, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code, name = "469025250300017", "咖啡鲜果收购加工奖补项目"
    s.row(code, name, wan(120), wan(100), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 24, 12, 16, 26, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("编制单位：椰湾县工业和信息化局")
    name_missing = "有指标值却没有三级指标名称"
    t.row(*EXPORT)
    t.table(
        [
            (code, name, "产出指标", "数量指标", "奖补加工企业数量", "≥8", "家"),
            (None, None, None, None, "奖补收购鲜果数量", "≥6000", "吨"),
            (
                None,
                None,
                None,
                "质量指标",
                mk(None, "F110", "error", note=name_missing),
                "≥95",
                "%",
            ),
            (None, None, None, "时效指标", "奖补资金审核拨付时限", "≤30", "工作日"),
            (None, None, None, "成本指标", "每吨鲜果收购奖补标准", "≤150", "元/吨"),
            (None, None, "效益指标", "经济效益指标", "带动种植户增收", "≥300", "万元"),
            (
                None,
                None,
                None,
                mk(
                    "生态效益指标",
                    "F109",
                    "warning",
                    row=True,
                    note="模板留下的二级指标，没有三级指标和指标值",
                ),
                None,
                None,
                None,
            ),
            (
                None,
                None,
                None,
                "社会效益指标",
                mk("\u3000", "F110", "error", note=name_missing),
                "≥1200",
                "户",
            ),
            (None, None, "满意度指标", "服务对象满意度指标", "受益种植户满意度", "≥90", "%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b


@variant(
    "xg18-second-sheet-details",
    (7, 12),
    "project head with a money detail block on the "
    "first sheet, the indicator table on a second sheet under 预期实现值 with a "
    "指标值设定依据 column, =100% as text (correct)",
)
def xg18() -> Book:
    b, s = book("基本信息")
    project(
        s,
        "咖啡鲜果保底收购补贴项目",
        "椰湾县咖啡产业服务中心",
        funds(210, 180, 30),
        ["对咖啡鲜果实行保底收购补贴300万公斤，稳定种植户收益。"],
        dept=INDUSTRY,
    )
    s.skip()
    s.row("资金测算明细", "项目", None, "金额（万元）", "测算依据", merge=[(2, 3)])
    s.row(None, "鲜果保底收购补贴", None, wan(150), "0.5元/公斤×300万公斤", merge=[(2, 3)])
    s.row(None, "收购点快速检测设备", None, wan(36), "12套×3万元", merge=[(2, 3)])
    s.row(None, "收购台账信息系统", None, wan(24), "一次性建设", merge=[(2, 3)])
    s.row(None, "合计", None, wan(210), None, merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效指标", (14, 18, 28, 16, 18))
    header = ("一级指标", "二级指标", "三级指标", "预期实现值", "指标值设定依据")
    indicators(
        t,
        header,
        [
            ("产出指标", "数量指标", "保底收购鲜果数量", "≥300万公斤", "计划标准"),
            (None, None, "配置快速检测设备", "=12套", "计划标准"),
            (None, "质量指标", "补贴资金兑付到户率", "=100%", "计划标准"),
            (None, "时效指标", "补贴资金兑付时间", "12月20日前", "计划标准"),
            (None, "成本指标", "每公斤鲜果补贴标准", "≤0.5元/公斤", "历史标准"),
            ("效益指标", "经济效益指标", "种植户鲜果收购均价增长率", "≥5%", "历史标准"),
            (None, "社会效益指标", "受益种植户户数", "≥1800户", "计划标准"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "行业标准"),
        ],
    )
    signature(t, "陈秋菊", "0898-6352 4413", day(YEAR, 2, 10))
    return b
