"""Water-intake returns: 取水许可监管, 取用水计量设施 and 水资源费征收 (ty01–ty06)."""

from __future__ import annotations

from tests.variants.holdout327.common import (
    T4,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout327.registry import variant
from tests.variants.kit import Book, mk, pct

H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ty01-permit-pct", (1, 5), "project, OLD-NAT, numbered tier labels, operator and unit "
         "columns, percentages typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def permit_pct() -> Book:
    b, s = start()
    project(s, "取水许可证后监管与年度核验", "湫原县水利局（307）", "湫原县水资源管理站",
            one_year(86, 86, 0), ["核验380户取水许可证，核查420个取水口。"])  # fmt: skip
    indicators(s, H6, [
        ("一、产出指标", "（一）数量指标", "取水许可证年度核验户数", "≥", 380, "户"),
        (None, None, "取水口现场核查数", "≥", 420, "个"),
        (None, "（二）质量指标", "核验资料归档完整率", "≥", pct(0.98), "%"),
        (None, None, "超许可水量取水发生率", "≤", pct(0.02), "%"),
        (None, "（三）时效指标", "核验结果公告时限", "≤", 15, "个工作日"),
        (None, "（四）成本指标", "单户核验成本", "≤", 0.2, "万元/户"),
        ("二、效益指标", "（一）社会效益指标", "无证取水问题整改率", "=", pct(1), "%"),
        (None, "（二）生态效益指标", "许可水量内取水占比", "≥", pct(0.95), "%"),
        (None, "（三）可持续影响指标", "取水许可电子证照使用率", "≥", pct(0.9), "%"),
        ("三、满意度指标", "（一）服务对象满意度指标", "取水户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒲知远", "0731-5820417", (2025, 11, 12))
    return b


@variant("ty02-meter-wrong", (1, 11), "project, NAT-2021, operator column and percentages "
         "typed in Excel: an online rate over 100 %, a 反向 rate and a 正向 count against "
         "their operators")  # fmt: skip
def meter_wrong() -> Book:
    b, s = start()
    project(s, "取用水计量设施在线监测升级", "栎川市水务局（412）", "栎川市水资源监测中心",
            one_year(130, 130, 0), ["更新安装260套计量设施并接入监测平台。"])  # fmt: skip
    indicators(s, H6, [
        ("产出指标", "数量指标", "计量设施更新安装数",
         mk("≤", "T108", "warning", row=True, note="正向数量写成不超过"), 260, "套"),
        (None, None, "在线监测点接入数", "≥", 260, "个"),
        (None, "质量指标", "计量设施在线率", "≥",
         mk(pct(1.05), "T106", "error", row=True, note="在线率上限 100%"), "%"),
        (None, None, "计量数据误差超限率",
         mk("≥", "T108", "warning", row=True, note="反向比率写成不低于"), pct(0.03), "%"),
        (None, "时效指标", "安装完成时间", None, "2026年9月30日前", None),
        ("成本指标", "经济成本指标", "单套设施采购安装费", "≤", 0.45, "万元/套"),
        ("效益指标", "生态效益指标", "纳入计量的取水量占比", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "计量设施运维责任落实率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "取水户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "甘若川", "0716-3309152", (2025, 11, 26))
    return b


@variant("ty03-stacked-intake", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction name with different values in each (correct)")  # fmt: skip
def stacked_intake() -> Book:
    b, s = start()
    project(s, "取水口规范化整治", "湫原县水利局（307）", "湫原县河湖保护中心",
            one_year(60, 50, 10), ["完成120个河道取水口规范化整治并设置标识。"])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "规范化整治取水口数", "≥120个"),
        (None, "质量指标", "整治验收合格率", "≥95%"),
        (None, "时效指标", "整治完成时间", "2026年10月31日前"),
        (None, "成本指标", "单个取水口整治费用", "≤0.5万元/个"),
        ("效益指标", "生态效益指标", "河道取水秩序规范率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "取水许可审批系统运维", "湫原县水利局（307）", "湫原县水资源管理站",
            one_year(45, 45, 0), ["保障取水许可审批系统全年稳定运行。"], title="")  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "系统运维服务时长", "12个月"),
        (None, "质量指标", "系统正常运行率", "≥99%"),
        (None, "时效指标", "故障响应时间", "≤4小时"),
        (None, "成本指标", "年度运维费用", "≤45万元"),
        ("效益指标", "可持续影响指标", "许可审批网上办理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ty04-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's total is not its parts, and one of its rates is a count")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start()
    project(s, "水资源费征缴台账建设", "栎川市水务局（412）", "栎川市水资源费征收所",
            one_year(38, 38, 0), ["建立全市取水户水资源费征缴电子台账。"])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "纳入台账取水户数", "≥640户"),
        (None, "质量指标", "台账信息准确率", "≥98%"),
        (None, "时效指标", "台账建成时间", "2026年6月30日前"),
        (None, "成本指标", "台账建设费用", "≤38万元"),
        ("效益指标", "经济效益指标", "水资源费按期征缴率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", note="70 + 20 = 90，不是 95")
    project(s, "重点取水户计量监控", "栎川市水务局（412）", "栎川市水资源监测中心",
            one_year(total, 70, 20), ["对重点取水户实现取水在线计量监控。"], title="")  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "新增监控重点取水户数", "≥86户"),
        (None, "质量指标", "重点取水户计量覆盖率",
         mk("860户", "T105", "error", note="覆盖率写成户数")),
        (None, "时效指标", "监控接入完成时间", "2026年8月31日前"),
        (None, "成本指标", "单户监控设备费用", "≤0.8万元/户"),
        ("效益指标", "社会效益指标", "超许可取水行为发现率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "取水户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ty05-fee-department", (12,), "department, NAT-2021: budget with shares, key tasks "
         "adding to 金额合计 = 项目支出, a 反向 rate lowered in 百分点 (correct)")  # fmt: skip
def fee_department() -> Book:
    b, s = start()
    department(s, "沣泽区水政监察大队", [
        (1260, 1180, 80, 860, 400),
        (pct(1), pct(0.9365, "0.00%"), pct(0.0635, "0.00%"), pct(0.6825, "0.00%"),
         pct(0.3175, "0.00%")),
    ], "依法征收水资源费，强化取用水监管和地下水监测。", [
        ("水资源费征收稽查", "稽查500户取水户", 150, "应收尽收"),
        ("取水计量监管", "抽检计量设施", 130, "计量准确"),
        ("地下水监测站运维", "运维42个站点", 120, "数据连续"),
        ("金额合计", None, 400, None),
    ])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "水资源费稽查取水户数", "≥500户"),
        (None, "质量指标", "计量设施抽检合格率", "≥95%"),
        (None, "时效指标", "水资源费核定通知送达时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单户稽查成本", "≤0.3万元/户"),
        ("效益指标", "经济效益指标", "水资源费欠缴率较上年降低", "≥2百分点"),
        (None, "生态效益指标", "地下水监测数据到报率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "取水户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞砚秋", "0735-2264081", (2025, 11, 20))
    return b


@variant("ty06-fee-department-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计")  # fmt: skip
def fee_department_wrong() -> Book:
    b, s = start()
    total = mk(wan(980), "B101", "error", note="620 + 340 = 960，不是 980")
    department(s, "栎川市水资源费征收所", [(total, 900, 80, 620, 340)],
               "完成全年水资源费征收和取水计量核查。", [
        ("水资源费核定征收", "核定1100户水量", 120, "按期核定"),
        ("取水计量核查", "核查计量设施", 110, "计量规范"),
        ("欠费清缴", "清缴历年欠费", 90, "欠费下降"),
        ("金额合计", None, mk(wan(340), "B102", "error", note="120+110+90=320"), None),
    ])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "核定征收取水户数", "≥1100户"),
        (None, "质量指标", "水量核定准确率", "≥98%"),
        (None, "时效指标", "征收通知送达时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单户核查成本", "≤0.1万元/户"),
        ("效益指标", "经济效益指标", "水资源费征收到位率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "取水户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：本表金额单位为万元。")
    return b
