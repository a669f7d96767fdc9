"""An agricultural weather-advisory service: kba07–kba12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout719.common import (
    DEPT,
    FARM,
    HEAD4,
    note,
    one_year,
    periods,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout719.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "kba07-advisory-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, 百分点, weights add to 100 (correct)",
)
def advisory_flat() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept=FARM,
        budget=[(wan(86), wan(76), wan(10), wan(52), wan(34))],
        goal="围绕春播、夏收、秋种发布农业气象周报52期、专题服务材料36期，"
        "直通式服务覆盖新型农业经营主体1500户。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("农业气象周报发布", 15, "期", "≥", 52),
        ("专题服务材料", 15, "期", "≥", 36),
        ("直通式服务覆盖新型农业经营主体", 15, "户", "≥", 1500),
        ("服务材料按时发布率", 15, "%", "≥", pct(0.98)),
        ("农田小气候站故障率", 10, "%", "≤", pct(0.03)),
        ("农事建议采纳率", 10, "%", "≥", pct(0.8)),
        ("因灾农业损失率较上年下降", 10, "百分点", "≥", 1),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "苏棠", "0596-7718452", (2024, 11, 22))
    return b


@variant(
    "kba08-advisory-goal-words",
    (7, 6),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "the goal's count, a template row, a satisfaction rate under 社会效益",
)
def advisory_goal_words() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="农业气象专题服务",
        dept=DEPT,
        unit=FARM,
        attr="延续项目",
        money=one_year(60, 55, 5),
        goals=[
            ok(
                "全年发布农业气象专题服务材料120期，直通式服务覆盖新型农业经营主体3000户，"
                "举办农业气象培训班6期。",
                note="D104 may land at the goal text",
            )
        ],
    )
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "农业气象专题服务材料",
         mk("≥100期", "D104", "warning", row=True, note="年度目标写120期")),
        (None, None, "直通式服务覆盖新型农业经营主体", "≥3000户"),
        (None, None, "农业气象培训班",
         mk("≥**期", "X101", "error", note="模板示例未改，年度目标写6期")),
        (None, "质量指标", "农业气象产品质量合格率", "≥95%"),
        (None, "时效指标", "服务材料发布及时率", "≥98%"),
        (None, "成本指标", "每期专题材料制作成本", "≤0.3万元/期"),
        ("效益指标", "社会效益指标", "农业气象灾害损失率", "≤5%"),
        (None, None, mk("新型经营主体满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益下"), "≥90%"),
        (None, "可持续影响指标", "农业气象服务机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kba09-advisory-second-sheet",
    (7,),
    "project: head on the first sheet, indicators on "
    "a second sheet under 预期实现值, a goal count with its part, a later year (correct)",
)
def advisory_second_sheet() -> Book:
    b, s = start("项目申报")
    project_head(
        s,
        year=2025,
        name="设施农业精细化气象服务",
        dept=DEPT,
        unit=FARM,
        attr="新增项目",
        money=one_year(45, 40, 5),
        goals=[
            "为全县设施农业提供精细化气象服务，服务新型农业经营主体1200户（其中设施蔬菜"
            "大户500户），建成设施农业小气候监测点10个，为2026年全县推广积累观测资料。"
        ],
    )
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "服务新型农业经营主体", "≥1200户"),
        (None, None, "设施农业小气候监测点建设", "=10个"),
        (None, "质量指标", "监测数据有效率", pct(0.95)),
        (None, "时效指标", "监测点建成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单个监测点建设成本", "≤2.5万元/个"),
        ("效益指标", "经济效益指标", "设施蔬菜低温灾害损失率", "≤8%"),
        (None, "可持续影响指标", "监测点设计使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "设施农业经营主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kba10-advisory-two-years",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "a start date before the period, the annual money above the period's, goals copied",
)
def advisory_two_years() -> Book:
    b, s = start()
    goal = (
        "两年内完成全县12个乡镇农业气象灾害风险区划，"
        "编制主要作物灾害风险图谱4套，服务种植大户2000户。"
    )
    money = periods((90, 80, 10), (120, 110, 10))
    money[0] = (
        money[0][0],
        money[0][1],
        money[0][2],
        mk(money[0][3], "B103", "error", note="年度资金120万元大于中期资金90万元"),
    )
    project_head(
        s,
        year=2025,
        years=2,
        name="农业气象灾害风险区划成果应用",
        dept=DEPT,
        unit=FARM,
        attr="新增项目",
        money=money,
        goals=[
            goal,
            mk(goal, "D204", "warning", alt=("D104",), note="两年期项目的年度目标照抄中期目标"),
        ],
        start=mk(
            day(2024, 3, 1),
            "Y102",
            "error",
            alt=("Y101",),
            note="项目期2025—2026年，开始日期却是2024年",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    table(s, head, [
        ("产出指标", "数量指标", "完成乡镇风险区划", "≥12个", "≥6个"),
        (None, None, "主要作物灾害风险图谱", "≥4套", "≥2套"),
        (None, None, "服务种植大户", "≥2000户", "≥1000户"),
        (None, "质量指标", "区划成果专家评审通过率", "=100%", "=100%"),
        (None, "时效指标", "区划成果提交时间", "2026年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单乡镇区划成本", "≤7.5万元/个", "≤7.5万元/个"),
        ("效益指标", "社会效益指标", "风险区划成果应用率", "≥80%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "种植大户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kba11-advisory-seasons",
    (2,),
    "two advisory projects stacked, OLD-NAT, one value "
    "column: the second project's money and a deadline left from last season",
)
def advisory_seasons() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="春播农业气象保障",
        dept=DEPT,
        unit=FARM,
        attr="常年项目",
        money=one_year(18, 18, 0),
        goals=["3—5月发布春播专题预报15期，开展土壤墒情监测30次。"],
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "春播专题预报", "≥15期"),
        (None, None, "土壤墒情监测", "≥30次"),
        (None, "质量指标", "墒情资料有效率", "≥95%"),
        (None, "时效指标", "首期春播专题预报发布时间", "2025年3月10日前"),
        (None, "成本指标", "每期专题预报成本", "≤0.4万元/期"),
        ("效益指标", "社会效益指标", "春播期气象灾害损失率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    money = one_year(mk(30, "B101", "error", note="22+6=28，不等于30"), 22, 6)
    project_head(
        s,
        year=2025,
        title="",
        name="秋收秋种气象服务",
        dept=DEPT,
        unit=FARM,
        attr="常年项目",
        money=money,
        goals=["9—10月发布秋收秋种专题服务材料12期，开展田间实地调查20次。"],
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "秋收秋种专题服务材料", "≥12期"),
        (None, None, "田间实地调查", "≥20次"),
        (None, "质量指标", "调查资料完整率", "≥95%"),
        (None, "时效指标", "专题服务材料发布截止时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年项目的期限写成上一季的2024年")),
        (None, "成本指标", "每期专题材料成本", "≤0.5万元/期"),
        ("效益指标", "社会效益指标", "秋收期烂场雨损失率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kba12-advisory-notes",
    (4,),
    "project, OLD-NAT, operators in words in 指标性质, unit "
    "column, a note row, a header repeated after a page break, footnotes (correct)",
)
def advisory_notes() -> Book:
    b, s = start()
    money = [
        ("年度资金总额", wan(40), "其中：当年财政拨款", wan(28)),
        ("上年结转", wan(12), "其他资金", wan(0)),
    ]
    project_head(
        s,
        year=2025,
        name="农业气象月报与专题服务",
        dept=DEPT,
        unit=FARM,
        attr="延续项目",
        money=money,
        goals=["全年编发农业气象月报12期、专题服务材料120期，开展农业气象灾害调查10次。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "农业气象月报", "大于等于", 12, "期"),
        (None, None, "专题服务材料", "大于等于", 120, "期"),
        (None, None, "农业气象灾害调查", "大于等于", 10, "次"),
        (None, "质量指标", "服务产品质量合格率", "大于等于", 95, "%"),
        (None, "时效指标", "月报发布时限（月末后）", "小于等于", 5, "工作日"),
        (None, "成本指标", "每期专题材料制作成本", "小于等于", 0.3, "万元/期"),
    ])  # fmt: skip
    note(s, "（以上数量指标均为全年累计数）")
    table(s, head, [
        ("效益指标", "社会效益指标", "农业气象灾害损失率", "小于等于", 5, "%"),
        (None, "可持续影响指标", "农业气象资料库年更新率", "大于等于", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(
        s,
        "注：年度资金总额40万元含上年结转12万元，当年财政拨款28万元。",
        "填表说明：指标性质填“大于等于”“小于等于”或“等于”，计量单位单独填写。",
    )
    sign(s, "苏棠", "0596-7718452", (2024, 11, 22))
    return b
