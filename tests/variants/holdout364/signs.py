"""Returns on place-name signs (地名标志: 村名牌, 路名牌, 指位牌): points at two levels, tier
labels as offices write them, a second sheet, template rows left empty."""

from __future__ import annotations

from tests.variants.holdout364.common import PLAIN, book, funds, head, indicators, signature
from tests.variants.holdout364.registry import variant
from tests.variants.kit import YUAN, Book, day, mk

POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("vj07-signs-points", (5, 10), "project, NAT-2021, numbered tier labels with points, "
         "a tier-1 score column and an indicator score column, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def signs_points() -> Book:
    b, s = book()
    head(s, year=2025, name="桐汊乡村级地名标志设置", unit="桐汊乡人民政府",
         money_rows=funds(45, 40, 5),
         goals=["新设村名牌96块、路名牌110块，村庄标准地名导航标注准确。"])  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（50分）", 50, "（一）数量指标", "村名牌新设数量", "≥96块", 10),
        (None, None, None, "路名牌新设数量", "≥110块", 10),
        (None, None, "（二）质量指标", "地名标志设置规范率", "≥98%", 10),
        (None, None, None, "标志信息标准化率比上年提高", "≥5百分点", 10),
        (None, None, "（三）时效指标", "标志安装完成时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", 10, "（一）经济成本指标", "单块村名牌制作安装成本",
         "≤3200元/块", 5),
        (None, None, None, "单块路名牌制作安装成本", "≤1200元/块", 5),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "村庄地名导航标注准确率", "≥95%", 15),
        (None, None, "（二）可持续影响指标", "地名标志管护责任落实率", "=100%", 15),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "村民及来访群众满意度",
         "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "莫青梧", "0779-6852034", day(2024, 11, 18))
    return b


@variant("vj08-signs-points-wrong", (10,), "project, NAT-2021, tier-1 and indicator score "
         "columns: one tier's indicator scores short of its score, a coverage rate given as a "
         "count")  # fmt: skip
def signs_points_wrong() -> Book:
    b, s = book()
    head(
        s,
        year=2025,
        name="石磬乡路名牌更新",
        unit="石磬乡人民政府",
        money_rows=funds(16, 15, 1),
        goals=["更新全乡老旧路名牌80块，路名导航标注准确。"],
    )
    b.file_mark("W101", "error", required=False,
                note="指标分值合计 95：由效益指标的缺口引起，可接受")  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（50分）", 50, "（一）数量指标", "路名牌更新数量", "≥80块", 15),
        (None, None, None, "路名牌设置覆盖率",
         mk("≥120块", "T105", "error", note="覆盖率却填了块数"), 10),
        (None, None, "（二）质量指标", "路名牌安装验收合格率", "≥98%", 15),
        (None, None, "（三）时效指标", "更新完成时间", "2025年11月30日前", 10),
        ("二、成本指标（10分）", 10, "（一）经济成本指标", "单块路名牌更新成本", "≤1500元/块",
         10),
        ("三、效益指标（30分）", mk(30, "W103", "error", note="其下分值 10 + 15 = 25 ≠ 30"),
         "（一）社会效益指标", "路名导航标注准确率", "≥95%", 10),
        (None, None, "（二）可持续影响指标", "路名牌管护制度", "建立并执行", 15),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "沿街群众满意度", "≥90%",
         10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "梁知远", "0779-6903317", day(2024, 11, 25))
    return b


@variant("vj09-signs-labels", (5,), "project, OLD-NAT, tier-1 labels marked * and a ★ core "
         "indicator, abbreviated tier-2 labels, a 0起 incident target, a 备注 column "
         "(correct)")  # fmt: skip
def signs_labels() -> Book:
    b, s = book()
    head(s, year=2026, name="石磬乡乡道地名标志维护", unit="石磬乡人民政府",
         money_rows=funds(13.5, 12, 1.5),
         goals=["维护乡道地名标志260块、补设巷名牌45块，标志完好可辨。"])  # fmt: skip
    indicators(s, (*PLAIN, "备注"), [
        ("*产出指标", "数量", "★乡道地名标志维护数量", "≥260块", "核心指标"),
        (None, None, "村内巷名牌补设数量", "≥45块", ""),
        (None, "质量", "维护后标志完好率", "≥95%", ""),
        (None, None, "维护施工安全责任事故", "0起", "安全底线"),
        (None, "时效", "维护任务完成时间", "2026年11月30日前", ""),
        (None, "成本", "单块标志维护平均成本", "≤400元/块", ""),
        ("*效益指标", "社会效益", "地名标志信息公众查询准确率", "≥95%", ""),
        (None, "可持续影响", "标志巡查周期", "≤90天", ""),
        ("*满意度指标", "服务对象满意度", "沿线群众满意度", "≥90%", ""),
    ])  # fmt: skip
    signature(s, "梁知远", "0779-6903317", day(2025, 10, 9))
    return b


