"""芝麻 planting and the sesame-oil mill: hj01–hj06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout676.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout676.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

HEAD_OP = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "hj01-sesame-base",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
    "cells, a goal area with its core part in brackets (correct)",
)
def hj01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="苍柘县芝麻标准化种植基地建设",
        dept="苍柘县农业农村局（217）",
        unit="苍柘县经济作物工作站",
        money=one_year(wan(180), wan(150), wan(30)),
        goals=[
            "建设芝麻标准化种植基地1200亩（其中核心示范区300亩），推广良种和轻简化"
            "栽培，带动种植户260户增收，为2027年全县推广积累技术规程。"
        ],
    )
    indicators(
        s,
        HEAD_OP,
        [
            ("一、产出指标", "（一）数量指标", "标准化种植面积", "≥", 1200, "亩"),
            (None, None, "其中：核心示范区面积", "≥", 300, "亩"),
            (None, None, "种植技术培训", "≥", 400, "人次"),
            (None, "（二）质量指标", "良种覆盖率", "≥", pct(0.95), None),
            (None, None, "示范区芝麻亩产", "≥", 110, "公斤"),
            (None, "（三）时效指标", "夏播完成时间", "≤", day(2026, 6, 20, CN_DATE), None),
            ("二、成本指标", "（一）经济成本指标", "良种补贴标准", "≤", 60, "元/亩"),
            (None, None, "物化技术补助标准", "≤", 500, "元/户"),
            ("三、效益指标", "（一）经济效益指标", "种植户亩均增收", "≥", 150, "元"),
            (None, "（二）社会效益指标", "带动种植户", "≥", 260, "户"),
            (None, "（三）生态效益指标", "农药使用量下降率", "≥", pct(0.1), None),
            (None, "（四）可持续影响指标", "形成轻简化栽培技术规程", "=", 1, "套"),
            ("四、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
        ],
    )
    signature(s, "邬晓岚", "0739-6621385")
    return b


@variant(
    "hj02-oil-mill-lines",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's line count against the "
    "indicator, a press price × count above the money, money parts above the total",
)
def hj02() -> Book:
    b, s = book()
    total = mk(wan(120), "B101", "error", row=True, note="财政拨款 90 + 其他资金 40 = 130 ≠ 120")
    project_head(
        s,
        year=2026,
        name="栖梧镇小磨香油作坊生产线改造",
        dept="苍柘县工业和信息化局（305）",
        unit="苍柘县栖梧香油加工合作社",
        money=one_year(total, wan(90), wan(40)),
        goals=[
            "改造小磨香油生产线2条，购置石磨及压榨设备5台，年加工芝麻800吨，"
            "带动本地芝麻收购和就业。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            (
                "产出指标",
                "数量指标",
                "改造小磨香油生产线",
                mk("≥3条", "D104", "warning", row=True, note="年度目标写改造生产线2条"),
            ),
            (None, None, "购置石磨及压榨设备", "≥5台"),
            (None, None, "年加工芝麻量", "≥800吨"),
            (None, "质量指标", "香油产品抽检合格率", "=100%"),
            (None, None, "设备安装验收合格率", "≥98%"),
            (None, "时效指标", "生产线改造完成时间", "9月30日前"),
            (
                None,
                "成本指标",
                "压榨设备购置单价",
                mk(
                    "≤28万元/台",
                    "B107",
                    "warning",
                    row=True,
                    note="28万元 × 5台 = 140万元，超过项目资金120万元",
                ),
            ),
            ("效益指标", "经济效益指标", "带动芝麻种植户增收", "≥80万元"),
            (None, "社会效益指标", "带动当地就业", "≥15人"),
            (None, "可持续影响指标", "改造设备使用年限", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "芝麻种植户满意度", "≥90%"),
        ],
    )
    signature(s, "廖春桐", "0739-6630214")
    return b


@variant(
    "hj03-sesame-varieties-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: an annual area above the period's, "
    "a period count below the 中期目标, last season's year in the 年度目标",
)
def hj03() -> Book:
    b, s = book()
    annual_goal = mk(
        "2025年示范推广新品种1500亩，培训种植户300人次。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年是上一季的年份，预算年度为2026年",
    )
    project_head(
        s,
        year=2026,
        years=2,
        name="芝麻新品种示范推广",
        dept="苍柘县农业农村局（217）",
        unit="苍柘县种子管理站",
        money=multi_year((wan(260), wan(220), wan(40)), (wan(140), wan(120), wan(20))),
        goals=[
            "2026—2027年在蒲滩、栖梧等5个乡镇示范推广柘芝3号等新品种3000亩，"
            "两年累计培训种植户600人次，建立良种繁育田200亩。",
            annual_goal,
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"),
        [
            ("产出指标", "数量指标", "新品种示范推广面积", "≥3000亩", "≥1500亩"),
            (
                None,
                None,
                "良种繁育田面积",
                "≥200亩",
                mk("≥260亩", "D201", "error", note="年度260亩大于两年合计200亩"),
            ),
            (
                None,
                None,
                "培训种植户",
                mk("≥400人次", "D104", "warning", row=True, note="中期目标写两年累计600人次"),
                "≥300人次",
            ),
            (None, "质量指标", "良种纯度", "≥98%", "≥98%"),
            (None, "时效指标", "测产验收完成时间", "2027年10月31日前", "2026年10月31日前"),
            ("成本指标", "经济成本指标", "良种补助标准", "≤50元/亩", "≤50元/亩"),
            ("效益指标", "经济效益指标", "示范区亩均增产", "≥15公斤", "≥15公斤"),
            (None, "社会效益指标", "带动种植户", "≥500户", "≥260户"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "滕语冬", "0739-6658420")
    return b


@variant(
    "hj04-mill-service-flat",
    (3, 1, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells with % in the unit column, a fall in 百分点, 0起 (correct)",
)
def hj04() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="苍柘县粮油加工服务中心",
        budget=[(wan(386.5), wan(346.5), wan(40), wan(216.5), wan(170))],
        tasks=[
            (
                "香油作坊质量提升",
                "指导12家小磨香油作坊改造清洁生产线",
                wan(90),
                "作坊抽检合格率达98%",
            ),
            ("粮油质量抽检", "抽检芝麻、香油等样品600批次", wan(48), "及时发布结果"),
            ("从业人员培训", "培训作坊从业人员300人次", wan(32), "持证上岗"),
            ("金额合计", None, wan(170), None),
        ],
        goal="完成粮油样品抽检600批次，指导12家香油作坊完成清洁化改造，培训从业人员"
        "300人次，全年不发生区域性粮油质量安全事件。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("粮油样品抽检批次", 20, "批次", "≥", 600),
            ("香油作坊清洁化改造", 15, "家", "≥", 12),
            ("从业人员培训人次", 10, "人次", "≥", 300),
            ("香油抽检合格率", 15, "%", "≥", pct(0.98)),
            ("抽检不合格率较上年下降", 10, "百分点", "≥", 2),
            ("区域性粮油质量安全事件", 10, "起", "=", 0),
            ("抽检结果发布时限", 10, "工作日", "≤", 15),
            ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    notes(s, "注：权重合计100分；不合格率下降幅度以百分点计。")
    signature(s, "符景川", "0739-6602771", day(2025, 11, 26))
    return b


@variant(
    "hj05-sesame-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT: a subsidy rate × area above the first "
    "project's money, the second's money parts off, 出油率 twice with a word more",
)
def hj05() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=2026,
        name="栖梧镇芝麻种植生产补贴",
        dept="苍柘县农业农村局（217）",
        unit="栖梧镇农业综合服务站",
        money=one_year(wan(12), wan(12), wan(0)),
        goals=["对栖梧镇2000亩芝麻种植给予生产补贴，稳定种植面积。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "补贴种植面积", "≥2000亩"),
            (None, "质量指标", "补贴发放准确率", "=100%"),
            (None, "时效指标", "补贴资金发放时间", "11月30日前"),
            (
                None,
                "成本指标",
                "芝麻种植补贴标准",
                mk(
                    "≤80元/亩",
                    "B107",
                    "warning",
                    row=True,
                    note="80元 × 2000亩 = 16万元，超过项目资金12万元",
                ),
            ),
            ("效益指标", "经济效益指标", "种植户亩均增收", "≥100元"),
            (None, "社会效益指标", "受益种植户", "≥150户"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
        ],
    )
    s.skip()
    _hj05_mill(s)
    signature(s, "蒙秋实", "0739-6615063")
    return b


def _hj05_mill(s: Sheet) -> None:
    """hj05's second project, stacked under the first."""
    total = mk(wan(60), "B101", "error", row=True, note="财政拨款 45 + 其他资金 10 = 55 ≠ 60")
    project_head(
        s,
        year=2026,
        title="",
        name="小磨香油作坊技术改造",
        dept="苍柘县农业农村局（217）",
        unit="苍柘县农产品加工办公室",
        money=one_year(total, wan(45), wan(10)),
        goals=["支持6家小磨香油作坊改造炒籽、研磨设备，提高出油率和产品品质。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "改造香油作坊", "≥6家"),
            (None, "质量指标", "芝麻香油出油率", "≥45%"),
            (None, "时效指标", "改造完成时间", "10月31日前"),
            (None, "成本指标", "单家作坊改造补助", "≤9万元/家"),
            (
                "效益指标",
                "经济效益指标",
                mk(
                    "香油出油率",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D102", "D101"),
                    note="与质量指标“芝麻香油出油率 ≥45%”是同一指标，值却为42%",
                ),
                "≥42%",
            ),
            (None, "社会效益指标", "带动就业", "≥20人"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )


@variant(
    "hj06-sesame-brand-template",
    (6, 13, 7),
    "project, NAT-2021, header 预期目标: an indicator value without a name, a tier-2 left "
    "from the template, a deadline in the year after a one-year project",
)
def hj06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="苍柘芝麻香油区域公用品牌培育",
        dept="苍柘县商务和粮食局（411）",
        unit="苍柘县香油产业协会",
        money=one_year(wan(85), wan(70), wan(15)),
        goals=[
            "举办芝麻香油推介活动6场（其中线上直播4场），培训作坊从业人员200人次，"
            "授权10家作坊使用区域公用品牌。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "品牌推介活动", "≥6场"),
            (None, None, "作坊从业人员培训", "≥200人次"),
            (
                None,
                None,
                mk(None, "F110", "error", note="有指标值≥10家，三级指标名称空白"),
                "≥10家",
            ),
            (None, "质量指标", "授权作坊产品抽检合格率", "≥98%"),
            (
                None,
                "时效指标",
                "品牌授权完成时间",
                mk("2027年3月31日前", "Y102", "error", note="一年期项目（2026年），期限却在2027年"),
            ),
            ("成本指标", "经济成本指标", "推介活动场均费用", "≤6万元/场"),
            ("效益指标", "经济效益指标", "品牌香油销售额增长率", "≥10%"),
            (
                None,
                mk("生态效益指标", "F109", "warning", row=True, note="模板行，未填指标"),
                None,
                None,
            ),
            (None, "可持续影响指标", "品牌授权使用作坊", "≥10家"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
        ],
    )
    signature(s, "阮知夏", "0739-6647512")
    return b
