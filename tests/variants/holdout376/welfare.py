"""Seafarers' welfare: seafarers' homes, psychological support, families in hardship, rights
protection and medical aid (vv13–vv18)."""

from __future__ import annotations

from tests.variants.holdout376.common import (
    book,
    department,
    indicators,
    one_year,
    project,
    wan,
)
from tests.variants.holdout376.registry import variant
from tests.variants.kit import Book, mk, money, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("vv13-seafarer-centre-department", (12,),
         "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, key tasks "
         "adding to a 金额合计 equal to 项目支出, =0起 on an incident count (correct)")  # fmt: skip
def centre() -> Book:
    b, s = book()
    department(s, dept="澜汀市海员服务中心",
               budget=[[wan(640), wan(576), wan(64), wan(288), wan(352)]],
               tasks=[("海员之家运营", "到港船员接待、文体活动", money(150), "接待船员18000人次"),
                      ("船员心理疏导热线", "24小时热线及回访", money(82), "接听2400人次"),
                      ("困难船员家庭帮扶", "走访慰问、助学帮扶", money(120), "帮扶300户"),
                      ("金额合计", None, money(352), None)],
               goal="保障到港和在船船员权益，为困难船员家庭提供帮扶。")  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "海员之家接待船员人次", "≥18000人次"),
        (None, None, "心理疏导热线接听人次", "≥2400人次"),
        (None, None, "帮扶困难船员家庭户数", "≥300户"),
        (None, "质量指标", "帮扶对象身份核实准确率", "=100%"),
        (None, "时效指标", "船员求助响应时限", "≤2小时"),
        ("成本指标", "经济成本指标", "困难船员家庭户均帮扶标准", "≤0.4万元/户"),
        ("效益指标", "社会效益指标", "船员劳务纠纷调处成功率", "≥90%"),
        (None, None, "船员群体性维权事件发生数", "=0起"),
        (None, "可持续影响指标", "海员之家常态化开放机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "船员及家属满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("vv14-service-station-money", (12, 1),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计, a 覆盖率 given as a count of households")  # fmt: skip
def station() -> Book:
    b, s = book()
    total = mk(wan(420), "B101", "error", note="基本支出 210 + 项目支出 200 = 410 ≠ 420")
    summed = mk(money(200), "B102", "error", note="70 + 65 + 55 = 190 ≠ 200")
    department(s, dept="澜汀市螺屿区船员服务站",
               budget=[[total, wan(380), wan(40), wan(210), wan(200)]],
               tasks=[("海员证件代办", "证件代办、邮寄", money(70), "代办4000件"),
                      ("船员工资保障", "欠薪投诉受理、调解", money(65), "调解结案率90%"),
                      ("外派船员家属慰问", "节日走访慰问", money(55), "慰问2600户"),
                      ("金额合计", None, summed, None)],
               goal="为辖区船员及家属提供证件代办、工资保障和慰问服务。")  # fmt: skip
    count = mk("2600户", "T105", "error", note="a 覆盖率 given as a count of households")
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "海员证件代办件数", "≥4000件"),
        (None, "质量指标", "外派船员家属慰问覆盖率", count),
        (None, "时效指标", "欠薪投诉受理时限", "≤2个工作日"),
        ("成本指标", "经济成本指标", "单件证件代办成本", "≤150元/件"),
        ("效益指标", "社会效益指标", "船员欠薪纠纷调解结案率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "船员及家属满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vv15-stacked-welfare", (2, 11),
         "three welfare projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction name with different values, a 下降率 with ≥ (correct)")  # fmt: skip
def stacked_welfare() -> Book:
    b, s = book()
    projects = (
        ("海员之家驿站运营补助项目", (60, 50, 10), "全年接待到港船员12000人次。", [
            ("产出指标", "数量指标", "接待到港船员人次", "≥12000人次"),
            (None, "质量指标", "驿站服务设施完好率", "≥95%"),
            (None, "时效指标", "船员求助响应时间", "≤1小时"),
            (None, "成本指标", "人次均服务成本", "≤50元/人次"),
            ("效益指标", "社会效益指标", "到港船员服务覆盖率", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "船员满意度", "≥90%")]),
        ("在船船员心理健康服务项目", (36, 30, 6), "开展心理健康讲座24场、咨询1500人次。", [
            ("产出指标", "数量指标", "心理健康讲座场次", "≥24场"),
            (None, None, "心理咨询服务人次", "≥1500人次"),
            (None, "质量指标", "咨询个案规范记录率", "≥95%"),
            (None, "时效指标", "心理危机干预启动时限", "≤24小时"),
            (None, "成本指标", "单场讲座成本", "≤0.5万元/场"),
            ("效益指标", "社会效益指标", "在船船员心理危机事件下降率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "船员满意度", "≥92%")]),
        ("困难船员家庭帮扶项目", (45, 40, 5), "帮扶困难船员家庭150户。", [
            ("产出指标", "数量指标", "帮扶困难船员家庭户数", "≥150户"),
            (None, "质量指标", "帮扶对象认定准确率", "=100%"),
            (None, "时效指标", "帮扶资金发放时间", "2025年12月20日前"),
            (None, "成本指标", "户均帮扶标准", "≤3000元/户"),
            ("效益指标", "社会效益指标", "受助家庭子女就学保障率", "≥98%"),
            ("满意度指标", "服务对象满意度指标", "船员满意度", "≥88%")]),
    )  # fmt: skip
    for i, (name, (total, fiscal, other), goal, rows) in enumerate(projects):
        if i:
            s.skip()
        project(s, name=name, unit="澜汀市海员服务中心", money_rows=one_year(total, fiscal, other),
                goals=[goal], title="" if i else None)  # fmt: skip
        indicators(s, VALUE_HEAD, rows)
    return b


@variant("vv16-flat-rights-direction", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · "
         "权重): ≥ on a 反向 rate, = on a cost cap, weights adding to 95")  # fmt: skip
def flat_rights() -> Book:
    b, s = book(widths=(30, 12, 12, 12, 10, 10))
    department(s, dept="澜汀市船员权益保障服务中心",
               budget=[[wan(300), wan(270), wan(30), wan(160), wan(140)]],
               goal="受理船员权益咨询4000人次，提供法律援助400次，减少遣返纠纷。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("船员权益咨询服务人次", "≥4000", "正向", "人次", 15),
        ("船员劳动合同备案审核率", "≥95", "正向", "%", 15),
        ("船员欠薪投诉办结时限", "≤15", "反向", "个工作日", 10),
        ("外派船员遣返纠纷发生率",
         mk("≥3", "T108", "warning", row=True, note="反向 rate with ≥"), "反向", "%", 15),
        ("法律援助服务次数", "≥400", "正向", "次", 10),
        ("单次法律援助成本",
         mk("=0.25", "T108", "warning", row=True, note="= on a cost cap"), "反向", "万元/次", 15),
        ("船员及家属满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+15+10+15+10+15+15 = 95, not 100")
    return b


@variant("vv17-family-station-template", (6, 13),
         "project, NAT-2021, header 预期目标: a template tier-2 left without indicator or value "
         "and a value whose indicator name is empty")  # fmt: skip
def family_station() -> Book:
    b, s = book()
    project(s, name="外派船员家属服务站建设项目", unit="澜汀市海员服务中心",
            money_rows=one_year(38, 38, 0),
            goals=["建成外派船员家属服务站4个，为家属提供政策咨询和应急帮扶。"])  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    empty = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left empty")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "建成家属服务站数量", "≥4个"),
        (None, None, "家属政策咨询服务人次", "≥1600人次"),
        (None, "质量指标", "服务站建设验收合格率", "=100%"),
        (None, None, nameless, "≥95%"),
        (None, "时效指标", "服务站建成投用时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单个服务站建设成本", "≤9万元/个"),
        ("效益指标", "社会效益指标", "家属应急求助办结率", "≥95%"),
        (None, empty, None, None),
        ("满意度指标", "服务对象满意度指标", "船员家属满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vv18-medical-aid-second-sheet", (7, 1),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值 with an "
         "operator column, a unit column and typed percent cells (correct)")  # fmt: skip
def medical_aid() -> Book:
    b, s = book("项目信息")
    project(s, name="船员医疗救助与远程医疗咨询服务项目", unit="澜汀市海员服务中心",
            money_rows=one_year(90, 75, 15),
            goals=["为在船船员提供远程医疗咨询1500人次，救助困难船员120人。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 32, 10, 14, 12))
    t.title("2025年度项目绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "三级指标", "比较符", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "远程医疗咨询服务人次", "≥", 1500, "人次"),
        (None, None, "医疗救助困难船员人数", "≥", 120, "人"),
        (None, "质量指标", "医疗咨询记录完整率", "≥", pct(0.98), "%"),
        (None, "时效指标", "紧急医疗咨询响应时限", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "人均医疗救助补助标准", "≤", 0.5, "万元/人"),
        ("效益指标", "社会效益指标", "受助船员自付医疗费用减轻比例", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "受助船员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
