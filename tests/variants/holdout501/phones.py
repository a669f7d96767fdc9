"""Smartphone night classes (手机夜校): aq07–aq12."""

from __future__ import annotations

from tests.variants.holdout501.common import indicators, one_year, project_book
from tests.variants.holdout501.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("aq07-phone-percent-wrong", (1, 9),
         "project, OLD-NAT, operator and unit columns, percentages typed in Excel: one typed "
         "105%, a completion date stored as a serial in a text cell")  # fmt: skip
def aq07() -> Book:
    b, s = project_book(
        name="栖梧镇“银发触网”智能手机夜校", dept="栖梧镇人民政府（305012）",
        unit="栖梧镇老年协会", money_rows=one_year(8.5, 7.0, 1.5),
        goals=["开设手机夜课40场，教会260名老人视频通话、扫码支付和识别诈骗电话。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="合格率显示为105%，超过100%上限")
    serial = mk("45991", "X104", "warning", note="文本单元格里的日期序列号（2025-11-30）")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "手机夜课场次", "≥", 40, "场"),
        (None, None, "参训老人人数", "≥", 260, "人"),
        (None, "质量指标", "学员能独立完成视频通话的比例", "≥", pct(0.9), "%"),
        (None, None, "防诈骗知识测试合格率", "≥", over, "%"),
        (None, "时效指标", "全部课程完成时间", "≤", serial, None),
        (None, "成本指标", "每场授课成本", "≤", 1500, "元/场"),
        ("效益指标", "社会效益指标", "参训老人使用手机挂号缴费人数", "≥", 150, "人"),
        ("满意度指标", "服务对象满意度指标", "参训老人满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("aq08-phone-headers", (7,),
         "project, NAT-2021, two-row header: 考核指标 over the tier columns, 目标值（年度） and a "
         "评价标准 scoring column merged down (correct)")  # fmt: skip
def aq08() -> Book:
    b, s = project_book(
        name="农户手机电商应用夜校", dept="澄潭县商务局（402007）",
        unit="澄潭县电子商务服务中心", money_rows=one_year(15.0, 12.0, 3.0),
        goals=["开设20期手机电商夜校，培训400户农户在手机上开店销售农产品。"])  # fmt: skip
    top = s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    full = "达到目标值得满分，未达到按比例扣分"
    s.table([
        ("产出指标", "数量指标", "手机电商夜校开设期数", "≥20期", "每少1期扣1分"),
        (None, None, "培训农户人数", "≥400户", full),
        (None, "质量指标", "学员独立完成网店商品上架的比例", "≥70%", full),
        (None, "时效指标", "夜校按计划开课率", "≥95%", full),
        ("成本指标", "经济成本指标", "每期培训成本", "≤6000元/期", "超出标准不得分"),
        ("效益指标", "经济效益指标", "参训农户网销农产品销售额增长率", "≥15%", full),
        (None, "社会效益指标", "参训农户用手机缴费挂号的户数", "≥300户", full),
        ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%", "问卷调查结果"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("aq09-phone-direction-wrong", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator in words, bare "
         "numbers and a unit column: two 反向 indicators with 大于等于")  # fmt: skip
def aq09() -> Book:
    b, s = project_book(
        name="葛岭乡老年人手机防诈骗夜校", dept="葛岭乡人民政府（305021）",
        unit="葛岭乡综治中心", money_rows=one_year(5.2, 4.5, 0.7),
        goals=["开设防诈骗手机夜课24场，320名老人学会识别诈骗电话和可疑链接。"])  # fmt: skip
    rev = "反向指标写成大于等于"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "防诈骗手机夜课场次", "正向", "大于等于", 24, "场"),
        (None, None, "参训老人人数", "正向", "大于等于", 320, "人"),
        (None, "质量指标", "学员识别诈骗短信测试正确率", "正向", "大于等于", 85, "%"),
        (None, "时效指标", "求助热线平均响应时间", "反向",
         mk("大于等于", "T108", "warning", row=True, note=rev), 30, "分钟"),
        (None, "成本指标", "人均培训成本", "反向", "小于等于", 150, "元/人"),
        ("效益指标", "社会效益指标", "参训老人受骗发生率", "反向",
         mk("大于等于", "T108", "warning", row=True, note=rev), 2, "%"),
        (None, None, "辖区老人电信诈骗案件下降率", "正向", "大于等于", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "参训老人满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("aq10-phone-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without an indicator name, two tier-2 "
         "labels left from the template with nothing under them")  # fmt: skip
def aq10() -> Book:
    b, s = project_book(
        name="蓼湾乡村民手机办事夜课", dept="蓼湾乡人民政府（305030）",
        unit="蓼湾乡便民服务中心", money_rows=one_year(3.0, 2.6, 0.4),
        goals=["开设手机办事夜课48场，教会500名村民用手机办理社保认证和医保缴费。"])  # fmt: skip
    left = "模板留下的二级指标，没有三级指标和指标值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "手机办事夜课场次", "≥48场"),
        (None, None, "参训村民人数", "≥500人"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥85%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=left), None, None),
        ("成本指标", "经济成本指标", "每场授课成本", "≤500元/场"),
        ("效益指标", "社会效益指标", "学员会用手机办理社保认证的比例", "≥80%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None),
        ("满意度指标", "服务对象满意度指标", "参训村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("aq11-phone-export", (7, 12),
         "budget-system export: head on sheet 项目支出预算05-1, indicators on sheet "
         "项目支出绩效目标05-2 under a header on the third row with codes in the first columns, "
         "an incident count =0起 (correct)")  # fmt: skip
def aq11() -> Book:
    b, _ = project_book(
        name="村民手机缴费与线上就医夜校", dept="澄潭县卫生健康局（409001）",
        unit="澄潭县卫生健康宣传教育中心", money_rows=one_year(10.0, 9.0, 1.0),
        sheet="项目支出预算05-1",
        goals=["在20个村开设夜课，教会600名村民用手机预约挂号、医保缴费和查看"
               "检查报告。"])  # fmt: skip
    s = b.sheet("项目支出绩效目标05-2", (14, 12, 14, 18, 30, 16, 10))
    s.title("2025年度项目支出绩效目标表", 7)
    s.row("单位名称：澄潭县卫生健康宣传教育中心", None, None, None, "金额单位：万元",
          merge=[(1, 4)])  # fmt: skip
    code, unit = "409001250017", "409001"
    indicators(s, ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值",
                   "指标值类型"), [
        (code, unit, "产出指标", "数量指标", "开设手机就医夜课村数", "≥20个", "定量"),
        (code, unit, None, None, "参训村民人数", "≥600人", "定量"),
        (code, unit, None, "质量指标", "学员独立完成手机预约挂号的比例", pct(0.8), "定量"),
        (code, unit, None, "时效指标", "夜课按计划开课率", "≥95%", "定量"),
        (code, unit, "成本指标", "经济成本指标", "人均培训成本", "≤150元/人", "定量"),
        (code, unit, "效益指标", "社会效益指标", "学员个人信息泄露事件", "=0起", "定量"),
        (code, unit, None, None, "参训村民线上就医服务使用情况", "明显提升", "定性"),
        (code, unit, "满意度指标", "服务对象满意度指标", "参训村民满意度", "≥90%", "定量"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("aq12-phone-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a 比例 raised in 百分点 (correct)")  # fmt: skip
def aq12() -> Book:
    b, s = project_book(
        name="“掌上村务”村民智能手机培训", dept="澄潭县农业农村局（210005）",
        unit="栖梧镇农业综合服务中心", money_rows=one_year(14.0, 12.0, 2.0),
        goals=["办30个手机夜校培训班，村民线上缴费比例比上年提高5个百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 50, "数量指标", "手机夜校培训班次", "≥30班", 15),
        (None, None, None, "参训村民人数", "≥900人", 15),
        (None, None, "质量指标", "结业学员独立使用村务小程序的比例", "≥75%", 10),
        (None, None, "时效指标", "培训完成时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "每班培训成本", "≤4000元/班", 10),
        ("效益指标", 30, "社会效益指标", "参训村民线上缴费比例", "提高≥5百分点", 15),
        (None, None, "可持续影响指标", "村级手机应用辅导员人数", "≥30人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b
