"""Returns kav01–kav06: a grain reserve warehouse upgrade (栖梧县粮食储备库)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout714.common import HEAD4, HEAD_OP, HEAD_PERIOD, book, indicators, sign
from tests.variants.holdout714.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "栖梧县粮食和物资储备局 417003"
UNIT = "栖梧县粮食储备库"


@variant(
    "kav01-roof-upgrade",
    (1, 5),
    "project, NAT-2021, numbered tier labels, typed 100%, 0起 incident count (correct)",
)
def kav01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="储备库平房仓仓顶防水保温改造", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", 480, "其中：财政拨款", 450), ("其他资金", 30, None, None)],
                 goals=["完成栖梧县粮食储备库3栋平房仓仓顶防水保温改造（合计9600平方米），新增粮情"
                        "测控系统2套，2026年10月底前完工，确保储粮安全。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "改造平房仓数量", "≥3栋"),
        (None, None, "仓顶防水保温改造面积", "≥9600平方米"),
        (None, None, "新增粮情测控系统", "=2套"),
        (None, "（二）质量指标", "改造工程验收合格率", pct(1.0)),
        (None, "（三）时效指标", "改造工程完工时间", "2026年10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "仓顶改造单价", "≤350元/平方米"),
        (None, None, "粮情测控系统单价", "≤28万元/套"),
        ("三、效益指标", "（一）经济效益指标", "储粮损耗率", "≤1%"),
        (None, "（二）社会效益指标", "储粮安全事故", "0起"),
        (None, "（三）可持续影响指标", "仓房使用年限延长", "≥10年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "方敏", "0739-5521806", day(2025, 11, 12))
    return b


@variant(
    "kav02-roof-goal-cost",
    (5,),
    "project, OLD-NAT, abbreviated tier labels: goal's "
    "count against the indicator, unit cost × area above the money, a rate under 时效",
)
def kav02() -> Book:
    b, s = book()
    project_head(s, year=2026, name="储备库平房仓仓顶改造（二期）", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", 500, "其中：财政拨款", 470), ("其他资金", 30, None, None)],
                 goals=["改造储备库5栋平房仓仓顶（合计12000平方米），仓房气密性达到储粮要求，"
                        "年底前完工验收。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出", "数量", "改造平房仓数量",
         mk("≥4栋", "D104", "warning", note="年度目标写改造5栋")),
        (None, None, "仓顶改造面积", "≥12000平方米"),
        (None, "质量", "改造工程验收合格率", "=100%"),
        (None, "时效", "改造工程完工时间", "2026年12月31日前"),
        (None, None, "仓房气密性达标率", mk("≥95%", "F201", "warning", row=True,
                                           note="达标率是质量指标，填在时效下")),
        (None, "成本", "仓顶改造单价", mk("≤600元/平方米", "B107", "warning",
                                        note="600元×12000平方米=720万元，超过年度资金500万元")),
        ("效益", "社会效益", "储粮安全事故", "0起"),
        (None, "可持续影响", "仓房使用年限延长", "≥10年"),
        ("满意度", "服务对象满意度", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kav03-three-year-batches",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度: "
    "period counts above the year's, rates raised in 百分点, a later year prepared for "
    "(correct)",
)
def kav03() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="粮食储备库仓房分批升级改造", dept=DEPT, unit=UNIT,
                 money=[("中期资金总额", 1500, "年度资金总额", 520),
                        ("其中：财政拨款", 1400, "其中：财政拨款", 480),
                        ("其他资金", 100, "其他资金", 40)],
                 goals=["2026—2028年分三批完成全县12栋仓房升级改造（合计30000平方米），为2029年"
                        "全面推行绿色储粮积累经验。",
                        "2026年完成首批4栋仓房升级改造（10000平方米），绿色储粮技术应用比例"
                        "提高5个百分点。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "升级改造仓房数量", "≥12栋", "≥4栋"),
        (None, None, "升级改造面积", "≥30000平方米", "≥10000平方米"),
        (None, "质量指标", "改造工程验收合格率", pct(1.0), pct(1.0)),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "仓房改造单价", "≤380元/平方米", "≤380元/平方米"),
        ("效益指标", "生态效益指标", "绿色储粮技术应用比例", "提高≥15百分点", "提高≥5百分点"),
        (None, "可持续影响指标", "改造仓房使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚立平", "0739-5521833", day(2025, 11, 20))
    return b


@variant(
    "kav04-controlled-atmosphere",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度: "
    "a year's count above the period's, a count copied, last season's year in the goal",
)
def kav04() -> Book:
    b, s = book()
    goal = mk(
        "2025年完成首批3栋仓房气调储粮改造，配套制氮设备1套。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="预算年度2026、项目期2026—2028，年度目标却写2025年",
    )
    project_head(s, year=2026, years=3, name="储备库气调储粮改造", dept=DEPT, unit=UNIT,
                 money=[("中期资金总额", 1200, "年度资金总额", 450),
                        ("其中：财政拨款", 1100, "其中：财政拨款", 420),
                        ("其他资金", 100, "其他资金", 30)],
                 goals=["三年内完成9栋仓房气调储粮改造，配套制氮设备3套。", goal])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "气调改造仓房数量", "≥9栋",
         mk("≥12栋", "D201", "error", note="年度12栋超过三年合计9栋")),
        (None, None, "配套制氮设备", "≥3套",
         mk("≥3套", "D202", "warning", alt=("D104",), note="三年合计照抄到年度；年度目标写1套")),
        (None, "质量指标", "气密性达标率", "≥95%", "≥95%"),
        (None, "时效指标", "改造完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单栋气调改造成本", "≤35万元/栋", "≤35万元/栋"),
        ("效益指标", "生态效益指标", "储粮化学药剂使用量下降率", "≥30%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kav05-system-export",
    (4, 7, 12),
    "budget-system export: head and coded budget lines on "
    "05-1, coded indicator table on 05-2 with operator and unit columns (correct)",
)
def kav05() -> Book:
    b, s = book("项目支出预算05-1")
    project_head(s, year=2026, name="储备库仓房维修及设备购置", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", 320, "其中：财政拨款", 300), ("其他资金", 20, None, None)],
                 goals=["维修仓房6栋，购置移动式粮食输送设备8台，改善储粮条件。"])  # fmt: skip
    s.row("项目编码", "支出经济分类", "明细", "金额（万元）")
    s.table([("2026-QW-017", "30213 维修（护）费", "仓房维修", 180),
             (None, "31002 办公设备购置", "移动式输送设备", 95),
             (None, "30227 委托业务费", "粮情信息化接入", 45),
             ("合计", None, None, 320)], merged=(1,))  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (12, 14, 14, 14, 28, 10, 16, 12))
    t.title("2026年度项目支出绩效目标表", 8)
    t.row("单位：栖梧县粮食储备库", None, None, None, "金额单位：万元", merge=[(1, 4)])
    head = ("单位编码", "项目编码", *HEAD_OP)
    indicators(t, head, [
        ("417003001", "2026-QW-017", "产出指标", "数量指标", "维修仓房数量", "≥", 6, "栋"),
        (None, None, None, None, "购置移动式输送设备", "≥", 8, "台"),
        (None, None, None, "质量指标", "维修工程验收合格率", "=", 100, "%"),
        (None, None, None, "时效指标", "维修完工时间", "≤", "2026年11月30日", None),
        (None, None, "成本指标", "经济成本指标", "单栋仓房维修成本", "≤", 30, "万元/栋"),
        (None, None, None, None, "输送设备单价", "≤", 11, "万元/台"),
        (None, None, "效益指标", "经济效益指标", "粮食仓储损耗下降率", "≥", 10, "%"),
        (None, None, None, "社会效益指标", "储粮安全事故", "=", 0, "起"),
        (None, None, "满意度指标", "服务对象满意度指标", "承储企业满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kav06-stacked-fire-safety",
    (2,),
    "two projects stacked in one sheet, OLD-NAT: the "
    "second one's money does not add up and one indicator is given twice",
)
def kav06() -> Book:
    b, s = book()
    project_head(s, year=2026, name="储备库智能化粮情监测升级", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", 90, "其中：财政拨款", 90), ("其他资金", 0, None, None)],
                 goals=["为12个廒间安装粮情测控终端，实现粮温粮湿在线监测。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "安装粮情测控终端廒间", "≥12个"),
        (None, "质量指标", "测温数据采集准确率", "≥98%"),
        (None, "成本指标", "单廒间终端安装成本", "≤7万元/个"),
        ("效益指标", "社会效益指标", "储粮温湿度异常发现及时率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "保管人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, title="", name="储备库消防设施改造", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", mk(160, "B101", "error", note="140+10=150≠160"),
                         "其中：财政拨款", 140), ("其他资金", 10, None, None)],
                 goals=["更换库区消防管网1200米，新增消防水池1座。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更换消防管网长度", "≥1200米"),
        (None, None, "新增消防水池", "=1座"),
        (None, "质量指标", "消防设施验收合格率", "=100%"),
        (None, None, "消防设施验收合格率", mk("≥95%", "D102", "error", row=True,
                                             alt=("D101", "D103"), note="同一指标两个值")),
        (None, "时效指标", "改造完工时间", "2026年9月30日前"),
        ("效益指标", "社会效益指标", "库区火灾事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "保管人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
