"""Returns kda13–kda18: free screening of the two cancers for rural women (农村妇女两癌筛查)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout771.common import (
    CODE,
    HEAD4,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    start,
    wan,
)
from tests.variants.holdout771.registry import variant
from tests.variants.kit import Book, mk, pct

UNIT = "栖枫县妇幼保健院"


@variant(
    "kda13-screening-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels, a tier-1 "
    "score column and an indicator score column, a rate raised in 百分点 (correct)",
)
def screening_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="农村妇女两癌免费筛查", dept=CODE, unit=UNIT,
                 money=one_year(150, 135, 15),
                 goals=["为农村适龄妇女免费开展宫颈癌筛查6000人、乳腺癌筛查6000人，"
                        "早诊率较上年提高3个百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "分值", "指标值"), [
        ("一、产出指标", 50, "1.数量指标", "宫颈癌筛查人数", 10, "≥6000人"),
        (None, None, None, "乳腺癌筛查人数", 10, "≥6000人"),
        (None, None, "2.质量指标", "筛查质控合格率", 10, "≥95%"),
        (None, None, None, "阳性病例随访管理率", 10, "不低于90%"),
        (None, None, "3.时效指标", "筛查任务完成时间", 10, "2025年11月30日前"),
        ("二、成本指标", 10, "1.经济成本指标", "两癌筛查人均补助标准", 10, "≤120元/人"),
        ("三、效益指标", 30, "1.社会效益指标", "两癌早诊率较上年提高", 15, "≥3百分点"),
        (None, None, None, "两癌防治知识知晓率", 15, "≥85%"),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "受检妇女满意度", 10, "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值各自合计100分，不重复计算。")
    return b


@variant(
    "kda14-screening-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT: the first's "
    "count below its goal, the second's total ≠ its parts and a near-duplicate count",
)
def screening_stacked_defects() -> Book:
    b, s = start()
    project_head(s, year=2025, name="农村妇女宫颈癌免费筛查", dept=CODE, unit=UNIT,
                 money=one_year(96, 80, 16),
                 goals=["完成农村适龄妇女宫颈癌筛查8000人，人均补助不超过120元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "宫颈癌筛查人数",
         mk("≥6000人", "D104", "warning", row=True, note="年度目标写筛查8000人")),
        (None, "质量指标", "筛查质控合格率", "≥95%"),
        (None, "时效指标", "筛查完成时间", "2025年11月30日前"),
        (None, "成本指标", "宫颈癌筛查人均补助", "≤120元/人"),
        ("效益指标", "社会效益指标", "宫颈癌早诊率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="农村妇女乳腺癌免费筛查", dept=CODE, unit=UNIT, title="",
                 money=one_year(mk(wan(110), "B101", "error", note="90 + 15 = 105，不是110"),
                                90, 15),
                 goals=["完成农村适龄妇女乳腺癌筛查7000人，人均补助不超过150元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "乳腺癌筛查人数", "≥7000人"),
        (None, None, "农村妇女乳腺癌筛查人数",
         mk("≥6500人", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与上一行是同一指标，多了“农村妇女”，人数却不同")),
        (None, "质量指标", "乳腺超声检查规范率", "≥95%"),
        (None, "时效指标", "筛查完成时间", "2025年11月30日前"),
        (None, "成本指标", "乳腺癌筛查人均补助", "≤150元/人"),
        ("效益指标", "社会效益指标", "乳腺癌早诊率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kda15-screening-flat-two", (3, 8), "department, flat list with a unit column and "
         "实施周期 and 年度 value columns, a 下降率 with ≥ (correct)")  # fmt: skip
def screening_flat_two() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="栖枫县妇幼保健院",
                    budget=[(wan(480), wan(450), wan(30), wan(300), wan(180))],
                    goal="2025—2027年累计为农村适龄妇女免费筛查两癌24000人，"
                         "2025年筛查8000人，阳性病例全部纳入随访管理。")  # fmt: skip
    s.row("指标名称", "计量单位", "实施周期指标值（2025—2027年）", "年度指标值（2025年）")
    s.table([
        ("两癌筛查人数", "人", "≥24000", "≥8000"),
        ("适龄农村妇女筛查覆盖率", "%", "≥60", "≥60"),
        ("阳性病例随访管理率", "%", "≥95", "≥95"),
        ("晚期病例占比下降率", "%", "≥5", "≥2"),
        ("筛查结果反馈时间", "工作日", "≤15", "≤15"),
        ("人均筛查补助标准", "元/人", "≤150", "≤150"),
        ("受检妇女满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    sign(s, "谭映秋", "0736-5190428", (2024, 11, 21))
    return b


@variant("kda16-screening-direction", (1, 11), "project, OLD-NAT, operators in words in their "
         "own column, unit column, typed percents: a 失访率 with 大于等于, cost × count above "
         "the money")  # fmt: skip
def screening_direction() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="农村妇女宫颈癌筛查扩面",
        dept=CODE,
        unit=UNIT,
        money=one_year(150, 130, 20),
        goals=["为12000名农村适龄妇女免费开展宫颈癌筛查，阳性病例随访不失访。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "宫颈癌筛查人数", "大于等于", 12000, "人"),
        (None, "质量指标", "筛查质控合格率", "大于等于", pct(0.95), "%"),
        (None, None, "阳性病例随访失访率",
         mk("大于等于", "T108", "warning", row=True, note="失访率是反向指标，应为小于等于"),
         pct(0.05), "%"),
        (None, "时效指标", "筛查结果告知时限", "小于等于", 15, "工作日"),
        (None, "成本指标", "宫颈癌筛查补助标准", "小于等于",
         mk(150, "B107", "warning", row=True, note="150元 × 12000人 = 180万元，超过150万元"),
         "元/人"),
        ("效益指标", "社会效益指标", "宫颈癌早诊率", "大于等于", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kda17-screening-department", (4, 12), "department, NAT-2021, weight column: tasks "
         "adding up, subtotal rows, a header repeated after a page break, a footnote on the "
         "total (correct)")  # fmt: skip
def screening_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="栖枫县妇幼保健院",
                    budget=[(wan(820), wan(760), wan(60), wan(520), wan(300))],
                    tasks=[("两癌筛查", "宫颈癌、乳腺癌免费筛查", wan(180), "筛查12000人"),
                           ("妇幼健康宣传", "进村入户宣讲", wan(40), "覆盖14个乡镇"),
                           ("孕产妇健康管理", "孕产妇系统管理", wan(80), "管理2600人"),
                           ("金额合计", None, wan(300), None)],
                    goal="完成两癌筛查12000人，孕产妇系统管理2600人。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "两癌筛查人数", "≥12000人", 10),
        (None, None, "孕产妇系统管理人数", "≥2600人", 10),
        (None, None, "妇幼健康宣讲覆盖乡镇数", "=14个", 5),
        (None, "质量指标", "筛查质控合格率", "≥95%", 10),
        (None, "时效指标", "筛查任务完成时间", "2025年11月30日前", 5),
        ("", "", "小计", None, 40),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "两癌人均筛查补助", "≤150元/人", 10),
        ("", "", "小计", None, 10),
        ("效益指标", "社会效益指标", "两癌早诊率", "≥85%", 15),
        (None, None, "孕产妇系统管理率", "≥92%", 15),
        ("", "", "小计", None, 30),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", 10),
        (None, None, "孕产妇满意度", "≥90%", 10),
        ("", "", "小计", None, 20),
        ("", "", "合计", None, 100),
    ])  # fmt: skip
    notes(s, "注：金额合计300万元即项目支出，其中两癌筛查含中央补助资金120万元，已列入财政拨款。")
    sign(s, "谭映秋", "0736-5190428", (2024, 11, 18))
    return b


@variant("kda18-screening-period-copy", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the year's money above the period's, 年度目标 copied from 中期目标, a "
         "cumulative count copied")  # fmt: skip
def screening_period_copy() -> Book:
    b, s = start()
    goal = "三年累计为农村适龄妇女免费筛查两癌36000人，阳性病例随访管理率达到95%以上。"
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="农村妇女两癌筛查提质扩面行动",
        dept=CODE,
        unit=UNIT,
        money=periods(
            (380, 350, 30),
            (mk(wan(400), "B103", "error", note="年度400万元大于中期380万元"), 370, 30),
        ),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "两癌筛查人数", "≥36000人",
         mk("≥36000人", "D202", "warning", note="三年累计人数照抄到年度列")),
        (None, "质量指标", "阳性病例随访管理率", "≥95%", "≥95%"),
        (None, "时效指标", "筛查完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "两癌人均筛查补助", "≤100元/人", "≤100元/人"),
        ("效益指标", "社会效益指标", "两癌早诊率", "≥85%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
