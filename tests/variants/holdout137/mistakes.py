"""Returns with planted mistakes (mq11–mq18): a concentration written with ≥, a 下降率 given in
tonnes, a 年度 area above the 中期 area, budgets that miss their lines, a range written
backwards, a conflicting duplicate, 中期 values copied into 年度, a missing tier-1."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout137.common import footer, multi_year, one_year, table, w
from tests.variants.holdout137.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant(
    "mq11-pm25-at-least", (11, 12), "project, NAT-2021, 比较符 column: PM2.5 with ≥, total off"
)
def mq11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 10, 14, 14))
    money = [
        ("资金总额", mk(w(220), "B101", "error", note="200 + 30 = 230, not 220"),
         "其中：财政拨款", w(200)),
        ("其他资金", w(30), None, None),
    ]  # fmt: skip
    project_head(
        s, year=2026, name="秋浦县环境空气质量持续改善", dept="秋浦县生态环境分局",
        unit="秋浦县生态环境分局", money=money,
        goals=["PM2.5年均浓度降至30微克/立方米以下，优良天数比率不低于90%，完成餐饮油烟治理"
               "150家、施工工地扬尘在线监控全覆盖。"],
    )  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "餐饮油烟净化设施安装数量", "≥", 150, "家"),
        (None, None, "建筑工地扬尘在线监控安装数量", "≥", 48, "个"),
        (None, None, "道路机械化湿扫保洁里程", "≥", 260, "公里"),
        (None, "质量指标", "在线监控数据传输有效率", "≥", pct(0.9), "%"),
        (None, "时效指标", "油烟治理任务完成时间", "≤", "2026年10月31日", "—"),
        ("成本指标", "经济成本指标", "单家油烟净化设施补助标准", "≤", 0.6, "万元/家"),
        ("效益指标", "生态效益指标", "PM2.5年均浓度",
         mk("≥", "T108", "warning", row=True, alt=("D104",),
            note="a concentration must fall to 30 or below: ≤, as the goal text says"),
         30, "微克/立方米"),
        (None, None, "空气质量优良天数比率", "≥", pct(0.9), "%"),
        (None, None, "重污染天数", "≤", 2, "天"),
        (None, "社会效益指标", "大气污染信访投诉办结率", "=", pct(1), "%"),
        (None, "可持续影响指标", "扬尘管控长效机制", "定性", "健全", "—"),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥", pct(0.85), "%"),
    ])  # fmt: skip
    footer(s, "填报人：闻竹溪    联系电话：0566-5123xxxx")
    return b


@variant(
    "mq12-cod-in-tonnes", (1, 12), "department, NAT-2021, one value column: 下降率 in 吨, tasks off"
)
def mq12() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 16, 34, 22, 14, 14))
    department_head(
        s, year=2026, dept="望澜市生态环境局",
        budget=[(w(4380), w(4080), w(300), w(1980), w(2400))],
        tasks=[
            ("水污染防治", "重点流域整治、入河排污口监管", w(960), "国考断面优良比例≥92%"),
            ("大气污染防治", "VOCs治理、移动源监管", w(780), "PM2.5≤31微克/立方米"),
            ("土壤与固废监管", "重点监管单位排查、危废规范化", w(420), "受污染耕地安全利用率≥93%"),
            ("生态环境监测", "自动站运维、执法监测", w(300), "监测数据有效率≥95%"),
            ("金额合计", None, mk(w(2400), "B102", "error", note="960+780+420+300 = 2460"), None),
        ],
        goal="全市生态环境质量持续改善，化学需氧量排放量比上年下降4%，不发生较大及以上突发环境事件。",
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "入河排污口排查整治数量", "≥85个"),
        (None, None, "重点排污单位现场执法检查", "≥600家次"),
        (None, None, "VOCs重点企业治理数量", "≥40家"),
        (None, "质量指标", "国考断面水质优良比例", "≥92%"),
        (None, None, "受污染耕地安全利用率", "≥93%"),
        (None, "时效指标", "环境信访件办结时限", "≤30天"),
        ("成本指标", "经济成本指标", "自动站单站年运维费用", "≤12万元"),
        ("效益指标", "生态效益指标", "化学需氧量排放量下降率",
         mk("≥180吨", "T105", "error", note="a 下降率 is a %: the goal text says 4%")),
        (None, None, "PM2.5年均浓度", "≤31微克/立方米"),
        (None, None, "优良天数比率", "≥89%"),
        (None, "社会效益指标", "较大及以上突发环境事件", "不发生"),
        (None, "可持续影响指标", "排污许可证核发率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥88%"),
    ])  # fmt: skip
    footer(s, "填报人：岑楚玉    审核人：葛听澜")
    return b


@variant(
    "mq13-wetland-annual-over", (8,), "three-year project, 中期/年度: annual area above period"
)
def mq13() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 16, 16, 12))
    project_head(
        s, year=2026, years=3, name="苇塘湾省级湿地公园保护修复", dept="临渚县林业局",
        unit="苇塘湾湿地公园管理处", attr="新增项目",
        money=multi_year((960, 860, 100), (360, 320, 40)),
        goals=["三年修复退化湿地600公顷，退耕还湿1500亩，湿地保护率提高到55%。",
               "2026年修复退化湿地250公顷，退耕还湿600亩，补植苗木成活率不低于95%。"],
    )  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "退化湿地修复面积", "≥600",
         mk("≥750", "D201", "error", alt=("D104",), note="the goal text says 250 in 2026"), "公顷"),
        (None, None, "退耕还湿面积", "≥1500", "≥600", "亩"),
        (None, None, "水鸟栖息地营造", "≥6", "≥2", "处"),
        (None, "质量指标", "补植苗木成活率", "≥95%",
         mk("≥105%", "T106", "error", note="a 成活率 cannot pass 100 %"), "%"),
        (None, None, "修复工程验收合格率", "100%", "100%", "%"),
        (None, "时效指标", "年度修复任务完成时间", "每年11月底前", "2026年11月30日前", "—"),
        ("成本指标", "经济成本指标", "退化湿地修复亩均成本", "≤900", "≤900", "元/亩"),
        ("效益指标", "生态效益指标", "湿地保护率", "≥55%", "≥52%", "%"),
        (None, None, "越冬水鸟数量", "≥1.2", "≥1.0", "万只"),
        (None, "社会效益指标", "湿地科普宣教人次", "≥3", "≥1", "万人次"),
        (None, "可持续影响指标", "湿地管护巡护制度", "健全", "健全", "—"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    footer(s, "项目负责人：阮清漪")
    return b


@variant(
    "mq14-water-dept-money", (12,), "department, NAT-2021, 比较符 column: total and task lines off"
)
def mq14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 16, 32, 14, 14, 12))
    department_head(
        s, year=2026, dept="溪口县水务局",
        budget=[(mk(w(1850), "B101", "error", note="1650 + 180 = 1830"), w(1650), w(180),
                 w(600), w(1250))],
        tasks=[
            ("河湖长制及河湖管护", "巡河、河道保洁、清四乱", w(420), "河湖管护全覆盖"),
            ("防汛抗旱", "山洪灾害监测预警、物资储备", w(380), "不发生因洪致死事件"),
            ("农村供水保障", "千吨万人工程维养", w(260), "农村供水保障率≥98%"),
            ("水资源管理", "取水许可、计量监控", w(150), "万元GDP用水量下降3%"),
            ("金额合计", None, mk(w(1250), "B102", "error", note="420+380+260+150 = 1210"),
             None),
        ],
        goal="全面落实河湖长制，确保度汛安全，农村供水稳定，用水总量控制在1.36亿立方米以内。",
    )  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "河道保洁长度", "≥", 310, "公里"),
        (None, None, "山洪灾害自动监测站点维护", "≥", 58, "个"),
        (None, None, "千吨万人供水工程维修养护", "≥", 9, "处"),
        (None, "质量指标", "农村供水工程水质达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "汛前隐患排查完成时间", "≤", "2026年4月30日", "—"),
        ("成本指标", "经济成本指标", "河道保洁每公里年均费用", "≤", 0.9, "万元/公里"),
        ("效益指标", "生态效益指标", "用水总量", "≤", 1.36, "亿立方米"),
        (None, None, "万元GDP用水量下降率", "≥", pct(0.03), "%"),
        (None, "社会效益指标", "因洪致死事件", "定性", "不发生", "—"),
        (None, None, "农村供水保障率", "≥", pct(0.98), "%"),
        (None, "可持续影响指标", "河湖长制责任落实率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "填报人：殷向晚")
    return b


@variant("mq15-ph-backwards", (1,), "project, NAT-2021, one value column: pH 9-6, a 比率 in 天")
def mq15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 34, 20, 14, 14))
    project_head(
        s, year=2026, name="荻港工业园区污水集中处理设施运行监管", dept="荻港区生态环境分局",
        unit="荻港区生态环境监察大队", money=one_year(158.6, 158.6, 0),
        goals=["园区污水处理厂出水稳定达到一级A标准，出水pH值控制在6～9，全年达标排放。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "园区纳管企业监督检查", "≥320家次"),
        (None, None, "出水水质比对监测次数", "≥24次"),
        (None, None, "在线监测设备校准次数", "≥12次"),
        (None, "质量指标", "出水pH值",
         mk("9-6", "T116", "warning", alt=("T102",), note="a range written backwards: 6～9")),
        (None, None, "出水化学需氧量浓度", "≤50毫克/升"),
        (None, None, "出水达标排放天数比率",
         mk("≥350天", "T105", "error", note="a 比率 needs a %, not 天")),
        (None, "时效指标", "超标预警处置时限", "≤2小时"),
        ("成本指标", "经济成本指标", "比对监测单次费用", "≤0.8万元"),
        ("效益指标", "生态效益指标", "园区化学需氧量排放量下降比例", "≥5%"),
        (None, "社会效益指标", "园区水污染信访件办结率", "=100%"),
        (None, "可持续影响指标", "在线监控数据联网率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "园区企业满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "填报人：樊若渝   2025年11月22日")
    return b


@variant(
    "mq16-forest-cover-twice", (11,), "project, NAT-2021, 比较符 column: 森林覆盖率 twice, =95%"
)
def mq16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 10, 14, 12))
    project_head(
        s, year=2026, name="天然林保护与公益林管护", dept="桐岭县林业和草原局",
        unit="桐岭县天然林保护中心", money=one_year(586, 536, 50),
        goals=["管护天然林和公益林38.6万亩，聘用生态护林员420名，森林覆盖率稳定在44.5%以上。"],
    )  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "天然林及公益林管护面积", "≥", 38.6, "万亩"),
        (None, None, "生态护林员聘用人数", "≥", 420, "人"),
        (None, None, "林业有害生物监测面积", "≥", 2600, "公顷"),
        (None, "质量指标", "管护责任合同签订率", "=", pct(1), "%"),
        (None, "时效指标", "护林员补助按季发放及时率", "=", pct(1), "%"),
        ("成本指标", "经济成本指标", "公益林亩均管护补助", "≤", 14, "元/亩"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥", pct(0.445, "0.0%"), "%"),
        (None, None, "林业有害生物成灾率", "≤", "3‰", "‰"),
        (None, "社会效益指标", "带动脱贫人口就业", "≥", 180, "人"),
        (None, "可持续影响指标",
         mk("森林覆盖率", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator as under 生态效益指标 with another target"),
         "≥", pct(0.45), "%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度",
         mk("=", "T107", "warning", row=True, note="=95% on a 满意度: ≥ meant"), pct(0.95), "%"),
    ])  # fmt: skip
    footer(s, "填报人：纪南星    联系电话：0739-7721xxxx")
    return b


@variant(
    "mq17-river-copied-annual", (8,), "three-year project, 中期/年度: counts copied, deadline late"
)
def mq17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 18, 12))
    project_head(
        s, year=2026, years=3, name="云川河幸福河湖建设（2026—2028年）", dept="云川市水务局",
        unit="云川市河湖管理中心", attr="新增项目",
        money=multi_year((2400, 2100, 300), (800, 700, 100)),
        goals=["三年建设生态护岸24公里、清淤36万立方米，云川河干流水质稳定达到Ⅲ类及以上。",
               "2026年建设生态护岸8公里、清淤12万立方米，完成3个滨水节点建设。"],
    )  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "生态护岸建设长度", "≥24",
         mk("≥24", "D202", "warning", alt=("D104",), note="copied from 中期; the text says 8"),
         "公里"),
        (None, None, "河道清淤量", "≥36",
         mk("≥36", "D202", "warning", alt=("D104",), note="copied from 中期; the text says 12"),
         "万立方米"),
        (None, None, "滨水节点建设数量", "≥9", "≥3", "个"),
        (None, "质量指标", "护岸工程质量验收合格率", "100%", "100%", "%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前",
         mk("2027年12月31日前", "Y102", "error", note="the 2026 task ends in 2027"), "—"),
        ("成本指标", "经济成本指标", "生态护岸每公里造价", "≤65", "≤65", "万元/公里"),
        ("效益指标", "生态效益指标", "干流断面水质达到Ⅲ类及以上比例", "100%", "100%", "%"),
        (None, None, "河道水体溶解氧浓度", "≥5", "≥5", "毫克/升"),
        (None, "社会效益指标", "新增滨水休闲空间面积", "≥18", "≥6", "公顷"),
        (None, "可持续影响指标", "河湖管护长效机制", "健全", "健全", "—"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    footer(s, "填报单位：云川市水务局（盖章）")
    return b


@variant("mq18-mine-no-benefit", (5, 1), "project, NAT-2021, 比较符 and unit columns: no 效益指标")
def mq18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 10, 14, 12))
    project_head(
        s, year=2026, name="历史遗留废弃矿山生态修复", dept="石屏县自然资源局",
        unit="石屏县国土空间生态修复中心", money=one_year(730, 650, 80), attr="一次性项目",
        goals=["完成11处历史遗留废弃矿山生态修复，修复面积320公顷，消除地质灾害隐患。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 效益指标 at all")
    table(s, OPS, [
        ("产出指标", "数量指标", "废弃矿山修复图斑数量", "≥", 11, "处"),
        (None, None, "矿山生态修复面积", "≥",
         mk("320公顷", "T112", "error", note="公顷 in the value, 亩 in the unit column"), "亩"),
        (None, None, "边坡削坡整形土方量", "≥", 46, "万立方米"),
        (None, "质量指标", "修复工程验收合格率", "=", pct(1), "%"),
        (None, None, "复绿植被覆盖度", "≥", pct(0.7), "%"),
        (None, "时效指标", "修复工程完工时间", "≤", "2026年11月30日", "—"),
        ("成本指标", "经济成本指标", "每公顷修复成本", "≤", 2.2, "万元/公顷"),
        (None, "生态环境成本指标", "施工期扬尘投诉", "≤", 3, "件"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "填报人：房望舒")
    return b
