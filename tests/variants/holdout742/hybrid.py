"""Returns of the rice hybrid-seed production bases (杂交水稻制种基地): kbx07–kbx12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout742.common import filled, first, indicators, notes, one_year, sign, w
from tests.variants.holdout742.registry import variant
from tests.variants.kit import Book, Sheet, mk

DEPT = "禾川省农业农村厅（213）"
BASE = "蒲湾县杂交水稻制种基地管理中心"
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kbx07-base-operator-words",
    (11,),
    "project, OLD-NAT, operators in words in their own "
    "column, a unit column, 0起 on an incident count, a cost equal to its money (correct)",
)
def base_operator_words() -> Book:
    b, s = first()
    project_head(s, year=2025, name="蒲湾县杂交水稻制种基地提升", dept=DEPT, unit=BASE,
                 money=one_year(w(120), w(100), w(20)),
                 goals=["支持制种大户和企业落实杂交水稻制种面积4000亩，制种单产稳定在"
                        "每亩180公斤以上，全年制种安全事故0起。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("产出指标", "数量指标", "落实杂交水稻制种面积", "大于等于", 4000, "亩"),
        (None, "质量指标", "制种种子纯度达标率", "大于等于", 96, "%"),
        (None, "时效指标", "制种补贴兑付周期", "小于等于", 30, "工作日"),
        (None, "成本指标", "制种基地补贴标准", "小于等于", 300, "元/亩"),
        ("效益指标", "经济效益指标", "杂交水稻制种单产", "大于等于", 180, "公斤/亩"),
        (None, "社会效益指标", "制种安全事故", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "制种户满意度", "大于等于", 90, "%"),
    ], HEAD_OP)  # fmt: skip
    notes(s, "说明：补贴资金300元/亩×4000亩＝120万元，与年度资金总额一致。")
    sign(s, "黎禾生", "0735-5281046", filled(2025))
    return b


@variant(
    "kbx08-base-cost-over",
    (11, 12),
    "project, OLD-NAT, operator column: 总额 ≠ 财政拨款 + "
    "其他资金, a subsidy standard × area above the money",
)
def base_cost_over() -> Book:
    b, s = first()
    total = mk(w(120), "B101", "error", note="120 ≠ 财政拨款100 + 其他资金30")
    project_head(
        s,
        year=2025,
        name="栖禾县杂交水稻制种基地补贴",
        dept=DEPT,
        unit="栖禾县种子管理站",
        money=one_year(total, w(100), w(30)),
        goals=["落实杂交水稻制种面积5000亩，按每亩300元标准兑付制种补贴。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("产出指标", "数量指标", "落实杂交水稻制种面积", "≥", 5000, "亩"),
        (None, "质量指标", "制种种子发芽率达标率", "≥", 95, "%"),
        (None, "时效指标", "制种补贴兑付周期", "≤", 30, "工作日"),
        (None, "成本指标", "制种基地补贴标准", "≤", 300,
         mk("元/亩", "B107", "warning", row=True,
            note="300元/亩×5000亩＝150万元，超过年度资金120万元")),
        ("效益指标", "经济效益指标", "制种户亩均增收", "≥", 400, "元/亩"),
        ("满意度指标", "服务对象满意度指标", "制种户满意度", "≥", 90, "%"),
    ], HEAD_OP)  # fmt: skip
    sign(s, "唐稼宁", "0735-5318827", filled(2025))
    return b


@variant(
    "kbx09-base-export",
    (7, 12),
    "budget-system export: money on sheet 05-1, indicators on "
    "sheet 05-2 under a header on the third row with codes in the first columns (correct)",
)
def base_export() -> Book:
    b, s = first("项目支出预算05-1", (16, 26, 14, 14, 14, 14))
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位：万元", merge=[(1, 6)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "支出功能分类")
    s.row("43210025A0117", "杂交水稻制种基地机械化建设", w(260), w(220), w(40), "2130106")
    s.row("合计", None, w(260), w(220), w(40), None)
    t = b.sheet("项目支出绩效目标05-2", (16, 20, 14, 18, 30, 18))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位名称：禾川省种子管理总站", merge=[(1, 6)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效指标值")
    code, name = "43210025A0117", "杂交水稻制种基地机械化建设"
    t.table([
        (code, name, "产出指标", "数量指标", "购置制种专用去雄及收获机械", "≥26台"),
        (code, name, None, "质量指标", "机械验收合格率", "=100%"),
        (code, name, None, "时效指标", "机械到位时间", "2025年6月30日前"),
        (code, name, None, "成本指标", "单台机械平均购置成本", "≤10万元/台"),
        (code, name, "效益指标", "经济效益指标", "制种环节人工成本下降率", "≥20%"),
        (code, name, None, "可持续影响指标", "制种机械化率", "提高≥8百分点"),
        (code, name, "满意度指标", "服务对象满意度指标", "制种企业满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


def _stacked_project(s: Sheet, name: str, unit: str, money: tuple[float, ...], goal: str,
                     title: str | None) -> None:  # fmt: skip
    project_head(
        s,
        year=2025,
        name=name,
        dept=DEPT,
        unit=unit,
        title=title,
        money=one_year(*(w(x) for x in money)),
        goals=[goal],
    )
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kbx10-base-near-duplicate",
    (2,),
    "project, OLD-NAT, one value column: the production "
    "area twice with a word more, last season's year in the goal",
)
def base_near_duplicate() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="杂交水稻制种大县奖励",
        dept=DEPT,
        unit=BASE,
        money=one_year(w(500), w(500), w(0)),
        goals=[
            mk(
                "2024年全县杂交水稻制种面积稳定在3万亩，新建烘干中心2个。",
                "Y103",
                "warning",
                note="上一年度申报的文字未改，预算年度为2025",
            )
        ],
    )
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("产出指标", "数量指标", "杂交水稻制种面积", "≥3万亩"),
        (None, None, "新建种子烘干中心", "≥2个"),
        (None, None, mk("杂交水稻制种基地面积", "D103", "warning", row=True, alt=("D102", "D101"),
                        note="与上面的制种面积是同一指标，数值却不同"), "≥2.8万亩"),
        (None, "质量指标", "烘干中心验收合格率", "=100%"),
        (None, "时效指标", "烘干中心建成时间", "2025年10月31日前"),
        (None, "成本指标", "单个烘干中心建设成本", "≤240万元/个"),
        ("效益指标", "经济效益指标", "制种产值", "≥4.5亿元"),
        ("满意度指标", "服务对象满意度指标", "制种企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎禾生", "0735-5281046", filled(2025))
    return b


@variant(
    "kbx11-base-two-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in each (correct)",
)
def base_two_stacked() -> Book:
    b, s = first()
    _stacked_project(
        s,
        "蒲湾县制种基地高标准农田配套",
        BASE,
        (300, 260, 40),
        "完成制种基地高标准农田配套2000亩。",
        None,
    )
    s.table([
        ("产出指标", "数量指标", "制种基地配套面积", "≥2000亩"),
        (None, "质量指标", "配套工程验收合格率", "=100%"),
        (None, "成本指标", "亩均配套成本", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "制种单产提高", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "制种户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    _stacked_project(
        s,
        "栖禾县制种基地高标准农田配套",
        "栖禾县种子管理站",
        (120, 120, 0),
        "完成制种基地高标准农田配套800亩。",
        "",
    )
    s.table([
        ("产出指标", "数量指标", "制种基地配套面积", "≥800亩"),
        (None, "质量指标", "配套工程验收合格率", "=100%"),
        (None, "成本指标", "亩均配套成本", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "制种单产提高", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "制种户满意度", "≥88%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kbx12-base-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT: the second's "
    "money does not add up, its goal's base count and a satisfaction rate misplaced",
)
def base_stacked_defects() -> Book:
    b, s = first()
    _stacked_project(
        s, "杂交水稻亲本提纯复壮", BASE, (90, 90, 0), "完成杂交水稻亲本提纯复壮15个组合。", None
    )
    s.table([
        ("产出指标", "数量指标", "提纯复壮亲本组合", "≥15个"),
        (None, "质量指标", "复壮亲本纯度达标率", "≥99%"),
        (None, "成本指标", "单个组合提纯成本", "≤6万元/个"),
        ("效益指标", "可持续影响指标", "亲本供种保障年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "制种企业满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="标准化制种基地建设", dept=DEPT, unit="栖禾县种子管理站",
                 title="", goals=["建设标准化杂交水稻制种基地3个，每个基地不少于500亩。"],
                 money=one_year(mk(w(80), "B101", "error", note="80 ≠ 财政拨款60 + 其他资金10"),
                                w(60), w(10)))  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "建设标准化制种基地",
         mk("≥2个", "D104", "warning", row=True, note="年度目标写建设3个基地，指标只有2个")),
        (None, None, "单个基地面积", "≥500亩"),
        (None, "成本指标", "单个基地建设补助", "≤20万元/个"),
        ("效益指标", "社会效益指标",
         mk("基地周边农户满意度", "F201", "warning", row=True, alt=("F105",),
            note="满意度填在社会效益指标下，应属服务对象满意度指标"), "≥90%"),
        (None, "经济效益指标", "基地制种户亩均增收", "≥300元/亩"),
        ("满意度指标", "服务对象满意度指标", "制种企业满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
