"""One-year project tables with the operator, the direction or the unit in a column of its own:
operators as symbols and in words (大于等于 / 小于等于 / 等于), 正向 / 反向 columns (one headed
指标性质 beside an operator column headed 指标方向), weights, notes and signature lines
(qw07–qw12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout247.common import OPS, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout247.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
DIRS = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")


@variant("qw07-flood-ops-in-words", (1, 4, 11), "one-year project, NAT-2021, operators in words "
         "in a 指标性质 column, a 度量单位 column, 95% typed as Excel stores it, note and "
         "signature under the table: 等于 0 人, 小于等于 30 分钟 (correct)")  # fmt: skip
def qw07() -> Book:
    b, s = book("防汛绩效目标")
    project_head(
        s, year=2026, name="中小河流防汛抢险能力提升项目", dept="清河县水利局（309）",
        unit="清河县防汛抗旱服务中心",
        money=one_year_money(wan(155), wan(120), wan(35)),
        goals=["2026年储备防汛编织袋5万条，组织防汛应急演练6次，险情报告后30分钟内抢险队伍"
               "到场，汛前隐患整改率95%以上，全年不发生因洪涝灾害死亡事件。"],
    )  # fmt: skip
    indicators(s, WORDS, [
        ("产出指标", "数量指标", "储备防汛编织袋", "大于等于", 50000, "条"),
        (None, None, "组织防汛应急演练", "大于等于", 6, "次"),
        (None, "质量指标", "抢险物资入库验收合格率", "等于", 100, "%"),
        (None, None, "汛前隐患整改率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "险情报告后抢险队伍到场时间", "小于等于", 30, "分钟"),
        ("成本指标", "经济成本指标", "编织袋采购单价", "小于等于", 1.2, "元/条"),
        ("效益指标", "社会效益指标", "因洪涝灾害死亡人数", "等于", 0, "人"),
        (None, None, "沿河重点村镇洪水转移避险率", "大于等于", 98, "%"),
        (None, "可持续影响指标", "防汛应急预案体系", "定性", "完善", None),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "注：“指标性质”栏填写大于等于、小于等于、等于或定性；指标值为2026年度目标。",
         gap=True)  # fmt: skip
    sign(s, "石清源", "范嘉禾", "0315-4461827")
    return b


@variant("qw08-reservoir-direction-column", (4, 11), "one-year project, NAT-2021, 正向/反向 "
         "direction column and unit column: ≥ on a 反向 arrival time, 小时 in the value against "
         "分钟 in the unit column, an impossible fill date on the signature line")  # fmt: skip
def qw08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="小型水库山塘防汛安全运行项目", dept="桐柏县水利局（233）",
        unit="桐柏县水库管理服务站",
        money=one_year_money(wan(210), wan(210), wan(0)),
        goals=["2026年对全县126座小型水库山塘开展汛期巡查，监测设施完好率95%以上，不发生"
               "水库垮坝事故。"],
    )  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "巡查小型水库山塘", "正向", "≥126", "座"),
        (None, None, "巡查人员培训", "正向", "≥260", "人次"),
        (None, "质量指标", "水库安全监测设施完好率", "正向", "≥95", "%"),
        (None, "时效指标", "险情处置人员到场时间", "反向",
         mk("≥30", "T108", "warning", row=True, note="反向 declared, ≥ written"), "分钟"),
        (None, None, "预警信息传达到户时间", "反向",
         mk("≤2小时", "T112", "error", row=True, note="小时 in the value, 分钟 in the column"),
         "分钟"),
        ("成本指标", "经济成本指标", "单座水库年度巡查运维成本", "反向", "≤1.5", "万元/座"),
        ("效益指标", "社会效益指标", "水库垮坝事故起数", "反向", "=0", "起"),
        ("满意度指标", "服务对象满意度指标", "库区群众满意度", "正向", "≥90", "%"),
    ])  # fmt: skip
    s.skip()
    s.row("填报人：许南星", None, "审核人：孟千帆", None, "联系电话：0377-6623154")
    s.row(None, None, None, None, mk("填报日期：2025年11月31日", "Y106", "error",
                                     note="November has 30 days"))  # fmt: skip
    return b


@variant("qw09-landslide-weights-note", (4, 10, 11), "one-year project, NAT-2021, direction "
         "column and weights adding to 100, a note row closing the table: a 下降率 with ≥, "
         "=0 on 反向 counts, a date with 反向 (correct)")  # fmt: skip
def qw09() -> Book:
    b, s = book("绩效目标", (14, 16, 30, 12, 20, 10))
    project_head(
        s, year=2026, name="地质灾害综合治理工程项目", dept="凤栖县自然资源局（126）",
        unit="凤栖县地质灾害防治中心",
        money=one_year_money(wan(600), wan(520), wan(80)),
        goals=["2026年完成12处地质灾害隐患点工程治理，搬迁避让受威胁群众86户，受威胁人数较"
               "上年下降30%以上，治理工程于11月底前全部完工。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "权重"), [
        ("产出指标", "数量指标", "治理地质灾害隐患点", "正向", "≥12处", 10),
        (None, None, "搬迁避让受威胁群众", "正向", "≥86户", 10),
        (None, "质量指标", "治理工程竣工验收合格率", "正向", "100%", 10),
        (None, None, "施工安全事故起数", "反向", "=0起", 10),
        (None, "时效指标", "治理工程完工时间", "反向", "2026年11月30日前", 10),
        ("成本指标", "经济成本指标", "单处隐患点平均治理成本", "反向", "≤45万元/处", 10),
        ("效益指标", "社会效益指标", "受威胁群众人数下降率", "正向", "≥30%", 10),
        (None, None, "地质灾害造成死亡人数", "反向", "=0人", 10),
        (None, "可持续影响指标", "治理工程设计使用年限", "正向", "≥50年", 10),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "正向", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：权重合计100分；预算执行率另行评价，未列入本表。")
    sign(s, "冯初晴", "陶景行", "0827-5531609")
    return b


@variant("qw10-hazard-unit-column", (11,), "one-year project, NAT-2021, unit and 备注 "
         "columns: = on a 覆盖率, a 完成率 in 人次, a 发布时间 as a percentage")  # fmt: skip
def qw10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 14, 12, 24))
    project_head(
        s, year=2026, name="地质灾害群测群防体系建设项目", dept="黔岭县自然资源局（219）",
        unit="黔岭县地质灾害防治中心",
        money=one_year_money(wan(72), wan(72), wan(0)),
        goals=["2026年为全县148处隐患点配齐群测群防员并培训300人次，配发简易监测设备，"
               "汛期临灾预警信息30分钟内发布到受威胁群众。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"), [
        ("产出指标", "数量指标", "配备群测群防员隐患点", "≥148", "处", None),
        (None, None, "配发简易监测设备", "≥300", "套", None),
        (None, None, "群测群防员培训完成率",
         mk("≥300", "T105", "error", row=True, note="a rate given as 人次"), "人次", None),
        (None, "质量指标", "隐患点监测覆盖率",
         mk("=95", "T107", "warning", row=True, alt=("T108",), note="≥95% meant"), "%", None),
        (None, "时效指标", "临灾预警信息发布时间",
         mk("100%", "T113", "warning", row=True, note="≤30分钟 meant"), None, "发现险情后"),
        ("成本指标", "经济成本指标", "简易监测设备单价", "≤1500", "元/套", None),
        ("效益指标", "社会效益指标", "因地质灾害死亡人数", "=0", "人", None),
        ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90", "%", None),
    ])  # fmt: skip
    sign(s, "吴映川", "骆青禾", "0854-4120386")
    return b


@variant("qw11-station-repair-two-columns", (11,), "one-year project, NAT-2021, money in 元 by "
         "number format, 指标性质 as direction beside an operator column headed 指标方向: = 0 起 "
         "on 反向, ≤ 60 秒 (correct)")  # fmt: skip
def qw11() -> Book:
    b, s = book("项目支出绩效目标表", (14, 16, 30, 10, 10, 12, 14))
    project_head(
        s, year=2026, name="消防救援站营房维修改造项目", dept="桂城区消防救援大队（044）",
        unit="桂城区西湖路消防救援站", money_label="项目资金（元）",
        money=one_year_money(money(1850000, YUAN), money(1600000, YUAN), money(250000, YUAN)),
        goals=["2026年完成营房维修改造2400平方米及训练场1处，工程验收合格率100%，战斗员紧急"
               "集合出动时间不超过60秒。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "维修改造营房面积", "正向", "≥", 2400, "平方米"),
        (None, None, "改造训练场", "正向", "≥", 1, "处"),
        (None, "质量指标", "工程验收合格率", "正向", "=", 100, "%"),
        (None, "时效指标", "改造工程工期", "反向", "≤", 8, "个月"),
        (None, None, "战斗员紧急集合出动时间", "反向", "≤", 60, "秒"),
        ("成本指标", "经济成本指标", "单位面积维修改造成本", "反向", "≤", 650, "元/平方米"),
        ("效益指标", "社会效益指标", "营区安全事故发生起数", "反向", "=", 0, "起"),
        (None, "可持续影响指标", "改造后营房使用年限", "正向", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "消防指战员满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    note(s, "说明：“指标性质”栏填正向或反向，“指标方向”栏填比较符。", 7, gap=True)
    sign(s, "黄泊舟", "叶知微", "0757-8652310")
    return b


@variant("qw12-chemicals-ops-empty-ecology", (6, 11), "one-year project, NAT-2021, operator "
         "column with symbols: ≤ on a 完成率, a template tier-2 left empty")  # fmt: skip
def qw12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="危险化学品企业安全监管专项", dept="南浦区应急管理局（052）",
        unit="南浦区应急管理局",
        money=one_year_money(wan(90), wan(90), wan(0)),
        goals=["2026年对辖区65家危险化学品企业开展专家指导服务和专项执法检查，重大隐患整改率"
               "100%，应急演练计划完成率95%以上，不发生危险化学品生产安全事故。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "危化品企业专项检查", "≥", 65, "家"),
        (None, "质量指标", "重大事故隐患整改率", "=", 100, "%"),
        (None, None, "企业应急演练计划完成率",
         mk("≤", "T108", "warning", row=True, alt=("D104",), note="a 完成率 is 正向"), 95, "%"),
        (None, "时效指标", "隐患整改督办办结时间", "≤", 30, "天"),
        ("成本指标", "经济成本指标", "单家企业专家指导服务成本", "≤", 0.8, "万元/家"),
        ("效益指标", "社会效益指标", "危险化学品生产安全事故起数", "=", 0, "起"),
        (None, mk("生态效益指标", "F109", "warning", row=True), None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "邵以宁", "姚定远", "021-58632174")
    return b
