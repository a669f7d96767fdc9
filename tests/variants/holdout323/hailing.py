"""Ride-hailing (网约车合规化) and the taxi dispatch platform (电召平台运维), tu07 to tu12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout323.common import (
    CL,
    CL_UNIT,
    YEAR,
    YT,
    YT_UNIT,
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout323.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("tu07-compliance-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, a 下降率 with ≥ and 0起 on accidents (correct)")  # fmt: skip
def tu07() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=CL_UNIT,
                    budget=[[wan(860), wan(800), wan(60), wan(510), wan(350)]],
                    tasks=[("网约车合规化监管", "驾驶员、车辆证件审核与线上巡查", wan(150),
                            "双证合规水平持续提高"),
                           ("电召平台运维", "电召服务平台软硬件运维、坐席服务", wan(120),
                            "平台稳定运行"),
                           ("驾驶员从业资格培训", "网约车及巡游车驾驶员从业培训", wan(80),
                            "驾驶员持证上岗"),
                           ("金额合计", None, wan(350), None)],
                    goal="推进网约车合规化，保障电召平台稳定运行。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("网约车驾驶员取得从业资格证人数", 15, "人", "≥", 2600),
        ("网约车取得道路运输证车辆数", 15, "辆", "≥", 2200),
        ("网约车订单信息合规传输率", 15, "%", "≥", 95),
        ("电召平台系统可用率", 10, "%", "≥", 99.5),
        ("电召订单平均应答时长", 10, "秒", "≤", 30),
        ("驾驶员从业资格培训人次", 10, "人次", "≥", 3000),
        ("非法营运投诉下降率", 10, "%", "≥", 20),
        ("网约车安全责任事故", 5, "起", "≤", 0),
        ("乘客满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    signature(s, "阮若岚", "0739-6215408")
    return b


@variant("tu08-flat-defects", (3, 1),
         "department, flat list (指标名称 · 指标性质 · 指标值 · 计量单位 · 权重), "
         "typed percents: a 持证率 given as a head count, weights adding to 95")  # fmt: skip
def tu08() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="雁汀县网约车管理办公室",
                    budget=[[wan(210), wan(200), wan(10), wan(130), wan(80)]],
                    goal="完成网约车平台、车辆和驾驶员合规审核，压减非法营运。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    count = mk(3200, "T105", "error", row=True, note="持证率是比率，指标值却是 3200人")
    s.table([
        ("网约车平台公司备案数量", "≥", 6, "家", 15),
        ("网约车驾驶员证件持证率", "≥", count, "人", 20),
        ("网约车车辆道路运输证持证率", "≥", pct(0.9), "%", 20),
        ("违规营运案件处置及时率", "≥", pct(0.95), "%", 15),
        ("非法营运举报办结时长", "≤", 10, "工作日", 10),
        ("乘客满意度", "≥", pct(0.9), "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+20+20+15+10+15 = 95，应为 100")
    signature(s, "晏书禾", "0745-8832017")
    return b


@variant("tu09-dispatch-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in each, cost caps equal to the money (correct)")  # fmt: skip
def tu09() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=YEAR, name="澄岭市出租汽车电召服务平台运维", dept=CL, unit=CL_UNIT,
                 money=one_year(wan(96), wan(90), wan(6)),
                 goals=["保障电召平台全年稳定运行，接入巡游出租车2800辆以上。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "年受理电召订单量", "≥50万单"),
        (None, None, "平台接入巡游出租车数量", "≥2800辆"),
        (None, "质量指标", "平台系统可用率", "≥99%"),
        (None, "时效指标", "电召订单平均派单时长", "≤30秒"),
        (None, "成本指标", "平台年度运维费用", "≤96万元"),
        ("效益指标", "社会效益指标", "老年人电召叫车成功率", "≥90%"),
        (None, "可持续影响指标", "平台运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="澄岭市网约车监管信息平台数据接入", dept=CL, unit=CL_UNIT,
                 money=one_year(wan(64), wan(64), wan(0)), title="",
                 goals=["完成8家网约车平台公司订单数据接入市级监管平台。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "接入网约车平台公司数量", "≥8家"),
        (None, "质量指标", "平台系统可用率", "≥99.5%"),
        (None, None, "订单数据上传完整率", "≥95%"),
        (None, "时效指标", "数据接入完成时间", "6月30日前"),
        (None, "成本指标", "单家平台数据接入费用", "≤8万元/家"),
        ("效益指标", "社会效益指标", "违规线索推送处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "阮若岚", "0739-6215408")
    return b


@variant("tu10-stacked-wrong", (2, 11, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and its answer time carries ≥")  # fmt: skip
def tu10() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, name="雁汀县网约车合规化专项整治", dept=YT, unit=YT_UNIT,
                 money=one_year(wan(58), wan(58), wan(0)),
                 goals=["完成网约车车辆、驾驶员双证核查，查处非法营运行为。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "网约车双证核查车辆数", "≥900辆"),
        (None, "质量指标", "核查信息录入准确率", "≥98%"),
        (None, "时效指标", "专项整治完成时间", "10月31日前"),
        (None, "成本指标", "单车核查成本", "≤300元/辆"),
        ("效益指标", "社会效益指标", "网约车双证合规率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(75), "B101", "error", row=True, note="财政拨款 60 + 其他资金 10 = 70 ≠ 75")
    project_head(s, year=YEAR, name="雁汀县巡游车电召平台运维", dept=YT, unit=YT_UNIT,
                 money=one_year(total, wan(60), wan(10)), title="",
                 goals=["保障电召平台稳定运行，缩短电召应答时间。"])  # fmt: skip
    slow = mk("≥20秒", "T108", "warning", row=True, note="应答时长是反向指标，应为 ≤")
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "电召坐席配备数量", "≥6席"),
        (None, "质量指标", "平台系统可用率", "≥99%"),
        (None, "时效指标", "电召订单平均应答时长", slow),
        (None, "成本指标", "平台年度运维费用", "≤60万元"),
        ("效益指标", "社会效益指标", "电召叫车成功率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "晏书禾", "0745-8832017")
    return b


@variant("tu11-dispatch-export", (7,),
         "budget-system export: sheet 05-1 with codes and money, the indicator table on sheet "
         "05-2 under header 预期实现值 on the third row, operators in words (correct)")  # fmt: skip
def tu11() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 14, 26, 12, 12, 12, 10))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("318002", CL_UNIT, "3180022601", "出租汽车电召平台升级运维", wan(128), wan(120), wan(8))
    s.row("合计", None, None, None, wan(128), wan(120), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 12, 16, 26, 12, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：" + CL_UNIT, None, None, None, "项目名称：出租汽车电召平台升级运维")
    head = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标方向", "预期实现值",
            "计量单位")  # fmt: skip
    code = ("318002", "3180022601")
    indicators(t, head, [
        (*code, "产出指标", "数量指标", "电召平台接入车辆数", "大于等于", 3000, "辆"),
        (*code, None, "质量指标", "平台系统可用率", "大于等于", pct(0.995, "0.0%"), None),
        (*code, None, None, "数据备份完成率", "等于", pct(1), "%"),
        (*code, None, "时效指标", "系统故障平均修复时长", "小于等于", 4, "小时"),
        (*code, None, "成本指标", "平台升级改造费用", "小于等于", 88, "万元"),
        (*code, None, None, "平台年度运维费用", "小于等于", 40, "万元"),
        (*code, "效益指标", "社会效益指标", "电召乘客平均候车时长", "小于等于", 8, "分钟"),
        (*code, None, "可持续影响指标", "平台数据安全事件", "小于等于", 0, "起"),
        (*code, "满意度指标", "服务对象满意度指标", "电召乘客满意度", "大于等于", 90, "%"),
    ], merged=(3, 4))  # fmt: skip
    notes(t, "注：本表由预算管理一体化系统导出。", width=8)
    return b


@variant("tu12-dispatch-artefacts", (9,),
         "project, OLD-NAT, one value column, PDF conversion: end date as a serial in a text cell, "
         "a split number and an amount pasted twice in the detail lines")  # fmt: skip
def tu12() -> Book:
    b, s = start()
    end = mk("46387", "X104", "warning", note="Excel 日期序列号，即 2026-12-31")
    project_head(s, year=YEAR, name="雁汀县出租汽车电召平台运维", dept=YT, unit=YT_UNIT,
                 money=one_year(wan(86), wan(80), wan(6)), start=day(YEAR, 1, 1), end=end,
                 goals=["保障电召平台和呼叫坐席全年稳定运行。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "呼叫坐席维保数量", "≥12席"),
        (None, "质量指标", "平台系统可用率", "≥99%"),
        (None, "时效指标", "系统故障修复时长", "≤4小时"),
        (None, "成本指标", "服务器及带宽年租赁费用", "≤38.25万元"),
        ("效益指标", "社会效益指标", "电召叫车成功率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    split = mk("38.2 5", "X105", "warning", alt=("X103",), note="38.25 被空格断开")
    twice = mk("24万24万(含驻场人员3名)", "X106", "error", alt=("B108",), note="24万 粘贴两次")
    s.row("资金明细（万元）", "服务器及带宽租赁", split)
    s.row(None, "驻场运维服务", twice)
    s.row(None, "呼叫坐席系统维保", wan(23.75))
    s.row(None, "合计", ok(wan(86), "error", note="明细按 38.25、24 读取时合计相符"))
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    signature(s, "晏书禾", "0745-8832017")
    return b
