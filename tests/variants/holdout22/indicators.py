"""Returns about the indicator rows: 中期/年度 columns on multi-year projects, the template's
example row left in or deleted, numbers inside names, operators and thresholds as staff type
them, separate 比较符/计量单位/指标性质 columns, PDF artefacts (items 1, 6, 8, 9, 11, 13)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout22.forms import goal, head, indicators, signature
from tests.variants.holdout22.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

Y = 2026
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "if10-multi-year-ok",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, counts split by year, rates equal",
)
def if10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=Y, years=3, name="高标准农田建设", dept="禾丰县农业农村局（311）",
                 unit="禾丰县农田建设管理站", attr="新增项目", money=[
                     ("中期资金总额", money(5400), "年度资金总额", money(1800)),
                     ("其中：财政拨款", money(4800), "其中：财政拨款", money(1600)),
                     ("其他资金", money(600), "其他资金", money(200))],
                 goals=("2026—2028年建成高标准农田3万亩，提升耕地质量和粮食综合生产能力。",
                        "2026年建成高标准农田1万亩，完成灌排渠系配套。"))  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "亩均建设成本", "≤1800元/亩", "≤1800元/亩"),
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3万亩", "≥1万亩"),
        (None, None, "新建改造灌排渠道长度", "≥45公里", "≥15公里"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "≥50公斤"),
        (None, "可持续影响指标", "建后管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ], head=HEAD5)  # fmt: skip
    return b


@variant(
    "if11-multi-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 counts copied into 年度, one 年度 above its 中期",
)
def if11() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(s, year=Y, years=3, name="城乡公交候车亭建设", dept="澄江县交通运输局（318）",
                 unit="澄江县公共交通服务中心", attr="新增项目", money=[
                     ("中期资金总额", money(900), "年度资金总额", money(300)),
                     ("其中：财政拨款", money(900), "其中：财政拨款", money(300)),
                     ("其他资金", money(0), "其他资金", money(0))],
                 goals=("三年新建城乡公交候车亭360个，更新公交电子站牌120块。",
                        "2026年新建候车亭120个，更新电子站牌40块。"))  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单个候车亭建设成本", "≤2.2万元/个", "≤2.2万元/个"),
        ("产出指标", "数量指标", "新建候车亭数量", "360个",
         mk("360个", "D202", "warning", alt=("D201", "D104"))),
        (None, None, "更新电子站牌数量", "120块",
         mk("120块", "D202", "warning", alt=("D201", "D104"))),
        (None, None, "公交线路优化条数", "≥6条", mk("≥9条", "D201", "error")),
        (None, "质量指标", "候车亭验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("效益指标", "社会效益指标", "行政村公交站亭覆盖率", "≥85%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
    ], head=HEAD5)  # fmt: skip
    return b


def _training(b: Book, title: str) -> tuple[Sheet, int]:
    s = b.sheet(title)
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="新型职业农民培育", dept="蓼洲县农业农村局（311）", unit="蓼洲县农业技术推广中心",
         start=day(Y, 3, 1), end=day(Y, 11, 30))  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(90, WAN), "其中：财政拨款", money(90, WAN))
    goal(s, "培育高素质农民600人，开展种养技术、电商和经营管理培训。")
    return s, s.r


@variant(
    "if12-example-deleted-ok",
    (6,),
    "NAT-2021, the template's example row deleted, the example kept as a line in a 填报说明 sheet",
)
def if12() -> Book:
    b = Book()
    s, _ = _training(b, "绩效目标表")
    indicators(s, [
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人"),
        ("产出指标", "数量指标", "培育高素质农民人数", "≥600人"),
        (None, "质量指标", "培训考核合格率", pct(0.95)),
        (None, "时效指标", "培训任务完成时间", f"{Y}年11月30日前"),
        ("效益指标", "经济效益指标", "参训农民人均增收", "≥2000元"),
        (None, "社会效益指标", "带动周边农户数量", "≥1200户"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", pct(0.92)),
    ])  # fmt: skip
    signature(s, day(Y - 1, 11, 24))
    n = b.sheet("填报说明", (90,))
    n.row("填报说明")
    n.row("1. 三级指标应细化、量化，填写示例：数量指标—培训人数—≥500人；质量指标—合格率—≥95%。")
    n.row("2. 填报时请删除示例行，金额单位为万元。")
    return b


@variant(
    "if13-example-left",
    (6, 4),
    "NAT-2021, the template's example row "
    "left in, a name whose number disagrees "
    "with its value, an empty tier-2 row",
)
def if13() -> Book:
    b = Book()
    s, _ = _training(b, "Sheet1")
    indicators(s, [
        ("示例：产出指标", "数量指标", "示例：XX培训人次",
         mk("≥XX人次", "X101", "error", row=True, alt=("F103", "F101"))),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人"),
        ("产出指标", "数量指标", "培训高素质农民600人",
         mk("≥500人", "T110", "warning", row=True, alt=("D104",))),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True), None, None),
        ("效益指标", "经济效益指标", "参训农民人均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "if14-numbers-in-names-ok",
    (11,),
    "OLD-NAT, names carrying numbers that are "
    "no count (5G, 12345, PM2.5, 3岁以下), "
    "percent cells with 0.0%",
)
def if14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="城市运行数字治理提升", dept="澜沧湾区数据资源管理局（712）",
         unit="澜沧湾区城市运行管理中心", start=day(Y, 1, 1), end=day(Y, 12, 31))  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(760), "其中：财政拨款", money(700), None)
    s.row(None, None, None, "其他资金", money(60), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    goal(s, "建设城市运行感知网络，提升12345热线办理效率和空气质量监测能力。")
    indicators(s, [
        ("产出指标", "数量指标", "新增5G物联感知终端", "≥1200个"),
        (None, None, "3岁以下婴幼儿托育机构接入监控数", "≥40家"),
        (None, "质量指标", "12345热线工单按时办结率", pct(0.95, "0.0%")),
        (None, None, "PM2.5自动监测站数据有效率", pct(0.9, "0.0%")),
        (None, "时效指标", "感知终端部署完成时间", f"{Y}年9月30日前"),
        (None, "成本指标", "感知终端平均单价", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "城市事件平均处置时长", "≤24小时"),
        (None, "生态效益指标", "PM2.5年均浓度", "≤30微克/立方米"),
        ("满意度指标", "服务对象满意度指标", "12345热线来电市民满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "if15-operators-wrong",
    (1, 11),
    "OLD-NAT, operators reversed and "
    "malformed: 投诉率 ≥5%, ≥≤90%, 95%%, a "
    "completion rate of 105% stored as 1.05",
)
def if15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="城区物业服务质量提升", dept="汀兰县住房和城乡建设局（402）",
         unit="汀兰县物业管理服务中心", start=day(Y, 1, 1), end=day(Y, 12, 31))  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(60), "其中：财政拨款", money(60), None)
    goal(s, "对全县老旧小区物业服务开展考评和补助，提升小区物业服务质量。")
    indicators(s, [
        ("产出指标", "数量指标", "考评老旧小区数量", "≥85个"),
        (None, "质量指标", "考评任务完成率", mk(pct(1.05), "T106", "error")),
        (None, None, "小区消防设施完好率", mk("≥≤90%", "T116", "warning")),
        (None, "时效指标", "考评结果公示时间", f"{Y}年12月15日前"),
        (None, "成本指标", "每个小区考评补助", "≤0.7万元/个"),
        ("效益指标", "社会效益指标", "物业服务投诉率",
         mk("≥5%", "T108", "warning", row=True)),
        ("满意度指标", "服务对象满意度指标", "小区业主满意度", mk("95%%", "T116", "warning")),
    ])  # fmt: skip
    return b


@variant(
    "if16-pdf-artefacts",
    (9, 6, 13),
    "NAT-2021 retyped from a PDF: a split "
    "number and an amount pasted twice in the "
    "money lines, a value without a name, an "
    "empty tier-2 row",
)
def if16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="应急广播体系建设", dept="沙湄县文化广电旅游局（515）",
         unit="沙湄县融媒体中心", start=day(Y, 1, 1), end=day(Y, 12, 31))  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(1325.3376, "0.0000"), "其中：财政拨款",
          money(1325.3376, "0.0000"), None)  # fmt: skip
    s.row("资金明细", "设备购置", mk("1205.337 6", "X105", "warning", alt=("X103",)))
    s.row(None, "安装调试", mk("120万120万", "X106", "error", alt=("B108",)))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    goal(s, "建成覆盖全县136个行政村的应急广播体系，实现应急信息及时发布。")
    indicators(s, [
        ("成本指标", "经济成本指标", "每村应急广播终端建设成本", "≤9.7万元/村"),
        ("产出指标", "数量指标", "应急广播覆盖行政村数量", "136个"),
        (None, None, mk(None, "F110", "error"), "≥400套"),
        (None, "质量指标", "终端设备在线率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True), None, None),
        ("效益指标", "社会效益指标", "应急信息村级覆盖率", "100%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "if17-separate-columns-ok",
    (1, 11),
    "OLD-NAT, separate 指标性质 (direction), 比较符, "
    "指标值 and 计量单位 columns, a 反向 rate with ≤, "
    "bare numbers with %, a qualitative row",
)
def if17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 8, 10, 10))
    r = s.row(f"{Y}年度项目支出绩效目标申报表", merge=[(1, 7)])
    del r
    s.row("项目名称", "县域医共体远程诊疗平台运维", None, "实施单位", "苍梧县人民医院",
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("计划开始日期", day(Y, 1, 1), None, "计划完成日期", day(Y, 12, 31),
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("项目资金（万元）", money(210, WAN), None, "其中：财政拨款", money(210, WAN),
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("年度绩效目标", "保障远程会诊、影像和心电诊断平台全年稳定运行，基层检查结果县级互认。",
          merge=[(2, 7)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "远程会诊服务例数", "正向", "≥", 6000, "例"),
        (None, None, "接入基层医疗机构数量", "正向", "=", 23, "家"),
        (None, "质量指标", "平台年度运行可用率", "正向", "≥", pct(0.995, "0.0%"), "%"),
        (None, None, "远程影像诊断差错率", "反向", "≤", 1, "%"),
        (None, "时效指标", "急诊远程会诊响应时间", "反向", "≤", 30, "分钟"),
        (None, "成本指标", "平台年运维费用", "反向", "≤", 210, "万元"),
        ("效益指标", "社会效益指标", "基层群众看病就医便利程度", "定性", None, "明显提升", None),
        (None, "可持续影响指标", "平台运维管理制度", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "基层患者满意度", "正向", "≥", 90, "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值",
             "计量单位"))  # fmt: skip
    signature(s, day(Y - 1, 11, 19))
    return b
