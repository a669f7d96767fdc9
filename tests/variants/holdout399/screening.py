"""Children's myopia prevention returns: screening, flat department lists, stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout399.common import (
    HEAD4,
    YEAR,
    annual_money,
    department,
    indicators,
    project,
    signature,
    wan,
)
from tests.variants.holdout399.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "澄湾县卫生健康局（417003）"


@variant(
    "ws01-screening-pct",
    (1, 10),
    "project, OLD-NAT, one value column, typed percent cells, a 百分点 drop (correct)",
)
def screening_pct() -> Book:
    b, s = project(
        "澄湾县中小学生视力筛查与建档项目",
        DEPT,
        "澄湾县眼病防治所",
        annual_money(86, 70, 16),
        ["完成全县中小学生每学期一次视力筛查并建立屈光发育档案。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "视力筛查学生人数", "≥4.2万人"),
            (None, None, "屈光发育档案建档数", "≥4.2万份"),
            (None, "质量指标", "筛查结果复核准确率", pct(0.95)),
            (None, None, "筛查覆盖率", pct(1)),
            (None, "时效指标", "筛查结果反馈学校时限", "≤10个工作日"),
            (None, "成本指标", "每生筛查成本", "≤18元/人"),
            ("效益指标", "社会效益指标", "学生近视新发率下降", "≥0.5百分点"),
            (None, None, "家长近视防控知识知晓率", pct(0.85)),
            (None, "可持续影响指标", "屈光档案连续更新年限", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.9)),
        ],
    )
    signature(s, "邵景澜", "0739-6621408")
    return b


@variant(
    "ws02-screening-rates",
    (1, 11),
    "project, OLD-NAT, one value column: a typed rate over 100%, a rate as a count, "
    "a 反向 rate with ≥",
)
def screening_rates() -> Book:
    b, s = project(
        "枫岙区学龄前儿童屈光筛查项目",
        "枫岙区卫生健康局（208011）",
        "枫岙区妇幼保健院",
        annual_money(54, 54, 0),
        ["为全区幼儿园4-6岁儿童建立屈光档案，早发现远视储备不足。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "筛查幼儿园数", "≥96所"),
            (None, None, "筛查儿童人数", "≥1.3万人"),
            (
                None,
                "质量指标",
                "筛查覆盖率",
                mk(pct(1.04), "T106", "error", note="a typed 104% on a coverage capped at 100%"),
            ),
            (
                None,
                None,
                "建档完成率",
                mk("≥1.3万份", "T105", "error", note="a completion rate given as a count of files"),
            ),
            (None, "时效指标", "筛查完成时限", "≤11月30日"),
            (None, "成本指标", "每名儿童筛查费用", "≤40元/人"),
            ("效益指标", "社会效益指标", "远视储备不足儿童干预率", "≥80%"),
            (
                None,
                None,
                "学龄前儿童近视发生率",
                mk(
                    "≥3%", "T108", "warning", row=True, note="an incidence rate is 反向: ≤ expected"
                ),
            ),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        ],
    )
    signature(s, "欧阳岫", "0739-5532017")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "ws03-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "weights add to 100 (correct)",
)
def flat_department() -> Book:
    b, s = department(
        "鹭汀市教育局",
        [(wan(1260), wan(1200), wan(60), wan(980), wan(280))],
        "推进中小学“目浴阳光”近视防控行动，改善教室采光照明。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    s.table(
        [
            ("教室照明改造间数", 20, "间", "大于等于", 340),
            ("学生每日户外活动时间", 15, "小时", "大于等于", 2),
            ("视力健康教育课覆盖率", 15, "%", "等于", 100),
            ("学生近视率下降", 15, "百分点", "大于等于", 1),
            ("照明改造验收合格率", 10, "%", "大于等于", 98),
            ("教室照明事故数", 10, "起", "小于等于", 0),
            ("学生及家长满意度", 15, "%", "大于等于", 90),
        ]
    )
    s.row("合计", 100)
    signature(s, "庞知远", "0736-8810326")
    return b


@variant(
    "ws04-flat-defects",
    (3, 11),
    "department, flat list with operator words: weights add to 95, a 反向 rate with 大于等于",
)
def flat_defects() -> Book:
    b, s = department(
        "苇塘镇中心学校",
        [(wan(438), wan(430), wan(8), wan(392), wan(46))],
        "落实每天两次眼保健操和课间户外活动，控制学生近视新发。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    s.table(
        [
            ("眼保健操开展天数", 20, "天", "大于等于", 180),
            ("可调节课桌椅更新套数", 15, "套", "大于等于", 260),
            ("学生视力监测覆盖率", 15, "%", "等于", 100),
            (
                "学生近视新发率",
                15,
                "%",
                mk(
                    "大于等于",
                    "T108",
                    "warning",
                    row=True,
                    note="a new-case rate is 反向: 小于等于 expected",
                ),
                4,
            ),
            ("课间户外活动落实率", 15, "%", "大于等于", 95),
            ("学生及家长满意度", 15, "%", "大于等于", 90),
        ]
    )
    s.row("合计", 95)
    b.file_mark("W101", "error", note="20+15+15+15+15+15 = 95, the list is scored out of 100")
    signature(s, "闵照青", "0736-4417205")
    return b


@variant(
    "ws05-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
    "with different values in each (correct)",
)
def stacked_two() -> Book:
    b, s = project(
        "澄湾县儿童青少年近视防控宣传项目",
        DEPT,
        "澄湾县健康教育所",
        annual_money(24, 24, 0),
        ["开展近视防控进校园宣传，提高家长防控意识。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "进校园宣讲场次", "≥60场"),
            (None, "成本指标", "每场宣讲成本", "≤3000元/场"),
            ("效益指标", "社会效益指标", "家长近视防控知识知晓率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="澄湾县高度近视学生随访项目",
        dept=DEPT,
        unit="澄湾县眼病防治所",
        money=annual_money(36, 30, 6),
        goals=["为高度近视学生建立转诊随访档案，每季度随访一次。"],
        title="",
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "高度近视学生随访人数", "≥1200人"),
            (None, "成本指标", "每人年度随访成本", "≤250元/人"),
            ("效益指标", "社会效益指标", "家长近视防控知识知晓率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "ws06-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT: the second's total ≠ 财政拨款 + 其他资金 and its "
    "unit cost × count exceeds its money",
)
def stacked_defects() -> Book:
    dept = "鹭汀市卫生健康委员会（102006）"
    b, s = project(
        "鹭汀市小学生户外活动促进项目",
        dept,
        "鹭汀市疾病预防控制中心",
        annual_money(42, 42, 0),
        ["推动小学生每天校内户外活动不少于2小时。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "试点小学数", "≥30所"),
            (None, "成本指标", "每所学校指导经费", "≤1.2万元/所"),
            ("效益指标", "社会效益指标", "试点学校户外活动达标率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
        ],
    )
    s.skip()
    money_rows = annual_money(60, 45, 10)
    money_rows[0][1] = mk(wan(60), "B101", "error", row=True, note="45 + 10 = 55 ≠ 60")
    project_head(
        s,
        year=YEAR,
        name="鹭汀市低视力儿童助视器配发项目",
        dept=dept,
        unit="鹭汀市眼病防治所",
        money=money_rows,
        goals=["为低视力儿童免费配发助视器和离焦镜片。"],
        title="",
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "配发离焦镜片副数", "≥2500副"),
            (
                None,
                "成本指标",
                "每副镜片补助标准",
                mk(
                    "≤300元/副",
                    "B107",
                    "warning",
                    row=True,
                    note="300 元 × 2500 副 = 75万元 > 60万元",
                ),
            ),
            ("效益指标", "社会效益指标", "配镜儿童视力稳定率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        ],
    )
    return b
