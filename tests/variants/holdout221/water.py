"""生态环境 and 水利 returns: a unit column beside 绩效标准, an operator column, 中期 and 年度
columns, a 指标值类型 column under 预期实现值, a flat department list, two projects stacked
under 考核指标 (pw07–pw12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout221.common import (
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout221.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pw07-air-standard-unit-column", (1, 7, 11), "one-year project, OLD-NAT, header 绩效标准 "
         "and a 计量单位 column: PM2.5 ≤, 超标排放企业整改完成率 100% (a percent cell), "
         "预警提前时间 ≥24小时, 投诉量下降率 ≥ (correct)")  # fmt: skip
def pw07() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 16, 16))
    project_head(
        s, year=2026, name="大气污染防治攻坚项目", dept="青岚市生态环境局（601）",
        unit="青岚市生态环境监测站",
        money=one_year_money(wan(268), wan(238), wan(30)),
        goals=["2026年新建空气质量微型监测站25个，细颗粒物年均浓度控制在33微克/立方米以内，"
               "空气质量优良天数比率达到87%以上，重污染天数不超过3天。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "新建空气质量微型监测站", "≥25", "个"),
        (None, None, "重点涉气企业执法检查", "≥300", "家次"),
        (None, "质量指标", "超标排放企业整改完成率", pct(1), "%"),
        (None, None, "监测数据有效获取率", "≥90", "%"),
        (None, "时效指标", "重污染天气预警提前发布时间", "≥24", "小时"),
        (None, "成本指标", "单个微型监测站年运维成本", "≤2.4", "万元/个"),
        ("效益指标", "生态效益指标", "细颗粒物（PM2.5）年均浓度", "≤33", "微克/立方米"),
        (None, None, "空气质量优良天数比率", "≥87", "%"),
        (None, None, "重污染天数", "≤3", "天"),
        (None, "社会效益指标", "大气环境信访投诉量下降率", "≥10", "%"),
        (None, "可持续影响指标", "大气污染联防联控机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "公众对大气环境质量满意度", "≥85", "%"),
    ])  # fmt: skip
    sign(s, "冯语桐", "蒋志宏", "0738-3306512")
    return b


@variant("pw08-river-operator-column", (11,), "one-year project, NAT-2021, 比较符 and 计量单位 "
         "columns: a cost with =, a 超标排放率 with ≥; a 48小时 time limit and an 投诉办结率 "
         "with ≥ beside them")  # fmt: skip
def pw08() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 12, 14))
    project_head(
        s, year=2026, name="河湖长制河道管护项目", dept="枫岭县水利局（311）",
        unit="枫岭县河道管理所",
        money=one_year_money(wan(210), wan(180), wan(30)),
        goals=["落实县乡村三级河长巡河制度，完成186公里河道日常保洁，入河排污口规范整治，"
               "县控断面水质稳定达标。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "河道日常保洁长度", "≥", 186, "公里"),
        (None, None, "县乡村三级河长巡河", "≥", 4800, "人次"),
        (None, "质量指标", "河道保洁考核合格率", "≥", 95, "%"),
        (None, "时效指标", "巡河发现问题交办时限", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "河道保洁单位成本",
         mk("=", "T108", "warning", row=True, note="= on a cost cap: ≤0.9万元/公里 meant"),
         0.9, "万元/公里"),
        ("效益指标", "生态效益指标", "县控断面水质达标率", "≥", 90, "%"),
        (None, None, "入河排污口超标排放率",
         mk("≥", "T108", "warning", row=True, note="a 超标排放率 is 反向: ≤5% meant"), 5, "%"),
        (None, "社会效益指标", "涉河违法问题投诉办结率", "≥", 98, "%"),
        (None, "可持续影响指标", "河长制工作机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "任博文", "秦可欣", "0734-7251380")
    return b


@variant("pw09-reservoir-period-direction", (8, 10, 11), "two-year project, NAT-2021, 中期 and "
         "年度 columns with 指标方向: annual counts below the period, rates and caps equal in "
         "both, 漏损率 ≤, 2小时内, ≥2百分点 / ≥1百分点 (correct)")  # fmt: skip
def pw09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 12))
    project_head(
        s, year=2026, years=2, name="小型水库及农村供水工程运行管护项目",
        dept="岚山区水利局（236）", unit="岚山区农村供水管理站",
        money=period_money((wan(480), wan(420), wan(60)), (wan(245), wan(215), wan(30))),
        goals=["两年完成小型水库维修养护84座次、农村供水管网改造60公里，供水水质达标率保持在"
               "95%以上，管网漏损率控制在10%以内。",
               "2026年完成小型水库维修养护42座次、农村供水管网改造30公里，汛期水库安全度汛。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标方向")
    indicators(s, head, [
        ("产出指标", "数量指标", "小型水库维修养护", "≥84座次", "≥42座次", "正向"),
        (None, None, "农村供水管网改造", "≥60公里", "≥30公里", "正向"),
        (None, "质量指标", "农村供水水质达标率", "≥95%", "≥95%", "正向"),
        (None, None, "供水管网漏损率", "≤10%", "≤10%", "反向"),
        (None, "时效指标", "工程险情处置响应时间", "2小时内", "2小时内", "反向"),
        ("成本指标", "经济成本指标", "小型水库单座次维修养护成本", "≤3.5万元/座次",
         "≤3.5万元/座次", "反向"),
        ("效益指标", "社会效益指标", "农村自来水普及率提高", "≥2百分点", "≥1百分点", "正向"),
        (None, None, "小型水库安全度汛事故", "=0起", "=0起", "反向"),
        (None, "生态效益指标", "水库下泄生态流量达标率", "≥90%", "≥90%", "正向"),
        (None, "可持续影响指标", "工程管护长效机制", "健全", "初步建立", "定性"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "曹一鸣", "卢晓棠", "0733-8846120")
    return b


@variant("pw10-black-water-value-type", (7, 11), "one-year project, NAT-2021, header 预期实现值 "
         "and a 指标值类型 column (定量/定性): a 定量 row with a grade, a 返黑返臭率 with ≥; a "
         "定性 投诉量 明显下降 beside them")  # fmt: skip
def pw10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 18))
    project_head(
        s, year=2026, name="农村黑臭水体治理试点项目", dept="檀溪县生态环境分局（603）",
        unit="檀溪县农村环境整治中心", attr="新增项目",
        money=one_year_money(wan(390), wan(350), wan(40)),
        goals=["完成12条农村黑臭水体整治，新建污水收集管网18公里，整治水体消除黑臭，"
               "建立长效管护机制。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值类型", "预期实现值")
    indicators(s, head, [
        ("产出指标", "数量指标", "完成黑臭水体整治", "定量", "≥12条"),
        (None, None, "新建污水收集管网", "定量", "≥18公里"),
        (None, "质量指标", "整治水体透明度达标率", "定量", "≥90%"),
        (None, None, "治理后水体水质", "定量",
         mk("明显改善", "T109", "error", alt=("T102",), note="declared 定量, given a grade")),
        (None, "时效指标", "整治工程按期完工率", "定量", "=100%"),
        ("成本指标", "经济成本指标", "每公里污水管网建设成本", "定量", "≤15万元/公里"),
        ("效益指标", "生态效益指标", "整治水体返黑返臭率", "定量",
         mk("≥5%", "T108", "warning", row=True, note="a 返黑返臭率 is 反向: ≤5% meant")),
        (None, "社会效益指标", "涉水环境信访投诉量", "定性", "明显下降"),
        (None, "可持续影响指标", "农村黑臭水体长效管护机制", "定性", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "定量", "≥90%"),
    ])  # fmt: skip
    sign(s, "江澄", "孔令晖", "0745-6619037")
    return b


@variant("pw11-ecology-flat-list", (3, 11), "department, a flat list (序号 · 指标名称 · 指标性质 "
         "as direction · 指标值 · 计量单位 · 权重) with a 合计 row: 投诉办结率 =100, 响应时间 ≤, "
         "=0起, weights add to 100 (correct)")  # fmt: skip
def pw11() -> Book:
    b, s = book("Sheet1", (8, 30, 12, 14, 14, 12))
    department_head(
        s, year=2026, dept="青岚市生态环境局白沙河分局",
        budget=[(wan(842.6), wan(802.6), wan(40), wan(516.3), wan(326.3))],
        tasks=[
            ("环境监测与执法", "自动监测站运维和环境执法检查", wan(148.5),
             "环境执法检查不少于600家次"),
            ("污染防治攻坚", "重点行业挥发性有机物治理和入河排污口整治", wan(132.8),
             "完成入河排污口整治40个"),
            ("生态环境宣传教育", "环境日等主题宣传活动", wan(45), "开展宣传活动不少于20场"),
            ("金额合计", None, wan(326.3), None),
        ],
        goal="深入打好污染防治攻坚战，地表水断面水质优良比例和空气质量持续改善，突发环境事件"
             "得到及时妥善处置，群众生态环境获得感不断增强。",
    )  # fmt: skip
    note(s, "年度绩效指标")
    s.row("序号", "指标名称", "指标性质", "指标值", "计量单位", "权重（%）")
    s.table([
        (1, "环境执法检查企业", "正向", "≥600", "家次", 10),
        (2, "入河排污口整治", "正向", "≥40", "个", 10),
        (3, "生态环境宣传活动", "正向", "≥20", "场", 5),
        (4, "自动监测数据有效率", "正向", "≥90", "%", 10),
        (5, "环境信访投诉办结率", "正向", "=100", "%", 10),
        (6, "突发环境事件应急响应时间", "反向", "≤2", "小时", 10),
        (7, "环境违法案件查处办结时限", "反向", "≤90", "天", 10),
        (8, "地表水断面水质优良比例", "正向", "≥80", "%", 10),
        (9, "细颗粒物年均浓度同比下降幅度", "正向", "≥3", "%", 10),
        (10, "较大及以上突发环境事件", "反向", "=0", "起", 5),
        (11, "公众生态环境满意度", "正向", "≥88", "%", 10),
        (None, "合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant("pw12-stacked-water-assessment", (2, 7, 11, 12), "two one-year projects stacked, "
         "NAT-2021, headers 考核指标 and 目标值（年度）: an 办结时限 with ≥ in the first, a "
         "2027 completion date and a unit cost × area above the money in the second")  # fmt: skip
def pw12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 16, 14))
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）")
    project_head(
        s, year=2026, name="水资源管理与节约用水项目", dept="枫岭县水利局（311）",
        unit="枫岭县水资源管理站", money=one_year_money(wan(86), wan(86), wan(0)),
        goals=["完成取用水户监督检查120户次，创建节水型单位8家，取水许可审批按时办结。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "取用水户监督检查", "≥120户次"),
        (None, None, "节水型单位创建", "≥8家"),
        (None, "质量指标", "取水计量设施在线率", "≥95%"),
        (None, "时效指标", "取水许可审批办结时限",
         mk("≥20个工作日", "T108", "warning", row=True, note="a time limit: ≤20个工作日 meant")),
        ("成本指标", "经济成本指标", "单户次监督检查成本", "≤0.25万元/户次"),
        ("效益指标", "生态效益指标", "万元工业增加值用水量下降率", "≥3%"),
        (None, "社会效益指标", "节水宣传覆盖人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "取用水户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2026, name="坡耕地水土流失综合治理项目", dept="枫岭县水利局（311）",
        unit="枫岭县水土保持站", money=one_year_money(wan(240), wan(200), wan(40)),
        goals=["2026年治理坡耕地水土流失面积1500亩，治理区土壤侵蚀明显减轻。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "水土流失治理面积", "≥1500亩"),
        (None, "质量指标", "治理工程验收合格率", "≥95%"),
        (None, "时效指标", "治理工程完工时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",), note="a one-year 2026 project")),
        ("成本指标", "经济成本指标", "单位面积治理成本",
         mk("≤2000元/亩", "B107", "warning", row=True, note="1500亩 × 2000元 = 300万 > 240万")),
        ("效益指标", "生态效益指标", "治理区土壤侵蚀强度", "明显减轻"),
        (None, "可持续影响指标", "治理工程管护责任落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：资金单位为万元；目标值均为年度目标值。")
    return b
