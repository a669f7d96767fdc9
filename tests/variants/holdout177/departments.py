"""Exported 部门整体 tables (oe09–oe12)."""

from __future__ import annotations

from tests.variants.holdout177.common import Layout, department, footer, indicators, sheet, tx
from tests.variants.holdout177.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

P, B, M, C = "产出指标", "效益指标", "满意度指标", "成本指标"
SAT = "服务对象满意度指标"


@variant(
    "oe09-market-bureau",
    (9, 12),
    "department, NAT-2021, split header with one value "
    "column, spacers, amounts as text, tasks adding to 项目支出, an =0起 accident count",
)
def oe09() -> Book:
    book = Book()
    lay = Layout(values=("指标值",))
    s = sheet(book, "部门整体绩效目标", lay)
    department(
        s,
        lay.visible,
        year=2026,
        unit="鹤汀市市场监督管理局",
        budget=(tx(3260), tx(3100), tx(160), tx(2180), tx(1080)),
        tasks=[
            (
                "食品安全监督抽检",
                "开展食品安全监督抽检和风险监测",
                tx(420),
                "完成年度抽检计划，及时处置不合格食品",
            ),
            ("特种设备安全监察", "开展特种设备定期检验和隐患排查", tx(280), "特种设备安全运行"),
            ("市场主体信用监管", "推进信用风险分类监管和双随机抽查", tx(380), "信用监管全面覆盖"),
            ("金额合计", None, tx(1080), None),
        ],
        goal="守牢食品和特种设备安全底线，提升市场监管效能，优化营商环境。",
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "食品安全监督抽检批次", "≥4200批次"),
            (P, "数量指标", "特种设备定期检验台数", "≥9500台"),
            (P, "质量指标", "抽检不合格食品核查处置率", pct(1)),
            (P, "时效指标", "投诉举报按时办结率", "≥98%", "12315平台数据"),
            (C, "经济成本指标", "每批次抽检平均费用", "≤950元/批次"),
            (B, "社会效益指标", "特种设备安全事故发生起数", "=0起"),
            (B, "社会效益指标", "食品安全评价性抽检合格率", "≥98%"),
            (B, "可持续影响指标", "信用风险分类监管覆盖率", "≥95%"),
            (M, SAT, "市场主体满意度", "≥90%", "第三方调查"),
        ],
        code="SJ",
    )
    footer(
        s,
        ["注：年度预算、任务金额以系统导出数为准，单位万元。"],
        filler="单雨桐",
        phone="0571-87026455",
        checker="聂怀远",
    )
    return book


@variant(
    "oe10-civil-affairs-two-columns",
    (8, 12),
    "department, OLD-NAT, 实施周期 │ 年度 under "
    "指标值 (one year, equal columns), spacers, 万元 in the number format, a rise in 百分点",
)
def oe10() -> Book:
    book = Book()
    lay = Layout(values=("实施周期", "年度"))
    s = sheet(book, "部门整体支出绩效目标", lay)
    department(
        s,
        lay.visible,
        year=2026,
        unit="枫亭县民政局",
        budget=(
            money(2450, WAN),
            money(2300, WAN),
            money(150, WAN),
            money(1150, WAN),
            money(1300, WAN),
        ),
        tasks=[
            ("特困人员供养", "落实特困人员集中和分散供养", money(620, WAN), "应养尽养"),
            (
                "高龄津贴和养老服务补贴",
                "按月发放高龄津贴和养老服务补贴",
                money(480, WAN),
                "按时足额发放",
            ),
            ("社区养老服务设施", "建设社区居家养老服务站", money(200, WAN), "扩大养老服务覆盖"),
            ("金额合计", None, money(1300, WAN), None),
        ],
        goal="兜牢困难群众基本生活底线，完善基本养老服务体系，提升社会救助水平。",
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "特困人员集中供养人数", "≥260人", "≥260人"),
            (P, "数量指标", "发放高龄津贴人次", "≥36000人次", "≥36000人次", "按月发放"),
            (P, "质量指标", "补贴资金发放准确率", pct(1), pct(1)),
            (P, "时效指标", "补贴按月发放及时率", "≥98%", "≥98%"),
            (P, "成本指标", "特困人员集中供养人均标准", "≤22000元/人", "≤22000元/人", "年标准"),
            (B, "社会效益指标", "困难群众基本生活保障率", pct(1), pct(1)),
            (B, "社会效益指标", "社区养老服务设施覆盖率提高", "≥3百分点", "≥3百分点"),
            (B, "可持续影响指标", "社会救助政策知晓率", "≥90%", "≥90%"),
            (M, SAT, "救助对象满意度", "≥92%", "≥92%"),
        ],
        code="MZ",
    )
    footer(
        s,
        ["注：实施周期为本预算年度，故两栏指标值相同。"],
        filler="甘露",
        phone="0578-62177302",
        checker="宁致远",
    )
    return book


