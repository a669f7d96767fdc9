"""Returns eh13–eh18: earthworm (蚯蚓) composting of straw, vegetable waste and manure."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout596.common import (
    COUNTY,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout596.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
AGRI = f"{COUNTY}农业农村局 208"
STATION = f"{COUNTY}农业生态环境保护站"


@variant("eh13-worm-beds-words", (1, 11), "project, OLD-NAT, operators in words in their own "
         "column, unit column, typed percent cells, a 下降率 with 大于等于, complaints and deaths "
         "with 小于等于, a goal's part given as its own indicator (correct)")  # fmt: skip
def worm_beds_words() -> Book:
    b, s = start()
    project_head(s, year=2025, name="槐沱乡蚯蚓堆肥处理农业废弃物示范项目", dept=AGRI,
                 unit=STATION, money=one_year(95, 80, 15),
                 goals=["2025年在槐沱乡建设蚯蚓堆肥池60个，处理秸秆、尾菜和畜禽粪污1.2万吨"
                        "（其中畜禽粪污4000吨），生产蚓粪有机肥3000吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "建设蚯蚓堆肥池", "大于等于", 60, "个"),
        (None, None, "农业废弃物处理量", "大于等于", 1.2, "万吨"),
        (None, None, "其中：畜禽粪污处理量", "大于等于", 4000, "吨"),
        (None, None, "蚓粪有机肥产量", "大于等于", 3000, "吨"),
        (None, "质量指标", "蚓粪有机质含量达标率", "大于等于", pct(0.95), "%"),
        (None, None, "蚯蚓越冬死亡率", "小于等于", pct(0.15), "%"),
        (None, "时效指标", "堆肥池建成时间", "小于等于", "2025年6月30日", None),
        (None, "成本指标", "单个堆肥池建设成本", "小于等于", 1.2, "万元/个"),
        ("效益指标", "生态效益指标", "示范区化肥使用量下降率", "大于等于", pct(0.1), "%"),
        (None, None, "周边群众臭气投诉次数", "小于等于", 2, "次"),
        (None, "经济效益指标", "蚓粪还田亩均节约肥料成本", "大于等于", 60, "元"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "滕可言", "0838-6174206")
    return b


@variant("eh14-manure-direction", (11,), "project, NAT-2021, operators inside the values: a "
         "death rate with ≥, a cost cap with =, a tonnage below the goal's")  # fmt: skip
def manure_direction() -> Book:
    b, s = start()
    project_head(s, year=2025, name="沙棠村蚯蚓消纳养殖粪污项目", dept=AGRI, unit=STATION,
                 money=one_year(70, 60, 10),
                 goals=["2025年利用蚯蚓消纳沙棠村规模养殖场粪污和秸秆2万吨，"
                        "蚓粪还田1500亩。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "粪污和秸秆消纳量",
         mk("≥1.5万吨", "D104", "warning", row=True, note="年度目标写消纳2万吨，指标只有1.5万吨")),
        (None, None, "蚓粪还田面积", "≥1500亩"),
        (None, "质量指标", "蚯蚓死亡率",
         mk("≥5%", "T108", "warning", row=True, note="死亡率是反向指标，应为≤5%")),
        (None, "时效指标", "消纳场建成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "每吨粪污消纳成本",
         mk("=30元/吨", "T108", "warning", row=True, note="成本上限写成“=”，应为≤")),
        ("效益指标", "生态效益指标", "养殖粪污资源化利用率", "≥90%"),
        (None, "社会效益指标", "带动养殖户数", "≥25户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎照川", "0838-6174213")
    return b


@variant("eh15-worm-three-year-labels", (8, 5), "three-year project, NAT-2021, abbreviated tier "
         "labels with ★ (★产出, 数量, 经济成本), 中期 and 年度 columns with the period's counts "
         "above the year's (correct)")  # fmt: skip
def worm_three_year_labels() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="蚯蚓生物转化有机废弃物三年行动项目", dept=AGRI,
                 unit=STATION, money=multi_year((450, 360, 90), (150, 120, 30)),
                 goals=["建成蚯蚓生物转化中心3个，累计转化尾菜、秸秆和酒糟等有机废弃物9万吨，"
                        "生产蚓粪有机肥2.4万吨。",
                        "建成转化中心1个，转化有机废弃物2.5万吨，"
                        "生产蚓粪有机肥6000吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("★产出", "数量", "建成蚯蚓生物转化中心", "≥3个", "≥1个"),
        (None, None, "有机废弃物转化量", "≥9万吨", "≥2.5万吨"),
        (None, None, "蚓粪有机肥产量", "≥2.4万吨", "≥6000吨"),
        (None, "质量", "蚓粪有机肥检测合格率", "≥95%", "≥95%"),
        (None, "时效", "年度转化任务按时完成率", "≥95%", "≥95%"),
        ("成本", "经济成本", "每吨废弃物转化成本", "≤45元/吨", "≤45元/吨"),
        ("效益", "生态效益", "减少化肥施用量", "≥1800吨", "≥500吨"),
        (None, "社会效益", "参与废弃物收集农户", "≥1200户", "≥400户"),
        ("满意度", "服务对象满意度", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2025—2027年累计值。", 5)
    sign(s, "庞思远", "0838-6174228")
    return b


@variant("eh16-vegetable-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template with no indicator, a value without a name")  # fmt: skip
def vegetable_template_rows() -> Book:
    b, s = start()
    project_head(s, year=2025, name="槐沱乡尾菜蚯蚓堆肥站运营项目", dept=AGRI, unit=STATION,
                 money=one_year(40, 35, 5),
                 goals=["2025年收集处理尾菜3000吨，其中外乡镇尾菜800吨，"
                        "生产蚓粪有机肥900吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "尾菜收集处理量", "≥3000吨"),
        (None, None, mk(None, "F110", "error", note="有指标值≥800吨，没有三级指标名称"), "≥800吨"),
        (None, None, "蚓粪有机肥产量", "≥900吨"),
        (None, "质量指标", "蚓粪有机肥合格率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，没有三级指标"),
         None, None),
        ("成本指标", "经济成本指标", "每吨尾菜处理成本", "≤100元/吨"),
        ("效益指标", "生态效益指标", "尾菜乱堆乱放点位减少", "≥20处"),
        (None, "社会效益指标", "带动菜农户数", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "菜农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘如晦", "0838-6174231")
    return b


@variant("eh17-ecology-station-tasks", (12, 4), "department, NAT-2021, budget with a share row "
         "in 0.0%, key tasks adding to 项目支出, a footnote explaining the total, a goal's count "
         "with its parts in brackets (correct)")  # fmt: skip
def ecology_station_tasks() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=STATION, budget=[
        (money(320, WAN), money(280, WAN), money(40, WAN), money(200, WAN), money(120, WAN)),
        (pct(1), pct(0.875, "0.0%"), pct(0.125, "0.0%"), pct(0.625, "0.0%"),
         pct(0.375, "0.0%")),
    ], tasks=[
        ("蚯蚓堆肥示范点建设", "新建和提升示范点", money(60, WAN), "示范点8个"),
        ("秸秆尾菜资源化利用", "收集转化秸秆尾菜", money(40, WAN), "利用1.5万吨"),
        ("耕地质量监测", "布设监测点", money(20, WAN), "监测点40个"),
        ("金额合计", None, money(120, WAN), None),
    ], goal="建设蚯蚓堆肥示范点8个（其中新建5个、提升3个），资源化利用秸秆尾菜1.5万吨，"
            "布设耕地质量监测点40个。")  # fmt: skip
    note(s, "注：金额合计为项目支出，不含基本支出200万元。")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "蚯蚓堆肥示范点建设数量", "≥8个"),
        (None, None, "其中新建示范点", "≥5个"),
        (None, None, "秸秆尾菜资源化利用量", "≥1.5万吨"),
        (None, None, "耕地质量监测点", "≥40个"),
        (None, "质量指标", "示范点验收合格率", pct(1)),
        (None, "时效指标", "示范点建设完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "示范点平均建设成本", "≤7.5万元/个"),
        ("效益指标", "生态效益指标", "秸秆尾菜综合利用率", "≥90%"),
        (None, "可持续影响指标", "示范点运行管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏清和", "0838-6174245")
    return b


@variant("eh18-fertiliser-artefacts", (9,), "project, OLD-NAT, one value column: a date "
         "serial stored as text, a total split by a space, last year's goal left in the "
         "年度目标")  # fmt: skip
def fertiliser_artefacts() -> Book:
    b, s = start()
    project_head(s, year=2025, name="沙棠村蚓粪有机肥加工项目", dept=AGRI, unit=STATION,
                 start=mk("45748", "X104", "warning", note="文本里的日期序列号，即2025-04-01"),
                 money=[["资金总额", mk("128.45 0", "X105", "warning", alt=("X103",),
                                       note="数字被空格断开，读作128.450"),
                         "其中：财政拨款", money(100, WAN)],
                        ["其他资金", money(28.45, WAN), None, None]],
                 goals=[mk("2024年建成蚓粪有机肥加工线1条，年加工蚓粪3000吨。", "Y103", "error",
                           alt=("Y101", "Y102"),
                           note="2025年度的年度目标写2024年建成：上一年度的目标没改")])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建成蚓粪有机肥加工线", "1条"),
        (None, None, "蚓粪加工量", "≥3000吨"),
        (None, "质量指标", "商品有机肥检测合格率", "≥95%"),
        (None, "时效指标", "加工线建成投产时间", "2025年9月30日前"),
        (None, "成本指标", "每吨蚓粪加工成本", "≤300元/吨"),
        ("效益指标", "经济效益指标", "有机肥销售收入", "≥60万元"),
        (None, "生态效益指标", "替代化肥施用面积", "≥4000亩"),
        ("满意度指标", "服务对象满意度指标", "购肥农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦秋白", "0838-6174252")
    return b
