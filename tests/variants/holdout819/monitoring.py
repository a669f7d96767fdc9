"""Effluent monitoring: quarterly sampling, online monitors, third-party O&M, a budget-system
export (kew13–kew18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout819.common import (
    HEAD4,
    HEAD_PERIOD,
    book,
    indicators,
    period_money,
    sign,
    wan,
    year_money,
)
from tests.variants.holdout819.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "鹭汀县生态环境局（317001）"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kew13-monitor-percent", (1, 11),
         "project, NAT-2021, operator and unit columns, typed percents, =100% at the ceiling, "
         "a 下降率 with ≥, 0起 on an incident count,"
         " a cost within its money (correct)")  # fmt: skip
def kew13() -> Book:
    b, s = book()
    project_head(s, year=2025, name="农村污水处理设施出水水质监测", dept=DEPT,
                 unit="鹭汀县生态环境监测站", attr="常年项目", money=year_money(60, 52, 8),
                 goals=["对全县45座日处理20吨以上站点每季度监测1次（全年180站次），按季公开监测"
                        "结果，超标站点限期整改。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "监测站点数量", "≥", 45, "座"),
        (None, None, "年度监测站次", "≥", 180, "站次"),
        (None, "质量指标", "监测数据有效率", "≥", pct(0.98), "%"),
        (None, None, "监测报告合格率", "=", pct(1), "%"),
        (None, "时效指标", "监测报告出具时间", "≤", 7, "个工作日"),
        ("成本指标", "经济成本指标", "单站年度监测费用", "≤", 1.2, "万元/座"),
        ("效益指标", "生态效益指标", "出水氨氮超标站次下降率", "≥", pct(0.3), "%"),
        (None, "社会效益指标", "监测数据弄虚作假事件", "=", 0, "起"),
        (None, "可持续影响指标", "超标站点整改完成率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "乡镇运维单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "岑以宁", "0769-5214482", day(2024, 11, 14))
    return b


@variant("kew14-monitor-online", (1,),
         "project, OLD-NAT, operator and unit columns: a station count below the goal's, a "
         "typed 102% on a 合格率, a unit cost × stations above the money")  # fmt: skip
def kew14() -> Book:
    b, s = book()
    project_head(s, year=2025, name="栖梧镇污水站出水在线监测设备运维", dept=DEPT,
                 unit="栖梧镇人民政府", money=year_money(60, 50, 10),
                 goals=["为栖梧镇38座站点的出水在线监测设备提供全年运维和每季度比对监测，数据"
                        "传输有效率不低于95%。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "在线监测设备运维站点", "≥",
         mk(35, "D104", "warning", row=True, note="年度目标写38座站点"), "座"),
        (None, None, "每站比对监测次数", "≥", 4, "次"),
        (None, "质量指标", "数据传输有效率", "≥", pct(0.95), "%"),
        (None, None, "设备运行合格率", "≥",
         mk(pct(1.02), "T106", "error", note="合格率上限100%，单元格显示102%"), "%"),
        (None, "时效指标", "设备故障修复时间", "≤", 48, "小时"),
        (None, "成本指标", "单站年度运维费用", "≤",
         mk(2, "B107", "warning", row=True,
            note="2万元/座×38座 = 76万元（按35座也有70万元），超过年度资金60万元"),
         "万元/座"),
        ("效益指标", "生态效益指标", "超标排放及时发现率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "镇村两级满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦砚秋", "0769-5281436", day(2024, 11, 21))
    return b


@variant("kew15-monitor-three-years", (8, 11),
         "three-year project, NAT-2021, 中期 and 年度 columns with word operators: period "
         "counts above the year's, equal rates, ≤ on 反向 rates (correct)")  # fmt: skip
def kew15() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="农村污水处理设施运维监管三年行动", dept=DEPT,
                 unit="鹭汀县农村污水治理中心", attr="新增项目",
                 money=period_money((540, 450, 90), (170, 140, 30)),
                 goals=["三年内对全县96座站点实行季度监测全覆盖，累计监测1152站次，站点出水达标"
                        "率提升至90%。",
                        "2025年对96座站点每季度监测1次，"
                        "完成384站次，出水达标率达到80%。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "累计监测站次", "不少于1152站次", "不少于384站次"),
        (None, "质量指标", "监测数据有效率", "不低于98%", "不低于98%"),
        (None, "时效指标", "超标站点整改时限", "30日以内", "30日以内"),
        ("成本指标", "经济成本指标", "单站次监测费用", "不高于0.4万元", "不高于0.4万元"),
        ("效益指标", "生态效益指标", "站点出水达标率", "不低于90%", "不低于80%"),
        (None, None, "出水超标站点比例", "不高于5%", "不高于10%"),
        (None, "可持续影响指标", "监测结果公开率", "100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "不低于90%", "不低于88%"),
    ])  # fmt: skip
    sign(s, "黎慕川", "0769-5206618", day(2024, 10, 28))
    return b


@variant("kew16-monitor-third-party", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the plan ends a year early, the "
         "年度目标 copied from the 中期目标, a cumulative count copied into 年度")  # fmt: skip
def kew16() -> Book:
    b, s = book()
    goal = ("委托第三方对禾渚镇22座站点开展三年运维，累计巡检2640站次，站点正常运行率保持在95%"
            "以上。")  # fmt: skip
    end = mk(day(2026, 12, 31), "Y101", "error", alt=("Y102",),
             note="项目期3年（2025—2027年），计划完成日期却是2026年底")  # fmt: skip
    project_head(s, year=2025, years=3, end=end, name="禾渚镇农村污水处理设施第三方运维",
                 dept=DEPT, unit="禾渚镇人民政府", attr="新增项目",
                 money=period_money((300, 270, 30), (100, 90, 10)),
                 goals=[goal, mk(goal, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "累计站点巡检站次", "≥2640站次",
         mk("≥2640站次", "D202", "warning", note="三年累计值照抄进年度列，一年约880站次")),
        (None, "质量指标", "站点正常运行率", "≥95%", "≥95%"),
        (None, "时效指标", "故障响应时间", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "单站年度运维费用", "≤4.5万元/座", "≤4.5万元/座"),
        ("效益指标", "生态效益指标", "站点出水达标率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "运维台账完整率", "100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立舟", "0769-5280917", day(2024, 11, 6))
    return b


@variant("kew17-monitor-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def kew17() -> Book:
    b, s = book("项目绩效目标")
    dept, unit = "鹭汀县生态环境局（317001）", "枫坪乡人民政府"
    project_head(s, year=2025, name="枫坪乡污水处理站出水季度监测", dept=dept, unit=unit,
                 attr="常年项目", money=year_money(18, 15, 3),
                 goals=["对枫坪乡12座站点每季度监测1次，"
                        "全年48站次，超标站点当月复测。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "出水监测站次", "≥48站次"),
        (None, "质量指标", "监测数据有效率", "≥98%"),
        (None, "时效指标", "监测报告出具时间", "≤7个工作日"),
        (None, "成本指标", "单站次监测费用", "≤0.35万元"),
        ("效益指标", "生态效益指标", "站点出水达标率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="枫坪乡便携式水质快检设备购置", dept=dept, unit=unit,
                 attr="一次性项目", money=year_money(24, 20, 4), title="",
                 goals=["购置便携式水质快检设备6套，培训乡镇运维人员18人次，提高站点出水"
                        "自检能力。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "快检设备购置数量", "≥6套"),
        (None, None, "运维人员培训人次", "≥18人次"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备到货时间", "2025年6月30日前"),
        (None, "成本指标", "快检设备单价", "≤3.5万元/套"),
        ("效益指标", "生态效益指标", "站点出水达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "运维人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙晓岚", "0769-5237702", day(2024, 12, 2))
    return b


@variant("kew18-monitor-export", (6, 13),
         "budget-system export: sheets 05-1 and 05-2, codes in the first columns, header on the "
         "third row: a value without a name, a "
         "template tier-2 left empty, one rate twice")  # fmt: skip
def kew18() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 20, 18, 26, 12, 12, 12))
    s.title("部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("317004", "鹭汀县生态环境监测站", "33110025000012", "农村污水处理站出水抽测",
          wan(46), wan(40), wan(6))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 30, 12, 16, 26, 14))
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位名称：鹭汀县生态环境监测站", None, None, "预算年度：2025", merge=[(1, 3)])
    goal = "对全县40座站点开展出水抽测，每站抽测2次，全年80站次，超标站点当月复测。"
    t.row("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        ("33110025000012", "农村污水处理站出水抽测", goal, "产出指标", "数量指标",
         "抽测站点数量", "≥40座"),
        (None, None, None, None, None, "抽测站次", "≥80站次"),
        (None, None, None, None, "质量指标", "出水化学需氧量达标率", "≥90%"),
        (None, None, None, None, None,
         mk(None, "F110", "error", note="有指标值≥95%，三级指标名称空着"), "≥95%"),
        (None, None, None, None, "时效指标", "抽测报告报送时间", "≤10个工作日"),
        (None, None, None, "成本指标", "经济成本指标", "单站次抽测费用", "≤0.55万元"),
        (None, None, None, "效益指标",
         mk("经济效益指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标"),
         None, None),
        (None, None, None, None, "生态效益指标",
         mk("出水化学需氧量达标率", "D101", "warning", row=True, alt=("D102", "D103"),
            note="与质量指标下的同名指标重复（值也相同）"), "≥90%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "乡镇政府满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b
