"""财政 returns of the 56th held-out corpus: a city bureau with 实施周期 and 年度 columns under a
two-line header, a county bureau's flat list with weights, and a district bureau whose
indicator block was carried over from last year."""

from __future__ import annotations

from tests.variants.holdout56.common import dept_head, footer, w
from tests.variants.holdout56.registry import variant
from tests.variants.kit import Book, day, mk, pct

Y = 2027


@variant(
    "jn04-city-finance-period",
    (8, 12),
    "department, NAT-2021, two-line header, 实施周期 and 年度 value columns",
)
def jn04() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", (16, 18, 30, 20, 18, 6))
    dept_head(
        s, year=Y, dept="青漪市财政局", code="402010",
        budget=(w(6800), w(6800), w(0), w(2500), w(4300)), split=(w(2180), w(320)),
        duty="负责全市财政收支管理、预算编制和执行、政府采购、国有资产和政府债务管理，实施财会监督。",
        tasks=(
            ("预算管理一体化系统运维", "系统运维、安全防护和功能升级", w(980), "系统全年稳定运行"),
            ("财政投资评审", "政府投资项目预算和结算评审", w(760), "评审项目按时办结"),
            ("政府采购和国有资产管理", "采购监管、资产清查和处置", w(540), "采购信息全面公开"),
            ("财会监督检查", "会计信息质量和财经纪律检查", w(420), "检查发现问题整改到位"),
            ("政府债务风险监测", "债务风险监测预警和隐性债务化解", w(600), "债务风险等级保持绿色"),
            ("乡镇财政管理", "乡镇财政所运转和资金监管补助", w(1000), "乡镇财政资金监管到位"),
        ),
        total=w(4300),
        goal="推进预算管理一体化，做好财政投资评审和政府采购监管，强化财会监督，"
        "防范化解政府债务风险。",
        filler=("范文静", "0771-3315540"),
    )  # fmt: skip
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, f"实施周期（{Y}—{Y + 2}年）", f"年度（{Y}年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "财政投资评审项目数", "≥450个", "≥150个"),
            (None, None, "财会监督检查单位数", "≥180家", "≥60家"),
            (None, None, "预算单位一体化系统上线数", "≥340家", "≥320家"),
            (None, "质量指标", "投资评审报告复核合格率", "≥98%", "≥98%"),
            (None, None, "政府采购信息公开率", pct(1), pct(1)),
            (None, "时效指标", "评审项目按时办结率", "≥95%", "≥95%"),
            (None, None, "部门预算批复时限", "人大批准后20日内", "人大批准后20日内"),
            ("成本指标", "经济成本指标", "“三公”经费支出", "≤93万元", "≤31万元"),
            (None, None, "一体化系统运维费", "≤2940万元", "≤980万元"),
            ("效益指标", "经济效益指标", "财政投资评审审减资金", "≥6亿元", "≥2亿元"),
            (None, "社会效益指标", "政府债务风险等级", "保持绿色", "保持绿色"),
            (None, None, "部门预决算公开率", pct(1), pct(1)),
            (None, "可持续影响指标", "财会监督长效机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "预算单位满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "青漪市财政局", "覃国庆", "范文静", day(Y - 1, 11, 30))
    return b


