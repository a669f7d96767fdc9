"""Department budgets, notes around the table, template rows, budget-system exports and detail
lines, wb13–wb18 (标准时间发播中心, 广播电视监测, 公共标准时钟, 塔钟报时)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout382.common import (
    T4,
    YEAR,
    funds,
    indicators,
    note,
    signature,
    start,
    wan,
)
from tests.variants.holdout382.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("wb13-department-money", (12,), "department, NAT-2021: budget with a 占比 row, key "
         "tasks adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澄岭市标准时间发播中心",
                    budget=[(wan(500), wan(450), wan(50), wan(300), wan(200)),
                            (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4))],
                    goal="短波与网络标准时间全年不间断发播，开展授时科普。",
                    tasks=[("短波标准时间发播", "维持两部发射机全天发播", wan(96), "发播≥8700小时"),
                           ("网络授时服务", "运维网络时间服务器集群", wan(58), "可用率≥99.9%"),
                           ("发播信号监测", "监测发播信号时间偏差", wan(30), "偏差≤1毫秒"),
                           ("授时科普", "开放日及科普讲座", wan(16), "科普活动≥6场"),
                           ("金额合计", None, wan(200), None)])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "短波标准时间信号发播时长", "≥8700小时"),
        (None, None, "运维网络时间服务器", "≥20台"),
        (None, None, "开展授时科普活动", "≥6场"),
        (None, "质量指标", "网络授时服务可用率", "≥99.9%"),
        (None, None, "发播信号时间偏差", "≤1毫秒"),
        (None, "时效指标", "发播异常处置时限", "≤15分钟"),
        ("成本指标", "经济成本指标", "单场科普活动费用", "≤2万元/场"),
        ("效益指标", "社会效益指标", "标准时间服务年访问量", "≥500万次"),
        (None, "可持续影响指标", "发播值班制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "授时用户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wb14-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(260), "B101", "error", note="230 + 30 = 260，但基本支出170 + 项目支出100 = 270")
    department_head(s, year=YEAR, dept="沅汀市广播电视监测中心",
                    budget=[(total, wan(230), wan(30), wan(170), wan(100))],
                    goal="监测辖区广播电视整点报时信号，按月通报报时偏差。",
                    tasks=[("报时信号监测", "监测20套节目整点报时信号", wan(45), "按月通报"),
                           ("监测设备更新", "更新时间码分析仪", wan(30), "更新3台"),
                           ("监测数据平台运维", "维护监测数据平台", wan(20), "全年运行"),
                           ("金额合计", None, mk(wan(100), "B102", "error",
                                                note="45+30+20=95，不是100"), None)])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "监测广播电视节目套数", "≥20套"),
        (None, None, "发布报时偏差通报", "≥12期"),
        (None, "质量指标", "报时偏差监测数据完整率", "≥98%"),
        (None, "时效指标", "报时异常通报时限", "≤1个工作日"),
        ("成本指标", "经济成本指标", "时间码分析仪购置单价", "≤10万元/台"),
        ("效益指标", "社会效益指标", "节目整点报时偏差超1秒的频次", "≤2次"),
        ("满意度指标", "服务对象满意度指标", "播出机构满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wb15-footnotes-page-break", (4,), "project, OLD-NAT, one value column: a 说明 row "
         "between tiers, the header repeated after a page break, 填表说明 and signature lines "
         "dated the year before (correct)")  # fmt: skip
def footnotes_page_break() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="朔溪区公共场所标准时钟维护",
                 dept="朔溪区城市管理局（142）", unit="朔溪区市政设施维护所",
                 money=funds(18, 18, 0),
                 goals=["维护广场、车站等公共场所标准时钟35座，走时偏差不超过1秒。"])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "维护公共场所标准时钟", "≥35座"),
        (None, None, "巡检校时", "≥4轮"),
        (None, "质量指标", "时钟走时偏差", "≤1秒"),
    ])  # fmt: skip
    s.skip()
    indicators(s, T4, [
        ("产出指标", "时效指标", "故障时钟修复时限", "≤3个工作日"),
        (None, "成本指标", "单座时钟年度维护费", "≤0.4万元/座"),
    ])  # fmt: skip
    note(s, "说明：单座维护费按上年维护合同单价测算，35座合计14万元，其余用于零配件。", 4)
    s.table([
        ("效益指标", "社会效益指标", "标准时钟正常走时率", "≥98%"),
        (None, "可持续影响指标", "时钟维护台账", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：走时偏差以国家授时中心发播的北京时间为准。", 4)
    s.skip()
    note(s, "填表说明：1.指标值应写明比较符和计量单位；2.满意度以问卷调查结果为准。")
    signature(s, "郁明远", "卜嘉禾", "0557-3316208", (YEAR - 1, 12, 6))
    return b


@variant("wb16-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left from "
         "the template without indicator, a value without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沅汀市校园标准时钟同步改造",
                 dept="沅汀市教育局（215）", unit="沅汀市教育装备中心",
                 money=funds(28, 28, 0),
                 goals=["为32所学校改造同步时钟260台，校园作息时间与北京时间统一。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "改造校园同步时钟", "≥260台"),
        (None, None, mk(None, "F110", "error", note="有指标值≥32所，却没有三级指标名称"), "≥32所"),
        (None, "质量指标", "时钟同步偏差", "≤0.5秒"),
        (None, "时效指标", "改造完成时间", "2025年8月25日前"),
        ("成本指标", "经济成本指标", "单台时钟改造费", "≤0.1万元/台"),
        ("效益指标", "社会效益指标", "校园作息时间统一率", "≥98%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        (None, "可持续影响指标", "时钟同步运维机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wb17-export-second-sheet", (4, 7), "budget-system export: money on sheet 05-1 with "
         "codes in the first columns, indicators on sheet 05-2 under a third-row header "
         "预期实现值, tiers repeated in every row, a typed percent (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 20, 24, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("317002", "澄岭市时间频率计量所", "33010025000000012", "城市时间基准远程比对",
          wan(48), wan(45), wan(3))  # fmt: skip
    s.row("合计", None, None, None, wan(48), wan(45), wan(3))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 22, 12, 16, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：澄岭市时间频率计量所")
    code, name = "33010025000000012", "城市时间基准远程比对"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值")
    for row in [
        ("产出指标", "数量指标", "与国家标准时间远程比对天数", "≥365天"),
        ("产出指标", "数量指标", "出具比对报告", "≥12份"),
        ("产出指标", "质量指标", "本地时间基准与国家标准时间偏差", "≤100纳秒"),
        ("产出指标", "时效指标", "比对数据异常处置时限", "≤24小时"),
        ("产出指标", "成本指标", "比对链路年租费", "≤6万元"),
        ("效益指标", "社会效益指标", "依托本基准开展计量溯源的用户", "≥40家"),
        ("效益指标", "可持续影响指标", "时间基准连续运行率", pct(0.995, "0.0%")),
        ("满意度指标", "服务对象满意度指标", "溯源用户满意度", "≥90%"),
    ]:  # fmt: skip
        t.row(code, name, *row)
    return b


@variant("wb18-detail-artefacts", (4, 9, 12), "project, OLD-NAT, one value column, detail "
         "lines under the table: an amount pasted twice, a completion date after the project "
         "year, = on a satisfaction rate")  # fmt: skip
def detail_artefacts() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="霁川县人民广场报时塔钟修复",
                 dept="霁川县住房和城乡建设局（045）", unit="霁川县市政工程管理站",
                 money=funds(34, 30, 4),
                 goals=["修复广场塔钟机芯，更新报时音响，恢复整点报时。"])  # fmt: skip
    b.file_mark("B102", "error", required=False,
                note="重复粘贴的金额若读不出，明细可能不合计，可容忍")  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "修复塔钟机芯", "=1套"),
        (None, None, "更新报时音响", "≥4组"),
        (None, "质量指标", "塔钟走时偏差", "≤1秒"),
        (None, "时效指标", "修复完成时间",
         mk("2026年3月31日前", "Y102", "error", note="一年期项目（2025年），完成时间落在2026年")),
        (None, "成本指标", "报时音响单组购置费", "≤3万元/组"),
        ("效益指标", "社会效益指标", "整点报时准确率", "≥99%"),
        (None, "可持续影响指标", "塔钟维护责任制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度",
         mk("=95%", "T107", "warning", note="满意度写成恰好等于95%")),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据")
    s.row(None, "塔钟机芯修复", wan(18), "机芯拆解、清洗及零件更换")
    s.row(None, "报时音响系统", mk("12万12万", "X106", "error", alt=("B108",),
                                   note="金额重复粘贴，读作12万元"), "4组 × 3万元")  # fmt: skip
    s.row(None, "安装调试", wan(4), "吊装及调试")
    s.row(None, "合计", wan(34), None)
    note(s, "说明：报时音响按询价单价测算。")
    return b
