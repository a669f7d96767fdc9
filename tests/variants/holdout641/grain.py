"""谷子糜子杂粮订单: order farming, seed bases, department points, exports, stacked projects."""

from __future__ import annotations

from tests.variants.holdout641.common import (
    HEAD4,
    TWO,
    book,
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout641.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("ga13-millet-order-notes", (4, 5), "project, OLD-NAT, labels with marks and "
         "abbreviations (*产出, 数量, ★), a 说明 row between tiers, 注 and 填表说明 under "
         "the table, signature dated the year before; a goal total with its parts "
         "(correct)")  # fmt: skip
def ga13() -> Book:
    b, s = book()
    project(s, 2025, "雀岭县谷子糜子订单生产奖补项目", "雀岭县农业农村局（417003）",
            "雀岭县农业技术推广中心", one_year(120, 100, 20),
            ["与种植户签订谷子糜子订单3000吨（其中谷子2000吨、糜子1000吨），订单种植面积"
             "1.2万亩，带动种植户800户。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, head, [
        ("*产出", "数量", "订单收购谷子糜子总量", "≥3000吨", None),
        (None, None, "★订单种植面积", "≥1.2万亩", "核心指标"),
        (None, None, "签约种植户", "≥800户", None),
        (None, "质量", "订单杂粮质量达标率", "≥95%", "按收购标准"),
        (None, "时效", "订单收购完成时间", "2025年11月30日前", None),
        (None, "成本", "订单种植奖补标准", "≤80元/亩", None),
    ])  # fmt: skip
    notes(s, ["说明：订单总量含谷子2000吨、糜子1000吨，分品种明细见附表。"], 5)
    s.table([
        ("*效益", "经济效益", "签约户亩均增收", "≥150元", None),
        (None, "社会效益", "带动脱贫户签约", "≥120户", None),
        (None, "可持续影响", "企业与合作社长期订单协议", "≥5份", None),
        ("★满意度", "服务对象满意度", "签约种植户满意度", "≥90%", "核心指标"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：标★的为核心指标，不得删除；标*的为必填项。",
              "填表说明：指标值应量化填写，无法量化的按好、较好、一般、差分级。"], 5)  # fmt: skip
    sign(s, "乔运生", "0935-6612087", (2024, 12, 16))
    return b


@variant("ga14-millet-seed-base", (8, 4), "three-year project 2025–2027, NAT-2021, 中期 and 年度 "
         "columns with the period's counts beside smaller annual ones, equal rates, the header "
         "repeated after a page break, a later year inside the period (correct)")  # fmt: skip
def ga14() -> Book:
    b, s = book()
    project(s, 2025, "雀岭县旱作谷子良种繁育基地项目", "雀岭县农业农村局（417003）",
            "雀岭县种子管理站", multi_year((360, 300, 60), (120, 100, 20)),
            ["2025—2027年建成谷子良种繁育基地3000亩，累计繁育良种900吨，推广订单种植6万亩。",
             "2025年建成繁育基地1000亩，繁育良种300吨，推广订单种植1.5万亩，为2027年全县谷子"
             "统一供种做好准备。"], years=3, attr="新增项目")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "良种繁育基地面积", "≥3000亩", "≥1000亩"),
        (None, None, "繁育谷子良种", "≥900吨", "≥300吨"),
        (None, None, "推广订单种植", "≥6万亩", "≥1.5万亩"),
        (None, "质量指标", "良种纯度达标率", "≥98%", "≥98%"),
        (None, "时效指标", "良种入库时间", "每年11月30日前", "2025年11月30日前"),
    ])  # fmt: skip
    s.skip()
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "良种繁育单位成本", "≤3000元/吨", "≤3000元/吨"),
        ("效益指标", "经济效益指标", "订单种植户亩均增收", "≥200元", "≥150元"),
        (None, "生态效益指标", "基地化肥使用量增长率", "≤0%", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ga15-broomcorn-order", (7,), "project, OLD-NAT, header 预期目标, word operators: "
         "plan dates a year before the title's, an area below the goal's, a 履约率 given "
         "in 户")  # fmt: skip
