"""Hard-to-read returns with one ordinary planted mistake each (sometimes in two cells): money
typed as text that does not add up, 中期 counts copied into 年度 under a two-row header, a 附表
whose lines miss its 合计, plan dates a year off on a 基本信息 sheet, a unit conflict and a
missing 满意度 tier. lf14–lf18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout100.common import HEAD, footer, proj_money, wan
from tests.variants.holdout100.layouts import two_row_header
from tests.variants.holdout100.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant(
    "lf14-text-money-wrong",
    (9, 12),
    "two-year project, NAT-2021, money in 元 typed as text with separators: the annual total"
    " ≠ 财政拨款 + 其他资金; a 计划完成率 given in 亩",
)
def lf14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    t = lambda v: ok(v, note="an amount typed as text with separators: X103 at most")  # noqa: E731
    project_head(
        s, year=2027, years=2, name="溪口区农业生产托管服务项目", dept="溪口区农业农村局",
        unit="溪口区农业技术推广中心", money_label="项目资金（元）",
        money=proj_money(t("4,600,000.00"), t("4,000,000.00"), t("600,000.00"),
                         annual=(mk(t("2,350,000.00"), "B101", "error",
                                    note="2,000,000.00 + 300,000.00 = 2,300,000.00"),
                                 t("2,000,000.00"), t("300,000.00"))),
        goals=["两年内完成农业生产托管服务面积120,000亩，服务小农户6,000户，培育托管服务"
               "组织25家。",
               "2027年完成农业生产托管服务面积60,000亩，服务小农户3,000户，培育托管服务"
               "组织15家。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    rate = "a 完成率 given as an area, not a percentage"
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "托管服务计划完成率",
                mk("≥120,000亩", "T105", "error", note=rate),
                mk("≥60,000亩", "T105", "error", note=rate),
            ),
            (None, None, "培育托管服务组织", "≥25家", "≥15家"),
            (None, "质量指标", "托管作业质量合格率", "≥95%", "≥95%"),
            (None, None, "托管作业机械化率", "≥85%", "≥85%"),
            (None, "时效指标", "秋收托管作业完成时间", "2028年10月31日前", "2027年10月31日前"),
            ("成本指标", "经济成本指标", "亩均托管服务补助", "≤35元/亩", "≤35元/亩"),
            ("效益指标", "经济效益指标", "托管农户亩均节本增收", "≥100元", "≥100元"),
            (None, "社会效益指标", "服务小农户数", "≥6,000户", "≥3,000户"),
            (None, "可持续影响指标", "托管服务组织持续经营率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "托管农户满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "彭志刚", "0576-8850432", day(2026, 11, 23, CN_DATE))
    return b


@variant(
    "lf15-period-copied",
    (7, 8),
    "three-year project, NAT-2021, two-row header (指标值 → 中期 │ 年度): two cumulative counts"
    " copied into 年度, one annual count above its period",
)
def lf15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=3, name="白沙河区社区嵌入式托育服务项目",
        dept="白沙河区卫生健康局", unit="白沙河区妇幼保健院", attr="新增项目",
        money=proj_money(1800, 1500, 300, annual=(wan(600), wan(500), wan(100))),
        goals=["三年内建成社区托育点30个，新增托位900个，培训托育从业人员300人，开展育儿"
               "指导服务60场。",
               "2027年建成社区托育点10个，新增托位300个，培训托育从业人员100人，开展育儿"
               "指导服务20场。"],
    )  # fmt: skip
    two_row_header(s, "中期", "年度")
    copied = "a cumulative count of a three-year project copied from the 中期 column"
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新建社区托育点",
                "≥30个",
                mk("≥30个", "D202", "warning", note=copied),
            ),
            (None, None, "新增托位数", "≥900个", mk("≥900个", "D202", "warning", note=copied)),
            (
                None,
                None,
                "开展育儿指导服务",
                "≥60场",
                mk(
                    "≥80场",
                    "D201",
                    "error",
                    alt=("D104",),
                    note="the year's count above the three years' (and the 年度目标's 20场)",
                ),
            ),
            (None, None, "培训托育从业人员", "≥300人", "≥100人"),
            (None, "质量指标", "托育点验收合格率", pct(1), pct(1)),
            (None, None, "从业人员持证上岗率", pct(1), pct(1)),
            (None, "时效指标", "托育点建设完成时间", "2029年9月30日前", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "单个托位建设补助", "≤0.6万元/个", "≤0.6万元/个"),
            ("效益指标", "社会效益指标", "婴幼儿入托率", "≥15%", "≥8%"),
            (None, "可持续影响指标", "托育点持续运营年限", "≥5年", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "婴幼儿家长满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "董晓燕", "0574-8712265", day(2026, 11, 28, CN_DATE))
    return b


@variant(
    "lf16-appendix-not-sum",
    (7, 12),
    "project, NAT-2021, a 附表 of budget detail whose lines add up to 410 under a 合计 of"
    " 420; a 完成率 given as 三次",
)
def lf16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="澜溪县应急救援能力建设项目", dept="澜溪县应急管理局",
        unit="澜溪县应急救援指挥中心", money=proj_money(420, 400, 20), attr="新增项目",
        goals=["购置救援装备150台（套），开展综合应急演练6场，培训救援队员300人次，"
               "提升全县突发事件应急处置能力。"],
    )  # fmt: skip
    s.row(*HEAD, None, "备注", merge=[(4, 5)])
    s.table(
        [
            ("产出指标", "数量指标", "购置救援装备", "≥150台（套）"),
            (None, None, "开展综合应急演练", "≥6场"),
            (None, None, "培训救援队员", "≥300人次"),
            (
                None,
                None,
                "专项预案修订计划完成率",
                mk("三次", "T105", "error", note="a 完成率 given as a count"),
            ),
            (None, "质量指标", "救援装备验收合格率", pct(1)),
            (None, "时效指标", "装备采购完成时间", "2027年6月30日前"),
            ("成本指标", "经济成本指标", "单场演练成本", "≤7.5万元/场"),
            ("效益指标", "社会效益指标", "突发事件应急响应时间", "≤30分钟"),
            (None, "可持续影响指标", "应急物资储备充足率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("附表：项目预算明细", merge=[(1, 6)])
    s.row("序号", "支出内容", "测算依据", None, "金额（万元）", merge=[(3, 4)])
    s.table(
        [
            (1, "救援装备购置", "150台（套），按询价测算", None, wan(180)),
            (2, "综合应急演练", "6场×7.5万元/场", None, wan(45)),
            (3, "救援队员培训", "300人次×0.2万元/人次", None, wan(60)),
            (4, "应急物资储备", "按储备目录测算", None, wan(125)),
            (
                "合计",
                None,
                None,
                None,
                mk(wan(420), "B102", "error", note="180 + 45 + 60 + 125 = 410"),
            ),
        ]
    )
    footer(s, "邹明", "0578-6639021", day(2026, 11, 17, CN_DATE))
    return b


@variant(
    "lf17-second-sheet-year-off",
    (7,),
    "project: 基本信息 sheet titled 2027 with plan dates in 2026, indicators on a second sheet;"
    " one indicator twice with different targets",
)
def lf17() -> Book:
    b = Book()
    s = b.sheet("基本信息")
    project_head(
        s, year=2027, name="青岚市老年人健康体检项目", dept="青岚市卫生健康委员会",
        unit="青岚市疾病预防控制中心", money=proj_money(860, 800, 60), attr="常年项目",
        start=day(2026, 1, 1), end=day(2026, 12, 31),
        goals=["为全市老年人提供免费健康体检12万人，体检结果反馈率100%，老年人健康管理率"
               "达到70%以上。"],
    )  # fmt: skip
    b.file_mark(
        "Y101", "error", alt=("Y102",), note="title 2027, plan dates 2026-01-01 to 2026-12-31"
    )
    t = b.sheet("绩效指标", widths=(16, 18, 30, 20, 24))
    t.title("2027年度项目绩效指标", 5)
    t.row(*HEAD, "数据来源")
    t.table(
        [
            ("产出指标", "数量指标", "老年人健康体检人数", "≥12万人", "体检系统"),
            (None, None, "体检机构数量", "≥40家"),
            (None, "质量指标", "体检结果反馈率", pct(1)),
            (None, None, "体检项目完成率", "≥95%"),
            (None, "时效指标", "体检工作完成时间", "2027年10月31日前"),
            ("成本指标", "经济成本指标", "人均体检费用", "≤70元/人"),
            ("效益指标", "社会效益指标", "老年人健康管理率", "≥70%"),
            (
                None,
                None,
                mk(
                    "老年人健康体检人数",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same indicator as row 5 with another target",
                ),
                "≥10万人",
            ),
            (None, "可持续影响指标", "老年人健康档案动态更新率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "体检老年人满意度", "≥90%", "问卷"),
        ],
        merged=(1, 2),
    )
    footer(t, "蒋丽华", "0571-86221408", day(2026, 11, 20, CN_DATE))
    return b


@variant(
    "lf18-unit-conflict-no-satisfaction",
    (1,),
    "project, NAT-2021, bare values with a 计量单位 column: a value in 元 against the unit"
    " 人; no 满意度指标 although there are recipients",
)
def lf18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="临溪县困难群众临时救助项目", dept="临溪县民政局",
        unit="临溪县社会救助服务中心", money=proj_money(300, 280, 20), attr="常年项目",
        goals=["对遭遇突发性、紧迫性困难的群众及时给予临时救助，全年救助2500人次以上，"
               "救助对象认定准确率98%以上。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="满意度指标 missing although the project has recipients")
    s.row(*HEAD, "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "临时救助人次", "≥2500", "人次"),
            (None, None, "困难群众走访慰问户数", "≥1200", "户"),
            (None, None, "转介专项救助人次", "≥300", "人次"),
            (None, "质量指标", "救助对象认定准确率", "≥98", "%"),
            (None, None, "救助资金发放准确率", "≥99", "%"),
            (None, "时效指标", "急难型救助审批时限", "≤24", "小时"),
            (None, None, "一般临时救助办结时限", "≤10", "个工作日"),
            (
                "成本指标",
                "经济成本指标",
                "人均救助标准",
                mk("≤1200元", "T112", "error", note="元 in the value, 人 in the unit column"),
                "人",
            ),
            ("效益指标", "社会效益指标", "困难群众基本生活保障率", pct(1), "%"),
            (None, "可持续影响指标", "救助政策知晓率", "≥85", "%"),
            (None, None, "乡镇临时救助备用金制度建立率", pct(1), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "袁海燕", "0572-5583306", day(2026, 11, 26, CN_DATE))
    return b
