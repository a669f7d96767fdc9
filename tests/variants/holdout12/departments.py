"""Department returns with the full head: budget block, 基本支出 split, 部门职能, 年度主要任务
with an amount per task and 整体绩效目标 in numbered paragraphs (j01–j06)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout12.parts import basic_split, duties, indicators, sign
from tests.variants.holdout12.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

M = "#,##0.00"


@variant("j01-traffic-bureau-ok", (1, 5, 12), "department: tasks add to 项目支出, tiered")
def traffic_bureau() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s, year=2025, dept="临江市交通运输局", filled=day(2024, 10, 28),
        budget=[(money(8640.50, M), money(8200.50, M), money(440.00, M), money(3120.50, M),
                 money(5520.00, M))],
        tasks=[("农村公路养护", "县乡村道日常养护和中修", money(2800.00, M), "路况稳定"),
               ("城乡公交运营补贴", "按运营里程和客流核定补贴", money(1950.00, M), "公交正常运营"),
               ("交通执法装备更新", "更新执法车辆和移动执法终端", money(770.00, M), "装备到位"),
               ("金额合计", None, money(5520.00, M), None)],
        goal="1.完成农村公路养护里程1260公里，优良中等路率保持在85%以上；\n"
             "2.保障城乡公交正常运营，新增新能源公交车45辆；\n"
             "3.提升交通运输执法规范化水平，群众出行满意度不低于90%。",
    )  # fmt: skip
    basic_split(s, money(2480.30, M), money(640.20, M))
    duties(s, "负责全市公路、水路交通运输行业管理，承担综合交通运输体系建设和行政执法工作。")
    indicators(s, [
        ("产出指标", "数量指标", "农村公路养护里程", "≥1260公里"),
        (None, None, "新增新能源公交车辆", "≥45辆"),
        (None, "质量指标", "农村公路优良中等路率", "≥85%"),
        (None, None, "执法案卷评查合格率", "≥95%"),
        (None, "时效指标", "养护计划完成时间", "2025年12月底前"),
        ("效益指标", "社会效益指标", "建制村通公交率", "100%"),
        (None, "可持续影响指标", "农村公路管养长效机制", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "周晓岚", "0571-8830 2216", day(2024, 10, 28))
    return b


@variant("j02-forestry-bureau", (1, 12), "department: tasks do not add up, rate over 100")
def forestry_bureau() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2026, dept="云岭省林业和草原局", filled=day(2025, 11, 6),
        budget=[(money(6380.20, M), money(6100.20, M), money(280.00, M), money(3804.70, M),
                 money(2575.50, M))],
        tasks=[("森林防火能力建设", "防火隔离带和瞭望塔", money(1200.00, M), "不发生重大火灾"),
               ("国土绿化", "人工造林和退化林修复", money(860.00, M), "完成造林任务"),
               ("林草有害生物防治", "松材线虫病监测和除治", money(415.50, M), "疫情得到控制"),
               ("金额合计", None, mk(money(2575.50, M), "B102", "error",
                                 note="1200 + 860 + 415.5 = 2475.5"), None)],
        goal="（一）完成人工造林3.2万亩、退化林修复1.5万亩；\n"
             "（二）森林火灾受害率控制在0.9‰以内；\n"
             "（三）松材线虫病疫点数量较上年下降。",
    )  # fmt: skip
    basic_split(s, money(3102.40, M), money(702.30, M))
    indicators(s, [
        ("产出指标", "数量指标", "人工造林面积", "≥3.2万亩"),
        (None, None, "退化林修复面积", "≥1.5万亩"),
        (None, "质量指标", "造林成活率", "≥85%"),
        (None, "时效指标", "春季造林完成时间", "2026年5月31日前"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        (None, None, "松材线虫病疫点数量", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "林农满意度",
         mk("≥105%", "T106", "error")),
    ])  # fmt: skip
    return b


@variant("j03-market-regulation-ok", (5, 12), "department: 履职效能/管理效率 framework")
def market_regulation() -> Book:
    b = Book()
    s = b.sheet("整体支出绩效目标")
    department_head(
        s, year=2025, dept="东陵市市场监督管理局", filled=day(2024, 11, 12),
        budget=[(money(5210.00, WAN), money(5210.00, WAN), money(0, WAN), money(3890.00, WAN),
                 money(1320.00, WAN))],
        tasks=[("保障机构正常运转", "人员工资和日常公用支出", money(3890.00, WAN), "机构正常运转"),
               ("食品安全抽检", "食品安全监督抽检和风险监测", money(760.00, WAN), "完成抽检计划"),
               ("特种设备安全监察", "电梯、锅炉检验监察", money(560.00, WAN), "不发生较大事故"),
               ("金额合计", None, money(5210.00, WAN), None)],
        goal="目标1：完成食品安全监督抽检4.5批次/千人，问题食品处置率100%。\n"
             "目标2：特种设备定期检验率不低于98%，不发生较大以上特种设备事故。\n"
             "目标3：预算执行率达到90%以上，“三公”经费不超预算。",
    )  # fmt: skip
    basic_split(s, money(3120.00, WAN), money(770.00, WAN))
    indicators(s, [
        ("履职效能", "部门履职目标", "食品安全监督抽检批次", "≥4.5批次/千人"),
        (None, None, "特种设备定期检验率", "≥98%"),
        (None, None, "问题食品处置率", "100%"),
        (None, "履职效益", "较大以上特种设备事故起数", "0起"),
        (None, None, "市场主体营商环境", "持续优化"),
        ("管理效率", "预算管理", "预算执行率", "≥90%"),
        (None, None, "“三公”经费控制率", "≤100%"),
        (None, "资产管理", "固定资产账实相符率", "100%"),
        ("满意度", "社会满意度", "市场主体满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("j04-water-bureau", (1, 11), "department: reversed operator, rate as count, old date")
def water_bureau() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    department_head(
        s, year=2025, dept="北屿市水务局",
        filled=mk(day(2023, 11, 15), "Y102", "error", alt=("Y101", "Y103")),
        budget=[(money(4425.60, M), money(4125.60, M), money(300.00, M), money(1905.60, M),
                 money(2520.00, M))],
        tasks=[("小型水库除险加固", "6座小型水库除险加固", money(1380.00, M), "消除病险"),
               ("城乡供水保障", "农村供水工程维修养护", money(1140.00, M), "供水稳定"),
               ("金额合计", None, money(2520.00, M), None)],
        goal="1.完成6座小型水库除险加固；2.农村自来水普及率达到96%；3.供水投诉处理及时。",
    )  # fmt: skip
    basic_split(s, money(1510.10, M), money(395.50, M))
    indicators(s, [
        ("产出指标", "数量指标", "小型水库除险加固数量", "6座"),
        (None, "质量指标", "工程验收合格率", mk("98", "T105", "error", alt=("T104",))),
        (None, "时效指标", "除险加固完工时间", "2025年汛前"),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥96%"),
        (None, None, "供水服务投诉率", mk("≥5%", "T108", "warning")),
        ("满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("j05-county-education-ok", (1, 12), "department: county bureau, qualitative values")
def county_education() -> Book:
    b = Book()
    s = b.sheet("2026部门整体")
    department_head(
        s, year=2026, dept="南川县教育体育局", filled=day(2025, 12, 2, "yyyy/m/d"),
        budget=[(money(21360.40, M), money(21360.40, M), money(0.00, M), money(18240.40, M),
                 money(3120.00, M))],
        tasks=[("学生资助", "家庭经济困难学生资助", money(980.00, M), "应助尽助"),
               ("校舍维修改造", "农村学校校舍维修和运动场改造", money(1640.00, M), "消除安全隐患"),
               ("全民健身活动", "县级全民健身赛事和器材更新", money(500.00, M), "活动如期举办"),
               ("金额合计", None, money(3120.00, M), None)],
        goal="一、落实学生资助政策，资助家庭经济困难学生4200人次；\n"
             "二、完成12所农村学校校舍维修改造；\n"
             "三、组织全民健身赛事20场次，群众体育参与度有效提升。",
    )  # fmt: skip
    basic_split(s, money(16880.00, M), money(1360.40, M))
    indicators(s, [
        ("产出指标", "数量指标", "资助家庭经济困难学生人次", "≥4200人次"),
        (None, None, "维修改造学校数量", "12所"),
        (None, None, "举办全民健身赛事场次", "≥20场次"),
        (None, "质量指标", "资助对象认定准确率", ok(pct(1), "warning")),
        (None, None, "维修工程质量", "达标"),
        (None, "时效指标", "资助资金发放及时率", ok(pct(0.98), "warning")),
        ("效益指标", "社会效益指标", "群众体育参与度", "有效提升"),
        (None, None, "校园安全状况", "逐步改善"),
        (None, "可持续影响指标", "教育资源配置", "良好"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "李文博", "0832-6612 045", day(2025, 12, 2))
    return b


@variant("j06-provincial-hr", (12, 13), "department: no 满意度, duplicated indicator")
def provincial_hr() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表")
    department_head(
        s, year=2025, dept="海屿省人力资源和社会保障厅", filled=day(2024, 11, 25),
        budget=[(money(15230.00, M), money(14830.00, M), money(400.00, M), money(9630.00, M),
                 money(5600.00, M))],
        tasks=[("职业技能提升行动", "重点群体职业技能培训补贴", money(3400.00, M), "培训人次达标"),
               ("就业服务", "公共就业服务平台运行和招聘活动", money(1450.00, M), "城镇新增就业"),
               ("劳动保障监察", "欠薪治理和劳动保障监察执法", money(750.00, M), "欠薪案件动态清零"),
               ("金额合计", None, money(5600.00, M), None)],
        goal="1.城镇新增就业6.5万人；\n2.开展补贴性职业技能培训3万人次；\n"
             "3.欠薪案件结案率达到95%以上。",
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 tier-1 in a department table")
    basic_split(s, money(7420.00, M), money(2210.00, M))
    indicators(s, [
        ("产出指标", "数量指标", "城镇新增就业人数", "≥6.5万人"),
        (None, None, "职业技能培训人次", "≥3万人次"),
        (None, None, "举办招聘活动场次", "≥120场"),
        (None, "质量指标", "欠薪案件结案率", "≥95%"),
        (None, None, mk("职业技能培训人次", "D101", "warning", row=True,
                        alt=("D102", "D103", "F201"))
         , "≥3万人次"),
        (None, "时效指标", "培训补贴审核办结时限", "≤20个工作日"),
        ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%"),
        (None, "可持续影响指标", "公共就业服务体系", "逐步健全"),
    ])  # fmt: skip
    return b
