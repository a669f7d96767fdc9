"""Flood warning stations: kgz07–kgz12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout874.common import indicators, new, notes, one_year, sign, wan
from tests.variants.holdout874.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgz07-hydrology-centre", (10, 12),
         "department, NAT-2021, tier-1 labels with points and indicator scores both adding "
         "to 100, a coverage rate raised in 百分点, a cost within its money (correct)")  # fmt: skip
def hydrology_centre() -> Book:
    b, s = new()
    department_head(
        s, year=2026, dept="柘川市水文水资源勘测中心",
        budget=[(wan(1860), wan(1700), wan(160), wan(1120), wan(740))],
        tasks=[("遥测站网运行维护", "120处雨量水位站运维", wan(420), "站网数据到报率≥95%"),
               ("山洪预警平台升级", "预警发布系统扩容", wan(320), "预警发布≤15分钟"),
               ("金额合计", None, wan(740), None)],
        goal="全年运维雨量水位遥测站120处，升级山洪预警发布平台，预警覆盖率比上年提高5个百分点。",
    )  # fmt: skip
    indicators(s, (*HEAD, "分值"), [
        ("产出指标（50分）", "数量指标", "运维遥测站点数", "≥120处", 20),
        (None, "质量指标", "站网数据到报率", pct(0.95), 15),
        (None, "时效指标", "预警信息发布时间", "≤15分钟", 15),
        ("成本指标（10分）", "经济成本指标", "单站年运维费用", "≤3.5万元/处", 10),
        ("效益指标（30分）", "社会效益指标", "山洪预警覆盖率", "提高≥5百分点", 15),
        (None, "可持续影响指标", "预警平台年可用率", "≥99%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "基层防汛责任人满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值为其下各三级指标分值之和，合计100分。")
    sign(s, "黎望舒", "0796-3325107", day(2025, 11, 20, CN_DATE))
    return b


@variant("kgz08-warning-broadcast", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, an accuracy rate under 时效, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def warning_broadcast() -> Book:
    b, s = new()
    department_head(
        s, year=2026, dept="潆湾区水务局",
        budget=[(wan(1286), wan(1200), wan(86), wan(800), wan(486))],
        tasks=[("预警广播站新建", "新建农村预警广播站45处", wan(270), "沿河村组全覆盖"),
               ("水位站改造", "改造水位站18处", wan(216), "数据实时上传"),
               ("金额合计", None, mk(wan(496), "B102", "error", note="270+216=486，不是496"),
                None)],
        goal="新建农村预警广播站45处，改造水位站18处，汛前全部投入运行。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建预警广播站数量", "≥45处"),
        (None, None, "改造水位站数量", "≥18处"),
        (None, "质量指标", "站点验收合格率", "=100%"),
        (None, "时效指标", "站点建成投用时间", "2026年5月31日前"),
        (None, None, mk("水位数据准确率", "F201", "warning", row=True,
                        note="准确率是质量指标，填在时效指标下")),
        ("成本指标", "经济成本指标", "预警广播站单站建设成本", "≤6万元/处"),
        ("效益指标", "社会效益指标", "沿河群众预警信息接收率", "≥95%"),
        (None, None, mk("沿河村民满意度", "F201", "warning", row=True,
                        note="满意度应在满意度指标下，不是社会效益")),
        ("满意度指标", "服务对象满意度指标", "基层防汛人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟岱川", "0796-5206634", day(2025, 11, 25))
    return b


@variant("kgz09-flat-station-network", (1, 3, 11),
         "department, flat list (序号 · 指标名称 · 权重 · 计量单位 · 指标性质 as operator "
         "· 指标值), a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def flat_network() -> Book:
    b, s = new()
    department_head(
        s, year=2026, dept="蔺河县水文站",
        budget=[(wan(980), wan(900), wan(80), wan(730), wan(250))],
        goal="运行自动雨量站86处，降低山洪预警误报，汛期预警及时发布。",
    )  # fmt: skip
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (1, "自动雨量站运行数量", 20, "个", "≥", 86),
        (2, "水位站数据到报率", 15, "%", "≥", 95),
        (3, "山洪预警误报率下降率", 15, "%", "≥", 10),
        (4, "预警发布平均时长", 15, "分钟", "≤", 20),
        (5, "单站年运维成本", 10, "万元/个", "≤", 2.8),
        (6, "汛期预警短信发送成功率", 15, "%", "≥", pct(0.98)),
        (7, "防汛责任人满意度", 10, "%", "≥", 90),
        ("合计", None, 100, None, None, None),
    ])  # fmt: skip
    notes(s, "填表说明：下降率以上年误报率为基数计算，数值越大越好。")
    return b


@variant("kgz10-flat-gauges-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): goal count "
         "against the indicator, one rate twice with different values, weights to 95")  # fmt: skip
def flat_gauges() -> Book:
    b, s = new()
    department_head(
        s, year=2026, dept="蔺河县防汛抗旱服务中心",
        budget=[(wan(640), wan(600), wan(40), wan(410), wan(230))],
        goal="年内新建自动雨量站24个，升级改造水位站10个，雨量站数据到报率不低于95%。",
    )  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("新建自动雨量站数量", mk("≥20", "D104", "warning", row=True,
                                  note="年度总体目标写新建24个"), "个", 20),
        ("升级改造水位站数量", "≥10", "个", 15),
        ("雨量站数据到报率", "≥95", "%", 15),
        ("站点建设验收合格率", "=100", "%", 10),
        ("单站建设成本", "≤8", "万元/个", 10),
        (mk("自动雨量站数据到报率", "D102", "error", row=True, alt=("D103", "D101"),
            note="与“雨量站数据到报率”是同一指标，值却是90/95"), "≥90", "%", 5),
        ("山区群众预警信息知晓率", "≥90", "%", 10),
        ("服务对象满意度", "≥90", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计20+15+15+10+10+5+10+10=95，不是100")
    return b


@variant("kgz11-mountain-torrent-stations", (7, 10),
         "project, NAT-2021, headers 考核指标 and 目标值（年度） with 分值 and 评价标准, points at "
         "two levels, goal count with its part, a later year prepared for (correct)")  # fmt: skip
def torrent_stations() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="潆湾区山洪灾害监测预警站点建设", dept="潆湾区水务局（208）",
        unit="潆湾区防汛抗旱服务站", attr="新增项目",
        money=one_year(wan(360), wan(330), wan(30)),
        goals=["新建山洪灾害监测预警站20处（其中视频监测站8处），实现12个行政村预警全覆盖，"
               "为2027年全区预警平台联网积累运行数据。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "新建监测预警站数量", "≥20处", 20, "每少1处扣1分"),
        (None, None, "其中：视频监测站数量", "≥8处", 10, "每少1处扣2分"),
        (None, "质量指标", "站点验收合格率", "=100%", 10, "未达到不得分"),
        (None, "时效指标", "站点建成投用时间", "2026年6月30日前", 10, "每延迟1月扣5分"),
        ("成本指标（10分）", "经济成本指标", "单站建设成本", "≤18万元/处", 10, "超出不得分"),
        ("效益指标（30分）", "社会效益指标", "预警覆盖行政村数", "≥12个", 15, "按比例得分"),
        (None, None, "预警信息到达率", "≥95%", 15, "按比例得分"),
        ("满意度指标（10分）", "服务对象满意度指标", "村民满意度", "≥90%", 10, "问卷调查"),
    ])  # fmt: skip
    sign(s, "莫知遥", "0796-5211948", day(2025, 12, 1))
    return b


@variant("kgz12-gauge-deadline", (11, 12),
         "project, NAT-2021, one-year: goal count against the indicator, a deadline after the "
         "project ends, a unit cost × count beyond the money")  # fmt: skip
def gauge_deadline() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="蔺河县中小河流水位遥测站建设", dept="蔺河县水利局（305）",
        unit="蔺河县水文站", attr="新增项目", money=one_year(wan(300), wan(280), wan(20)),
        goals=["新建中小河流水位遥测站30处，汛前投入运行，实现重点河段水位实时监测。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建水位遥测站数量",
         mk("≥25处", "D104", "warning", row=True, note="年度目标写新建30处")),
        (None, "质量指标", "遥测数据到报率", "≥95%"),
        (None, "时效指标", "站点建成时间",
         mk("≤2027年6月30日", "Y102", "error", alt=("Y103",),
            note="一年期项目计划2026年12月31日完成，期限却在2027年")),
        ("成本指标", "经济成本指标", "单站建设成本",
         mk("≤13万元/处", "B107", "warning", row=True, note="13×25=325万元，超过300万元")),
        ("效益指标", "社会效益指标", "重点河段水位监测覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "基层防汛人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺晴川", "0796-6127720", day(2025, 11, 30))
    return b
