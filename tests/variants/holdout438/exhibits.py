"""Returns of the aquarium half (汐澜市海洋馆): exhibit explanation, night camps, school
classes, conservation shows, coral and polar halls."""

from __future__ import annotations

from tests.variants.holdout438.common import (
    AQUARIUM,
    funds,
    funds_two,
    indicators,
    new_book,
    project,
    wan,
)
from tests.variants.holdout438.registry import variant
from tests.variants.kit import Book, mk, pct

OPERATOR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("yf01-explain-percent", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def explain_percent() -> Book:
    b, s = new_book()
    project(
        s,
        "海洋馆展区科普讲解服务",
        AQUARIUM,
        funds(wan(180), wan(150), wan(30)),
        ["全年提供展区科普讲解1500场以上，更新海洋生物科普展板，游客投诉量比上年下降。"],
    )
    indicators(s, OPERATOR_HEAD, [
        ("产出指标", "数量指标", "科普讲解场次", "≥", 1500, "场"),
        (None, None, "海洋生物科普展板更新数量", "≥", 40, "块"),
        (None, "质量指标", "讲解内容审核通过率", "=", pct(1), "%"),
        (None, None, "讲解员持证上岗率", "≥", pct(0.95), "%"),
        (None, "时效指标", "团体讲解预约响应时间", "≤", 2, "工作日"),
        (None, "成本指标", "单场讲解成本", "≤", 600, "元/场"),
        ("效益指标", "社会效益指标", "游客投诉量下降率", "≥", pct(0.1), "%"),
        (None, None, "青少年参与海洋科普人次", "≥", 80000, "人次"),
        (None, "可持续影响指标", "志愿讲解员队伍管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("yf02-night-camp-operators", (1, 11), "project, OLD-NAT, operator column: a coverage "
         "rate typed as 105%, ≥ on an accident rate, = on a cost per head")  # fmt: skip
def night_camp_operators() -> Book:
    b, s = new_book()
    project(s, "海洋馆“夜宿海洋馆”研学营", AQUARIUM, funds(wan(120), wan(90), wan(30)),
            ["举办夜宿研学营，全年接待营员1200人，安全零事故。"])  # fmt: skip
    indicators(s, OPERATOR_HEAD, [
        ("产出指标", "数量指标", "研学营举办营次", "≥", 40, "期"),
        (None, None, "接待营员人数", "≥", 1200, "人"),
        (None, "质量指标", "研学课程覆盖率", "≥",
         mk(pct(1.05), "T106", "error", note="a coverage rate cannot pass 100%"), "%"),
        (None, None, "研学安全事故发生率",
         mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤ expected"),
         pct(0.01), "%"),
        (None, "时效指标", "营期报名结果告知时间", "≤", 3, "工作日"),
        (None, "成本指标", "营员人均成本",
         mk("=", "T108", "warning", row=True, note="= on a cost cap: ≤ expected"), 800, "元/人"),
        ("效益指标", "社会效益指标", "营员海洋生物知识测评合格率", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "营员及家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "yf03-school-class-points",
    (5,),
    "project, NAT-2021, labels numbered with points "
    "(一、产出指标（40分）, （一）数量指标), indicator scores adding to 100 (correct)",
)
def school_class_points() -> Book:
    b, s = new_book()
    project(s, "海洋馆“蓝色课堂”进校园", AQUARIUM, funds(wan(60), wan(52), wan(8)),
            ["面向中小学开展“蓝色课堂”120场，覆盖学校45所以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "进校园科普课堂场次", "≥120场", 10),
        (None, None, "覆盖中小学校数", "≥45所", 10),
        (None, "（二）质量指标", "课程教案审定合格率", "≥95%", 10),
        (None, "（三）时效指标", "学期课程按期开课率", "≥98%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单场课堂综合成本", "≤4500元/场", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "参与学生海洋知识测评及格率", "≥85%", 15),
        (None, None, "受教育学生人次", "≥18000人次", 10),
        (None, "（二）可持续影响指标", "校馆合作机制", "建立并执行", 5),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "师生满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "yf04-conservation-marks",
    (5,),
    "transfer-style project, OLD-NAT, labels marked "
    "with * and ★ or abbreviated, a 数量指标 under 效益, a 知晓率 given as a count",
)
def conservation_marks() -> Book:
    b, s = new_book()
    project(s, "海洋哺乳动物保育科普展演", AQUARIUM, funds(wan(70), wan(60), wan(10)),
            ["全年开展保育科普展演360场，发放保育科普读本5000册。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "★数量指标", "保育科普展演场次", "≥360场"),
        (None, "★质量指标", "展演解说词审核通过率", "=100%"),
        (None, "时效", "展演安排公示提前天数", "≥7天"),
        (None, "成本", "单场展演成本", "≤1200元/场"),
        ("*效益指标", "社会效益", "观众保育知识知晓率",
         mk("3200人", "T105", "error", note="a 知晓率 needs a percentage")),
        (None, mk("数量指标", "F105", "error", note="数量指标 belongs to 产出指标"),
         "保育科普读本发放量", "≥5000册"),
        (None, "可持续影响", "保育科普志愿服务机制", "健全"),
        ("*满意度指标", "★服务对象满意度", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "yf05-coral-three-years",
    (8,),
    "three-year project, NAT-2021, two-row header with "
    "中期 and 年度 value columns, annual counts below the period, rates equal (correct)",
)
def coral_three_years() -> Book:
    b, s = new_book()
    project(s, "海洋馆珊瑚保育科普展区提升", AQUARIUM,
            funds_two((wan(450), wan(400), wan(50)), (wan(150), wan(130), wan(20))),
            ["三年建成珊瑚保育科普展区3个，累计接待参观60万人次。",
             "2025年建成首个珊瑚保育科普展区，举办珊瑚科普讲座60场。"],
            years=3, attr="新增项目")  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "珊瑚保育科普展区建设数量", "≥3个", "≥1个"),
        (None, None, "珊瑚科普讲座场次", "≥180场", "≥60场"),
        (None, "质量指标", "展项验收合格率", "=100%", "=100%"),
        (None, "时效指标", "展区建成开放时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个展区建设成本", "≤120万元/个", "≤120万元/个"),
        ("效益指标", "社会效益指标", "珊瑚保育展区参观人次", "≥60万人次", "≥15万人次"),
        (None, "生态效益指标", "人工繁育珊瑚移植存活率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("yf06-polar-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: the "
         "年度目标 copied from the 中期目标, two cumulative counts copied into 年度")  # fmt: skip
def polar_copied() -> Book:
    b, s = new_book()
    goal = "完成极地动物科普馆12项展项改造，开展极地科普研学活动200场。"
    project(s, "海洋馆极地动物科普馆改造", AQUARIUM,
            funds_two((wan(320), wan(300), wan(20)), (wan(180), wan(160), wan(20))),
            [goal, mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")],
            years=2)  # fmt: skip
    copied = "a cumulative count of a two-year project copied from 中期"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "极地动物科普展项改造数量", "≥12项",
         mk("≥12项", "D202", "warning", note=copied)),
        (None, None, "极地科普研学活动场次", "≥200场",
         mk("≥200场", "D202", "warning", note=copied)),
        (None, "质量指标", "改造展项验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个展项改造成本", "≤12万元/项", "≤12万元/项"),
        ("效益指标", "社会效益指标", "极地科普馆参观人次", "≥40万人次", "≥20万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
