"""Cultural relic repairs: kgw01–kgw06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout871.common import (
    indicators,
    note,
    one_year,
    period,
    signature,
    start,
    wan,
)
from tests.variants.holdout871.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

NAT = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("kgw01-pavilion-repair", (1, 7),
         "project, OLD-NAT, headers 考核指标 and 绩效标准, operator and unit columns, typed "
         "percents, 万元 in the number format (correct)")  # fmt: skip
def kgw01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚溪县文昌阁修缮工程", dept="砚溪县文化和旅游局（412003）",
                 unit="砚溪县文物保护中心", money=one_year(150, 130, 20),
                 goals=["完成文昌阁主体修缮，修缮面积860平方米（其中屋面520平方米、"
                        "墙体340平方米），10月底前通过竣工验收并对外开放。"])  # fmt: skip
    header = ("一级指标", "二级指标", "考核指标", "指标性质", "绩效标准", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "修缮建筑面积", "≥", 860, "平方米"),
        (None, None, "其中：屋面修缮面积", "≥", 520, "平方米"),
        (None, "质量指标", "竣工验收合格率", "=", pct(1), "%"),
        (None, None, "修缮材料抽检合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "竣工验收完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "单位面积修缮成本", "≤", 1500, "元/平方米"),
        ("效益指标", "社会效益指标", "文物本体安全事故", "≤", 0, "起"),
        (None, None, "修缮后年接待参观人次", "≥", 30000, "人次"),
        (None, "可持续影响指标", "文物建筑保存状况", "定性", "良好", None),
        ("满意度指标", "服务对象满意度指标", "周边居民及游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "韦承岳", "0739-6128840", day(2024, 11, 12))
    return b


@variant("kgw02-stone-bridges", (12,),
         "project, NAT-2021, one value column: goal count against the indicator, a deadline "
         "after the one-year project, unit cost × count above the money")  # fmt: skip
def kgw02() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, name="澄渚市鹭汀乡古桥群抢险加固工程",
                 dept="澄渚市文化广电旅游局（306001）", unit="澄渚市文物保护所",
                 money=one_year(150, 150, 0),
                 goals=["对鹭汀乡境内3座清代石拱桥实施抢险加固，年内完成竣工验收，"
                        "消除结构险情。"])  # fmt: skip
    count = mk("≥2座", "D104", "warning", note="年度目标写加固3座古桥，指标只有2座")
    late = mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
              note="一年期项目（2025年）的竣工时间写到2026年")  # fmt: skip
    cost = mk("≤80万元/座", "B107", "warning", note="80万元×2座=160万元，超过年度资金150万元")
    indicators(s, NAT, [
        ("产出指标", "数量指标", "抢险加固古桥数量", count, "座", None),
        (None, "质量指标", "加固工程验收合格率", "=100%", "%", None),
        (None, "时效指标", "竣工验收时间", late, None, None),
        ("成本指标", "经济成本指标", "单座古桥加固成本", cost, "万元/座", None),
        ("效益指标", "社会效益指标", "古桥结构险情消除率", "≥95%", "%", None),
        (None, "可持续影响指标", "加固后安全使用年限", "≥30年", "年", None),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%", "%", None),
    ])  # fmt: skip
    signature(s, "岑立衡", "0739-2217356", day(2024, 12, 3))
    return b


def _walls(s_year: int) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "修缮城墙长度", "≥420米", "米", "含马面2处"),
        (None, "质量指标", "项目验收合格率", "≥95%", "%", None),
        (None, "时效指标", "完工时间", f"{s_year}年11月30日前", None, None),
        (None, "成本指标", "每延米修缮成本", "≤0.2万元/米", "万元/米", None),
        ("效益指标", "社会效益指标", "城墙段开放参观天数", "≥300天", "天", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "%", None),
    ]


@variant("kgw03-wall-and-carvings", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, one value column, notes under each table, "
         "the same indicator name with different values in the two projects (correct)")  # fmt: skip
def kgw03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="砚溪县古城墙东段修缮工程",
        dept="砚溪县文化和旅游局（412003）",
        unit="砚溪县文物保护中心",
        money=one_year(90, 80, 10),
        goals=["修缮古城墙东段420米（含马面2处），11月底前完工，全年开放参观。"],
    )
    indicators(s, NAT, _walls(2025))
    note(s, "注：资金总额90万元含上年结转资金10万元，列入其他资金。")
    s.skip()
    project_head(
        s,
        year=2025,
        name="栖梧镇摩崖石刻保护性监测项目",
        title="",
        dept="砚溪县文化和旅游局（412003）",
        unit="栖梧镇文化综合服务站",
        money=one_year(30, 30, 0),
        goals=["布设石刻风化监测点12个，全年按月采集数据，形成年度监测报告1份。"],
    )
    indicators(s, NAT, [
        ("产出指标", "数量指标", "布设监测点位", "≥12个", "个", None),
        (None, None, "年度监测报告", "=1份", "份", None),
        (None, "质量指标", "项目验收合格率", "=100%", "%", "一次性验收"),
        (None, "时效指标", "数据采集频次", "≥1次/月", "次/月", None),
        (None, "成本指标", "单个监测点位成本", "≤2.5万元/个", "万元/个", None),
        ("效益指标", "可持续影响指标", "石刻风化状况掌握程度", "显著提升", None, None),
        ("满意度指标", "服务对象满意度指标", "属地村民满意度", "≥90%", "%", None),
    ])  # fmt: skip
    note(s, "说明：单个监测点位成本含设备及一年运维，12个点位合计30万元。")
    return b


@variant("kgw04-two-temples", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, a quality rate under 时效, a near-duplicate area")  # fmt: skip
def kgw04() -> Book:
    b, s = start("项目表")
    project_head(
        s,
        year=2025,
        name="蘅川区关帝庙落架大修工程",
        dept="蘅川区文化旅游体育局",
        unit="蘅川区文物管理所",
        money=one_year(120, 100, 20),
        goals=["完成关帝庙大殿及配殿落架大修，修缮面积640平方米，年内竣工验收。"],
    )
    indicators(s, NAT, [
        ("产出指标", "数量指标", "落架大修建筑面积", "≥640平方米", "平方米", None),
        (None, "质量指标", "修缮工程验收合格率", "≥95%", "%", None),
        (None, "时效指标", "竣工验收时间", "2025年12月15日前", None, None),
        (None, "成本指标", "单位面积修缮成本", "≤1800元/平方米", "元/平方米", None),
        ("效益指标", "社会效益指标", "文物建筑险情消除率", "≥95%", "%", None),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "%", None),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(60), "B101", "error", note="财政拨款45 + 其他资金10 = 55 ≠ 60")
    project_head(s, year=2025, name="蘅川区药王庙壁画彩绘保护工程", title="",
                 dept="蘅川区文化旅游体育局", unit="蘅川区文物管理所",
                 money=one_year(total, 45, 10),
                 goals=["完成药王庙正殿梁枋彩绘保护修复180平方米，年内通过专家验收。"])  # fmt: skip
    wrong = mk("彩绘修复验收合格率", "F201", "warning", row=True,
               note="验收合格率是质量指标，填在时效指标下")  # fmt: skip
    dup = mk("≥150平方米", "D103", "warning", row=True, alt=("D102", "D101"),
             note="与上一行“彩绘保护修复面积”只差一个词，面积却不同")  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "彩绘保护修复面积", "≥180平方米", "平方米", None),
        (None, None, "彩绘修复面积", dup, "平方米", None),
        (None, "时效指标", wrong, "≥95%", "%", None),
        (None, None, "专家验收完成时间", "2025年11月30日前", None, None),
        (None, "成本指标", "单位面积修复成本", "≤3000元/平方米", "元/平方米", None),
        ("效益指标", "社会效益指标", "彩绘病害治理率", "≥90%", "%", None),
        ("满意度指标", "服务对象满意度指标", "信众及游客满意度", "≥90%", "%", None),
    ])  # fmt: skip
    return b


@variant(
    "kgw05-county-sites-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller "
    "annual counts, rates equal in both, a later year the work prepares for (correct)",
)
def kgw05() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="砚溪县县级文物保护单位修缮三年行动",
                 dept="砚溪县文化和旅游局（412003）", unit="砚溪县文物保护中心",
                 money=period((600, 540, 60), (200, 180, 20)), attr="新增项目",
                 goals=["三年内完成9处县级文物保护单位修缮，建立文物安全巡查制度。",
                        "2025年完成魁星楼、周氏宗祠、凤鸣书院3处修缮，"
                        "为2028年申报省级文物保护利用示范区积累经验。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "修缮文物保护单位数量", "≥9处", "≥3处", None),
        (None, None, "文物安全巡查次数", "≥144次", "≥48次", "每月4次"),
        (None, "质量指标", "修缮工程验收合格率", pct(1), pct(1), None),
        (None, "时效指标", "修缮完成时间", "2027年12月31日前", "2025年12月31日前", None),
        ("成本指标", "经济成本指标", "单处平均修缮成本", "≤65万元/处", "≤60万元/处", None),
        ("效益指标", "社会效益指标", "修缮点位对外开放率", "≥80%", "≥80%", None),
        (None, "可持续影响指标", "文物安全巡查制度", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "属地群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    signature(s, "韦承岳", "0739-6128840", day(2024, 11, 26))
    return b


@variant(
    "kgw06-ancestral-halls-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: the annual goal copied from the "
    "medium-term goal, an annual count above the period's, last season's deadline",
)
def kgw06() -> Book:
    b, s = start()
    text = "两年内完成栖梧镇4处古祠堂修缮，配套消防及防雷设施，全部通过竣工验收。"
    copied = mk(text, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=2, name="栖梧镇古祠堂群修缮工程",
                 dept="砚溪县文化和旅游局（412003）", unit="栖梧镇人民政府",
                 money=period((260, 220, 40), (140, 120, 20)), attr="新增项目",
                 goals=[text, copied])  # fmt: skip
    above = mk("≥6处", "D201", "error", note="年度修缮6处，超过两年合计的4处")
    stale = mk("2024年11月30日前", "Y102", "error", alt=("Y103",),
               note="项目期2025—2026年，年度完成时间却是上一年的日期")  # fmt: skip
    knock = ok("≤60万元/处", "warning", note="按6处算超过年度资金，是年度数量之误的后果")
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "修缮古祠堂数量", "≥4处", above, None),
        (None, None, "配套消防设施套数", "≥4套", "≥2套", None),
        (None, "质量指标", "竣工验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "年度修缮完成时间", "2026年11月30日前", stale, None),
        ("成本指标", "经济成本指标", "单处祠堂修缮成本", "≤60万元/处", knock, None),
        ("效益指标", "社会效益指标", "祠堂作为村史馆开放数量", "≥4处", "≥2处", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b
