"""Returns on field works: high-standard farmland, land levelling, soil improvement (khp01–06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout890.common import (
    YEAR,
    book,
    head_row,
    multi_year,
    note,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout890.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "禾丰县农业农村局（318004）"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "khp01-levelling-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format "
    "(correct)",
)
def khp01() -> Book:
    b, s = book()
    goal = (
        "在沙垅镇新建高标准农田1.2万亩，其中土地平整0.45万亩，新修田间道路18公里，"
        "亩均投资不超过1500元，年内完成竣工验收。"
    )
    project_head(s, year=YEAR, name="禾丰县2026年沙垅片区高标准农田建设项目", dept=DEPT,
                 unit="禾丰县农田建设管理中心", money=one_year(1800, 1500, 300),
                 goals=[goal])  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥", 1.2, "万亩"),
        (None, None, "土地平整面积", "≥", 0.45, "万亩"),
        (None, None, "新修田间道路长度", "≥", 18, "公里"),
        (None, "质量指标", "工程验收合格率", "=", pct(1), "%"),
        (None, None, "平整后田面高差", "≤", 3, "厘米"),
        (None, "时效指标", "竣工验收完成时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        (None, "成本指标", "亩均建设投资", "≤", 1500, "元/亩"),
        ("效益指标", "经济效益指标", "亩均粮食产能提高", "≥", 100, "公斤"),
        (None, "社会效益指标", "受益农户数", "≥", 3200, "户"),
        (None, "可持续影响指标", "工程设施完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "蔺子谦", "0739-5528613", (YEAR - 1, 11, 18))
    return b


@variant(
    "khp02-levelling-numbered-tiers",
    (5, 10, 12),
    "project, NAT-2021, numbered tiers with points; goal area against the indicator, late deadline",
)
def khp02() -> Book:
    b, s = book()
    goal = ok(
        "完成柘岭、槐店两村田块归并与土地平整8000亩，配套田间道路9公里，年底前完成竣工验收。",
        note="the D104 on the goal's 8000亩 may land here",
    )
    project_head(s, year=YEAR, name="北垣县2026年田块归并与土地平整项目", dept="北垣县农业农村局",
                 unit="北垣县土地整理站", money=one_year(960, 800, 160), goals=[goal])  # fmt: skip
    area = mk("≥6000亩", "D104", "warning", row=True, note="the goal says 8000亩 of levelling")
    late = mk("2027年3月31日前", "Y102", "error", alt=("Y101",),
              note="one-year 2026 project, goal says 年底前 too")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "土地平整面积", area, 15),
        (None, None, "新修田间道路", "≥9公里", 10),
        (None, "2.质量指标", "平整后田面高差", "≤5厘米", 10),
        (None, None, "工程质量验收合格率", "=100%", 5),
        (None, "3.时效指标", "竣工验收完成时间", late, 10),
        ("二、成本指标（10分）", "1.经济成本指标", "亩均平整成本", "≤1200元/亩", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "新增有效耕地面积", "≥120亩", 10),
        (None, "2.社会效益指标", "受益农户数", "≥1100户", 10),
        (None, "3.可持续影响指标", "归并后田块平均面积增长率", "≥30%", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "受益农户满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "khp03-levelling-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: goal copied, a year above the period",
)
def khp03() -> Book:
    b, s = book()
    text = (
        "建成高标准农田3万亩，其中土地平整1.2万亩，新修田间道路36公里，耕地质量平均提高0.5个等级。"
    )
    copied = mk(text, "D204", "warning", alt=("D104",), note="年度目标 is the 中期目标 verbatim")
    project_head(s, year=YEAR, name="梓陂县2026—2028年高标准农田集中连片建设项目",
                 dept="梓陂县农业农村局", unit="梓陂县农田建设服务中心", years=3,
                 attr="新增项目", money=multi_year((4500, 3900, 600), (1500, 1300, 200)),
                 goals=[text, copied])  # fmt: skip
    over = mk("≥1.5万亩", "D201", "error", note="one year above the three-year 1.2万亩")
    same = mk("≥36公里", "D202", "warning", note="the three-year road length copied to 2026")
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "高标准农田建成面积", "≥3万亩", "≥1万亩"),
        (None, None, "土地平整面积", "≥1.2万亩", over),
        (None, None, "新修田间道路", "≥36公里", same),
        (None, "质量指标", "耕地质量等级提升", "≥0.5等", "≥0.5等"),
        (None, None, "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均建设投资", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "新增粮食综合生产能力", "≥450万公斤", "≥150万公斤"),
        (None, "社会效益指标", "受益农户数", "≥7500户", "≥2600户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "khp04-levelling-two-years-points",
    (8, 10),
    "two-year project, NAT-2021, tier points and indicator points, 百分点, later year (correct)",
)
def khp04() -> Book:
    b, s = book(widths=(18, 16, 28, 18, 18, 10))
    period = (
        "两年完成丘陵坡耕地宜机化改造1.6万亩（2026年0.9万亩、2027年0.7万亩），"
        "为2028年全市推广积累经验。"
    )
    project_head(s, year=YEAR, name="潮堰市2026—2027年丘陵区宜机化改造项目",
                 dept="潮堰市农业农村局", unit="潮堰市农业机械化服务中心", years=2,
                 money=multi_year((2400, 2000, 400), (1350, 1150, 200)),
                 goals=[period, "完成宜机化改造0.9万亩，新修机耕道12公里。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "宜机化改造面积", "≥1.6万亩", "≥0.9万亩", 15),
        (None, None, "新修机耕道", "≥22公里", "≥12公里", 10),
        (None, "质量指标", "改造后田块坡度", "≤6度", "≤6度", 10),
        (None, None, "工程验收合格率", "100%", "100%", 5),
        (None, "时效指标", "完工时间", "2027年11月30日前", "2026年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "亩均改造成本", "≤1500元/亩", "≤1500元/亩", 10),
        ("效益指标（30分）", "经济效益指标", "农机作业率提高", "≥15百分点", "≥8百分点", 10),
        (None, "社会效益指标", "受益农户数", "≥4200户", "≥2300户", 10),
        (None, "可持续影响指标", "设施完好率", "≥95%", "≥95%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "褚晓岚", "0736-7710245", (YEAR - 1, 12, 5))
    return b


@variant(
    "khp05-levelling-stacked",
    (2, 4),
    "two one-year projects stacked, OLD-NAT: a duplicate with another value, a total not adding up",
)
def khp05() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="北垣县2026年槐店片土地平整项目", dept="北垣县农业农村局",
                 unit="北垣县土地整理站", money=one_year(600, 500, 100),
                 goals=["完成槐店片土地平整4000亩，田面高差控制在5厘米以内。"])  # fmt: skip
    dup = mk("≥3500亩", "D102", "error", row=True, alt=("D101", "D103"),
             note="土地平整面积 again with a word more and another value")  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "土地平整面积", "≥4000亩"),
        (None, None, "完成土地平整面积", dup),
        (None, "质量指标", "平整后田面高差", "≤5厘米"),
        (None, "时效指标", "完工时间", "2026年10月31日前"),
        (None, "成本指标", "亩均平整成本", "≤1500元/亩"),
        ("效益指标", "社会效益指标", "受益农户数", "≥900户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：两个项目分别申报，资金不得混用。")
    s.skip()
    head_row(s, "项目二")
    total = mk(wan(380), "B101", "error", note="300 + 60 = 360, not 380")
    project_head(s, year=YEAR, name="北垣县2026年柘岭片土壤改良项目", dept="北垣县农业农村局",
                 unit="北垣县耕地质量监测站", money=one_year(total, 300, 60), title="",
                 goals=["对柘岭片2500亩酸化耕地施用土壤调理剂并深翻，提升耕地地力。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "土壤改良面积", "≥2500亩"),
        (None, "质量指标", "耕层有机质含量提高", "≥0.2个百分点"),
        (None, "时效指标", "完工时间", "2026年11月15日前"),
        (None, "成本指标", "亩均改良成本", "≤1400元/亩"),
        ("效益指标", "经济效益指标", "亩均增产粮食", "≥40公斤"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阙明远", "0735-6620917", (YEAR - 1, 11, 26))
    return b


@variant(
    "khp06-levelling-second-sheet",
    (4, 7),
    "project, NAT-2021, table on a second sheet under 指标内容 / 绩效标准, notes below (correct)",
)
def khp06() -> Book:
    b, s = book("基本信息")
    goal = "改造中低产田6000亩（含土地平整2400亩），配套排水沟9公里，降低坡耕地水土流失。"
    project_head(s, year=YEAR, name="梓陂县2026年中低产田提质改造项目", dept="梓陂县农业农村局",
                 unit="梓陂县农田建设服务中心", money=one_year(720, 600, 120),
                 goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 20))
    t.title("2026年度项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "中低产田改造面积", "≥6000亩"),
        (None, None, "土地平整面积", "≥2400亩"),
        (None, None, "新建排水沟", "≥9公里"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "亩均改造成本", "≤1200元/亩"),
        (None, "社会成本指标", "施工安全事故", "0起"),
        ("效益指标", "生态效益指标", "坡耕地水土流失量下降率", "≥20%"),
        (None, "可持续影响指标", "工程管护责任落实率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    note(t, "注：水土流失量下降率以2025年监测值为基数。", 4)
    note(t, "填表说明：指标值应可量化、可考核；定性指标按好、较好、一般、差分级。", 4)
    t.row("填报人：", "温若川", "填报日期：", day(YEAR - 1, 12, 9, CN_DATE))
    return b
