"""Correct project returns of the 146th held-out corpus (mz01–mz07)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout146.common import footer, two_line_period_header
from tests.variants.holdout146.registry import variant
from tests.variants.kit import WAN, Book, money, pct


@variant("mz01-drill-inline", (1, 4), "project, OLD-NAT, one value column, operators inside the "
         "values, merged tiers, a bare 0起 on an accident count; correct")  # fmt: skip
def mz01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="澄溪县2027年综合应急演练项目", dept="澄溪县应急管理局（311）",
        unit="澄溪县应急管理局", attr="常年项目",
        money=[("年度资金总额", money(45, WAN), "其中：财政拨款", money(40, WAN)),
               ("其他资金", money(5, WAN))],
        goals=["2027年组织综合应急演练24场，参演人员3000人次以上，覆盖全县14个乡镇（街道），"
               "检验和完善应急预案，提升群众应急避险能力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "组织综合应急演练场次", "≥24场"),
            (None, None, "参演人员", "≥3000人次"),
            (None, None, "演练覆盖乡镇（街道）数", "≥14个"),
            (None, "质量指标", "演练脚本审核通过率", "≥95%"),
            (None, None, "演练评估报告形成率", "100%"),
            (None, "时效指标", "演练任务完成时间", "2027年11月30日前"),
            (None, "成本指标", "单场演练平均成本", "≤1.5万元/场"),
            ("效益指标", "社会效益指标", "群众应急避险知识知晓率", "≥85%"),
            (None, None, "较大及以上生产安全事故起数", "0起"),
            (None, "可持续影响指标", "应急预案动态修订机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "参演单位满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "澄溪县应急管理局", "邵雨桐", "0797-6612308", "2026年10月12日")
    return b


@variant("mz02-fire-operator-column", (1, 11), "project, NAT-2021, 比较符 and 计量单位 columns, "
         "percent cells, a response time ≤15分钟, an accident count = 0起; correct")  # fmt: skip
def mz02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 10, 12, 12))
    project_head(
        s, year=2027, name="白鹭市东城消防救援大队灭火救援保障经费",
        dept="白鹭市消防救援支队（204）", unit="白鹭市东城消防救援大队",
        money=[("年度资金总额", money(320, WAN), "其中：财政拨款", money(300, WAN)),
               ("其他资金", money(20, WAN))],
        goals=["保障25辆执勤消防车辆和1200台套灭火救援器材正常运转，全年开展消防安全检查1800家次，"
               "城区接警到场时间不超过15分钟，有效遏制较大火灾事故。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "消防车辆燃修费", "≤", 85, "万元"),
            (None, None, "单车年均维护成本", "≤", 3.4, "万元/辆"),
            ("产出指标", "数量指标", "执勤消防车辆", "≥", 25, "辆"),
            (None, None, "灭火救援器材维护保养", "≥", 1200, "台套"),
            (None, None, "消防安全检查", "≥", 1800, "家次"),
            (None, "质量指标", "灭火救援器材完好率", "≥", pct(0.98), "%"),
            (None, None, "执勤车辆完好率", "≥", pct(0.95), "%"),
            (None, "时效指标", "城区接警到场时间", "≤", 15, "分钟"),
            (None, None, "接警出动时间", "≤", 1, "分钟"),
            ("效益指标", "社会效益指标", "较大火灾事故起数", "=", 0, "起"),
            (None, None, "火灾隐患整改率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "灭火救援保障能力", "定性", "持续提升", None),
            ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "白鹭市东城消防救援大队", "龚振华", "0592-3318704", "2026年10月20日")
    return b


@variant("mz03-legal-aid-weights", (10,), "project, OLD-NAT, a 权重 column adding to 100, legal "
         "aid cases with a subsidy per 件 within the money; correct")  # fmt: skip
def mz03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="青岚市法律援助办案补贴项目", dept="青岚市司法局（126）",
        unit="青岚市法律援助中心",
        money=[("年度资金总额", money(170, WAN), "其中：财政拨款", money(150, WAN)),
               ("其他资金", money(20, WAN))],
        goals=["2027年办理法律援助案件900件以上，提供法律咨询12000人次以上，困难群众应援尽援，"
               "受援人满意度92%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重", None)
    s.table(
        [
            ("产出指标", "数量指标", "办理法律援助案件", "≥900件", 15),
            (None, None, "提供法律咨询", "≥12000人次", 10),
            (None, "质量指标", "法律援助案件质量评查合格率", "≥95%", 10),
            (None, "时效指标", "法律援助申请审查办结时间", "≤7个工作日", 5),
            (None, "成本指标", "法律援助案件办案补贴标准", "≤1800元/件", 10),
            ("效益指标", "社会效益指标", "困难群众法律援助应援尽援率", "100%", 10),
            (None, None, "群众法律援助知晓率", "≥80%", 10),
            (None, "可持续影响指标", "村（社区）法律援助联络点覆盖率", "≥95%", 10),
            ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥92%", 20),
            ("合计", None, None, None, 100),
        ],
        merged=(1, 2),
    )
    footer(s, "青岚市法律援助中心", "庞晓蔓", "0736-2251096", "2026年9月28日")
    return b


@variant("mz04-warning-two-line-header", (7,), "project, NAT-2021, two-line header with an "
         "指标值设定依据 column, warning coverage and lead time; correct")  # fmt: skip
def mz04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 16, 16, 10))
    project_head(
        s, year=2027, name="栖霞湾市突发事件预警信息发布系统运维", dept="栖霞湾市气象局（402）",
        unit="栖霞湾市气象台",
        money=[("年度资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN)),
               ("其他资金", money(0, WAN))],
        goals=["保障预警信息发布系统和64个自动气象站稳定运行，全年发布气象灾害预警信号150次以上，"
               "预警信息公众覆盖率达到95%以上。"],
    )  # fmt: skip
    top = s.row("绩效指标", None, None, "年度指标值", "指标值设定依据", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("成本指标", "经济成本指标", "预警发布系统运维费", "≤38万元", "计划标准"),
            (None, None, "单条预警短信发布成本", "≤0.03元/条", "行业标准"),
            ("产出指标", "数量指标", "发布气象灾害预警信号", "≥150次", "历史标准"),
            (None, None, "发布预警短信", "≥1200万条", "历史标准"),
            (None, None, "自动气象站运维", "≥64个", "计划标准"),
            (None, "质量指标", "暴雨预警准确率", "≥85%", "行业标准"),
            (None, None, "自动气象站数据传输率", "≥98%", "行业标准"),
            (None, "时效指标", "预警信号制作发布用时", "≤10分钟", "行业标准"),
            (None, None, "强对流天气预警提前量", "≥30分钟", "历史标准"),
            ("效益指标", "社会效益指标", "预警信息公众覆盖率", "≥95%", "计划标准"),
            (None, "可持续影响指标", "突发事件预警信息发布体系", "健全", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "公众气象服务满意度", "≥88%", "历史标准"),
        ],
        merged=(1, 2),
    )
    footer(s, "栖霞湾市气象台", "区海澜", "0668-7730415", "2026年10月9日")
    return b


@variant("mz05-seismic-period-columns", (8,), "three-year project, NAT-2021, two-line header with "
         "中期 and 年度 columns, stations, 台套 and 数据传输率; correct")  # fmt: skip
def mz05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=3, name="岚山市地震监测台网加密建设项目",
        dept="岚山市地震监测中心（518）", unit="岚山市地震监测中心", attr="新增项目",
        money=[("中期资金总额", money(1350, WAN), "年度资金总额", money(450, WAN)),
               ("其中：财政拨款", money(1200, WAN), "其中：财政拨款", money(400, WAN)),
               ("其他资金", money(150, WAN), "其他资金", money(50, WAN))],
        goals=["2027年—2029年新建地震监测站点45个，配置监测设备135台套，监测数据传输率99%以上，"
               "自动地震速报时间缩短至2分钟以内。",
               "2027年新建地震监测站点15个，配置监测设备45台套，完成首批站点验收并接入台网。"],
    )  # fmt: skip
    two_line_period_header(s)
    s.table(
        [
            ("成本指标", "经济成本指标", "单个监测站点建设成本", "≤28万元/个", "≤28万元/个"),
            ("产出指标", "数量指标", "新建地震监测站点", "≥45个", "≥15个"),
            (None, None, "配置监测设备", "≥135台套", "≥45台套"),
            (None, "质量指标", "监测数据传输率", "≥99%", "≥99%"),
            (None, None, "站点建设验收合格率", "100%", "100%"),
            (None, "时效指标", "站点建设完成时间", "2029年12月31日前", "2027年12月31日前"),
            ("效益指标", "社会效益指标", "自动地震速报时间", "≤2分钟", "≤2分钟"),
            (None, "可持续影响指标", "监测台网连续运行率", "≥98%", "≥98%"),
            ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "岚山市地震监测中心", "冼立行", "0771-4409632", "2026年8月30日")
    return b


@variant("mz06-stock-filled-down", (1, 4), "project, OLD-NAT, tiers filled down in every row, "
         "bare numbers with a 计量单位 column, reserves in 万件 and 台套; correct")  # fmt: skip
def mz06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 32, 14, 12, 16))
    project_head(
        s, year=2027, name="云岭州应急物资储备与管理", dept="云岭州应急管理局（033）",
        unit="云岭州救灾物资储备中心",
        money=[("年度资金总额", money(520, WAN), "其中：财政拨款", money(500, WAN)),
               ("其他资金", money(20, WAN))],
        goals=["2027年储备救灾物资8.5万件、应急救援装备260台套，管好6个储备库点，灾后24小时内"
               "将救灾物资调运到位，保障受灾群众基本生活。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "说明")
    rows = [
        ("数量指标", "救灾物资储备", "≥8.5", "万件", "帐篷、棉被、折叠床等"),
        ("数量指标", "应急救援装备储备", "≥260", "台套", "发电机、排涝泵等"),
        ("数量指标", "储备库点", "≥6", "个", None),
        ("质量指标", "储备物资账实相符率", "100", "%", None),
        ("质量指标", "储备物资完好率", "≥98", "%", None),
        ("时效指标", "灾后救灾物资调运到达时间", "≤24", "小时", None),
        ("成本指标", "物资仓储管理费", "≤42", "万元", None),
    ]
    for tier2, name, value, unit, note in rows:
        s.row("产出指标", tier2, name, value, unit, note)
    for tier1, tier2, name, value, unit in [
        ("效益指标", "社会效益指标", "受灾群众基本生活救助覆盖率", "≥95", "%"),
        ("效益指标", "社会效益指标", "受灾群众得到初步救助时间", "≤12", "小时"),
        ("效益指标", "可持续影响指标", "应急物资保障体系", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90", "%"),
    ]:
        s.row(tier1, tier2, name, value, unit)
    footer(s, "云岭州救灾物资储备中心", "卢静岚", "0878-5520917", "2026年10月15日")
    return b


@variant("mz07-police-stacked", (2,), "two projects of a 公安局 stacked in one sheet, OLD-NAT, "
         "one value column, 48小时内 and 0起; correct")  # fmt: skip
def mz07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="110接处警指挥系统运维", dept="梧桐县公安局（145）",
        unit="梧桐县公安局指挥中心",
        money=[("年度资金总额", money(68, WAN), "其中：财政拨款", money(68, WAN)),
               ("其他资金", money(0, WAN))],
        goals=["保障24个接处警席位全年稳定运行，城区接警到场时间不超过10分钟，农村不超过20分钟。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "接处警席位运维", "≥24个"),
            (None, "质量指标", "系统运行可用率", "≥99.5%"),
            (None, "时效指标", "城区接警到场时间", "≤10分钟"),
            (None, None, "农村接警到场时间", "≤20分钟"),
            (None, "成本指标", "系统运维费", "≤68万元"),
            ("效益指标", "社会效益指标", "群众安全感", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "报警群众满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s, year=2027, title="", name="道路交通安全设施维护", dept="梧桐县公安局（145）",
        unit="梧桐县公安局交通管理大队",
        money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(120, WAN)),
               ("其他资金", money(30, WAN))],
        goals=["维护交通信号灯180套，更换交通标志标牌600块，故障信号灯48小时内修复。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "维护交通信号灯", "≥180套"),
            (None, None, "更换交通标志标牌", "≥600块"),
            (None, "质量指标", "设施维护验收合格率", "≥98%"),
            (None, "时效指标", "故障信号灯修复时间", "48小时内"),
            (None, "成本指标", "信号灯单套年维护成本", "≤0.45万元/套"),
            ("效益指标", "社会效益指标", "道路交通事故死亡人数同比下降率", "≥3%"),
            (None, None, "较大道路交通事故起数", "0起"),
            ("满意度指标", "服务对象满意度指标", "驾驶人及行人满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "梧桐县公安局", "林国栋", "0315-8126650", "2026年10月18日")
    return b
