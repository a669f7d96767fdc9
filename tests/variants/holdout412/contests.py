"""Returns xf01–xf06: the recitation (朗诵) half of the programme: contests, tours, training."""

from __future__ import annotations

from tests.variants.holdout412.common import (
    indicators,
    multi_year,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout412.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HP = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("xf01-contest-points", (1, 5), "project, NAT-2021, numbered tier labels with points, "
         "operator and unit columns, typed percent cells (correct)")  # fmt: skip
def contest_points() -> Book:
    b, s = project("“书香澄川”青少年朗诵大赛", one_year(48, 40, 8),
                   ["举办全省青少年朗诵大赛，覆盖12个赛区，推出优秀朗诵作品60件。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("一、产出指标（50分）", "（一）数量指标", "赛区选拔场次", "≥", 12, "场"),
        (None, None, "参赛选手人数", "≥", 1500, "人"),
        (None, "（二）质量指标", "决赛作品专家评审覆盖率", "=", pct(1), "%"),
        (None, None, "赛事安全责任事故", "=", 0, "起"),
        (None, "（三）时效指标", "赛事按期完成率", "≥", pct(0.95), "%"),
        ("二、成本指标（10分）", "（一）经济成本指标", "单场赛事平均费用", "≤", 2.5, "万元"),
        ("三、效益指标（30分）", "（一）社会效益指标", "线上展播观看人次", "≥", 20, "万人次"),
        (None, "（二）可持续影响指标", "优秀朗诵作品入库数", "≥", 60, "件"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参赛选手满意度", "≥", pct(0.9),
         "%"),
    ])  # fmt: skip
    signature(s, "闻秋岚", "柏亦舟", "0871-6635 2047", day(2025, 11, 18))
    return b


@variant("xf02-tour-defects", (1, 11), "project, OLD-NAT, operators inside the values: a percent "
         "cell above 100, a 反向 error rate with ≥, a cost with =")  # fmt: skip
def tour_defects() -> Book:
    b, s = project("经典诗文朗诵进基层巡演", one_year(36, 30, 6),
                   ["组织经典诗文朗诵巡演40场，服务基层群众8000人次以上。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "巡演场次", "≥40场"),
        (None, None, "受众人次", "≥8000人次"),
        (None, "质量指标", "节目审核通过率", mk(pct(1.05), "T106", "error",
                                             note="通过率 shows 105%: above the ceiling")),
        (None, None, "朗诵台词差错率", mk("≥2%", "T108", "warning", row=True,
                                        note="差错率 is 反向; ≥ sets a floor on errors")),
        (None, "时效指标", "巡演按计划完成率", "≥95%"),
        (None, "成本指标", "单场巡演费用", mk("=0.6万元", "T108", "warning", row=True,
                                          note="= on a cost cap; ≤ meant")),
        ("效益指标", "社会效益指标", "基层读者活动参与率", "提高≥5百分点"),
        (None, "可持续影响指标", "巡演节目库更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xf03-talent-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "annual counts below the period, rates equal, goals differ (correct)")  # fmt: skip
def talent_three_years() -> Book:
    b, s = project("朗诵艺术人才培育计划", multi_year((150, 120, 30), (50, 40, 10)), [
        "2026—2028年培育青年朗诵骨干300人，举办工作坊36期，建成省级朗诵师资库。",
        "2026年培育青年朗诵骨干100人，举办工作坊12期，启动师资库建设。",
    ], years=3, attr="新增项目")  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "培育青年朗诵骨干人数", "≥300人", "≥100人"),
        (None, None, "朗诵工作坊期数", "≥36期", "≥12期"),
        (None, "质量指标", "学员结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "培训计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人", "≤1500元/人"),
        ("效益指标", "社会效益指标", "学员公益朗诵服务场次", "≥90场", "≥30场"),
        (None, "可持续影响指标", "朗诵师资库运行机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


GOAL = "建设少儿诵读经典数字课程200节，配套诵读文本200篇，课程累计点播50万人次。"


@variant("xf04-course-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: an "
         "annual count above its period, a count and the 年度目标 copied from 中期")  # fmt: skip
def course_copied() -> Book:
    b, s = project("少儿诵读经典数字课程建设", multi_year((80, 64, 16), (40, 32, 8)), [
        GOAL, mk(GOAL, "D204", "warning", note="年度目标 copied word for word from 中期目标"),
    ], years=2)  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "录制诵读课程节数", "≥200节",
         mk("≥240节", "D201", "error", note="annual 240 above the period's 200")),
        (None, None, "配套诵读文本篇数", "≥200篇",
         mk("≥200篇", "D202", "warning", note="cumulative count copied into a two-year year")),
        (None, "质量指标", "课程审校合格率", "≥98%", "≥98%"),
        (None, "时效指标", "课程上线及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单节课程制作成本", "≤0.15万元/节", "≤0.15万元/节"),
        ("效益指标", "社会效益指标", "课程累计点播人次", "≥50万人次", "≥20万人次"),
        ("满意度指标", "服务对象满意度指标", "少儿及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xf05-village-points", (10,), "project, NAT-2021, tier-1 and indicator score columns "
         "both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def village_points() -> Book:
    b, s = project("乡村诵读点建设", one_year(60, 50, 10),
                   ["在30个行政村建成乡村诵读点，开展诵读活动240场以上。"])  # fmt: skip
    indicators(s, HP, [
        ("产出指标", 40, "数量指标", "新建乡村诵读点", "≥30个", 15),
        (None, None, None, "诵读活动场次", "≥240场", 10),
        (None, None, "质量指标", "诵读点设备验收合格率", "100%", 10),
        (None, None, "时效指标", "诵读点建成时限", "2026年9月30日前", 5),
        ("成本指标", 20, "经济成本指标", "单个诵读点建设成本", "≤1.5万元/个", 20),
        ("效益指标", 30, "社会效益指标", "村民诵读活动参与率", "提高≥3百分点", 15),
        (None, None, None, "参与诵读村民人次", "≥12000人次", 10),
        (None, None, "可持续影响指标", "诵读点常态化运行比例", "≥90%", 5),
        ("满意度指标", 10, "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("xf06-campus-points-wrong", (10, 12), "project, NAT-2021, tier-1 and indicator score "
         "columns: two tier scores against their indicators, money not adding up")  # fmt: skip
def campus_points_wrong() -> Book:
    b, s = project("朗诵艺术进校园", [
        ["资金总额", mk(wan(45), "B101", "error", row=True, note="38 + 6 = 44, not 45")],
        ["其中：财政拨款", wan(38), "其他资金", wan(6)],
    ], ["走进60所中小学开展朗诵艺术普及课，培训语文教师300人。"])  # fmt: skip
    indicators(s, HP, [
        ("产出指标", mk(50, "W103", "error", note="indicators under it add to 45"),
         "数量指标", "进校园普及课场次", "≥60场", 20),
        (None, None, None, "培训语文教师人数", "≥300人", 10),
        (None, None, "质量指标", "普及课教案审核合格率", "100%", 10),
        (None, None, "时效指标", "普及课学期内完成率", "≥95%", 5),
        ("成本指标", 15, "经济成本指标", "单场普及课费用", "≤0.5万元/场", 15),
        ("效益指标", mk(25, "W103", "error", note="indicators under it add to 30"),
         "社会效益指标", "参与学生人次", "≥18000人次", 20),
        (None, None, "可持续影响指标", "校园朗诵社团新增数", "≥20个", 10),
        ("满意度指标", 10, "服务对象满意度指标", "师生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
