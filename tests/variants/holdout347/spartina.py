"""Invasive spartina cleared (互花米草除治) on mangrove flats: us07–us12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout347.common import (
    NAT,
    YEAR,
    funds,
    head,
    indicators,
    notes,
    signature,
    start,
)
from tests.variants.holdout347.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("us07-numbered-points", (5,), "project, NAT-2021, tier labels numbered with points "
         "(一、产出指标（40分）, （一）数量指标), a 0起 side-effect count (correct)")  # fmt: skip
def us07() -> Book:
    b, s = start()
    head(s, "蚝沙湾互花米草除治项目", "汐浦县蚝沙湾湿地管护站", funds(160, 140, 20),
         ["清除蚝沙湾互花米草400亩，复发率控制在5%以内，恢复光滩和乡土植被。"])  # fmt: skip
    indicators(s, NAT, [
        ("一、产出指标（40分）", "（一）数量指标", "互花米草清除面积", "≥400亩"),
        (None, None, "清除后翻耕除根遍数", "≥2遍"),
        (None, "（二）质量指标", "清除区互花米草复发率", "≤5%"),
        (None, "（三）时效指标", "刈割除根作业完成时间", "2025年9月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "每亩除治成本", "≤0.35万元/亩"),
        (None, "（二）生态环境成本指标", "施药残留超标事件",
         ok("0起", note="副作用事件为0是正常目标，不是归零的成本；缺比较符至多提示")),
        ("三、效益指标（30分）", "（一）生态效益指标", "恢复光滩及乡土植被面积", "≥300亩"),
        (None, "（二）社会效益指标", "恢复滩涂养殖通道", "≥3条"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "沿海村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("us08-marked-wrong-parent", (5,), "project, NAT-2021, labels with * and ★ and "
         "abbreviated: 时效 placed under 效益指标, a ★ 复发率 given as a count")  # fmt: skip
def us08() -> Book:
    b, s = start()
    head(s, "榄洲互花米草综合防控项目", "汐浦县榄洲湿地公园管理所", funds(120, 100, 20),
         ["清除榄洲互花米草300亩并防止复发，为红树林补植腾出滩涂。"])  # fmt: skip
    indicators(s, NAT, [
        ("*产出指标", "数量", "互花米草清除面积", "≥300亩"),
        (None, "质量", "★清除区复发率",
         mk("3处", "T105", "error", note="复发率写成处数，不是百分比")),
        ("*成本指标", "经济成本", "每亩防控成本", "≤0.4万元/亩"),
        ("*效益指标", "生态效益", "腾出可造林滩涂面积", "≥200亩"),
        (None, mk("时效", "F105", "error", note="时效指标属于产出指标，不在效益指标之下"),
         "清除作业完成时间", "2025年10月31日前"),
        (None, "可持续影响", "复发巡查机制", "建立并执行"),
        ("*满意度指标", "服务对象满意度", "周边渔民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("us09-flat-department", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percentages, weights add to 100 "
         "(correct)")  # fmt: skip
def us09() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="汐浦县外来物种防控站",
                    budget=[[money(360, WAN), money(320, WAN), money(40, WAN),
                             money(120, WAN), money(240, WAN)]],
                    goal="全年清除互花米草650亩，复发率不高于5%，恢复光滩500亩。")  # fmt: skip
    indicators(s, FLAT, [
        ("互花米草清除面积", 20, "亩", "≥", 650),
        ("清除区复发率", 15, "%", "≤", pct(0.05)),
        ("恢复光滩面积", 15, "亩", "≥", 500),
        ("清除区水鸟监测次数", 10, "次", "≥", 12),
        ("防控宣传培训人次", 10, "人次", "≥", 800),
        ("清除作业安全事故", 10, "起", "=", 0),
        ("每亩防控成本", 10, "万元/亩", "≤", 0.35),
        ("周边群众满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("us10-flat-wrong", (3, 11), "department, flat list with operator column: a 复发率 with "
         "≥, an area given in 万元 against unit 亩, weights adding to 95")  # fmt: skip
def us10() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澜港市滨海湿地保护站",
                    budget=[[money(300, WAN), money(270, WAN), money(30, WAN),
                             money(100, WAN), money(200, WAN)]],
                    goal="清除互花米草500亩，防止复发，恢复水鸟觅食光滩。")  # fmt: skip
    indicators(s, FLAT, [
        ("互花米草清除面积", 20, "亩", "≥",
         mk("35万元", "T112", "error", note="指标值单位万元与计量单位亩冲突")),
        ("清除区复发率", 15, "%",
         mk("≥", "T108", "warning", row=True, note="复发率是反向指标，应为≤"), pct(0.05)),
        ("恢复光滩面积", 15, "亩", "≥", 400),
        ("水鸟觅食区监测次数", 10, "次", "≥", 12),
        ("防控宣传培训人次", 10, "人次", "≥", 600),
        ("每亩防控成本", 10, "万元/亩", "≤", 0.35),
        ("复发斑块巡查及时率", 10, "%", "≥", pct(0.95)),
        ("周边群众满意度", 5, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+10+10+10+5 = 95，应为100")
    return b


@variant("us11-notes-page-break", (4,), "project, OLD-NAT, one value column: a 注 row inside "
         "the table, the header repeated after a page break, 说明, 填表说明, signature "
         "(correct)")  # fmt: skip
def us11() -> Book:
    b, s = start()
    head(s, "鸥屿湾互花米草清除及监测项目", "鸥屿镇农业农村服务中心", funds(100, 80, 20),
         ["清除鸥屿湾互花米草300亩，开展清除后复发监测。"],
         dept="汐浦县自然资源局（305）")  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "互花米草清除面积", "≥300亩"),
        (None, None, "复发监测样方数量", "≥60个"),
        (None, "质量指标", "清除区复发率", "≤5%"),
    ])  # fmt: skip
    notes(s, "注：复发率按清除后第6个月复查的复发斑块面积占清除面积的比例计算。", width=4)
    s.skip()
    indicators(s, NAT, [
        ("产出指标", "时效指标", "清除作业完成时间", "2025年10月31日前"),
        (None, "成本指标", "每亩清除成本", "≤0.3万元/亩"),
        ("效益指标", "生态效益指标", "恢复光滩面积", "≥250亩"),
        (None, "可持续影响指标", "复发巡查制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：项目资金100万元，其中其他资金20万元为镇级配套。",
          "填表说明：指标值应填写可考核的数值或等级，比较符用≥、≤表示。")  # fmt: skip
    signature(s, "冯晓岚", "0759-6632418", day(YEAR - 1, 12, 6))
    return b


@variant("us12-notes-artefacts", (4, 9), "project, OLD-NAT, notes and money detail lines under "
         "the table: a date serial stored as text, an amount split by a space")  # fmt: skip
def us12() -> Book:
    b, s = start()
    end = mk("46022", "X104", "warning", note="计划完成日期是文本中的日期序列号（2025-12-31）")
    head(s, "沙蚬洲互花米草除治项目", "澜港市沙蚬洲湿地管理所", funds(120, 100, 20),
         ["除治沙蚬洲互花米草350亩，复发率控制在5%以内。"], end=end,
         dept="澜港市林业局（208）")  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "互花米草除治面积", "≥350亩"),
        (None, "质量指标", "清除区复发率", "≤5%"),
        (None, "时效指标", "除治作业完成时间", "2025年11月30日前"),
        (None, "成本指标", "每亩除治成本", "≤0.3万元/亩"),
        ("效益指标", "生态效益指标", "恢复光滩面积", "≥300亩"),
        ("满意度指标", "服务对象满意度指标", "周边渔民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：以下为项目资金明细（万元）。", width=4)
    split = mk("42.365 0", "X105", "warning", alt=("X103",), note="数字被空格断开，读作42.365")
    s.row("资金明细", "刈割及除根作业费", split)
    s.row(None, "翻耕晒根及覆盖费", money(51.635, "0.0000"))
    s.row(None, "复发监测及巡查费", money(26, "0.0000"))
    s.row(None, "合计", money(120, "0.0000"))
    signature(s, "谭海生", "0760-8817342", day(YEAR - 1, 11, 28))
    return b