@variant(
    "jn13-county-finance-flat",
    (3, 12),
    "department, flat list (指标名称 · 计量单位 · 指标值 · 权重);"
    " 基本支出 not its parts, rates as counts",
)
def jn13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 30, 14, 16, 14, 14))
    dept_head(
        s, year=Y, dept="鹤沙县财政局", code="121030",
        budget=(w(3000), w(2950), w(50),
                mk(w(1350), "B101", "error", alt=("B102",),
                   note="人员经费 1126 + 公用经费 174 = 1300, not 1350"), w(1650)),
        split=(w(1126), w(174)),
        duty="负责全县财政预算管理、国库集中支付、非税收入征管和国有资产管理。",
        tasks=(
            ("乡镇财政资金监管", "惠民惠农资金一卡通发放和监管", w(420), "资金发放准确及时"),
            ("财政信息化建设", "预算管理一体化系统县级部署", w(530), "系统覆盖全部预算单位"),
            ("行政事业单位资产清查", "全县行政事业单位资产清查和信息核实", w(300), "资产底数清晰"),
            ("非税收入征管", "非税收入电子化收缴", w(400), "应收尽收"),
        ),
        total=w(1650),
        goal="加强惠民惠农资金监管，完成预算管理一体化县级部署，摸清行政事业单位资产底数，"
        "提升非税收入征管水平。",
        filler=("易欣然", "0739-4210092"),
    )  # fmt: skip
    s.skip()
    s.row("序号", "指标名称", "计量单位", "指标值", "权重（分）", "备注")
    s.table(
        [
            (1, "惠民惠农补贴一卡通发放户数", "万户", "≥8.6", 10, None),
            (2, "一体化系统覆盖预算单位数", "家", "≥146", 10, None),
            (
                3,
                "行政事业单位资产清查完成率",
                "家",
                mk(12, "T105", "error", note="a 完成率 given as a count of units"),
                10,
                None,
            ),
            (
                4,
                "重点工作任务完成率",
                "项",
                mk(15, "T105", "error", note="a 完成率 given as a count of tasks"),
                10,
                None,
            ),
            (5, "补贴资金发放准确率", "%", "≥99", 10, None),
            (6, "非税收入电子化收缴率", "%", "≥95", 10, None),
            (7, "补贴资金发放及时率", "%", "≥98", 10, None),
            (8, "“三公”经费支出", "万元", "≤6.5", 10, None),
            (9, "资产信息准确率", "%", "≥98", 10, None),
            (10, "预算单位满意度", "%", "≥90", 10, None),
        ],
    )
    footer(s, "鹤沙县财政局", "廖建军", "易欣然", day(Y - 1, 11, 24))
    return b


@variant(
    "jn18-district-finance-carried-over",
    (12, 11),
    "department, NAT-2021, one value column; last year's"
    " indicator heading and goal, 三公 with 不低于",
)
def jn18() -> Book:
    b = Book()
    s = b.sheet("整体绩效", (16, 18, 30, 18, 20, 6))
    dept_head(
        s, year=Y, dept="檀溪区财政局", code="612010",
        budget=(w(2480), w(2400), w(80), w(1180), w(1300)), split=(w(1012.4), w(167.6)),
        duty="负责全区财政预算管理、国库支付、政府采购和国有资产管理。",
        tasks=(
            ("预算绩效管理", "事前绩效评估、绩效目标审核和重点评价", w(380), "绩效管理全覆盖"),
            ("街道财政管理", "街道财政资金监管和财务人员培训", w(520), "街道财务规范"),
            ("国有资产管理", "资产清查、公物仓运行", w(400), "资产调剂共享"),
        ),
        total=w(1300),
        goal=mk("2026年，全面实施预算绩效管理，规范街道财政管理，推进公物仓资产调剂共享。",
                "Y103", "error", alt=("Y101",), note="last year's goal text"),
        filler=("韦嘉", "0571-8861953"),
    )  # fmt: skip
    s.skip()
    s.row(
        mk(
            "2026年度绩效指标",
            "Y101",
            "error",
            alt=("Y103",),
            note="last year's heading above the 2027 indicators",
        ),
        merge=[(1, 5)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "事前绩效评估项目数", "≥30个", "计划标准"),
            (None, None, "重点绩效评价项目数", "≥12个", "计划标准"),
            (None, None, "街道财务人员培训人次", "≥150人次", "计划标准"),
            (None, None, "公物仓调剂资产", "≥800件", "历史标准"),
            (None, "质量指标", "绩效目标审核覆盖率", pct(1), "计划标准"),
            (None, None, "评价报告质量合格率", "≥95%", "行业标准"),
            (None, "时效指标", "评价结果反馈及时率", "≥95%", "计划标准"),
            (
                "成本指标",
                "经济成本指标",
                mk("“三公”经费支出", "T108", "warning", row=True, note="a cost cap with 不低于"),
                "不低于8.5万元",
                "历史标准",
            ),
            (None, None, "单个重点评价项目委托费用", "≤8万元", "计划标准"),
            ("效益指标", "社会效益指标", "评价结果应用率", "≥90%", "计划标准"),
            (None, None, "街道财务核算规范率", "≥95%", "行业标准"),
            (None, "可持续影响指标", "公物仓资产调剂共享机制", "健全", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "预算单位满意度", "≥90%", "历史标准"),
        ],
        merged=(1, 2),
    )
    footer(s, "檀溪区财政局", "蓝海", "韦嘉", day(Y - 1, 11, 27))
    return b
