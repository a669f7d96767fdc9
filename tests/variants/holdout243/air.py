"""Air pollution control and forest fire prevention (大气污染防治, 森林防火): one-year
projects with a 指标方向 column, multi-year projects with 中期/年度 columns, operator and unit
columns (qs01–qs06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout243.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout243.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qs01-pm25-direction-lookalikes", (1, 11), "one-year project, NAT-2021, inline "
         "operators, 指标方向 column: PM2.5 ≤32微克/立方米 反向, 下降率 ≥5% 正向, 百分点, "
         "an index without unit (correct)")  # fmt: skip
def qs01() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 20, 12, 22))
    project_head(
        s, year=2026, name="大气污染源精准管控项目", dept="南屏县生态环境分局（412）",
        unit="南屏县生态环境监测站",
        money=one_year_money(wan(360), wan(300), wan(60)),
        goals=["2026年开展大气污染源走航监测300车次，完成18家VOCs重点企业深度治理，PM2.5年均"
               "浓度控制在32微克/立方米以内，空气质量优良天数比例达到86.5%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标方向", "备注"), [
        ("产出指标", "数量指标", "大气污染源走航监测", "≥300车次", "正向", None),
        (None, None, "VOCs重点企业深度治理", "≥18家", "正向", "石化、涂装、印刷行业"),
        (None, "质量指标", "走航监测数据有效率", "≥95%", "正向", None),
        (None, "时效指标", "走航监测报告出具时限", "≤2个工作日", "反向", "监测结束后起算"),
        ("成本指标", "经济成本指标", "单车次走航监测成本", "≤2800元/车次", "反向", None),
        ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤32微克/立方米", "反向", "国控站点均值"),
        (None, None, "PM2.5年均浓度下降率", "≥5%", "正向", "与上年相比"),
        (None, None, "空气质量优良天数比例", "≥86.5%", "正向", None),
        (None, None, "优良天数比例较上年提高", "≥1.2个百分点", "正向", None),
        (None, None, "重污染天数", "≤3天", "反向", None),
        (None, "可持续影响指标", "环境空气质量综合指数", "≤3.85", "反向", "无量纲"),
        ("满意度指标", "服务对象满意度指标", "公众对空气质量改善满意度", "≥88%", "正向", None),
    ])  # fmt: skip
    sign(s, "邵明川", "龚雪岚", "0734-62185037")
    return b


@variant("qs02-pm10-ge-sum", (11,), "one-year project, NAT-2021, inline operators, 指标方向 "
         "column: a PM10 concentration with ≥ beside 反向, money that does not add up")  # fmt: skip
def qs02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 22, 12))
    project_head(
        s, year=2026, name="机动车尾气及扬尘污染防治项目", dept="青槐市生态环境局（208）",
        unit="青槐市机动车排污监控中心",
        money=one_year_money(mk(wan(185), "B101", "error", note="150 + 25 = 175"),
                             wan(150), wan(25)),
        goals=["2026年抽检重型柴油车尾气2400辆，在建筑工地安装扬尘在线监测设备65个，"
               "降低PM10年均浓度和降尘量。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标方向"), [
        ("产出指标", "数量指标", "重型柴油车尾气抽检数量", "≥2400辆", "正向"),
        (None, None, "建筑工地扬尘在线监测设备安装数量", "≥65个", "正向"),
        (None, "质量指标", "监测数据上传合格率", "≥98%", "正向"),
        (None, "时效指标", "超标车辆通报时限", "≤3个工作日", "反向"),
        ("成本指标", "经济成本指标", "单车尾气检测费用", "≤260元/辆", "反向"),
        ("效益指标", "生态效益指标", "PM10年均浓度",
         mk("≥55微克/立方米", "T108", "warning", row=True, note="a concentration: ≤ meant"),
         "反向"),
        (None, None, "月均降尘量", "≤4.5吨/平方公里·月", "反向"),
        (None, "社会效益指标", "柴油车冒黑烟投诉量下降率", "≥10%", "正向"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "蒋立秋", "温若楠", "0517-83920614")
    return b


@variant("qs03-vocs-period-annual", (1, 10), "three-year project, NAT-2021, 中期/年度 columns: "
         "an annual PM2.5 cap looser than the period cap, 百分点, counts annual < period "
         "(correct)")  # fmt: skip
def qs03() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 22, 22, 14))
    project_head(
        s, year=2026, years=3, name="涉VOCs企业综合治理三年行动", attr="新增项目",
        dept="枫岭市生态环境局（301）", unit="枫岭市大气污染防治中心",
        money=period_money((wan(1500), wan(1200), wan(300)), (wan(520), wan(420), wan(100))),
        goals=["2026—2028年累计完成60家涉VOCs企业综合治理，建成12个空气质量微型监测站，"
               "PM2.5年均浓度降至30微克/立方米以下，优良天数比例累计提高3个百分点。",
               "2026年完成22家涉VOCs企业治理，建成5个微型监测站，PM2.5年均浓度不高于33微克"
               "/立方米，优良天数比例较上年提高1个百分点。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "涉VOCs企业综合治理", "≥60家", "≥22家"),
        (None, None, "空气质量微型监测站建设", "≥12个", "≥5个"),
        (None, "质量指标", "治理设施验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度治理任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单家企业治理补助标准", "≤20万元/家", "≤20万元/家"),
        ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤30微克/立方米", "≤33微克/立方米"),
        (None, None, "优良天数比例累计提高", "≥3个百分点", "≥1个百分点"),
        (None, "可持续影响指标", "大气污染联防联控机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "治理企业周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：PM2.5年均浓度为反向指标，年度值为分年过渡目标，2028年达到中期值。")
    sign(s, "贺嘉言", "欧阳澈", "0797-68231456")
    return b


@variant("qs04-straw-burning-annual-over", (10, 11), "two-year project, NAT-2021, "
         "中期/年度 columns: an annual count above its period count, a concentration without "
         "operator")  # fmt: skip
def qs04() -> Book:
    b, s = book("绩效目标申报表", (14, 16, 30, 22, 22, 14))
    project_head(
        s, year=2026, years=2, name="秸秆禁烧与重污染天气应对项目", attr="新增项目",
        dept="河阳县人民政府（105）", unit="河阳县生态环境保护委员会办公室",
        money=period_money((wan(800), wan(800), wan(0)), (wan(420), wan(420), wan(0))),
        goals=["2026—2027年建成秸秆禁烧视频监控点位150个，核查重污染天气应急减排清单企业"
               "200家，秋冬季PM2.5平均浓度降至40微克/立方米以下。",
               "2026年建成视频监控点位80个，完成应急减排清单企业现场核查，火点发现即处置。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "秸秆禁烧视频监控点位建设", "≥150个", "≥80个"),
        (None, None, "应急减排清单企业现场核查", "≥200家",
         mk("≥240家", "D201", "error", note="a cumulative count: the year cannot exceed 200")),
        (None, "质量指标", "卫星遥感火点核查处置率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单个监控点位建设成本", "≤3.5万元/个", "≤3.5万元/个"),
        ("效益指标", "生态效益指标", "秸秆焚烧火点数", "≤10个", "≤6个"),
        (None, None, "秋冬季PM2.5平均浓度", "≤40微克/立方米",
         mk("42微克/立方米", "T117", "warning", alt=("T103",), note="反向: ≤ meant")),
        (None, "社会效益指标", "重污染天气预警信息发布及时率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "农户对禁烧工作满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    sign(s, "石一鸣", "董佳禾", "0393-57124680")
    return b


@variant("qs05-forest-fire-per-mille", (1, 11), "one-year project, NAT-2021, operator, unit and "
         "direction columns: 受害率 in ‰, a rate per 10万公顷, =0起 on 反向, pct(1) and pct(0.92) "
         "(correct)")  # fmt: skip
def qs05() -> Book:
    b, s = book("森林防火", (14, 16, 30, 10, 12, 16, 10))
    project_head(
        s, year=2026, name="森林防火能力提升工程", dept="云岫县林业局（509）",
        unit="云岫县森林防火指挥部办公室",
        money=one_year_money(wan(268.5), wan(240), wan(28.5)),
        goals=["2026年新建生物防火林带35公里，购置风力灭火机120台，森林火灾受害率控制在0.9‰"
               "以内，不发生重特大森林火灾。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建生物防火林带", "≥", 35, "公里", "正向"),
        (None, None, "购置风力灭火机", "≥", 120, "台", "正向"),
        (None, None, "护林员防火巡护", "≥", 5400, "人次", "正向"),
        (None, "质量指标", "防火物资验收合格率", "=", pct(1), "%", "正向"),
        (None, None, "重点林区瞭望监测覆盖率", "≥", pct(0.92), "%", "正向"),
        (None, "时效指标", "火情报告时限", "≤", 30, "分钟", "反向"),
        ("成本指标", "经济成本指标", "防火林带建设成本", "≤", 4.2, "万元/公里", "反向"),
        (None, None, "风力灭火机购置单价", "≤", 0.65, "万元/台", "反向"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰", "反向"),
        (None, None, "森林覆盖率", "≥", 63.5, "%", "正向"),
        (None, "社会效益指标", "森林火灾发生率", "≤", 1.2, "次/10万公顷", "反向"),
        (None, None, "重特大森林火灾发生起数", "=", 0, "起", "反向"),
        (None, "可持续影响指标", "森林火险预警信息发布准确率", "≥", 85, "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", 90, "%", "正向"),
    ])  # fmt: skip
    sign(s, "田茂林", "孔书瑶", "0856-72613908")
    return b


@variant("qs06-fire-units-directions", (1, 11), "one-year project, NAT-2021, operator, unit "
         "and direction columns: a count in %, ≤ on a 正向 rate, a ‰ name with a % "
         "unit")  # fmt: skip
def qs06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 16, 10))
    project_head(
        s, year=2026, name="森林防火检查站及宣传项目", dept="石门岭林场（602）",
        unit="石门岭国有林场", money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年新建森林防火检查站，开展防火宣传进村入户3200户，提高火情早期发现能力。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建森林防火检查站", "≥",
         mk(100, "T120", "warning", row=True, note="a count of stations given in %"), "%", "正向"),
        (None, None, "防火宣传进村入户", "≥", 3200, "户", "正向"),
        (None, "质量指标", "火情早期发现率", "≤",
         mk(90, "T108", "warning", row=True, note="正向 declared: ≥ meant"), "%", "正向"),
        (None, "时效指标", "扑救队伍到达火场时限", "≤", 2, "小时", "反向"),
        ("成本指标", "经济成本指标", "单个检查站建设成本", "≤", 18, "万元/个", "反向"),
        ("效益指标", "生态效益指标", "森林火灾受害率（‰）", "≤",
         mk(0.8, "T119", "warning", row=True, alt=("T112",), note="‰ in the name, % unit"),
         "%", "反向"),
        (None, "社会效益指标", "森林火灾24小时扑灭率", "≥", 95, "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "林区周边群众满意度", "≥", 90, "%", "正向"),
    ])  # fmt: skip
    sign(s, "岳林峰", "杜晓萌", "0745-26318570")
    return b
