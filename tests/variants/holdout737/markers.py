"""Farmland-boundary survey-marker (耕地保护界桩) returns: kbs07–kbs12."""

from __future__ import annotations

from tests.variants.holdout737.common import (
    TIERS,
    block,
    indicators,
    notes,
    project,
    signs,
    start,
)
from tests.variants.holdout737.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kbs07-markers-footnotes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a note row inside the table, footnotes, "
         "填表说明, signature and a fill date of the year before (correct)")  # fmt: skip
def markers_footnotes() -> Book:
    b, s = start()
    project(s, "耕地保护界桩埋设项目", "澄岭县耕地保护监督所",
            [("年度资金总额", 45, "其中：财政拨款", 40), (None, None, "其他资金", 5)],
            ["2026年在石楠镇、柘坪乡埋设耕地保护界桩860个（永久基本农田界桩620个、一般耕地"
             "界桩240个），完成界址点测量2150个。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "界桩埋设数量", "≥860个"),
        (None, None, "其中：永久基本农田界桩", "≥620个"),
        (None, None, "界址点测量数量", "≥2150个"),
        (None, "质量指标", "界址点测量中误差", "≤5厘米"),
        (None, None, "界桩埋设合格率", "≥98%"),
        (None, "时效指标", "界桩埋设完成时间", "2026年10月31日前"),
        (None, "成本指标", "界桩单价（含运输及埋设）", "≤350元/个"),
    ])  # fmt: skip
    notes(s, "注：界桩规格执行省级统一样式，单价按2025年询价结果测算。", width=4)
    block(s, [
        ("效益指标", "社会效益指标", "边界公示到村数量", "≥42个"),
        (None, "可持续影响指标", "界桩管护责任落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "村集体经济组织满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：界桩单价 × 数量 = 30.1万元，其余为测量及公示费用。",
          "填表说明：1.指标值应含比较符和计量单位；2.本表一式三份。", width=4)  # fmt: skip
    signs(s, "岑砚秋", "0736-5830218", day(2025, 11, 18))
    return b


@variant("kbs08-markers-duplicates", (11,),
         "project, OLD-NAT: the goal names last year, the same count twice with different values, "
         "a unit cost × count beyond the money")  # fmt: skip
def markers_duplicates() -> Book:
    b, s = start()
    project(s, "永久基本农田保护界桩补埋项目", "沅口镇自然资源所",
            [("年度资金总额", 45, "其中：财政拨款", 38), (None, None, "其他资金", 7)],
            [mk("2025年在沅口镇补埋、更换永久基本农田保护界桩860个，完成界桩坐标入库。",
                "Y103", "warning", alt=("Y101",),
                note="2026年度的表，年度目标写的是上一年")])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "界桩补埋数量", "≥860个"),
        (None, None, "界桩坐标入库数量", "≥860个"),
        (None, None, "永久基本农田界桩补埋数量",
         mk("≥680个", "D102", "error", row=True, alt=("D103", "D104"),
            note="与“界桩补埋数量 ≥860个”是同一指标，数量不同")),
        (None, "质量指标", "界桩埋设合格率", "≥98%"),
        (None, "时效指标", "补埋完成时间", "2026年9月30日前"),
        (None, "成本指标", "界桩单价",
         mk("≤600元/个", "B107", "warning", row=True,
            note="600元 × 860个 = 51.6万元，超过年度资金45万元")),
        ("效益指标", "社会效益指标", "永久基本农田边界纠纷调处数", "≥12件"),
        ("满意度指标", "服务对象满意度指标", "承包农户满意度", "≥90%"),
    ])  # fmt: skip
    signs(s, "邝溪", "0736-5837764")
    return b


