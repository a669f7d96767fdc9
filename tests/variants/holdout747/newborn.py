"""Newborn disease screening (新生儿疾病筛查): kcc07 to kcc12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout747.common import (
    PROVINCE,
    block,
    header,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout747.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

CENTRE = "澄岭省新生儿疾病筛查中心"


def _metabolic(
    s: Sheet,
    title: str | None,
    dept: str,
    unit: str,
    goal: object,
    count: object,
    fund: tuple[float, float, float],
) -> None:
    """A 遗传代谢病筛查 project head and its OLD-NAT indicator block (one value column)."""
    project_head(
        s,
        year=2026,
        name="新生儿遗传代谢病筛查项目",
        dept=dept,
        unit=unit,
        money=one_year(*fund),
        goals=[goal],
        title=title,
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    block(
        s,
        [
            ("产出指标", "数量指标", "新生儿遗传代谢病筛查人数", count),
            (None, "质量指标", "筛查率", "≥98%"),
            (None, None, "可疑阳性召回率", "≥95%"),
            (None, "时效指标", "阳性病例确诊时限", "≤30天"),
            (None, "成本指标", "每例筛查经费", "≤40元/人"),
            ("效益指标", "社会效益指标", "确诊患儿规范治疗率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "新生儿家长满意度", "≥90%"),
        ],
    )
    s.skip()


@variant(
    "kcc07-stacked-two-screenings",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
    "with different values in each, unit cost × count equal to the money (correct)",
)
def kcc07() -> Book:
    b, s = start("绩效目标表")
    _metabolic(
        s,
        None,
        PROVINCE,
        CENTRE,
        "全省筛查新生儿不少于17万人（苯丙酮尿症、先天性甲减等筛查全覆盖），筛查率98%以上。",
        "≥17万人",
        (680, 600, 80),
    )
    project_head(
        s,
        year=2026,
        name="新生儿听力筛查项目",
        dept=PROVINCE,
        unit=CENTRE,
        money=one_year(255, 230, 25),
        title="",
        goals=["全省新生儿听力初筛16万人，初筛率95%以上，未通过者全部转介复筛。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    block(
        s,
        [
            ("产出指标", "数量指标", "新生儿听力初筛人数", "≥16万人"),
            (None, "质量指标", "筛查率", "≥95%", "与遗传代谢病筛查口径不同"),
            (None, None, "初筛未通过者复筛率", "≥90%"),
            (None, "时效指标", "复筛完成时限", "≤42天"),
            (None, "成本指标", "每例筛查经费", "≤15元/人"),
            ("效益指标", "社会效益指标", "听力障碍儿童早期发现率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "新生儿家长满意度", "≥90%"),
        ],
    )
    notes(s, "注：遗传代谢病筛查40元/人×17万人=680万元，与资金总额一致。")
    sign(s, "欧阳岫", "0779-5531907")
    return b


@variant(
    "kcc08-stacked-county-defects",
    (2,),
    "two county projects stacked, OLD-NAT, one value column: the first's goal count against "
    "its indicator, the second's money and a duplicate indicator under two tier-2s",
)
def kcc08() -> Book:
    b, s = start("绩效目标表")
    dept, unit = "柘塘县卫生健康局（530211）", "柘塘县妇幼保健院"
    _metabolic(
        s,
        None,
        dept,
        unit,
        "全年筛查新生儿4500人，筛查率98%以上。",
        mk("≥4200人", "D104", "warning", row=True, note="目标写4500人，指标只有4200人"),
        (22, 18, 4),
    )
    project_head(
        s,
        year=2026,
        name="新生儿听力筛查项目",
        dept=dept,
        unit=unit,
        title="",
        money=one_year(mk(w(38), "B101", "error", row=True, note="30+6=36，不是38"), 30, 6),
        goals=["全年听力初筛新生儿4200人，初筛未通过者复筛率90%以上。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    block(
        s,
        [
            ("产出指标", "数量指标", "新生儿听力初筛人数", "≥4200人"),
            (None, "质量指标", "听力复筛率", "≥90%"),
            (None, "时效指标", "复筛完成时限", "≤42天"),
            (
                None,
                None,
                mk(
                    "听力复筛率",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="同一指标在质量下是≥90%，在时效下又写≥85%",
                ),
                "≥85%",
            ),
            (None, "成本指标", "每例筛查经费", "≤80元/人"),
            ("效益指标", "社会效益指标", "听力障碍儿童早期发现率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "新生儿家长满意度", "≥90%"),
        ],
    )
    sign(s, "汤若溪", "0879-7402158")
    return b


@variant(
    "kcc09-second-sheet-two-row-header",
    (7, 1),
    "project: head on 基本信息, indicators on a second sheet under a two-row header "
    "(预期实现值 over 比较 · 数值 · 计量单位), word operators, typed percents (correct)",
)
def kcc09() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=2026,
        name="新生儿先天性心脏病筛查项目",
        dept=PROVINCE,
        unit=CENTRE,
        money=one_year(320, 300, 20),
        attr="新增项目",
        goals=[
            "在全省28家助产机构开展新生儿先心病筛查，筛查新生儿5.2万人，阳性病例"
            "及时转诊，患儿早期干预率80%以上。"
        ],
    )
    sign(s, "欧阳岫", "0779-5531907")
    t = b.sheet("绩效指标", (14, 16, 30, 12, 12, 12))
    t.title("2026年度新生儿先天性心脏病筛查项目绩效指标", 6)
    t.row("一级指标", "二级指标", "三级指标", "预期实现值", None, None, merge=[(4, 6)])
    t.row(None, None, None, "比较", "数值", "计量单位")
    for c in (1, 2, 3):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    block(
        t,
        [
            ("产出指标", "数量指标", "开展筛查的助产机构数", "大于等于", 28, "家"),
            (None, None, "新生儿先心病筛查人数", "大于等于", 5.2, "万人"),
            (None, "质量指标", "筛查率", "大于等于", pct(0.95), "%"),
            (None, None, "阳性病例转诊率", "大于等于", pct(0.9), "%"),
            (None, "时效指标", "筛查结果反馈时限", "小于等于", 48, "小时"),
            ("成本指标", "经济成本指标", "每例筛查补助", "小于等于", 55, "元/人"),
            ("效益指标", "社会效益指标", "先心病患儿早期干预率", "大于等于", pct(0.8), "%"),
            ("满意度指标", "服务对象满意度指标", "新生儿家长满意度", "大于等于", pct(0.92), "%"),
        ],
    )
    return b


@variant(
    "kcc10-budget-system-export",
    (9, 7),
    "budget-system export (sheets 05-1 and 05-2, header on the third row, codes in the first "
    "columns, tiers repeated): a date serial typed as text, a count under 质量",
)
def kcc10() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 28, 16, 30, 12, 12, 12))
    code, unit, name = "412003", CENTRE, "新生儿疾病筛查质量控制项目"
    s.row("2026年部门项目支出预算表")
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(code, unit, "41200326A0017", name, w(180), w(160), w(20))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 26, 30, 12, 14, 30, 14))
    t.row("2026年部门项目支出绩效目标表")
    t.row(f"单位：{unit}")
    t.row(
        "单位编码",
        "项目编码",
        "项目名称",
        "年度绩效目标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
    )
    goal = "完成全省12家筛查实验室质量控制，室间质评合格率100%，6月底前通报质控结果。"
    rows = [
        ("产出指标", "数量指标", "质控覆盖筛查实验室数", "≥12个"),
        ("产出指标", "质量指标", "室间质评合格率", "=100%"),
        (
            "产出指标",
            "质量指标",
            mk(
                "质控现场督导次数",
                "F201",
                "warning",
                row=True,
                note="督导次数是数量指标，填在质量下",
            ),
            "≥24次",
        ),
        (
            "产出指标",
            "时效指标",
            "质控结果通报时间",
            mk("46203", "X104", "warning", note="文本中的日期序列号，即2026-06-30"),
        ),
        ("成本指标", "经济成本指标", "每个实验室质控经费", "≤15万元"),
        ("效益指标", "社会效益指标", "筛查结果假阴性率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "筛查机构满意度", "≥90%"),
    ]
    for i, r in enumerate(rows):
        t.row(code, "41200326A0017", name, goal if i == 0 else None, *r)
    return b


def _points(
    s: Sheet, output: object, count: object, screened: str = "≥16万人", treated: str = "≥320人"
) -> None:
    """An indicator table with a tier-1 score column and an indicator score column."""
    header(s, "一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    block(
        s,
        [
            ("产出指标", output, "数量指标", "新生儿听力筛查人数", screened, 15),
            (None, None, None, "确诊儿童干预人数", treated, 10),
            (None, None, "质量指标", "听力初筛率", "≥95%", 10),
            (None, None, "时效指标", "确诊后干预启动时限", "≤3个月", count),
            ("成本指标", 10, "经济成本指标", "每例干预补助标准", "≤2.5万元/人", 10),
            ("效益指标", 30, "社会效益指标", "确诊儿童干预率比上年提高", "≥3百分点", 15),
            (None, None, "可持续影响指标", "筛查—诊断—干预衔接机制", "健全", 15),
            ("满意度指标", 10, "服务对象满意度指标", "患儿家长满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, None)


@variant(
    "kcc11-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "a rate raised in 百分点 (correct)",
)
def kcc11() -> Book:
    b, s = start("绩效目标")
    project_head(
        s,
        year=2026,
        name="新生儿听力障碍早期干预项目",
        dept=PROVINCE,
        unit=CENTRE,
        money=one_year(2400, 2200, 200),
        goals=[
            "全省新生儿听力筛查16万人，确诊听力障碍儿童320人全部纳入干预，干预率比"
            "上年提高3个百分点。"
        ],
    )
    _points(s, 50, 15)
    notes(s, "注：一级分值与指标分值为同一总分的两种写法，各自合计均为100分。")
    sign(s, "欧阳岫", "0779-5531907")
    return b


@variant(
    "kcc12-points-mismatch-old-year",
    (10,),
    "project, NAT-2021, tier-1 and indicator score columns: the 产出 scores add to 45 "
    "against a declared 50, and the goal carries a year left from an old return",
)
def kcc12() -> Book:
    b, s = start("绩效目标")
    goal = mk(
        "2024年完成全市新生儿听力筛查1.6万人，确诊儿童全部纳入干预。",
        "Y103",
        "warning",
        note="2026年度的表，目标仍写2024年",
    )
    project_head(
        s,
        year=2026,
        name="新生儿听力障碍早期干预项目",
        dept="枫溪市卫生健康委员会",
        unit="枫溪市妇幼保健院",
        money=one_year(240, 220, 20),
        goals=[goal],
    )
    _points(
        s,
        mk(50, "W103", "error", alt=("W101",), note="15+10+10+10=45，不是50"),
        10,
        "≥1.6万人",
        "≥32人",
    )
    b.file_mark("W101", "error", required=False, note="指标分值合计95，也可报权重合计不符")
    sign(s, "彭书遥", "0779-3307216")
    return b
