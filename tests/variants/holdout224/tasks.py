"""Department tables with a money block and 年度主要任务 (amounts, the goal of each task), then
the indicators: shares, 测算依据, 中期 and 年度 columns (pz02, pz03, pz09, pz10, pz13, pz16)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout224.common import (
    COST,
    ECON,
    EFF,
    GAIN,
    NUM,
    OPS,
    OUT,
    P2,
    QUA,
    SAT,
    SOC,
    SUS,
    TIERS,
    TIME,
    USER,
    book,
    budget,
    labelled,
    note,
    sign,
    table,
    total,
    wan,
)
from tests.variants.holdout224.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("pz02-county-health-split-wrong", (12,), "department (卫健委), six-column head with "
         "key tasks: 基本支出 + 项目支出 ≠ 资金总额, a task's goal of 200人次 against an "
         "indicator of ≥150人次")  # fmt: skip
def pz02() -> Book:
    b, s = book("Sheet1", (16, 18, 28, 14, 18, 12))
    department_head(
        s, year=2026, dept="云梧县卫生健康委员会",
        budget=[(mk(wan(4860), "B101", "error", row=True, note="2930 + 1980 = 4910"),
                 wan(4700), wan(160), wan(2930), wan(1980))],
        tasks=[
            ("基本公共卫生服务", "为常住人口提供基本公共卫生服务", 1260,
             "65岁以上老年人健康管理率达到70%以上"),
            ("家庭医生签约服务", "组建家庭医生团队开展签约服务", 320,
             "重点人群家庭医生签约覆盖率达到75%以上"),
            ("院前急救能力提升", "购置负压救护车2辆，开展院前急救培训", 250,
             mk("培训院前急救人员200人次", "D104", "warning", required=False)),
            ("基层卫生人才培养", "选派乡村医生到县级医院进修", 150, "选派乡村医生进修40名"),
            ("金额合计", None, 1980, None),
        ],
        goal="持续做实基本公共卫生服务，提升家庭医生签约服务质量，完善院前急救网络，加强"
             "基层卫生人才队伍建设，辖区居民健康水平稳步提高。",
    )  # fmt: skip
    table(s, TIERS, [
        (OUT, NUM, "购置负压救护车数量", "≥2辆"),
        (None, None, "院前急救人员培训人次",
         mk("≥150人次", "D104", "warning", row=True, note="the task says 200人次")),
        (None, None, "选派乡村医生进修人数", "≥40人"),
        (None, QUA, "65岁以上老年人健康管理率", "≥70%"),
        (None, None, "重点人群家庭医生签约覆盖率", "≥75%"),
        (None, TIME, "救护车购置完成时间", "2026年9月30日前"),
        (COST, ECON, "负压救护车单车购置成本", "≤45万元/辆"),
        (EFF, SOC, "院前急救平均反应时间", "≤15分钟"),
        (None, None, "居民电子健康档案建档率", "≥90%"),
        (SAT, USER, "居民对基层医疗卫生服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pz03-city-health-shares", (1, 12), "department (卫健委), money block with 人员经费 "
         "and 公用经费 and shares typed as percents, key tasks split into 财政拨款 and 其他资金, "
         "operator and unit columns, 1/10万 and ‰ rates (correct)")  # fmt: skip
def pz03() -> Book:
    b, s = book("部门整体支出", (14, 20, 24, 12, 12, 12, 28))
    s.title("檀州市卫生健康委员会2026年部门整体支出绩效目标表", 7)
    s.row("部门名称", "檀州市卫生健康委员会", None, "填报日期", day(2025, 11, 26, CN_DATE),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    labelled(s, "年度预算", ("资金构成", "金额（万元）", "占比"), [
        ("资金总额", 12480, pct(1, P2)), ("其中：财政拨款", 11856, pct(0.95, P2)),
        ("其他资金", 624, pct(0.05, P2)), ("基本支出", 7488, pct(0.6, P2)),
        ("其中：人员经费", 6240, pct(0.5, P2)), ("公用经费", 1248, pct(0.1, P2)),
        ("项目支出", 4992, pct(0.4, P2)),
    ])  # fmt: skip
    head = ("任务名称", "主要实施内容", "总额（万元）", "财政拨款", "其他资金", "期望达到的目标")
    labelled(s, "年度主要任务", head, [
        ("公立医院综合改革补助", "落实公立医院投入政策，推进薪酬制度改革", 2600, 2600, 0,
         "三级公立医院门诊次均费用增幅控制在3%以内"),
        ("重大疾病防控", "免疫规划、慢性病及传染病防控", 980, 980, 0,
         "适龄儿童免疫规划疫苗接种率保持在95%以上"),
        ("妇幼健康服务", "农村适龄妇女“两癌”筛查、孕产妇健康管理", 712, 400, 312,
         "完成农村适龄妇女“两癌”筛查12000人"),
        ("卫生应急能力建设", "应急物资储备、应急队伍演练", 700, 388, 312,
         "开展突发公共卫生事件应急演练6次"),
        ("合计", None, 4992, 4368, 624, None),
    ])  # fmt: skip
    table(s, OPS, [
        (OUT, NUM, "“两癌”筛查人数", "≥", 12000, "人"),
        (None, None, "突发公共卫生事件应急演练次数", "≥", 6, "次"),
        (None, QUA, "适龄儿童免疫规划疫苗接种率", "≥", pct(0.95), "%"),
        (None, TIME, "法定传染病报告及时率", "≥", pct(0.98), "%"),
        (COST, ECON, "三级公立医院门诊次均费用增幅", "≤", 3, "%"),
        (EFF, SOC, "孕产妇死亡率", "≤", 12, "1/10万"),
        (None, None, "婴儿死亡率", "≤", 5, "‰"),
        (None, SUS, "分级诊疗制度", "定性", "健全", None),
        (SAT, USER, "患者就医满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "单位负责人：韦承泽", None, "财务负责人：蒙晓丹", None, "填表人：黎思远")
    return b


@variant("pz09-township-basis", (4, 12), "department (乡镇政府), key tasks with 测算依据 (one "
         "wrapped onto a second row) adding to 项目支出, OLD-NAT tiers, =0人 deaths, footnotes "
         "and signatures (correct)")  # fmt: skip
def pz09() -> Book:
    b, s = book("Sheet1", (14, 20, 26, 12, 30, 26))
    s.title("桐川县澜桥镇人民政府2026年部门整体支出绩效目标表", 6)
    s.row("单位名称", "桐川县澜桥镇人民政府", None, "单位编码", "517023", merge=[(2, 3)])
    budget(s, [1287, 1205, 82, 868, 419], label="部门预算（万元）")
    note(s, "年度主要任务", 6)
    s.row("序号", "任务名称", "主要内容", "金额（万元）", "测算依据", "期望达到的目标")
    s.row(1, "村级组织运转保障", "保障14个行政村村级组织正常运转", 168,
          "14个村×12万元/村=168万元", "14个行政村运转经费足额拨付")  # fmt: skip
    s.row(2, "农村人居环境整治", "生活垃圾清运处理、农村公厕管护", 96,
          "垃圾清运3200吨×200元/吨=64万元；", "生活垃圾无害化处理率达到95%以上")  # fmt: skip
    s.row(None, None, None, None, "公厕管护40座×8000元/座=32万元")
    s.row(3, "防汛抗旱和应急管理", "防汛物资储备、应急演练及汛期值守", 35,
          "物资储备20万元，演练及值守15万元", "安全度汛，不发生因灾死亡事故")  # fmt: skip
    s.row(4, "茶产业提质增效", "低产茶园提质改造", 120, "600亩×2000元/亩=120万元",
          "完成低产茶园提质改造600亩")  # fmt: skip
    total(s, "合计", None, 419, span=2)
    table(s, TIERS, [
        (OUT, NUM, "保障运转行政村数", "≥14个"),
        (None, None, "生活垃圾清运量", "≥3200吨"),
        (None, None, "公厕管护数量", "≥40座"),
        (None, None, "低产茶园提质改造面积", "≥600亩"),
        (None, QUA, "生活垃圾无害化处理率", "≥95%"),
        (None, TIME, "村级运转经费拨付时间", "2026年6月30日前"),
        (None, "成本指标", "茶园提质改造补助标准", "≤2000元/亩"),
        (None, None, "生活垃圾清运单价", "≤200元/吨"),
        (EFF, SOC, "因灾死亡人数", "=0人"),
        (None, GAIN, "茶农户均增收", "≥1500元"),
        (None, SUS, "农村人居环境长效管护机制", "健全"),
        (SAT, USER, "群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.金额单位为万元；2.基本支出868万元按人员经费和公用经费定额测算，未列入年度"
            "主要任务。", 6)  # fmt: skip
    sign(s, "单位负责人：", "周正国", "财务负责人：", "谭雅", "填表人：刘畅 0735-2217460")
    return b


@variant("pz10-city-health-share-typo", (12,), "department (卫健委), amounts and shares in "
         "rows, a 指标解释 column: the share of 项目支出 typed 43.97 % for 34.97 %, 预算执行率 "
         "as a cost indicator")  # fmt: skip
def pz10() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 14, 14, 14))
    s.title("青枫市卫生健康委员会2026年度部门整体支出绩效目标表", 6)
    s.row("部门名称", "青枫市卫生健康委员会", None, "填报日期", "2025年12月2日", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额（万元）", wan(3260), wan(3100), wan(160), wan(2120), wan(1140))
    s.row("占比", pct(1, P2), pct(0.9509, P2), pct(0.0491, P2), pct(0.6503, P2),
          mk(pct(0.4397, P2), "B111", "error", note="1140 ÷ 3260 = 34.97%"))  # fmt: skip
    s.row("年度总体目标", "巩固基本公共卫生服务成效，提升重点人群健康管理水平，完善传染病"
          "监测预警体系，居民健康素养水平持续提高。", merge=[(2, 6)])  # fmt: skip
    table(s, (*TIERS, "指标解释"), [
        (OUT, NUM, "国家免疫规划疫苗接种剂次", "≥9.6万剂次", "全年接种剂次"),
        (None, None, "老年人健康体检人数", "≥52000人", "65岁以上常住老年人"),
        (None, QUA, "高血压患者规范管理率", "≥65%", None),
        (None, TIME, "突发公共卫生事件报告及时率", "≥98%", "2小时内网络直报"),
        (COST, ECON, mk("部门预算执行率", "F202", "warning", row=True), "≥90%",
         "年末支出数/预算数"),
        (None, None, "老年人健康体检人均成本", "≤80元/人", None),
        (EFF, SOC, "居民健康素养水平", "≥30%", None),
        (None, SUS, "基层医疗卫生服务体系", "持续完善", None),
        (SAT, USER, "居民满意度", "≥90%", "第三方抽样调查"),
    ])  # fmt: skip
    return b


@variant("pz13-city-education-period", (8, 12), "department (教育局), 基本支出 split into "
         "人员经费 and 公用经费, 中期 (2026—2028) and 年度 goals and value columns: counts "
         "smaller in the year, rates and a unit cost equal in both (correct)")  # fmt: skip
def pz13() -> Book:
    b, s = book("部门整体支出绩效目标", (14, 16, 28, 18, 18, 14))
    s.title("青枫市教育局部门整体支出绩效目标表（2026年度）", 6)
    s.row("部门名称", "青枫市教育局", None, "中期规划期", "2026年—2028年", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    budget(s, [wan(32600), wan(31200), wan(1400), wan(21500), wan(11100)])
    s.row("其中：基本支出", "人员经费", wan(18300), "公用经费", wan(3200), None)
    s.row("总体目标", "中期目标（2026—2028年）", None, "年度目标（2026年）", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, "到2028年，新建改扩建中小学校6所，新增公办学位5400个，学前教育毛入园率稳定在"
          "92%以上，完成中小学教师全员培训9000人次。", None,
          "新建改扩建中小学校2所，新增公办学位1800个，培训中小学教师3000人次，高中阶段毛"
          "入学率达到96%以上。", merge=[(2, 3), (4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值（2026—2028年）",
              "年度指标值（2026年）"), [
        (OUT, NUM, "新建改扩建中小学校数", "≥6所", "≥2所"),
        (None, None, "新增公办学位数", "≥5400个", "≥1800个"),
        (None, None, "中小学教师培训人次", "≥9000人次", "≥3000人次"),
        (None, QUA, "学前教育毛入园率", "≥92%", "≥92%"),
        (None, None, "高中阶段毛入学率", "≥96%", "≥96%"),
        (None, TIME, "新建学校投入使用时间", "2028年9月1日前", "2026年9月1日前"),
        (COST, ECON, "校舍建设单位造价", "≤3800元/平方米", "≤3800元/平方米"),
        (EFF, SOC, "义务教育56人以上大班额比例", "≤2%", "≤2%"),
        (None, SUS, "城乡教育资源配置", "持续优化", "持续优化"),
        (SAT, USER, "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计目标，年度指标值为2026年目标。", 5)
    return b


@variant("pz16-county-education-tasks-short", (12,), "department (教育局), budget-year field "
         "and key tasks: the year field says 2025 under a 2026 title, the tasks add to 1590 "
         "against a 金额合计 of 1650")  # fmt: skip
def pz16() -> Book:
    b, s = book("Sheet1", (14, 20, 28, 14, 30))
    s.title(mk("沐溪县教育局2026年度部门整体支出绩效目标表", "Y101", "error", required=False), 6)
    s.row("预算年度", mk("2025年", "Y101", "error", row=True, note="the title says 2026"),
          "部门名称", "沐溪县教育局", "联系电话：0736-7321586")  # fmt: skip
    budget(s, [wan(9870), wan(9640), wan(230), wan(8220), wan(1650)])
    labelled(s, "年度主要任务", ("任务名称", "主要内容", "金额（万元）", "期望达到的目标"), [
        ("学前教育普惠保障", "普惠性幼儿园生均补助及保育教育费减免", 420,
         "普惠性幼儿园覆盖率达到90%以上"),
        ("义务教育营养改善计划", "为农村义务教育学生提供营养膳食补助", 610,
         "受益学生6100人，补助按时足额发放"),
        ("高中教育质量提升", "县一中、二中实验室及教学设备更新", 280,
         "更新理化生实验室12间"),
        ("教育信息化建设", "中小学智慧教室建设", 280, "建成智慧教室140间"),
        ("金额合计", None, mk(1650, "B102", "error", note="420 + 610 + 280 + 280 = 1590"),
         None),
    ])  # fmt: skip
    s.row("年度总体目标", "提高学前教育普惠水平，落实农村学生营养改善计划，改善高中办学条件，"
          "推进教育信息化。", merge=[(2, 5)])  # fmt: skip
    table(s, (*TIERS, "备注"), [
        (OUT, NUM, "营养改善计划受益学生人数", "≥6100人", None),
        (None, None, "更新理化生实验室间数", "≥12间", None),
        (None, None, "建成智慧教室间数", "≥140间", None),
        (None, QUA, "设备验收合格率", "=100%", None),
        (None, TIME, "营养膳食补助发放及时率", "≥98%", "按学期拨付"),
        (COST, ECON, "营养膳食补助标准", "≤1000元/人·年", "5元/天×200天"),
        (EFF, SOC, "普惠性幼儿园覆盖率", "≥90%", None),
        (None, SUS, "智慧教室常态化应用机制", "健全", None),
        (SAT, USER, "学生家长满意度", "≥90%", None),
    ])  # fmt: skip
    return b
