"""The children's reading programme: points at two levels, template rows, header words,
conversion artefacts and a two-year run (kao13-kao18)."""

from __future__ import annotations

from tests.variants.holdout707.common import HEAD5, indicators, notes, project_book, sign, wan
from tests.variants.holdout707.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "榆岭县文化和旅游局 318"
UNIT = "榆岭县图书馆少儿部"
POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("kao13-reading-points", (10, 5),
         "project, NAT-2021, tier-1 scores and indicator scores both adding to 100, a rate raised "
         "in 百分点 (correct)")  # fmt: skip
def reading_points() -> Book:
    b, s = project_book(
        year=2025,
        name="暑期少儿阅读营",
        dept=DEPT,
        unit=UNIT,
        money=[("资金总额", wan(30), "其中：财政拨款", wan(25)), ("其他资金", wan(5), None, None)],
        goals=["暑期开设少儿阅读营24期，带动少儿持证读者借阅率提高3个百分点以上。"],
    )
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "阅读营开营期数", "≥24期", 20),
        (None, None, None, "参与少儿人数", "≥1200人", 10),
        (None, None, "质量指标", "结营阅读测评合格率", "≥95%", 10),
        (None, None, "时效指标", "阅读营按期开营率", "=100%", 10),
        ("成本指标", 10, "经济成本指标", "每期阅读营成本", "≤1.2万元/期", 10),
        ("效益指标", 30, "社会效益指标", "少儿持证读者借阅率", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "家庭阅读习惯养成", "有效提升", 15),
        ("满意度指标", 10, "服务对象满意度指标", "家长满意度", pct(0.92), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "苏砚秋", "0571-6603150", day(2024, 11, 19))
    return b


@variant("kao14-reading-points-wrong", (10,),
         "project, NAT-2021, tier-1 scores against the indicator scores under them, a goal count "
         "above the indicator's")  # fmt: skip
