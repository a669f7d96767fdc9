"""Returns about condolence visits (走访慰问) to veterans and entitled groups: khi07 to khi12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout883.common import YEAR, first, notes, one_year, sign, table, w
from tests.variants.holdout883.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _visits(s: Sheet, what: str, std: str, count: str, sat: object) -> None:
    """The indicator block of one visiting project (OLD-NAT, one value column)."""
    table(s, HEAD, [
        ("产出指标", "数量指标", f"{what}慰问对象数量", count),
        (None, "质量指标", "慰问金足额发放率", "=100%"),
        (None, "时效指标", "慰问金发放完成时间", "节前10日内"),
        (None, "成本指标", f"{what}慰问标准", std),
        ("效益指标", "社会效益指标", "优抚对象获得感", "显著提升"),
        ("满意度指标", "服务对象满意度指标", "慰问对象满意度", sat),
    ])  # fmt: skip


@variant(
    "khi07-visits-stacked",
    (2,),
    "three visiting projects stacked in one sheet, OLD-NAT, "
    "one value column, the same indicator name with different values (correct)",
)
def khi07() -> Book:
    b, s = first("慰问项目")
    dept, unit = "桐屿市退役军人事务局", "桐屿市双拥工作服务中心"
    project_head(
        s,
        year=YEAR,
        name="春节走访慰问重点优抚对象",
        dept=dept,
        unit=unit,
        money=one_year(62, 62, 0),
        goals=["春节前走访慰问1200名重点优抚对象。"],
    )
    _visits(s, "春节", "≤500元/人", "≥1200人", "≥90%")
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="八一走访慰问退役军人家庭",
        dept=dept,
        unit=unit,
        title="",
        money=one_year(46.5, 40, 6.5),
        goals=["八一前走访慰问1500户退役军人家庭。"],
    )
    _visits(s, "八一", "≤300元/户", "≥1500户", pct(0.95))
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="困难退役军人帮扶援助",
        dept=dept,
        unit=unit,
        title="",
        money=one_year(25, 25, 0),
        goals=["对80户生活困难退役军人家庭开展帮扶援助。"],
    )
    _visits(s, "帮扶", "≤3000元/户", "≥80户", "≥92%")
    sign(s, "冯稚川", "0592-330 7716")
    return b


@variant(
    "khi08-visits-stacked-wrong",
    (2, 1),
    "two visiting projects stacked, OLD-NAT: the "
    "second project's money does not add up and a 到位率 is given as a count",
)
def khi08() -> Book:
    b, s = first()
    dept, unit = "澄湾区退役军人事务局", "澄湾区退役军人服务中心"
    project_head(
        s,
        year=YEAR,
        name="重大节日走访慰问",
        dept=dept,
        unit=unit,
        money=one_year(54, 50, 4),
        goals=["春节、八一走访慰问1000名优抚对象。"],
    )
    _visits(s, "节日", "≤500元/人", "≥1000人", pct(0.9))
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="烈士遗属和伤残军人专项慰问",
        dept=dept,
        unit=unit,
        title="",
        money=[
            [
                "年度资金总额",
                mk(w(38), "B101", "error", note="30 + 6 = 36 ≠ 38"),
                "其中：财政拨款",
                w(30),
            ],
            ["其他资金", w(6)],
        ],
        goals=["对860户烈士遗属和伤残军人家庭开展专项慰问。"],
    )
    table(s, HEAD, [
        ("产出指标", "数量指标", "专项慰问家庭数量", "≥860户"),
        (None, "质量指标", "慰问金发放到位率",
         mk("860户", "T105", "error", note="到位率要百分比，不是户数")),
        (None, "时效指标", "专项慰问完成时间", "2025年8月1日前"),
        (None, "成本指标", "专项慰问标准", "≤400元/户"),
        ("效益指标", "社会效益指标", "烈士遗属和伤残军人困难问题解决率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "慰问对象满意度", "≥95%"),
    ])  # fmt: skip
    return b


@variant(
    "khi09-visits-footnotes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row "
    "inside the table, 注 rows explaining a total, 填表说明, signature and date (correct)",
)
def khi09() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="松陂县优抚对象走访慰问",
        dept="松陂县退役军人事务局",
        unit="松陂县退役军人服务中心",
        money=one_year(70, 66, 4),
        attr="常年项目",
        goals=["春节走访慰问1200人次、八一走访慰问800人次，慰问金节前发放到位。"],
    )
    s.row(HEAD[0], HEAD[1], HEAD[2], HEAD[3])
    s.row("（三级指标由项目单位填写，指标值须量化，不得填写“良好”等笼统表述）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "走访慰问优抚对象人次", "≥2000人次"),
        (None, "质量指标", "慰问对象信息核准率", "≥98%"),
        (None, "时效指标", "春节慰问金发放完成时间", "2025年1月25日前"),
        (None, "成本指标", "人均慰问标准", "≤350元/人次"),
        ("效益指标", "社会效益指标", "优抚政策知晓率", "≥90%"),
        (None, "可持续影响指标", "走访慰问常态化机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注1：走访慰问人次为春节1200人次与八一800人次之和，合计2000人次。",
          "注2：人均慰问标准含慰问金和慰问品，2000人次 × 350元 = 70万元。",
          "填表说明：本表一式两份，报县财政局一份。", width=4)  # fmt: skip
    sign(s, "严可钧", "0736-415 2290", day(YEAR - 1, 12, 3))
    return b


@variant(
    "khi10-visits-page-break",
    (4, 7, 9),
    "department, NAT-2021, headers 考核指标 and "
    "目标值（年度）, weight column, subtotal rows, header repeated after a page break: a rate "
    "above 100% and a date serial typed as text",
)
def khi10() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="鹤汀区退役军人事务局",
        budget=[(w(286), w(270), w(16), w(150), w(136))],
        tasks=[
            ("春节走访慰问", "走访慰问重点优抚对象", w(64), "慰问1300人次"),
            ("八一走访慰问", "走访慰问退役军人家庭", w(42), "慰问800人次"),
            ("抚恤补助发放管理", "抚恤补助对象年度核查", w(30), "核查3400人"),
            ("金额合计", None, w(136), None),
        ],
        goal="走访慰问2100人次，抚恤补助按时足额发放，优抚对象满意度不低于90%。",
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "权重")
    table(s, head, [
        ("产出指标", "数量指标", "走访慰问优抚对象人次", "≥2100人次", 15),
        (None, None, "抚恤补助对象核查人数", "≥3400人", 10),
        (None, "质量指标", "抚恤补助按时足额发放率",
         mk(">100%", "T106", "error", note="发放率封顶 100%"), 10),
        (None, "时效指标", "春节慰问完成时限",
         mk("45688", "X104", "warning", note="日期序列号存成文本（2025-01-31）"), 5),
        ("产出指标小计", "", "", "", 40),
    ])  # fmt: skip
    s.skip()
    table(s, head, [
        ("成本指标", "经济成本指标", "人均慰问标准", "≤300元/人次", 10),
        ("成本指标小计", "", "", "", 10),
        ("效益指标", "社会效益指标", "优抚政策知晓率", "≥90%", 20),
        (None, "可持续影响指标", "优抚对象档案动态更新机制", "健全", 15),
        ("效益指标小计", "", "", "", 35),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%", 15),
        ("满意度指标小计", "", "", "", 15),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    sign(s, "柯望舒", "0592-681 0573")
    return b


@variant(
    "khi11-visits-second-sheet",
    (7,),
    "project: head on 基本信息, the table on a second "
    "sheet under a two-row header with 指标内容 and 预期实现值, a 备注 column (correct)",
)
def khi11() -> Book:
    b, s = first("基本信息", (16, 16, 30, 18, 18, 18))
    project_head(
        s,
        year=YEAR,
        name="烈士遗属走访慰问及烈士纪念日祭扫",
        dept="桐屿市退役军人事务局",
        unit="桐屿市烈士陵园管理所",
        money=one_year(36, 36, 0),
        goals=["走访慰问420户烈士遗属，组织烈士纪念日集中祭扫3场。"],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 18, 16))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", "备注", merge=[(1, 3)])
    table(t, ("一级指标", "二级指标", "指标内容", None, None), [
        ("产出指标", "数量指标", "走访慰问烈士遗属户数", "≥420户", "计划标准"),
        (None, None, "组织烈士纪念日集中祭扫场次", "≥3场", None),
        (None, "质量指标", "慰问对象信息准确率", "≥98%", "历史标准"),
        (None, "时效指标", "集中祭扫活动完成时间", "2025年9月30日前", None),
        (None, "成本指标", "户均慰问标准", "≤800元/户", "420户 × 800元 = 33.6万元"),
        ("效益指标", "社会效益指标", "烈士褒扬政策知晓率", "≥90%", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "烈士遗属满意度", "≥95%", None),
    ])  # fmt: skip
    return b


@variant(
    "khi12-visits-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines "
    "below the table: a start date as a text serial, a split number, an amount pasted twice",
)
def khi12() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="澄湾区在乡老复员军人走访慰问",
        dept="澄湾区退役军人事务局",
        unit="澄湾区退役军人服务中心",
        money=one_year(48, 45, 3),
        start=mk("45672", "X104", "warning", note="2025-01-15 的序列号存成文本"),
        goals=["走访慰问在乡老复员军人等优抚对象1298人次。"],
    )
    table(s, HEAD, [
        ("产出指标", "数量指标", "走访慰问优抚对象人次", "≥1298人次"),
        (None, "质量指标", "慰问金足额发放率", "=100%"),
        (None, "时效指标", "慰问完成时间", "2025年2月28日前"),
        (None, "成本指标", "人均慰问金标准", "≤250元/人次"),
        ("效益指标", "社会效益指标", "在乡老复员军人生活困难问题解决率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "慰问对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "金额（万元）", "测算依据")
    s.row("慰问金", mk("32.4 5", "X105", "warning", alt=("X103",), note="读作 32.45"),
          "1298人次 × 250元 = 32.45万元")  # fmt: skip
    s.row("慰问品采购", mk("12万12万（含配送）", "X106", "error", alt=("B108",),
                          note="金额粘贴了两次，读作 12"), "米面油等慰问品")  # fmt: skip
    s.row("走访交通及资料印制", 3.55, None)
    s.row("合计", 48.0, "32.45 + 12 + 3.55 = 48")
    return b
