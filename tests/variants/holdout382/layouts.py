"""Stacked projects, flat department lists and multi-year projects, wb07–wb12 (授时信号监测,
标准时间网站, 广播发射台, 备份发播系统)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout382.common import T4, YEAR, funds, funds_period, indicators, start, wan
from tests.variants.holdout382.registry import variant
from tests.variants.kit import Book, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("wb07-stacked-two", (2,), "two one-year projects stacked in one sheet, OLD-NAT, one "
         "value column, the same 用户满意度 with different values (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沅汀市长波授时信号监测站运维",
                 dept="沅汀市科学技术局（133）", unit="沅汀市授时信号监测站",
                 money=funds(40, 40, 0),
                 goals=["全年监测长波授时信号，按月编制信号质量报告"
                        "并向重点用户预警。"])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "监测长波授时信号时长", "≥8700小时"),
        (None, None, "编制信号质量月报", "≥12期"),
        (None, "质量指标", "监测数据有效率", "≥98%"),
        (None, "时效指标", "信号异常报告时限", "≤30分钟"),
        (None, "成本指标", "监测站年度运维费", "≤36万元"),
        ("效益指标", "社会效益指标", "信号异常预警推送及时率", "100%"),
        (None, "可持续影响指标", "监测设备完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="沅汀市标准时间科普宣传", title="",
                 dept="沅汀市科学技术局（133）", unit="沅汀市授时信号监测站",
                 money=funds(12, 10, 2),
                 goals=["举办“标准时间进校园”科普活动10场，普及授时知识。"])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "举办“标准时间进校园”科普活动", "≥10场"),
        (None, "质量指标", "科普材料内容审核通过率", "100%"),
        (None, "时效指标", "活动完成时间", "2025年11月30日前"),
        (None, "成本指标", "单场活动费用", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "参与学生人数", "≥3000人"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("wb08-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: "
         "the second project's 年度资金总额 is not 财政拨款 + 其他资金, "
         "a rate given as a count")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭市变电站授时终端升级",
                 dept="澄岭市发展和改革委员会（021）", unit="澄岭市电力调度时间同步中心",
                 money=funds(60, 55, 5),
                 goals=["升级变电站授时终端40台，调度系统时钟统一至标准时间。"])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "升级变电站授时终端", "≥40台"),
        (None, "质量指标", "终端对时精度达标率", "≥99%"),
        (None, "时效指标", "升级完成时间", "2025年9月30日前"),
        (None, "成本指标", "单台终端升级费", "≤1.2万元/台"),
        ("效益指标", "社会效益指标", "因时钟不同步导致的调度记录差错", "0起"),
        (None, "可持续影响指标", "终端同步状态在线监测", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "调度人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    bad = mk(wan(30), "B101", "error", note="24 + 4 = 28，不是30")
    project_head(s, year=YEAR, name="澄岭市标准时间网站及授时客户端运营", title="",
                 dept="澄岭市发展和改革委员会（021）", unit="澄岭市电力调度时间同步中心",
                 money=funds(bad, 24, 4),
                 goals=["标准时间网站全年稳定运行，推广授时客户端。"])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "标准时间网站全年访问服务", "≥100万人次"),
        (None, "质量指标", "授时客户端在线率",
         mk("150台", "T105", "error", note="在线率给的是台数")),
        (None, "时效指标", "网站故障恢复时间", "≤2小时"),
        (None, "成本指标", "网站托管及带宽费", "≤9万元"),
        ("效益指标", "社会效益指标", "客户端装机量较上年增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "网站用户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wb09-flat-department", (3,), "department, budget and key tasks, flat list "
         "(指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="沅汀市时间频率服务中心",
                    budget=[(wan(420), wan(380), wan(40), wan(265), wan(155))],
                    goal="保障标准时间发播和网络授时服务稳定，完成年度计时器具检定计划。",
                    tasks=[("标准时间发播系统运维", "维护发播机房及授时服务器", wan(88),
                            "全年发播不间断"),
                           ("授时信号监测", "监测北斗、长波及网络授时信号", wan(42),
                            "按月发布监测报告"),
                           ("计时器具检定", "检定辖区计时器具", wan(25), "完成年度检定计划"),
                           ("金额合计", None, wan(155), None)])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("标准时间发播系统全年可用率", 15, "%", "≥", pct(0.9995, "0.00%")),
        ("运维授时服务器", 10, "台", "≥", 16),
        ("发布信号监测报告", 10, "期", "≥", 12),
        ("检定计时器具", 15, "台件", "≥", 900),
        ("检定证书出具时限", 10, "工作日", "≤", 7),
        ("发播中断累计时长", 10, "分钟", "≤", 30),
        ("授时偏差超限事件", 10, "起", "≤", 0),
        ("重点用户授时保障覆盖率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("wb10-flat-wrong", (3, 11), "department, flat list in another order "
         "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "≥ on a 反向 rate, unit conflict, weights 95")  # fmt: skip
def flat_wrong() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="朔溪区广播电视发射台",
                    budget=[(wan(310), wan(300), wan(10), wan(190), wan(120))],
                    goal="保障整点报时信号和广播电视节目安全播出。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计15+15+10+15+10+20+10=95，应为100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("整点报时信号播出", "≥8760", "正向", "次", 15),
        ("报时信号与标准时间偏差", "≤0.1", "反向", "秒", 15),
        ("发射机停播率", mk("≥0.05%", "T108", "warning", row=True,
                            note="停播率是反向指标，却写≥"), "反向", "%", 10),
        ("节目安全播出率", "≥99.9%", "正向", "%", 15),
        ("发射设备维修费用", mk("≤26万元", "T112", "error", row=True,
                                note="值的单位万元与计量单位列“个”不一致"), "反向", "个", 10),
        ("覆盖人口", "≥42", "正向", "万人", 20),
        ("听众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    return b


@variant("wb11-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 value columns: "
         "counts smaller in the year, rates and caps equal, typed 100% (correct)")  # fmt: skip
def multi_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, attr="新增项目",
                 name="澄岭市标准时间备份发播系统建设",
                 dept="澄岭市科学技术局（133）", unit="澄岭市标准时间发播中心",
                 money=funds_period((360, 330, 30), (140, 130, 10)),
                 goals=["三年内建成异地备份发播系统，部署备份授时服务器12台，主备切换不超过5秒。",
                        "完成备份机房主体改造，部署备份授时服务器4台，"
                        "开展切换演练3次。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "部署备份授时服务器", "≥12台", "≥4台"),
        (None, None, "开展发播切换演练", "≥9次", "≥3次"),
        (None, "质量指标", "备份系统授时偏差", "≤1毫秒", "≤1毫秒"),
        (None, None, "设备验收合格率", pct(1), pct(1)),
        (None, "时效指标", "主备系统切换时间", "≤5秒", "≤5秒"),
        ("成本指标", "经济成本指标", "单台授时服务器购置费", "≤9万元/台", "≤9万元/台"),
        ("效益指标", "社会效益指标", "主系统故障时标准时间服务中断时长", "≤1分钟", "≤1分钟"),
        (None, "可持续影响指标", "备份系统设计使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "授时用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wb12-multi-year-wrong", (8,), "two-year project, NAT-2021, 中期 and 年度 value columns: "
         "an annual count above its period count, two cumulative counts copied")  # fmt: skip
def multi_year_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, attr="新增项目",
                 name="霁川县乡镇广播标准时间同步改造",
                 dept="霁川县文化和旅游局（071）", unit="霁川县广播电视台",
                 money=funds_period((80, 80, 0), (50, 50, 0)),
                 goals=["两年内完成全县乡镇广播站标准时间同步改造。",
                        "完成首批乡镇广播站改造，安装时间同步模块并培训广播员。"])  # fmt: skip
    copied = "两年期项目的累计数量，年度值照抄中期值"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "改造乡镇广播站", "≥14个",
         mk("≥18个", "D201", "error", note="年度18个超过两年合计14个")),
        (None, None, "安装时间同步模块", "≥140套", mk("≥140套", "D202", "warning", note=copied)),
        (None, None, "培训乡镇广播员", "≥28人次", mk("≥28人次", "D202", "warning", note=copied)),
        (None, "质量指标", "同步模块验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "改造完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单套同步模块费用", "≤0.35万元/套", "≤0.35万元/套"),
        ("效益指标", "社会效益指标", "乡镇广播报时偏差", "≤1秒", "≤1秒"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
