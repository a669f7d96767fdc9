"""Returns about sun-dried salt fields and village salt trade (晒盐): flat lists, points at two
levels and tier labels as offices write them (bi07–bi12)."""

from __future__ import annotations

from tests.variants.holdout519.common import (
    OLD4,
    YEAR,
    department_book,
    indicators,
    notes,
    project_book,
    signature,
    two_money,
    w,
)
from tests.variants.holdout519.registry import variant
from tests.variants.kit import Book, day, mk, pct

TOWN = "海渚县潮岙乡人民政府"
AGRI = "海渚县农业农村局（308012）"


@variant(
    "bi07-field-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)",
)
def field_flat() -> Book:
    b, s = department_book(
        year=YEAR, dept=TOWN, goal="恢复银沙滩古法晒盐盐田，带动盐农增收，办好海盐集市。",
        budget=[(w(320), w(300), w(20), w(180), w(140))],
        tasks=[("古法晒盐盐田修复", "修复纳潮沟、蒸发池与结晶池", w(80), "修复盐田120亩"),
               ("海盐集市与品牌推广", "每月举办海盐集市，统一包装", w(60), "集市12场"),
               ("金额合计", None, w(140), None)],
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("修复古法晒盐盐田面积", 20, "亩", "≥", 120),
        ("举办海盐集市场次", 15, "场", "≥", 12),
        ("结晶池修复验收合格率", 15, "%", "≥", pct(0.95)),
        ("盐田修复亩均成本", 10, "万元/亩", "≤", 0.6),
        ("盐田卤水渗漏量下降率", 10, "%", "≥", 15),
        ("参与晒盐农户户均增收", 15, "元/户", "≥", 3000),
        ("盐农及集市商户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：下降率为正向指标，以2024年实测渗漏量为基数；120亩 × 0.6万元/亩 = 72万元。")
    return b


@variant(
    "bi08-field-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 "
    "· 指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction, weight defects",
)
def field_flat_defects() -> Book:
    b, s = department_book(
        year=YEAR, dept="海渚县东汊盐业合作社联合社", goal="扩大日晒海盐产量，规范盐场安全生产。",
        budget=[(w(150), w(90), w(60), w(70), w(80))],
        tasks=[("晒盐场安全改造", "更换扬水泵站、加固围堰", w(50), "改造盐场3处"),
               ("日晒海盐收储", "统一收储盐农原盐", w(30), "收储原盐3000吨"),
               ("金额合计", None, w(80), None)],
    )  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    conflict = mk(
        "3000万元", "T112", "error", alt=("T119",), note="万元 in the value, 吨 in the unit column"
    )
    rate = mk("≥0.5%", "T108", "warning", row=True, note="an accident rate is 反向 but takes ≥")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("改造晒盐场数量", "≥3", "正向", "处", 20),
        ("统一收储日晒原盐数量", conflict, "正向", "吨", 20),
        ("盐场生产安全事故发生率", rate, "反向", "%", 15),
        ("扬水泵站改造验收合格率", "≥95%", "正向", "%", 15),
        ("单吨原盐收储成本", "≤100", "反向", "元/吨", 10),
        ("盐农满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    return b


def points_rows(prod: int, benefit: int) -> list[tuple[object, ...]]:
    """A 晒盐 cooperative's points table: tier-1 score beside each tier-1, then indicator scores."""
    return [
        ("产出指标", prod, "数量指标", "新建标准化晒盐结晶池", "≥40个", 15),
        (None, None, None, "培训晒盐农户", "≥200户", 10),
        (None, None, "质量指标", "海盐产品抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "结晶池建成投产时间", "6月30日前", 5),
        ("成本指标", 10, "经济成本指标", "单个结晶池建设成本", "≤1.5万元/个", 10),
        ("效益指标", benefit, "经济效益指标", "一级品海盐占比提高", "≥3百分点", 15),
        (None, None, "社会效益指标", "带动农户户均增收", "≥2500元", 10),
        (None, None, "生态效益指标", "盐田周边滩涂植被恢复面积", "≥30亩", 10),
    ]


SCORE6 = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
COOP = "海渚县潮岙乡银沙滩晒盐专业合作社"


@variant(
    "bi09-field-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score "
    "column both adding to 100, a rate raised in 百分点 (correct)",
)
def field_points() -> Book:
    b, s = project_book(
        year=YEAR, name="银沙滩日晒海盐结晶池标准化改造", dept=AGRI, unit=COOP,
        money=two_money(w(90), w(80), w(10)),
        goals=["新建标准化结晶池40个，提高一级品海盐比例，带动盐农增收。"],
    )  # fmt: skip
    rows = [
        *points_rows(40, 35),
        ("满意度指标", 15, "服务对象满意度指标", "盐农满意度", "≥90%", 15),
    ]
    indicators(s, SCORE6, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    notes(s, "说明：一级分值与指标分值为同一总分的两级写法，各为100分，不相加。")
    return b


@variant(
    "bi10-field-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 scores against the "
    "indicator scores under them (two tiers off), a satisfaction rate with =",
)
def field_points_wrong() -> Book:
    b, s = project_book(
        year=YEAR, name="潮岙乡海盐晒场扩建", dept=AGRI, unit=COOP,
        money=two_money(w(90), w(75), w(15)),
        goals=["扩建晒场并新建标准化结晶池40个，提升海盐品质。"],
    )  # fmt: skip
    rows = points_rows(
        mk(45, "W103", "error", note="indicators under 产出 add to 40"),
        mk(30, "W103", "error", note="indicators under 效益 add to 35"),
    )
    sat = mk("=95%", "T107", "warning", note="= on a satisfaction rate, ≥ meant")
    rows.append(("满意度指标", 15, "服务对象满意度指标", "盐农满意度", sat, 15))
    indicators(s, SCORE6, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "bi11-field-tiers",
    (5,),
    "project, OLD-NAT, numbered tier labels with points, marks "
    "(*, ★) and abbreviations (数量, 时效) (correct)",
)
def field_tiers() -> Book:
    b, s = project_book(
        year=YEAR, name="潮岙海盐集市与盐村电商推广", dept=AGRI, unit=TOWN,
        money=two_money(w(40), w(36), w(4)),
        goals=["办好海盐集市12场，建成盐村电商直播间2个，拓宽日晒海盐销路。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("一、产出指标（50分）", "（一）数量", "举办海盐集市场次", "≥12", "场"),
        (None, None, "建成电商直播间", "≥2", "个"),
        (None, "（二）*质量指标", "上架海盐产品抽检合格率", pct(0.98), "%"),
        (None, "（三）时效", "直播间建成时间", "9月30日前", None),
        (None, "（四）成本指标", "单场集市组织费用", "≤1.5", "万元/场"),
        ("二、效益指标（40分）", "1.经济效益指标", "海盐线上销售额", "≥80", "万元"),
        (None, "2.社会效益", "参与销售盐农户数", "≥150", "户"),
        ("三、满意度指标（10分）", "★服务对象满意度指标", "盐农及顾客满意度", "≥90%", None),
    ])  # fmt: skip
    signature(s, "林海帆", "郑雨棠", "0580-3317265", day(YEAR - 1, 11, 12))
    return b


@variant(
    "bi12-field-tiers-wrong",
    (5, 6),
    "project, NAT-2021, numbered labels: one tier-2 "
    "under the wrong tier-1 and a template tier-2 left without an indicator",
)
def field_tiers_wrong() -> Book:
    b, s = project_book(
        year=YEAR, name="银沙滩古盐田生态修复", dept=AGRI, unit=TOWN,
        money=two_money(w(60), w(60), w(0)),
        goals=["修复古盐田纳潮沟2公里，恢复盐田湿地，开展晒盐体验。"],
    )  # fmt: skip
    wrong = mk("（四）生态效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标")
    empty = mk("（三）时效指标", "F109", "warning", row=True, note="template row left empty")
    indicators(s, OLD4, [
        ("一、产出指标", "（一）数量指标", "修复古盐田纳潮沟长度", "≥2公里"),
        (None, "（二）质量指标", "纳潮沟修复验收合格率", "≥95%"),
        (None, empty, None, None),
        (None, wrong, "恢复盐田湿地面积", "≥50亩"),
        ("二、成本指标", "（一）经济成本指标", "每公里纳潮沟修复成本", "≤20万元/公里"),
        ("三、效益指标", "（一）社会效益指标", "晒盐体验游客人次", "≥5000人次"),
        (None, "（二）可持续影响指标", "盐田湿地管护制度", "健全"),
        ("四、满意度指标", "（一）服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b
