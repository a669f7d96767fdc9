"""油棕引种试验: six returns (ge01–ge06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout645.common import IND6, MID6, OP6, YEAR, book, funds, sign, table, w
from tests.variants.holdout645.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "澄沙县农业农村局（217）"
INST = "澄沙县热带作物研究所"


@variant(
    "ge01-palm-trial-plots",
    (1, 7, 11, 12),
    "project, NAT-2021, operator column 指标性质 with bare values and a unit column, "
    "typed percent cells, a 0.6万元/亩 cost within its money (correct)",
)
def ge01() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="油棕引种适应性试验区建设项目",
        dept=DEPT,
        unit=INST,
        money=funds((85, 70, 15), (85, 70, 15)),
        attr="新增项目",
        goals=[
            "在乌榄镇试验站建设油棕引种试验区120亩（其中对照区20亩），引进油棕品种6个，"
            "定植种苗1800株，为2027年扩大示范积累数据。"
        ],
    )
    table(
        s,
        OP6,
        [
            ("成本指标", "经济成本指标", "每亩试验成本", "≤", 0.6, "万元/亩"),
            ("产出指标", "数量指标", "引种试验区面积", "≥", 120, "亩"),
            (None, None, "引进油棕品种数", "≥", 6, "个"),
            (None, None, "定植种苗数", "≥", 1800, "株"),
            (None, "质量指标", "种苗定植成活率", "≥", pct(0.9), "%"),
            (None, "时效指标", "种苗定植完成时间", "≤", day(YEAR, 7, 31, CN_DATE), None),
            ("效益指标", "社会效益指标", "培训种植户人次", "≥", 150, "人次"),
            (None, "生态效益指标", "试验区病虫害发生率", "≤", pct(0.05), "%"),
            (None, "可持续影响指标", "筛选出的适宜品种数", "≥", 2, "个"),
            ("满意度指标", "服务对象满意度指标", "参试农户满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "符启航", "0898-6231 4705")
    return b


@variant(
    "ge02-palm-multi-year",
    (8, 12),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 value columns: period counts above "
    "the year's, rates and a 0起 count equal in both, varieties all introduced in year one "
    "(correct)",
)
def ge02() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=YEAR,
        years=3,
        name="油棕品种引种与适应性评价项目",
        dept=DEPT,
        unit=INST,
        money=funds((260, 220, 40), (90, 75, 15)),
        goals=[
            "2026—2028年建成油棕引种试验区300亩，完成8个品种的适应性评价，形成适宜"
            "品种推荐名录1份。",
            "2026年建成试验区120亩，8个品种全部引进并完成定植，开展首年物候观测。",
        ],
    )
    table(
        s,
        MID6,
        [
            ("产出指标", "数量指标", "试验区建设面积", "≥300亩", "≥120亩", "亩"),
            (None, None, "引进油棕品种数", "≥8个", "≥8个", "个"),
            (None, None, "物候观测记录", "≥36份", "≥12份", "份"),
            (None, "质量指标", "种苗成活率", "≥90%", "≥90%", "%"),
            (None, "时效指标", "年度观测报告提交时间", "每年12月15日前", "2026年12月15日前", None),
            (
                "成本指标",
                "经济成本指标",
                "试验区年均管护成本",
                "≤0.25万元/亩",
                "≤0.25万元/亩",
                "万元/亩",
            ),
            ("效益指标", "社会效益指标", "试验区安全生产事故", "0起", "0起", "起"),
            (None, "可持续影响指标", "试验数据连续采集年限", "≥3年", "≥1年", "年"),
            ("满意度指标", "服务对象满意度指标", "合作农场满意度", "≥90%", "≥90%", "%"),
        ],
    )
    sign(s, "王曼青", "0898-6231 4712")
    return b


@variant(
    "ge03-palm-goal-mismatch",
    (7, 11),
    "project, OLD-NAT, one value column with operators: the goal's 150亩 against a 120亩 "
    "indicator, a deadline in the year before, a quality rate under 时效",
)
def ge03() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="南汐农场油棕引种观察圃项目",
        dept="槟岭县农垦服务中心（305）",
        unit="槟岭县南汐农场",
        money=funds((60, 50, 10), (60, 50, 10)),
        goals=["2026年在南汐农场新建油棕引种观察圃150亩，引进品种5个，开展苗期抗寒性观测。"],
    )
    area = mk(
        "≥120亩", "D104", "warning", row=True, note="年度目标写新建观察圃150亩，指标只有120亩"
    )
    due = mk("2025年6月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
             note="2026年度的项目，定植期限却在2025年")  # fmt: skip
    rate = mk("苗期抗寒性观测数据完整率", "F201", "warning", row=True,
              note="完整率是质量指标，填在时效指标下")  # fmt: skip
    table(s, IND6, [
        ("产出指标", "数量指标", "观察圃建设面积", area, "亩", None),
        (None, None, "引进油棕品种数", "≥5个", "个", None),
        (None, "时效指标", "种苗定植完成时间", due, None, None),
        (None, None, rate, "≥95%", "%", None),
        (None, "成本指标", "观察圃亩均建设成本", "≤0.3万元/亩", "万元/亩", "150亩计45万元"),
        ("效益指标", "社会效益指标", "农场职工技术培训人次", "≥80人次", "人次", None),
        (None, "生态效益指标", "化学农药使用量增长率", "≤0%", "%", "零增长"),
        ("满意度指标", "服务对象满意度指标", "农场职工满意度", "≥90%", "%", None),
    ])  # fmt: skip
    sign(s, "黎振东", "0898-6417 2286")
    return b


@variant(
    "ge04-palm-multi-year-wrong",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
    "中期目标, a year's area above the period's, a cumulative count copied",
)
def ge04() -> Book:
    b, s = book("绩效目标表")
    goal = "建成油棕引种试验区200亩，完成10个品种的引种观测，累计形成物候观测记录36份。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="油棕耐寒品种引种试验项目",
        dept="蓬湾市农业农村局（118）",
        unit="蓬湾市热带农业科学研究中心",
        money=funds((300, 250, 50), (100, 85, 15)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")],
    )
    table(
        s,
        MID6,
        [
            (
                "产出指标",
                "数量指标",
                "试验区建设面积",
                "≥200亩",
                mk(
                    "≥260亩", "D201", "error", alt=("D104",), note="一年的面积大于三年实施期的200亩"
                ),
                "亩",
            ),
            (None, None, "引进油棕品种数", "≥10个", "≥4个", "个"),
            (
                None,
                None,
                "物候观测记录",
                "≥36份",
                mk("≥36份", "D202", "warning", note="三年累计的观测记录原样抄到年度列"),
                "份",
            ),
            (None, "质量指标", "种苗成活率", "≥90%", "≥90%", "%"),
            (None, "时效指标", "年度观测报告提交时间", "每年12月20日前", "2026年12月20日前", None),
            (
                "成本指标",
                "经济成本指标",
                "试验区亩均建设成本",
                "≤0.4万元/亩",
                "≤0.3万元/亩",
                "万元/亩",
            ),
            ("效益指标", "可持续影响指标", "试验数据连续采集年限", "≥3年", "≥1年", "年"),
            ("满意度指标", "服务对象满意度指标", "参试单位满意度", "≥90%", "≥90%", "%"),
        ],
    )
    sign(s, "邝子谦", "0898-6552 0913")
    return b


@variant(
    "ge05-palm-money-wrong",
    (1, 12),
    "one-year project, OLD-NAT, operator column and unit column: 年度资金 parts not adding "
    "up, a seedling price × count above the money, a goal's variety count against the "
    "indicator",
)
def ge05() -> Book:
    b, s = book()
    total = mk(w(95), "B101", "error", row=True, note="财政拨款80 + 其他资金10 = 90 ≠ 95")
    project_head(
        s,
        year=YEAR,
        name="油棕良种引种示范项目",
        dept=DEPT,
        unit="澄沙县乌榄镇农业服务中心",
        money=[
            ["中期资金总额", w(95), "年度资金总额", total],
            ["其中：财政拨款", w(80), "其中：财政拨款", w(80)],
            ["其他资金", w(15), "其他资金", w(10)],
        ],
        goals=["2026年采购并定植油棕种苗2000株，引进良种4个，建立示范片100亩。"],
    )
    table(
        s,
        OP6,
        [
            ("产出指标", "数量指标", "定植油棕种苗数", "≥", 2000, "株"),
            (
                None,
                None,
                "引进油棕良种数",
                "≥",
                mk(6, "D104", "warning", row=True, note="年度目标写引进良种4个"),
                "个",
            ),
            (None, None, "示范片面积", "≥", 100, "亩"),
            (None, "质量指标", "种苗成活率", "≥", pct(0.92), "%"),
            (None, "时效指标", "种苗定植完成时间", "≤", day(YEAR, 8, 31, CN_DATE), None),
            (
                None,
                "成本指标",
                mk(
                    "种苗采购单价",
                    "B107",
                    "warning",
                    row=True,
                    note="0.06万元/株 × 2000株 = 120万元，超过年度资金95万元",
                ),
                "≤",
                0.06,
                "万元/株",
            ),
            ("效益指标", "经济效益指标", "示范片预期亩产鲜果穗", "≥", 0.8, "吨/亩"),
            ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "符启航", "0898-6231 4705")
    return b


@variant(
    "ge06-palm-second-sheet",
    (5, 7),
    "project: head on the first sheet, the table on a second sheet under 预期实现值 and "
    "度量单位, numbered tier labels, a goal's 36 小区 split by variety (correct)",
)
def ge06() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="油棕幼苗耐旱性引种比较试验",
        dept=DEPT,
        unit=INST,
        money=funds((48, 40, 8), (48, 40, 8)),
        attr="一次性项目",
        start=day(YEAR, 3, 1),
        end=day(YEAR, 11, 30),
        goals=[
            "布设试验小区36个（3个品种各12个），比较油棕幼苗耐旱性，11月底前提交"
            "试验报告，为2027年推广品种选择提供依据。"
        ],
    )
    t = b.sheet("绩效指标")
    t.title("油棕幼苗耐旱性引种比较试验绩效指标", 6)
    table(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值", "度量单位", "指标值设定依据"),
        [
            ("一、产出指标", "（一）数量指标", "试验小区数", "=36个", "个", "计划标准"),
            (None, None, "参试品种数", "=3个", "个", "计划标准"),
            (None, "（二）质量指标", "观测数据采集完整率", pct(1), "%", "行业标准"),
            (None, "（三）时效指标", "试验报告提交时间", "2026年11月30日前", None, "计划标准"),
            (None, "（四）成本指标", "小区平均试验费", "≤1.2万元/个", "万元/个", "36个计43.2万元"),
            (
                "二、效益指标",
                "（一）可持续影响指标",
                "筛选出的耐旱品种数",
                "≥1个",
                "个",
                "历史标准",
            ),
            (
                "三、满意度指标",
                "（一）服务对象满意度指标",
                "合作单位满意度",
                "≥90%",
                "%",
                "行业标准",
            ),
        ],
    )
    return b
