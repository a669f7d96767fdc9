"""菊花 flower-tea bases: points at two levels, header words, a second sheet with conversion
artefacts, footnotes and a one-year project with equal columns (df07–df12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout568.common import TIERS, book, funds, notes, period_funds, sign, table
from tests.variants.holdout568.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

SCORED = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "df07-chrys-points-two-levels",
    (10, 1),
    "project, NAT-2021, tier-1 score column and "
    "indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def df07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="鹤汀县杭白菊茶基提质增效项目",
        dept="鹤汀县农业农村局（126）",
        unit="鹤汀县茶叶与特产站",
        money=funds(180, 150, 30),
        goals=["提质杭白菊茶基500亩，提高烘干菊花一级品比例，带动种植户增收。"],
    )
    table(s, SCORED, [
        ("产出指标", 40, "数量指标", "杭白菊茶基提质面积", "≥500亩", 10),
        (None, None, None, "胎菊鲜花收购量", "≥150吨", 10),
        (None, None, "质量指标", "烘干菊花一级品比例比上年提高", "≥3百分点", 10),
        (None, None, "时效指标", "鲜花采后烘干及时率", pct(0.95), 10),
        ("成本指标", 10, "经济成本指标", "每亩提质补助", "≤0.2万元/亩", 10),
        ("效益指标", 30, "经济效益指标", "菊花茶基销售收入", "≥900万元", 10),
        (None, None, "社会效益指标", "带动种植户", "≥300户", 10),
        (None, None, "生态效益指标", "有机肥替代化肥比例", "≥30%", 10),
        ("满意度指标", 20, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
        (None, None, None, "收购茶企满意度", "≥88%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "df08-chrys-points-mismatch",
    (10,),
    "project, NAT-2021, tier-1 score column against "
    "the indicator scores under it, a rate given as a weight",
)
def df08() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="鹤汀县胎菊茶基烘干中心项目",
        dept="鹤汀县农业农村局（126）",
        unit="鹤汀县菊花产业协会",
        money=funds(220, 180, 40),
        goals=["建成胎菊烘干中心1处，年烘干鲜花300吨，提高茶基烘干合格率。"],
    )
    out = mk(40, "W103", "error", note="产出 scores 15 + 10 + 10 + 10 = 45, declared 40")
    gain = mk(30, "W103", "error", note="效益 scores 10 + 15 = 25, declared 30")
    count = mk("2000公斤", "T105", "error", note="a 合格率 given as a weight")
    table(s, SCORED, [
        ("产出指标", out, "数量指标", "胎菊鲜花烘干量", "≥300吨", 15),
        (None, None, None, "烘干中心建成数量", "=1处", 10),
        (None, None, "质量指标", "鲜花烘干合格率", count, 10),
        (None, None, "时效指标", "烘干中心投用时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "每吨鲜花烘干成本", "≤0.4万元/吨", 10),
        ("效益指标", gain, "经济效益指标", "胎菊茶基增值收入", "≥260万元", 10),
        (None, None, "社会效益指标", "带动采摘务工", "≥150人", 15),
        ("满意度指标", 20, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
        (None, None, None, "收购茶企满意度", "≥85%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "df09-chrys-header-words",
    (5, 7),
    "project, OLD-NAT, headers 指标内容 · 绩效标准 · "
    "评价标准, tier labels numbered with points (一、产出指标（50分）, （一）数量指标) (correct)",
)
def df09() -> Book:
    b, s = book(widths=(20, 18, 30, 16, 26, 10))
    project_head(
        s,
        year=2025,
        name="桂渚镇金丝皇菊茶基种植项目",
        dept="桂渚镇人民政府（433）",
        unit="桂渚镇农技站",
        money=funds(90, 90, 0),
        goals=["种植金丝皇菊茶基260亩，建立分级收购制度，带动种植户增收。"],
    )
    full = "完成得满分，未完成按比例扣分"
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "评价标准"), [
        ("一、产出指标（50分）", "（一）数量指标", "金丝皇菊茶基种植面积", "≥260亩", full),
        (None, "（二）质量指标", "干花分级收购达标率", "≥90%", full),
        (None, "（三）时效指标", "种苗移栽完成时间", "2025年5月31日前", "按时完成得满分"),
        (None, "（四）成本指标", "每亩种苗及有机肥补助", "≤0.3万元/亩", "超出不得分"),
        ("二、效益指标（30分）", "（一）经济效益", "亩均干花产值", "≥6000元/亩", full),
        (None, "（二）社会效益", "带动种植户", "≥120户", full),
        (None, "（三）可持续影响", "分级收购制度", "建立并执行", "建立得满分"),
        ("三、满意度指标（20分）", "（一）服务对象满意度", "种植户满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant(
    "df10-chrys-second-sheet",
    (7, 9),
    "project: head on the first sheet, the table on a "
    "second sheet under 预期实现值; a split number and a date serial typed as text",
)
def df10() -> Book:
    b, s = book("项目信息")
    total = mk("145.337 5", "X105", "warning", alt=("X103",), note="145.3375 split by a space")
    project_head(
        s,
        year=2025,
        name="澜港县滁菊花茶基地扩建项目",
        dept="澜港县农业农村局（221）",
        unit="澜港县滁菊合作社联合社",
        money=funds(total, 120, 25.3375),
        goals=["扩建滁菊花茶基地180亩，新增烘干能力80吨，提升滁菊茶基品质。"],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 18, 14))
    t.title("绩效指标", 5)
    serial: Any = mk("45961", "X104", "warning", note="a serial (2025-10-31) stored as text")
    table(t, (*TIERS, "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "滁菊花茶基地扩建面积", "≥180", "亩"),
        (None, None, "新增烘干能力", "≥80", "吨"),
        (None, "质量指标", "干花茶基抽检合格率", "≥95", "%"),
        (None, "时效指标", "扩建基地鲜花采收结束时间", serial, None),
        (None, "成本指标", "每亩扩建补助", "≤0.5", "万元/亩"),
        ("效益指标", "经济效益指标", "滁菊茶基销售收入增加", "≥200", "万元"),
        (None, "社会效益指标", "带动种植户", "≥90", "户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


def _header(s: Any) -> None:
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "df11-chrys-notes",
    (4,),
    "project, OLD-NAT, one value column: 填表说明 row inside, a "
    "header repeated after a page break, a 注 row, footnotes and a signature line (correct)",
)
def df11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="栖梧县贡菊茶基标准园项目",
        dept="栖梧县农业农村局（118）",
        unit="栖梧县贡菊产业发展中心",
        money=funds(110, 95, 15),
        goals=["建成贡菊茶基标准园150亩，推行标准化采收和烘干，带动种植户增收。"],
    )
    _header(s)
    notes(s, "填表说明：三级指标由实施单位填写，可自行增行；指标值须量化。", width=5)
    s.table([
        ("产出指标", "数量指标", "贡菊茶基标准园面积", "≥150亩", None),
        (None, None, "标准化采收培训", "≥300人次", None),
        (None, "质量指标", "干花茶基抽检合格率", "≥95%", None),
        (None, "时效指标", "标准园建成时间", "2025年10月31日前", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    _header(s)
    s.table([
        ("产出指标", "成本指标", "每亩标准园建设补助", "≤0.6万元/亩", "150亩×0.6＝90万元"),
        ("效益指标", "经济效益指标", "贡菊茶基亩均增收", "≥1200元/亩", None),
        (None, "社会效益指标", "带动种植户", "≥100户", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1. 干花茶基抽检按批次计；2. 每亩补助含种苗、有机肥和采收工具。", width=5)
    notes(s, "说明：本表金额单位为万元，其他资金为合作社自筹。", width=5)
    sign(s, "邵砚清", "0739-6612408", day(2024, 12, 12, CN_DATE))
    return b


@variant(
    "df12-chrys-one-year-equal",
    (8,),
    "one-year project with 中期 and 年度 columns, "
    "goals and values legitimately identical, a 注 row saying so (correct)",
)
def df12() -> Book:
    b, s = book()
    goal = "完成菊花茶基老园改造80亩，更新烘干设备2台，提高干花一级品率。"
    project_head(
        s,
        year=2025,
        name="柘岭乡菊花茶基老园改造项目",
        dept="柘岭乡人民政府（605）",
        unit="柘岭乡农业服务站",
        money=period_funds((95, 80, 15), (95, 80, 15)),
        attr="一次性项目",
        goals=[goal, goal],
    )
    same: tuple[Any, ...] = (
        ("产出指标", "数量指标", "菊花茶基老园改造面积", "≥80亩"),
        (None, None, "烘干设备更新", "≥2台"),
        (None, "质量指标", "干花一级品率", "≥85%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "每亩老园改造成本", "≤0.8万元/亩"),
        ("效益指标", "经济效益指标", "改造园亩均增收", "≥1000元/亩"),
        (None, "可持续影响指标", "改造园持续采收年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    )
    table(s, (*TIERS, "中期指标值", "年度指标值"), [(*r, r[3]) for r in same])
    notes(s, "注：本项目实施期一年，中期指标与年度指标相同。")
    return b
