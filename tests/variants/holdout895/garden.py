"""Tea garden improvement (茶园提质改造): khu01–khu06."""

from __future__ import annotations

from tests.variants.holdout895.common import (
    indicators,
    multi_year,
    one_year,
    project,
    signature,
    start,
)
from tests.variants.holdout895.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PT_HEAD = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "khu01-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit column, typed percent cells, "
    "万元 only in the number format, a 下降率 with ≥ (correct)",
)
def khu01() -> Book:
    b, s = start()
    project(s, "2025年低产茶园提质改造项目", one_year(360, 300, 60),
            ["完成鹤汀乡、芩山镇低产茶园提质改造2000亩，修缮生产便道6.5公里，"
             "改造茶园亩均增收800元以上。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "低产茶园改造面积", "≥", 2000, "亩"),
        (None, None, "茶园生产便道修缮", "≥", 6.5, "公里"),
        (None, "质量指标", "改造茶园验收合格率", "≥", pct(0.95), "%"),
        (None, None, "良种补植成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "改造任务完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "提质改造补助标准", "≤", 1500, "元/亩"),
        ("效益指标", "经济效益指标", "改造茶园亩均增收", "≥", 800, "元"),
        (None, "生态效益指标", "茶园化学农药使用量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "改造茶园管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "参与改造茶农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "蔺清禾", "0797-6318204")
    return b


@variant(
    "khu02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column and unit column: a typed 105% on a 合格率, ≥ on a "
    "反向 loss rate, = on a satisfaction rate",
)
def khu02() -> Book:
    b, s = start()
    project(s, "2025年茶园病虫害绿色防控项目", one_year(180, 150, 30),
            ["在全县推广茶园病虫害绿色防控2500亩，防控区病虫危害损失率控制在5%以内。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "绿色防控示范面积", "≥", 2500, "亩"),
        (None, None, "发放杀虫灯、粘虫板", "≥", 1800, "套"),
        (None, "质量指标", "防控区茶园验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a rate capped at 100%"), "%"),
        (None, None, "茶园病虫危害损失率",
         mk("≥", "T108", "warning", row=True, note="a loss rate is 反向: ≤ was meant"),
         pct(0.05), "%"),
        (None, "时效指标", "防控物资发放时间", "≤", day(2025, 4, 15, CN_DATE), None),
        (None, "成本指标", "绿色防控物资补助标准", "≤", 600, "元/亩"),
        ("效益指标", "生态效益指标", "防控区化学农药使用量下降率", "≥", pct(0.15), "%"),
        (None, "社会效益指标", "带动茶农掌握绿色防控技术", "≥", 600, "户"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度",
         mk("=", "T107", "warning", row=True, note="=95% on a satisfaction rate means ≥95%"),
         pct(0.95), "%"),
    ])  # fmt: skip
    signature(s, "蔺清禾", "0797-6318204")
    return b


@variant(
    "khu03-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels, a tier-1 score column and an indicator score "
    "column both adding to 100, a rate raised in 百分点 (correct)",
)
def khu03() -> Book:
    b, s = start()
    project(s, "2025年生态茶园建设项目", one_year(240, 200, 40),
            ["建成生态茶园1800亩，茶园良种覆盖率提高5个百分点，"
             "茶园生态环境持续改善。"])  # fmt: skip
    indicators(s, PT_HEAD, [
        ("一、产出指标", 50, "（一）数量指标", "生态茶园建设面积", "≥1800亩", 15),
        (None, None, None, "套种遮荫树", "≥2.4万株", 10),
        (None, None, "（二）质量指标", "生态茶园验收合格率", "≥95%", 10),
        (None, None, None, "遮荫树成活率", "≥85%", 10),
        (None, None, "（三）时效指标", "建设任务完成时间", "2025年11月30日前", 5),
        ("二、成本指标", 10, "1.经济成本指标", "生态茶园建设补助标准", "≤1200元/亩", 10),
        ("三、效益指标", 30, "（一）经济效益指标", "生态茶园鲜叶收购均价增幅", "≥8%", 10),
        (None, None, "（二）生态效益指标", "茶园良种覆盖率提高", "≥5百分点", 10),
        (None, None, "（三）可持续影响指标", "生态茶园管护制度", "建立并执行", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "茶农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "khu04-points-mismatch",
    (5, 10),
    "project, NAT-2021, abbreviated and marked tier labels (*产出, 数量), tier-1 scores "
    "against the indicator scores under them, a coverage rate given in 亩",
)
def khu04() -> Book:
    b, s = start("绩效目标")
    project(s, "2025年茶园测土配方施肥项目", one_year(96, 80, 16),
            ["开展茶园测土配方施肥1.2万亩，采集土样300个，茶园化肥使用量下降10%。"])  # fmt: skip
    indicators(s, PT_HEAD, [
        ("*产出", mk(50, "W103", "error", note="its indicators score 15+10+10+10 = 45"),
         "数量", "采集分析茶园土样", "≥300个", 15),
        (None, None, None, "发放施肥建议卡", "≥4000份", 10),
        (None, None, "质量", "茶园测土配方施肥覆盖率",
         mk("1.2万亩", "T105", "error", note="a 覆盖率 given as an area"), 10),
        (None, None, "时效", "土样检测完成时间", "2025年5月31日前", 10),
        ("*成本", 10, "经济成本", "单个土样检测费用", "≤200元/个", 10),
        ("*效益", mk(30, "W103", "error", note="its indicators score 15+10+10 = 35"),
         "生态效益", "茶园化肥使用量下降率", "≥10%", 15),
        (None, None, "经济效益", "亩均节本增效", "≥120元", 10),
        (None, None, "可持续影响", "测土配方数据库更新", "每年1次", 10),
        ("*满意度", 10, "服务对象满意度", "茶农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "khu05-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value columns: annual counts below the "
    "period counts, rates and unit costs legitimately equal (correct)",
)
def khu05() -> Book:
    b, s = start()
    project(s, "茶园宜机化改造三年行动项目", multi_year((900, 750, 150), (300, 250, 50)),
            ["三年完成宜机化改造茶园6000亩，配套机耕道24公里，茶园机械化作业率提高15个百分点。",
             "2025年完成宜机化改造茶园2000亩，配套机耕道8公里。"], years=3)  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "宜机化改造茶园面积", "≥6000亩", "≥2000亩"),
        (None, None, "配套茶园机耕道", "≥24公里", "≥8公里"),
        (None, "质量指标", "改造工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "宜机化改造补助标准", "≤1200元/亩", "≤1200元/亩"),
        ("效益指标", "经济效益指标", "茶园机械化作业率", "提高≥15百分点", "提高≥5百分点"),
        (None, "社会效益指标", "带动茶农务工", "≥1500人次", "≥500人次"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "柏予安", "0797-6320917")
    return b


@variant(
    "khu06-multi-year-copied",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
    "two cumulative counts copied into the annual column",
)
def khu06() -> Book:
    b, s = start()
    goal = "完成老茶园换种改植1500亩，补植无性系良种苗木600万株，良种茶园占比达到85%。"
    project(s, "老茶园换种改植项目", multi_year((600, 500, 100), (320, 260, 60)),
            [goal, mk(goal, "D204", "warning", note="年度目标 copied from the 中期目标")],
            years=2)  # fmt: skip
    copied = "the two-year count copied into the annual column"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "老茶园换种改植面积", "≥1500亩",
         mk("≥1500亩", "D202", "warning", note=copied)),
        (None, None, "补植无性系良种苗木", "≥600万株",
         mk("≥600万株", "D202", "warning", note=copied)),
        (None, "质量指标", "良种苗木成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度改植任务完成时间", "2026年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "换种改植补助标准", "≤2000元/亩", "≤2000元/亩"),
        ("效益指标", "经济效益指标", "改植茶园投产后亩均产值", "≥6000元", "≥6000元"),
        (None, "可持续影响指标", "良种茶园占比", "≥85%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "柏予安", "0797-6320917")
    return b
