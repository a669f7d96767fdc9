"""Bilingual signage (汉字与民族文字双语标识): kbv07–kbv12."""

from __future__ import annotations

from tests.variants.holdout740.common import (
    YEAR,
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout740.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbv07-signs-operator-column", (1, 11),
         "project, OLD-NAT, operator column and unit column, typed percents, a 下降率 with ≥ "
         "and 0起 on an incident count (correct)")  # fmt: skip
def signs_operator_column() -> Book:
    goal = ("对城区主干道、12个乡镇政府驻地和民族村寨的公共场所标识进行汉字与民族文字双语规范化"
            "设置，新设和更换双语标识牌500块，译写错误率比上年下降50%。")  # fmt: skip
    b, s = project("公共场所双语标识规范化设置项目", one_year(120, 100, 20), [goal])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新设和更换双语标识牌", "≥", 500, "块"),
        (None, None, "覆盖乡镇数量", "≥", 12, "个"),
        (None, "质量指标", "双语标识译写准确率", "≥", pct(0.98), "%"),
        (None, None, "标识牌安装验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "标识牌安装完成时限", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单块标识牌制作安装成本", "≤", wan(0.2), "万元/块"),
        ("效益指标", "社会效益指标", "双语标识译写错误率下降率", "≥", pct(0.5), "%"),
        (None, None, "标识牌坠落伤人安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "标识牌日常维护管理机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "各族群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "杨光福", "0871-6620417")
    return b


@variant("kbv08-signs-abbreviated-tiers", (5,),
         "project, NAT-2021, abbreviated tier labels (产出, 数量 …): a quality rate under 时效, "
         "the sign count given twice with different values")  # fmt: skip
def signs_abbreviated_tiers() -> Book:
    goal = "在8个乡镇集镇设置双语道路指示牌和公共服务场所标识牌共600块，完成民族文字译写审定。"
    b, s = project("乡镇集镇双语标识设置项目", one_year(80, 80, 0), [goal])
    indicators(s, HEAD4, [
        ("产出", "数量", "设置双语标识牌数量", "≥600块"),
        (None, None, "完成译写审定乡镇数", "≥8个"),
        (None, "质量", "标识牌安装验收合格率", "≥95%"),
        (None, "时效", "标识牌设置完成时间", "2025年10月31日前"),
        (None, None, mk("民族文字译写准确率", "F201", "warning", row=True,
                        note="译写准确率是质量指标，却填在时效下"), "≥98%"),
        ("成本", "经济成本", "单块标识牌平均成本", "≤1200元/块"),
        ("效益", "社会效益", "群众出行问路便利程度", "明显提升"),
        (None, "可持续影响", "设置双语标识牌数",
         mk("≥500块", "D102", "error", row=True, alt=("D103", "D104", "F201"),
            note="与数量指标“设置双语标识牌数量 ≥600块”是同一指标，数值不同；年度目标写600块")),
        ("满意度", "服务对象满意度", "各族群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbv09-signs-two-years-points", (8, 10),
         "two-year project, NAT-2021, tier points in the labels and indicator points in a 分值 "
         "column (100 both ways), 中期 and 年度 columns, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def signs_two_years_points() -> Book:
    period = ("2025—2026年完成全县18个乡镇、46个民族村寨双语标识规范化设置，累计设置双语标识牌"
              "1200块，为2027年全县推广民族文字公共服务标识积累经验。")  # fmt: skip
    annual = "2025年完成10个乡镇双语标识设置，设置双语标识牌700块，译写规范率提高5个百分点。"
    b, s = project("全县双语标识规范化两年行动项目", multi_year((260, 220, 40), (140, 120, 20)),
                   [period, annual], years=2)  # fmt: skip
    s.ws.column_dimensions["D"].width = 8
    indicators(s, ("一级指标", "二级指标", "三级指标", "分值", "中期指标值", "年度指标值"), [
        ("产出指标（50分）", "数量指标", "设置双语标识牌数量", 15, "≥1200块", "≥700块"),
        (None, None, "完成设置乡镇数量", 10, "≥18个", "≥10个"),
        (None, "质量指标", "双语标识译写规范率", 10, pct(0.98), pct(0.98)),
        (None, "时效指标", "设置任务完成时间", 15, "2026年11月30日前", "2025年11月30日前"),
        ("成本指标（20分）", "经济成本指标", "单块标识牌综合成本", 20, "≤0.2万元/块",
         "≤0.2万元/块"),
        ("效益指标（20分）", "社会效益指标", "译写规范率较上年提高", 10, "≥8百分点", "≥5百分点"),
        (None, "可持续影响指标", "双语标识长效管护机制", 10, "健全", "建立并执行"),
        ("满意度指标（10分）", "服务对象满意度指标", "各族群众满意度", 10, pct(0.9), pct(0.9)),
    ])  # fmt: skip
    s.row("合计", None, None, 100, None, None, merge=[(1, 3)])
    return b


@variant("kbv10-signs-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a template example row left in, a value without "
         "a name, a tier-2 left empty")  # fmt: skip
def signs_template_rows() -> Book:
    goal = "为县城12个政务服务窗口和8所民族中小学设置双语导视标识，共设置导视牌320块。"
    b, s = project("政务窗口和民族学校双语导视标识项目", one_year(45, 45, 0), [goal])
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "设置双语导视牌数量", "≥320块"),
        (None, None, "覆盖政务服务窗口", "≥12个"),
        (None, None, "（示例）设置XX标识牌数量",
         mk("≥**块", "X101", "error", row=True, note="模板的示例行没有删除")),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"),
         "≥95%"),
        (None, "时效指标", "导视牌安装完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单块导视牌制作成本", "≤1400元/块"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板留下的二级指标，未填"),
         None, None),
        ("效益指标", "社会效益指标", "民族学生和群众办事便利度", "提升"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbv11-signs-second-sheet", (4, 7),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值, the "
         "header repeated after a page break, 注 lines explaining a total (correct)")  # fmt: skip
def signs_second_sheet() -> Book:
    goal = "组织民族语文专家审定全县公共标识民族文字译写1500条，建立双语标识译写规范词库1部。"
    b, _ = project("公共标识民族文字译写审定项目", one_year(30, 30, 0), [goal], sheet="项目信息")
    t = b.sheet("绩效指标", (16, 20, 30, 20))
    t.title(f"{YEAR}年度公共标识民族文字译写审定项目绩效指标", 4)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, head, [
        ("产出指标", "数量指标", "审定标识译写条目", "≥1500条"),
        (None, None, "编制双语标识译写规范词库", "≥1部"),
        (None, "质量指标", "译写审定准确率", "≥99%"),
        (None, "时效指标", "译写审定完成时间", "2025年8月31日前"),
    ])  # fmt: skip
    indicators(t, head, [
        ("成本指标", "经济成本指标", "每条译写审定费用", "≤200元/条"),
        ("效益指标", "社会效益指标", "公共标识民族文字使用规范程度", "明显提高"),
        (None, "可持续影响指标", "译写规范词库更新维护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "标识设置单位满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, ["注：1.审定条目1500条含存量标识1100条、新设标识400条。",
              "2.每条审定费用按专家审定、校对和复核三道工序测算。",
              "填表说明：指标值依据《磐岫县民族语文工作规划》设定。"], width=4)  # fmt: skip
    return b


@variant("kbv12-signs-department-money", (12,),
         "department, NAT-2021: 资金总额 not the sum of its sources, tasks not adding to "
         "金额合计, the goal's sign count against the indicator")  # fmt: skip
def signs_department_money() -> Book:
    goal = ("目标1：全年新设和更换双语标识牌800块；目标2：扶持6个民族村寨发展特色产业；"
            "目标3：举办民族文化节，参演队伍不少于30支。")  # fmt: skip
    total = mk(wan(860), "B101", "error", note="财政拨款 800 + 其他资金 50 = 850 ≠ 860")
    b, s = department((total, 800, 50, 340, 520), [
        ("双语标识更新", "新设和更换城区、乡镇双语标识牌", 220, "标识牌≥800块"),
        ("特色村寨产业扶持", "扶持6个民族村寨发展特色产业", 180, "扶持村寨≥6个"),
        ("民族文化节", "举办民族文化节", 130, "参演队伍≥30支"),
        ("金额合计", None, mk(wan(520), "B102", "error", note="220+180+130 = 530 ≠ 520"), None),
    ], goal)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新设和更换双语标识牌",
         mk("≥500块", "D104", "warning", row=True, note="年度总体目标写800块")),
        (None, None, "扶持特色村寨数量", "≥6个"),
        (None, None, "民族文化节参演队伍", "≥30支"),
        (None, "质量指标", "双语标识译写准确率", "≥98%"),
        (None, "时效指标", "产业扶持资金拨付时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单块标识牌平均成本", "≤0.25万元/块"),
        ("效益指标", "社会效益指标", "创建民族团结进步示范村寨", "≥2个"),
        ("满意度指标", "服务对象满意度指标", "各族群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨光福", "0871-6620417")
    return b
