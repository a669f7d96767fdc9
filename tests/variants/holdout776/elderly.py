"""Returns on subsidies and services for the elderly living alone (独居老人): kdf01–kdf06."""

from __future__ import annotations

from tests.variants.holdout776.common import (
    HEAD4,
    department,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout776.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

UNIT = "蔺山县民政局养老服务股"


@variant("kdf01-solo-care-points", (1, 5),
         "project, NAT-2021, numbered tier labels with points, typed percent cells "
         "(correct)")  # fmt: skip
def kdf01() -> Book:
    b, s = new()
    goal = ("按每人每月100元为全县1260名独居老人发放关爱补贴；购买上门探访服务不少于12000人次，"
            "其中石磬镇、柏溪乡试点夜间电话问候；"
            "为2026年全县推广智能呼叫设备积累经验。")  # fmt: skip
    project(s, 2025, "独居老人关爱补贴及探访服务", UNIT, one_year(175.2, 175.2, 0), [goal])
    indicators(s, HEAD4, [
        ("一、产出指标（50分）", "（一）数量指标", "关爱补贴发放人数", "≥1260人"),
        (None, None, "上门探访服务人次", "≥12000人次"),
        (None, "（二）质量指标", "补贴发放准确率", pct(1)),
        (None, None, "探访记录完整率", pct(0.95)),
        (None, "（三）时效指标", "补贴按月发放时间", "每月10日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "关爱补贴标准", "≤100元/人·月"),
        (None, None, "探访服务单价", "≤20元/人次"),
        ("三、效益指标（30分）", "（一）社会效益指标", "独居老人意外未及时发现事件", "0起"),
        (None, "（二）可持续影响指标", "独居老人探访服务机制", "长期有效"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "独居老人满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, 2024, 11, 26)
    return b


@variant("kdf02-solo-subsidy-carryover", (5, 12),
         "project, OLD-NAT, abbreviated tier labels: total ≠ parts, goal count and year unlike "
         "the indicators")  # fmt: skip
def kdf02() -> Book:
    b, s = new()
    goal = ("为石磬镇、柏溪乡、苇塘镇980名独居老人按每人每月80元发放关爱补贴，"
            "12月20日前全部发放到位。")  # fmt: skip
    total = mk(money(96.08, WAN), "B101", "error",
               note="财政拨款 94.08 + 其他资金 0 = 94.08 ≠ 96.08")  # fmt: skip
    project(s, 2025, "独居老人关爱补贴（东片三乡镇）", UNIT, one_year(total, 94.08, 0), [goal])
    indicators(s, HEAD4, [
        ("产出", "数量", "补贴发放人数",
         mk("≥890人", "D104", "warning", row=True, note="年度目标写980名独居老人")),
        (None, "质量", "补贴发放准确率", "=100%"),
        (None, "时效", "补贴发放完成时间",
         mk("2024年12月20日前", "Y102", "error", alt=("Y103", "D104"),
            note="预算年度2025，期限却在2024年，上年表格的遗留")),
        (None, "成本", "关爱补贴标准", "≤80元/人·月"),
        ("效益", "社会效益", "独居老人基本生活保障水平", "提高"),
        ("满意度", "服务对象满意度", "受助老人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2024, 11, 18)
    return b


@variant("kdf03-solo-monitor-three-years", (8, 1),
         "three-year project, NAT-2021, 中期 and 年度 columns, the period count beside a smaller "
         "annual count (correct)")  # fmt: skip
def kdf03() -> Book:
    b, s = new()
    goals = ("三年为全县1500户独居老人安装烟感、燃气报警和一键呼叫设备，设备在线率保持95%以上。",
             "2025年为石磬镇、柏溪乡等4个乡镇500户独居老人安装设备，"
             "建立县级监护平台。")  # fmt: skip
    project(s, 2025, "独居老人智能安全监护设备配置", UNIT, multi_year((360, 360, 0), (120, 120, 0)),
            goals, years=3, attr="新增项目")  # fmt: skip
    indicators(s, (*HEAD4[:3], "指标值（中期）", "指标值（年度）"), [
        ("产出指标", "数量指标", "安装监护设备户数", "≥1500户", "≥500户"),
        (None, "质量指标", "设备在线率", pct(0.95), pct(0.95)),
        (None, "时效指标", "设备安装完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每户设备及安装费用", "≤2400元/户", "≤2400元/户"),
        ("效益指标", "社会效益指标", "独居老人险情平均响应时间", "≤30分钟", "≤30分钟"),
        ("满意度指标", "服务对象满意度指标", "安装户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, 2024, 12, 2)
    return b


@variant("kdf04-solo-bathing-copied", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: annual money above the period's, "
         "goal text copied, an annual count above the period count")  # fmt: skip
def kdf04() -> Book:
    b, s = new()
    text = "为独居失能老人提供助浴、助洁上门服务，助浴不少于4000人次，助洁覆盖600户。"
    annual = mk(money(85, WAN), "B103", "error", note="年度资金85万元大于中期资金80万元")
    goals = (text, mk(text, "D204", "warning", note="两年期项目，年度目标照抄中期目标"))
    project(s, 2025, "独居失能老人助浴助洁服务", UNIT, multi_year((80, 80, 0), (annual, 85, 0)),
            goals, years=2)  # fmt: skip
    indicators(s, (*HEAD4[:3], "指标值（中期）", "指标值（年度）"), [
        ("产出指标", "数量指标", "助浴服务人次", "≥4000人次",
         mk("≥4500人次", "D201", "error", note="年度4500人次超过两年合计4000人次")),
        (None, None, "助洁服务户数", "≥600户", "≥300户"),
        (None, "质量指标", "服务过程记录完整率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "助浴服务单价", "≤60元/人次", "≤60元/人次"),
        ("效益指标", "社会效益指标", "失能老人居家卫生状况", "明显改善", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, 2024, 11, 29)
    return b


@variant("kdf05-solo-flat-department", (3, 4, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, a footnote explaining the total (correct)")  # fmt: skip
def kdf05() -> Book:
    b, s = new()
    tasks = [("独居老人关爱补贴", "按月发放关爱补贴并购买探访服务", 175.2, "补贴按月足额到位"),
             ("特困人员集中供养", "供养机构照料护理及运转", 104.8, "集中供养对象照料到位"),
             ("金额合计", None, 280, None)]  # fmt: skip
    department(s, 2025, "蔺山县社会福利服务中心", (486.5, 470.5, 16, 206.5, 280), tasks,
               "保障独居老人和特困供养人员基本生活，全年无重大安全责任事故。")  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("关爱补贴发放人数", 20, "人", "≥", 1260),
        ("补贴发放准确率", 15, "%", "=", 100),
        ("特困人员集中供养人数", 15, "人", "≥", 210),
        ("独居老人意外事件发生下降率", 10, "%", "≥", 10),
        ("探访服务单价", 10, "元/人次", "≤", 20),
        ("供养机构安全责任事故", 10, "起", "≤", 0),
        ("服务对象满意度", 20, "%", "≥", 90),
    ], merged=())  # fmt: skip
    notes(s, "注：1.项目支出280万元为两项年度主要任务金额之和；",
          "2.其他资金16万元为福利彩票公益金。")  # fmt: skip
    sign(s, 2024, 11, 20)
    return b


@variant("kdf06-solo-hotline-wrong-tier", (7, 5),
         "project, NAT-2021, headers 指标内容 and 绩效标准: a quality rate under 时效, the same "
         "indicator twice with a word more")  # fmt: skip
def kdf06() -> Book:
    b, s = new()
    goal = "运营24小时独居老人紧急救助热线，全年受理求助不少于2400件，按需转介上门探访。"
    project(s, 2025, "独居老人紧急救助热线运营", UNIT, one_year(36, 30, 6), [goal],
            start=day(2025, 1, 1))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "热线受理求助件数", "≥2400件"),
        (None, None, "上门探访转介人次", "≥600人次"),
        (None, "质量指标", "求助信息登记完整率", "≥98%"),
        (None, "时效指标", mk("求助转介处置准确率", "F201", "warning", row=True,
                            note="准确率是质量指标，填在时效指标下"), "≥95%"),
        (None, None, "求助响应时间", "≤15分钟"),
        ("成本指标", "经济成本指标", "热线全年运营费用", "≤36万元"),
        ("效益指标", "社会效益指标", "上门探访转介服务人次",
         mk("≥500人次", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与“上门探访转介人次 ≥600人次”同一指标，多一个“服务”，值却不同")),
        ("满意度指标", "服务对象满意度指标", "求助老人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2024, 12, 5)
    return b
