"""Returns gq01–gq06: turkey and emu breeding farms, hatcheries and brooding houses."""

from __future__ import annotations

from tests.variants.holdout657.common import (
    HEAD4,
    HEAD_PERIOD,
    book,
    funds,
    funds2,
    indicators,
    project_head,
    wan,
)
from tests.variants.holdout657.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok, pct


@variant("gq01-turkey-brooding-percent", (1, 11),
         "project, OLD-NAT, operator column and unit column, percent cells typed in Excel, "
         "万元 in the number format (correct)")  # fmt: skip
def gq01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="浔石县青铜火鸡育雏基地提升项目",
                 dept="浔石县农业农村局（217003）", unit="浔石县畜牧技术推广站",
                 money=funds(180, 150, 30),
                 goals=["新建标准化火鸡育雏舍4栋、改造旧舍2栋，全年向养殖户供应青铜火鸡"
                        "雏苗2万只，雏苗成活率达到95%以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "育雏舍新建及改造数量", "≥", 6, "栋"),
        (None, None, "雏苗供应数量", "≥", 20000, "只"),
        (None, "质量指标", "雏苗成活率", "≥", pct(0.95), "%"),
        (None, None, "育雏期死亡率", "≤", pct(0.05), "%"),
        (None, None, "育雏舍竣工验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "育雏舍建设完成时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "雏苗补贴标准", "≤", 30, "元/只"),
        (None, None, "育雏舍新建单栋造价", "≤", money(18), "万元/栋"),
        ("效益指标", "经济效益指标", "带动养殖户户均增收", "≥", 2000, "元/户"),
        (None, "社会效益指标", "新发重大动物疫病", "=", 0, "起"),
        (None, "生态效益指标", "育雏舍粪污资源化利用率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "领苗养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("gq02-emu-hatchery-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a period count below the goal's, "
         "a cumulative count copied to the year, a year's count above the period's")  # fmt: skip
def gq02() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="梓川市鸸鹋种群扩繁与孵化中心建设项目",
                 dept="梓川市农业农村局（301012）", unit="梓川市特种经济动物研究所",
                 attr="新增项目", money=funds2((600, 480, 120), (220, 180, 40)),
                 goals=["三年累计孵化鸸鹋雏鸟3000只，建成种鸟舍8栋，引进种鸟300只，"
                        "种蛋孵化率稳定在70%以上。",
                        "2025年孵化鸸鹋雏鸟900只，建成种鸟舍3栋，引进种鸟120只，完成孵化"
                        "车间设备安装。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "种鸟舍单栋建设成本", "≤45万元/栋",
         ok("≤45万元/栋", "warning", note="照抄的年度8栋 × 45万元超过年度资金，可报可不报")),
        ("产出指标", "数量指标", "鸸鹋雏鸟孵化数量",
         mk("≥2400只", "D104", "warning", note="中期目标写三年累计孵化3000只"), "≥900只"),
        (None, None, "种鸟舍建设数量", "≥8栋",
         mk("≥8栋", "D202", "warning", alt=("D104",),
            note="三年累计数照抄到年度列；年度目标写建成3栋")),
        (None, None, "种鸟引进数量", "≥300只",
         mk("≥360只", "D201", "error", alt=("D104",),
            note="一年的引进数超过三年累计数（年度目标写120只）")),
        (None, "质量指标", "种蛋孵化率", "≥70%", "≥65%"),
        (None, "时效指标", "孵化车间设备安装完成时间", "2027年6月底前", "2025年11月底前"),
        ("效益指标", "经济效益指标", "种雏对外供应收入", "≥120万元", "≥30万元"),
        (None, "可持续影响指标", "种鸟谱系档案建档率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "引种养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gq03-turkey-goal-against-indicators", (5, 7),
         "project, OLD-NAT, numbered tier labels, header 绩效目标值: an output below the goal's, "
         "the same indicator twice with two values, a deadline after the year")  # fmt: skip
def gq03() -> Book:
    b, s = book()
    project_head(s, year=2025, name="杏湾乡商品火鸡规模养殖示范项目",
                 dept="浔石县农业农村局（217003）", unit="杏湾乡农业综合服务中心",
                 money=funds(95, 80, 15),
                 goals=["全年出栏商品火鸡5万只，推广青铜火鸡良种8000套，2025年12月底前"
                        "完成3个养殖小区粪污处理设施改造。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("一、产出指标", "（一）数量指标", "商品火鸡出栏量",
         mk("≥4万只", "D104", "warning", note="年度目标写出栏5万只")),
        (None, None, "青铜火鸡良种推广数量", "≥8000套"),
        (None, None, "粪污处理设施改造小区数", "≥3个"),
        (None, None, "青铜火鸡良种推广套数",
         mk("≥6000套", "D102", "error", alt=("D103", "D101", "D104"),
            note="与上面的良种推广数量是同一指标，值却不同（目标写8000套）")),
        (None, "（二）质量指标", "出栏火鸡检疫合格率", "≥98%"),
        (None, "（三）时效指标", "粪污处理设施改造完成时间",
         mk("2026年3月底前", "Y102", "error", alt=("Y103", "D104"),
            note="一年期项目（2025年）的期限落在次年；年度目标写2025年12月底前")),
        (None, "（四）成本指标", "良种补贴标准", "≤50元/套"),
        ("二、效益指标", "（一）经济效益指标", "示范户户均增收", "≥5000元"),
        (None, "（二）生态效益指标", "养殖小区粪污综合利用率", "≥90%"),
        ("三、满意度指标", "（一）服务对象满意度指标", "示范养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gq04-emu-free-range-two-year", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller "
         "year counts, a rate raised in 百分点, a later year the pilot prepares for "
         "(correct)")  # fmt: skip
def gq04() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="北垣区鸸鹋生态放养试点项目",
                 dept="北垣区农业农村和水务局（106004）", unit="北垣区畜牧兽医服务中心",
                 attr="新增项目", money=funds2((160, 130, 30), (90, 75, 15)),
                 goals=["两年建成鸸鹋生态放养区2处、累计放养鸸鹋600只，为2027年在全区"
                        "推广生态放养积累经验。",
                        "建成放养区1处，放养鸸鹋260只，雏鸟育成率比上年提高3个"
                        "百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), [
        ("成本指标", "经济成本指标", "放养区单处建设成本", "≤40万元/处", "≤40万元/处"),
        ("产出指标", "数量指标", "生态放养区建设数量", "≥2处", "≥1处"),
        (None, None, "鸸鹋放养数量", "≥600只", "≥260只"),
        (None, "质量指标", "雏鸟育成率提升幅度", "≥5百分点", "≥3百分点"),
        (None, "时效指标", "放养区建成时间", "2026年10月底前", "2025年10月底前"),
        ("效益指标", "生态效益指标", "放养区植被覆盖率", pct(0.85), pct(0.8)),
        (None, "可持续影响指标", "带动周边养殖户参与数", "≥40户", "≥15户"),
        ("满意度指标", "服务对象满意度指标", "试点养殖户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


@variant("gq05-turkey-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money, a year left from last season, a satisfaction rate under 社会效益")  # fmt: skip
def gq05() -> Book:
    b, s = book()
    project_head(s, year=2025, name="枫泽县火鸡种源场改扩建项目",
                 dept="枫泽县农业农村局（420001）", unit="枫泽县种畜禽场",
                 money=funds(120, 100, 20),
                 goals=["改扩建种火鸡舍2栋，引进种火鸡600只，全年供应种蛋15万枚。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "种火鸡舍改扩建数量", "≥2栋"),
        (None, None, "种火鸡引进数量", "≥600只"),
        (None, None, "种蛋供应量", "≥15万枚"),
        (None, "质量指标", "种蛋受精率", "≥88%"),
        (None, "时效指标", "改扩建完工时间", "2025年8月底前"),
        (None, "成本指标", "种火鸡引进单价", "≤600元/只"),
        ("效益指标", "经济效益指标", "种源场年收入增加", "≥40万元"),
        ("满意度指标", "服务对象满意度指标", "供种对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="枫泽县火鸡养殖技术培训项目",
                 dept="枫泽县农业农村局（420001）", unit="枫泽县农业技术推广中心",
                 money=funds(mk(wan(85), "B101", "error", note="60 + 20 = 80，不是85"), 60, 20),
                 goals=["全年培训火鸡养殖户300人次，编印养殖技术手册500册。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标",
         mk("2024年度养殖户培训人次", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年的表里留着上一年度的年份"), "≥300人次"),
        (None, None, "技术手册编印数量", "≥500册"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年11月底前"),
        (None, "成本指标", "人均培训成本", "≤800元/人次"),
        ("效益指标", "社会效益指标",
         mk("参训养殖户满意度", "F201", "warning", row=True,
            note="满意度应在服务对象满意度指标下"), "≥90%"),
        (None, None, "新增规范养殖户", "≥50户"),
        ("满意度指标", "服务对象满意度指标", "技术手册使用满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("gq06-emu-second-sheet", (7,),
         "project, NAT-2021: head on the first sheet, the indicator table on a second "
         "sheet under 预期实现值, a 下降率 with ≥ and a subsidy within its money "
         "(correct)")  # fmt: skip
def gq06() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="梓川市鸸鹋种蛋孵化补贴项目",
                 dept="梓川市农业农村局（301012）", unit="梓川市特种经济动物研究所",
                 attr="常年项目", money=funds(60, 50, 10),
                 goals=["对全市12家鸸鹋养殖场的种蛋孵化给予补贴，全年补贴种蛋4000枚，"
                        "孵化率达到65%以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("成本指标", "经济成本指标", "种蛋孵化补贴标准", "≤50元/枚"),
        ("产出指标", "数量指标", "补贴种蛋数量", "≥4000枚"),
        (None, None, "受补贴养殖场数量", "12家"),
        (None, "质量指标", "补贴种蛋孵化率", "≥65%"),
        (None, "时效指标", "补贴资金拨付时间", "2025年11月30日前"),
        ("效益指标", "经济效益指标", "孵化料蛋比下降率", "≥5%"),
        (None, "社会效益指标", "新发鸸鹋传染病疫情", "0起"),
        ("满意度指标", "服务对象满意度指标", "受补贴养殖场满意度", "≥90%"),
    ])  # fmt: skip
    return b
