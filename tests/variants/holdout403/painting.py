"""Chinese-painting public classes (国画公益课堂): returns ww07 to ww12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout403.common import (
    book,
    detail,
    funds,
    funds_period,
    header,
    indicators,
    note,
    signature,
)
from tests.variants.holdout403.registry import variant
from tests.variants.kit import Book, mk

DEPT = "墨川市文化和旅游局（406）"
UNIT = "墨川市群众艺术馆"


@variant("ww07-ink-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts "
         "copied into 年度, one annual count above its period count")  # fmt: skip
def ww07() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="国画传承公益课堂三年计划", dept=DEPT, unit=UNIT,
                 money=funds_period((90, 78, 12), (30, 26, 4)),
                 goals=["三年开设国画公益课堂24期，培训学员1200人次，举办结业画展3场。",
                        "2026年开设8期，培训学员400人次，举办结业画展1场。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    copied = "年度值照抄中期累计值，与年度目标（8期、400人次）不符"
    indicators(s, [
        ("产出指标", "数量指标", "国画公益课堂开班期数", "≥24期",
         mk("≥24期", "D202", "warning", note=copied)),
        (None, None, "培训学员人次", "≥1200人次", mk("≥1200人次", "D202", "warning", note=copied)),
        (None, None, "写生采风活动场次", "≥6场",
         mk("≥9场", "D201", "error", note="年度 9 场大于三年合计 6 场")),
        (None, None, "结业画展场次", "≥3场", "≥1场"),
        (None, "质量指标", "学员结业率", "≥85%", "≥85%"),
        (None, "时效指标", "课程完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "学员人均培训成本", "≤200元/人次", "≤200元/人次"),
        ("效益指标", "社会效益指标", "学员作品入选县级以上展览件数", "≥60件", "≥20件"),
        (None, "可持续影响指标", "国画课堂师资库人数", "≥15人", "≥10人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "闻溪亭", "0745-3307216")
    return b


@variant("ww08-ink-two-year", (8, 7),
         "two-year project, NAT-2021, two-row header (指标值 over 中期 and 年度), annual counts "
         "below the period counts, rates and unit costs equal, a 2027 date (correct)")  # fmt: skip
def ww08() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="乡村国画公益课堂", dept=DEPT,
                 unit="墨川市松坪镇综合文化站",
                 money=funds_period((36, 30, 6), (18, 15, 3)),
                 goals=["两年在8个村开设国画公益课堂，培训村民800人次，创作文化墙400平方米。",
                        "2026年在4个村开课，培训村民400人次，创作文化墙200平方米。"])  # fmt: skip
    top = header(s, "一级指标", "二级指标", "三级指标", "指标值", None)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    header(s, None, None, None, "中期（2026—2027年）", "年度（2026年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    indicators(s, [
        ("产出指标", "数量指标", "国画公益课堂开设村数", "≥8个", "≥4个"),
        (None, None, "培训村民人次", "≥800人次", "≥400人次"),
        (None, "质量指标", "结业作品合格率", "≥90%", "≥90%"),
        (None, "时效指标", "课程完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "生均课时成本", "≤60元/课时", "≤60元/课时"),
        ("效益指标", "社会效益指标", "乡村文化墙国画创作面积", "≥400平方米", "≥200平方米"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "柯远帆", "0745-3352098")
    return b


@variant("ww09-ink-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below: a 财政拨款 split by a space, "
         "an amount pasted twice, the end date as a date serial in a text cell")  # fmt: skip
def ww09() -> Book:
    b, s = book()
    split = mk("18.356 0", "X105", "warning", alt=("X103",), note="读作 18.3560")
    project_head(s, year=2026, name="工笔花鸟公益课堂", dept=DEPT, unit=UNIT,
                 money=funds(21.256, split, 2.9),
                 end=mk("46387", "X104", "warning", note="日期序列号 = 2026-12-31"),
                 goals=["开设工笔花鸟课堂160课时，培训学员200人次，展出作品80幅。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "工笔花鸟课堂课时", "≥160课时"),
        (None, None, "培训学员人次", "≥200人次"),
        (None, "质量指标", "学员结业率", "≥85%"),
        (None, "时效指标", "结业画展举办时间", "12月20日前"),
        (None, "成本指标", "授课教师课酬标准", "≤600元/课时"),
        ("效益指标", "社会效益指标", "结业画展展出作品数", "≥80幅"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("3.6万3.6万", "X106", "error", alt=("B108",), note="3.6 万粘贴了两次")
    detail(s, [("授课教师课酬", 9.6, "600元/课时×160课时"), ("宣纸、墨及颜料", twice),
               ("装裱及布展", 4.2), ("场地及设备租赁", 3.856)], 21.256)  # fmt: skip
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ww10-ink-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), "
         "a share raised in 百分点 (correct)")  # fmt: skip
def ww10() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 8))
    project_head(s, year=2026, name="青少年写意国画公益课堂", dept=DEPT, unit=UNIT,
                 money=funds(9.8, 9.8, 0),
                 goals=["开设写意国画课堂6期，培训青少年240人次，作品参展比例提高。"])  # fmt: skip
    header(s, *POINTS_HEAD)
    indicators(s, [
        ("产出指标", 40, "数量指标", "写意课堂开班期数", "≥6期", 10),
        (None, None, None, "培训青少年人次", "≥240人次", 10),
        (None, None, "质量指标", "结业作品合格率", "≥90%", 10),
        (None, None, "时效指标", "课程完成时间", "11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "生均培训成本", "≤250元/人次", 10),
        ("效益指标", 30, "社会效益指标", "学员作品参展比例较上年提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "课堂品牌延续年限", "≥3年", 15),
        ("满意度指标", 20, "服务对象满意度指标", "学员满意度", "≥92%", 10),
        (None, None, None, "家长满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "闻溪亭", "0745-3307216")
    return b


@variant("ww11-ink-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against indicator scores: two tiers do not add "
         "up (totals both 100), a deadline given as a percentage")  # fmt: skip
def ww11() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 8))
    project_head(s, year=2026, name="山水画写生公益课堂", dept=DEPT, unit=UNIT,
                 money=funds(11.5, 10.0, 1.5),
                 goals=["开设山水画写生课堂5期，培训学员150人次，举办作品展1场。"])  # fmt: skip
    header(s, *POINTS_HEAD)
    indicators(s, [
        ("产出指标", mk(50, "W103", "error", note="其下 15+10+10+10 = 45"), "数量指标",
         "写生课堂开班期数", "≥5期", 15),
        (None, None, None, "培训学员人次", "≥150人次", 10),
        (None, None, "质量指标", "写生作品合格率", "≥90%", 10),
        (None, None, "时效指标", "写生作品展举办时间",
         mk("100%", "T113", "warning", note="时间类指标应写期限，如 10月31日前"), 10),
        ("成本指标", 10, "经济成本指标", "人均写生采风成本", "≤600元/人次", 10),
        ("效益指标", mk(20, "W103", "error", note="其下 15+10 = 25"), "社会效益指标",
         "写生作品进社区展出场次", "≥3场", 15),
        (None, None, "可持续影响指标", "写生基地共建数", "≥2个", 10),
        ("满意度指标", 20, "服务对象满意度指标", "学员满意度", "≥90%", 10),
        (None, None, None, "合作基地满意度", "≥85%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "甘听松", "0745-3307233")
    return b


@variant("ww12-ink-second-sheet", (7,),
         "project: head on the first sheet, the table on a second sheet under 指标内容 and "
         "绩效标准, OLD-NAT, a 下降率 with ≥ (correct)")  # fmt: skip
def ww12() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2026, name="写意花鸟公益课堂", dept=DEPT, unit=UNIT,
                 money=funds(15.2, 13.2, 2.0),
                 goals=["开设写意花鸟课堂8期，培训学员320人次，缺课人次比上年减少。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18))
    t.title("写意花鸟公益课堂绩效指标", 4)
    header(t, "一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(t, [
        ("产出指标", "数量指标", "写意花鸟课堂开班期数", "≥8期"),
        (None, None, "培训学员人次", "≥320人次"),
        (None, "质量指标", "学员缺课人次下降率", "≥5%"),
        (None, "时效指标", "课程完成时间", "12月15日前"),
        (None, "成本指标", "每期课堂成本", "≤1.9万元/期"),
        ("效益指标", "社会效益指标", "学员作品社区展示次数", "≥4次"),
        (None, "可持续影响指标", "花鸟课堂教材编印", "≥1册"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    note(t, "说明：缺课人次下降率 =（上年缺课人次 − 本年缺课人次）÷ 上年缺课人次。", 4)
    return b
