"""Natural resources (自然资源局) and farmland: geological hazard monitoring, real estate
registration, 高标准农田 and farmland protection. Each return says whether it is correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout42.forms import down, notes, sign_off, title_at, wide
from tests.variants.holdout42.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct


@variant("iz13-geohazard-column-c-ok", (4, 7), "project from column C, two-line header, notes")
def iz13() -> Book:
    """Correct: the table starts in column C after two empty columns, a two-line header
    (指标值 over 数值 and 单位), zero deaths as the target, footnotes and signature lines."""
    b = Book()
    s = b.sheet("地灾防治", (2, 2, 14, 16, 30, 10, 10, 22))
    title_at(s, "2026年度项目支出绩效目标表", 3, 6)
    wide(s, "项目名称", "地质灾害隐患点监测预警及群测群防", 3, 6)
    s.row("主管部门", "岚峪县自然资源局", None, "实施单位", "岚峪县地质环境监测站", None,
          col=3, merge=[(4, 5), (7, 8)])  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31),
          col=3)  # fmt: skip
    s.row("资金总额（万元）", money(260, WAN), "财政拨款", money(260, WAN), "其他资金",
          money(0, WAN), col=3)  # fmt: skip
    wide(s, "年度绩效目标", "对86处地质灾害隐患点实施专业监测，汛期开展3轮巡查排查，培训群测"
         "群防员240人次，确保不发生因地质灾害造成的人员死亡。", 3, 6)  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "指标值说明", col=3,
                merge=[(6, 7)])  # fmt: skip
    s.row(None, None, None, "数值", "单位", None, col=3)
    for c in (3, 4, 5, 8):
        down(s, c, top, s.r)
    s.table(
        [
            ("产出指标", "数量指标", "地质灾害隐患点专业监测点", "≥86", "个", "省下达任务"),
            (None, None, "汛期隐患点巡查排查", "≥3", "轮次", "汛前、汛中、汛后"),
            (None, None, "群测群防员培训", "≥240", "人次", None),
            (None, "质量指标", "普适型监测设备在线率", "≥95", "%", None),
            (None, "时效指标", "预警信息发布时限", "≤30", "分钟", "监测数据达到预警阈值后"),
            ("成本指标", "经济成本指标", "专业监测点年运维成本", "≤0.35", "万元/个", None),
            ("效益指标", "社会效益指标", "因地质灾害造成人员死亡",
             ok("0", "warning", note="zero deaths: = 0 is the target"), "人", None),
            (None, None, "受保护群众", "≥4200", "人", None),
            (None, "可持续影响指标", "群测群防体系", "完善", None, None),
            ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90", "%", None),
        ],
        merged=(1, 2),
        col=3,
    )  # fmt: skip
    notes(s, ["注：1. 专业监测点数量以省级下达任务为准；", "2. 指标值均为2026年度目标值。"], 3, 6)
    sign_off(s, who="龙海燕", checker="程东", phone="0855-7728314", filled=day(2025, 12, 8),
             col=3)  # fmt: skip
    return b


@variant("iz14-geohazard-operator-words", (5, 1), "project, OLD-NAT, 指标性质 as operator words")
def iz14() -> Book:
    """Wrong: a 覆盖率 given as a count of points; the 汛期巡查排查 row pasted twice; a
    质量指标 block under 效益指标."""
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 12, 12, 12))
    project_head(
        s, year=2026, name="地质灾害监测预警能力提升", dept="苍岭县自然资源局 121",
        unit="苍岭县自然资源局", attr="新增项目",
        money=[("年度资金总额", money(148), "其中：财政拨款", money(148)),
               ("其他资金", money(0), None, None)],
        goals=["新建专业监测点52个，汛期巡查排查3轮，开展避险转移演练18场，受保护人口3100人。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "专业监测点建设", "大于等于", 52, "个"),
            (None, None, "汛期巡查排查", "大于等于", 3, "轮次"),
            (None, None, "避险转移演练", "大于等于", 18, "场"),
            (None, None, mk("汛期巡查排查", "D101", "warning", row=True), "大于等于", 3,
             "轮次"),
            (None, "质量指标", "隐患点监测预警覆盖率", "大于等于",
             mk(86, "T105", "error", row=True), "个"),
            (None, "时效指标", "预警信息发布时限", "小于等于", 30, "分钟"),
            (None, "成本指标", "单点监测设备购置成本", "小于等于", 1.2, "万元/套"),
            ("效益指标", "社会效益指标", "受保护人口", "大于等于", 3100, "人"),
            (None, mk("质量指标", "F105", "error"), "避险转移演练参与率", "大于等于", 90,
             "%"),
            (None, "可持续影响指标", "监测预警体系", None, "完善", None),
            ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "大于等于", 90, "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("iz15-registration-second-sheet-ok", (7, 4), "project, head sheet and indicator sheet")
def iz15() -> Book:
    """Correct: the head on 基本信息, the indicators on a second sheet; time limits written as
    ``5个工作日内``, ``≤3个工作日`` and ``3日内``, a 差错率 ≤0.5%, ``95%以上``; an empty spacer
    column between the names and the values; 填报说明 and signatures."""
    b = Book()
    s = b.sheet("基本信息", (20, 22, 18, 22))
    title_at(s, "2026年度项目支出绩效目标申报表", 1, 4)
    for label, value in (
        ("项目名称", "不动产登记“一网通办”提升项目"),
        ("主管部门", "麓川县自然资源局"),
        ("实施单位", "麓川县不动产登记中心"),
        ("项目属性", "新增项目"),
        ("项目期", "1年"),
    ):
        wide(s, label, value, 1, 4)
    s.row("计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31))
    top = s.row("项目资金（万元）", "资金总额", money(180, WAN), None)
    s.row(None, "其中：财政拨款", money(180, WAN), None)
    s.row(None, "其他资金", money(0, WAN), None)
    down(s, 1, top, s.r)
    wide(s, "年度绩效目标", "完成不动产登记档案数字化12万卷，新增自助查询终端8台，一般登记5个"
         "工作日内办结、抵押登记3个工作日内办结，办事群众满意度95%以上。", 1, 4)  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 2, 18, 26))
    t.title("项目绩效指标", 6)
    t.row("一级指标", "二级指标", "三级指标", None, "指标值", "指标解释")  # D: an empty spacer
    t.table(
        [
            ("产出指标", "数量指标", "不动产登记档案数字化", None, "≥12万卷", "历史档案扫描、著录"),
            (None, None, "新增自助查询终端", None, "≥8台", "乡镇便民服务中心各1台"),
            (None, "质量指标", "登记差错率", None, "≤0.5%", "更正登记件数/登记总件数"),
            (None, None, "登记数据上图入库率", None, pct(1), None),
            (None, "时效指标", "一般登记办理时限", None, "5个工作日内", "自受理之日起"),
            (None, None, "抵押登记办理时限", None, "≤3个工作日", None),
            (None, None, "登记资料查询答复时限", None, "3日内", "依申请查询"),
            ("成本指标", "经济成本指标", "档案数字化加工单价", None, "≤2.8元/页", "按政府采购价"),
            ("效益指标", "社会效益指标", "企业群众办事跑动次数", None, "≤1次", None),
            (None, "可持续影响指标", "登记信息共享部门", None, "≥6个", "税务、公安、民政等"),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度", None, "95%以上", "抽样调查"),
        ],
        merged=(1, 2),
    )
    notes(t, ["填报说明：1. 指标值应写明比较符、数值和计量单位；", "2. 定性指标填写等级。"], 1, 6)
    sign_off(t, who="贺静", checker="冉国强", phone="0839-2265107", filled=day(2025, 11, 20))
    return b


@variant("iz16-registration-platform", (11, 13), "project, NAT-2021, operators inside values")
def iz16() -> Book:
    """Wrong: 投诉率 ≥5% (反向 with ≥); ``≥95%%`` on 满意度; a value whose name was deleted."""
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 18, 16, 14))
    project_head(
        s, year=2026, name="不动产登记信息平台运维及服务提升", attr="延续项目",
        dept="白鹭河市自然资源和规划局 233", unit="白鹭河市不动产登记中心",
        money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["保障不动产登记信息平台全年稳定运行，全年办理登记业务4.5万件以上，一般登记5个"
               "工作日内办结。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "平台运维服务期", "≥12个月"),
            (None, None, "登记业务办理量", "≥4.5万件"),
            (None, "质量指标", "系统正常运行率", "≥99%"),
            (None, None, mk(None, "F110", "error"), "≥98%"),
            (None, "时效指标", "一般登记办理时限", "≤5个工作日"),
            ("成本指标", "经济成本指标", "平台年运维费用", "≤96万元"),
            ("效益指标", "社会效益指标", "群众投诉率", mk("≥5%", "T108", "warning", row=True)),
            (None, "可持续影响指标", "部门间登记信息共享", "持续深化"),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度",
             mk("≥95%%", "T116", "warning")),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


OP6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("iz17-farmland-subsidy-over", (12, 1), "project, NAT-2021, operator column, pct cells")
def iz17() -> Book:
    """Wrong: 1800 元/亩 × 5万亩 = 9000万元 against 6000万元 of money; a 上图入库率 of 105 %;
    the acceptance date in 2025 for a 2026 one-year project."""
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 8, 16, 12))
    project_head(
        s, year=2026, name="高标准农田建设项目", dept="青墩县农业农村局 140",
        unit="青墩县农田建设服务中心", attr="新增项目",
        money=[("年度资金总额", money(6000, WAN), "其中：财政拨款", money(5400, WAN)),
               ("其他资金", money(600, WAN), None, None)],
        goals=["新建高标准农田5万亩，其中新增高效节水灌溉面积1.2万亩，建成后亩均粮食产能提高"
               "100公斤以上。"],
    )  # fmt: skip
    s.row(*OP6)
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田", "≥", 5, "万亩"),
            (None, None, "新增高效节水灌溉面积", "≥", 1.2, "万亩"),
            (None, "质量指标", "高标准农田上图入库率", "≥",
             mk(pct(1.05), "T106", "error", row=True), "%"),
            (None, None, "工程验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "项目竣工验收时间", "≤",
             mk(day(2025, 12, 31, CN_DATE), "Y102", "error"), None),
            ("成本指标", "经济成本指标", "亩均建设补助标准", "≤",
             mk(1800, "B107", "warning", row=True), "元/亩"),
            ("效益指标", "经济效益指标", "亩均粮食产能提高", "≥", 100, "公斤/亩"),
            (None, "社会效益指标", "受益农户", "≥", 1.3, "万户"),
            (None, "生态效益指标", "农田灌溉水有效利用系数", "≥", 0.6, None),
            (None, "可持续影响指标", "工程管护机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("iz18-land-protection-points-ok", (5, 10), "project, numbered tier labels with points")
def iz18() -> Book:
    """Correct: tier labels numbered with points (一、产出指标（50分）, （一）数量指标), an
    indicator 分值 column that adds to each tier's points and to 100."""
    b = Book()
    s = b.sheet("Sheet1", (20, 22, 30, 16, 8, 14))
    project_head(
        s, year=2026, name="耕地保护与年度国土变更调查", dept="岚峪县自然资源局 119",
        unit="岚峪县自然资源局", attr="常年项目",
        money=[("年度资金总额", money(320, WAN), "其中：财政拨款", money(300, WAN)),
               ("其他资金", money(20, WAN), None, None)],
        goals=["完成年度国土变更调查图斑核查1.8万个、卫片执法图斑核查2600个，耕地保有量不低于"
               "86.5万亩，永久基本农田72.3万亩不减少。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    s.table(
        [
            ("一、产出指标（50分）", "（一）数量指标", "年度国土变更调查图斑核查", "≥1.8万个",
             10),
            (None, None, "卫片执法图斑核查", "≥2600个", 10),
            (None, None, "耕地保有量", "≥86.5万亩", 10),
            (None, "（二）质量指标", "变更调查成果一次性通过率", "≥95%", 10),
            (None, "（三）时效指标", "变更调查成果上报时间", "2026年3月31日前", 10),
            ("二、成本指标（10分）", "（一）经济成本指标", "图斑核查单位成本", "≤45元/个", 10),
            ("三、效益指标（30分）", "（一）社会效益指标", "违法占用耕地整改到位率", "≥95%",
             10),
            (None, "（二）生态效益指标", "永久基本农田保护面积", "≥72.3万亩", 10),
            (None, "（三）可持续影响指标", "耕地保护共同责任机制", "健全", 10),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "村集体和农户满意度",
             "≥90%", 10),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    return b
