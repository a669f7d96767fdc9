"""Multi-year (and one-year) road, pipe-network, bridge and 老旧小区改造 projects with 中期 and
年度 value columns: cumulative counts, rates and unit costs in both (py01–py06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout223.common import (
    TWO,
    book,
    continuing_head,
    indicators,
    note,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout223.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("py01-rural-roads-three-years", (8, 1), "three-year project 2026–2028, NAT-2021, 中期 "
         "and 年度 columns: counts smaller each year, rates and unit costs equal, 100% as a "
         "percent cell, a 百分点 change, a footnote on cumulative values (correct)")  # fmt: skip
def py01() -> Book:
    b, s = book()
    project_head(
        s, year=2026, years=3, attr="新增项目", name="县乡道路提质改造工程",
        dept="柏川县交通运输局（412）", unit="柏川县公路事业发展中心",
        money=period_money((wan(5400), wan(4800), wan(600)), (wan(1800), wan(1600), wan(200))),
        goals=["2026—2028年完成县乡道路提质改造126公里、危桥改造9座，农村公路优良中等路率提高3个"
               "百分点以上，建立县乡道路养护管理长效机制。",
               "2026年完成县乡道路提质改造42公里、危桥改造3座，交工验收合格率100%，农村公路优良"
               "中等路率提高1个百分点以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "县乡道路提质改造里程", "≥126公里", "≥42公里"),
        (None, None, "危桥改造数量", "≥9座", "≥3座"),
        (None, "质量指标", "交工验收合格率", pct(1), pct(1)),
        (None, None, "路面平整度检测达标率", "≥95%", "≥95%"),
        (None, "时效指标", "提质改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每公里提质改造平均成本", "≤38万元/公里", "≤38万元/公里"),
        ("效益指标", "社会效益指标", "农村公路优良中等路率提高", "≥3百分点", "≥1百分点"),
        (None, "可持续影响指标", "县乡道路养护管理长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计数，年度指标值为2026年当年数。")
    sign(s, "韩书衡", "易秋澜", "0736-5823147")
    return b


@variant("py02-sewer-separation-copied", (8, 5), "three-year project, NAT-2021 with numbered "
         "labels, 实施期 and 年度 columns: two cumulative counts copied into 年度, 年度目标 the "
         "中期目标 word for word")  # fmt: skip
def py02() -> Book:
    b, s = book()
    goal = ("实施老城区雨污分流改造，新建分流管网36公里、完成排水户雨污接驳1200户，老城区污水"
            "收集率提高到85%以上，雨天合流制溢流污染明显减少。")  # fmt: skip
    project_head(
        s, year=2026, years=3, attr="新增项目", name="老城区雨污分流管网改造工程",
        dept="霁州市住房和城乡建设局（203）", unit="霁州市排水管理处",
        money=period_money((wan(9600), wan(8000), wan(1600)), (wan(3200), wan(2600), wan(600))),
        goals=[goal, mk(mk(goal, "D204", "warning", row=True, note="年度目标 = 中期目标"), "D104",
                       "warning", row=True, required=False, note="its 85% is the period's")],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("一、产出指标", "（一）数量指标", "新建雨污分流管网长度", "≥36公里",
         mk(mk("≥36公里", "D202", "warning", row=True, note="cumulative length copied"),
            "B107", "warning", row=True, required=False, note="36 × 220 > 3200")),
        (None, None, "完成排水户雨污接驳", "≥1200户",
         mk("≥1200户", "D202", "warning", row=True, note="cumulative count copied")),
        (None, None, "改造排水检查井", "≥900座", "≥300座"),
        (None, "（二）质量指标", "管道闭水试验合格率", pct(1), pct(1)),
        (None, "（三）时效指标", "管网改造完成时间", "2028年10月31日前", "2026年11月30日前"),
        ("二、成本指标", "（一）经济成本指标", "每公里管网综合造价", "≤220万元/公里",
         mk("≤220万元/公里", "B107", "warning", row=True, required=False,
            note="36 × 220 against 3200: the copied count")),
        ("三、效益指标", "（一）生态效益指标", "老城区污水集中收集率", "≥85%", "≥75%"),
        (None, "（二）社会效益指标", "雨天合流制溢流频次下降率", "≥50%", "≥20%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "片区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵定川", "柯蔓青", "0717-6630925")
    return b


@variant("py03-bridge-annual-above", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度资金总额 above 中期资金总额, an annual bridge count above its period "
         "count")  # fmt: skip
def py03() -> Book:
    b, s = book()
    project_head(
        s, year=2026, years=2, attr="新增项目", name="城区危旧桥梁加固改造工程",
        dept="霁州市城市管理局（118）", unit="霁州市市政设施维护中心",
        money=period_money(
            (wan(1260), wan(1060), wan(200)),
            (mk(wan(1480), "B103", "error", row=True, note="年度 1480 > 中期 1260"),
             wan(1300), wan(180))),
        goals=["2026—2027年完成城区6座危旧桥梁加固改造，桥梁技术状况B级及以上占比达到90%，建立桥梁"
               "安全监测预警机制。",
               "2026年完成城区桥梁定期检测20座，启动危旧桥梁加固改造，同步建设桥梁安全监测系统。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "加固改造危旧桥梁", "≥6座",
         mk("≥8座", "D201", "error", row=True, note="8 in the year, 6 over the period")),
        (None, None, "城市桥梁定期检测", "≥40座", "≥20座"),
        (None, "质量指标", "加固工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "加固改造完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单座桥梁平均加固费用", "≤150万元/座", "≤150万元/座"),
        ("效益指标", "社会效益指标", "桥梁技术状况B级及以上占比", "≥90%", "≥85%"),
        (None, "可持续影响指标", "桥梁安全监测预警机制", "建立并有效运行", "建立"),
        ("满意度指标", "服务对象满意度指标", "通行群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郁怀川", "谭静姝", "0713-2281604")
    return b


@variant("py04-old-communities-year-two", (8,), "three-year project 2025–2027 in its second "
         "year, NAT-2021, unit column and 中期/年度 columns with bare numbers, start date in 2025, "
         "2000 and 2025 in the goal texts, 百分点 in the unit column (correct)")  # fmt: skip
def py04() -> Book:
    b, s = book(widths=(14, 16, 30, 12, 18, 18))
    continuing_head(
        s, year=2026, first=2025, last=2027, name="城镇老旧小区改造工程",
        dept="梧阳县住房和城乡建设局（306）", unit="梧阳县城镇老旧小区改造办公室",
        money_rows=period_money((wan(12000), wan(9600), wan(2400)),
                                (wan(4500), wan(3600), wan(900))),
        goals=["2025—2027年改造城镇老旧小区38个、惠及居民4600户，加装电梯60部，改造供水、燃气等"
               "老旧管网18公里，基本完成2000年底前建成的老旧小区改造任务。",
               "2026年改造老旧小区14个、惠及居民1700户，加装电梯24部，改造老旧管网7公里，2025年"
               "已开工的12个小区全部完工。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "改造城镇老旧小区", "个", "≥38", "≥14"),
        (None, None, "惠及居民户数", "户", "≥4600", "≥1700"),
        (None, None, "加装电梯", "部", "≥60", "≥24"),
        (None, None, "改造供水、燃气等老旧管网", "公里", "≥18", "≥7"),
        (None, "质量指标", "改造工程竣工验收合格率", "%", "=100", "=100"),
        (None, "时效指标", "改造项目完工时间", None, "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个小区平均改造投资", "万元/个", "≤300", "≤300"),
        ("效益指标", "社会效益指标", "小区道路、管网等设施完好率提高", "百分点", "≥20", "≥8"),
        (None, "可持续影响指标", "改造小区物业管理覆盖率", "%", "≥90", "≥80"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    sign(s, "葛云舟", "黎若晴", "0771-4390862", day(2025, 11, 18, CN_DATE))
    return b


@variant("py05-drainage-percent-cells", (8, 1), "two-year project, NAT-2021, 实施周期 and 年度 "
         "columns with percent cells: a 合格率 typed 105%, a completion time typed "
         "100%")  # fmt: skip
def py05() -> Book:
    b, s = book()
    project_head(
        s, year=2026, years=2, attr="新增项目", name="城区排水防涝设施提升工程",
        dept="汀泽县住房和城乡建设局（207）", unit="汀泽县市政工程建设中心",
        money=period_money((wan(3600), wan(3000), wan(600)), (wan(2000), wan(1700), wan(300))),
        goals=["2026—2027年新建改造排水管网14公里，新建雨水泵站2座，消除城区易涝积水点11处，城区"
               "内涝积水点消除率达到90%以上。",
               "2026年新建改造排水管网8公里，新建雨水泵站1座，消除易涝积水点6处，汛前完成管网清淤"
               "疏通。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建改造排水管网", "≥14公里", "≥8公里"),
        (None, None, "消除城区易涝积水点", "≥11处", "≥6处"),
        (None, None, "新建雨水泵站", "≥2座", "≥1座"),
        (None, "质量指标", "排水管网工程验收合格率", pct(1),
         mk(pct(1.05), "T106", "error", alt=("D201",), note="a 合格率 shown 105%")),
        (None, "时效指标", "汛前管网清淤疏通完成时间", "2027年5月31日前",
         mk(pct(1), "T113", "warning", note="a deadline shown 100%")),
        ("成本指标", "经济成本指标", "排水管网每公里建设成本", "≤180万元/公里",
         "≤180万元/公里"),
        ("效益指标", "社会效益指标", "城区内涝积水点消除率", "≥90%", "≥50%"),
        (None, "生态效益指标", "雨水资源化利用率提高", "≥2百分点", "≥1百分点"),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "聂远帆", "苏可为", "0745-3316078")
    return b


@variant("py06-stacked-one-year-care", (8, 2, 1), "two one-year maintenance projects stacked "
         "in one sheet, NAT-2021, 中期 and 年度 columns legitimately equal, identical goal texts, "
         "unit cost × count equal to the money, 满意度 with other values in each "
         "(correct)")  # fmt: skip
def py06() -> Book:
    b, s = book()
    goal = ("完成全市86座城市桥梁定期检测和日常养护，及时处治桥梁病害，确保桥梁安全运行，全年不"
            "发生桥梁安全责任事故。")  # fmt: skip
    project_head(
        s, year=2026, attr="常年项目", name="城市桥梁定期检测及日常养护",
        dept="鹭安市城市管理局（121）", unit="鹭安市桥梁隧道管理所",
        money=period_money((wan(860), wan(780), wan(80)), (wan(860), wan(780), wan(80))),
        goals=[goal, goal],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "城市桥梁定期检测", "≥86座", "≥86座"),
        (None, None, "人行天桥及地下通道巡查", "≥1200次", "≥1200次"),
        (None, "质量指标", "桥梁检测报告合格率", pct(1), pct(1)),
        (None, "时效指标", "桥梁定期检测完成时间", "2026年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单座桥梁年度检测养护费用", "≤10万元/座", "≤10万元/座"),
        ("效益指标", "社会效益指标", "桥梁安全责任事故", "=0起", "=0起"),
        (None, "可持续影响指标", "一类、二类技术状况桥梁占比", "≥92%", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "市民出行满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "更换破损检查井盖2800套，修复人行道破损1.5万平方米，井盖破损24小时内修复到位。"
    project_head(
        s, year=2026, attr="常年项目", name="城市道路检查井盖及附属设施维护", title="",
        dept="鹭安市城市管理局（121）", unit="鹭安市市政设施管理所",
        money=period_money((wan(420), wan(420), wan(0)), (wan(420), wan(420), wan(0))),
        goals=[goal, goal],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "更换破损检查井盖", "≥2800套", "≥2800套"),
        (None, None, "修复人行道破损面积", "≥1.5万平方米", "≥1.5万平方米"),
        (None, "质量指标", "维修工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "井盖破损修复时限", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "单套井盖更换平均费用", "≤0.1万元/套", "≤0.1万元/套"),
        ("效益指标", "社会效益指标", "井盖缺失损坏引发安全事故", "=0起", "=0起"),
        ("满意度指标", "服务对象满意度指标", "市民出行满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    sign(s, "麦清源", "钟予安", "0592-7716843", day(2026, 1, 12, CN_DATE))
    return b
