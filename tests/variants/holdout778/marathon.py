"""The provincial marathon (沅岭马拉松): kdh13–kdh18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout778.common import (
    BUREAU,
    HEAD4,
    book,
    details,
    funds,
    funds2,
    indicators,  # fmt: skip
    notes,
    signed,
    w,
)
from tests.variants.holdout778.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "沅岭省体育竞赛中心"
GOALS = ("一级指标", "二级指标", "三级指标", "绩效目标值")


@variant("kdh13-marathon-notes", (4, 7),
         "project, OLD-NAT, header 绩效目标值, a header row repeated after a page break, a note "
         "row inside the table, 0起 on an incident count, footnotes and signature "
         "(correct)")  # fmt: skip
def kdh13() -> Book:
    b, s = book()
    project_head(s, year=2026, name="2026沅岭马拉松赛事组织", dept=BUREAU, unit=UNIT,
                 money=funds(w(650), w(450), w(200)),
                 goals=["2026年11月在澜坪市举办沅岭马拉松，设全程、半程和迷你跑，参赛规模"
                        "30000人（全程12000人）。"])  # fmt: skip
    indicators(s, GOALS, [
        ("产出指标", "数量指标", "参赛总人数", "≥30000人"),
        (None, None, "其中：全程马拉松参赛人数", "≥12000人"),
        (None, None, "赛道医疗救护点", "≥40个"),
        (None, "质量指标", "赛事获评中国田协标牌等级", "金牌赛事"),
        (None, "时效指标", "赛事举办时间", "2026年11月30日前"),
        (None, "成本指标", "人均赛事组织成本", "≤0.02万元/人"),
    ])  # fmt: skip
    s.row("注：赛事等级以中国田径协会当年公布结果为准。", merge=[(1, 4)])
    indicators(s, GOALS, [
        ("效益指标", "经济效益指标", "带动住宿餐饮消费", "≥1.5亿元"),
        (None, "社会效益指标", "赛事安全事故", "≤0起"),
        (None, None, "猝死等重大医疗事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：资金总额650万元含赞助收入200万元（其他资金），财政拨款450万元。",
          "填表说明：指标值填写比较符、数值和计量单位。")  # fmt: skip
    signed(s, "邝振邦", "0731-86539012", day(2025, 11, 18, CN_DATE))
    return b


@variant("kdh14-marathon-dates-wrong", (7, 12),
         "project, NAT-2021, header 预期目标, detail lines under the table: a race date in the "
         "year before, the goal's field against the indicator, lines not adding to "
         "合计")  # fmt: skip
def kdh14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="沅岭半程马拉松系列赛",
        dept=BUREAU,
        unit=UNIT,
        money=funds(w(300), w(260), w(40)),
        goals=["2026年10月在石栎县和松桥镇举办半程马拉松2站，参赛总规模16000人。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "举办分站赛", "≥2站"),
        (None, None, mk("参赛总人数", "D104", "warning", row=True,
                        note="the goal states 16000人, the indicator ≥12000人"), "≥12000人"),
        (None, "质量指标", "赛道丈量认证通过率", "100%"),
        (None, "时效指标", "分站赛举办时间",
         mk("2025年10月31日前", "Y102", "error", alt=("Y103",),
            note="the goal and the budget year say October 2026")),
        ("成本指标", "经济成本指标", "人均赛事组织成本", "≤0.018万元/人"),
        ("效益指标", "社会效益指标", "赛事直播观看人次", "≥50万人次"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"),
    ])  # fmt: skip
    details(
        s,
        [("赛道保障和交通管制", w(150)), ("医疗救护", w(80)), ("宣传推广", w(60))],
        mk(w(300), "B102", "error", note="150 + 80 + 60 = 290 ≠ 300"),
    )
    return b


@variant("kdh15-marathon-second-sheet", (7, 4),
         "project: head on the first sheet, indicators on a second sheet under 考核指标 and "
         "预期实现值, a footnote explaining the total (correct)")  # fmt: skip
def kdh15() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2026, name="马拉松志愿服务保障", dept=BUREAU, unit=UNIT,
                 money=funds(w(120), w(120), w(0)),
                 goals=["招募培训赛事志愿者3000名（其中医疗志愿者300名），为2027年承办全国"
                        "马拉松锦标赛储备志愿者队伍。"])  # fmt: skip
    notes(s, "注：财政拨款120万元含上年结转20万元。")
    t = b.sheet("绩效指标")
    t.title("马拉松志愿服务保障项目绩效指标", 4)
    indicators(t, ("考核指标", None, None, "预期实现值", "一级", "二级", "三级", None),
               heads=2, rows=[
        ("产出指标", "数量指标", "招募培训赛事志愿者", "≥3000人"),
        (None, None, "其中：医疗志愿者", "≥300人"),
        (None, "质量指标", "志愿者培训合格率", pct(0.95)),
        (None, "时效指标", "志愿者培训完成时间", "2026年10月15日前"),
        (None, "成本指标", "人均培训和保障费用", "≤0.04万元/人"),
        ("效益指标", "社会效益指标", "志愿服务时长", "≥36000小时"),
        ("满意度指标", "服务对象满意度指标", "参赛选手对志愿服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdh16-marathon-series-copied", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: cumulative counts and "
         "the 中期目标 text copied into the year")  # fmt: skip
def kdh16() -> Book:
    b, s = book()
    text = "三年打造沅岭马拉松品牌，举办全程马拉松3场，累计参赛90000人次，创建金牌赛事。"
    project_head(s, year=2026, years=3, name="沅岭马拉松品牌培育", dept=BUREAU, unit=UNIT,
                 attr="新增项目", money=funds2((w(1800), w(1500), w(300)),
                                               (w(600), w(500), w(100))),
                 goals=[text, mk(text, "D204", "warning",
                                 note="年度目标 repeats 中期目标 word for word")])  # fmt: skip
    indicators(s, (*HEAD4[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "举办全程马拉松场次", "≥3场",
         mk("≥3场", "D202", "warning", note="the period's three races copied into one year")),
        (None, None, "累计参赛人次", "≥90000人次",
         mk("≥90000人次", "D202", "warning", note="the period's count copied into one year")),
        (None, "质量指标", "赛事标牌等级", "金牌赛事", "金牌赛事"),
        (None, "时效指标", "年度赛事举办时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均赛事组织成本", "≤0.02万元/人",
         mk("≤0.02万元/人", "B107", "warning", row=True, required=False,
            note="only the copied 90000人次 makes 0.02 × 90000 = 1800 exceed the year's 600")),
        ("效益指标", "经济效益指标", "带动赛事相关消费", "≥4.5亿元", "≥1.5亿元"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdh17-marathon-export", (7, 9),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "project codes in the first columns, header on the third row (correct)")  # fmt: skip
def kdh17() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 24, 14, 14, 14))
    s.title("部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("43000026Y417003", "沅岭马拉松赛道改造", w(210), w(180), w(30))
    s.row("合计", None, w(210), w(180), w(30))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 22, 12, 14, 28, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位名称：", "沅岭省体育竞赛中心")
    code, name = "43000026Y417003", "沅岭马拉松赛道改造"
    indicators(t, ("项目代码", "项目名称", *HEAD4), [
        (code, name, "产出指标", "数量指标", "改造赛道沿线补给站", "≥35个"),
        (code, name, "产出指标", "质量指标", "赛道路面改造验收合格率", "100%"),
        (code, name, "产出指标", "时效指标", "改造完成时间", "2026年9月30日前"),
        (code, name, "成本指标", "经济成本指标", "每个补给站改造费用", "≤6万元/个"),
        (code, name, "效益指标", "社会效益指标", "赛道日常开放健身人次", "≥100000人次"),
        (code, name, "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ], merged=())  # fmt: skip
    return b


@variant("kdh18-marathon-points-wrong", (10, 5),
         "project, NAT-2021, a tier-1 score column and indicator scores: 产出 declared 50 with "
         "45 under it, a satisfaction rate under 社会效益")  # fmt: skip
def kdh18() -> Book:
    b, s = book("绩效目标", (14, 8, 16, 28, 16, 8))
    project_head(
        s,
        year=2026,
        name="沅岭马拉松医疗保障",
        dept=BUREAU,
        unit=UNIT,
        money=funds(w(150), w(150), w(0)),
        goals=["设置医疗救护点40个，配备AED 200台，确保赛事医疗零死亡。"],
    )
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", alt=("W101",), note="15+15+10+5 = 45, not 50"),
         "数量指标", "医疗救护点", "≥40个", 15),
        (None, None, None, "配备AED设备", "≥200台", 15),
        (None, None, "质量指标", "救护人员持证上岗率", "100%", 10),
        (None, None, "时效指标", "医疗响应时间", "≤4分钟", 5),
        ("成本指标", 10, "经济成本指标", "每台AED租赁费用", "≤0.3万元/台", 10),
        ("效益指标", 30, "社会效益指标", "赛事医疗死亡事件", "0起", 20),
        (None, None, None, mk("参赛选手对医疗服务满意度", "F201", "warning", row=True,
                              note="a satisfaction rate under 社会效益指标"), "≥90%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参赛选手满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
