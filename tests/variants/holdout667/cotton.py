"""Returns on 棉花机采 (cotton machine harvesting): ha01–ha06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout667.common import (
    TIER_HEAD,
    YEAR,
    book,
    header,
    multi_year,
    note,
    one_year,
    sign,
    tiers,
)
from tests.variants.holdout667.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "棠溪县农业农村局（312004）"


@variant("ha01-cotton-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 下降 indicator with ≥ and a change in 百分点 (correct)")  # fmt: skip
def ha01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="柘埠镇棉花机械化采收作业补贴项目", dept=DEPT,
                 unit="棠溪县农机化技术推广站", money=one_year(360, 300, 60),
                 goals=["在柘埠镇、雁塘乡完成棉花机械化采收3.2万亩（其中柘埠镇2万亩、雁塘乡"
                        "1.2万亩），机采籽棉含杂率控制在12%以内，为2027年全县推广机采积累作业"
                        "数据。"])  # fmt: skip
    header(s, *TIER_HEAD[:3], "指标性质", "指标值", "计量单位")
    tiers(s, [
        ("产出指标", "数量指标", "机采作业面积", "≥", 3.2, "万亩"),
        (None, None, "作业补贴覆盖植棉户数", "≥", 1800, "户"),
        (None, "质量指标", "机采采净率", "≥", pct(0.93), "%"),
        (None, None, "机采籽棉含杂率", "≤", pct(0.12), "%"),
        (None, "时效指标", "机采作业完成时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        (None, "成本指标", "机采作业补贴标准", "≤", 50, "元/亩"),
        ("效益指标", "经济效益指标", "亩均采收成本下降", "≥", 60, "元/亩"),
        (None, "社会效益指标", "籽棉含杂率比上年下降", "≥", 2, "百分点"),
        ("满意度指标", "服务对象满意度指标", "植棉户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郦承舟", "0996-7218403")
    return b


@variant(
    "ha02-cotton-goal-area",
    (11, 12),
    "project, OLD-NAT, operators inside the values: the goal's area differs from the "
    "indicator's, the subsidy standard × area exceeds the money, a deadline in the next year",
)
def ha02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雁塘乡机采棉示范片建设项目", dept=DEPT,
                 unit="雁塘乡农业综合服务中心", money=one_year(280, 250, 30),
                 goals=["建设机采棉示范片，完成棉花机采作业4.5万亩，按每亩90元标准补贴作业"
                        "费用，示范片机采采净率达到93%以上。"])  # fmt: skip
    header(s, *TIER_HEAD)
    tiers(s, [
        ("产出指标", "数量指标", "机采棉作业面积",
         mk("≥3.5万亩", "D104", "warning", note="年度目标写机采作业4.5万亩")),
        (None, None, "示范片建设个数", "≥3个"),
        (None, "质量指标", "机采采净率", "≥93%"),
        (None, "时效指标", "机采作业完成时间",
         mk("2027年1月31日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2026年），期限落在次年")),
        (None, "成本指标", "机采作业补贴标准",
         mk("≤90元/亩", "B107", "warning",
            note="90元/亩 × 3.5万亩 = 315万元，超过项目资金280万元")),
        ("效益指标", "经济效益指标", "示范片亩均节本增收", "≥80元"),
        (None, "可持续影响指标", "机采技术规范推广应用", "持续应用"),
        ("满意度指标", "服务对象满意度指标", "示范片植棉户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "樊若川", "0996-7218417")
    return b


@variant("ha03-cotton-multiyear", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
         "rates equal in both, unit costs within the money (correct)")  # fmt: skip
def ha03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="机采棉残膜回收与质量追溯三年行动", dept=DEPT,
                 unit="棠溪县棉花产业发展中心", attr="新增项目",
                 money=multi_year((900, 750, 150), (300, 250, 50)),
                 goals=["2026—2028年累计推广棉花机采9万亩，购置残膜回收机6台，建成机采棉加工"
                        "质量追溯体系。",
                        "2026年推广棉花机采3万亩，购置残膜回收机2台，完成追溯体系"
                        "设计方案。"])  # fmt: skip
    header(s, *TIER_HEAD[:3], "中期指标值", "年度指标值")
    tiers(s, [
        ("产出指标", "数量指标", "机采推广面积", "≥9万亩", "≥3万亩"),
        (None, None, "残膜回收机购置数量", "6台", "2台"),
        (None, "质量指标", "机采采净率", "≥93%", "≥93%"),
        (None, "时效指标", "质量追溯体系建设进度", "2028年底前建成", "2026年底前完成设计"),
        ("成本指标", "经济成本指标", "机采作业补贴标准", "≤50元/亩", "≤50元/亩"),
        (None, None, "残膜回收机购置单价", "≤30万元/台", "≤30万元/台"),
        ("效益指标", "社会效益指标", "减少拾花用工", "≥12万工日", "≥4万工日"),
        (None, "生态效益指标", "机采棉田残膜回收率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "植棉户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郦承舟", "0996-7218403")
    return b


@variant(
    "ha04-cotton-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
    "a count copied from 中期, 年度目标 naming last season's year",
)
def ha04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="榆湾市团场棉花全程机械化提升项目",
                 dept="榆湾市农业农村局（405001）", unit="榆湾市农机服务总站",
                 money=multi_year((1200, 1000, 200), (400, 320, 80)),
                 goals=["2026—2028年在3个团场推广棉花机采12万亩，培训采棉机手300人次，完成"
                        "籽棉回潮率检测600批。",
                        mk("2025年推广棉花机采4万亩，培训采棉机手100人次，完成籽棉回潮率检测"
                           "200批。", "Y103", "warning", alt=("Y101",),
                           note="2025年不在项目期2026—2028年内："
                                "上一季的年度目标未改")])  # fmt: skip
    header(s, *TIER_HEAD[:3], "中期指标值", "年度指标值")
    tiers(s, [
        ("产出指标", "数量指标", "机采推广面积", "≥12万亩", "≥4万亩"),
        (None, None, "采棉机手培训人次",
         "≥300人次", mk("≥300人次", "D202", "warning", note="年度目标写100人次，照抄了中期值")),
        (None, None, "籽棉回潮率检测批次",
         "≥600批", mk("≥800批", "D201", "error", note="一年的检测批次多于三年合计")),
        (None, "质量指标", "机采采净率", "≥93%", "≥93%"),
        (None, "时效指标", "年度机采作业完成时间", "各年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "机采作业补贴标准", "≤45元/亩", "≤45元/亩"),
        ("效益指标", "经济效益指标", "亩均采收成本降低", "≥70元", "≥70元"),
        ("满意度指标", "服务对象满意度指标", "团场职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计数。")
    sign(s, "卓望岭", "0993-6620518")
    return b


@variant("ha05-cotton-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def ha05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="机采棉田间清杂作业补助", dept=DEPT,
                 unit="棠溪县农机化技术推广站", money=one_year(120, 100, 20),
                 goals=["完成机采前田间清杂作业3万亩，降低机采籽棉含杂率。"])  # fmt: skip
    header(s, *TIER_HEAD)
    tiers(s, [
        ("产出指标", "数量指标", "清杂作业面积", "≥3万亩"),
        (None, "质量指标", "清杂作业合格率", "≥95%"),
        (None, "时效指标", "清杂作业完成时间", "2026年9月20日前"),
        (None, "成本指标", "清杂作业补助标准", "≤30元/亩"),
        ("效益指标", "社会效益指标", "机采籽棉含杂率", "≤12%"),
        ("满意度指标", "服务对象满意度指标", "植棉户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="采棉机驾驶员技能培训", dept=DEPT, title="",
                 unit="棠溪县农业广播电视学校", money=one_year(48, 48, 0),
                 goals=["培训采棉机驾驶员和维修人员300人，持证上岗率达到90%以上。"])  # fmt: skip
    header(s, *TIER_HEAD)
    tiers(s, [
        ("产出指标", "数量指标", "培训人数", "≥300人"),
        (None, "质量指标", "培训合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2026年8月31日前"),
        (None, "成本指标", "培训补助标准", "≤1200元/人"),
        ("效益指标", "社会效益指标", "参训人员持证上岗率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "植棉户满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "郦承舟", "0996-7218403")
    return b


@variant("ha06-cotton-numbered-tiers", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）数量"
         "指标): the same area twice with a word more, a quality rate under 时效")  # fmt: skip
def ha06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="枫港县机采棉提质增效项目", dept="枫港县农业农村局（318006）",
                 unit="枫港县棉花技术指导站", money=one_year(150, 150, 0),
                 goals=["完成机采棉作业2.5万亩，机采采净率达到93%以上，"
                        "亩均节本60元。"])  # fmt: skip
    header(s, *TIER_HEAD)
    tiers(s, [
        ("一、产出指标（50分）", "（一）数量指标", "机采棉作业面积", "≥2.5万亩"),
        (None, None, "机采棉花作业面积",
         mk("≥2.8万亩", "D103", "warning", alt=("D101", "D102"),
            note="与上一行是同一指标，多一个“花”字，指标值不同")),
        (None, "（二）质量指标", "籽棉含杂率", "≤12%"),
        (None, "（三）时效指标", "机采采净率",
         mk("≥93%", "F201", "warning", row=True, note="采净率是质量指标，填在时效指标下")),
        (None, None, "机采作业完成时间", "2026年11月30日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "机采作业补贴标准", "≤40元/亩"),
        ("三、效益指标（30分）", "（一）经济效益指标", "亩均节本增收", "≥60元"),
        (None, "（二）可持续影响指标", "机采作业服务组织稳定运行", "长期"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "植棉户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮知秋", "0995-3318226")
    return b