def reading_points_wrong() -> Book:
    b, s = project_book(
        year=2025,
        name="亲子共读推广",
        dept=DEPT,
        unit=UNIT,
        money=[("资金总额", wan(24), "其中：财政拨款", wan(24)), ("其他资金", wan(0), None, None)],
        goals=["全年举办亲子共读活动60场，服务家庭1500户。"],
    )
    out = mk(50, "W103", "error", note="其下指标分值 20 + 15 + 10 = 45")
    eff = mk(30, "W103", "error", note="其下指标分值 20 + 15 = 35")
    fewer = mk("≥50场", "D104", "warning", row=True, note="年度绩效目标写60场")
    indicators(s, POINTS, [
        ("产出指标", out, "数量指标", "亲子共读活动场次", fewer, 20),
        (None, None, None, "服务家庭户数", "≥1500户", 15),
        (None, None, "质量指标", "活动方案审核通过率", "=100%", 10),
        ("成本指标", 10, "经济成本指标", "单场活动成本", "≤0.4万元/场", 10),
        ("效益指标", eff, "社会效益指标", "参与家庭月均借阅册数", "≥4册", 20),
        (None, None, "可持续影响指标", "亲子阅读志愿者队伍", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参与家庭满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "苏砚秋", "0571-6603150", day(2024, 11, 21))
    return b


@variant("kao15-reading-template-rows", (6, 13, 5),
         "project, NAT-2021, header 预期目标, tier labels with points: a value without a name, a "
         "count under 质量")  # fmt: skip
def reading_template_rows() -> Book:
    b, s = project_book(
        year=2025,
        name="校园阅读指导",
        dept=DEPT,
        unit=UNIT,
        money=[("资金总额", wan(18), "其中：财政拨款", wan(18)), ("其他资金", wan(0), None, None)],
        goals=["为全县小学培训阅读指导教师60人，开展阅读指导课120节。"],
    )
    nameless = mk(None, "F110", "error", note="质量指标下一行只有指标值，没有三级指标名称")
    count = mk("≥60人", "F201", "warning", row=True, note="培训人数是数量指标，填在质量指标下")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标（50分）", "数量指标", "阅读指导课节数", "≥120节"),
        (None, "质量指标", "阅读指导教师培训人数", count),
        (None, None, nameless, "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年8月31日前"),
        ("成本指标（10分）", "经济成本指标", "人均培训成本", "≤1500元/人"),
        ("效益指标（30分）", "社会效益指标", "参与学生课外阅读时长", "≥30分钟/天"),
        ("满意度指标（10分）", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏砚秋", "0571-6603150", day(2024, 11, 21))
    return b


@variant("kao16-reading-headers", (7, 1),
         "project, OLD-NAT, two-row header 考核指标 / 目标值（年度） / 评价标准, a goal total "
         "with its part in brackets (correct)")  # fmt: skip
def reading_headers() -> Book:
    b, s = project_book(
        year=2026,
        name="少儿阅读推广人培育",
        dept=DEPT,
        unit=UNIT,
        money=[("资金总额", wan(12), "其中：财政拨款", wan(10)), ("其他资金", wan(2), None, None)],
        goals=["培训阅读推广人40名（其中志愿者25名），开展社区绘本故事会100场。"],
    )
    s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    indicators(s, ("一级指标", "二级指标", "三级指标", None, None), [
        ("产出指标", "数量指标", "阅读推广人培训人数", "≥40名", "达到得满分，每少1人扣0.5分"),
        (None, None, "志愿者阅读推广人培训人数", "≥25名", "达到得满分"),
        (None, None, "社区绘本故事会场次", "≥100场", "每少5场扣1分"),
        (None, "质量指标", "培训考核合格率", pct(0.9), "低于目标不得分"),
        (None, "时效指标", "培训完成时间", "2026年6月30日前", "逾期不得分"),
        (None, "成本指标", "人均培训成本", "≤500元/人", "超标不得分"),
        ("效益指标", "社会效益指标", "故事会参与儿童人次", "≥3000人次", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "参与家庭满意度", "≥90%", "按比例得分"),
    ])  # fmt: skip
    sign(s, "苏砚秋", "0571-6603150", day(2025, 11, 24))
    return b


@variant("kao17-reading-artefacts-wrong", (9,),
         "project, OLD-NAT, one value column: a date pasted as a serial in a text cell, a goal "
         "count of schools the indicator lowers")  # fmt: skip
def reading_artefacts_wrong() -> Book:
    b, s = project_book(
        year=2025,
        name="班级图书角共建",
        dept=DEPT,
        unit=UNIT,
        money=[("资金总额", wan(20), "其中：财政拨款", wan(20)), ("其他资金", wan(0), None, None)],
        goals=["与全县12所小学共建班级图书角，每所学校配书2000册。"],
    )
    fewer = mk("≥10所", "D104", "warning", row=True, note="年度绩效目标写12所小学")
    serial = mk("45838", "X104", "warning", note="日期粘贴成序列号（2025-07-01）的文本")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "共建学校数量", fewer),
        (None, None, "配送图书册数", "≥2.4万册"),
        (None, "质量指标", "配送图书完好率", "≥98%"),
        (None, "时效指标", "图书角建成时间", serial),
        (None, "成本指标", "单册图书采购成本", "≤8元/册"),
        ("效益指标", "社会效益指标", "学生人均借阅册数", "≥10册"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏砚秋", "0571-6603150", day(2024, 11, 26))
    return b


@variant("kao18-reading-two-year", (8, 4),
         "two-year project, NAT-2021, 中期 and 年度 columns, a later year the work prepares for, "
         "注 rows under the table (correct)")  # fmt: skip
def reading_two_year() -> Book:
    b, s = project_book(
        year=2025, years=2, name="乡村少儿阅读点建设", dept=DEPT, unit=UNIT, attr="新增项目",
        money=[("中期资金总额", wan(64), "年度资金总额", wan(30)),
               ("其中：财政拨款", wan(30), "其他资金", wan(0))],
        goals=["两年建成乡村少儿阅读点30个，为2027年全县推广积累经验。",
               "本年度建成乡村少儿阅读点14个，开展阅读活动140场。"],
    )  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "乡村少儿阅读点建成数量", "≥30个", "≥14个"),
        (None, None, "阅读活动场次", "≥300场", "≥140场"),
        (None, "质量指标", "阅读点验收合格率", "100%", "100%"),
        (None, "时效指标", "年度阅读点建成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单个阅读点建设成本", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "乡村少儿借阅人次", "≥4万人次", "≥1.8万人次"),
        (None, "可持续影响指标", "阅读点志愿管理员制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "乡村家长满意度", "≥90%", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：阅读点按每点2万元标准建设，含书架与首批图书。",
          "说明：中期指标值为2025—2026年累计数。")  # fmt: skip
    sign(s, "苏砚秋", "0571-6603150", day(2024, 11, 28))
    return b
