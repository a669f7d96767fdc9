"""Household photovoltaics and solar water heaters: tm07 to tm12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout315.common import (
    YEAR,
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout315.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def _pv_lines(s: Sheet, lines: list[tuple[str, float]], total: float) -> None:
    """The 资金测算明细 block under the table: lines and their 合计 in 万元."""
    s.skip()
    s.row("资金测算明细（万元）", merge=[(1, 6)])
    for label, amount in lines:
        s.row(label, wan(amount), merge=[(2, 3)])
    s.row("合计", wan(total), merge=[(2, 3)])


@variant(
    "tm07-pv-percent",
    (1, 12),
    "household PV project, OLD-NAT, operator and unit columns, "
    "percent cells, 万元 in the number format, a detail block that adds up (correct)",
)
def tm07() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="蓼湾镇户用分布式光伏示范推广项目",
        dept="棠梨县发展和改革局",
        unit="蓼湾镇人民政府",
        money=one_year(wan(156), wan(120), wan(36)),
        goals=["补助400户农户安装户用光伏，新增装机3.2兆瓦，增加农户发电收益。"],
    )
    indicators(
        s,
        HEAD6,
        [
            ("产出指标", "数量指标", "补助安装户用光伏户数", "≥", 400, "户"),
            (None, None, "新增装机容量", "≥", 3.2, "兆瓦"),
            (None, "质量指标", "并网验收合格率", "≥", pct(0.98), "%"),
            (None, None, "光伏电站故障停机率", "≤", pct(0.02), "%"),
            (None, "时效指标", "补助资金兑付及时率", "≥", pct(0.95), "%"),
            (None, "成本指标", "户均安装补助标准", "≤", 3000, "元/户"),
            ("效益指标", "经济效益指标", "户均年发电收益", "≥", 2400, "元/户"),
            (None, "生态效益指标", "年减少二氧化碳排放", "≥", 2800, "吨"),
            (None, "可持续影响指标", "光伏组件质保年限", "≥", 10, "年"),
            ("满意度指标", "服务对象满意度指标", "安装农户满意度", "≥", pct(0.9), "%"),
        ],
    )
    _pv_lines(
        s,
        [
            ("户用光伏安装补助（400户×0.3万元）", 120),
            ("并网检测及验收", 21),
            ("技术培训及宣传", 15),
        ],
        156,
    )
    return b


@variant(
    "tm08-pv-percent-wrong",
    (1, 12),
    "household PV project, OLD-NAT, operator and unit "
    "columns: money not adding up, a percent cell over 100, a unit cost beyond the money",
)
def tm08() -> Book:
    b, s = start()
    total = mk(wan(210), "B101", "error", note="150 + 50 = 200 ≠ 210")
    project_head(
        s,
        year=YEAR,
        name="桦沟镇户用光伏整村推进项目",
        dept="雁泽县能源局",
        unit="桦沟镇人民政府",
        money=one_year(total, wan(150), wan(50)),
        goals=["整村推进户用光伏安装400户，全部并网发电。"],
    )
    cap = mk(6000, "B107", "warning", row=True, note="6000元 × 400户 = 240万 > 210万")
    over = mk(pct(1.05), "T106", "error", note="a 合格率 shown as 105%")
    indicators(
        s,
        HEAD6,
        [
            ("产出指标", "数量指标", "整村推进安装户用光伏户数", "≥", 400, "户"),
            (None, "质量指标", "并网验收合格率", "≥", over, "%"),
            (None, "时效指标", "并网发电完成时间", "≤", "11月30日前", None),
            (None, "成本指标", "户均安装补助标准", "≤", cap, "元/户"),
            ("效益指标", "经济效益指标", "户均年发电收益", "≥", 2200, "元/户"),
            (None, "生态效益指标", "年节约标准煤", "≥", 1100, "吨"),
            ("满意度指标", "服务对象满意度指标", "安装农户满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


@variant(
    "tm09-heater-marked-labels",
    (5, 7),
    "solar water heater transfer project, OLD-NAT, "
    "labels with * and ★ and abbreviated, header 绩效目标值 and 备注 (correct)",
)
def tm09() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="农村太阳能热水器推广补助资金",
        dept="雁泽县农业农村局",
        unit="雁泽县农村能源站",
        attr="专项转移支付",
        money=one_year(wan(260), wan(200), wan(60)),
        title=f"{YEAR}年度转移支付项目绩效目标表",
        goals=["推广安装太阳能热水器2500台，改善农村生活用能条件。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "绩效目标值", "备注"),
        [
            ("*产出指标", "★数量", "推广安装太阳能热水器", "≥2500台", "核心指标"),
            (None, None, "补助农户", "≥2500户", None),
            (None, "质量", "热水器安装验收合格率", "≥95%", "行业标准"),
            (None, "时效", "补助资金拨付时间", "9月30日前", None),
            (None, "成本", "每台热水器补助标准", "≤800元/台", "计划标准"),
            ("*效益指标", "生态效益", "年节约标准煤", "≥1500吨", None),
            (None, "社会效益", "受益农村人口", "≥8000人", None),
            (None, "可持续影响", "热水器正常使用年限", "≥8年", None),
            ("满意度", "服务对象满意度", "受益农户满意度", "≥90%", "历史标准"),
        ],
    )
    notes(s, "填表说明：带★的为核心指标，不得删除；带*的为必填项。", width=5)
    return b


@variant(
    "tm10-heater-wrong-parent",
    (5, 13),
    "solar water heater project, NAT-2021, numbered "
    "labels: one tier-2 under the wrong tier-1, a value without a name",
)
def tm10() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="石砚乡太阳能热水器以旧换新补助项目",
        dept="棠梨县农业农村局",
        unit="石砚乡人民政府",
        money=one_year(wan(48), wan(40), wan(8)),
        goals=["以旧换新太阳能热水器800台，回收处置旧机800台。"],
    )
    wrong = mk("3.经济效益指标", "F105", "error", note="经济效益 belongs under 效益指标")
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("一、产出指标", "1.数量指标", "以旧换新太阳能热水器", "≥800台"),
            (None, None, "回收处置旧热水器", "≥800台"),
            (None, "2.质量指标", "新装热水器验收合格率", "≥95%"),
            (None, wrong, "农户年均节省用能支出", "≥300元/户"),
            ("二、成本指标", "1.经济成本指标", "每台换新补助标准", "≤500元/台"),
            ("三、效益指标", "1.生态效益指标", "年节约标准煤", "≥480吨"),
            (None, None, nameless, "≥1200吨"),
            (None, "2.可持续影响指标", "新装热水器正常使用年限", "≥8年"),
            ("四、满意度指标", "1.服务对象满意度指标", "换新农户满意度", "≥90%"),
        ],
    )
    signature(s, "韦迟砚", "沈卜青", "0739-6610752")
    return b


@variant(
    "tm11-pv-tier-points",
    (10, 11),
    "household PV project, NAT-2021, tier-1 score column and "
    "indicator score column, a 百分点 rise: 产出 scores short, a 反向 rate with ≥",
)
def tm11() -> Book:
    b, s = start("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="雁泽县户用光伏乡村振兴帮扶项目",
        dept="雁泽县乡村振兴局",
        unit="雁泽县农村能源站",
        money=one_year(wan(96), wan(96), wan(0)),
        goals=["为脱贫户安装户用光伏240户，发电收益用于巩固脱贫成果。"],
    )
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(
        s,
        head,
        [
            (
                "产出指标",
                mk(50, "W103", "error", note="15 + 10 + 10 + 10 = 45 ≠ 50"),
                "数量指标",
                "帮扶安装户用光伏户数",
                "≥240户",
                15,
            ),
            (None, None, None, "新增装机容量", "≥1.92兆瓦", 10),
            (
                None,
                None,
                "质量指标",
                "光伏逆变器故障率",
                mk("≥1%", "T108", "warning", row=True, note="a 故障率 is 反向"),
                10,
            ),
            (None, None, "时效指标", "并网发电完成时间", "10月31日前", 10),
            ("成本指标", 10, "经济成本指标", "户均安装补助", "≤4000元/户", 10),
            ("效益指标", 30, "经济效益指标", "户均年增收", "≥1800元", 15),
            (None, None, "社会效益指标", "脱贫户光伏覆盖率", "提高≥5百分点", 15),
            ("满意度指标", 10, "服务对象满意度指标", "帮扶农户满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    b.file_mark("W101", "error", required=False, note="the same shortfall seen as a total of 95")
    return b


@variant(
    "tm12-heater-template",
    (6, 7),
    "solar water heater project, NAT-2021, headers 考核指标, "
    "目标值（年度） and 评价标准: a template tier-2 left empty, a deadline as a percent",
)
def tm12() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="柘岭区太阳能热水器进村入户项目",
        dept="柘岭区农业农村局",
        unit="柘岭区农村能源服务中心",
        money=one_year(wan(75), wan(60), wan(15)),
        goals=["为1000户农户安装太阳能热水器，并建立售后维修台账。"],
    )
    empty = mk("经济效益指标", "F109", "warning", row=True, note="template tier-2 left empty")
    late = mk("100%", "T113", "warning", note="a completion date given as a percent")
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "安装太阳能热水器户数", "≥1000户", "每少10户扣1分"),
            (None, "质量指标", "安装验收合格率", "≥95%", "每低1%扣1分"),
            (None, "时效指标", "安装任务完成时间", late, "逾期不得分"),
            ("成本指标", "经济成本指标", "户均安装补助标准", "≤600元/户", "超标准不得分"),
            ("效益指标", empty, None, None, None),
            (None, "社会效益指标", "售后维修台账建档率", "=100%", "未建档按比例扣分"),
            (None, "生态效益指标", "年节约标准煤", "≥600吨", "按测算核定"),
            ("满意度指标", "服务对象满意度指标", "安装农户满意度", "≥90%", "问卷调查"),
        ],
    )
    return b
