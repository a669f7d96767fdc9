"""Enterprise grants and trade funds (工信局, 商务局, 招商): technical-upgrade grants capped as a
share of the investment, awards per enterprise, export growth, 招商引资, detail lines per
enterprise or programme."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout29.common import header, indicators, signature, wide_title
from tests.variants.holdout29.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "im01-techupgrade-ok",
    (1, 12),
    "project, NAT-2021, operator and unit columns, a grant "
    "capped as a share of the investment, 亿元 values beside a 万元 money block",
)
def im01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="2025年工业企业技术改造补助资金",
        dept="临澜县工业和信息化局（214）",
        unit="临澜县工业和信息化局",
        money=[
            ("年度资金总额", money(1800)),
            ("其中：财政拨款", money(1500), "其他资金", money(300)),
        ],
        goals=[
            "支持12个以上工业企业技术改造项目，按设备投资额的30%以内给予补助，带动"
            "技改投资6亿元以上，推动规上工业企业数字化改造。"
        ],
    )
    header(s, *HEAD6)
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单个项目补助上限", "≤", 150, "万元"),
            (None, None, "补助比例（占设备投资额）", "≤", pct(0.3), "%"),
            ("产出指标", "数量指标", "支持技术改造项目数", "≥", 12, "个"),
            (None, None, "带动企业技术改造投资", "≥", 6, "亿元"),
            (None, "质量指标", "项目竣工验收合格率", "≥", pct(0.95), "%"),
            (None, "时效指标", "补助资金拨付时限", "≤", 30, "个工作日"),
            ("效益指标", "经济效益指标", "项目达产后新增产值", "≥", 15, "亿元"),
            (None, "社会效益指标", "带动就业人数", "≥", 800, "人"),
            (None, "可持续影响指标", "规上工业企业数字化改造覆盖率提高", "≥", 5, "个百分点"),
            ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, day(2024, 10, 28))
    return b


@variant(
    "im02-awards-wrong",
    (11, 12),
    "project, NAT-2021, operators inside one value column: "
    "an award per enterprise times the enterprises above the money, a growth rate without %, "
    "a complaint rate with ≥",
)
def im02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="专精特新中小企业培育奖励资金",
        dept="石冈市工业和信息化局",
        unit="石冈市中小企业服务中心",
        money=[
            ("年度资金总额", money(1200)),
            ("其中：财政拨款", money(1200), "其他资金", money(0)),
        ],
        goals=["对新认定的专精特新中小企业每家奖励50万元，培育40家以上，带动企业研发投入增长。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(
        s,
        [
            (
                "成本指标",
                "经济成本指标",
                "每家企业奖励标准",
                mk(
                    "50万元/家",
                    "B107",
                    "warning",
                    row=True,
                    note="50万元 × 40家 = 2000万元，年度资金只有1200万元",
                ),
            ),
            ("产出指标", "数量指标", "奖励专精特新企业数", "≥40家"),
            (None, None, "组织企业服务活动", "≥6场"),
            (None, "质量指标", "奖励对象认定合规率", "=100%"),
            (None, "时效指标", "奖励资金兑付时间", "2025年10月31日前"),
            (
                "效益指标",
                "经济效益指标",
                "获奖企业研发投入增长率",
                mk("≥8", "T105", "error", alt=("T104", "T116"), note="增长率没有%"),
            ),
            (None, "社会效益指标", "新增就业岗位", "≥500个"),
            (None, "可持续影响指标", "企业服务诉求办结率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
            (
                None,
                None,
                "企业投诉率",
                mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标"),
            ),
        ],
    )
    return b


@variant(
    "im03-export-growth-ok",
    (1, 5),
    "project, OLD-NAT, word operators inside values, "
    "growth rates (one above 100%), 亿元 indicators and a 万元 money block",
)
def im03() -> Book:
    b = Book()
    s = b.sheet("外贸专项")
    project_head(
        s,
        year=2026,
        name="2026年外贸稳增长专项资金",
        dept="江屿市商务局",
        unit="江屿市商务局",
        attr="常年项目",
        money=[
            ("年度资金总额", money(600, WAN)),
            ("其中：财政拨款", money(600, WAN), "其他资金", money(0, WAN)),
        ],
        goals=[
            "支持企业参加境内外重点展会，培育跨境电商和市场采购贸易新业态，全市"
            "货物出口额较上年增长6%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标值说明")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "组织境外重点展会", "≥8场", "计划标准"),
            (None, None, "参展企业数", "≥60家"),
            (None, None, "补助展位数", "≥200个"),
            (None, "质量指标", "展位补助审核合规率", "100%"),
            (None, "时效指标", "补助资金兑付时限", "申报截止后30日内"),
            (None, "成本指标", "单个标准展位补助", "≤2万元/个", "按展位费的50%以内"),
            ("效益指标", "经济效益指标", "全市货物出口额", "≥12亿元"),
            (None, None, "货物出口额增长率", "较上年增长≥6%", "历史标准"),
            (None, None, "跨境电商进出口额增幅", "不低于8%"),
            (None, None, "市场采购贸易出口额增长率", "≥120%", "2025年试点启动，基数小"),
            (None, "社会效益指标", "带动外贸从业人员就业", "≥1500人"),
            ("满意度指标", "服务对象满意度指标", "参展企业满意度", "95%以上"),
        ],
    )
    s.row("注：指标值说明列填写指标值设定依据。", merge=[(1, 6)])
    return b


@variant(
    "im04-zhaoshang-wrong",
    (5, 11, 12),
    "project, OLD-NAT, numbered tier labels, operator "
    "column: money that does not add up, a 履约率 over 100%, a complaint rate with ≥",
)
def im04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="招商引资专项工作经费",
        dept="北埭县投资促进局",
        unit="北埭县招商服务中心",
        money=[
            ("年度资金总额", mk(money(800), "B101", "error", note="600 + 150 ≠ 800")),
            ("其中：财政拨款", money(600), "其他资金", money(150)),
        ],
        goals=["全年引进亿元以上产业项目15个，招商引资到位资金50亿元以上，带动就业3000人。"],
    )
    header(s, *HEAD6)
    indicators(
        s,
        [
            ("一、产出指标", "1.数量指标", "新引进亿元以上产业项目", "≥", 15, "个"),
            (None, None, "招商引资到位资金", "≥", 50, "亿元"),
            (None, None, "举办招商推介会", "≥", 6, "场"),
            (
                None,
                "2.质量指标",
                "签约项目履约率",
                "≥",
                mk(pct(1.2), "T106", "error", note="履约率不能超过100%"),
                "%",
            ),
            (None, "3.时效指标", "签约项目开工时限", "≤", 6, "个月"),
            (None, "4.成本指标", "单场推介会费用", "≤", 40, "万元"),
            ("二、效益指标", "1.经济效益指标", "新增固定资产投资", "≥", 30, "亿元"),
            (None, "2.社会效益指标", "带动就业人数", "≥", 3000, "人"),
            ("三、满意度指标", "1.服务对象满意度指标", "落地企业满意度", "≥", pct(0.92), "%"),
            (
                None,
                None,
                "企业对营商环境投诉率",
                mk("≥", "T108", "warning", row=True, note="投诉率是反向指标"),
                pct(0.05),
                "%",
            ),
        ],
    )
    signature(s, day(2024, 11, 6, "yyyy年m月d日"))
    return b


@variant(
    "im07-enterprise-lines-ok",
    (1, 12),
    "project, NAT-2021, table from column C after two "
    "empty columns, grant lines per enterprise (investment × ratio) adding up to the money",
)
def im07() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(3, 3, 16, 16, 30, 14, 14, 14))
    c = 3
    wide_title(s, "2025年度中小企业数字化转型补助项目绩效目标表", c, c + 5)
    s.row(
        "项目名称",
        "中小企业数字化转型补助",
        None,
        "主管部门",
        "桐泽区科学技术和工业信息化局",
        col=c,
    )
    s.row(
        "项目期", "1年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2025, 12, 31), col=c
    )
    s.row("年度资金（万元）", money(907), "其中：财政拨款", money(907), "其他资金", money(0), col=c)
    s.row(
        "年度绩效目标", "对5家中小企业数字化改造设备投资按15%—30%给予补助，补助总额907万元。", col=c
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注", col=c)
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "补助比例（占设备投资额）", "≤30%", "%", None),
            ("产出指标", "数量指标", "补助企业数", "≥5", "家", None),
            (None, None, "新增数字化设备投资", "≥4000", "万元", "五家合计4060万元"),
            (None, "质量指标", "改造项目验收通过率", pct(1), "%", None),
            (None, "时效指标", "补助资金拨付完成时间", "2025年9月30日前", None, None),
            ("效益指标", "经济效益指标", "企业生产效率平均提升", "≥10%", "%", None),
            (None, "可持续影响指标", "数字化改造示范带动作用", "逐步增强", None, None),
            ("满意度指标", "服务对象满意度指标", "企业满意度", pct(0.9), "%", None),
        ],
        col=c,
    )
    s.skip()
    s.row("补助企业明细", col=c)
    s.row("序号", "企业名称", "设备投资额（万元）", "补助比例", "补助金额（万元）", col=c)
    lines = [
        ("永丰精密机械有限公司", 820, 0.25, 205),
        ("临江新材料科技有限公司", 1200, 0.2, 240),
        ("华岳电子股份有限公司", 640, 0.3, 192),
        ("青屿纺织有限公司", 400, 0.3, 120),
        ("鼎成汽车零部件有限公司", 1000, 0.15, 150),
    ]
    for i, (name, inv, ratio, grant) in enumerate(lines, start=1):
        s.row(i, name, money(inv, "#,##0.00"), pct(ratio, "0.0%"), money(grant, "#,##0.00"), col=c)
    s.row("合计", None, money(4060, "#,##0.00"), None, money(907, "#,##0.00"), col=c)
    return b


@variant(
    "im08-programme-lines-wrong",
    (9, 12),
    "project, OLD-NAT, programme lines pasted from a "
    "PDF: a total split by a space, an amount pasted twice, lines not adding up",
)
def im08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="促进消费提质扩容专项资金",
        dept="云埠市商务局",
        unit="云埠市商务局",
        money=[
            ("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",))),
            ("其中：财政拨款", money(1205.3376, "0.0000"), "其他资金", money(0)),
        ],
        goals=["开展消费促进活动，发放汽车、家电以旧换新补贴，培育夜间经济集聚区。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "举办消费促进活动", "≥20场"),
            (None, None, "以旧换新补贴惠及消费者", "≥5000人次"),
            (None, "质量指标", "补贴资金发放准确率", "100%"),
            (None, "时效指标", "补贴资金兑付时限", "≤15个工作日"),
            (None, "成本指标", "单台家电换新补贴上限", "≤2000元"),
            ("效益指标", "经济效益指标", "社会消费品零售总额增幅", "≥5%"),
            (None, "社会效益指标", "夜间经济集聚区", "≥3个"),
            ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("资金明细（万元）", merge=[(1, 4)])
    s.row("序号", "支出内容", None, "金额")
    s.row(1, "汽车以旧换新补贴", None, money(420))
    s.row(
        2,
        "家电以旧换新补贴",
        None,
        mk("180万180万", "X106", "error", alt=("B108",), note="金额粘贴了两次"),
    )
    s.row(3, "消费促进系列活动", None, money(305.3376, "0.0000"))
    s.row(4, "夜间经济集聚区建设补助", None, money(260))
    b.file_mark("B102", "error", alt=("B101",), note="420+180+305.3376+260 = 1165.3376 ≠ 1205.3376")
    return b


@variant(
    "im09-thresholds-wrong",
    (1, 7),
    "project, NAT-2021, two header lines, one value "
    "column: a doubled operator, a rate without %, a doubled percent sign",
)
def im09() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="工业互联网标识解析推广应用",
        dept="安禾县工业和信息化局",
        unit="安禾县工业和信息化局",
        money=[("年度资金总额", money(260)), ("其中：财政拨款", money(260), "其他资金", money(0))],
        goals=["推动60家工业企业接入标识解析二级节点，标识注册量达到500万条。"],
    )
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    header(s, "一级指标", "二级指标", "三级指标", "年度指标值", "指标性质", "备注")
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单个企业接入补助", "≤3万元", "反向", None),
            ("产出指标", "数量指标", "接入标识解析企业数", "≥60家", "正向", None),
            (None, None, "标识注册量", "≥500万条", "正向", None),
            (
                None,
                "质量指标",
                "接入企业数据上报完整率",
                mk("≥≤90%", "T116", "warning", alt=("T111",), note="两个比较符"),
                "正向",
                None,
            ),
            (
                None,
                None,
                "系统验收合格率",
                mk(">=95", "T105", "error", alt=("T116", "T104"), note="比率没有%"),
                "正向",
                None,
            ),
            (None, "时效指标", "企业接入完成时间", "2025年11月30日前", "正向", None),
            ("效益指标", "经济效益指标", "企业生产运营成本降低", "≥5%", "正向", None),
            (
                None,
                "可持续影响指标",
                "标识解析节点稳定运行率",
                mk("≥99%%", "T116", "warning", alt=("T111",), note="百分号重复"),
                "正向",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "接入企业满意度", "≥90%", "正向", None),
        ],
    )
    return b
