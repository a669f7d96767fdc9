"""Archery ranges (射箭): notes, page breaks, tier labels, header words (vs07–vs12)."""

from __future__ import annotations

from tests.variants.holdout373.common import (
    TIERED,
    YEAR,
    book,
    department,
    header,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout373.registry import variant
from tests.variants.kit import Book, day, mk

DEPT = "梧桥县文化广电体育局 215"
RANGE = "梧桥县体育场馆管理所"


@variant("vs07-range-notes", (4,), "project, OLD-NAT, one value column: a 注 row between tiers, "
         "a footnote explaining a total, 填表说明 and signature lines (correct)")  # fmt: skip
def range_notes() -> Book:
    b, s = book()
    project(s, "体育公园射箭场靶位改造", DEPT, RANGE, wan(28), wan(28), wan(0),
            "改造射箭场靶位和防护网，全年安全开放。")  # fmt: skip
    header(s, *TIERED)
    indicators(s, [
        ("产出指标", "数量指标", "改造标准靶位", "≥12个"),
        (None, None, "更换草靶", "≥40个"),
        (None, "质量指标", "防护网完好率", "≥98%"),
        (None, "时效指标", "改造完成时间", "2025年6月30日前"),
        (None, "成本指标", "单个靶位改造费用", "≤1.5万元/个"),
    ])  # fmt: skip
    s.row("注：以下效益指标按射箭场全年开放统计。", merge=[(1, 4)])
    indicators(s, [
        ("效益指标", "社会效益指标", "射箭体验服务人次", "≥8000人次"),
        (None, None, "射箭误伤事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "射箭爱好者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：改造标准靶位12个，其中18米靶位8个、30米靶位4个。",
          "填表说明：指标值应填写比较符、数值和计量单位。", width=4)  # fmt: skip
    signature(s, "韦晓岚", "0774-6231 0958", day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：")
    return b


@variant("vs08-range-page-break", (4, 12), "department, NAT-2021, weight column, subtotal rows "
         "and a header repeated after a page break: budget and task totals "
         "that do not add up")  # fmt: skip
def range_page_break() -> Book:
    b, s = book()
    total = mk(wan(500), "B101", "error", row=True, note="320 + 200 = 520, not 500")
    tasks = [
        ("室外射箭场改造", "靶道、防护网、遮阳棚改造", wan(80), "新增靶道6条"),
        ("攀岩馆安全提升", "岩壁检测、保护装备更新", wan(70), "安全事故为0"),
        ("全民健身赛事", "攀岩、射箭公开赛", wan(40), "办赛4场"),
        ("金额合计", None, mk(wan(200), "B102", "error", row=True, note="80+70+40 = 190"), None),
    ]
    department(s, "梧桥县体育场馆管理所", (total, wan(450), wan(50), wan(320), wan(200)),
               "保障场馆全年安全开放，办好群众性攀岩射箭赛事。", tasks)  # fmt: skip
    cols = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    header(s, *cols)
    indicators(s, [
        ("产出指标", "数量指标", "新增射箭靶道", "≥6条", 15),
        (None, None, "举办攀岩射箭公开赛", "≥4场", 15),
        (None, "质量指标", "岩壁年度检测合格率", "≥98%", 10),
        (None, "时效指标", "靶道改造完成时间", "2025年9月30日前", 10),
    ])  # fmt: skip
    s.row(None, None, "产出指标小计", None, 50)
    s.skip()
    header(s, *cols)
    indicators(s, [
        ("成本指标", "经济成本指标", "单条靶道改造费用", "≤12万元/条", 10),
        ("效益指标", "社会效益指标", "场馆年服务人次", "≥90000人次", 15),
        (None, "可持续影响指标", "场馆设施完好率", "≥95%", 15),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row(None, None, "合计", None, 100)
    return b


@variant("vs09-archery-tiers", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标) and an indicator score column, "
         "both 100 (correct)")  # fmt: skip
def archery_tiers() -> Book:
    b, s = book()
    project(s, "青少年射箭训练基地器材购置", DEPT, RANGE, wan(45), wan(40), wan(5),
            "购置训练用弓箭和靶具，保障青少年射箭训练。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "购置反曲弓", "≥60把", 15),
        (None, "（二）质量指标", "器材验收合格率", "≥98%", 15),
        (None, "（三）时效指标", "器材到位时间", "2025年4月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "反曲弓采购单价", "≤0.35万元/把", 10),
        (None, None, "训练用箭采购单价", "≤0.012万元/支", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "年训练青少年人次", "≥6000人次", 10),
        (None, None, "输送市级射箭集训队员", "≥8人", 10),
        (None, "（二）可持续影响指标", "器材使用年限", "≥5年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "学员满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值合计100分，三级指标分值合计100分。训练用箭1200支。", width=5)
    return b


@variant("vs10-tier-wrong", (5, 10), "project, NAT-2021, abbreviated tier labels with points: a "
         "tier-2 under the wrong tier-1, a tier score its indicators do not add up to")  # fmt: skip
def tier_wrong() -> Book:
    b, s = book()
    project(s, "室外射箭场靶道建设", DEPT, RANGE, wan(36), wan(36), wan(0),
            "新建室外射箭靶道6条。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    parent = mk("社会效益指标", "F105", "error", note="社会效益指标 belongs under 效益指标")
    score = mk("效益（30分）", "W103", "error", note="10 + 10 + 5 = 25, not 30")
    b.file_mark("W101", "error", required=False, note="indicator points add to 95")
    indicators(s, [
        ("产出（40分）", "数量", "新建射箭靶道", "≥6条", 10),
        (None, "★质量", "靶道验收合格率", "≥95%", 10),
        (None, parent, "射箭运动参与人次", "≥5000人次", 10),
        (None, "时效", "靶道完工时间", "2025年10月31日前", 10),
        ("成本（20分）", "经济成本", "单条靶道建设费", "≤5万元/条", 20),
        (score, "社会效益", "承办区级射箭赛事", "≥2场", 10),
        (None, None, "青少年射箭体验人次", "≥1500人次", 5),
        (None, "可持续影响", "靶道设计使用年限", "≥10年", 10),
        ("满意度（10分）", "服务对象满意度", "射箭爱好者满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("vs11-header-words", (7,), "project, OLD-NAT, two-row header 考核指标 / 绩效标准 over "
         "指标内容 and 目标值（年度）, a unit column (correct)")  # fmt: skip
def header_words() -> Book:
    b, s = book()
    project(s, "射箭场夜间照明改造", DEPT, RANGE, wan(52), wan(52), wan(0),
            "改造射箭场夜间照明，延长夜间开放时间。")  # fmt: skip
    s.row("考核指标", None, None, "绩效标准", None, merge=[(1, 3), (4, 5)])
    header(s, "一级指标", "二级指标", "指标内容", "目标值（年度）", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "更换LED照明灯具", "≥64", "套"),
        (None, "质量指标", "靶道照度达标率", "≥95%", "%"),
        (None, "时效指标", "改造完工时间", "2025年5月31日前", None),
        (None, "成本指标", "单套灯具购置安装费", "≤0.7", "万元/套"),
        ("效益指标", "社会效益指标", "夜间开放时长", "≥3", "小时/日"),
        (None, "经济效益指标", "年节约用电量", "≥8000", "千瓦时"),
        ("满意度指标", "服务对象满意度指标", "夜间射箭爱好者满意度", "≥90%", "%"),
    ])  # fmt: skip
    return b


@variant("vs12-second-sheet", (7, 6, 13), "project: head on the first sheet, indicators on a "
         "second sheet under 预期实现值: an empty tier-2, a value without a name, "
         "a rate as count")  # fmt: skip
def second_sheet() -> Book:
    b, s = book("项目信息")
    project(s, "老年人射箭康体课程", DEPT, RANGE, wan(18), wan(15), wan(3),
            "面向老年人开设射箭康体课程。")  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 20))
    t.title("绩效指标表", 4)
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值")
    empty = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    nameless = mk(None, "F110", "error", note="value ≥95% without an indicator name")
    count = mk("≥20人次", "T105", "error", note="a 出勤率 needs a percentage")
    indicators(t, [
        ("产出指标", "数量指标", "开设康体课程", "≥24期"),
        (None, "质量指标", "射箭课程出勤率", count),
        (None, None, nameless, "≥95%"),
        (None, empty, None, None),
        (None, "成本指标", "每期课程费用", "≤0.6万元/期"),
        ("效益指标", "社会效益指标", "参与老年人", "≥480人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b
