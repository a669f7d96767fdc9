"""Returns across the season: notes and page breaks, template rows, abbreviated labels, one-year
and stacked multi-year projects, money detail."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout650.common import (
    DEPT,
    funds,
    indicators,
    notes,
    project,
    sign,
    w,
)
from tests.variants.holdout650.registry import variant
from tests.variants.kit import Book, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "gj13-harvest-notes",
    (4,),
    "project, OLD-NAT, one value column: a 注 row between "
    "tiers, the header repeated after a page break, 说明 and signature lines (correct)",
)
def harvest_notes() -> Book:
    goal = "指导丹参采收与产地初加工，建设晾晒场地4处，培训采收加工人员200人次。"
    b, s = project(2026, "丹参采收与产地初加工指导", funds(36, 36, 0), [goal])
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "晾晒场地建设", "≥4处"),
            (None, None, "采收加工人员培训", "≥200人次"),
            (None, "质量指标", "初加工丹参片含水量达标率", "≥95%"),
            (None, "时效指标", "晾晒场地建成时间", "2026年9月30日前"),
            (None, "成本指标", "单处晾晒场地建设费用", "≤6万元"),
        ],
    )
    notes(s, "注：晾晒场地建设费用含地面硬化和遮雨棚。")
    indicators(
        s,
        H4,
        [
            ("效益指标", "经济效益指标", "初加工丹参每公斤增值", "≥2元"),
            (None, "社会效益指标", "受益种植户", "≥250户"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    notes(s, "说明：1.本表金额单位为万元；2.指标值中的“≥”表示不低于。")
    sign(s, "罗清禾", "0817-6203126", (2025, 12, 2))
    return b


@variant(
    "gj14-seedling-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template, a value without a name, the template's example row left in",
)
def seedling_template() -> Book:
    goal = "统一供应白术脱毒种栽8万公斤，覆盖种植面积1600亩。"
    b, s = project(2026, "白术种栽统一供应", funds(32, 32, 0), [goal])
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "供应白术脱毒种栽", "≥8万公斤"),
            (None, None, "覆盖种植面积", "≥1600亩"),
            (None, None, mk(None, "F110", "error", note="有指标值却没有名称"), "≥95%"),
            (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
            ("成本指标", "经济成本指标", "种栽补助标准", "≤4元/公斤"),
            (
                "效益指标",
                "社会效益指标",
                "示例：培训人数",
                mk("≥XX人", "X101", "error", note="模板示例行残留"),
            ),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gj15-abbreviated-leftovers",
    (5,),
    "project, OLD-NAT, abbreviated labels with ★: "
    "last season's year in an indicator, a count under 质量, a cost under 数量",
)
def abbreviated_leftovers() -> Book:
    goal = "2026年为丹参种植户供应种苗1200万株，覆盖种植户350户，种苗质量合格率95%以上。"
    b, s = project(2026, "丹参种苗供应保障", funds(40, 40, 0), [goal])
    indicators(
        s,
        H4,
        [
            (
                "★产出",
                "数量",
                mk(
                    "2025年丹参种苗供应量",
                    "Y103",
                    "warning",
                    alt=("D104",),
                    note="2026年项目沿用上季的2025年",
                ),
                "≥1200万株",
            ),
            (
                None,
                None,
                mk("每万株种苗成本", "F201", "warning", row=True, note="成本填在数量下"),
                "≤300元",
            ),
            (None, "质量", "种苗质量合格率", "≥95%"),
            (
                None,
                None,
                mk("种苗供应户数", "F201", "warning", row=True, note="数量填在质量下"),
                "≥350户",
            ),
            (None, "时效", "种苗供应完成时间", "2026年4月30日前"),
            ("★效益", "社会效益", "带动丹参种植面积", "≥2400亩"),
            ("满意度", "服务对象满意度", "种植户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gj16-one-year-columns",
    (8,),
    "one-year project with 中期 and 年度 columns and goals legitimately identical (correct)",
)
def one_year_columns() -> Book:
    text = "完成白术连作障碍土壤改良500亩，示范田白术亩产提高10%以上。"
    b, s = project(2026, "白术连作障碍土壤改良", funds(20, 20, 0), [text, text])
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "土壤改良面积", "≥500亩", "≥500亩"),
            (None, "质量指标", "改良地块土壤有机质达标率", "≥90%", "≥90%"),
            (None, "时效指标", "改良作业完成时间", "2026年3月31日前", "2026年3月31日前"),
            ("成本指标", "经济成本指标", "土壤改良补助标准", "≤400元/亩", "≤400元/亩"),
            ("效益指标", "经济效益指标", "示范田白术亩产增长率", "≥10%", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "gj17-transfer-detail",
    (12,),
    "project, OLD-NAT, 中央补助 + 地方资金, a detail block "
    "adding to the total, a footnote explaining a carried-over part (correct)",
)
def transfer_detail() -> Book:
    goal = "扶持丹参、白术道地产区种苗基地1000亩，赋码溯源产品500吨，检测样品200批次。"
    money_rows = [("年度资金总额", w(85), "其中：中央补助", w(50)), ("地方资金", w(35), None, None)]
    b, s = project(2026, "道地药材产区提升（转移支付）", money_rows, [goal])
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "道地药材种苗基地", "≥1000亩"),
            (None, None, "赋码溯源产品", "≥500吨"),
            (None, None, "检测样品", "≥200批次"),
            (None, "质量指标", "检测合格率", "≥97%"),
            (None, "时效指标", "资金下达完成时间", "2026年6月30日前"),
            (None, "成本指标", "种苗基地补助标准", "≤400元/亩"),
            ("效益指标", "经济效益指标", "产区药材均价提高", "≥5%"),
            ("满意度指标", "服务对象满意度指标", "受扶持主体满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("支出明细", "明细项目", "测算依据", "金额（万元）")
    for line in [
        (None, "种苗基地补助", "1000亩×400元/亩", w(40)),
        (None, "溯源赋码", "500吨×200元/吨", w(10)),
        (None, "质量检测", "200批次×1750元/批次", w(35)),
        (None, "合计", None, w(85)),
    ]:
        s.row(*line)
    notes(s, "注：地方资金35万元含上年结转10万元，合计85万元与年度资金总额一致。")
    return b


@variant(
    "gj18-stacked-multi-year",
    (2, 8),
    "two three-year projects stacked, NAT-2021, 中期 and "
    "年度 columns, each year's count below its period's (correct)",
)
def stacked_multi_year() -> Book:
    b, s = project(
        2026,
        "丹参道地产区良种选育",
        funds(150, 150, 0, (50, 50, 0)),
        [
            "2026—2028年选育丹参良种2个，建设良种繁育田300亩。",
            "2026年完成株系比较试验，建设良种繁育田100亩。",
        ],
        years=3,
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "选育丹参良种", "≥2个", "≥1个"),
            (None, None, "良种繁育田", "≥300亩", "≥100亩"),
            (None, "时效指标", "年度试验完成时间", "2028年10月31日前", "2026年10月31日前"),
            ("成本指标", "经济成本指标", "繁育田建设补助标准", "≤3000元/亩", "≤3000元/亩"),
            ("效益指标", "可持续影响指标", "良种推广储备年限", "≥3年", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "繁育合作社满意度", "≥90%", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        name="白术道地产区良种选育",
        dept=DEPT,
        unit="沱源县农业技术推广站",
        money=funds(90, 90, 0, (30, 30, 0)),
        years=3,
        title="",
        goals=[
            "2026—2028年选育白术良种1个，建设繁育田150亩。",
            "2026年完成种质收集，建设繁育田50亩。",
        ],
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "收集白术种质资源", "≥60份", "≥40份"),
            (None, None, "良种繁育田", "≥150亩", "≥50亩"),
            (None, "质量指标", "种质资源鉴定准确率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "繁育田建设补助标准", "≤3000元/亩", "≤3000元/亩"),
            ("效益指标", "可持续影响指标", "良种推广储备年限", "≥3年", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "繁育合作社满意度", "≥90%", "≥90%"),
        ],
    )
    return b
