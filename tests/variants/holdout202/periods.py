"""Project tables with 中期 and 年度 columns: cumulative counts that differ or are copied, a
中期目标 repeated as the 年度目标, a one-year project with two equal columns (pd07–pd12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout202.common import (
    COPIED,
    SAME_GOAL,
    TWO,
    book,
    indicators,
    note,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout202.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pd07-cumulative-counts-differ", (7, 8), "three-year project, NAT-2021: head on the "
         "first sheet, 中期 and 年度 columns on a second sheet; cumulative counts smaller in the "
         "年度 column, rates equal, a 下降率 with ≥ (correct)")  # fmt: skip
def pd07() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=2026, years=3, name="城乡居民健康素养促进项目",
        dept="青岚市卫生健康委员会（310）", unit="青岚市健康教育所",
        money=period_money((wan(450), wan(390), wan(60)), (wan(150), wan(130), wan(20))),
        goals=["2026年至2028年累计开展健康讲座600场，培训基层健康指导员1500人，"
               "居民健康素养水平达到35%以上。",
               "2026年开展健康讲座200场，培训基层健康指导员500人，居民健康素养水平达到30%以上。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 18))
    t.title("城乡居民健康素养促进项目绩效指标", 5)
    indicators(t, TWO, [
        ("产出指标", "数量指标", "开展健康讲座场次", "≥600场", "≥200场"),
        (None, None, "培训基层健康指导员人数", "≥1500人", "≥500人"),
        (None, "质量指标", "健康指导员培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度健康讲座完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单场健康讲座成本", "≤0.3万元/场", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥35%", "≥30%"),
        (None, None, "辖区成人吸烟率下降率", "≥6%", "≥2%"),
        (None, "可持续影响指标", "健康教育阵地长效运行机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pd08-cumulative-copied-goal-copied", (8,), "three-year project, NAT-2021, 中期 and "
         "年度 columns: two cumulative counts copied into the 年度 column, the 年度目标 a copy of "
         "the 中期目标")  # fmt: skip
def pd08() -> Book:
    b, s = book("Sheet1")
    goal = ("推进老旧小区适老化改造，完善无障碍通行和居家安全设施，改造工程验收合格率达到95%以上，"
            "改造户满意度保持在90%以上。")  # fmt: skip
    project_head(
        s, year=2026, years=3, name="老旧小区适老化改造项目",
        dept="赤岭市住房和城乡建设局（221）", unit="赤岭市城市更新服务中心",
        money=period_money((wan(900), wan(750), wan(150)), (wan(300), wan(250), wan(50))),
        goals=[goal, mk(goal, "D204", "warning", note=SAME_GOAL)],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成适老化改造小区数", "≥36个",
         mk("≥36个", "D202", "warning", note=COPIED)),
        (None, None, "加装楼道扶手长度", "≥5400米",
         mk("≥5400米", "D202", "warning", note=COPIED)),
        (None, None, "完成居家适老化改造户数", "≥1200户", "≥400户"),
        (None, "质量指标", "改造工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "每年12月15日前", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "户均居家适老化改造成本", "≤0.5万元/户", "≤0.5万元/户"),
        ("效益指标", "社会效益指标", "老年人居家跌倒事故发生率", "≤3%", "≤3%"),
        (None, "可持续影响指标", "适老化设施管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pd09-one-year-equal-columns", (8,), "one-year project with 中期 and 年度 columns and "
         "money, all equal, and the same goal text in both (correct)")  # fmt: skip
def pd09() -> Book:
    b, s = book("Sheet1")
    goal = ("2026年举办全民健身赛事活动16场，参赛群众不少于4800人次，"
            "赛事安全事故发生率控制在0.5%以内。")  # fmt: skip
    project_head(
        s, year=2026, years=1, name="全民健身赛事活动项目", dept="松潭区文化体育局（518）",
        unit="松潭区全民健身指导中心", attr="一次性项目",
        money=period_money((wan(55), wan(45), wan(10)), (wan(55), wan(45), wan(10))),
        goals=[goal, goal],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "举办全民健身赛事活动场次", "≥16场"),
        (None, None, "参赛群众人次", "≥4800人次"),
        (None, "质量指标", "赛事组织规范达标率", pct(1)),
        (None, "时效指标", "赛事活动完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单场赛事平均成本", "≤3.4万元/场"),
        ("效益指标", "社会效益指标", "赛事安全事故发生率", "≤0.5%"),
        (None, None, "经常参加体育锻炼人数比例", "≥40%"),
        (None, "可持续影响指标", "品牌赛事常态化举办机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ]
    indicators(s, TWO, [(*r, r[-1]) for r in rows])
    note(s, "注：本项目实施期为1年，中期指标值与年度指标值相同。")
    sign(s, "彭书雅", "鲁嘉禾", "0739-85531206")
    return b


@variant("pd10-operator-column-copies", (8,), "two-year project, NAT-2021, an operator column "
         "before bare 中期 and 年度 numbers and a unit column: a count of service points copied "
         "into the 年度 column, the 年度目标 a copy of the 中期目标")  # fmt: skip
def pd10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    goal = ("建设社区嵌入式托育服务点，提供普惠托位，托育从业人员持证上岗率达到95%以上，"
            "托育家长满意度达到90%以上。")  # fmt: skip
    project_head(
        s, year=2026, years=2, name="社区嵌入式托育服务项目", dept="梧桐湾区卫生健康局（309）",
        unit="梧桐湾区妇幼保健计划生育服务中心", attr="新增项目",
        money=period_money((wan(360), wan(300), wan(60)), (wan(180), wan(150), wan(30))),
        goals=[goal, mk(goal, "D204", "warning", note=SAME_GOAL)],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "建成社区托育服务点", "≥", 12,
         mk(12, "D202", "warning", note=COPIED), "个"),
        (None, None, "新增普惠托位数", "≥", 480, 240, "个"),
        (None, "质量指标", "托育从业人员持证上岗率", "≥", 95, 95, "%"),
        (None, "时效指标", "单个服务点建设周期", "≤", 6, 6, "个月"),
        ("成本指标", "经济成本指标", "单个托位建设补助", "≤", 0.6, 0.6, "万元/个"),
        ("效益指标", "社会效益指标", "婴幼儿入托率", "≥", 12, 10, "%"),
        (None, "可持续影响指标", "托育服务点运营管理制度", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "托育家长满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("pd11-period-points", (8, 10), "three-year project, NAT-2021, 中期 and 年度 columns, a "
         "tier-1 分值 column and an indicator 分值 column: 效益指标 30 over indicators adding to "
         "25, a cumulative length copied into the 年度 column")  # fmt: skip
def pd11() -> Book:
    b, s = book("绩效目标", (14, 8, 16, 28, 16, 18, 8))
    project_head(
        s, year=2026, years=3, name="河道生态修复项目", dept="芦川县水利局（415）",
        unit="芦川县河湖管理中心",
        money=period_money((wan(1200), wan(1000), wan(200)), (wan(400), wan(340), wan(60))),
        goals=["2026年至2028年累计完成河道生态修复38公里，建设生态护岸12公里，"
               "重点河段水质达标率达到90%以上。",
               "2026年完成河道生态修复15公里，重点河段水质达标率达到85%以上。"],
    )  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, header, [
        ("产出指标", 50, "数量指标", "河道生态修复长度", "≥38公里", "≥15公里", 15),
        (None, None, None, "建设生态护岸长度", "≥12公里",
         mk("≥12公里", "D202", "warning", note=COPIED), 10),
        (None, None, "质量指标", "修复工程验收合格率", "≥95%", "≥95%", 15),
        (None, None, "时效指标", "年度修复工程完工时间", "每年11月30日前", "2026年11月30日前",
         10),
        ("成本指标", 10, "经济成本指标", "河道生态修复单位成本", "≤25万元/公里",
         "≤25万元/公里", 10),
        ("效益指标", mk(30, "W103", "error", row=True,
                        note="the indicator points under 效益指标 add to 15 + 10 = 25"),
         "生态效益指标", "重点河段水质达标率", "≥90%", "≥85%", 15),
        (None, None, "可持续影响指标", "河湖长制巡河管护机制", "健全", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the points then add to 95 (效益 slip)")
    sign(s, "韦绍南", "覃雨蒙", "0778-82217035")
    return b


@variant("pd12-bracketed-labels-two-year", (5, 8), "two-year project, NAT-2021, numbered labels "
         "with bracketed alternatives (（二）质量指标（或标准指标）, （三）时效指标（进度指标）), "
         "中期 and 年度 columns that differ as cumulative counts should, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def pd12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="智慧校园网络升级项目", dept="青岚市教育局（204）",
        unit="青岚市教育信息中心",
        money=period_money((wan(640), wan(640), wan(0)), (wan(380), wan(380), wan(0))),
        goals=["2026年至2027年完成全市58所学校校园网络升级，新建智慧教室160间，"
               "教学终端完好率保持在95%以上。",
               "2026年完成34所学校校园网络升级，新建智慧教室90间。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("一、产出指标", "（一）数量指标", "完成校园网络升级学校数", "≥58所", "≥34所"),
        (None, None, "新建智慧教室数量", "≥160间", "≥90间"),
        (None, "（二）质量指标（或标准指标）", "教学终端完好率", "≥95%", "≥95%"),
        (None, "（三）时效指标（进度指标）", "年度升级任务完成时间", "2027年8月31日前",
         "2026年8月31日前"),
        ("二、成本指标", "（一）经济成本指标", "智慧教室单间建设成本", "≤3.5万元/间",
         "≤3.5万元/间"),
        ("三、效益指标", "（一）社会效益指标", "课堂信息化教学应用比例", "≥80%", "≥70%"),
        (None, None, "校园网络故障报修量下降率", "≥20%", "≥10%"),
        (None, "（二）可持续影响指标", "校园网络运维保障机制", "健全", "健全"),
        ("四、满意度指标", "（一）服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
