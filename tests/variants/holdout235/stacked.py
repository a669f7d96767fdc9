"""Two projects stacked in one sheet, each with its own title, money, goals and indicators: its
own weights, its own budget for unit costs, shares and dates (qk07–qk12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout235.common import (
    ONE,
    OPS,
    SHARE,
    TITLE,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    shares,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout235.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct


@variant("qk07-toilets-and-trucks-weights", (2, 12), "two projects stacked, 权重 adding to 100 "
         "in each, each cost cap × count equal to its own money (correct)")  # fmt: skip
def qk07() -> Book:
    b, s = book("项目支出绩效目标表", (14, 18, 30, 18, 10, 18))
    project_head(
        s, year=2026, name="城区公共厕所提升改造项目", dept="柏溪县城市管理局（233）",
        unit="柏溪县市政公用事业服务中心", attr="一次性项目",
        money=one_year_money(wan(180), wan(150), wan(30)), title=TITLE,
        goals=["2026年完成城区12座公共厕所提升改造，新增无障碍厕位12个，10月底前全部完工。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "提升改造公共厕所", "≥12座", 15),
        (None, None, "新增无障碍厕位", "≥12个", 10),
        (None, "质量指标", "改造工程验收合格率", "100%", 15),
        (None, "时效指标", "改造工程完工时间", "2026年10月31日前", 10),
        ("成本指标", "经济成本指标", "单座公厕改造成本", "≤15万元/座", 10),
        ("效益指标", "社会效益指标", "高峰时段如厕排队时长", "≤5分钟", 10),
        (None, "可持续影响指标", "改造公厕设施设计使用年限", "≥10年", 10),
        ("满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90%", 20),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="环卫作业车辆购置项目", dept="柏溪县城市管理局（233）",
        unit="柏溪县环境卫生管理站", attr="一次性项目",
        money=one_year_money(wan(96), wan(96), wan(0)), title=TITLE,
        goals=["2026年购置压缩式垃圾收运车3台，9月底前交付使用，城区生活垃圾全部密闭收运。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "购置压缩式垃圾收运车", "≥3台", 20),
        (None, "质量指标", "车辆验收合格率", "100%", 15),
        (None, "时效指标", "车辆交付使用时间", "2026年9月30日前", 15),
        ("成本指标", "经济成本指标", "单台车辆购置价格", "≤32万元/台", 15),
        ("效益指标", "社会效益指标", "城区生活垃圾密闭化收运率", "100%", 10),
        (None, "生态效益指标", "收运沿途垃圾撒漏投诉件数", "≤5件", 10),
        ("满意度指标", "服务对象满意度指标", "环卫作业人员满意度", "≥90%", 15),
    ])  # fmt: skip
    sign(s, "吕清和", "柯文茵", "0718-46630257")
    return b


@variant("qk08-food-waste-and-debris", (2, 12), "two projects stacked, the second untitled: "
         "its total is not its parts, its cost cap × count exceeds its own money")  # fmt: skip
def qk08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="餐厨垃圾收运处置项目", dept="青枫市城市管理局（402）",
        unit="青枫市环境卫生管理处", money=one_year_money(wan(580), wan(520), wan(60)),
        goals=["2026年对城区2400家餐饮单位实施餐厨垃圾集中收运，全年收运处置餐厨垃圾"
               "36000吨以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "餐厨垃圾收运处置量", "≥36000吨"),
        (None, None, "覆盖餐饮单位", "≥2400家"),
        (None, "质量指标", "餐厨垃圾资源化利用率", "≥90%"),
        (None, "时效指标", "餐厨垃圾收运及时率", "≥98%"),
        ("成本指标", "经济成本指标", "单吨餐厨垃圾收运处置成本", "≤160元/吨"),
        ("效益指标", "生态效益指标", "餐厨垃圾违规倾倒投诉件数", "≤10件"),
        ("满意度指标", "服务对象满意度指标", "餐饮单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(210), "B101", "error", row=True, note="160 + 40 = 200, not 210")
    project_head(
        s, year=2026, name="建筑垃圾消纳场运营项目", dept="青枫市城市管理局（402）",
        unit="青枫市渣土管理所", money=one_year_money(total, wan(160), wan(40)),
        title="", goals=["2026年保障城东建筑垃圾消纳场全年运营，消纳建筑垃圾15万吨以上。"],
    )  # fmt: skip
    cap = mk("≤18元/吨", "B107", "warning", row=True,
             note="18元 × 150000吨 = 270万 > its own 210万 (not the sheet's 790万)")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "消纳建筑垃圾", "≥150000吨"),
        (None, "质量指标", "消纳场扬尘防控措施落实率", "100%"),
        (None, "时效指标", "进场车辆单车卸料时间", "≤15分钟"),
        ("成本指标", "经济成本指标", "单吨建筑垃圾消纳成本", cap),
        ("效益指标", "社会效益指标", "建筑垃圾乱倒乱卸案件数较上年下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "渣土运输企业满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "庞书远", "魏念慈", "0758-81127734")
    return b


@variant("qk09-smart-bins-two-years", (2, 12), "a two-year project (中期/年度, a 2027 deadline "
         "in the 中期 column) stacked over a one-year one (correct)")  # fmt: skip
def qk09() -> Book:
    b, s = book("绩效目标", (14, 18, 30, 20, 20, 18))
    project_head(
        s, year=2026, years=2, name="生活垃圾分类智能投放设施建设项目", attr="新增项目",
        dept="柘源县城市管理局（128）", unit="柘源县环境卫生服务中心",
        money=period_money((wan(640), wan(600), wan(40)), (wan(320), wan(300), wan(20))),
        goals=["在城区建成智能分类投放点240个，覆盖居民小区80个，建立设施运维机制。",
               "2026年建成智能分类投放点120个，覆盖居民小区40个。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建智能分类投放点", "≥240个", "≥120个"),
        (None, None, "覆盖居民小区", "≥80个", "≥40个"),
        (None, "质量指标", "设施验收合格率", "100%", "100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个智能投放点建设成本", "≤2.5万元/个", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "居民垃圾分类准确投放率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "智能投放设施运维机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="城区公厕免费开放补助项目", dept="柘源县城市管理局（128）",
        unit="柘源县环境卫生服务中心", money=one_year_money(wan(85), wan(85), wan(0)),
        goals=["2026年补助85座沿街单位厕所免费对外开放，主城区如厕服务半径不超过500米。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助对外开放单位厕所", "≥85座"),
        (None, "质量指标", "开放厕所导向标识设置率", "100%"),
        (None, "时效指标", "补助资金拨付时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单座厕所年开放补助标准", "≤1万元/座"),
        ("效益指标", "社会效益指标", "主城区如厕服务半径", "≤500米"),
        ("满意度指标", "服务对象满意度指标", "市民如厕便利满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "温若溪", "石承泽", "0743-52209816")
    return b


@variant("qk10-lighting-in-yuan-dates", (1, 2, 9, 12), "two projects stacked, money in 元: an "
         "其他资金 as text with separators, a project ending before it starts")  # fmt: skip
def qk10() -> Book:
    b, s = book("Sheet1")
    other = mk("126,400.00", "X103", "warning", note="text with separators: read as 126400")
    project_head(
        s, year=2026, name="城市道路照明节能改造项目", dept="沐川区城市管理局（219）",
        unit="沐川区路灯管理所", money_label="项目资金（元）", attr="一次性项目",
        money=one_year_money(yuan(1526400), yuan(1400000), other),
        goals=["2026年将城区1800盏高压钠灯改造为LED路灯，9月底前完工，节电40%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造LED路灯", "≥1800盏"),
        (None, "质量指标", "改造灯具验收合格率", "100%"),
        (None, "时效指标", "改造工程完工时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单盏路灯改造成本", "≤800元/盏"),
        ("效益指标", "生态效益指标", "改造路段节电率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    end = mk(day(2025, 12, 31), "Y104", "error", alt=("Y102",),
             note="ends 2025-12-31, before its start 2026-03-01")  # fmt: skip
    project_head(
        s, year=2026, name="城市景观亮化设施维护项目", dept="沐川区城市管理局（219）",
        unit="沐川区路灯管理所", money_label="项目资金（元）", start=day(2026, 3, 1), end=end,
        money=one_year_money(yuan(624000), yuan(624000), yuan(0)),
        goals=["2026年对城区260处景观亮化设施实施日常维护，设施完好率保持在95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护景观亮化设施点位", "≥260处"),
        (None, "质量指标", "亮化设施完好率", "≥95%"),
        (None, "时效指标", "亮化设施故障修复时间", "≤72小时"),
        ("成本指标", "经济成本指标", "单处亮化设施年维护成本", "≤2400元/处"),
        ("效益指标", "社会效益指标", "节假日亮化设施开启率", "100%"),
        ("满意度指标", "服务对象满意度指标", "市民对城市夜景满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "方映雪", "龚立言", "0736-28845170")
    return b


@variant("qk11-roads-and-drains-shares", (1, 2, 12), "two projects stacked, operator columns, "
         "占比 80/20 and 60/40, rates and a date as Excel stores them (correct)")  # fmt: skip
def qk11() -> Book:
    b, s = book("项目绩效目标", (14, 18, 30, 12, 18, 14))
    project_head(
        s, year=2026, name="市政道路及桥梁设施维护项目", dept="云栖县住房和城乡建设局（305）",
        unit="云栖县市政工程维护所", money=shares(150, 120, 30),
        goals=["2026年养护市政道路42公里，维修人行道板6800平方米，道路完好率保持在95%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "养护市政道路", "≥", 42, "公里"),
        (None, None, "维修人行道板", "≥", 6800, "平方米"),
        (None, "质量指标", "市政道路完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "道路坑槽修补时间", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "每公里道路年养护成本", "≤", 2.5, "万元/公里"),
        (None, None, "人行道板维修单价", "≤", 60, "元/平方米"),
        ("效益指标", "社会效益指标", "道路设施原因引发的安全事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "市民出行满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="城区排水管网清淤疏通项目", dept="云栖县住房和城乡建设局（305）",
        unit="云栖县市政工程维护所", money=shares(75, 45, 30), title=TITLE,
        goals=["2026年汛期前完成城区96公里排水管网和3200座检查井清淤疏通，减少内涝积水点。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "清淤疏通排水管网", "≥", 96, "公里"),
        (None, None, "清掏检查井", "≥", 3200, "座"),
        (None, "质量指标", "管网疏通验收合格率", None, pct(1), "%"),
        (None, "时效指标", "汛前清淤完成时间", "≤", day(2026, 5, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "每公里管网清淤成本", "≤", 0.5, "万元/公里"),
        (None, None, "检查井单座清掏成本", "≤", 80, "元/座"),
        ("效益指标", "社会效益指标", "城区内涝积水点", "≤", 5, "处"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    sign(s, "唐知微", "聂远帆", "0735-61183042")
    return b


@variant("qk12-power-and-bins-share-off", (1, 2, 9, 12), "two projects stacked: a unit cost "
         "rounded to 0 万元, a grant's 占比 65% for 90 of 150")  # fmt: skip
def qk12() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 12, 18, 14))
    project_head(
        s, year=2026, name="城市道路照明电费保障项目", dept="江屿市城市管理局（506）",
        unit="江屿市路灯管理处", money=shares(420, 420, 0),
        goals=["2026年保障城区15000盏路灯正常运行用电，主次干道亮灯率不低于98%。"],
    )  # fmt: skip
    zero = mk(C(0, "0"), "T115", "error", note="rounded to 0 in 万元: 420万 / 15000盏 = 280元")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "保障运行路灯", "≥", 15000, "盏"),
        (None, "质量指标", "主次干道亮灯率", "≥", pct(0.98), "%"),
        (None, "时效指标", "路灯电费缴纳及时率", None, pct(1), "%"),
        ("成本指标", "经济成本指标", "单盏路灯年均电费", "≤", zero, "万元/盏"),
        ("效益指标", "社会效益指标", "照明故障引发的交通事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "市民夜间出行满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    off = mk(pct(0.65, SHARE), "B111", "error", row=True, note="90 ÷ 150 = 60%, not 65%")
    project_head(
        s, year=2026, name="生活垃圾分类收集容器配置项目", dept="江屿市城市管理局（506）",
        unit="江屿市环境卫生管理处", money=shares(150, 90, 60, off), title=TITLE,
        goals=["2026年6月底前配置四分类收集容器5000个，设置分类投放亭120座。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "配置四分类收集容器", "≥", 5000, "个"),
        (None, None, "设置分类投放亭", "≥", 120, "座"),
        (None, "质量指标", "收集容器验收合格率", None, pct(1), "%"),
        (None, "时效指标", "容器配置完成时间", "≤", "2026年6月30日", None),
        ("成本指标", "经济成本指标", "分类收集容器单价", "≤", 180, "元/个"),
        (None, None, "分类投放亭单座造价", "≤", 5000, "元/座"),
        ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥", 35, "%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "袁一苇", "钟慕白", "0750-33906425")
    return b
