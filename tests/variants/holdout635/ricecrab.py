"""Rice-crab co-culture (稻蟹共生) and mitten-crab (大闸蟹) returns: fu01 to fu06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout635.common import (
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout635.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("fu01-ricecrab-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, 万元 in the number "
         "format, a 下降率 with ≥ and a cost equal to its money (correct)")  # fmt: skip
def fu01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="稻蟹共生生态种养示范项目", dept="苇塘县农业农村局 317",
                 unit="苇塘县水产技术推广站",
                 money=one_year_money(wan(130), wan(100), wan(30)),
                 goals=["在泖西、芦桥两镇建成稻蟹共生示范区2000亩（其中新建1200亩、"
                        "续建800亩），亩均稻谷产量稳定在500公斤以上，带动养殖户不少于80户增收。"],
                 start=day(2026, 3, 1), end=day(2026, 11, 30))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "稻蟹共生示范面积", "≥", 2000, "亩"),
        (None, None, "带动养殖户", "≥", 80, "户"),
        (None, "质量指标", "成蟹规格达标率（公蟹175克以上）", "≥", pct(0.9), "%"),
        (None, None, "稻谷亩产", "≥", 500, "公斤"),
        (None, "时效指标", "扣蟹投放完成时间", "≤", "2026年4月30日", None),
        (None, "成本指标", "扣蟹苗种补助标准", "≤", 500, "元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥", 1500, "元"),
        (None, "生态效益指标", "化肥使用量下降率", "≥", pct(0.15), "%"),
        (None, "可持续影响指标", "示范模式持续运行年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "沈立秋", "0573-6628 4137", day(2025, 11, 18))
    return b


@variant("fu02-ricecrab-goal-area", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: area below the goal's, a deadline "
         "in the year before, a total that is not its parts")  # fmt: skip
def fu02() -> Book:
    b, s = book()
    total = mk(wan(150), "B101", "error", note="120 + 20 = 140, not 150")
    project_head(
        s,
        year=2026,
        name="芦桥镇稻蟹共生连片示范区建设",
        dept="苇塘县农业农村局",
        unit="芦桥镇农业综合服务中心",
        money=one_year_money(total, wan(120), wan(20)),
        goals=["建成稻蟹共生连片示范区3000亩，配套防逃围网，亩均综合收益提高20%以上。"],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标",
         "稻蟹共生示范面积",
         mk("≥2500亩", "D104", "warning", row=True,
            note="the 年度目标 promises 3000亩")),
        (None, None, "配套防逃围网", "≥3000亩"),
        (None, "质量指标", "成蟹规格达标率", "≥85%"),
        (None, "时效指标", "防逃设施建设完成时间",
         mk("2025年9月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="a 2026 one-year project: last season's deadline left in")),
        (None, "成本指标", "防逃围网建设补助标准", "≤200元/亩"),
        ("效益指标", "经济效益指标", "亩均综合收益提高幅度", "≥20%"),
        (None, "生态效益指标", "化学农药使用量减少", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "顾晓岚", "0573-6641 2208", day(2025, 12, 2))
    return b


@variant("fu03-ricecrab-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column "
         "(both add up to 100), a rate raised in 百分点 (correct)")  # fmt: skip
def fu03() -> Book:
    b, s = book()
    project_head(s, year=2026, name="稻蟹共生技术培训与品牌提升", dept="苇塘县农业农村局",
                 unit="苇塘县农业技术推广中心", attr="新增项目",
                 money=one_year_money(wan(80), wan(80), wan(0)),
                 goals=["开展稻蟹共生技术培训300人次，提升“泖西蟹田米”优质品率和品牌认知度。"],
                 start=day(2026, 3, 1), end=day(2026, 11, 30))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "技术培训", "≥300人次", 20),
        (None, "（二）质量指标", "培训考核合格率", "≥90%", 15),
        (None, "（三）时效指标", "培训完成时间", "2026年10月31日前", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "培训人均成本", "≤200元/人次", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "蟹田米优质品率提高", "≥3百分点", 15),
        (None, "（二）可持续影响指标", "培训农户持续采用稻蟹模式比例", "≥80%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受训农户满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级指标分值与三级指标分值均按100分计，二者口径一致，不重复计分。")
    sign(s, "陆雨禾", "0573-6635 9021", day(2025, 11, 26))
    return b


@variant("fu04-crab-period-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: an annual area above the period's, "
         "a cumulative count copied, the 年度目标 a copy of the 中期目标")  # fmt: skip
def fu04() -> Book:
    b, s = book()
    goal = ("通过三年实施，建成稻蟹共生示范区，培育本地扣蟹种源，培训养殖农户，"
            "形成可复制推广的稻蟹共生技术模式。")  # fmt: skip
    project_head(
        s,
        year=2026,
        years=3,
        name="泖西湖区稻蟹共生三年行动",
        dept="苇塘县农业农村局",
        unit="苇塘县水产技术推广站",
        attr="新增项目",
        money=period_money((wan(300), wan(240), wan(60)), (wan(100), wan(80), wan(20))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
    )
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "稻蟹共生示范面积", "≥5000亩",
         mk("≥6000亩", "D201", "error", note="one year cannot exceed the three years")),
        (None, None, "培训养殖农户", "≥600人",
         mk("≥600人", "D202", "warning", note="a cumulative count copied to 年度")),
        (None, None, "扣蟹种源培育基地", "≥3个", "≥1个"),
        (None, "质量指标", "成蟹规格达标率", "≥85%", "≥85%"),
        (None, "时效指标", "年度任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "扣蟹苗种补助标准", "≤150元/亩", "≤150元/亩"),
        ("效益指标", "经济效益指标", "示范区亩均增收", "≥1200元", "≥1200元"),
        (None, "社会效益指标", "带动农户增收", "≥500户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "养殖农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "严秋实", "0573-6628 5510", day(2025, 11, 12))
    return b


@variant("fu05-crab-two-year", (8, 1),
         "two-year project, OLD-NAT, 中期 and 年度 columns, the period's counts above the "
         "year's, a later year the work prepares for, typed percents (correct)")  # fmt: skip
def fu05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=2,
        name="芦湾圩区大闸蟹生态养殖提升",
        dept="苇塘县农业农村局",
        unit="苇塘县渔业技术服务站",
        money=period_money((wan(260), wan(200), wan(60)), (wan(120), wan(90), wan(30))),
        goals=[
            "两年建成稻蟹共生示范区4000亩，投放扣蟹120万只，成蟹回捕率60%以上。",
            "2026年建成示范区1800亩，投放扣蟹55万只，为2028年全县推广积累技术数据。",
        ],
    )
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "稻蟹共生示范面积", "≥4000亩", "≥1800亩"),
        (None, None, "扣蟹投放量", "≥120万只", "≥55万只"),
        (None, "质量指标", "成蟹回捕率", pct(0.6), pct(0.6)),
        (None, "时效指标", "扣蟹投放完成时间", "2027年4月30日前", "2026年4月30日前"),
        (None, "成本指标", "扣蟹苗种补助标准", "≤0.5元/只", "≤0.5元/只"),
        ("效益指标", "经济效益指标", "示范区亩均增收", "≥1000元", "≥800元"),
        (None, "生态效益指标", "养殖尾水达标排放率", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    note(s, "说明：回捕率、达标排放率与满意度为比率指标，中期与年度取值相同。")
    sign(s, "钱望舒", "0573-6619 7732", day(2025, 11, 20))
    return b


@variant(
    "fu06-crab-labels-duplicate",
    (5,),
    "project, NAT-2021, labels marked and abbreviated (*产出指标, 数量, 经济成本): the same "
    "indicator twice with two values, a survival rate under 时效, an end before the start",
)
def fu06() -> Book:
    b, s = book()
    end = mk(
        day(2025, 12, 31),
        "Y104",
        "error",
        alt=("Y102", "Y101"),
        note="计划完成日期 before 计划开始日期; the year left from last season",
    )
    project_head(s, year=2026, name="大闸蟹扣蟹培育补助", dept="苇塘县农业农村局",
                 unit="苇塘县特种水产养殖协会",
                 money=one_year_money(wan(90), wan(70), wan(20)),
                 goals=["扶持扣蟹培育户，投放优质扣蟹90万只，提高扣蟹成活率和规格。"],
                 start=day(2026, 2, 1), end=end)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "数量", "投放扣蟹数量", "≥90万只"),
        (None, None, "扶持扣蟹培育户", "≥40户"),
        (None, None, "扣蟹投放数量",
         mk("≥80万只", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="the same indicator as 投放扣蟹数量 with another value")),
        (None, "质量", "扣蟹规格达标率（每公斤160只以内）", "≥85%"),
        (None, "时效", "扣蟹投放批次间隔", "≤15天"),
        (None, None, mk("扣蟹越冬成活率", "F201", "warning", row=True,
                        note="a quality rate under 时效"), "≥80%"),
        ("*成本指标", "经济成本", "扣蟹培育补助标准", "≤0.7元/只"),
        ("*效益指标", "经济效益", "培育户户均增收", "≥5000元"),
        ("*满意度指标", "服务对象满意度", "培育户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邹乔木", "0573-6603 4485", day(2025, 11, 28))
    return b
