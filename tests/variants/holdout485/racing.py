"""Horse racing festival projects (赛马节): percent cells, points at two levels, multi-year
venue projects with 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout485.common import (
    YEAR,
    book,
    footer,
    indicators,
    multi_year,
    one_year,
)
from tests.variants.holdout485.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "骏川县文化旅游体育局 317"


@variant("aa01-racing-percent-cells", (1, 7),
         "project, NAT-2021, operator column headed 指标性质, header 绩效目标值, unit column, "
         "percent cells typed in Excel, 0起 incident count, 万元 in the number format "
         "(correct)")  # fmt: skip
def aa01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="白驹滩夏季赛马节赛事组织", dept=DEPT,
                 unit="骏川县白驹滩镇人民政府", money=one_year(168, 140, 28),
                 goals=["举办赛马赛事12场，带动牧民参赛，保障马匹和观众安全。"])  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "举办赛马赛事场次", "≥", 12, "场"],
        [None, None, "参赛马匹数量", "≥", 260, "匹"],
        [None, "质量指标", "赛事裁判持证上岗率", "=", pct(1), "%"],
        [None, None, "马匹赛前兽医检疫率", "≥", pct(0.98), "%"],
        [None, "时效指标", "赛后奖金发放时限", "≤", 5, "个工作日"],
        ["成本指标", "经济成本指标", "参赛马匹补助标准", "≤", 1500, "元/匹"],
        [None, "社会成本指标", "赛事安全事故", "≤", 0, "起"],
        ["效益指标", "社会效益指标", "带动牧民参赛人数", "≥", 180, "人"],
        [None, None, "马匹伤病发生率", "≤", pct(0.02), "%"],
        [None, "经济效益指标", "赛事期间牧家乐营业收入增长率", "≥", pct(0.1), "%"],
        ["满意度指标", "服务对象满意度指标", "参赛牧民满意度", "≥", pct(0.9), "%"],
        [None, None, "观众满意度", "≥", pct(0.92, "0.00%"), "%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位"), rows)
    footer(s, ["注：赛事安全事故指造成人员重伤或马匹死亡的责任事故。"], "其木格", "0477-6612038")
    return b


@variant("aa02-racing-percent-wrong", (1, 11),
         "project, OLD-NAT, operators in words in a 指标方向 column, unit column: a typed percent "
         "over 100, = on a cost cap, 大于等于 on an injury rate")  # fmt: skip
def aa02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="金辔苏木传统走马赛", dept=DEPT, unit="骏川县金辔苏木文体站",
                 money=one_year(96, 80, 16), goals=["举办走马表演6场，保障赛道安全。"])  # fmt: skip
    up, op = "大于等于", "指标方向"
    over = mk(pct(1.05), "T106", "error", note="到位率 capped at 100%; typed 105%")
    cap = mk("等于", "T108", "warning", row=True, note="= on a cost cap; ≤ meant")
    hurt = mk(up, "T108", "warning", row=True, note="反向 rate with ≥")
    rows = [
        ["产出指标", "数量指标", "马术表演场次", up, 6, "场"],
        [None, None, "速度赛马参赛马匹", up, 120, "匹"],
        [None, "质量指标", "赛道安全防护到位率", up, over, "%"],
        [None, None, "赛马计时成绩有效率", up, pct(0.99), "%"],
        [None, "时效指标", "赛事按期举办率", "等于", pct(1), "%"],
        [None, "成本指标", "赛事组织费用", cap, 90, "万元"],
        ["效益指标", "社会效益指标", "骑手坠马受伤率", hurt, pct(0.03), "%"],
        [None, "经济效益指标", "参赛牧户户均奖金收入", up, 800, "元/户"],
        [None, "可持续影响指标", "本地马种参赛比例", up, pct(0.6), "%"],
        ["满意度指标", "服务对象满意度指标", "参赛骑手满意度", up, pct(0.9), "%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", op, "指标值", "计量单位"), rows)
    footer(s, [], "达来", "0477-6613120")
    return b


@variant("aa03-racing-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）, "
         "1.), an indicator score column adding to 100, a rate raised in 百分点, a 合计 row "
         "(correct)")  # fmt: skip
def aa03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="云鬃草原耐力赛马节", dept=DEPT, unit="骏川县马术协会",
                 money=one_year(220, 200, 20),
                 goals=["举办40公里耐力赛，吸引少数民族骑手参赛，恢复赛场植被。"])  # fmt: skip
    up3 = "提高≥3百分点"
    rows = [
        ["一、产出指标（40分）", "（一）数量指标", "1.耐力赛赛程", "≥40公里", 10],
        [None, None, "2.参赛骑手人数", "≥150人", 10],
        [None, "（二）质量指标", "3.赛马兴奋剂抽检覆盖率", "≥30%", 10],
        [None, "（三）时效指标", "4.主赛事举办完成时间", "7月15日前", 10],
        ["二、成本指标（20分）", "（一）经济成本指标", "5.赛事场地租赁费用", "≤36万元", 10],
        [None, "（二）生态环境成本指标", "6.赛场草地植被破坏面积", "≤50亩", 10],
        ["三、效益指标（30分）", "（一）社会效益指标", "7.少数民族骑手参赛比例", up3, 10],
        [None, "（二）经济效益指标", "8.赛事带动旅游接待人次", "≥2万人次", 10],
        [None, "（三）可持续影响指标", "9.培养赛马技艺传承人", "≥8人", 10],
        ["四、满意度指标（10分）", "（一）服务对象满意度指标", "10.参赛牧民满意度", "≥90%", 10],
    ]
    indicators(s, (*("一级指标", "二级指标", "三级指标", "指标值"), "分值"), rows)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    footer(s, ["说明：一级指标分值与三级指标分值口径一致，合计均为100分。"], "乌云", "0477-6615207")
    return b


@variant("aa04-racing-tier-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column: two tiers whose "
         "indicator scores do not add up to the tier score (totals both 100)")  # fmt: skip
def aa04() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 10))
    project_head(s, year=YEAR, name="红鬃嘎查赛马场围栏维修", dept=DEPT,
                 unit="骏川县红鬃嘎查村委会", money=one_year(75, 75, 0),
                 goals=["维修赛马场围栏1800米，保障赛马节安全。"])  # fmt: skip
    note = "indicator scores under this tier add up to {} against the declared {}"
    out = mk(50, "W103", "error", note=note.format(45, 50))
    eff = mk(30, "W103", "error", note=note.format(35, 30))
    rows = [
        ["产出指标", out, "数量指标", "维修赛马场围栏长度", "≥1800米", 10],
        [None, None, None, "更换观赛区护栏", "≥300米", 10],
        [None, None, "质量指标", "围栏维修验收合格率", "≥98%", 10],
        [None, None, "时效指标", "维修完工时间", "6月30日前", 15],
        ["成本指标", 10, "经济成本指标", "围栏维修单价", "≤120元/米", 10],
        ["效益指标", eff, "社会效益指标", "赛事期间围栏事故", "≤0起", 10],
        [None, None, None, "赛马场对外开放天数", "≥120天", 10],
        [None, None, "可持续影响指标", "围栏使用年限", "≥8年", 15],
        ["满意度指标", 10, "服务对象满意度指标", "参赛牧民满意度", "≥90%", 10],
    ]
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, rows, merged=(1, 2, 3))
    footer(s, [], "额尔敦", "0477-6618844")
    return b


@variant("aa05-racing-venue-three-years", (8,),
         "three-year venue project, NAT-2021, 中期 and 年度 columns: cumulative counts below the "
         "period, rates, unit costs and a service life legitimately equal (correct)")  # fmt: skip
def aa05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="骏川县标准化赛马场建设", dept=DEPT,
                 unit="骏川县体育事业发展中心", attr="新增项目",
                 money=multi_year((900, 780, 120), (300, 260, 40)),
                 goals=["三年建成标准赛道2条、看台座位6000个，培训少年骑手450人。",
                        "2025年建成标准赛道1条、看台座位2000个，培训少年骑手150人。"])  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "新建标准赛道", "≥2条", "≥1条"],
        [None, None, "改造观赛看台座位", "≥6000个", "≥2000个"],
        [None, None, "培训少年骑手", "≥450人", "≥150人"],
        [None, "质量指标", "赛道工程验收合格率", "=100%", pct(1)],
        [None, "时效指标", "年度建设任务按期完成率", "≥95%", pct(0.95)],
        ["成本指标", "经济成本指标", "赛道建设单位造价", "≤180万元/条", "≤180万元/条"],
        ["效益指标", "社会效益指标", "承办盟市级以上赛马赛事", "≥6场", "≥2场"],
        [None, "可持续影响指标", "赛马场设施设计使用年限", "≥20年", "≥20年"],
        ["满意度指标", "服务对象满意度指标", "周边牧民满意度", "≥90%", pct(0.9)],
    ]
    indicators(s, (*("一级指标", "二级指标", "三级指标"), "中期指标值", "年度指标值"), rows)
    footer(s, [], "图雅", "0477-6610933", day(YEAR - 1, 10, 9, CN_DATE))
    return b


@variant("aa06-racing-brand-copied", (8,),
         "two-year festival brand project, OLD-NAT, 中期 and 年度 columns: the 年度目标 text "
         "copied from the 中期目标, two cumulative counts copied into the annual "
         "column")  # fmt: skip
def aa06() -> Book:
    b, s = book()
    goal = "两年举办赛马节2届，培育本地品牌骑手60人，赛马节知名度明显提升。"
    project_head(s, year=YEAR, years=2, name="白驹滩赛马节品牌培育", dept=DEPT,
                 unit="骏川县文化旅游体育局", money=multi_year((260, 220, 40), (130, 110, 20)),
                 goals=[goal, mk(goal, "D204", "warning", note="goal text copied")])  # fmt: skip
    copied = "cumulative count of a two-year project copied from the 中期 column"
    times = mk("≥2届", "D202", "warning", note=copied)
    riders = mk("≥60人", "D202", "warning", note=copied)
    rows = [
        ["产出指标", "数量指标", "举办白驹滩赛马节", "≥2届", times],
        [None, None, "培育本地品牌骑手", "≥60人", riders],
        [None, None, "制作赛马节宣传短片", "≥6部", "≥3部"],
        [None, "质量指标", "宣传短片审核通过率", "≥95%", "≥95%"],
        [None, "时效指标", "年度赛马节举办时间", "每年8月底前", "8月31日前"],
        [None, "成本指标", "每届赛马节宣传费用", "≤40万元/届", "≤40万元/届"],
        ["效益指标", "社会效益指标", "赛马节网络话题阅读量", "≥800万次", "≥300万次"],
        [None, "经济效益指标", "赛马节期间游客人次增长率", "≥15%", "≥8%"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"],
    ]
    indicators(s, (*("一级指标", "二级指标", "三级指标"), "中期指标值", "年度指标值"), rows)
    footer(s, [], "萨仁", "0477-6617451")
    return b
