"""橡胶林下套种: six returns (ge07–ge12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout645.common import IND6, OP6, YEAR, book, funds, note, sign, table, w
from tests.variants.holdout645.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "槟岭县天然橡胶产业服务中心"


@variant(
    "ge07-rubber-intercrop-dept",
    (12,),
    "department, NAT-2021: budget and key tasks adding up, a goal's 3000亩 with its parts in "
    "brackets given as two indicators, a subsidy × area equal to its task money, a 下降率 "
    "with ≥ (correct)",
)
def ge07() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept=DEPT,
        budget=[[w(520), w(440), w(80), w(200), w(320)]],
        tasks=[
            ["胶园林下套种", "老胶园林下套种益智1800亩、咖啡1200亩", w(210), "完成林下套种3000亩"],
            ["割胶技术培训", "组织胶工割胶技术轮训", w(60), "培训胶工600人次"],
            ["胶园病害防控", "白粉病、根病统防统治", w(50), "防控面积8000亩"],
            ["金额合计", None, w(320), None],
        ],
        goal="完成胶园林下套种3000亩（其中益智1800亩、咖啡1200亩），培训胶工600人次，"
        "胶园病害统防统治8000亩。",
    )
    table(
        s,
        IND6,
        [
            ("产出指标", "数量指标", "林下套种益智面积", "≥1800亩", "亩", None),
            (None, None, "林下套种咖啡面积", "≥1200亩", "亩", None),
            (None, None, "胶工培训人次", "≥600人次", "人次", None),
            (None, None, "病害统防统治面积", "≥8000亩", "亩", None),
            (None, "质量指标", "套种苗木成活率", "≥90%", "%", None),
            (None, "时效指标", "套种任务完成时间", "2026年10月31日前", None, None),
            (
                "成本指标",
                "经济成本指标",
                "林下套种亩均补助",
                "≤0.07万元/亩",
                "万元/亩",
                "3000亩计210万元",
            ),
            ("效益指标", "经济效益指标", "套种户亩均增收", "≥800元/亩", "元/亩", None),
            (None, "生态效益指标", "胶园水土流失面积下降率", "≥10%", "%", "较2025年"),
            ("满意度指标", "服务对象满意度指标", "参与胶农满意度", "≥90%", "%", None),
        ],
    )
    sign(s, "吴海澜", "0898-6740 1138")
    return b


@variant(
    "ge08-rubber-flat",
    (1, 3, 10),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
    "cells, a 伤树率 cut in 百分点, 0起 on an incident count, weights 100 (correct)",
)
def ge08() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="南汐国营农场",
        budget=[[w(360), w(300), w(60), w(150), w(210)]],
        goal="推进橡胶林下套种南药和胶工技能提升，全年新增林下套种1500亩。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("林下套种南药新增面积", 20, "亩", "≥", 1500),
            ("胶工技能培训人次", 15, "人次", "≥", 400),
            ("套种南药成活率", 15, "%", "≥", pct(0.9)),
            ("割胶伤树率下降幅度", 15, "百分点", "≥", 2),
            ("胶园安全生产事故", 10, "起", "=", 0),
            ("林下套种亩均补助", 10, "万元/亩", "≤", 0.08),
            ("职工对林下经济技术服务满意度", 15, "%", "≥", pct(0.9)),
        ]
    )
    s.row("合计", 100)
    sign(s, "陈穗禾", "0898-6622 0457")
    return b


@variant(
    "ge09-rubber-duplicates",
    (7, 11),
    "project, OLD-NAT, one value column: last season's year in the 年度目标, the same "
    "indicator twice with a word swapped and other values, a satisfaction rate under "
    "社会效益",
)
def ge09() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="橡胶林下套种南药示范项目",
        dept="槟岭县林业局（402）",
        unit=DEPT,
        money=funds((120, 100, 20), (120, 100, 20)),
        goals=[
            mk(
                "2025年在老胶园林下套种南药2000亩，带动胶农200户增收。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="2026年度的申报表，年度目标写的是上一年",
            )
        ],
    )
    table(
        s,
        IND6,
        [
            ("产出指标", "数量指标", "林下套种南药面积", "≥2000亩", "亩", None),
            (None, None, "带动胶农户数", "≥200户", "户", None),
            (
                None,
                None,
                mk(
                    "林下南药套种面积",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "D101"),
                    note="与第一行是同一指标，面积却是1500亩",
                ),
                "≥1500亩",
                "亩",
                None,
            ),
            (None, "质量指标", "南药种苗合格率", "≥95%", "%", None),
            (None, "时效指标", "套种完成时间", "2026年9月30日前", None, None),
            (None, "成本指标", "亩均套种成本", "≤0.05万元/亩", "万元/亩", None),
            ("效益指标", "经济效益指标", "套种户户均增收", "≥3000元/户", "元/户", None),
            (
                None,
                "社会效益指标",
                mk("套种农户满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下"),
                "≥90%",
                "%",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "技术服务对象满意度", "≥90%", "%", None),
        ],
    )
    sign(s, "林若帆", "0898-6740 2261")
    return b


@variant(
    "ge10-rubber-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
    "年度资金 parts do not add up and its goal's 800亩 is 600亩 in the indicator",
)
def ge10() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="胶园林下套种斑兰叶示范",
        dept="槟岭县林业局（402）",
        unit=DEPT,
        money=funds((40, 34, 6), (40, 34, 6)),
        goals=["在老胶园林下套种斑兰叶300亩，建立示范点3个。"],
    )
    table(
        s,
        IND6,
        [
            ("产出指标", "数量指标", "斑兰叶套种面积", "≥300亩", "亩", None),
            (None, None, "示范点数量", "≥3个", "个", None),
            (None, "质量指标", "套种苗成活率", "≥90%", "%", None),
            (None, "成本指标", "亩均套种费用", "≤0.12万元/亩", "万元/亩", None),
            ("效益指标", "经济效益指标", "示范户亩均增收", "≥600元/亩", "元/亩", None),
            ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "%", None),
        ],
    )
    s.skip()
    total = mk(w(70), "B101", "error", row=True, note="55 + 10 = 65 ≠ 70")
    project_head(
        s,
        year=YEAR,
        name="胶园林下益智套种推广",
        dept="槟岭县林业局（402）",
        unit=DEPT,
        title="",
        money=[
            ["中期资金总额", w(70), "年度资金总额", total],
            ["其中：财政拨款", w(60), "其中：财政拨款", w(55)],
            ["其他资金", w(10), "其他资金", w(10)],
        ],
        goals=["在胶园林下推广套种益智800亩，带动胶农150户。"],
    )
    table(
        s,
        IND6,
        [
            (
                "产出指标",
                "数量指标",
                "益智套种面积",
                mk("≥600亩", "D104", "warning", row=True, note="年度目标写套种益智800亩"),
                "亩",
                None,
            ),
            (None, None, "带动胶农户数", "≥150户", "户", None),
            (None, "时效指标", "套种完成时间", "2026年8月31日前", None, None),
            (None, "成本指标", "亩均套种费用", "≤0.08万元/亩", "万元/亩", None),
            ("效益指标", "经济效益指标", "套种户户均增收", "≥2500元/户", "元/户", None),
            ("满意度指标", "服务对象满意度指标", "参与胶农满意度", "≥90%", "%", None),
        ],
    )
    sign(s, "吴海澜", "0898-6740 1138")
    return b


@variant(
    "ge11-rubber-stacked",
    (2, 11),
    "two projects stacked, NAT-2021, operator column: the same indicator names with "
    "different values in each project, 0起 on an incident count, a 发生率 with ≤ "
    "(correct)",
)
def ge11() -> Book:
    b, s = book("林下经济")
    specs = (
        ("胶园林下套种咖啡示范", (90, 75, 15), 500, 0.15, "澄沙县西岭农场"),
        ("胶园林下套种沉香示范", (60, 50, 10), 350, 0.12, "澄沙县东坡农场"),
    )
    for i, (name, funds_, area, cost, unit) in enumerate(specs):
        if i:
            s.skip()
        project_head(
            s,
            year=YEAR,
            name=name,
            dept="澄沙县农业农村局（217）",
            unit=unit,
            money=funds(funds_, funds_),
            title=None if i == 0 else "",
            goals=[f"在胶园林下套种{name[6:8]}{area}亩，亩均套种费用不超过{cost}万元。"],
        )
        table(
            s,
            OP6,
            [
                ("成本指标", "经济成本指标", "亩均套种费用", "≤", cost, "万元/亩"),
                ("产出指标", "数量指标", "林下套种面积", "≥", area, "亩"),
                (None, "质量指标", "套种苗木成活率", "≥", pct(0.9), "%"),
                ("效益指标", "社会效益指标", "套种作业安全事故", "=", 0, "起"),
                (None, "生态效益指标", "胶园病虫害发生率", "≤", pct(0.08), "%"),
                ("满意度指标", "服务对象满意度指标", "参与职工满意度", "≥", pct(0.9), "%"),
            ],
        )
    sign(s, "何立岩", "0898-6231 5520")
    return b


@variant(
    "ge12-rubber-points-template",
    (5, 6, 10),
    "project, NAT-2021, tier labels with points and an indicator score column: the 产出 "
    "scores short of its 50分, a template's example row left, a cost under 数量",
)
def ge12() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="橡胶林下套种菠萝蜜幼苗项目",
        dept="蓬湾市林业局（109）",
        unit="蓬湾市红泥岭林场",
        money=funds((55, 45, 10), (55, 45, 10)),
        goals=["在红泥岭林场胶园林下套种菠萝蜜幼苗400亩，12月底前完成验收。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值")
    s.table(
        [
            (
                mk(
                    "一、产出指标（50分）",
                    "W103",
                    "error",
                    note="其下指标分值 10+5+5+10+10 = 40，不是50",
                ),
                "数量指标",
                "林下套种面积",
                "≥400亩",
                "亩",
                10,
            ),
            (
                None,
                None,
                mk("幼苗采购费", "F201", "warning", row=True, note="采购费是成本，填在数量指标下"),
                "≤20万元",
                "万元",
                5,
            ),
            (
                None,
                None,
                "XX作物套种面积",
                mk("≥XX亩", "X101", "error", note="模板示例行未删除"),
                "亩",
                5,
            ),
            (None, "质量指标", "幼苗成活率", "≥90%", "%", 10),
            (None, "时效指标", "验收完成时间", "2026年12月31日前", None, 10),
            ("二、成本指标（10分）", "经济成本指标", "亩均套种成本", "≤0.12万元/亩", "万元/亩", 5),
            (None, None, "管护用工费", "≤6万元", "万元", 5),
            ("三、效益指标（20分）", "经济效益指标", "林场林下经济收入增长率", "≥5%", "%", 10),
            (None, "生态效益指标", "胶园裸露地面减少面积", "≥400亩", "亩", 10),
            ("四、满意度指标（10分）", "服务对象满意度指标", "林场职工满意度", "≥90%", "%", 10),
        ],
        merged=(1, 2),
    )
    note(s, "注：预算执行率另行评价，本表分值合计90分。")
    b.file_mark("W101", "error", required=False, note="产出少10分使指标分值合计为80分，同一错误")
    return b
