"""Bins for villages: collection facilities, stacked township projects, a flat department list
and a three-year county programme (kdy01 to kdy06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout795.common import (
    book,
    cn_day,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout795.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

OP6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kdy01-village-bins-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
    "format, unit costs within the money (correct)",
)
def village_bins_percent() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="澄岭县农村生活垃圾分类收集设施配置项目",
        dept="澄岭县住房和城乡建设局（312006）",
        unit="澄岭县环境卫生服务中心",
        attr="一次性项目",
        money=one_year(186, 150, 36),
        goals=[
            "为全县112个行政村配置四分类垃圾桶4480只，在其中56个中心村建设分类收集"
            "亭56座，年底前农村生活垃圾分类覆盖率达到90%以上。"
        ],
    )
    indicators(s, OP6, [
        ("产出指标", "数量指标", "配置四分类垃圾桶", "≥", 4480, "只"),
        (None, None, "建设村级分类收集亭", "≥", 56, "座"),
        (None, None, "覆盖行政村", "=", 112, "个"),
        (None, "质量指标", "设施到货验收合格率", "≥", pct(0.98), "%"),
        (None, None, "收集亭建设符合标准图集比例", "≥", pct(0.95), "%"),
        (None, "时效指标", "设施配置完成时间", "≤", cn_day(2025, 10, 31), None),
        (None, "成本指标", "四分类垃圾桶采购单价", "≤", 260, "元/只"),
        (None, None, "分类收集亭建设单价", "≤", 1.2, "万元/座"),
        ("效益指标", "社会效益指标", "农村生活垃圾分类覆盖率", "≥", pct(0.9), "%"),
        (None, "生态效益指标", "垃圾乱堆乱放点位下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "分类设施使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "周立群", "0735-6628417", day(2024, 11, 18))
    return b


@variant(
    "kdy02-township-bins-points",
    (5, 10),
    "project, OLD-NAT, numbered tier labels with points and an indicator score column: "
    "a bin count below the goal's, a deadline left from last year, one indicator twice",
)
def township_bins_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="枫陂镇户用分类垃圾桶及积分兑换点建设项目",
        dept="枫陂镇人民政府（415021）",
        unit="枫陂镇农业农村综合服务中心",
        money=one_year(28, 20, 8),
        goals=[
            ok(
                "为全镇23个行政村配置户用分类垃圾桶2300只，建设村级积分兑换点23个，"
                "2025年11月底前全部投入使用。",
                "warning",
                note="the goal side of the D104 at the bin count",
            )
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（60分）", "（一）数量指标",
         mk("配置户用分类垃圾桶", "D104", "warning", row=True,
            note="the goal promises 2300 bins, the indicator asks for 1800"), "≥1800只", 15),
        (None, None, "建设村级积分兑换点", "≥23个", 10),
        (None, None, mk("积分兑换点建设数量", "D101", "warning", row=True, alt=("D103", "D102"),
                        note="the row above again in other words"), "≥23个", 5),
        (None, "（二）质量指标", "分类桶到货验收合格率", "≥95%", 10),
        (None, "（三）时效指标", "设施投入使用时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103", "D104"),
            note="last season's deadline: the budget year and the goal say 2025"), 10),
        (None, "（四）成本指标", "户用分类垃圾桶单价", "≤45元/只", 10),
        ("二、效益指标（30分）", "（一）社会效益指标", "村民垃圾分类知晓率", "提高≥10百分点", 15),
        (None, "（二）生态效益指标", "进入转运环节的其他垃圾减量率", "≥15%", 15),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "村民满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "顾晓澜", "0735-5120396", day(2024, 12, 2))
    return b


def _cart_rows() -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "购置电动分类收集车", "≥8辆"),
        (None, None, "配置勾臂式转运箱", "≥16只"),
        (None, "质量指标", "车辆到货验收合格率", "≥98%"),
        (None, "时效指标", "车辆交付使用时间", "2025年6月30日前"),
        (None, "成本指标", "电动分类收集车单价", "≤5.5万元/辆"),
        (None, None, "勾臂式转运箱单价", "≤1.2万元/只"),
        ("效益指标", "社会效益指标", "村庄垃圾收集及时率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ]


@variant(
    "kdy03-stacked-township",
    (2,),
    "two township projects stacked in one sheet, OLD-NAT, one value column, the same "
    "satisfaction indicator with different values (correct)",
)
def stacked_township() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="桐湾镇农村垃圾分类收集车辆购置项目",
        dept="桐湾镇人民政府（415033）",
        unit="桐湾镇环境卫生管理站",
        attr="一次性项目",
        money=one_year(64, 64, 0),
        goals=["购置电动分类收集车8辆、勾臂式转运箱16只，6月底前投入全镇17个行政村的分类收集。"],
    )
    indicators(s, ONE4, _cart_rows())
    s.skip()
    project_head(
        s,
        year=2025,
        name="桐湾镇村级垃圾分类督导员补助项目",
        dept="桐湾镇人民政府（415033）",
        unit="桐湾镇环境卫生管理站",
        money=one_year(43.2, 43.2, 0),
        title="",
        goals=["全年补助村级分类督导员60人（每人每月600元），督导村民按四分类投放。"],
    )
    indicators(s, ONE4, [
        ("产出指标", "数量指标", "补助村级分类督导员", "≥60人"),
        (None, "质量指标", "督导员上岗培训率", "≥95%"),
        (None, "时效指标", "补助发放时间", "每月15日前"),
        (None, "成本指标", "督导员补助标准", "≤600元/人·月"),
        ("效益指标", "社会效益指标", "村民分类投放准确率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "韦承志", "0735-5301172", day(2024, 11, 26))
    return b


@variant(
    "kdy04-stacked-hamlet-defects",
    (2, 12),
    "two township projects stacked, OLD-NAT: a rate under 时效, the second project's goal "
    "dated two years back, its subsidy standard × headcount above its money",
)
def stacked_hamlet_defects() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="石埠乡村庄垃圾分类亭建设项目",
        dept="石埠乡人民政府（415047）",
        unit="石埠乡村镇建设服务站",
        attr="一次性项目",
        money=one_year(36, 30, 6),
        goals=["在全乡12个行政村各建设垃圾分类亭1座，9月底前完工。"],
    )
    indicators(s, ONE4, [
        ("产出指标", "数量指标", "建设垃圾分类亭", "≥12座"),
        (None, "质量指标", "分类亭竣工验收合格率", "≥95%"),
        (None, "时效指标", "分类亭完工时间", "2025年9月30日前"),
        (None, None, mk("村民分类投放准确率", "F201", "warning", row=True, alt=("F105",),
                        note="an accuracy rate (质量 or an effect) filed under 时效"), "≥75%"),
        (None, "成本指标", "分类亭建设单价", "≤2.8万元/座"),
        ("效益指标", "生态效益指标", "其他垃圾外运量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="石埠乡垃圾分类入户宣传督导项目",
        dept="石埠乡人民政府（415047）",
        unit="石埠乡村镇建设服务站",
        money=one_year(12, 12, 0),
        title="",
        goals=[
            mk(
                "聘用分类督导员14人，全年开展入户宣传和桶边督导，2023年底前实现全乡"
                "14个村入户宣传全覆盖。",
                "Y103",
                "warning",
                alt=("Y101", "Y102"),
                note="a deadline left from an older plan: the budget year is 2025",
            )
        ],
    )
    indicators(s, ONE4, [
        ("产出指标", "数量指标", "聘用分类督导员", "≥14人"),
        (None, None, "入户宣传户数", "≥3200户"),
        (None, "时效指标", "督导员补贴发放时间", "每月10日前"),
        (None, "成本指标", "督导员补贴标准",
         mk("≤800元/人·月", "B107", "warning", row=True,
            note="14人 × 800元 × 12月 = 13.44万元, above the project's 12万元")),
        ("效益指标", "社会效益指标", "农户垃圾分类知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吕秋禾", "0735-5417738", day(2024, 11, 29))
    return b


@variant(
    "kdy05-flat-township-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
    "cells, 0起 on an incident count, weights adding to 100 (correct)",
)
def flat_township_department() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="茗溪乡人民政府",
        budget=[(wan(1260), wan(1180), wan(80), wan(890), wan(370))],
        tasks=[
            (
                "农村垃圾分类收运",
                "14个行政村分类收运、分类桶补充",
                wan(210),
                "分类收运覆盖全部行政村",
            ),
            ("人居环境整治", "村庄清洁行动、积存垃圾清理", wan(160), "14个村完成整治"),
            ("金额合计", None, wan(370), None),
        ],
        goal="全乡14个行政村生活垃圾分类收运全覆盖，新增分类垃圾桶900只，生活垃圾"
        "日产日清，杜绝露天焚烧垃圾。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("垃圾分类收运覆盖行政村", 15, "个", "≥", 14),
        ("新增分类垃圾桶", 10, "只", "≥", 900),
        ("生活垃圾日产日清率", 15, "%", "≥", pct(0.95)),
        ("露天焚烧垃圾事件", 10, "起", "≤", 0),
        ("分类收运车辆故障停运率", 10, "%", "≤", pct(0.03)),
        ("进入焚烧厂的其他垃圾减量率", 10, "%", "≥", pct(0.12)),
        ("完成人居环境整治村庄", 15, "个", "≥", 14),
        ("村民满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "冉书遥", "0735-5632094", day(2024, 11, 20))
    return b


@variant(
    "kdy06-county-three-year",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: a period village count below the "
    "goal's, a cumulative bin count copied, a yearly visit count above the period's",
)
def county_three_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="澄岭县农村生活垃圾分类全域推进项目",
        dept="澄岭县住房和城乡建设局（312006）",
        unit="澄岭县环境卫生服务中心",
        money=multi_year((900, 780, 120), (300, 260, 40)),
        goals=[
            ok(
                "2025—2027年分三批在全县186个行政村推行垃圾分类，配置分类桶7440只，"
                "建成村级再生资源回收网点186个。",
                "warning",
                note="the goal side of the D104 at the village count",
            ),
            "2025年在首批62个行政村推行垃圾分类，配置分类桶2480只，建成回收网点62个。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "推行垃圾分类行政村",
         mk("≥168个", "D104", "warning", row=True, note="中期目标 names 186 villages"), "≥62个"),
        (None, None, "配置分类垃圾桶", "≥7440只",
         mk("≥7440只", "D202", "warning", alt=("D104",),
            note="the period's count copied into the year (the 年度目标 says 2480)")),
        (None, None, "建成村级再生资源回收网点", "≥186个", "≥62个"),
        (None, None, "开展入户分类宣传", "≥9000户次",
         mk("≥12000户次", "D201", "error", note="one year above the whole period")),
        (None, "质量指标", "分类桶到货验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "批次推行完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "分类垃圾桶采购单价", "≤250元/只", "≤250元/只"),
        ("效益指标", "社会效益指标", "农村生活垃圾分类覆盖率", "≥90%", "≥33%"),
        (None, "生态效益指标", "其他垃圾清运量下降率", "≥20%", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：中期指标值为2025—2027年累计值，年度指标值为2025年当年值。")
    sign(s, "周立群", "0735-6628417", day(2024, 11, 18))
    return b
