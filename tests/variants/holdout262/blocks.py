"""Project tables whose indicator header comes after a long money block: 支出明细 with 经济分类
and 测算依据, subtotals by class, per-year source tables (rl07–rl12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout262.common import (
    ONE,
    TWO,
    WIDE,
    book,
    indicators,
    lines,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout262.registry import variant
from tests.variants.kit import Book, mk, ok


@variant("rl07-weather-warning-long-block", (7, 12), "柘岭县气象局, one-year project: a "
         "12-line 支出明细 block with 经济分类 and 测算依据 above the indicator table; a 提前量 "
         "with ≥, a unit cost × count equal to its line (correct)")  # fmt: skip
def rl07() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, name="气象灾害监测预警服务", dept="柘岭县气象局（417051）",
        unit="柘岭县气象台", money=one_year_money(wan(100), wan(100), wan(0)),
        goals=["2026年保障全县30个区域自动气象站稳定运行，全年发布气象灾害预警信息120期以上，"
               "暴雨预警准确率达到85%，预警信号发布提前量不少于30分钟。"],
    )  # fmt: skip
    s.row("项目支出明细（万元）")
    lines(s, [
        (1, "区域自动气象站运维", "30213", "30站×1.2万元/站", wan(36)),
        (2, "雷达数据传输专线租用", "30207", "2条×4.5万元/条", wan(9)),
        (3, "预警大喇叭维护", "30213", "150套×400元/套", wan(6)),
        (4, "预警短信发布", "30207", "按运营商协议价", wan(8)),
        (5, "防雷检测设备校准", "30227", "委托省计量院", wan(4.5)),
        (6, "灾害风险普查数据更新", "30227", "委托第三方", wan(12)),
        (7, "观测备品备件", "30218", "温湿度传感器、雨量筒等", wan(7.5)),
        (8, "气象信息员培训", "30216", "300人次×150元/人次", wan(4.5)),
        (9, "科普宣传材料印制", "30202", "折页、挂图", wan(3)),
        (10, "应急值守通信保障", "30207", "12月×0.2万元/月", wan(2.4)),
        (11, "观测场地维护", "30213", "场地草坪及围栏", wan(5.6)),
        (12, "台站巡检差旅", "30211", "30站巡检", wan(1.5)),
    ], wan(100))  # fmt: skip
    s.skip()
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运维区域自动气象站", "≥30个"),
        (None, None, "发布气象灾害预警信息", "≥120期"),
        (None, None, "培训气象信息员", "≥300人次"),
        (None, "质量指标", "自动站数据到报率", "≥98%"),
        (None, None, "暴雨预警准确率", "≥85%"),
        (None, "时效指标", "预警信号发布提前量", "≥30分钟"),
        ("成本指标", "经济成本指标", "单站年运维成本", "≤1.2万元/站"),
        ("效益指标", "社会效益指标", "预警信息公众覆盖率", "≥90%"),
        (None, None, "气象灾害造成人员死亡", "=0人"),
        ("满意度指标", "服务对象满意度指标", "公众气象服务满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "黎知秋", "包文远", "0743-5218830")
    return b


@variant("rl08-shelters-lines-short", (7, 12), "沅桥县地震局, one-year project: a 支出明细 "
         "block whose lines fall short of its 合计, a unit cost × count above the money, "
         "=95% on a satisfaction")  # fmt: skip
def rl08() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, name="应急避难场所维护管理", dept="沅桥县地震局（208032）",
        unit="沅桥县地震局", money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年对全县20处应急避难场所开展设施维护和标识更新，组织避难疏散演练8场，"
               "场所设施完好率保持在95%以上。"],
    )  # fmt: skip
    s.row("项目支出明细（万元）")
    lines(s, [
        (1, "避难场所标识标牌更新", "30218", "20处×0.4万元/处", wan(8)),
        (2, "场所设施维修", "30213", "供水、供电、厕所等设施", wan(30)),
        (3, "应急物资补充", "30218", "帐篷、折叠床、照明设备", wan(12)),
        (4, "避难疏散演练", "30227", "8场×0.75万元/场", wan(6)),
    ], mk(wan(60), "B102", "error", note="8 + 30 + 12 + 6 = 56"))  # fmt: skip
    s.skip()
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护应急避难场所", "≥20处"),
        (None, None, "组织避难疏散演练", "≥8场"),
        (None, "质量指标", "避难场所设施完好率", "≥95%"),
        (None, "时效指标", "设施维修完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单处避难场所年维护成本",
         mk("≤3.5万元/处", "B107", "warning", row=True,
            note="3.5万元 × 20处 = 70万元, above the 60万元 of the project")),
        ("效益指标", "社会效益指标", "周边居民应急避险知识知晓率", "≥80%"),
        (None, "可持续影响指标", "避难场所日常管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度",
         mk("=95%", "T107", "warning", note="≥95% meant")),
    ])  # fmt: skip
    sign(s, "田远舟", "麻晓棠", "0745-6328471")
    return b


@variant("rl09-archive-custody-subtotals", (4, 5, 7), "梧冈县档案馆, one-year project: a money "
         "block by 经济分类 with 小计 rows, numbered tier labels (1./1.1), a temperature range, "
         "=0次, =100% and 说明 lines after the table (correct)")  # fmt: skip
def rl09() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, name="档案安全保管及库房设施更新", dept="梧冈县档案馆（523118）",
        unit="梧冈县档案馆", money=one_year_money(wan(50), wan(45), wan(5)),
        goals=["2026年保障馆藏档案安全，更新密集架120列和恒温恒湿设备4台，库房温湿度全年达标，"
               "不发生档案安全事故。"],
    )  # fmt: skip
    s.row("支出预算明细（万元）")
    s.row("序号", "支出内容", "经济分类", "测算依据", "金额（万元）")
    s.row("一", "商品和服务支出")
    s.row(1, "库房温湿度系统运维", "30213", "全年运维服务", wan(6.8))
    s.row(2, "消防设施维保", "30213", "气体灭火系统年检", wan(4.2))
    s.row(3, "档案装具及耗材", "30218", "档案盒、卷皮", wan(5.5))
    s.row(4, "档案消毒杀虫", "30227", "每季度1次", wan(3.5))
    s.row("小计", None, None, None, wan(20))
    s.row("二", "资本性支出")
    s.row(5, "密集架购置", "31002", "120列×1500元/列", wan(18))
    s.row(6, "恒温恒湿机购置", "31002", "4台×3万元/台", wan(12))
    s.row("小计", None, None, None, wan(30))
    s.row("合计", None, None, None, wan(50))
    s.skip()
    indicators(s, (*ONE, "备注"), [
        ("1.产出指标", "1.1数量指标", "购置密集架", "=120列", None),
        (None, None, "购置恒温恒湿机", "=4台", None),
        (None, "1.2质量指标", "馆藏档案完好率", "=100%", None),
        (None, None, "库房温度控制范围", "14℃～24℃", "国家标准要求"),
        (None, "1.3时效指标", "设备安装调试完成时间", "2026年8月31日前", None),
        ("2.成本指标", "2.1经济成本指标", "密集架单列采购成本", "≤1500元/列", "含安装"),
        ("3.效益指标", "3.1社会效益指标", "档案安全事故发生次数", "=0次", None),
        (None, "3.2可持续影响指标", "档案库房安全管理制度", "健全", None),
        ("4.满意度指标", "4.1服务对象满意度指标", "馆内工作人员满意度", "≥90%", None),
    ])  # fmt: skip
    s.row("说明：1.本表金额单位为万元；2.指标值依据《档案馆建设标准》等制定；3.本表经馆务会审议。")
    sign(s, "卢念初", "蒙以宁", "0771-8433019", "2025年11月18日")
    return b


@variant("rl10-official-cars-annual-above", (5, 12), "鹤汀县机关事务管理局, two-year project "
         "with 中期/年度 columns: the annual money above the medium-term money, a 社会效益指标 "
         "numbered under 一、产出指标")  # fmt: skip
def rl10() -> Book:
    b, s = book("Sheet1", WIDE)
    year_money = (mk(wan(120), "B103", "error", note="120 > the two-year 110"),
                  ok(wan(120), "error"), wan(0))  # fmt: skip
    project_head(
        s, year=2026, years=2, name="公务用车运行维护保障", dept="鹤汀县机关事务管理局（360417）",
        unit="鹤汀县公务用车服务中心", money=period_money((wan(110), wan(110), wan(0)), year_money),
        goals=["2026—2027年保障全县45辆公务用车安全规范运行，累计保障公务出行9000车次以上。",
               "2026年保障公务出行4500车次以上，车辆年检合格率100%，运行费用较上年下降3%。"],
    )  # fmt: skip
    s.row("2026年度支出测算（万元）")
    lines(s, [
        (1, "车辆燃油费", "30231", "45辆×1.2万元/辆", wan(54)),
        (2, "车辆维修保养", "30231", "45辆×0.6万元/辆", wan(27)),
        (3, "车辆保险", "30231", "45辆×0.4万元/辆", wan(18)),
        (4, "过路过桥及停车费", "30231", "按上年实际", wan(9)),
        (5, "车辆定位监管平台", "30227", "平台租用服务", wan(6)),
        (6, "驾驶员安全培训", "30216", "3期×2万元/期", wan(6)),
    ], wan(120))  # fmt: skip
    s.skip()
    indicators(s, TWO, [
        ("一、产出指标", "（一）数量指标", "保障公务出行车次", "≥9000车次", "≥4500车次"),
        (None, "（二）质量指标", "车辆年检合格率", "=100%", "=100%"),
        (None, mk("（三）社会效益指标", "F105", "error", row=True,
                  note="a tier-2 of 效益指标 numbered under 产出指标"),
         "公务用车使用规范化水平", "提高", "提高"),
        (None, "（四）时效指标", "车辆故障维修响应时间", "≤2小时", "≤2小时"),
        ("二、成本指标", "（一）经济成本指标", "单车年均运行维护成本", "≤2.4万元/辆",
         "≤2.4万元/辆"),
        ("三、效益指标", "（一）经济效益指标", "车辆运行费用较上年下降率", "≥3%", "≥3%"),
        (None, "（二）可持续影响指标", "公务用车定位监管覆盖率", "=100%", "=100%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "用车单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "曾雨岑", "戴鸣远", "0796-7308814")
    return b


@variant("rl11-natural-forest-source-years", (5, 7, 12), "槐川县林业局, three-year project: a "
         "source table by year (中央/省级/县级), a 2026 测算 block, then numbered labels "
         "(1./1.1) with 中期/年度 columns; 百分点, ‰, a managed area equal in both columns "
         "(correct)")  # fmt: skip
def rl11() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, years=3, name="天然林资源保护管护补助", dept="槐川县林业局（420563）",
        unit="槐川县天然林保护中心", money=period_money((wan(1200), wan(1200), wan(0)),
                                                      (wan(400), wan(400), wan(0))),
        goals=["2026—2028年对全县20万亩天然林落实管护责任，森林覆盖率累计提高0.6个百分点。",
               "2026年落实20万亩天然林管护，培训护林员500人次，森林覆盖率提高0.2个百分点。"],
    )  # fmt: skip
    s.row("资金来源", "2026年", "2027年", "2028年", "合计（万元）")
    s.row("中央财政补助", wan(300), wan(300), wan(300), wan(900))
    s.row("省级财政补助", wan(60), wan(60), wan(60), wan(180))
    s.row("县级财政配套", wan(40), wan(40), wan(40), wan(120))
    s.row("合计", wan(400), wan(400), wan(400), wan(1200))
    s.row("2026年度支出测算（万元）")
    lines(s, [
        (1, "天然林管护补助", "30305", "20万亩×16元/亩·年", wan(320)),
        (2, "护林员业务培训", "30216", "500人次×400元/人次", wan(20)),
        (3, "巡护装备购置", "31002", "巡护终端120台×3000元/台", wan(36)),
        (4, "天然林资源监测", "30227", "委托第三方年度监测", wan(24)),
    ], wan(400))  # fmt: skip
    indicators(s, TWO, [
        ("1.产出指标", "1.1数量指标", "天然林管护面积", "≥20万亩",
         ok("≥20万亩", note="the same area is managed each year, not a cumulative count")),
        (None, None, "开展护林员培训", "≥1500人次", "≥500人次"),
        (None, "1.2质量指标", "管护责任落实率", "=100%", "=100%"),
        (None, "1.3时效指标", "管护补助资金兑付时间", "2028年12月31日前", "2026年12月31日前"),
        ("2.成本指标", "2.1经济成本指标", "天然林管护补助标准", "≤16元/亩·年", "≤16元/亩·年"),
        ("3.效益指标", "3.1生态效益指标", "森林覆盖率提高", "≥0.6百分点", "≥0.2百分点"),
        (None, None, "森林火灾受害率", "≤0.9‰", "≤0.9‰"),
        (None, "3.2可持续影响指标", "天然林保护长效机制", "健全", "健全"),
        ("4.满意度指标", "4.1服务对象满意度指标", "护林员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁安澜", "严初夏", "0728-4613357")
    return b


@variant("rl12-weather-stations-year-slip", (7,), "岚溪县气象局 export: a system field 预算年度 "
         "2025 above a 2026 title, a 建设资金明细 block, indicators with a 计量单位 column that "
         "contradicts a value's own unit")  # fmt: skip
def rl12() -> Book:
    b, s = book("Sheet1", WIDE)
    s.row("预算年度", 2025, "单位编码", "350846", "项目代码", "35084626T000000093125")
    b.file_mark("Y101", "error", note="the system field says 2025, the title and dates 2026")
    project_head(
        s, year=2026, name="区域自动气象站建设", dept="岚溪县气象局（350846）",
        unit="岚溪县气象局", money=one_year_money(wan(150), wan(150), wan(0)),
        attr="一次性项目",
        goals=["2026年在全县8个乡镇新建区域自动气象站8个，站点建成后观测数据到报率达到98%以上。"],
    )  # fmt: skip
    s.row("建设资金明细（万元）")
    lines(s, [
        (1, "自动气象站设备购置", "31002", "8套×15万元/套", wan(120)),
        (2, "站点基础土建及安装", "31005", "8处×2.5万元/处", wan(20)),
        (3, "数据传输及联调", "30227", "接入市级观测平台", wan(10)),
    ], wan(150))  # fmt: skip
    s.skip()
    indicators(s, (*ONE, "计量单位"), [
        ("产出指标", "数量指标", "新建区域自动气象站", "≥8", "个"),
        (None, "质量指标", "站点建设验收合格率", "≥95", "%"),
        (None, "时效指标", "站点建设完成时间", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "单站设备购置成本",
         mk("≤15万元", "T112", "error", note="万元 in the value, 个 in the unit column"), "个"),
        ("效益指标", "社会效益指标", "乡镇观测数据到报率", "≥98", "%"),
        (None, "可持续影响指标", "站点运维责任制度", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "乡镇防汛责任人满意度", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "程望川", "苏映雪", "0598-3360427")
    return b
