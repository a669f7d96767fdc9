"""Project tables on national-style forms: one filled in a goalbook-like form (基本信息 sheet and
an indicator sheet with 一级/二级/三级 repeated on every row), and merged-tier project forms
with numbered and scored tier labels or rows left from the template."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout11.common import block, signatures
from tests.variants.holdout11.registry import variant
from tests.variants.kit import Book, day, mk, money, ok

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")


@variant("w14-meals-national-form-ok", (7,), "goalbook-like form, tiers on every row")
def w14() -> Book:
    """Correct: an elderly-meals subsidy on a national-style two-sheet form: 基本信息 as key and
    value, indicators one per row with tier-1 and tier-2 repeated, operator and unit columns,
    bare numbers (percentages as 0–100 with % in the unit column), 成本指标 first."""
    b = Book()
    k = b.sheet("基本信息", widths=(24, 60))
    for key, value in [
        ("预算年度", 2027),
        ("项目名称", "安河区老年人助餐服务补助"),
        ("主管部门", "安河区民政局"),
        ("实施单位", "安河区养老服务指导中心"),
        ("项目属性", "新增项目"),
        ("项目期（年）", 1),
        ("计划开始日期", day(2027, 1, 1)),
        ("计划完成日期", day(2027, 12, 31)),
        ("年度资金总额（万元）", money(148.2)),
        ("其中：财政拨款（万元）", money(148.2)),
        ("其他资金（万元）", money(0)),
        ("年度目标", "在全区建成运营24个社区助餐点，全年提供助餐服务23.5万人次，覆盖80%以上的"
         "城市社区，就餐老年人满意度达到90%以上。"),
    ]:  # fmt: skip
        k.row(key, value)
    s = b.sheet("绩效指标", widths=(12, 18, 26, 8, 10, 12, 30))
    s.row(*OP_HEAD)
    for line in [
        ("成本指标", "经济成本指标", "每餐补助标准", "≤", 5, "元/餐", "按老年人类别分档补助"),
        ("成本指标", "经济成本指标", "助餐点运营补助", "≤", 1.2, "万元/个", "每个助餐点每年"),
        ("产出指标", "数量指标", "建成运营社区助餐点", "≥", 24, "个", None),
        ("产出指标", "数量指标", "助餐服务人次", "≥", 23.5, "万人次", None),
        ("产出指标", "质量指标", "助餐点食品安全检查合格率", "=", 100, "%", None),
        ("产出指标", "时效指标", "补助资金结算时限", "≤", 15, "个工作日", "次月结算"),
        ("效益指标", "社会效益指标", "助餐服务覆盖城市社区比例", "≥", 80, "%", None),
        ("效益指标", "可持续影响指标", "助餐服务长效运营机制", "定性", "建立并执行", None, None),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥", 90, "%", "抽样问卷调查"),
    ]:  # fmt: skip
        s.row(*line)
    return b


NUM_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("w15-farmer-training-tiers-wrong", (5, 10), "numbered, scored tier labels; defects")
def w15() -> Book:
    """A farmer-training project with numbered tier labels carrying points: a 社会效益指标
    block under 产出指标, the same indicator twice, a satisfaction target of ≥100%."""
    b = Book()
    s = b.sheet("Sheet1", widths=(18, 18, 28, 16, 16, 16))
    project_head(
        s, year=2027, name="青川市高素质农民培育", dept="青川市农业农村局 412",
        unit="青川市农业广播电视学校",
        money=[("年度资金总额", money(180), "其中：财政拨款", money(180)),
               ("其他资金", money(0), None, None)],
        goals=["培育高素质农民1200人，其中产业带头人150人，培训合格率达到95%以上，"
               "带动学员经营收入稳步增长。"])  # fmt: skip
    block(
        s, NUM_HEAD, label="绩效指标",
        rows=[
            ("一、产出指标（50分）", "（一）数量指标", "培育高素质农民人数", "≥1200人", None),
            (None, None, "其中：产业带头人", "≥150人", None),
            (None, None, ok("举办专题培训班", note="first of the pair; either row may be reported"),
             "≥24期", None),
            (None, "（二）质量指标", "学员培训合格率", "≥95%", None),
            (None, None,
             mk(mk("举办专题培训班", "D101", "warning", row=True, alt=("D102", "D103"),
                   note="the same indicator as three rows up"),
                "F201", "warning", row=True, required=False,
                note="a count under 质量指标: accepted, not asked for"), "≥24期", None),
            (None, "（三）时效指标", "培训任务完成时间", "2027年11月30日前", None),
            (None, mk("（四）社会效益指标", "F105", "error", row=True,
                      note="a benefit tier-2 inside the 产出指标 block"),
             "带动学员就业创业人数", "≥300人", None),
            ("二、成本指标（10分）", "经济成本指标", "人均培训补助标准", "≤1500元/人",
             "1200×1500=180万元"),
            ("三、效益指标（30分）", "经济效益指标", "学员经营收入增长率", "≥8%", None),
            (None, "可持续影响指标", "高素质农民跟踪服务机制", "建立健全", None),
            ("四、满意度指标（10分）", "服务对象满意度指标", "参训学员满意度",
             mk("≥100%", "T106", "error", row=True, alt=("T114",),
                note="a satisfaction rate cannot exceed 100 %"), None),
        ],
    )  # fmt: skip
    signatures(s, filled=(2026, 11, 17), names=("付晓东", "邹敏"), phone="0871-6327714")
    return b


@variant("w17-fire-prevention-template-wrong", (5, 6), "project with old dates, empty tier-2 rows")
def w17() -> Book:
    """A township forest fire-prevention project on a 2027 form whose plan dates were left from
    the 2025 return, with two tier-2 rows from the template left empty; a ‰ rate is right."""
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 18, 28, 16, 16, 16))
    project_head(
        s, year=2027, name="大坪镇森林防火专业扑火队运行保障", dept="云岭县林业和草原局 318",
        unit="大坪镇人民政府",
        start=mk(day(2025, 1, 1), "Y102", "error", row=True, alt=("Y101",),
                 note="plan dates from the 2025 return in a 2027 table"),
        end=day(2025, 12, 31),
        money=[("年度资金总额", money(64), "其中：财政拨款", money(64)),
               ("其他资金", money(0), None, None)],
        goals=["保障大坪镇30人专业扑火队全年驻防备勤，开展巡山护林和防火宣传，"
               "森林火灾受害率控制在0.9‰以内。"])  # fmt: skip
    block(
        s, NUM_HEAD, label="绩效指标",
        rows=[
            ("产出指标", "数量指标", "专业扑火队员", "≥30人", None),
            (None, None, "巡山护林里程", "≥8000公里", None),
            (None, None, "防火宣传活动", "≥12场", None),
            (None, "质量指标", "火情处置率", "=100%", None),
            (None, "时效指标", "接警后到达火场时间", "≤40分钟", "交通条件允许时"),
            (None, "成本指标", "扑火队员人均劳务补助", "≤1.8万元/人", None),
            ("效益指标", mk("经济效益指标", "F109", "warning", row=True,
                            note="template row left empty"), None, None, None),
            (None, "社会效益指标", "森林火灾受害率", "≤0.9‰", None),
            (None, mk("生态效益指标", "F109", "warning", row=True,
                      note="template row left empty"), None, None, None),
            (None, "可持续影响指标", "群防群治机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", None),
        ],
    )  # fmt: skip
    signatures(s, filled=(2026, 11, 19), names=("熊志华", "韦丽"), phone="0878-6650731")
    return b
