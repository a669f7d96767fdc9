"""Fig (无花果) orchards: ev01–ev06 (demonstration gardens, improved stock, stacked projects)."""

from __future__ import annotations

from tests.variants.holdout610.common import (
    YEAR,
    funds,
    funds2,
    notes,
    project,
    signed,
    start,
    table,
)
from tests.variants.holdout610.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

STATION = "蓼川县经济作物技术推广站"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ev01-fig-demo-garden", (1, 11, 12),
         "project, OLD-NAT, operator column and unit column, typed percent cells, 万元 only in "
         "the number format, a goal area with its parts in brackets (correct)")  # fmt: skip
def ev01() -> Book:
    b, s = start()
    goal = ("在岑湾镇、柘坪乡新建无花果标准化示范园300亩（岑湾镇180亩、柘坪乡120亩），"
            "苗木成活率92%以上，带动种植户120户增收。")  # fmt: skip
    project(s, "无花果标准化示范园建设项目", STATION, funds(60, 50, 10), [goal])
    rows = [
        ["产出指标", "数量指标", "新建标准化示范园面积", "≥", 300, "亩"],
        [None, None, "带动种植户", "≥", 120, "户"],
        [None, "质量指标", "苗木成活率", "≥", pct(0.92), "%"],
        [None, None, "病虫害发生率", "≤", pct(0.05), "%"],
        [None, "时效指标", "示范园建成时间", "≤", day(YEAR, 11, 30, CN_DATE), None],
        [None, "成本指标", "建园补助标准", "≤", 1500, "元/亩"],
        ["效益指标", "经济效益指标", "示范园亩均收入增长率", "≥", pct(0.1), "%"],
        [None, "可持续影响指标", "示范园管护机制", "定性", "建立并执行", None],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"],
    ]  # fmt: skip
    table(s, OP_HEAD, rows)
    notes(s, "注：示范园面积300亩含岑湾镇180亩、柘坪乡120亩；补助按验收面积拨付。")
    signed(s, "覃秀岚", "0779-6213408", day(YEAR, 1, 12))
    return b


@variant("ev02-fig-low-yield", (7, 12),
         "project, NAT-2021, header 绩效目标值, operators inside the values: an area below the "
         "goal's, a subsidy standard × area above the money, a rate under 时效")  # fmt: skip
def ev02() -> Book:
    b, s = start()
    goal = ("对岑湾镇枧头村、榆塘村无花果低产园实施提质改造400亩，配套水肥一体化设施6套，"
            "改造园亩产提高15%以上。")  # fmt: skip
    project(s, "岑湾镇无花果低产园提质改造项目", STATION, funds(60, 50, 10), [goal])
    cost = mk("≤1800元/亩", "B107", "warning",
              note="改造350亩（目标400亩）×1800元/亩=63万元以上，超过资金总额60万元")  # fmt: skip
    area = mk("≥350亩", "D104", "warning", note="年度绩效目标写改造400亩，指标只有350亩")
    late = mk("改造园验收合格率", "F201", "warning", row=True,
              note="合格率是质量指标，填在时效指标下")  # fmt: skip
    rows = [
        ["成本指标", "经济成本指标", "低产园改造补助标准", cost],
        ["产出指标", "数量指标", "低产园改造面积", area],
        [None, None, "配套水肥一体化设施", "≥6套"],
        [None, "质量指标", "嫁接苗木成活率", "≥90%"],
        [None, "时效指标", late, "≥95%"],
        [None, None, "改造完成时间", "2026年10月31日前"],
        ["效益指标", "经济效益指标", "改造园亩产增长率", "≥15%"],
        [None, "生态效益指标", "化肥施用量减少率", "≥10%"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ]  # fmt: skip
    table(s, (*ONE_HEAD[:3], "绩效目标值"), rows)
    signed(s, "覃秀岚", "0779-6213408", day(YEAR, 1, 15))
    return b


@variant("ev03-fig-nursery-three-years", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller "
         "year counts, a later year prepared for, a cost within both moneys (correct)")  # fmt: skip
def ev03() -> Book:
    b, s = start()
    period = ("2026—2028年建成无花果良种繁育基地1个，累计推广良种苗木45万株、建成示范园1500亩，"
              "为2029年全县推广积累技术经验。")  # fmt: skip
    annual = "2026年完成繁育基地一期建设，推广良种苗木15万株，建成示范园500亩。"
    project(s, "蓼川县无花果良种繁育基地建设项目", STATION, funds2((240, 200, 40), (80, 70, 10)),
            [period, annual], years=3, attr="新增项目")  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "推广良种苗木", "≥45万株", "≥15万株"],
        [None, None, "建成示范园面积", "≥1500亩", "≥500亩"],
        [None, "质量指标", "良种苗木合格率", "≥95%", "≥95%"],
        [None, "时效指标", "基地分期建设完成时间", "2028年10月31日前", "2026年11月30日前"],
        ["成本指标", "经济成本指标", "示范园建园成本", "≤1200元/亩", "≤1200元/亩"],
        ["效益指标", "经济效益指标", "带动种植户户均增收", "≥3000元/户", "≥3000元/户"],
        [None, "可持续影响指标", "良种繁育技术规程", "建立并执行", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ]  # fmt: skip
    table(s, TWO_HEAD, rows)
    notes(s, "注：中期指标值为2026—2028年累计数，年度指标值为2026年数。")
    return b


