"""菌棒 factories and a drying line: header words, a budget-system export, multi-year drying
lines, a second-sheet table and template rows left empty (hi13–hi18)."""

from __future__ import annotations

from tests.variants.holdout675.common import (
    HEAD5,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout675.registry import variant
from tests.variants.kit import Book, day, mk, ok

ASSESS = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")


@variant("hi13-junbang-factory", (7, 4),
         "project, NAT-2021, headers 考核指标 / 目标值（年度） / 评价标准, a 注 row between tiers, "
         "填表说明 and a signature dated the autumn before (correct)")  # fmt: skip
def factory() -> Book:
    b, s = start()
    project(s, name="栖云县菌棒集中生产工厂扩能项目", unit="栖云县菌业发展有限公司",
            money=one_year(200, 150, 50),
            goals=["新增菌棒自动化生产线2条，年产银耳、滑子菇菌棒500万棒，带动菇农节本增收"
                   "300万元以上。"])  # fmt: skip
    indicators(s, ASSESS, [
        ("产出指标", "数量指标", "新增菌棒生产线", "≥2条", "按建成条数计分"),
        (None, None, "年产菌棒数量", "≥500万棒", "按出厂台账计分"),
        (None, "质量指标", "菌棒成品率", "≥95%", "低于95%不得分"),
        (None, "时效指标", "生产线投产时间", "2025年7月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "每棒生产补助", "≤0.3元/棒", "超标不得分"),
    ])  # fmt: skip
    notes(s, "注：菌棒成品率以出厂抽检记录为准，每月抽检不少于3批次。", width=5)
    s.table([
        ("效益指标", "经济效益指标", "带动菇农节本增收", "≥300万元", "按菇农台账核算"),
        (None, "社会效益指标", "吸纳周边劳动力就业", "≥60人", "按用工名册计分"),
        ("满意度指标", "服务对象满意度指标", "菌棒用户满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.目标值为年度目标；2.评价标准供年终自评参考。", width=5)
    sign(s, "梁启舟", "0779-6688140", day(2024, 12, 5))
    return b


@variant("hi14-junbang-export", (7, 12),
         "budget-system export on two sheets (预算05-1, 绩效目标05-2) with codes in the first "
         "columns: a unit cost × count beyond the money, a deadline a year early")  # fmt: skip
def export() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("412001-25-0031", "雾岭菌棒加工厂灭菌设备更新", wan(120), wan(100), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 26, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("填报单位：栖云县菌业发展有限公司")
    code, name = "412001-25-0031", "雾岭菌棒加工厂灭菌设备更新"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "灭菌柜更新数量", "≥8台"),
        (None, None, None, "质量指标", "菌棒灭菌合格率", "≥99%"),
        (None, None, None, "时效指标", "设备安装完成时间",
         mk("2024年11月30日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="2025年度项目，期限写成上一年")),
        (None, None, "成本指标", "经济成本指标", "单台灭菌柜购置补助",
         mk("≤18万元/台", "B107", "warning", row=True,
            note="8台×18万元=144万元，超过资金总额120万元")),
        (None, None, "效益指标", "经济效益指标", "菌棒杂菌污染率", "≤3%"),
        (None, None, "满意度指标", "服务对象满意度指标", "入驻菇农满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("hi15-drying-line", (8, 12),
         "two-year drying line, NAT-2021, 中期 and 年度 money blocks and value columns, a later "
         "year the work prepares for, costs within the money (correct)")  # fmt: skip
def drying_line() -> Book:
    b, s = start()
    project(s, name="栖云县银耳滑子菇热泵烘干线建设项目", unit="栖云县菌业发展有限公司",
            years=2, attr="新增项目",
            money=multi_year((wan(300), wan(240), wan(60)), (wan(180), wan(150), wan(30))),
            goals=["2025—2026年建成银耳、滑子菇热泵烘干线2条，累计烘干鲜品3000吨，为2027年向周边"
                   "乡镇推广烘干服务积累经验。",
                   "2025年建成烘干线1条并试运行，烘干鲜品1200吨，服务种植户200户。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "烘干线建成数量", "≥2条", "≥1条"),
        (None, None, "鲜品烘干量", "≥3000吨", "≥1200吨"),
        (None, "质量指标", "干品含水率达标率", "≥95%", "≥95%"),
        (None, "时效指标", "烘干线建成时间", "2026年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "吨鲜品烘干能耗成本", "≤400元/吨", "≤400元/吨"),
        ("效益指标", "经济效益指标", "烘干环节鲜品损耗率", "≤8%", "≤8%"),
        (None, "社会效益指标", "服务种植户数", "≥400户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "委托烘干户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "梁启舟", "0779-6688140")
    return b


@variant("hi16-drying-line-wrong", (8, 12),
         "three-year drying line, NAT-2021: 年度资金 above 中期资金, the 中期目标 text copied into "
         "年度目标, a cumulative count copied into the 年度 column")  # fmt: skip
def drying_wrong() -> Book:
    b, s = start()
    goal = "建成食用菌烘干线3条，累计烘干银耳、滑子菇鲜品4500吨，服务种植户600户。"
    annual = mk(wan(240), "B103", "error", note="年度资金240万元大于中期资金200万元")
    project(s, name="鹤塘镇食用菌烘干线建设项目", unit="栖云县鹤塘镇人民政府",
            years=3, attr="新增项目",
            money=multi_year((wan(200), wan(160), wan(40)), (annual, wan(200), wan(40))),
            goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "烘干线建成数量", "≥3条", "≥1条"),
        (None, None, "鲜品烘干量", "≥4500吨",
         mk("≥4500吨", "D202", "warning", note="三年累计量照抄到年度列")),
        (None, "质量指标", "干品含水率达标率", "≥95%", "≥95%"),
        (None, "时效指标", "烘干线建成时间", "2027年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "吨鲜品烘干能耗成本", "≤380元/吨", "≤380元/吨"),
        ("效益指标", "社会效益指标", "服务种植户数", "≥600户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "委托烘干户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃明远", "0779-6627415")
    return b


@variant("hi17-drying-second-sheet", (7, 5),
         "project: head on the first sheet, the table on a second sheet under 预期实现值, OLD-NAT "
         "labels marked (*) and abbreviated (产出, 数量) (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = start("项目信息")
    project(s, name="栖云县食用菌干制加工线运维项目", unit="栖云县菌业发展有限公司",
            money=one_year(45, 40, 5),
            goals=["全年运行银耳、滑子菇干制加工线1条，加工干品150吨，"
                   "运行240天以上。"])  # fmt: skip
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("*产出", "数量", "加工干品产量", "≥150吨"),
        (None, None, "加工线运行天数", "≥240天"),
        (None, "质量", "干品抽检合格率", "≥98%"),
        (None, "时效", "委托订单交付及时率", "≥95%"),
        (None, "成本", "吨干品加工运维成本", "≤0.25万元/吨"),
        ("*效益", "经济效益", "加工服务收入", "≥60万元"),
        (None, "社会效益", "带动务工人员", "≥25人"),
        ("*满意度", "服务对象满意度", "委托加工户满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "梁启舟", "0779-6688140")
    return b


@variant("hi18-junbang-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a 时效 tier-2 left "
         "empty, the template's example row left in")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project(s, name="松坪乡菌棒发放补助项目", unit="栖云县松坪乡人民政府",
            money=one_year(35, 30, 5),
            goals=["向120户菇农发放银耳、滑子菇菌棒60万棒，菌棒成品率93%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "发放菌棒数量", "≥60万棒"),
        (None, None, mk(None, "F110", "error", note="有指标值≥120户，没有指标名称"), "≥120户"),
        (None, "质量指标", "菌棒成品率", "≥93%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="时效行未填"), None, None),
        ("成本指标", "经济成本指标", "每棒补助标准", "≤0.5元/棒"),
        ("效益指标", "社会效益指标", ok("示例：培训种植户人数", "warning", note="示例行本身"),
         mk("≥XX人次", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "经济效益指标", "菇农户均增收", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "领棒菇农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦承岭", "0779-6613208")
    return b
