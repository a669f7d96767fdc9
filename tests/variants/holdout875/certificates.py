"""Staff health certificates: kha13–kha18."""

from __future__ import annotations

from tests.variants.holdout875.common import (
    CDC,
    EDU,
    HEAD4,
    HEAD6,
    YEAR,
    indicators,
    one_year,
    sign,
    start,
    wan,
)  # fmt: skip
from tests.variants.holdout875.registry import variant
from tests.variants.kit import Book, day, mk, pct

POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kha13-cert-decorated-labels",
    (5,),
    "project, NAT-2021, labels numbered with points (一、产出指标（50分）, （一）数量指标, "
    "1.质量), ★ on a core indicator (correct)",
)
def cert_decorated_labels() -> Book:
    b, s = start()
    one_year(s, "学校食堂从业人员健康体检补助", CDC, 28, 28,
             "为全县学校食堂1860名从业人员免费健康体检，持证上岗。", dept=EDU)  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标（50分）", "（一）数量指标", "★食堂从业人员健康体检人数", "≥1860人"),
        (None, "（二）质量指标", "健康证持证上岗率", "=100%"),
        (None, "（三）时效指标", "体检结果反馈时限", "≤5个工作日"),
        ("二、成本指标（10分）", "1.经济成本", "人均体检补助标准", "≤150元/人"),
        ("三、效益指标（30分）", "1.社会效益", "因从业人员健康原因引发的食源性疾病事件", "0起"),
        (None, "2.可持续影响", "从业人员健康管理档案建档率", "≥98%"),
        ("四、满意度指标（10分）", "1.服务对象满意度", "食堂从业人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kha14-cert-wrong-parent",
    (5,),
    "project, NAT-2021, numbered labels: 时效指标 under 效益指标, a deadline as a percent",
)
def cert_wrong_parent() -> Book:
    b, s = start()
    one_year(s, "学校食堂从业人员健康证到期换证", CDC, 9.6, 9.6,
             "督促到期从业人员按时换证，杜绝无证上岗。", dept=EDU)  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "到期换证从业人员", "≥640人"),
        (None, "（二）质量指标", "换证体检项目完整率", "=100%"),
        ("二、成本指标", "（一）经济成本指标", "人均换证体检费用", "≤150元/人"),
        ("三、效益指标", "（一）社会效益指标", "无证上岗查处率", "=100%"),
        (None, mk("（二）时效指标", "F105", "error",
                  note="时效指标 belongs under 产出指标, not 效益指标"),
         "到期换证完成时间", mk("100%", "T113", "warning", note="a deadline as a percent")),
        ("四、满意度指标", "（一）服务对象满意度指标", "从业人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kha15-cert-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 labels left without indicators, a value "
    "without a name",
)
def cert_template_rows() -> Book:
    b, s = start()
    one_year(s, "学校食堂从业人员食品安全培训", "桐埠县市场监督管理局", 15, 15,
             "培训学校食堂从业人员，提高食品安全操作规范水平。")  # fmt: skip
    empty = "a tier-2 from the template with no indicator and no value"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "人均培训成本", "≤50元/人"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=empty), None, None),
        ("产出指标", "数量指标", "培训从业人员", "≥3000人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥90%"),
        (None, "时效指标", "培训完成时间", "10月31日前"),
        ("效益指标", "社会效益指标", "从业人员操作规范达标率", "≥90%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kha16-cert-budget-export",
    (7, 12),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header "
    "on the third row, codes in the first columns, lines adding up (correct)",
)
def cert_budget_export() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 30, 16, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：桐埠县教育和体育局", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "经济分类", "资金总额", "财政拨款", "其他资金")
    code = "441207-25-0031"
    s.table([
        (code, "学校食堂从业人员健康管理", "委托业务费", wan(18), wan(18), wan(0)),
        (code, "学校食堂从业人员健康管理", "印刷费", wan(2.4), wan(2.4), wan(0)),
        (code, "学校食堂从业人员健康管理", "劳务费", wan(5.6), wan(3.6), wan(2)),
        ("合计", None, None, wan(26), wan(24), wan(2)),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 14, 18, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：桐埠县教育和体育局（207）")
    rows = [
        ("产出指标", "数量指标", "建立健康管理档案人数", "≥1200人"),
        (None, "质量指标", "健康证信息录入准确率", "≥99%"),
        (None, "时效指标", "健康证到期提醒提前时间", "≥30天"),
        ("成本指标", "经济成本指标", "人均健康管理成本", "≤150元/人"),
        ("效益指标", "社会效益指标", "无证上岗人员", "0人"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
    ]  # fmt: skip
    head = ("项目编码", "项目名称", *HEAD4)
    indicators(t, head, [(code, "学校食堂从业人员健康管理", *r) for r in rows], merged=(3, 4))
    return b


@variant(
    "kha17-cert-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column against the indicator scores under it",
)
def cert_points_wrong() -> Book:
    b, s = start()
    one_year(s, "学校食堂从业人员健康证信息化管理", EDU, 20, 20,
             "建成从业人员健康证电子管理台账。", dept=EDU)  # fmt: skip
    declared = "the indicator scores under this tier-1 do not add up to its declared score"
    indicators(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "系统运维成本", "≤20万元", 10),
        ("产出指标", mk(50, "W103", "error", note=declared + ": 20 + 15 + 10 = 45"),
         "数量指标", "录入健康证信息人数", "≥1800人", 20),
        (None, None, "质量指标", "健康证信息准确率", "≥99%", 15),
        (None, None, "时效指标", "到期预警推送时限", "≤1个工作日", 10),
        ("效益指标", mk(30, "W103", "error", note=declared + ": 20 + 15 = 35"),
         "社会效益指标", "无证上岗发生起数", "0起", 20),
        (None, None, "可持续影响指标", "电子台账正常运行率", "≥98%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "学校食堂管理员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "kha18-cert-value-conflicts",
    (1, 11),
    "project, OLD-NAT, operator and unit columns: =95% typed on a satisfaction, ≥ on a 反向 "
    "rate, a unit conflicting with the unit column",
)
def cert_value_conflicts() -> Book:
    b, s = start()
    one_year(s, "学校食堂从业人员晨检及健康证核查", "桐埠县市场监督管理局", 24, 24,
             "核查学校食堂从业人员健康证和晨检记录。")  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "核查学校食堂", "≥", mk("12万元", "T112", "error",
                                                  note="value in 万元, unit column 家"), "家"),
        (None, "质量指标", "晨检记录完整率", "≥", pct(0.95), "%"),
        (None, None, mk("从业人员健康证过期率", "T108", "warning", row=True,
                         note="反向 rate with ≥"), "≥", pct(0.02), "%"),
        (None, "成本指标", "每家食堂核查成本", "≤", 0.2, "万元/家"),
        ("效益指标", "社会效益指标", "无证上岗人员清退率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "=",
         mk(pct(0.95), "T107", "warning", note="=95% on a satisfaction means ≥95%"), "%"),
    ])  # fmt: skip
    sign(s, "钟亦航", "0571-6823 5127", day(YEAR, 1, 8))
    return b