@variant("ev04-fig-grafting-two-years", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: a year's area above the period's, "
         "the period's cold stores fewer than the 中期目标 states")  # fmt: skip
def ev04() -> Book:
    b, s = start()
    period = "2026—2027年完成无花果嫁接换种800亩，建成产地冷链预冷库3座，鲜果损耗率降至8%以下。"
    annual = "2026年完成嫁接换种500亩，建成预冷库1座。"
    project(s, "柘坪乡无花果品种改良及冷链预冷项目", "蓼川县柘坪乡人民政府",
            funds2((150, 120, 30), (90, 75, 15)), [period, annual], years=2)  # fmt: skip
    over = mk("≥900亩", "D201", "error", alt=("D104",),
              note="年度900亩超过中期800亩（年度目标写500亩）")  # fmt: skip
    cold = mk("≥2座", "D104", "warning", note="中期目标写建成预冷库3座")
    rows = [
        ["产出指标", "数量指标", "嫁接换种面积", "≥800亩", over],
        [None, None, "产地预冷库", cold, "≥1座"],
        [None, "质量指标", "嫁接成活率", "≥90%", "≥90%"],
        [None, "时效指标", "预冷库建成时间", "2027年10月31日前", "2026年10月31日前"],
        [None, "成本指标", "预冷库建设单价", "≤30万元/座", "≤30万元/座"],
        [None, None, "嫁接换种补助标准", "≤600元/亩", "≤600元/亩"],
        ["效益指标", "经济效益指标", "鲜果产地损耗率", "≤8%", "≤10%"],
        [None, "社会效益指标", "带动种植户", "≥260户", "≥160户"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ]  # fmt: skip
    table(s, TWO_HEAD, rows)
    return b


@variant("ev05-fig-stacked-two", (2, 12),
         "two fig projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each, =100% as text (correct)")  # fmt: skip
def ev05() -> Book:
    b, s = start()
    goal = "补助岑湾镇2家合作社建设鲜果分拣线2条，开展种植技术培训300人次。"
    project(s, "无花果鲜果产地初加工补助项目", "蓼川县岑湾镇人民政府", funds(40, 40, 0), [goal],
            title=f"{YEAR}年度项目支出绩效目标申报表（无花果产业）")  # fmt: skip
    table(s, ONE_HEAD, [
        ["产出指标", "数量指标", "鲜果分拣线", "≥2条"],
        [None, None, "技术培训人次", "≥300人次"],
        [None, "质量指标", "分拣线验收合格率", "=100%"],
        [None, "时效指标", "分拣线投用时间", "2026年9月30日前"],
        [None, "成本指标", "分拣线补助标准", "≤15万元/条"],
        ["效益指标", "经济效益指标", "合作社鲜果收购量增长率", "≥10%"],
        ["满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    goal = "在柘坪乡推广无花果病虫害绿色防控技术1200亩，开展技术培训450人次。"
    project(s, "无花果病虫害绿色防控项目", STATION, funds(25, 20, 5), [goal], title="")
    table(s, ONE_HEAD, [
        ["产出指标", "数量指标", "绿色防控推广面积", "≥1200亩"],
        [None, None, "技术培训人次", "≥450人次"],
        [None, "质量指标", "鲜果农药残留抽检合格率", "≥98%"],
        [None, "时效指标", "防控物资发放时间", "2026年4月30日前"],
        [None, "成本指标", "防控物资补助标准", "≤150元/亩"],
        ["效益指标", "生态效益指标", "化学农药使用量下降率", "≥15%"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("ev06-fig-stacked-leftovers", (2, 12),
         "two fig projects stacked, OLD-NAT: the second's 资金总额 is not its parts' sum and its "
         "deadline is last season's date")  # fmt: skip
def ev06() -> Book:
    b, s = start()
    goal = "在岑湾镇无花果园建设采摘步道2.5公里，全年接待采摘游客1.2万人次。"
    project(s, "无花果采摘步道及观光园配套项目", "蓼川县岑湾镇人民政府", funds(30, 25, 5), [goal])
    table(s, ONE_HEAD, [
        ["产出指标", "数量指标", "采摘步道长度", "≥2.5公里"],
        [None, None, "接待采摘游客", "≥1.2万人次"],
        [None, "质量指标", "步道工程验收合格率", "=100%"],
        [None, "时效指标", "步道完工时间", "2026年6月30日前"],
        [None, "成本指标", "步道建设标准", "≤8万元/公里"],
        ["效益指标", "经济效益指标", "采摘收入增长率", "≥12%"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    total = mk(35, "B101", "error", note="财政拨款30＋其他资金8＝38，不是35")
    goal = "建成无花果干烘干加工线1条，年加工鲜果300吨。"
    project(s, "无花果烘干加工线建设项目", "蓼川县柘坪乡人民政府", funds(total, 30, 8), [goal],
            title="")  # fmt: skip
    late = mk(day(2025, 10, 31, CN_DATE), "Y102", "error",
              note="2026年度的项目，投产时间却是上一年（2025年）的日期")  # fmt: skip
    table(s, ONE_HEAD, [
        ["产出指标", "数量指标", "烘干加工线", "≥1条"],
        [None, None, "年加工鲜果", "≥300吨"],
        [None, "质量指标", "无花果干产品合格率", "≥98%"],
        [None, "时效指标", "加工线建成投产时间", late],
        [None, "成本指标", "加工线设备购置成本", "≤28万元"],
        ["效益指标", "经济效益指标", "鲜果加工增值率", "≥30%"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    return b
