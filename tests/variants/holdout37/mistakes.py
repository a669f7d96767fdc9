"""Returns with the mistakes staff really make: rates as counts or over 100%, an operator
against the direction, malformed thresholds, money that does not add up, a year that
disagrees, a wrong parent tier, a missing tier-1, duplicates, template rows, 中期 copied into
年度, PDF artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout37.registry import variant
from tests.variants.kit import WAN, Book, C, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("iu13-rates-wrong", (1, 11), "project, OLD-NAT: rate as count, rate over 100%, 投诉率 ≥")
def rates_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="沅汀县生活垃圾分类示范片区建设",
        dept="沅汀县住房和城乡建设局",
        unit="沅汀县环境卫生管理所",
        money=[
            ("年度资金总额", C(175, WAN), "其中：财政拨款", C(175, WAN)),
            (None, None, "其他资金", C(0, WAN)),
        ],
        goals=["建成垃圾分类示范小区30个，居民垃圾分类知晓率达到90%以上。"],
    )
    s.row(*HEAD, None, None)
    s.table(
        [
            ("产出指标", "数量指标", "示范小区建成数", "≥30个"),
            (None, None, "垃圾分类知晓率", mk("3000人", "T105", "error")),
            (None, "质量指标", "分类督导员培训合格率", mk(pct(1.05), "T106", "error")),
            (None, None, "分类投放设施完好率", mk("95", "T105", "error", alt=("T104",))),
            (None, "时效指标", "示范小区建成时间", "2025年10月31日前"),
            (None, "成本指标", "每个小区建设成本", "≤5.8万元"),
            ("效益指标", "社会效益指标", "群众投诉率", mk("≥5%", "T108", "warning", row=True)),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    return b


@variant("iu14-thresholds-malformed", (9, 11), "project, NAT-2021: ≥≤90%, >=95 on a rate, 95%%")
def malformed() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="黎川市公共法律服务体系建设",
        dept="黎川市司法局",
        unit="黎川市公共法律服务中心",
        money=[
            ("年度资金总额", C(88, WAN), "其中：财政拨款", C(88, WAN)),
            (None, None, "其他资金", C(0, WAN)),
        ],
        goals=["为群众提供法律咨询和法律援助，法律援助案件按时结案。"],
    )
    s.row(*HEAD, None, None)
    s.table(
        [
            ("产出指标", "数量指标", "法律援助案件办理数", "≥1100件"),
            (None, "质量指标", "法律援助案件质量评估合格率", mk("≥≤90%", "T116", "warning")),
            (None, "时效指标", "法律咨询答复及时率", mk(">=95", "T105", "error", alt=("T116",))),
            ("成本指标", "经济成本指标", "法律援助案件平均补贴", "≤800元/件"),
            ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", mk("95%%", "T116", "warning")),
            ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iu15-money-year-wrong",
    (12,),
    "project, OLD-NAT: money not adding up, a 2023 date in a 2025 table",
)
def money_year() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="苍梧镇农村饮水管网改造",
        dept="苍梧镇人民政府",
        unit="苍梧镇水务站",
        money=[
            ("年度资金总额", mk(C(200, WAN), "B101", "error"), "其中：财政拨款", C(150, WAN)),
            (None, None, "其他资金", C(30, WAN)),
        ],
        goals=["改造村级供水管网42公里，解决3个村的季节性缺水问题。"],
    )
    s.row(*HEAD, None, None)
    s.table(
        [
            ("产出指标", "数量指标", "改造供水管网长度", "≥42公里"),
            (None, "质量指标", "管网试压合格率", pct(1)),
            (
                None,
                "时效指标",
                "工程完工时间",
                mk("2023年11月30日前", "Y102", "error", alt=("Y101",)),
            ),
            (None, "成本指标", "每公里管网改造成本", "≤4.5万元"),
            ("效益指标", "社会效益指标", "受益人口", "≥6200人"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    return b


@variant("iu16-tiers-wrong", (5,), "project, NAT-2021: wrong parent, no 满意度指标, a duplicate")
def tiers_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="漳岭县职业技能提升培训",
        dept="漳岭县人力资源和社会保障局",
        unit="漳岭县就业服务中心",
        money=[
            ("年度资金总额", C(240, WAN), "其中：财政拨款", C(240, WAN)),
            (None, None, "其他资金", C(0, WAN)),
        ],
        goals=["开展职业技能培训4000人次，培训后就业率达到60%以上。"],
    )
    b.file_mark("F106", "error", note="no 满意度指标 while trainees are identifiable users")
    s.row(*HEAD, None, None)
    s.table(
        [
            ("产出指标", "数量指标", "职业技能培训人次", "≥4000人次"),
            (None, None, "取证人数", "≥2600人"),
            (None, None, "取证人数", mk("≥2600人", "D101", "warning", row=True, alt=("D102",))),
            (None, "质量指标", "培训合格率", pct(0.85)),
            (None, mk("社会效益指标", "F105", "error", row=True), "培训后就业率", pct(0.6)),
            ("成本指标", "经济成本指标", "人均培训补贴", "≤600元/人"),
            ("效益指标", "经济效益指标", "参训人员月均收入增长", "≥300元"),
            (None, "可持续影响指标", "技能人才培养长效机制", "健全"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iu17-template-copied",
    (6, 8, 13),
    "three-year project: empty template rows, 中期 copied into 年度",
)
def template_copied() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        years=3,
        name="汀洲区河道生态修复（2025—2027年）",
        dept="汀洲区水利局",
        unit="汀洲区河道管理所",
        attr="新增项目",
        money=[
            ("中期资金总额", C(2700, WAN), "年度资金总额", C(900, WAN)),
            ("其中：财政拨款", C(2700, WAN), "其中：财政拨款", C(900, WAN)),
            ("其他资金", C(0, WAN), "其他资金", C(0, WAN)),
        ],
        goals=[
            "三年修复河道36公里，建设生态护岸18公里。",
            "2025年修复河道12公里，建设生态护岸6公里。",
        ],
    )
    s.row(*HEAD[:3], "中期指标值", "年度指标值", None)
    s.table(
        [
            ("产出指标", "数量指标", "修复河道长度", "≥36公里", mk("≥36公里", "D202", "warning")),
            (None, None, "建设生态护岸", "≥18公里", mk("≥18公里", "D202", "warning")),
            (None, None, mk(None, "F110", "error"), "≥12座", "≥4座"),
            (None, "质量指标", "工程验收合格率", "100%", "100%"),
            (None, mk("时效指标", "F109", "warning", row=True), None, None, None),
            (
                "成本指标",
                "经济成本指标",
                "每公里河道修复成本",
                "≤75万元",
                ok("≤75万元", note="B107 from the copied 36公里 is fair"),
            ),
            ("效益指标", "生态效益指标", "河道水质达标率", "≥90%", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iu18-pdf-artefacts",
    (9, 12),
    "project, OLD-NAT, detail lines: a split number, an amount pasted twice",
)
def pdf_artefacts() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="梧桐岭智慧教室建设",
        dept="梧桐岭区教育体育局",
        unit="梧桐岭区电化教育馆",
        attr="新增项目",
        money=[
            (
                "年度资金总额",
                mk("1205.337 6", "X105", "warning", alt=("X103",)),
                "其中：财政拨款",
                C(1205.3376, "0.0000"),
            ),
            (None, None, "其他资金", C(0, "0.0000")),
        ],
        goals=["建设智慧教室150间，覆盖全区32所中小学。"],
    )
    s.row(*HEAD, None, None)
    s.table(
        [
            ("产出指标", "数量指标", "智慧教室建设数", "≥150间"),
            (None, "质量指标", "设备验收合格率", pct(1)),
            (None, "时效指标", "项目完工时间", "2025年8月31日前"),
            (None, "成本指标", "每间智慧教室建设成本", "≤8.03万元"),
            ("效益指标", "社会效益指标", "中小学智慧教室覆盖率", pct(0.8)),
            ("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", None, None, None)
    s.row(None, "交互式智慧黑板", mk("120万120万", "X106", "error", alt=("B108",)))
    s.row(None, "学生终端及充电柜", C(485.3376, "0.0000"))
    s.row(None, "教学平台软件及集成", C(600, "0.0000"))
    s.row(None, "合计", C(1205.3376, "0.0000"))
    return b