@variant(
    "oe11-education-wrong",
    (7, 12),
    "department, NAT-2021, split header whose sub-head "
    "names the wrong year, spacers, amounts as text: 基本支出 + 项目支出 miss the total",
)
def oe11() -> Book:
    book = Book()
    year_note = "the header says 2025 in a 2026 table"
    lay = Layout(values=(mk("2025年度", "Y101", "error", alt=("Y102", "Y103"), note=year_note),))
    s = sheet(book, "部门整体绩效目标", lay)
    total = mk(
        tx(8640), "B101", "error", row=True, note="6,120.00 + 2,420.00 = 8,540.00, not 8,640.00"
    )
    department(
        s,
        lay.visible,
        year=2026,
        unit="南屏区教育局",
        budget=(total, tx(8200), tx(440), tx(6120), tx(2420)),
        tasks=[
            ("校舍维修改造", "中小学校舍维修和功能室改造", tx(1200), "校舍安全达标"),
            ("学生资助", "落实家庭经济困难学生资助政策", tx(820), "应助尽助"),
            ("教师培训", "开展中小学教师全员培训", tx(400), "提升教师专业能力"),
            ("金额合计", None, tx(2420), None),
        ],
        goal="改善办学条件，落实学生资助，提升教师队伍素质，推进义务教育优质均衡。",
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "维修改造校舍面积", "≥18000平方米"),
            (P, "数量指标", "资助家庭经济困难学生人次", "≥5200人次"),
            (P, "数量指标", "教师培训人次", "≥3000人次"),
            (P, "质量指标", "维修工程验收合格率", pct(1)),
            (P, "时效指标", "资助资金发放及时率", "≥98%"),
            (C, "经济成本指标", "校舍维修单位面积成本", "≤650元/平方米"),
            (B, "社会效益指标", "义务教育巩固率", "≥99%"),
            (B, "可持续影响指标", "教师专业能力", "不断提升"),
            (M, SAT, "学生家长满意度", "≥90%"),
        ],
        code="JY",
    )
    footer(s, ["注：金额单位为万元。"], filler="景秋", phone="0731-85562018", checker="芮德明")
    return book


@variant(
    "oe12-environment-operator-column",
    (1, 5),
    "department, NAT-2021, budget year 2027, "
    "比较符 and 计量单位 columns, percent cells, tier cells merged, no spacers, a 下降率",
)
def oe12() -> Book:
    book = Book()
    lay = Layout(values=("指标值",), spacers=False, op="比较符", unit="计量单位", merged=True)
    s = sheet(book, "部门整体绩效目标", lay)
    department(
        s,
        lay.visible,
        year=2027,
        unit="鹤汀市生态环境局",
        budget=(
            money(1980, WAN),
            money(1900, WAN),
            money(80, WAN),
            money(1260, WAN),
            money(720, WAN),
        ),
        tasks=[
            ("大气环境监测", "空气自动监测站运维和数据质控", money(300, WAN), "监测数据真实准确"),
            ("水环境监测", "地表水断面和饮用水源地监测", money(260, WAN), "按频次完成监测"),
            ("生态环境执法", "开展污染源执法检查", money(160, WAN), "环境违法行为及时查处"),
            ("金额合计", None, money(720, WAN), None),
        ],
        goal="持续改善环境空气和水环境质量，严格生态环境执法，守住环境安全底线。",
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "空气自动监测站运维数量", "=", 14, "个"),
            (P, "数量指标", "地表水断面监测频次", "≥", 12, "次"),
            (P, "数量指标", "环境执法检查企业数", "≥", 850, "家"),
            (P, "质量指标", "监测数据有效率", "≥", pct(0.95), "%"),
            (P, "时效指标", "信访件办结时限", "≤", 15, "工作日"),
            (C, "经济成本指标", "单站年运维费用", "≤", 18, "万元/个"),
            (B, "生态效益指标", "空气质量优良天数比率", "≥", pct(0.9), "%"),
            (B, "生态效益指标", "细颗粒物平均浓度下降率", "≥", pct(0.05), "%"),
            (B, "社会效益指标", "重大环境污染事件发生起数", "=", 0, "起"),
            (M, SAT, "公众生态环境满意度", "≥", pct(0.85), "%"),
        ],
        code="HB",
    )
    footer(
        s,
        ["注：比较符、计量单位按系统下拉选项填写。"],
        filler="房一鸣",
        phone="0595-22419086",
        checker="邵清和",
    )
    return book
