"""Department returns (§3.2): head blocks with budget and key tasks, tiered and flat indicator
lists, 实施周期 and 年度 columns; and a project with a two-line header."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout136.common import footer, multi_year_money, wan
from tests.variants.holdout136.registry import variant
from tests.variants.kit import YUAN, Book, C, mk, money, pct


@variant("mp13-department-correct", (12,), "department, NAT-2021, budget and key tasks adding up, "
         "tiers merged down, value and unit columns: correct")  # fmt: skip
def mp13() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 16, 16, 16))
    department_head(
        s,
        year=2026,
        dept="嘉禾县市场监督管理局",
        budget=[(wan(1260), wan(1100), wan(160), wan(820), wan(440))],
        tasks=[
            ("食品安全抽检", "全县食品安全监督抽检及风险监测", wan(200), "完成抽检3200批次"),
            ("特种设备安全监管", "电梯、锅炉等特种设备检验检测", wan(150), "检验特种设备2600台"),
            ("计量器具强制检定", "集贸市场及医疗机构计量器具检定", wan(90), "检定计量器具9000台件"),
            ("金额合计", None, wan(440), None),
        ],
        goal="强化食品、特种设备和计量监管，全年无重大食品安全和特种设备安全事故。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥3200", "批次", None),
            (None, None, "特种设备检验数量", "≥2600", "台", None),
            (None, None, "计量器具强制检定数量", "≥9000", "台件", None),
            (None, "质量指标", "抽检不合格食品核查处置率", pct(1), "%", None),
            (None, None, "检验报告差错率", "≤1%", "%", None),
            (None, "时效指标", "投诉举报处理时限", "≤7", "个工作日", None),
            ("成本指标", "经济成本指标", "每批次食品抽检平均费用", "≤625", "元", None),
            ("效益指标", "社会效益指标", "重大食品安全事故", "不发生", None, None),
            (None, "可持续影响指标", "食品安全追溯体系覆盖率", "≥85%", "%", None),
            ("满意度指标", "服务对象满意度指标", "群众对市场监管工作满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "胡立平", "0735-6623109", "2025年11月26日")
    return b


@variant("mp14-department-yuan-total", (12, 1), "department, NAT-2021: the 资金总额 typed in 元 "
         "under 年度预算（万元） while the other amounts are in 万元; "
         "a deadline of 6月31日")  # fmt: skip
def mp14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 16))
    department_head(
        s, year=2026, dept="松溪区司法局",
        budget=[(mk(money(6850000, YUAN), "B105", "error", alt=("B110", "B101"),
                    note="元 under a 万元 head"),
                 wan(640), wan(45), wan(470), wan(215))],
        tasks=[
            ("公共法律服务", "村（居）法律顾问及法律援助", wan(130), "法律援助案件办结900件"),
            ("人民调解", "基层人民调解员培训及以案定补", wan(85), "调解矛盾纠纷4000件"),
            ("金额合计", None, wan(215), None),
        ],
        goal="健全公共法律服务体系，矛盾纠纷调解成功率保持在95%以上。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table(
        [
            ("产出指标", "数量指标", "法律援助案件办结数", "≥900件"),
            (None, None, "人民调解矛盾纠纷数", "≥4000件"),
            (None, None, "村（居）法律顾问覆盖村居", "≥168个"),
            (None, "质量指标", "矛盾纠纷调解成功率", "≥95%"),
            (None, None, "法律援助案件质量评查合格率", "≥95%"),
            (
                None,
                "时效指标",
                "调解员年度培训完成时间",
                mk(
                    "2026年6月31日前",
                    "Y106",  # (written before Y106 was in the catalogue: T116 then)
                    "error",
                    alt=("T116", "Y102", "T102"),
                    note="June has 30 days",
                ),
            ),
            ("成本指标", "经济成本指标", "法律援助案件平均补贴", "≤1100元/件"),
            ("效益指标", "社会效益指标", "群众法治意识", "明显提升"),
            (None, "可持续影响指标", "公共法律服务平台运行", "持续稳定"),
            ("满意度指标", "服务对象满意度指标", "法律援助受援人满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "沈国华", "0599-2368014", "2025年11月17日")
    return b


FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("mp15-flat-correct", (3,), "department, flat list (序号 · 指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), percent cells, "
         "weights adding to 100: correct")  # fmt: skip
def mp15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 30, 10, 12, 12, 16))
    department_head(
        s,
        year=2026,
        dept="桐柏镇人民政府",
        budget=[(wan(2380), wan(2100), wan(280), wan(1560), wan(820))],
        goal="完成镇域道路养护、农村人居环境整治和基层社会治理各项任务。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    s.table(
        [
            (1, "养护镇村道路里程", 15, "公里", "≥", 86),
            (2, "农村生活垃圾收运处理村数", 15, "个", "≥", 21),
            (3, "农村户厕改造数", 10, "户", "≥", 320),
            (4, "道路养护优良路率", 10, "%", "≥", pct(0.8)),
            (5, "生活垃圾无害化处理率", 10, "%", "≥", pct(0.95)),
            (6, "信访事项按期办结率", 10, "%", "≥", pct(0.98)),
            (7, "户厕改造户均补助标准", 10, "元/户", "≤", 1800),
            (8, "村庄保洁覆盖率", 10, "%", "=", pct(1)),
            (9, "群众对人居环境满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    s.row(None, "合计", 100, None, None, None)
    footer(s, "王春兰", "0377-6902135", "2025年11月28日")
    return b


@variant("mp16-flat-defects", (3, 1), "department, flat list (指标名称 · 指标值 · 计量单位 · "
         "权重): a percent cell holding 95 (9500%), a cost of 0, a date in 2026年13月")  # fmt: skip
def mp16() -> Book:
    b = Book()
    s = b.sheet("绩效指标", (8, 30, 18, 12, 10, 16))
    department_head(
        s,
        year=2026,
        dept="河口县融媒体中心",
        budget=[(wan(930), wan(860), wan(70), wan(610), wan(320))],
        goal="做好县域新闻宣传和应急广播，提升主流舆论传播力和影响力。",
    )
    s.row("序号", "指标名称", "指标值", "计量单位", "权重")
    s.table(
        [
            (1, "全年播发新闻稿件", "≥6000", "篇", 15),
            (2, "应急广播终端新增", "≥260", "个", 10),
            (3, "新媒体平台粉丝增长", "≥5", "万人", 10),
            (
                4,
                "新闻稿件审校合格率",
                mk(
                    C(95, "0%"),
                    "T106",
                    "error",
                    alt=("T116",),
                    note="95 typed into a % cell: shows 9500%",
                ),
                "%",
                15,
            ),
            (5, "应急广播终端在线率", pct(0.95), "%", 10),
            (
                6,
                "应急广播终端安装完成时间",
                mk(
                    "2026年13月底前",
                    "Y106",  # (written before Y106 was in the catalogue: T116 then)
                    "error",
                    alt=("T116", "Y102", "T102"),
                    note="there is no 13th month",
                ),
                None,
                10,
            ),
            (
                7,
                "单个应急广播终端采购成本",
                mk("≤0", "T115", "error", note="a cost cap of 0"),
                "万元",
                10,
            ),
            (8, "重大宣传差错", "≤0", "次", 10),
            (9, "受众满意度", pct(0.9), "%", 10),
        ]
    )
    s.row(None, "合计", None, None, 100)
    footer(s, "何志勇", "0873-3107756", "2025年11月20日")
    return b


@variant("mp17-department-period-annual", (8,), "department, Dongguan style 实施周期指标值 and "
         "年度指标值 columns: an annual count above its 实施周期 count")  # fmt: skip
def mp17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 18, 16))
    department_head(
        s,
        year=2026,
        dept="凤岗区退役军人事务局",
        budget=[(wan(720), wan(700), wan(20), wan(380), wan(340))],
        tasks=[
            ("优抚对象走访慰问", "重大节日走访慰问优抚对象", wan(120), "走访慰问2800人次"),
            ("退役军人就业创业", "退役军人技能培训及创业扶持", wan(220), "培训退役军人600人次"),
            ("金额合计", None, wan(340), None),
        ],
        goal="落实优抚政策，做好退役军人就业创业服务，推动退役军人服务保障体系建设。",
    )
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值（2026—2028年）",
          "年度指标值（2026年）", None)  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "走访慰问优抚对象", "≥8400人次", "≥2800人次"),
            (None, None, "退役军人技能培训", "≥1800人次", "≥600人次"),
            (
                None,
                None,
                "新建退役军人服务站",
                "≥12个",
                mk("≥20个", "D201", "error", note="annual 20 above the period's 12"),
            ),
            (None, "质量指标", "优待证申领审核准确率", pct(1), pct(1)),
            (None, "时效指标", "来信来访办结时限", "≤15个工作日", "≤15个工作日"),
            ("成本指标", "经济成本指标", "人均培训费用", "≤3000元/人", "≤3000元/人"),
            ("效益指标", "社会效益指标", "培训后就业率", "≥70%", "≥65%"),
            (None, "可持续影响指标", "服务保障体系", "健全", "持续完善"),
            ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "李建军", "0769-8731442", "2025年11月24日")
    return b


@variant("mp18-two-line-header-correct", (7, 8), "two-year project, OLD-NAT, a two-line header "
         "(绩效指标 over three tiers, 指标值 over 中期 and 年度), a 指标值设定依据 column: "
         "correct")  # fmt: skip
def mp18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 16))
    project_head(
        s, year=2026, years=2, name="南湾区老旧小区二次供水设施改造",
        dept="南湾区住房和城乡建设局（402）",
        unit="南湾区城市更新服务中心",
        money=multi_year_money((1200, 1000, 200), (680, 560, 120)),
        goals=("两年完成48个老旧小区二次供水设施改造，惠及居民1.6万户。",
               "2026年完成26个小区改造，惠及居民8600户。"),
    )  # fmt: skip
    s.row("绩效指标", None, None, "指标值", None, "指标值设定依据", merge=[(1, 3), (4, 5)])
    top = s.r
    s.row("一级指标", "二级指标", "三级指标", "中期", "年度", None)
    s.ws.merge_cells(start_row=top, start_column=6, end_row=s.r, end_column=6)
    s.table(
        [
            ("产出指标", "数量指标", "完成改造小区", "≥48个", "≥26个", "计划标准"),
            (None, None, "惠及居民户数", "≥1.6万户", "≥0.86万户", "计划标准"),
            (None, "质量指标", "改造工程验收合格率", pct(1), pct(1), "行业标准"),
            (None, None, "改造后水质检测达标率", pct(1), pct(1), "行业标准"),
            (
                None,
                "时效指标",
                "改造工程完成时间",
                "2027年12月31日前",
                "2026年12月31日前",
                "计划标准",
            ),
            (None, "成本指标", "小区平均改造成本", "≤25万元/个", "≤25万元/个", "历史标准"),
            ("效益指标", "社会效益指标", "用户水压不足投诉下降率", "≥60%", "≥40%", "历史标准"),
            (None, "可持续影响指标", "二次供水设施统管率", pct(1), "≥55%", "计划标准"),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥90%", "行业标准"),
        ],
        merged=(1, 2),
    )
    footer(s, "周敏", "0755-2641093", "2025年11月13日")
    return b