@variant("kbs09-points-percentage-points", (10, 5),
         "project, NAT-2021, numbered tier labels with points and an indicator score column that "
         "both add to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def points_percentage_points() -> Book:
    b, s = start()
    project(
        s,
        "耕地边界测量标志数据库更新项目",
        "澄岭县不动产登记中心",
        [("年度资金总额", 68, "其中：财政拨款", 60), (None, None, "其他资金", 8)],
        ["复测界桩坐标1500个，更新耕地边界图斑3200个，界址点成果入库率较上年提高5个百分点。"],
    )
    indicators(s, (*TIERS, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "界桩坐标复测数量", "≥1500个", 15),
        (None, None, "边界图斑更新数量", "≥3200个", 10),
        (None, "2.质量指标", "复测成果合格率", "≥98%", 15),
        (None, "3.时效指标", "成果入库完成时间", "2026年11月30日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单个界桩复测成本", "≤200元/个", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "界址点成果入库率较上年提高", "≥5百分点", 15),
        (None, "2.可持续影响指标", "数据库年度更新机制", "建立并执行", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "乡镇自然资源所满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("kbs10-points-wrong-tier", (10, 5),
         "project, NAT-2021, tier labels with points: the 产出 scores fall short of its points, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def points_wrong_tier() -> Book:
    b, s = start()
    project(
        s,
        "柘坪乡耕地边界界桩管护项目",
        "柘坪乡人民政府",
        [("年度资金总额", 22, "其中：财政拨款", 20), (None, None, "其他资金", 2)],
        ["对柘坪乡已埋设的540个耕地保护界桩开展季度巡护，损毁界桩及时修复。"],
    )
    b.file_mark("W101", "error", required=False, note="产出分值少5分，总分随之为95")
    indicators(s, (*TIERS, "分值"), [
        (mk("产出指标（50分）", "W103", "error", note="其下分值 20 + 15 + 10 = 45，不是50"),
         "数量指标", "界桩巡护数量", "≥540个", 20),
        (None, "质量指标", "损毁界桩修复合格率", "≥95%", 15),
        (None, "时效指标", "损毁界桩修复时限", "≤15个工作日", 10),
        ("成本指标（10分）", "经济成本指标", "单个界桩年管护费用", "≤400元/个", 10),
        ("效益指标（30分）", "社会效益指标", "界桩完好率", "≥95%", 15),
        (None, None, "界桩管护群众满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下"), 15),
        ("满意度指标（10分）", "服务对象满意度指标", "村民小组满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kbs11-export-template-row",
    (7,),
    "budget-system export: money on sheet 05-1, codes in the first columns and the indicator "
    "table on sheet 05-2 from row 3: a template example row and a deadline in the next year",
)
def export_template_row() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 12, 12, 12, 12, 14, 14))
    s.title("2026年度部门项目支出预算表", 8)
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期", "计划开始日期",
          "计划完成日期")  # fmt: skip
    s.row("P26318004", "农村集体土地界址测绘项目", 84, 76, 8, "1年", day(2026, 1, 1),
          day(2026, 12, 31))  # fmt: skip
    s.row("年度绩效目标", "完成柘坪乡、石楠镇农村集体土地界址测量1250宗，11月底前成果入库。",
          merge=[(2, 8)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 12, 12, 14, 14, 28, 16))
    t.title("2026年度部门项目支出绩效目标表", 8)
    t.row("单位：万元")
    indicators(t, ("单位编码", "单位名称", "项目编码", "项目名称", *TIERS), [
        ("318001", "澄岭县自然资源局", "P26318004", "农村集体土地界址测绘项目", "产出指标",
         "数量指标", "界址测量宗地数", "≥1250宗"),
        ("318001", "澄岭县自然资源局", "P26318004", "农村集体土地界址测绘项目", None, None,
         mk("示例：完成XX宗地调查", "X101", "error", row=True, note="模板示例行未删除"), "≥XX宗"),
        ("318001", "澄岭县自然资源局", "P26318004", "农村集体土地界址测绘项目", None,
         "质量指标", "界址点精度达标率", "≥98%"),
        ("318001", "澄岭县自然资源局", "P26318004", "农村集体土地界址测绘项目", None,
         "时效指标", "成果入库时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2026年），目标写11月底前入库")),
        ("318001", "澄岭县自然资源局", "P26318004", "农村集体土地界址测绘项目", None,
         "成本指标", "每宗地测绘成本", "≤600元/宗"),
        ("318001", "澄岭县自然资源局", "P26318004", "农村集体土地界址测绘项目", "效益指标",
         "社会效益指标", "界址争议宗地调处率", "≥90%"),
        ("318001", "澄岭县自然资源局", "P26318004", "农村集体土地界址测绘项目", "满意度指标",
         "服务对象满意度指标", "权利人满意度", "≥90%"),
    ], merged=(5, 6))  # fmt: skip
    return b


@variant("kbs12-patrol-directions", (11, 1),
         "project, OLD-NAT, operator column headed 指标方向, typed percents: a 下降率 with ≥, "
         "a 0起 incident count, a damage rate with ≤ (correct)")  # fmt: skip
def patrol_directions() -> Book:
    b, s = start()
    project(
        s,
        "耕地保护界桩巡查管护项目",
        "澄岭县耕地保护监督所",
        [("年度资金总额", 36, "其中：财政拨款", 30), (None, None, "其他资金", 6)],
        ["聘请村级耕地保护巡查员240人，每月巡查界桩一次，边界纠纷数量较上年下降10%以上。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "村级巡查员聘用人数", "≥", 240, "人"),
        (None, None, "界桩巡查频次", "≥", 12, "次/年"),
        (None, "质量指标", "界桩损毁率", "≤", pct(0.02), "%"),
        (None, "时效指标", "巡查问题整改及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "巡查员补助标准", "≤", 1200, "元/人·年"),
        ("效益指标", "社会效益指标", "耕地边界纠纷数量下降率", "≥", pct(0.1), "%"),
        (None, None, "因界桩缺失引发的违法占地案件", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "巡查员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signs(s, "岑砚秋", "0736-5830218")
    return b
