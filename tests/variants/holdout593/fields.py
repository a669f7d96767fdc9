"""Growing: quinoa and oat demonstration fields, one-year, multi-year and stacked projects."""

from __future__ import annotations

from tests.variants.holdout593.common import (
    NAT4,
    OPS6,
    PERIOD5,
    indicators,
    new,
    one_year,
    project,
    two_columns,
    w,
)
from tests.variants.holdout593.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("ee01-quinoa-demo-percent", (1, 10),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a rise in 百分点, a goal area with its core part (correct)")  # fmt: skip
def quinoa_demo() -> Book:
    b, s = new()
    goal = ("在海拔2800米以上的5个村示范种植藜麦1200亩（其中核心示范区400亩），"
            "推广覆膜穴播技术，带动种植户150户，亩均增收300元以上。")  # fmt: skip
    project(s, "鹰嘴梁乡高海拔藜麦示范种植项目", "鹰嘴梁乡农业综合服务中心",
            one_year(w(60), w(50), w(10)), [goal])  # fmt: skip
    indicators(s, OPS6, [
        ("产出指标", "数量指标", "藜麦示范种植面积", "≥", 1200, "亩"),
        (None, None, "核心示范区面积", "≥", 400, "亩"),
        (None, None, "覆膜穴播技术培训", "≥", 6, "场"),
        (None, "质量指标", "示范田种子纯度达标率", "≥", pct(0.98), "%"),
        (None, None, "示范田出苗率", "≥", pct(0.85), "%"),
        (None, "时效指标", "播种完成时间", "≤", day(2025, 5, 31, CN_DATE), None),
        (None, None, "补助资金兑付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "亩均种植补助标准", "≤", 400, "元/亩"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥", 300, "元/亩"),
        (None, "社会效益指标", "带动种植户数", "≥", 150, "户"),
        (None, "生态效益指标", "示范田残膜回收率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "藜麦良种覆盖率提高", "≥", 5, "百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ee02-oat-goal-area", (12,),
         "project, NAT-2021, one value column: the goal's area against the indicator, a sowing "
         "deadline left from last season, a per-mu cost above the money")  # fmt: skip
def oat_goal_area() -> Book:
    b, s = new()
    goal = ("在松垭镇、鹰嘴梁乡旱作区种植燕麦3000亩，统一供种、统一播种，"
            "亩产达到180公斤以上，带动脱贫户200户增收。")  # fmt: skip
    project(s, "雪陂县旱作燕麦扩种项目", "松垭镇农业农村服务中心",
            one_year(w(80), w(70), w(10)), [goal])  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "燕麦种植面积", mk("≥2500亩", "D104", "warning", row=True,
            note="年度目标写种植燕麦3000亩，指标只写2500亩")),
        (None, None, "统一供种户数", "≥600户"),
        (None, "质量指标", "燕麦出苗率", "≥85%"),
        (None, None, "统一供种种子发芽率", "≥90%"),
        (None, "时效指标", "播种完成时间", mk("2024年5月31日前", "Y102", "error",
            alt=("Y101", "Y103"), note="上一季的播种期，不在2025预算年度内")),
        ("成本指标", "经济成本指标", "亩均种植成本补助", mk("≤350元/亩", "B107", "warning",
            row=True, note="350元 × 2500亩 = 87.5万元，超过年度资金80万元")),
        ("效益指标", "经济效益指标", "燕麦亩产", "≥180公斤"),
        (None, "社会效益指标", "带动脱贫户增收户数", "≥200户"),
        (None, "可持续影响指标", "旱作燕麦种植技术推广覆盖率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ee03-quinoa-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates equal in both, a later year the work prepares for (correct)")  # fmt: skip
def quinoa_two_year() -> Book:
    b, s = new()
    goals = (("2025—2026年累计建成藜麦标准化种植基地2000亩，开展品种比较试验6个，"
              "筛选适宜高海拔品种2个，为2027年全县推广积累种植数据。"),
             ("2025年建成基地900亩，完成品种比较试验3个，筛选适宜品种1个，"
              "年底前提交试验总结报告。"))  # fmt: skip
    project(s, "雪陂县藜麦标准化种植基地建设项目", "雪陂县农业技术推广中心",
            two_columns((w(180), w(150), w(30)), (w(90), w(75), w(15))), goals,
            years=2, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "藜麦标准化种植基地面积", "≥2000亩", "≥900亩"),
        (None, None, "品种比较试验", "≥6个", "≥3个"),
        (None, None, "筛选适宜高海拔藜麦品种", "≥2个", "≥1个"),
        (None, "质量指标", "基地田间管理规程执行率", "≥95%", "≥95%"),
        (None, "时效指标", "试验总结报告提交时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "基地建设亩均成本", "≤800元/亩", "≤800元/亩"),
        ("效益指标", "经济效益指标", "基地藜麦亩产", "≥150公斤", "≥140公斤"),
        (None, "社会效益指标", "参与基地种植农户", "≥260户", "≥120户"),
        (None, "可持续影响指标", "高海拔种植数据观测点", "≥10个", "≥5个"),
        ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ee04-oat-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a cumulative count copied, an annual goal naming last year")  # fmt: skip
def oat_three_year() -> Book:
    b, s = new()
    goals = ("2025—2027年累计推广旱作燕麦良种6000亩，建设良种示范点12个，培训种植户900人次。",
             mk("2024年推广燕麦良种1800亩，培训种植户300人次。", "Y103", "warning",
                alt=("Y101",), note="年度目标写2024年，是上一年的遗留"))  # fmt: skip
    project(s, "雪陂县旱作燕麦良种推广项目", "雪陂县农业技术推广中心",
            two_columns((w(450), w(390), w(60)), (w(150), w(130), w(20))), goals,
            years=3)  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "旱作燕麦良种推广面积", "≥6000亩", "≥1800亩"),
        (None, None, "燕麦机械化播种面积", "≥3000亩", mk("≥3500亩", "D201", "error",
            note="年度3500亩大于三年累计3000亩")),
        (None, None, "燕麦良种示范点", "≥12个", mk("≥12个", "D202", "warning",
            note="三年累计的示范点个数照抄到年度列")),
        (None, None, "种植户技术培训", "≥900人次", "≥300人次"),
        (None, "质量指标", "推广良种纯度达标率", "≥98%", "≥98%"),
        (None, "时效指标", "年度推广任务完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "良种推广亩均补助", "≤200元/亩", "≤200元/亩"),
        ("效益指标", "经济效益指标", "推广区燕麦亩产", "≥170公斤", "≥160公斤"),
        (None, "社会效益指标", "受益种植户", "≥1200户", "≥400户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ee05-stacked-quinoa-oat", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in the two projects (correct)")  # fmt: skip
def stacked_quinoa_oat() -> Book:
    b, s = new()
    project(s, "羊角坪村藜麦良种示范项目", "鹰嘴梁乡农业综合服务中心",
            one_year(w(40), w(35), w(5)),
            ["在羊角坪村示范种植藜麦600亩，带动农户80户，亩均增收400元以上。"],
            title="2025年度项目支出绩效目标申报表（汇总）")  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "示范种植面积", "≥600亩"),
        (None, "质量指标", "示范田出苗率", "≥85%"),
        (None, "时效指标", "播种完成时间", "2025年5月20日前"),
        (None, "成本指标", "亩均示范补助", "≤500元/亩"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥400元"),
        (None, "社会效益指标", "带动农户", "≥80户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "松垭镇燕麦旱作节水种植项目", "松垭镇农业农村服务中心",
            one_year(w(55), w(45), w(10)),
            ["在松垭镇推广燕麦旱作节水种植1500亩，亩均节水40立方米。"], title="")  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "示范种植面积", "≥1500亩"),
        (None, "质量指标", "节水设施验收合格率", "≥95%"),
        (None, "时效指标", "播种完成时间", "2025年5月31日前"),
        (None, "成本指标", "亩均节水设施补助", "≤300元/亩"),
        ("效益指标", "生态效益指标", "亩均节水量", "≥40立方米"),
        (None, "社会效益指标", "受益种植户", "≥210户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("ee06-stacked-seed-plot", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second one's money does not add "
         "up, a near-duplicate area with another value, a quality rate under 时效")  # fmt: skip
def stacked_seed_plot() -> Book:
    b, s = new()
    project(s, "雾松坪镇藜麦订单种植项目", "雾松坪镇农业农村服务中心",
            one_year(w(70), w(60), w(10)),
            ["与加工企业签订订单种植藜麦800亩，订单户亩均增收350元以上。"])  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "订单种植面积", "≥800亩"),
        (None, "质量指标", "藜麦收购达标率", "≥95%"),
        (None, "时效指标", "订单收购完成时间", "2025年10月31日前"),
        (None, "成本指标", "订单种植亩均补助", "≤600元/亩"),
        ("效益指标", "经济效益指标", "订单户亩均增收", "≥350元"),
        ("满意度指标", "服务对象满意度指标", "订单户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    money_rows = one_year(mk(w(65), "B101", "error", note="财政拨款50 + 其他资金10 = 60，不是65"),
                          w(50), w(10))  # fmt: skip
    project(s, "雪陂县燕麦良种繁育项目", "雪陂县种子管理站", money_rows,
            ["建设燕麦良种繁育田500亩，繁育良种15万公斤，供应用种农户1000户。"],
            title="")  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "燕麦良种繁育面积", "≥500亩"),
        (None, None, "繁育良种产量", "≥15万公斤"),
        (None, None, mk("燕麦良种繁育田面积", "D102", "error", row=True, alt=("D103", "D101"),
            note="与上面的繁育面积是同一指标，只多一个“田”字，值却是450亩"), "≥450亩"),
        (None, "质量指标", "种子纯度达标率", "≥98%"),
        (None, "时效指标", "繁育田收获完成时间", "2025年9月30日前"),
        (None, None, mk("繁育种子发芽率", "F201", "warning", row=True,
            note="发芽率是质量指标，填在时效指标下"), "≥90%"),
        (None, "成本指标", "亩均繁育成本", "≤900元/亩"),
        ("效益指标", "经济效益指标", "良种供应区燕麦增产率", "≥8%"),
        (None, "社会效益指标", "良种供应农户", "≥1000户"),
        ("满意度指标", "服务对象满意度指标", "用种农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
