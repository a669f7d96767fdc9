"""Hail-suppression operations of a county meteorological station: kba01–kba06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout719.common import (
    DEPT,
    HEAD4,
    UNIT,
    one_year,
    periods,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout719.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant(
    "kba01-hail-rockets",
    (1, 11),
    "project, NAT-2021, one value column, operators inside "
    "the values, a typed percent, a 下降率 with ≥ and 0起 on an incident count (correct)",
)
def hail_rockets() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="汛期地面防雹作业",
        dept=DEPT,
        unit=UNIT,
        attr="常年项目",
        money=one_year(150, 150, 0),
        goals=[
            "汛期（4—9月）组织地面防雹作业不少于60点次，发射防雹火箭弹480枚、"
            "高炮炮弹1200发，保护烟叶、果园等经济作物约8.5万亩，作业安全事故为零。"
        ],
    )
    table(s, HEAD4, [
        ("成本指标", "经济成本指标", "防雹火箭弹采购单价", "≤2400元/枚"),
        (None, None, "高炮炮弹采购单价", "≤280元/发"),
        ("产出指标", "数量指标", "防雹作业点次", "≥60点次"),
        (None, None, "火箭弹发射量", "≥480枚"),
        (None, None, "高炮炮弹发射量", "≥1200发"),
        (None, "质量指标", "作业空域申请批复率", "=100%"),
        (None, None, "作业安全事故", "=0起"),
        (None, "时效指标", "作业指令响应时间", "≤15分钟"),
        ("效益指标", "经济效益指标", "保护经济作物面积", "≥8.5万亩"),
        (None, "社会效益指标", "防区雹灾损失下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "防区种植户满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "韦庭舟", "0596-7712308", (2024, 11, 18))
    return b


@variant(
    "kba02-hail-new-points",
    (11, 12),
    "project, OLD-NAT, operator and unit columns: the "
    "goal's count, deadline and money against the indicators",
)
def hail_new_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="标准化固定防雹作业点建设",
        dept=DEPT,
        unit=UNIT,
        attr="一次性项目",
        money=one_year(180, 160, 20),
        goals=[
            ok(
                "2025年新建标准化固定防雹作业点8个，10月31日前全部通过验收并投入使用；"
                "完成作业人员年度培训120人次。",
                note="D104 may land at the goal text",
            )
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "新建标准化固定作业点", "≥",
         mk(6, "D104", "warning", row=True, note="年度目标写新建8个"), "个"),
        (None, None, "作业人员培训", "≥", 120, "人次"),
        (None, "质量指标", "作业点验收合格率", "=", 100, "%"),
        (None, "时效指标", "作业点建成投用时间", "≤",
         mk(day(2026, 10, 31, CN_DATE), "Y102", "error", alt=("Y103", "D104"),
            note="一年期2025年项目，目标写10月31日前，指标却是2026年"), None),
        (None, "成本指标", "单个作业点建设成本", "≤",
         mk(35, "B107", "warning", row=True, note="35万元×6个=210万元，超过年度资金180万元"),
         "万元/个"),
        ("效益指标", "社会效益指标", "防区冰雹灾害损失率", "≤", 5, "%"),
        (None, "可持续影响指标", "作业点设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "防区种植户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "韦庭舟", "0596-7712308", (2024, 11, 18))
    return b


@variant(
    "kba03-hail-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: an "
    "annual count above the period's, a count copied, a year left from 2023",
)
def hail_three_years() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="人工影响天气作业能力提升",
        dept=DEPT,
        unit=UNIT,
        attr="新增项目",
        money=periods((540, 480, 60), (180, 160, 20)),
        goals=[
            "建成覆盖全县8个乡镇的防雹作业体系，新增移动作业车4辆，培训作业人员300人次，"
            "防区雹灾损失率控制在5%以内。",
            mk(
                "完成2023年度汛期防雹作业点标准化改造，新增移动作业车2辆，全年作业安全无事故。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="2025—2027年项目的年度目标写2023年度",
            ),
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    table(s, head, [
        ("成本指标", "经济成本指标", "移动作业车购置单价", "≤45万元/辆", "≤45万元/辆"),
        ("产出指标", "数量指标", "新增移动作业车", "≥4辆", "≥2辆"),
        (None, None, "作业人员培训", "≥300人次",
         mk("≥300人次", "D202", "warning", note="三年累计数原样抄到年度")),
        (None, None, "防雹作业点次", "≥150点次",
         mk("≥180点次", "D201", "error", note="年度180点次超过三年150点次")),
        (None, "质量指标", "作业安全事故", "=0起", ok("=0起", note="0起两栏相同是应有的")),
        (None, "时效指标", "移动作业车到位时间", "2027年6月30日前", "2025年9月30日前"),
        ("效益指标", "社会效益指标", "防区雹灾损失率", "≤5%", "≤6%"),
        (None, "可持续影响指标", "防雹作业覆盖乡镇", "≥8个", "≥3个"),
        ("满意度指标", "服务对象满意度指标", "防区种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kba04-hail-two-projects",
    (2, 4),
    "two hail projects stacked in one sheet, OLD-NAT, "
    "one value column, the same 0起 indicator in both, a signature line (correct)",
)
def hail_two_projects() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="防雹弹药购置与储存",
        dept=DEPT,
        unit=UNIT,
        attr="常年项目",
        money=one_year(96, 96, 0),
        goals=["采购防雹火箭弹300枚、高炮炮弹800发，全年开展弹药库安全检查12次。"],
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "防雹火箭弹采购", "=300枚"),
        (None, None, "高炮炮弹采购", "=800发"),
        (None, None, "弹药库安全检查", "≥12次"),
        (None, "质量指标", "弹药验收合格率", "=100%"),
        (None, None, "作业安全事故", "=0起"),
        (None, "时效指标", "弹药入库时间", "2025年4月15日前"),
        (None, "成本指标", "防雹火箭弹单价", "≤2400元/枚"),
        (None, None, "高炮炮弹单价", "≤300元/发"),
        ("效益指标", "社会效益指标", "汛期弹药保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "作业点满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="防雹作业点安全管理",
        dept=DEPT,
        unit=UNIT,
        attr="常年项目",
        money=one_year(24, 20, 4),
        goals=["开展作业点安全巡查48次，组织作业人员安全培训2期共80人次。"],
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "作业点安全巡查", "≥48次"),
        (None, None, "作业人员安全培训", "≥2期"),
        (None, None, "安全培训人次", "≥80人次"),
        (None, "质量指标", "作业安全事故", "=0起"),
        (None, "时效指标", "汛前安全巡查完成时间", "2025年4月30日前"),
        (None, "成本指标", "每期安全培训费用", "≤3万元/期"),
        ("效益指标", "社会效益指标", "作业人员持证上岗率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "作业人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦庭舟", "0596-7712308", (2024, 11, 18))
    return b


@variant(
    "kba05-hail-export",
    (7, 12),
    "budget-system export, two sheets with the header on the "
    "third row and codes in the first columns: a total, a duplicate, a rate under 时效",
)
def hail_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 24, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "部门：漳屿县气象局")
    s.row("项目编码", "项目名称", "功能分类", "资金总额", "财政拨款", "其他资金")
    s.row("217003-25-001", "人工影响天气作业保障", "2130103", wan(80), wan(80), wan(0))
    s.row("217003-25-002", "防雹作业点运行维护", "2130103", wan(36), wan(36), wan(0))
    s.row("217003-25-003", "作业人员培训", "2130103", wan(12), wan(12), wan(0))
    s.row(
        "合计",
        None,
        None,
        mk(wan(138), "B102", "error", row=True, note="80+36+12=128"),
        wan(138),
        wan(0),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：漳屿县气象局", None, None, None, None, "金额单位：万元")
    code, name = "217003-25-001", "人工影响天气作业保障"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    table(t, head, [
        (code, name, "产出指标", "数量指标", "防雹作业点次", "≥60点次"),
        (code, name, None, None, "增雨作业", "≥20次"),
        (code, name, None, "质量指标", "防雹作业有效率", "≥85%"),
        (code, name, None, "时效指标", "作业信息上报及时率", "≥98%"),
        (code, name, None, None, mk("弹药储存合格率", "F201", "warning", row=True,
                                    note="合格率是质量指标，填在时效下"), "=100%"),
        (code, name, "成本指标", "经济成本指标", "单点次作业弹药成本", "≤1.2万元/点次"),
        (code, name, "效益指标", "社会效益指标", "防区雹灾损失率", "≤5%"),
        (code, name, None, None, mk("防雹作业有效率", "D102", "error", row=True,
                                    alt=("D101", "D103", "F201"),
                                    note="质量下已有，≥85%与≥80%"), "≥80%"),
        (code, name, "满意度指标", "服务对象满意度指标", "防区种植户满意度", pct(0.92)),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "kba06-hail-department",
    (10, 12),
    "department, NAT-2021, budget with shares and key "
    "tasks, tier-1 scores and indicator scores both adding to 100, 百分点 (correct)",
)
def hail_department() -> Book:
    b, s = start("部门整体")
    share = "0.00%"
    department_head(
        s,
        year=2025,
        dept="漳屿县气象局",
        budget=[
            (wan(620), wan(580), wan(40), wan(410), wan(210)),
            (
                pct(1, share),
                pct(0.9355, share),
                pct(0.0645, share),
                pct(0.6613, share),
                pct(0.3387, share),
            ),
        ],
        tasks=[
            ("人工影响天气作业", "汛期防雹增雨作业、弹药购置", wan(80), "作业不少于60点次"),
            ("农业气象服务", "农业气象周报、专题服务", wan(40), "服务产品不少于150期"),
            ("自动气象站运行维护", "60个区域站维护、巡检", wan(90), "数据到报率不低于98%"),
            ("金额合计", None, wan(210), None),
        ],
        goal="全年开展防雹增雨作业不少于60点次，发布农业气象服务产品不少于150期，"
        "区域自动站数据到报率不低于98%。",
    )
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    table(s, head, [
        ("产出指标", 50, "数量指标", "防雹增雨作业点次", "≥60点次", 10),
        (None, None, None, "农业气象服务产品", "≥150期", 10),
        (None, None, "质量指标", "区域自动站数据到报率", "≥98%", 10),
        (None, None, None, "晴雨预报准确率较上年提高", "≥2百分点", 10),
        (None, None, "时效指标", "灾害性天气预警提前量", "≥30分钟", 10),
        ("成本指标", 10, "经济成本指标", "区域自动站单站年维护费", "≤1.5万元/站", 10),
        ("效益指标", 30, "社会效益指标", "防区雹灾损失率较上年下降", "≥1百分点", 15),
        (None, None, "可持续影响指标", "气象灾害防御长效机制", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "公众气象服务满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "欧阳瑾", "0596-7712300", (2024, 11, 20))
    return b
