"""Returns uo01–uo06: 滑坡 monitoring points, hazard surveys and early-warning drills."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout343.common import (
    BEN,
    COST,
    ECO,
    HEAD4,
    NUM,
    OUT,
    QUA,
    SAT,
    SATS,
    SOC,
    SUS,
    TIM,
    YEAR,
    book,
    one_year,
    signatures,
    tiered,
    w,
)
from tests.variants.holdout343.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

OPHEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")


@variant("uo01-monitor-percent", (1, 7),
         "project, NAT-2021, operator column 指标性质, header 绩效目标值, unit column, "
         "typed percent cells (correct)")  # fmt: skip
def uo01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="岩屏县滑坡专业监测点建设", dept="岩屏县自然资源局（312008）",
                 unit="岩屏县地质环境监测站", money=one_year(w(180), w(160), w(20)),
                 goals=["新建滑坡专业监测点120处，预警信息30分钟内到户。"])  # fmt: skip
    tiered(s, OPHEAD, [
        (OUT, NUM, "新建滑坡专业监测点", "≥", 120, "处"),
        (None, None, "监测点汛期巡检", "≥", 4, "次"),
        (None, QUA, "监测设备在线率", "≥", pct(0.95), "%"),
        (None, None, "预警信息发布准确率", "≥", pct(0.9), "%"),
        (None, TIM, "预警信息发布时限", "≤", 30, "分钟"),
        (COST, ECO, "单个专业监测点建设成本", "≤", 1.2, "万元/处"),
        (BEN, SOC, "受威胁群众预警信息覆盖率", "=", pct(1), "%"),
        (None, None, "地质灾害预警误报下降率", "≥", 10, "%"),
        (None, None, "因地质灾害造成人员伤亡事件", "=", 0, "起"),
        (None, SUS, "监测数据接入省级平台比例", "≥", pct(0.98), "%"),
        (SAT, SATS, "受威胁群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signatures(s, "罗清远", "0871-6632 4180", day(YEAR - 1, 11, 18))
    return b


@variant("uo02-monitor-wrong", (1, 11),
         "project, NAT-2021, operator column: a typed percent over 100, ≥ on a response time, "
         "a unit cost rounded to 0")  # fmt: skip
def uo02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雾岭市崩塌隐患点普适型监测设备运维",
                 dept="雾岭市自然资源和规划局（205011）", unit="雾岭市地质灾害防治中心",
                 money=one_year(w(96), w(96), w(0)),
                 goals=["保障全市240处普适型监测设备稳定运行，预警信息及时发布。"])  # fmt: skip
    tiered(s, OPHEAD, [
        (OUT, NUM, "运维普适型监测设备", "≥", 240, "台"),
        (None, QUA, "监测设备在线率", "≥",
         mk(pct(1.05), "T106", "error", note="在线率上限 100%，105% 不可能"), "%"),
        (None, TIM, mk("预警信息发布时限", "T108", "warning", row=True,
                       note="时限是反向指标，却写“≥30分钟”"), "≥", 30, "分钟"),
        (COST, ECO, "单台设备年度运维成本", "≤",
         mk(money(0), "T115", "error", note="0.4万元/台被四舍五入成 0"), "万元/台"),
        (BEN, SOC, "汛期成功预警避险次数", "≥", 3, "次"),
        (None, SUS, "监测设备运维制度", "=", "健全", None),
        (SAT, SATS, "受威胁群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signatures(s, "钟慕岚", "0874-3125 6097", day(YEAR - 1, 12, 2))
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("uo03-survey-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100 (correct)")  # fmt: skip
def uo03() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="岩屏县地质灾害防治中心",
                    budget=[(w(860), w(820), w(40), w(310), w(550))], tasks=[
                        ("隐患点汛前排查", "全县460处隐患点排查", w(320), "排查全覆盖"),
                        ("风险调查评价", "大比例尺风险调查", w(230), "成果通过验收"),
                        ("金额合计", None, w(550), None)],
                    goal="完成隐患点汛前排查和重点乡镇风险调查，提升群众防灾意识。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("地质灾害隐患点汛前排查", 15, "处", "≥", 460),
        ("大比例尺地质灾害风险调查面积", 15, "平方公里", "≥", 210),
        ("隐患点排查覆盖率", 15, "%", "=", pct(1)),
        ("调查成果验收合格率", 10, "%", "≥", pct(0.95)),
        ("汛期隐患点巡查频次", 10, "次/月", "≥", 2),
        ("单处隐患点排查成本", 10, "万元/处", "≤", 0.5),
        ("地质灾害防治知识知晓率", 10, "%", "≥", pct(0.9)),
        ("因灾死亡失踪人数", 5, "人", "≤", 0),
        ("受威胁群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signatures(s, "彭书砚", "0871-6632 4215", day(YEAR - 1, 11, 20))
    return b


@variant("uo04-survey-flat-defects", (3, 1),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 指标性质 as "
         "direction · 权重): a rate as a count, a unit conflict, weights to 95")  # fmt: skip
def uo04() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雾岭市地质环境监测站",
                    budget=[(w(640), w(600), w(40), w(270), w(370))], tasks=[
                        ("隐患排查", "汛前汛中汛后三查", w(150), "重点隐患点全覆盖"),
                        ("风险调查", "4个乡镇风险调查", w(220), "成果通过验收"),
                        ("金额合计", None, w(370), None)],
                    goal="完成全市隐患三查和4个乡镇风险调查评价。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+20+15+10+10+10+15 = 95，不是 100")
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重")
    s.table([
        ("汛期隐患点三查次数", "≥3", "次", "正向", 15),
        ("隐患点排查覆盖率",
         mk("≥312", "T105", "error", note="覆盖率写成 312 处"), "处", "正向", 20),
        ("风险调查面积",
         mk("≥180万元", "T112", "error", note="值中单位万元与计量单位平方公里冲突"),
         "平方公里", "正向", 15),
        ("调查成果验收合格率", pct(0.95), "%", "正向", 10),
        ("单处隐患点排查成本", "≤0.4", "万元/处", "反向", 10),
        ("防灾知识宣传覆盖率", "≥90%", "%", "正向", 10),
        ("受威胁群众满意度", "≥90%", "%", "正向", 15),
    ])  # fmt: skip
    signatures(s, "葛云舟", "0874-3125 6620", day(YEAR - 1, 11, 26))
    return b


@variant("uo05-drills-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same 满意度 name "
         "with different values in each project (correct)")  # fmt: skip
def uo05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="地质灾害应急避险演练", dept="岩屏县自然资源局（312008）",
                 unit="岩屏县地质灾害防治中心", money=one_year(w(48), w(48), w(0)),
                 goals=["在36个受威胁村组织避险演练，群众熟悉撤离路线和避险点。"])  # fmt: skip
    tiered(s, HEAD4, [
        (OUT, NUM, "组织避险演练场次", "≥36场"),
        (None, None, "参演群众人次", "≥5400人次"),
        (None, QUA, "演练方案审定合格率", "=100%"),
        (None, TIM, "演练完成时间", "2025年6月30日前"),
        (None, COST, "单场演练成本", "≤1.2万元/场"),
        (BEN, SOC, "受威胁群众避险路线知晓率", "≥95%"),
        (None, SUS, "应急预案动态修订机制", "建立并执行"),
        (SAT, SATS, "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="群测群防员补助", dept="岩屏县自然资源局（312008）",
                 unit="岩屏县地质灾害防治中心", money=one_year(w(86.4), w(86.4), w(0)),
                 goals=["落实480名群测群防员补助，隐患点汛期巡查不漏点。"], title="")  # fmt: skip
    tiered(s, HEAD4, [
        (OUT, NUM, "补助群测群防员人数", "≥480人"),
        (None, QUA, "隐患点巡查记录完整率", "≥95%"),
        (None, TIM, "补助按季度发放", "按时完成"),
        (None, COST, "群测群防员补助标准", "≤1800元/人·年"),
        (BEN, SOC, "汛期隐患点巡查覆盖率", "=100%"),
        (None, SUS, "群测群防网络运行", "有效"),
        (SAT, SATS, "受益群众满意度", "≥88%"),
    ])  # fmt: skip
    signatures(s, "罗清远", "0871-6632 4180", day(YEAR - 1, 11, 18))
    return b


@variant("uo06-drills-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is a count")  # fmt: skip
def uo06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="崩塌隐患点应急处置演练", dept="雾岭市应急管理局（205030）",
                 unit="雾岭市应急救援指挥中心", money=one_year(w(30), w(30), w(0)),
                 goals=["在12个乡镇开展崩塌险情处置演练，提高基层应急处置能力。"])  # fmt: skip
    tiered(s, HEAD4, [
        (OUT, NUM, "组织应急处置演练", "≥12场"),
        (None, QUA, "演练评估达标率", "≥90%"),
        (None, TIM, "演练完成时间", "2025年5月31日前"),
        (None, COST, "单场演练成本", "≤2.5万元/场"),
        (BEN, SOC, "基层应急处置人员培训覆盖率", "≥95%"),
        (SAT, SATS, "参演人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="地质灾害预警信息发布平台运行",
                 dept="雾岭市应急管理局（205030）", unit="雾岭市应急救援指挥中心",
                 money=[("年度资金总额",
                         mk(w(95), "B101", "error", note="财政拨款 80 + 其他资金 10 = 90，不是 95"),
                         "其中：财政拨款", w(80)), ("其他资金", w(10), None, None)],
                 goals=["预警信息平台全年稳定运行，预警短信覆盖全部受威胁群众。"],
                 title="")  # fmt: skip
    tiered(s, HEAD4, [
        (OUT, NUM, "发布预警信息批次", "≥60批次"),
        (None, QUA, "预警短信覆盖率",
         mk("≥12000条", "T105", "error", note="覆盖率写成条数")),
        (None, TIM, "预警信息发布时限", "≤30分钟"),
        (None, COST, "平台年度运行维护费", "≤40万元"),
        (BEN, SOC, "受威胁群众预警知晓率", "≥95%"),
        (SAT, SATS, "受威胁群众满意度", "≥85%"),
    ])  # fmt: skip
    signatures(s, "钟慕岚", "0874-3125 6097", day(YEAR - 1, 12, 2))
    return b
