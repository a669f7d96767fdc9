"""Services for the visually impaired: training, mobility and safety projects (xh07–xh12)."""

from __future__ import annotations

from tests.variants.holdout414.common import CDPF, indicators, project, project_multi, sign, start
from tests.variants.holdout414.registry import variant
from tests.variants.kit import Book, mk

GUIDE = "澄湾市视障人士服务中心"
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xh07-orientation-three-years", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 value columns, counts split "
         "by year, rates equal (correct)")  # fmt: skip
def orientation_three_years() -> Book:
    b, s = start()
    project_multi(s, name="视障人士定向行走训练", unit=GUIDE, dept=CDPF, period=(90, 81, 9),
                  annual=(30, 27, 3), years=3, goals=(
                      "三年内为450名视障人士开展定向行走训练，培养定向行走教员30名。",
                      "2026年训练视障人士150名，培养教员10名，结业率不低于90%。"))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "定向行走训练视障人士", "≥450人", "≥150人"),
        (None, None, "培养定向行走教员", "≥30人", "≥10人"),
        (None, "质量指标", "训练结业率", "≥90%", "≥90%"),
        (None, "时效指标", "每期训练周期", "≤8周", "≤8周"),
        ("成本指标", "经济成本指标", "人均训练成本", "≤1800元/人", "≤1800元/人"),
        ("效益指标", "社会效益指标", "结业学员独立出行比例", "≥80%", "≥80%"),
        (None, "可持续影响指标", "社区定向行走教员服务机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受训视障人士满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "乔映竹", "0613-5521940")
    return b


@variant("xh08-massage-period-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标 "
         "and two cumulative counts copied into the 年度 column")  # fmt: skip
def massage_period_copied() -> Book:
    b, s = start()
    goal = "三年培训盲人按摩师300名，其中240名取得职业资格证书。"
    project_multi(s, name="盲人按摩职业技能培训", unit="澄湾市盲人按摩指导中心", dept=CDPF,
                  period=(120, 108, 12), annual=(40, 36, 4), years=3, goals=(
                      goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")))  # fmt: skip
    copied = "a cumulative count of a three-year project copied into 年度"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培训盲人按摩师", "≥300人",
         mk("≥300人", "D202", "warning", note=copied)),
        (None, None, "取得职业资格证书人数", "≥240人",
         mk("≥240人", "D202", "warning", note=copied)),
        (None, "质量指标", "培训考核合格率", "≥85%", "≥85%"),
        (None, "时效指标", "每期培训时长", "≤3个月", "≤3个月"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1200元/人", "≤1200元/人"),
        ("效益指标", "社会效益指标", "结业学员就业率", "≥70%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xh09-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare "
         "numbers and a unit column: a 反向 rate with ≥, a 正向 count with ≤")  # fmt: skip
def direction_column() -> Book:
    b, s = start(widths=(12, 14, 28, 10, 10, 10, 10))
    project(s, name="盲道巡查与语音导航设施维护", unit=GUIDE, dept=CDPF, amounts=(42, 42, 0),
            goal="巡查城区盲道120公里，新装语音导航提示器60套，及时处置盲道占用投诉。")  # fmt: skip
    row = "the direction column and the operator disagree"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "巡查城区盲道", "正向", "≥", 120, "公里"),
        (None, None, "新装语音导航提示器", "正向",
         mk("≤", "T108", "warning", row=True, note=row), 60, "套"),
        (None, "质量指标", "提示器验收合格率", "正向", "≥", 98, "%"),
        (None, None, "盲道占用投诉率", "反向",
         mk("≥", "T108", "warning", row=True, note=row), 3, "%"),
        (None, "时效指标", "占用投诉处置时间", "反向", "≤", 24, "小时"),
        (None, "成本指标", "提示器单套安装成本", "反向", "≤", 3500, "元/套"),
        ("效益指标", "社会效益指标", "视障人士出行安全事件下降率", "正向", "≥", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "视障出行者满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("xh10-home-safety-lookalikes", (11,),
         "project, NAT-2021, operators inside the values: ≤0起 on accidents, a 下降率 with ≥, "
         "a response time with ≤ (correct)")  # fmt: skip
def home_safety_lookalikes() -> Book:
    b, s = start()
    project(s, name="视障家庭居家安全改造", unit=GUIDE, dept=CDPF, amounts=(64, 60, 4),
            goal="为200户视障家庭完成居家安全改造，改造期间不发生安全事故。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "完成居家安全改造", "≥200户"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, None, "改造施工安全事故", "≤0起"),
        (None, "时效指标", "报修上门响应时间", "≤48小时"),
        ("成本指标", "经济成本指标", "每户改造成本", "≤3000元/户"),
        ("效益指标", "社会效益指标", "视障家庭居家跌倒事件下降率", "≥15%"),
        (None, "可持续影响指标", "改造设施保修期", "≥2年"),
        ("满意度指标", "服务对象满意度指标", "改造家庭满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "乔映竹", "0613-5521940")
    return b


@variant("xh11-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template, a value "
         "without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project(s, name="视障儿童盲文启蒙教育", unit="澄湾市特殊教育学校", dept=CDPF,
            amounts=(18, 18, 0), goal="为40名学龄前视障儿童开设盲文启蒙课程。")  # fmt: skip
    left = "template tier-2 with no indicator and no value"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "受教视障儿童", "≥40人"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥80课时"),
        (None, "质量指标", "盲文摸读考核达标率", "≥85%"),
        (None, "时效指标", "课程开课时间", "2026年3月31日前"),
        ("成本指标", "经济成本指标", "生均教学成本", "≤4500元/人"),
        ("效益指标", "社会效益指标", "受教儿童入学率", "≥95%"),
        (None, mk("经济效益指标", "F109", "warning", row=True, note=left), None, None),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xh12-decorated-wrong-parent", (5,),
         "project, NAT-2021, numbered tier labels with points and ★: one tier-2 under the wrong "
         "tier-1, a quality rate with =")  # fmt: skip
def decorated_wrong_parent() -> Book:
    b, s = start()
    project(s, name="盲人按摩机构规范化扶持", unit="澄湾市盲人按摩指导中心", dept=CDPF,
            amounts=(25, 25, 0), goal="扶持20家盲人按摩机构达到规范化标准。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（50分）", "（一）★数量指标", "扶持盲人按摩机构", "≥20家"),
        (None, "（二）质量指标", "机构规范化验收达标率",
         mk("=95%", "T107", "warning", note="a quality rate with =: ≥ meant")),
        (None, mk("（三）可持续影响指标", "F105", "error",
                  note="a 效益 tier-2 under 产出"), "机构持续经营年限", "≥3年"),
        ("二、成本指标（10分）", "（一）经济成本指标", "每家机构扶持资金", "≤1.25万元/家"),
        ("三、效益指标（30分）", "（一）社会效益指标", "受扶持机构盲人按摩师稳定就业率", "≥90%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受扶持机构满意度", "≥90%"),
    ])  # fmt: skip
    return b
