"""中期 and 年度 indicators on two sheets, or in two columns of one sheet, with duplicates and
near-duplicates among them (qb07–qb12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout226.common import (
    MID,
    OPS,
    TWO,
    YEAR,
    book,
    head,
    indicators,
    note,
    period_money,
    period_sheet,
    sign,
    wan,
)
from tests.variants.holdout226.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


def forest(counts: tuple[str, str, str], due: str) -> list[tuple[Any, ...]]:
    """The rows of qb07: ``counts`` differ between the sheets, the rest is the same."""
    return [
        ("产出指标", "数量指标", "新建森林防火视频监控点", counts[0]),
        (None, None, "建设生物防火林带长度", counts[1]),
        (None, None, "培训专业扑火队员", counts[2]),
        (None, "质量指标", "视频监控点位在线率", "≥95%"),
        (None, None, "生物防火林带造林成活率", "≥85%"),
        (None, "时效指标", "建设任务完成时间", due),
        ("成本指标", "经济成本指标", "单个视频监控点建设成本", "≤18万元/个"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        (None, "社会效益指标", "森林火灾24小时扑灭率", "≥95%"),
        (None, "可持续影响指标", "森林防火网格化管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ]  # fmt: skip


@variant("qb07-two-sheets-period-year", (4, 8), "three-year project, NAT-2021: 中期 indicators "
         "on one sheet, 年度 on another, the same names on both, annual counts below the "
         "period counts, rates and unit costs equal, footnote and dated signature "
         "(correct)")  # fmt: skip
def qb07() -> Book:
    b = Book()
    project = ("森林防火能力提升项目", "岚溪市林业局（311）", "岚溪市森林消防大队",
               "3年（2026—2028年）")  # fmt: skip
    period_sheet(b, "中期绩效目标", head(
        "森林防火能力提升项目中期绩效目标表（2026—2028年）", project, 2028,
        ("中期资金总额（万元）", wan(1800), wan(1650), wan(150)),
        ("中期目标", "2026—2028年新建森林防火视频监控点36个、生物防火林带45公里，培训专业"
                     "扑火队员900人次，森林火灾受害率控制在0.9‰以内。"),
    ), MID, forest(("≥36个", "≥45公里", "≥900人次"), "2028年12月31日前"))  # fmt: skip
    s = period_sheet(b, "年度绩效目标", head(
        "2026年度森林防火能力提升项目绩效目标表", project, 2028,
        ("年度资金总额（万元）", wan(620), wan(570), wan(50)),
        ("年度目标", "2026年新建森林防火视频监控点12个、生物防火林带15公里，培训专业扑火队员"
                     "300人次，监控点位在线率达到95%以上。"),
    ), YEAR, forest(("≥12个", "≥15公里", "≥300人次"), "2026年12月31日前"))  # fmt: skip
    note(s, "注：本表为2026年当年目标，中期指标值见“中期绩效目标”表。")
    sign(s, "陆清远", "施雨桐", "0591-88316024", day(2025, 12, 8, CN_DATE))
    return b


GOAL08 = ("完成老旧小区改造28个，惠及居民4600户，改造供排水管网18公里，加装电梯40部，改造后"
          "小区长效管理机制健全，居民满意度达到90%以上。")  # fmt: skip


def estate(top: tuple[Any, Any, Any, Any], due: str, cover: str) -> list[tuple[Any, ...]]:
    """The rows of qb08: the four counts, the deadline and the coverage differ by sheet."""
    return [
        ("产出指标", "数量指标", "改造老旧小区数量", top[0]),
        (None, None, "惠及居民户数", top[1]),
        (None, None, "改造供排水管网长度", top[2]),
        (None, None, "既有住宅加装电梯数量", top[3]),
        (None, "质量指标", "改造工程竣工验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", due),
        ("成本指标", "经济成本指标", "单个小区平均改造成本", "≤140万元/个"),
        ("效益指标", "社会效益指标", "改造小区物业管理覆盖率", cover),
        (None, "可持续影响指标", "小区长效管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ]  # fmt: skip


@variant("qb08-two-sheets-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 tables on "
         "two sheets: the 年度目标 text copied from the 中期目标, a cumulative count copied, an "
         "annual length above the period length")  # fmt: skip
def qb08() -> Book:
    b = Book()
    project = ("老旧小区改造项目", "晏城县住房和城乡建设局（208）",
               "晏城县城镇老旧小区改造工作专班", "2年（2026—2027年）")  # fmt: skip
    period_sheet(b, "中期目标", head(
        "老旧小区改造项目中期绩效目标表", project, 2027,
        ("中期资金总额（万元）", wan(4200), wan(3800), wan(400)), ("中期目标", GOAL08),
    ), MID, estate(("≥28个", "≥4600户", "≥18公里", "≥40部"), "2027年12月31日前",
                   "≥90%"))  # fmt: skip
    copied = mk(GOAL08, "D204", "warning", alt=("D104",), note="the 中期目标 word for word")
    households = mk("≥4600户", "D202", "warning", note="cumulative count copied from 中期")
    pipes = mk("≥20公里", "D201", "error", note="the period target is ≥18公里")
    s = period_sheet(b, "年度目标", head(
        "2026年度老旧小区改造项目绩效目标表", project, 2027,
        ("年度资金总额（万元）", wan(2300), wan(2100), wan(200)), ("年度目标", copied),
    ), YEAR, estate(("≥16个", households, pipes, "≥22部"), "2026年12月31日前", "≥85%"))  # fmt: skip
    sign(s, "唐思远", "常敏华", "0534-72910385")
    return b


TRAINING = [
    ("产出指标", "数量指标", "补贴性职业技能培训人次", "≥", 3000, "人次"),
    (None, None, "取得职业资格或技能等级证书人数", "≥", 2100, "人"),
    (None, "质量指标", "培训合格率", "≥", pct(0.85), None),
    (None, None, "培训补贴发放准确率", "=", pct(1), None),
    (None, "时效指标", "培训补贴拨付完成时间", "≤", day(2026, 12, 20, CN_DATE), None),
    ("成本指标", "经济成本指标", "人均培训补贴标准", "≤", 1400, "元/人次"),
    ("效益指标", "社会效益指标", "培训后就业率", "≥", pct(0.7), None),
    (None, "可持续影响指标", "职业技能培训补贴监管机制", "定性", "健全", None),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), None),
]  # fmt: skip


@variant("qb09-one-year-two-sheets", (1, 8), "one-year project, NAT-2021, 实施期 and 年度 tables "
         "on two sheets with operator and unit columns, legitimately identical (goals, money, "
         "values), percent cells, a date cell (correct)")  # fmt: skip
def qb09() -> Book:
    b = Book()
    project = ("职业技能提升培训补贴项目", "望埠市人力资源和社会保障局（116）",
               "望埠市职业技能鉴定指导中心", "1年")  # fmt: skip
    goal = ("2026年开展补贴性职业技能培训3000人次，取得职业资格或技能等级证书2100人以上，培训"
            "合格率达到85%以上，按时足额拨付培训补贴。")  # fmt: skip
    for sheet, label in (("实施期绩效目标", "实施期"), ("年度绩效目标", "年度")):
        s = period_sheet(b, sheet, head(
            f"职业技能提升培训补贴项目{label}绩效目标表（2026年）", project, 2026,
            (f"{label}资金总额（万元）", wan(450), wan(430), wan(20)), (f"{label}目标", goal),
        ), OPS, TRAINING)  # fmt: skip
        note(s, "注：本项目为一年期项目，实施期目标与年度目标一致。")
    return b


@variant("qb10-columns-copied-near-duplicate", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns in one sheet: a cumulative length copied into the annual column, a "
         "satisfaction indicator entered twice under near-identical names")  # fmt: skip
def qb10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="高标准农田建设项目", dept="榴川县农业农村局（503）",
        unit="榴川县农田建设服务中心",
        money=period_money((wan(5400), wan(5000), wan(400)), (wan(1800), wan(1650), wan(150))),
        goals=["2026—2028年新建高标准农田3.6万亩，配套灌排渠道85公里、田间道路60公里，项目区"
               "粮食亩均增产50公斤以上。",
               "2026年新建高标准农田1.2万亩，配套灌排渠道30公里，工程验收合格率100%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3.6万亩", "≥1.2万亩"),
        (None, None, "新建改造灌排渠道长度", "≥85公里", "≥30公里"),
        (None, None, "新建改造田间道路长度", "≥60公里",
         mk("≥60公里", "D202", "warning", note="cumulative length copied from 中期")),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤1450元/亩", "≤1450元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "≥50公斤"),
        (None, "社会效益指标", "受益农户数", "≥12000户", "≥4000户"),
        (None, "生态效益指标", "农田灌溉水有效利用系数", "≥0.58", "≥0.56"),
        (None, "可持续影响指标", "建后管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
        (None, None, mk("项目区受益农户满意度", "D103", "warning", row=True, alt=("D101",)),
         "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋卫东", "秦书瑶", "0737-53182604")
    return b


@variant("qb11-columns-page-break-lookalikes", (4, 8), "two-year project, NAT-2021, 中期 and 年度 "
         "columns, header repeated after a page break, names alike but distinct (新建/改造 "
         "管网, 城区/农村 污水), equal rates and unit costs, footnote (correct)")  # fmt: skip
def qb11() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=2, name="城镇污水处理提质增效项目",
        dept="枫溪县住房和城乡建设局（207）", unit="枫溪县排水管理所",
        money=period_money((wan(2600), wan(2400), wan(200)), (wan(1500), wan(1400), wan(100))),
        goals=["2026—2027年新建污水管网32公里、改造雨污混接管网14公里，新建农村污水处理站10"
               "座，城区生活污水集中收集率达到75%以上。",
               "2026年新建污水管网18公里、改造雨污混接管网8公里，新建农村污水处理站6座，城区"
               "生活污水集中收集率达到72%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建污水管网长度", "≥32公里", "≥18公里"),
        (None, None, "改造雨污混接管网长度", "≥14公里", "≥8公里"),
        (None, None, "新建农村污水处理站", "≥10座", "≥6座"),
        (None, "质量指标", "城区生活污水集中收集率", "≥75%", "≥72%"),
        (None, None, "农村生活污水治理率", "≥55%", "≥50%"),
        TWO,
        ("产出指标", "质量指标", "污水处理厂出水水质达标率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "新建污水管网每公里造价", "≤55万元/公里", "≤55万元/公里"),
        (None, None, "农村污水处理站单座建设成本", "≤60万元/座", "≤60万元/座"),
        ("效益指标", "生态效益指标", "主要河道断面水质达标率", "≥90%", "≥90%"),
        (None, "社会效益指标", "受益人口", "≥6.5万人", "≥4万人"),
        (None, "可持续影响指标", "污水管网运维管理机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%"),
    ], breaks=(4,))  # fmt: skip
    note(s, "注：中期指标值为2026—2027年累计目标，年度指标值为2026年目标。")
    sign(s, "汪少川", "柯美玲", "0563-46027195")
    return b


def clinics(top: tuple[Any, Any], third: tuple[Any, Any, Any], due: str, tail: tuple[
        Any, ...]) -> list[tuple[Any, ...]]:  # fmt: skip
    """The rows of qb12: two counts, the third row, the deadline and the tail vary by sheet."""
    return [
        ("产出指标", "数量指标", "接入医共体信息平台的基层医疗机构数", top[0]),
        (None, None, "建设远程诊疗站点", top[1]),
        (None, *third),
        (None, "质量指标", "电子健康档案规范建档率", tail[0]),
        (None, None, "平台系统稳定运行率", "≥95%"),
        (None, "时效指标", "建设任务完成时间", due),
        ("成本指标", "经济成本指标", "单个远程诊疗站点建设成本", "≤35万元/个"),
        ("效益指标", "社会效益指标", "县域内就诊率", tail[1]),
        (None, "可持续影响指标", "信息平台运维保障机制", tail[2]),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ]  # fmt: skip


@variant("qb12-two-sheets-nameless-conflict", (6, 8, 13), "two-year project, NAT-2021, 中期 and "
         "年度 tables on two sheets: on the 中期 sheet a value whose name was cleared, on the "
         "年度 sheet a count entered twice with different values")  # fmt: skip
def qb12() -> Book:
    b = Book()
    project = ("县域医共体信息化建设项目", "梅渚县卫生健康局（412）",
               "梅渚县人民医院（医共体牵头医院）", "2年（2026—2027年）")  # fmt: skip
    nameless = (None, mk(None, "F110", "error", note="name cleared, value kept"), "≥120人次")
    period_sheet(b, "中期", head(
        "县域医共体信息化建设项目中期绩效目标表", project, 2027,
        ("中期资金总额（万元）", wan(1600), wan(1500), wan(100)),
        ("中期目标", "2026—2027年将全县26家基层医疗机构接入医共体信息平台，建设远程诊疗站点"
                     "18个，县域内就诊率达到90%以上。"),
    ), MID, clinics(("≥26家", "≥18个"), nameless, "2027年12月31日前",
                    ("≥90%", "≥90%", "健全")))  # fmt: skip
    twice = (None, mk("接入医共体信息平台的基层医疗机构数", "D102", "error", row=True), "≥20家")
    s = period_sheet(b, "年度", head(
        "2026年度县域医共体信息化建设项目绩效目标表", project, 2027,
        ("年度资金总额（万元）", wan(900), wan(850), wan(50)),
        ("年度目标", "2026年接入基层医疗机构16家，建设远程诊疗站点10个，电子健康档案规范"
                     "建档率达到88%以上。"),
    ), YEAR, clinics(("≥16家", "≥10个"), twice, "2026年12月31日前",
                     ("≥88%", "≥88%", "初步建立")))  # fmt: skip
    sign(s, "鲍晓晴", "祁振南", "0552-63917048")
    return b
