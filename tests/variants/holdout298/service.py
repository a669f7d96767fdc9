"""Convenience service centres and village affairs supervision (便民服务中心, 村务监督):
returns sv07 to sv12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout298.common import indicators, notes, one_year, sign, start, wan
from tests.variants.holdout298.registry import variant
from tests.variants.kit import Book, mk, pct

YEAR = 2026
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sv07-stacked-service-supervision", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same 满意度 name "
         "with different values, a unit cost times the count equal to the budget "
         "(correct)")  # fmt: skip
def stacked_service_supervision() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=YEAR, name="岚桥镇便民服务中心及村级代办站运行经费",
                 dept="苇塘县政务服务中心（126004）", unit="岚桥镇便民服务中心",
                 money=one_year(wan(68), wan(60), wan(8)), attr="常年项目",
                 goals=["保障镇便民服务中心和25个村级代办站正常运行。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "村级代办站运行数", "≥25个"),
        (None, "质量指标", "“一窗受理”事项办结率", "≥98%"),
        (None, "时效指标", "即办件办理时限", "≤1个工作日"),
        (None, "成本指标", "每个代办站运行补助标准", "≤2.4万元/个"),
        ("效益指标", "社会效益指标", "群众办事“最多跑一次”比例", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="岚桥镇村务监督委员会履职补贴",
                 dept="苇塘县民政局（124002）", unit="岚桥镇人民政府",
                 money=one_year(wan(43.2), wan(43.2), wan(0)), attr="常年项目",
                 goals=["落实24个村72名村务监督委员会成员履职补贴。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "领取补贴的村监委成员", "≥72人"),
        (None, None, "村务监督例会召开次数", "≥288次"),
        (None, "质量指标", "村级重大事项监督覆盖率", "=100%"),
        (None, "时效指标", "补贴按季发放及时率", "≥95%"),
        (None, "成本指标", "村监委成员补贴标准", "≤0.6万元/人·年"),
        ("效益指标", "社会效益指标", "村务公开问题整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, YEAR, "孟檀", "0739-6658320")
    return b


@variant("sv08-stacked-audit-wrong", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its parts, one of its rates is given as a count")  # fmt: skip
def stacked_audit_wrong() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=YEAR, name="梅垄乡便民服务中心“一窗通办”改造",
                 dept="苇塘县政务服务中心（126004）", unit="梅垄乡人民政府",
                 money=one_year(wan(45), wan(40), wan(5)), attr="一次性项目",
                 goals=["改造乡便民服务中心综合窗口8个，实现120项事项“一窗通办”。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造综合窗口数", "≥8个"),
        (None, None, "“一窗通办”事项", "≥120项"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2026年9月30日前"),
        (None, "成本指标", "每个窗口改造成本", "≤5万元/个"),
        ("效益指标", "社会效益指标", "群众办事平均等候时间", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(30.5), "B101", "error", note="26 + 3.5 = 29.5, not 30.5")
    project_head(s, year=YEAR, title="", name="梅垄乡村级“三资”监督审计",
                 dept="苇塘县农业农村局（125001）", unit="梅垄乡农村经营管理站",
                 money=one_year(total, wan(26), wan(3.5)), attr="延续项目",
                 goals=["对16个村的资金、资产、资源开展年度审计，问题整改到位。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "审计村数", "≥16个"),
        (None, "质量指标", "村级财务审计覆盖率",
         mk("16个", "T105", "error", note="a 覆盖率 given as a count of villages")),
        (None, "时效指标", "审计报告按时出具率", "≥95%"),
        (None, "成本指标", "每村审计费用", "≤1.8万元/村"),
        ("效益指标", "社会效益指标", "违规资金追缴率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民对审计工作满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, YEAR, "苏砚秋", "0739-6667214")
    return b


@variant("sv09-supervision-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值) with "
         "typed percent cells, a 下降率 with ≥, a 0起 incident count, weights adding to 100 and a "
         "合计 row (correct)")  # fmt: skip
def supervision_flat() -> Book:
    b, s = start("部门整体", (24, 12, 12, 14, 16, 16))
    department_head(s, year=YEAR, dept="砚池镇纪检监察办公室",
                    budget=[(wan(58.6), wan(52.6), wan(6), wan(31.4), wan(27.2))],
                    goal="督促24个村村务监督委员会规范履职，开展村级“三资”专项审计。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("村务监督委员会履职检查村数", 10, "个", "≥", 24),
        ("村级“三资”专项审计村数", 10, "个", "≥", 8),
        ("村务公开规范率", 15, "%", "≥", pct(0.95)),
        ("问题线索办结率", 15, "%", "≥", pct(0.9)),
        ("村务监督业务培训人次", 10, "人次", "≥", 144),
        ("涉村务信访举报下降率", 10, "%", "≥", pct(0.1)),
        ("村级财务违纪案件发生数", 10, "起", "≤", 0),
        ("村民对村务监督工作满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, YEAR, "易清和", "0739-6615096")
    return b


@variant("sv10-service-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标方向 · 计量单位 · 权重): "
         "a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def service_flat_wrong() -> Book:
    b, s = start("部门整体", (24, 14, 12, 12, 10, 16))
    department_head(s, year=YEAR, dept="岚桥镇便民服务中心",
                    budget=[(wan(74), wan(68), wan(6), wan(46.5), wan(27.5))],
                    goal="承接代办服务事项150项以上，办件按时办结，群众投诉下降。")  # fmt: skip
    s.row("指标名称", "指标值", "指标方向", "计量单位", "权重")
    s.table([
        ("代办服务事项数量", "≥150", "正向", "项", 15),
        ("年度办件量", "≥12000", "正向", "件", 15),
        ("政务服务进村宣传活动",
         mk("≥36场", "T112", "error", note="场 in the value, 人次 in the unit column"),
         "正向", "人次", 10),
        ("即办件当场办结率", "≥95%", "正向", "%", 15),
        ("群众投诉率", mk("≥3%", "T108", "warning", row=True, note="反向 with ≥"),
         "反向", "%", 10),
        ("办件超时率", "≤2%", "反向", "%", 10),
        ("服务对象满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+15+10+15+10+10+20 = 95, not 100")
    sign(s, YEAR, "孟檀", "0739-6658320")
    return b


@variant("sv11-decorated-tiers-notes", (4, 5),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）), tier-2s "
         "numbered, abbreviated or starred, an instruction row inside the table, footnotes, "
         "填表说明 and signature lines below (correct)")  # fmt: skip
def decorated_tiers_notes() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫垭乡政务服务“一网通办”向村延伸",
                 dept="苇塘县政务服务中心（126004）", unit="枫垭乡便民服务中心",
                 money=one_year(wan(96), wan(90), wan(6)), attr="新增项目",
                 goals=["在24个村布设自助服务终端，80项以上政务服务事项村内可办。"])  # fmt: skip
    s.row(*HEAD)
    notes(s, ["（带★的为核心指标，不得删除；指标值须写明比较符和计量单位）"], width=4)
    s.table([
        ("一、成本指标（10分）", "（一）经济成本", "村级自助服务终端单价", "≤3.2万元/台"),
        ("二、产出指标（40分）", "（一）数量指标", "★延伸到村的政务服务事项", "≥80项"),
        (None, None, "村级自助服务终端布设", "≥24台"),
        (None, "（二）质量", "终端安装验收合格率", "100%"),
        (None, "（三）时效", "终端安装完成时间", "2026年10月31日前"),
        ("三、效益指标（40分）", "（一）社会效益", "★村民办事“不出村”比例", "≥70%"),
        (None, "（二）可持续影响", "终端运维管理制度", "建立并执行"),
        ("四、满意度指标（10分）", "★服务对象满意度", "村民办事满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.终端单价含安装调试费；2.“不出村”比例=村内办结件数/村民办件总数。",
              "填表说明：金额单位为万元；一级指标分值合计100分。"])  # fmt: skip
    sign(s, YEAR, "卢静姝", "0739-6630468")
    return b


@variant("sv12-supervision-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a template tier-2 left without indicator and "
         "value, a value whose indicator name is missing")  # fmt: skip
def supervision_template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀镇村务监督委员会规范化建设",
                 dept="苇塘县民政局（124002）", unit="鹭汀镇人民政府",
                 money=one_year(wan(28.8), wan(28.8), wan(0)), attr="一次性项目",
                 goals=["完成18个村村务监督委员会规范化建设，统一监督台账和公开栏。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每村规范化建设补助", "≤1.6万元/村"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("产出指标", "数量指标", "规范化建设村数", "≥18个"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥36次"),
        (None, "质量指标", "监督台账规范率", "≥95%"),
        (None, "时效指标", "规范化建设完成时间", "2026年6月30日前"),
        ("效益指标", "社会效益指标", "村务公开问题整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民对村务监督满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, YEAR, "柯映雪", "0739-6641853")
    return b