def ga15() -> Book:
    b, s = book()
    start = mk(day(2024, 3, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题和年度目标为2025年，计划起止日期却是2024年")  # fmt: skip
    project(s, 2025, "砚川县糜子订单收购项目", "砚川县粮食和物资储备局（529020）",
            "砚川县粮食购销有限公司", one_year(100, 85, 15),
            ["2025年在石碾镇、河畔乡发展糜子订单种植8000亩，订单收购糜子2400吨，签约农户600户。"],
            start=start, end=day(2024, 11, 30))  # fmt: skip
    area = mk("≥6000亩", "D104", "warning", row=True, note="年度目标写订单种植8000亩")
    rate = mk("≥580户", "T105", "error", note="履约率是比率，指标值却是户数")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "糜子订单种植面积", area),
        (None, None, "订单收购糜子", "≥2400吨"),
        (None, None, "签约农户", "≥600户"),
        (None, "质量指标", "收购糜子等级达标率", "不低于95%"),
        (None, None, "订单履约率", rate),
        (None, "时效指标", "收购款兑付时限", "收购后10个工作日内"),
        (None, "成本指标", "订单收购补贴标准", "≤0.2元/斤"),
        ("效益指标", "经济效益指标", "签约农户亩均增收", "≥120元"),
        (None, "社会效益指标", "带动脱贫户参与订单", "≥90户"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ga16-grain-reserve-points", (10, 5), "department, NAT-2021, tier-1 score column and "
         "indicator score column: the 产出 scores do not add to its 50, one indicator twice "
         "with a word more")  # fmt: skip
def ga16() -> Book:
    b, s = book("部门整体", (14, 8, 18, 28, 16, 8))
    department(s, 2025, "雀岭县粮食和物资储备中心", (380, 340, 40, 230, 150),
               "订单收储谷子糜子1500吨，签约农户1200户，完成杂粮品质检测300批次。", [
        ("杂粮订单收储", "收储订单谷子、糜子", 90, "收储1500吨"),
        ("杂粮品质检测", "入库和出库检测", 35, "检测300批次"),
        ("仓储设施维护", "维修平房仓2栋", 25, "完好率≥95%"),
        ("金额合计", None, 150, None),
    ])  # fmt: skip
    tier = mk(50, "W103", "error", note="其下三级指标分值 15 + 10 + 5 + 10 + 5 = 45，不是50")
    b.file_mark("W101", "error", required=False, note="同一问题：三级指标分值合计95，不是100")
    dup = mk("杂粮订单签约农户数", "D101", "warning", row=True, alt=("D103",),
             note="与上一行“杂粮订单签约户数”是同一指标，只多一个“农”字")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", tier, "数量指标", "订单收储谷子糜子", "≥1500吨", 15),
        (None, None, None, "杂粮订单签约户数", "≥1200户", 10),
        (None, None, None, dup, "≥1200户", 5),
        (None, None, "质量指标", "品质检测批次合格率", "≥95%", 10),
        (None, None, "时效指标", "收储入库完成时间", "2025年12月15日前", 5),
        ("成本指标", 10, "经济成本指标", "单吨收储费用", "≤500元/吨", 10),
        ("效益指标", 30, "经济效益指标", "签约农户户均增收", "≥800元", 15),
        (None, None, "社会效益指标", "应急杂粮保障县城供应天数", "≥15天", 15),
        ("满意度指标", 10, "服务对象满意度指标", "签约农户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ga17-millet-demo-export", (9, 11, 1), "budget-system export: money and goal on sheet "
         "05-1, indicators on sheet 05-2 with codes in the first columns, operators in words "
         "(大于等于 / 小于等于), unit column, typed percent cells, a 下降率 with 大于等于 "
         "(correct)")  # fmt: skip
def ga17() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (18, 26, 14, 14, 14, 44))
    s.title("砚川县2025年部门项目支出预算表", 6)
    s.row("单位名称：砚川县农业技术推广中心", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("529007-25-0112", "谷子绿色高产高效订单示范", wan(65), wan(50), wan(15),
          "建设谷子绿色高产高效订单示范田5000亩，示范区亩产比非示范区提高10%以上，"
          "订单收购率达到90%。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 12, 18, 26, 12, 14, 10))
    t.title("砚川县2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：砚川县农业技术推广中心")
    code, name, ge, le = "529007-25-0112", "谷子绿色高产高效订单示范", "大于等于", "小于等于"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
            "计量单位")  # fmt: skip
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "示范田面积", ge, 5000, "亩"),
        (None, None, None, None, "技术培训", ge, 400, "人次"),
        (None, None, None, "质量指标", "示范田统一供种率", ge, pct(0.95), "%"),
        (None, None, None, "时效指标", "示范田秋收测产时间", le, day(2025, 10, 20, CN_DATE),
         None),
        (None, None, "成本指标", "经济成本指标", "示范田物化补助标准", le, 100, "元/亩"),
        (None, None, "效益指标", "经济效益指标", "示范区亩产提高幅度", ge, pct(0.1), "%"),
        (None, None, None, None, "订单收购率", ge, pct(0.9), "%"),
        (None, None, None, "生态效益指标", "示范田农药使用量下降率", ge, pct(0.05), "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "示范户满意度", ge, pct(0.9), "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("ga18-grain-stacked-leftovers", (2, 6), "two projects stacked, OLD-NAT, one value "
         "column: the second project's goal left from 2023, its seed subsidy × area above its "
         "money, a template example row left with XX%")  # fmt: skip
def ga18() -> Book:
    b, s = book()
    project(
        s,
        2025,
        "雀岭县小米品牌宣传推介项目",
        "雀岭县农业农村局（417003）",
        "雀岭县农产品营销服务站",
        one_year(25, 20, 5),
        ["举办雀岭小米推介会2场，组织企业参加外地展会3次，品牌小米销售额增长10%。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "举办小米推介会", "≥2场"),
        (None, None, "参加外地展会", "≥3次"),
        (None, "质量指标", "参展产品抽检合格率", "=100%"),
        (None, "时效指标", "推介活动完成时间", "2025年10月31日前"),
        (None, "成本指标", "单场推介会费用", "≤5万元/场"),
        ("效益指标", "经济效益指标", "品牌小米销售额增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = mk("2023年为订单户统一供应糜子良种，补贴订单种植1万亩，亩补贴不超过60元。", "Y103",
              "warning", note="年度目标沿用2023年的旧文字，本表为2025年")  # fmt: skip
    project(s, 2025, "雀岭县糜子订单种子补贴项目", "雀岭县农业农村局（417003）",
            "雀岭县种子管理站", one_year(50, 40, 10), [goal], title="")  # fmt: skip
    cost = mk("≤60元/亩", "B107", "warning", row=True,
              note="1万亩 × 60元 = 60万元，超过年度资金总额50万元")  # fmt: skip
    left = mk("≥XX%", "X101", "error", note="模板示例行未删除，占位符XX")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补贴订单种植面积", "≥10000亩"),
        (None, "质量指标", "供种发芽率达标率", "≥95%"),
        (None, "时效指标", "良种发放完成时间", "2025年4月30日前"),
        (None, "成本指标", "亩均种子补贴标准", cost),
        ("效益指标", "经济效益指标", "订单户亩均增收", "≥100元"),
        (None, "可持续影响指标", "（示例）良种覆盖率", left),
        ("满意度指标", "服务对象满意度指标", "订单户满意度", "≥90%"),
    ])  # fmt: skip
    return b
