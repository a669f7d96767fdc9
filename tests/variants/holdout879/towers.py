"""Watchtowers and firebreaks (瞭望塔, 防火隔离带, 生物防火林带): khe07–khe12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout879.common import period_money, start, table, year_money
from tests.variants.holdout879.registry import variant
from tests.variants.kit import Book, C, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("khe07-tower-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each (correct)")  # fmt: skip
def khe07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="桦岭县2025年森林防火瞭望塔视频监控改造项目",
                 dept="桦岭县林业局 318002", unit="桦岭县森林防火监测中心",
                 money=year_money(126, 120, 6),
                 title="2025年度项目支出绩效目标申报表（桦岭县林业局）",
                 goals=["对6座瞭望塔加装高清热成像监控并接入县指挥平台。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "瞭望塔改造数量", "≥6座"),
        (None, "质量指标", "项目验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单座瞭望塔改造成本", "≤19万元/座"),
        ("效益指标", "社会效益指标", "视频监控覆盖林区面积", "≥8.5万亩"),
        ("满意度指标", "服务对象满意度指标", "瞭望值守人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="桦岭县2025年森林防火宣传与瞭望值守项目",
                 dept="桦岭县林业局 318002", unit="桦岭县森林防火监测中心",
                 money=year_money(34.5, 34.5, 0), title="",
                 goals=["防火期安排10名瞭望员值守，开展森林防火宣传进村入户。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "瞭望员值守人数", "≥10人"),
        (None, None, "防火宣传进村场次", "≥40场"),
        (None, "质量指标", "项目验收合格率", "≥95%"),
        (None, "时效指标", "火情发现后上报时间", "≤5分钟"),
        (None, "成本指标", "瞭望员值守补助标准", "≤2400元/人·月"),
        ("效益指标", "社会效益指标", "群众森林防火知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "林区村民满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("khe08-firebreak-stacked-defects", (2,),
         "two firebreak projects stacked, OLD-NAT, one value column: the second's money does "
         "not add up and its acceptance rate is a length")  # fmt: skip
def khe08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="石栎乡2025年防火隔离带清理维护项目",
                 dept="石栎乡人民政府 426011", unit="石栎乡林业站",
                 money=year_money(28, 25, 3),
                 goals=["清理维护现有防火隔离带40公里，防火期前完成。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "防火隔离带清理里程", "≥40公里"),
        (None, "质量指标", "清理宽度达标率", "≥95%"),
        (None, "时效指标", "清理完成时间", "2025年10月15日前"),
        (None, "成本指标", "每公里清理成本", "≤0.65万元/公里"),
        ("效益指标", "生态效益指标", "隔离带阻隔火势蔓延有效率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(96, "B101", "error", note="年度资金总额 96 ≠ 财政拨款 80 + 其他资金 12 = 92")
    project_head(s, year=2025, name="石栎乡2025年生物防火林带营造项目",
                 dept="石栎乡人民政府 426011", unit="石栎乡林业站",
                 money=year_money(total, 80, 12), title="",
                 goals=["在重点林区边缘营造木荷生物防火林带18公里。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "生物防火林带营造里程", "≥18公里"),
        (None, "质量指标", "造林苗木成活率", "≥90%"),
        (None, None, "防火林带验收合格率",
         mk("18公里", "T105", "error", note="合格率是比率，指标值却是里程")),
        (None, "时效指标", "栽植完成时间", "2025年4月30日前"),
        (None, "成本指标", "每公里营造成本", "≤4.5万元/公里"),
        ("效益指标", "生态效益指标", "重点林区阻隔网络闭合度", "提高"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khe09-firebreak-three-year", (8,),
         "three-year firebreak project, NAT-2021, 中期 and 年度 value columns: an annual "
         "length above its period length, the 年度目标 copied from the 中期目标")  # fmt: skip
def khe09() -> Book:
    b, s = start()
    goal = "建成覆盖全县重点林区的防火隔离带网络，新建隔离带并配套巡护便道，提升阻隔能力。"
    project_head(s, year=2025, years=3, name="椴川县2025—2027年森林防火阻隔系统建设项目",
                 dept="椴川县林业局 307001", unit="椴川县林业工程站",
                 money=period_money((450, 420, 30), (160, 150, 10)), attr="新增项目",
                 goals=[goal, mk(goal, "D204", "warning",
                                  note="三年期项目，年度目标照抄中期目标")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    table(s, head, [
        ("产出指标", "数量指标", "新建防火隔离带里程", "≥45公里",
         mk("≥60公里", "D201", "error", note="年度 60 公里超过三年合计 45 公里")),
        (None, None, "配套巡护便道里程", "≥30公里", "≥10公里"),
        (None, "质量指标", "工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每公里隔离带建设成本", "≤2.5万元/公里", "≤2.5万元/公里"),
        ("效益指标", "生态效益指标", "重点林区阻隔网络覆盖率", "≥80%", "≥40%"),
        (None, "可持续影响指标", "隔离带管护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khe10-tower-two-column-sets", (7, 8),
         "two-year monitoring project, NAT-2021, two-row header and two complete column sets "
         "(二级/三级/指标值 for 中期, then for 年度), annual counts below period counts "
         "(correct)")  # fmt: skip
def khe10() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="栎溪县森林火情智能监测预警系统建设项目",
                 dept="栎溪县林业局 329004", unit="栎溪县森林防火监测中心",
                 money=period_money((280, 260, 20), (170, 160, 10)), attr="新增项目",
                 goals=["两年内建成前端智能监测点24个，接入瞭望塔视频10座，重点林区火情"
                        "监测覆盖率达到85%以上。",
                        "2025年建成前端智能监测点14个，接入瞭望塔视频6座，"
                        "完成一期联调。"])  # fmt: skip
    s.row("一级指标", "中期指标（2025年—2026年）", None, None, "年度指标（2025年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table([
        ("产出指标", "数量指标", "前端智能监测点建设数量", "≥24个",
         "数量指标", "前端智能监测点建设数量", "≥14个"),
        (None, None, "瞭望塔视频接入数量", "≥10座", None, "瞭望塔视频接入数量", "≥6座"),
        (None, "质量指标", "火情识别准确率", pct(0.9), "质量指标", "火情识别准确率", pct(0.9)),
        (None, "时效指标", "系统建成时间", "2026年11月30日前",
         "时效指标", "一期联调完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个监测点建设成本", "≤9.5万元/个",
         "经济成本指标", "单个监测点建设成本", "≤9.5万元/个"),
        ("效益指标", "社会效益指标", "重点林区火情监测覆盖率", "≥85%",
         "社会效益指标", "重点林区火情监测覆盖率", "≥70%"),
        (None, "生态效益指标", "火情平均发现时间", "≤15分钟",
         "生态效益指标", "火情平均发现时间", "≤20分钟"),
        ("满意度指标", "服务对象满意度指标", "防火值守人员满意度", "≥90%",
         "服务对象满意度指标", "防火值守人员满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("khe11-tower-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "headers 考核指标 and 预期实现值 with a 评价标准 column (correct)")  # fmt: skip
def khe11() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2026, name="枫坳镇2026年森林防火瞭望塔值守运维项目",
                 dept="枫坳镇人民政府 412006", unit="枫坳镇农业农村和林业服务中心",
                 money=year_money(23.6, 21, 2.6),
                 goals=["保障4座瞭望塔防火期值守和设备运维，"
                        "火情发现率稳定在较高水平。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 16, 30))
    t.title("枫坳镇2026年森林防火瞭望塔值守运维项目绩效指标", 5)
    head = ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准")
    table(t, head, [
        ("产出指标", "数量指标", "值守瞭望塔数量", "4座", "少1座扣2分"),
        (None, None, "防火期值守天数", "≥150天", "每少10天扣1分"),
        (None, "质量指标", "瞭望设备完好率", "≥95%", "按季度巡检记录计算"),
        (None, "时效指标", "火情发现后上报时间", "≤5分钟", "超时一次扣1分"),
        (None, "成本指标", "瞭望员值守补助标准", "≤2500元/人·月", "超标准不得分"),
        ("效益指标", "社会效益指标", "瞭望区域火情发现率", "≥90%", "按火情台账计算"),
        (None, "可持续影响指标", "瞭望值守交接班制度", "健全", "制度缺失不得分"),
        ("满意度指标", "服务对象满意度指标", "林区村民满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("khe12-tower-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a total split by a "
         "space, an end date as a serial in a text cell, an amount pasted twice")  # fmt: skip
def khe12() -> Book:
    b, s = start()
    total = mk("64.3 5", "X105", "warning", alt=("X103",), note="数字被空格断开，应读作 64.35")
    end = mk("46022", "X104", "warning", note="文本里的日期序列号，即 2025-12-31")
    project_head(s, year=2025, name="槲林乡2025年瞭望塔供电与防火通讯保障项目",
                 dept="槲林乡人民政府 433008", unit="槲林乡林业工作站",
                 money=year_money(total, 60, 4.35), end=end,
                 goals=["完成3座瞭望塔太阳能供电改造，保障防火通讯中继站全年畅通。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "瞭望塔供电改造数量", "≥3座"),
        (None, None, "通讯中继站维护数量", "≥5个"),
        (None, "质量指标", "通讯中继站在线率", "≥98%"),
        (None, "时效指标", "供电改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "单座瞭望塔供电改造成本", "≤12万元/座"),
        ("效益指标", "社会效益指标", "防火期通讯保障率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "瞭望值守人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    twice = mk("36万36万", "X106", "error", alt=("B108",), note="金额重复粘贴，应读作 36")
    lines: list[tuple[str, C | str]] = [
        ("瞭望塔太阳能供电改造", twice),
        ("防火通讯中继站维护", money(18.35)),
        ("值守人员通讯培训", money(10)),
    ]
    for label, amount in lines:
        s.row(None, label, None, amount, merge=[(2, 3)])
    s.row(None, "合计", None, money(64.35), merge=[(2, 3)])
    return b
