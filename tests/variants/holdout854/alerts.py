"""Weather warnings dissemination: SMS platform, loudspeakers, release system, flat lists."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout854.common import first, indicators, note, sign, wan
from tests.variants.holdout854.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")


@variant(
    "kgf07-alert-sms",
    (4, 7, 11),
    "project, OLD-NAT, headers 考核指标 / 目标值（年度）, word operators, unit column (correct)",
)
def alert_sms() -> Book:
    b, s = first()
    project_head(
        s, year=2025, name="突发事件预警信息短信发布及平台运维", dept="澄岭县气象局 405118",
        unit="澄岭县突发事件预警信息发布中心",
        money=[("年度资金总额", wan(38), "其中：财政拨款", wan(35)),
               ("其他资金", wan(3), None, None)],
        goals=["全年通过短信向全县公众发布预警信息不少于120万条次，预警信息发布时长"
               "不超过10分钟，发布平台全年稳定运行。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "比较方式", "目标值（年度）", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "预警短信发布条次", "大于等于", 120, "万条次"),
        (None, None, "发布平台运维月数", "等于", 12, "个月"),
        (None, "质量指标", "预警信息发布准确率", "大于等于", pct(0.98), "%"),
        (None, None, "因发布差错造成的责任事件", "等于", 0, "起"),
        (None, "时效指标", "预警信息发布时长", "小于等于", 10, "分钟"),
        (None, "成本指标", "预警短信单条发布费用", "小于等于", 0.05, "元/条"),
        ("效益指标", "社会效益指标", "预警盲区人口比例下降率", "大于等于", 20, "%"),
        (None, None, "预警信息公众覆盖率", "大于等于", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "注：短信条次按全网发布口径统计；120万条次×0.05元/条＝6万元，其余为平台运维费。")
    note(s, "填表说明：比较方式填“大于等于/小于等于/等于”，目标值只填数字。")
    sign(s, "韩知秋", "0745-3318062", day(2024, 12, 3))
    return b


@variant("kgf08-alert-loudspeakers", (12,), "project, NAT-2021, one value column, 大喇叭 rollout")
def alert_loudspeakers() -> Book:
    b, s = first()
    project_head(
        s, year=2025, attr="新增项目", name="农村应急广播预警大喇叭建设",
        dept="澄岭县气象局 405118", unit="澄岭县气象灾害防御中心",
        money=[("年度资金总额", wan(60), "其中：财政拨款", wan(54)),
               ("其他资金", wan(6), None, None)],
        goals=["在全县11个乡镇132个行政村各安装预警大喇叭1套，实现行政村全覆盖，"
               "预警信息10分钟内传到村。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "安装预警大喇叭数量", "≥132套"),
        (None, None, "覆盖行政村数量",
         mk("≥123个", "D104", "warning", row=True, note="年度目标写132个行政村全覆盖")),
        (None, "质量指标", "设备安装验收合格率", "100%"),
        (None, "时效指标", "预警信息传到村时长", "≤10分钟"),
        ("成本指标", "经济成本指标", "单套采购安装成本",
         mk("≤0.5万元/套", "B107", "warning", row=True,
            note="132套×0.5万元＝66万元，超过年度资金60万元")),
        ("效益指标", "社会效益指标", "行政村预警信息覆盖率", "100%"),
        (None, None,
         mk("村民对预警广播满意度", "F201", "warning", row=True,
            note="满意度填在社会效益下，应归服务对象满意度指标"),
         "≥90%"),
        ("满意度指标", "服务对象满意度指标", "乡镇防汛责任人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgf09-alert-system",
    (1, 8),
    "three-year project, NAT-2021, 实施周期 and 年度 columns, a later year prepared for (correct)",
)
def alert_system() -> Book:
    b, s = first()
    project_head(
        s, year=2025, years=3, attr="新增项目", name="突发事件预警信息发布系统升级",
        dept="澄岭县气象局 405118", unit="澄岭县突发事件预警信息发布中心",
        money=[("中期资金总额", wan(300), "年度资金总额", wan(120)),
               ("其中：财政拨款", wan(270), "其中：财政拨款", wan(110)),
               ("其他资金", wan(30), "其他资金", wan(10))],
        goals=["2025—2027年升级县级预警信息发布系统，建成乡镇发布终端33个（每年11个），"
               "为2028年接入省级一体化发布平台积累运行数据。",
               "2025年完成县级发布平台主体升级，建成乡镇发布终端11个。"],
    )  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "乡镇发布终端建设数量", "≥33个", "≥11个"),
        (None, "质量指标", "终端验收合格率", pct(1.0), pct(1.0)),
        (None, "时效指标", "平台升级完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个终端建设成本", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "社会效益指标", "重大预警信息发布时长", "≤10分钟", "≤15分钟"),
        (None, "可持续影响指标", "系统设计使用年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "乡镇应急责任人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgf10-alert-informants", (8,), "two-year project, NAT-2021, 实施周期 and 年度 columns")
def alert_informants() -> Book:
    b, s = first()
    goal = "建立覆盖全县乡村的气象信息员队伍，开展信息员培训，打通预警信息传递“最后一公里”。"
    project_head(
        s, year=2025, years=2, name="乡村气象信息员队伍建设", dept="澄岭县气象局 405118",
        unit="澄岭县气象灾害防御中心",
        money=[("中期资金总额", wan(64), "年度资金总额", wan(32)),
               ("其中：财政拨款", wan(60), "其中：财政拨款", wan(30)),
               ("其他资金", wan(4), "其他资金", wan(2))],
        goals=[goal, mk(goal, "D204", "warning", note="两年期项目的年度目标照抄中期目标")],
    )  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "气象信息员培训人次", "≥600人次",
         mk("≥600人次", "D202", "warning", note="累计人次，年度照抄两年的实施周期值")),
        (None, None, "信息员覆盖行政村数量", "≥140个", "≥70个"),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "信息员培训完成时间", "2026年10月31日前",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103",),
            note="项目2025年开始，年度期限却是2024年，上一年的残留")),
        ("成本指标", "经济成本指标", "人均培训费用", "≤0.05万元/人次", "≤0.05万元/人次"),
        ("效益指标", "社会效益指标", "预警信息到村到户率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "信息员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgf11-alert-flat",
    (1, 3, 10),
    "department, flat list (名称 · 权重 · 单位 · 指标性质 · 指标值), weights add to 100 (correct)",
)
def alert_flat() -> Book:
    b, s = first()
    department_head(
        s, year=2025, dept="澄岭县气象灾害防御中心",
        budget=[(wan(210), wan(200), wan(10), wan(150), wan(60))],
        goal="全年发布气象预警信息260条以上，预警信息公众覆盖率不低于96%，"
             "暴雨预警准确率比上年提高2个百分点。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("发布气象预警信息条数", 20, "条", "≥", 260),
        ("预警信息公众覆盖率", 15, "%", "≥", pct(0.96)),
        ("暴雨预警提前量", 15, "分钟", "≥", 30),
        ("预警信息发布时长", 15, "分钟", "≤", 10),
        ("暴雨预警准确率提高幅度", 15, "百分点", "≥", 2),
        ("气象灾害应急演练次数", 10, "次", "≥", 2),
        ("社会公众满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    note(s, "说明：权重合计100；提高幅度以上年暴雨预警准确率为基数。")
    return b


@variant("kgf12-alert-flat-wrong", (3, 12), "department with tasks, flat list, weights column")
def alert_flat_wrong() -> Book:
    b, s = first()
    department_head(
        s, year=2025, dept="桐坪县突发事件预警信息发布中心",
        budget=[(wan(180), wan(170), wan(10), wan(141), wan(39))],
        tasks=[("预警短信发布", "全网短信发布", wan(18), "覆盖率≥95%"),
               ("显示屏运维", "乡镇电子显示屏维护", wan(12), "完好率≥95%"),
               ("应急演练", "联合演练2次", wan(9), "演练2次"),
               ("金额合计", None,
                mk(wan(41), "B102", "error", alt=("B101",),
                   note="18＋12＋9＝39，与项目支出39也不符"), None)],
        goal="全年发布气象预警信息不少于300条，预警信息公众覆盖率不低于95%。",
    )  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("气象预警信息发布条数", "≥300", "条", 25),
        ("预警信息公众覆盖率", "≥95", "%", 20),
        ("乡镇电子显示屏完好率", "≥95", "%", 15),
        (mk("气象预警信息发布条数", "D102", "error", row=True, alt=("D101", "D103"),
            note="与第一行同名，指标值却是260条"), "≥260", "条", 15),
        ("应急演练次数", "≥2", "次", 10),
        ("社会公众满意度", "≥90", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，不是100")
    return b
