"""Community legal advisers: one adviser for every village and community, advisers on duty,
health checks for small firms, online consultation groups, 法治楼长 and 法律明白人."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout858.common import filled, funds, indicators, notes, signed, start
from tests.variants.holdout858.registry import variant
from tests.variants.kit import Book, mk, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
VILLAGES = [
    ("产出指标", "数量指标", "聘任村（社区）法律顾问人数", "≥136人"),
    (None, None, "免费法律咨询人次", "≥16000人次"),
    (None, None, "法治讲座场次", "≥272场"),
    (None, "质量指标", "村（社区）法律顾问覆盖率", "=100%"),
    (None, "时效指标", "法律顾问聘任合同签订时间", "2026年3月31日前"),
    ("成本指标", "经济成本指标", "法律顾问年度补贴标准", "≤8000元/人"),
    ("效益指标", "社会效益指标", "矛盾纠纷就地化解率", "≥85%"),
    (None, "可持续影响指标", "法律顾问履职考评机制", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "村（居）民满意度", "≥90%"),
]  # fmt: skip


@variant(
    "kgj13-villages-department",
    (12, 4),
    "department, NAT-2021: budget and key tasks adding up, a footnote explaining the "
    "total, a fill date in the year before, signature lines (correct)",
)
def villages_department() -> Book:
    b, s = start()
    tasks = [
        ("村（社区）法律顾问全覆盖", "为136个村（社区）各聘1名法律顾问", money(108.8),
         "覆盖率100%"),
        ("法律顾问驻点与咨询", "每村（社区）每月驻点不少于1天", money(65.2), "咨询1.6万人次"),
        ("法治宣传与培训", "每村（社区）法治讲座2场", money(36), "讲座272场"),
        ("金额合计", None, money(210), None),
    ]  # fmt: skip
    department_head(s, year=2026, dept="棠川区司法局", filled=filled(2025, 11, 18),
                    budget=[[money(520), money(500), money(20), money(310), money(210)]],
                    tasks=tasks,
                    goal="实现136个村（社区）法律顾问全覆盖，全年提供免费法律咨询不少于1.6万"
                         "人次，开展法治讲座不少于272场。")  # fmt: skip
    indicators(s, ONE, VILLAGES)
    notes(s, "注：1.金额合计210万元即项目支出，基本支出310万元另列；",
          "2.法律顾问补贴8000元/人×136人＝108.8万元，见第一项任务。")  # fmt: skip
    signed(s, "苏叶澄", "0571-83126650", filled(2025, 11, 18))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


def county_rows() -> list[tuple[Any, ...]]:
    """kgj14's indicators: a satisfaction rate under 社会效益."""
    sat = mk(
        "群众对法律顾问服务满意度",
        "F201",
        "warning",
        row=True,
        note="a satisfaction rate under 社会效益指标, 满意度指标 stands below",
    )
    return [
        ("产出指标", "数量指标", "聘任村（社区）法律顾问", "≥90人"),
        (None, None, "驻点咨询天数", "≥1080天"),
        (None, "质量指标", "法律意见书采纳率", "≥85%"),
        (None, "时效指标", "驻点值班公示及时率", "=100%"),
        ("成本指标", "经济成本指标", "法律顾问补贴标准", "≤8000元/人"),
        ("效益指标", "社会效益指标", sat, "≥90%"),
        (None, None, "基层矛盾纠纷化解率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "村（社区）两委满意度", "≥90%"),
    ]  # fmt: skip


@variant(
    "kgj14-county-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to their "
    "金额合计, a satisfaction rate under 社会效益",
)
def county_money() -> Book:
    b, s = start()
    total = mk(
        money(380),
        "B101",
        "error",
        row=True,
        note="基本支出 260 + 项目支出 130 = 390 ≠ 380 (财政拨款 + 其他资金 = 380 holds)",
    )
    sum_ = mk(money(130), "B102", "error", note="72 + 40 + 22 = 134 ≠ 130")
    tasks = [
        ("法律顾问聘任", "90个村（社区）各聘1名", money(72), "全覆盖"),
        ("驻点咨询", "每村每月驻点1天", money(40), "驻点1080天"),
        ("法治培训", "村干部和法律明白人培训", money(22), "培训900人次"),
        ("金额合计", None, sum_, None),
    ]  # fmt: skip
    department_head(
        s,
        year=2026,
        dept="柘峰县司法局",
        tasks=tasks,
        budget=[[total, money(360), money(20), money(260), money(130)]],
        goal="为全县90个村（社区）各配备1名法律顾问，每村每月驻点1天（全年1080天）。",
    )
    indicators(s, ONE, county_rows())
    signed(s, "傅临川", "0573-65219902", filled(2025, 11, 24))
    return b


FIRMS = [
    ("产出指标", "数量指标", "法治体检小微企业数", "≥300家", 15),
    (None, None, "出具法律体检报告", "≥300份", 10),
    (None, "质量指标", "体检报告合格率", pct(0.95), 10),
    (None, "时效指标", "体检问题反馈时限", "≤10个工作日", 5),
    ("小计", None, None, None, 40),
    ("一级指标", "二级指标", "三级指标", "指标值", "权重"),
    ("成本指标", "经济成本指标", "单户企业体检成本", "≤1800元/家", 10),
    ("小计", None, None, None, 10),
    ("效益指标", "社会效益指标", "企业合规管理制度健全率", "提高≥5百分点", 15),
    (None, "经济效益指标", "帮助企业挽回经济损失", "≥200万元", 10),
    (None, "可持续影响指标", "企业法律服务清单", "动态更新", 5),
    ("小计", None, None, None, 30),
    ("满意度指标", "服务对象满意度指标", "受检企业满意度", pct(0.9), 20),
    ("小计", None, None, None, 20),
    ("合计", None, None, None, 100),
]  # fmt: skip


@variant(
    "kgj15-firms-page-break",
    (4, 10),
    "project, NAT-2021, weight column: subtotal rows, the header repeated after a page "
    "break, a total row, a rate raised in 百分点, typed percents (correct)",
)
def firms_page_break() -> Book:
    b, s = start()
    project_head(s, year=2026, name="社区法律顾问小微企业“法治体检”项目",
                 dept="砚湖市司法局 311002", unit="砚湖市律师协会", money=funds(54, 50, 4),
                 goals=["组织社区法律顾问为300家小微企业开展法治体检，出具体检报告300份，"
                        "企业合规管理制度健全率提高5个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), FIRMS)
    notes(s, "说明：各小计为该一级指标权重，合计100；体检成本1800元×300家＝54万元。")
    signed(s, "戴沐禾", "0571-86632208", filled(2025, 11, 10))
    return b


ONLINE = [
    ("产出指标", "数量指标", "在线咨询微信群覆盖数", "≥210个"),
    (None, None, "在线答复咨询条数", "≥8000条"),
    (None, "质量指标", "答复规范率", "≥95%"),
    (None, "时效指标", "在线咨询答复时限", "≤24小时"),
    (None, "成本指标", "单个微信群运维补贴", "≤500元/个"),
    ("效益指标", "社会效益指标", "居民遇事找法意识", "明显提升"),
    ("满意度指标", "服务对象满意度指标", "咨询居民满意度", "≥90%"),
]  # fmt: skip


def duty_rows() -> list[tuple[Any, ...]]:
    """The second project's rows: the same indicator twice with two values."""
    again = mk(
        "法律顾问驻点服务时长",
        "D102",
        "error",
        row=True,
        alt=("D101", "D103"),
        note="the same indicator as two rows above, 96 or 120 hours",
    )
    return [
        ("产出指标", "数量指标", "驻点服务村（居）数", "≥40个"),
        (None, None, "法律顾问驻点服务时长", "≥96小时/村"),
        (None, None, "驻点解答法律咨询人次", "≥3000人次"),
        (None, None, again, "≥120小时/村"),
        (None, "质量指标", "驻点台账完整率", "=100%"),
        (None, "时效指标", "驻点排班公示时间", "每季度首月5日前"),
        (None, "成本指标", "驻点补贴标准", "≤9000元/村"),
        ("效益指标", "社会效益指标", "村级矛盾纠纷化解率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村（居）民满意度", "≥90%"),
    ]  # fmt: skip


@variant(
    "kgj16-duty-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT: the second project's goal keeps last "
    "year, and it gives one indicator twice with two values",
)
def duty_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="社区法律顾问微信群在线咨询项目",
        dept="棠川区司法局 207",
        unit="棠川区公共法律服务中心",
        money=funds(12, 12, 0),
        goals=["在210个社区法律顾问微信群提供在线免费咨询，全年答复不少于8000条。"],
    )
    indicators(s, ONE, ONLINE)
    s.skip(2)
    goal = mk(
        "2025年实现全镇40个村（居）法律顾问驻点服务全覆盖，每村驻点不少于96小时。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="last year's goal left in the 2026 return",
    )
    project_head(
        s,
        year=2026,
        name="村（居）法律顾问驻点服务项目",
        title="",
        dept="棠川区司法局 207",
        unit="棠川区梅汀镇司法所",
        money=funds(40, 36, 4),
        goals=[goal],
    )
    indicators(s, ONE, duty_rows())
    signed(s, "韦澜舟", "0571-83129031", filled(2025, 12, 1))
    return b


GUIDES = [
    ("*产出指标", "数量", "“法律明白人”培训人次", "≥2200", "人次"),
    (None, None, "法律顾问服务村（社区）数", "≥110", "个"),
    (None, "质量", "★法律顾问服务村（社区）覆盖率", pct(1), "%"),
    (None, "时效", "培训完成时间", "2026年11月30日前", None),
    (None, "成本", "人均培训成本", "≤150", "元/人次"),
    (None, None, "法律顾问服务补贴", "≤3000", "元/个"),
    ("*效益指标", "社会效益", "村民法治意识", "明显提升", None),
    (None, "可持续影响", "“法律明白人”队伍", "长期发挥作用", None),
    ("*满意度指标", "服务对象满意度", "★村（居）民满意度", "≥90", "%"),
]  # fmt: skip


@variant(
    "kgj17-guides-marks",
    (5, 7),
    "project with a provincial subsidy, OLD-NAT, two-row header (绩效指标 / 预期目标), "
    "labels with * and ★ and abbreviated tier-2s, a unit column, 100% typed (correct)",
)
def guides_marks() -> Book:
    b, s = start()
    project_head(s, year=2026, name="村（社区）法律顾问服务质效提升项目（省级补助）",
                 dept="柘峰县司法局 418", unit="柘峰县司法局基层科",
                 money=[["年度资金总额", money(66), "其中：省级补助", money(40)],
                        ["县级配套", money(26), None, None]],
                 goals=["全县110个村（社区）法律顾问服务覆盖率保持100%，开展“法律明白人”"
                        "培训2200人次（每村20人次）。"])  # fmt: skip
    s.row("绩效指标", None, None, "预期目标", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("*一级指标", "*二级指标", "*三级指标", "指标值", "计量单位"), GUIDES)
    notes(s, "填表说明：带*项为必填项，带★为核心指标，不得删除。", width=5)
    signed(s, "闵若川", "0573-65216618", filled(2025, 10, 22))
    return b


def leaders_rows() -> list[tuple[Any, ...]]:
    """kgj18's rows: a value without a name, an empty template tier-2, an example row."""
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    empty = mk("社会成本指标", "F109", "warning", row=True, note="template row left unfilled")
    sample = mk("≥XX%", "X101", "error", row=True, note="the template's example row left in")
    return [
        ("产出指标", "数量指标", "培育“法治楼长”人数", "≥640人"),
        (None, None, "楼道法律微讲堂场次", "≥320场"),
        (None, None, nameless, "≥32个"),
        (None, "质量指标", "“法治楼长”培训考核合格率", "≥90%"),
        (None, "时效指标", "培育完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "楼长培育补贴", "≤200元/人"),
        (None, None, "微讲堂讲课补贴", "≤200元/场"),
        (None, empty, None, None),
        ("效益指标", "社会效益指标", "社区矛盾纠纷楼道化解率", "≥80%"),
        (None, "可持续影响指标", "（示例）长效机制建设情况", sample),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ]  # fmt: skip


@variant(
    "kgj18-leaders-template",
    (6, 13),
    "project, NAT-2021: a value row without a name, a template tier-2 left empty, the "
    "template's example row with XX left in",
)
def leaders_template() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="社区法律顾问“法治楼长”培育项目",
        dept="砚湖市司法局 311002",
        unit="砚湖市棠川区梅汀街道司法所",
        money=funds(20, 20, 0),
        goals=["在32个社区培育“法治楼长”640名，开展楼道法律微讲堂不少于320场。"],
    )
    indicators(s, ONE, leaders_rows())
    signed(s, "应禾川", "0571-83120874", filled(2025, 11, 16))
    return b