@variant("vj10-signs-wrong-parent", (5,), "project, NAT-2021, numbered labels: a 社会效益 "
         "tier-2 under 产出指标, a completion time given as a percentage")  # fmt: skip
def signs_wrong_parent() -> Book:
    b, s = book()
    head(s, year=2025, name="桐汊乡旅游指位牌设置", unit="桐汊乡人民政府",
         money_rows=funds(18, 16, 2),
         goals=["在景点及村口设置指位牌150块、村名牌40块，游客按标志可达。"])  # fmt: skip
    parent = mk("（四）社会效益指标", "F105", "error", note="社会效益指标属效益指标，不在产出之下")
    indicators(s, PLAIN, [
        ("一、产出指标", "（一）数量指标", "指位牌设置数量", "≥150块"),
        (None, None, "村名牌设置数量", "≥40块"),
        (None, "（二）质量指标", "标志安装验收合格率", "≥98%"),
        (None, "（三）时效指标", "标志安装完成时间",
         mk("100%", "T113", "warning", note="完成时间应是日期或期限")),
        (None, parent, "旅游景点指位牌覆盖率", "≥90%"),
        ("二、成本指标", "（一）经济成本指标", "单块指位牌制作安装成本", "≤800元/块"),
        ("三、效益指标", "（一）可持续影响指标", "指位牌年度巡检次数", "≥2次"),
        ("四、满意度指标", "（一）服务对象满意度指标", "游客及村民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "莫青梧", "0779-6852034", day(2024, 12, 2))
    return b


@variant("vj11-signs-second-sheet", (7, 12), "project: head on 项目基本信息 with money in 元, "
         "the indicator table on a second sheet under 考核指标, 目标值（年度） and a 评价标准 "
         "column (correct)")  # fmt: skip
def signs_second_sheet() -> Book:
    b, s = book("项目基本信息")
    head(s, year=2025, name="鹭坪乡村组地名标志设置", unit="鹭坪乡人民政府",
         money_rows=funds(356000, 320000, 36000, YUAN), money_label="项目资金（元）",
         goals=["为全乡120个村民小组设置地名标志，标准地名普遍使用。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 18, 36))
    t.title("鹭坪乡村组地名标志设置绩效指标", 5)
    rule = "达到目标值得满分，每低1个百分点扣0.5分"
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "新设村组地名标志数量", "≥120块", "每少10块扣1分"),
        (None, "质量指标", "标志内容与标准地名一致率", "=100%", rule),
        (None, "时效指标", "标志安装完成时间", "2025年10月31日前", "每延迟10天扣1分"),
        (None, "成本指标", "单块标志综合成本", "≤2800元/块", "超出不得分"),
        ("效益指标", "社会效益指标", "村组标准地名使用率", "≥95%", rule),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", rule),
    ])  # fmt: skip
    return b


@variant("vj12-signs-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a template "
         "tier-2 left without indicator, a value without a name")  # fmt: skip
def signs_template_rows() -> Book:
    b, s = book()
    head(s, year=2026, name="苍渚镇地名标志二维码加装", unit="苍渚镇人民政府",
         money_rows=funds(5.2, 5.2, 0),
         goals=["为全镇300块地名标志加装二维码，群众扫码可查地名来历。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "地名标志二维码加装数量", "≥300块"),
        (None, "质量指标", "二维码地名信息准确率", "≥98%"),
        (None, "时效指标", "加装完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单块二维码加装成本", "≤150元/块"),
        ("效益指标", "社会效益指标", "扫码查询地名信息人次", "≥5000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), "", ""),
        (None, "可持续影响指标", mk("", "F110", "error", note="有指标值却没有指标名称"), "≥3年"),
        ("满意度指标", "服务对象满意度指标", "扫码用户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "潘如岚", "0779-6243158", day(2025, 10, 20))
    return b
