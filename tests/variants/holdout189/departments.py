"""部门整体 returns (oq12–oq15): budget in 万元, 财政拨款来源 in 元, tasks, one value column."""

from __future__ import annotations

from tests.variants.holdout189.common import department, indicators, sheet, sign, sources, title
from tests.variants.holdout189.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

DEPT = (12,)


@variant(
    "oq12-archives-department",
    DEPT,
    "department, NAT-2021, budget in 万元 and 财政拨款来源 in 元, tasks adding to 项目支出, "
    "unit column mixed with units in values",
)
def oq12() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度部门整体支出绩效目标申报表")
    department(
        s,
        dept="青岚市档案馆",
        filled=day(2026, 11, 3),
        budget=[640, 600, 40, 420, 220],
        tasks=[
            ("馆藏档案数字化", "数字化加工馆藏档案", 120, "完成80万画幅数字化"),
            ("濒危档案抢救修复", "修复破损档案", 60, "修复档案3000页"),
            ("档案文化展览", "举办主题展览", 40, "举办展览4场"),
            ("金额合计", None, 220, None),
        ],
        goal="履行全市档案收集、保管和利用职责，完成馆藏档案数字化和濒危档案修复，提升档案"
        "利用服务水平。",
    )
    sources(s, [300000, 700000, 5000000, 0, 6000000], label="财政拨款来源（元）")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "档案数字化画幅数", "≥800000", "画幅"),
            (None, None, "修复濒危档案页数", "≥3000页", None),
            (None, None, "举办档案主题展览", "≥4", "场"),
            (None, "质量指标", "数字化成果\n验收合格率", "≥98%", None),
            (None, "时效指标", "档案查阅申请办理时限", "≤3", "个工作日"),
            ("成本指标", "经济成本指标", "每画幅数字化加工成本", "≤1.5", "元/画幅"),
            ("效益指标", "社会效益指标", "档案信息资源共享利用水平", "提升", None),
            (None, "可持续影响指标", "档案安全管理制度", "健全", None),
            ("满意度指标", "服务对象满意度指标", "档案查阅者满意度", "≥90%", None),
        ],
    )
    sign(s, "吕佳", "2026年11月3日")
    return b


@variant(
    "oq13-veterans-department",
    DEPT,
    "department, OLD-NAT, percent cells, bare numbers with a 计量单位 column, ranges",
)
def oq13() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度部门整体支出绩效目标申报表")
    department(
        s,
        dept="白沙河区退役军人事务局",
        filled=day(2026, 10, 28),
        budget=[1180, 1150, 30, 310, 870],
        tasks=[
            ("优抚对象抚恤补助", "发放定期抚恤补助", 720, "按月足额发放"),
            ("退役军人就业创业培训", "组织技能培训", 90, "培训300人"),
            ("烈士纪念设施维护", "维护纪念设施", 60, "维护纪念设施5处"),
            ("金额合计", None, 870, None),
        ],
        goal="按时足额发放优抚对象抚恤补助，开展退役军人就业创业培训，维护好烈士纪念设施。",
    )
    sources(s, [4200000, 3100000, 4200000, 0, 11500000], label="财政拨款来源（元）")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "抚恤补助发放人数", 1650, "人"),
            (None, None, "就业创业培训人数", "≥300人", None),
            (None, None, "维护烈士纪念设施", "≥5", "处"),
            (None, "质量指标", "抚恤补助发放准确率", pct(1), None),
            (None, "时效指标", "抚恤补助发放时间", "每月10日前", None),
            (None, None, "每期培训时长", "3至5天", None),
            (None, "成本指标", "人均培训成本", "≤3000", "元/人"),
            ("效益指标", "社会效益指标", "培训后就业率", "60%-70%", None),
            (None, "可持续影响指标", "退役军人服务保障体系", "健全", None),
            ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥92", "%"),
        ],
    )
    sign(s, "魏建军", "2026年10月28日")
    return b


@variant(
    "oq14-market-department-total-rate",
    DEPT,
    "department, NAT-2021: 资金总额 not 财政拨款 + 其他资金, a rate in an Alt+Enter name "
    "given as a count",
)
def oq14() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度部门整体支出绩效目标申报表")
    department(
        s,
        dept="柳湾县市场监督管理局",
        filled=day(2026, 11, 10),
        budget=[
            mk(960, "B101", "error", row=True, note="财政拨款910+其他资金30=940，不是960"),
            910,
            30,
            720,
            240,
        ],
        tasks=[
            ("食品安全抽检", "开展食品安全监督抽检", 150, "抽检食品1200批次"),
            ("特种设备安全监察", "开展特种设备检查", 50, "检查设备800台次"),
            ("消费维权服务", "受理投诉举报", 40, "办结投诉举报"),
            ("金额合计", None, 240, None),
        ],
        goal="完成食品安全抽检和特种设备安全监察任务，及时办结消费投诉举报，守住安全底线。",
    )
    sources(s, [1000000, 1600000, 3500000, 3000000, 9100000], label="财政拨款来源（元）")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "食品安全抽检批次", "≥1200", "批次"),
            (None, None, "特种设备检查台次", "≥800台次", None),
            (
                None,
                "质量指标",
                "抽检不合格\n产品核查处置率",
                mk("≥60批次", "T105", "error", note="处置率是比率，却写成批次数"),
                None,
            ),
            (None, "时效指标", "投诉举报办结时限", "≤15", "个工作日"),
            ("成本指标", "经济成本指标", "每批次抽检成本", "≤1200", "元/批次"),
            ("效益指标", "社会效益指标", "食品安全事故", "=0起", None),
            (None, "可持续影响指标", "智慧监管长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "≥90%", None),
        ],
    )
    sign(s, "包正明", "2026年11月10日")
    return b


@variant(
    "oq15-sports-department-notes",
    DEPT,
    "department, NAT-2021, 万元 in number formats, footnotes and a signature line, a 0% "
    "增长率 target",
)
def oq15() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度部门整体支出绩效目标申报表")
    w = '0.00"万元"'
    department(
        s,
        dept="东岭镇文化体育服务中心",
        filled=day(2026, 10, 22),
        budget=[C(86, w), C(86, w), C(0, w), C(52, w), C(34, w)],
        tasks=[
            ("全民健身赛事", "举办村级健身赛事", 18, "举办赛事12场"),
            ("健身器材更新", "更新村级健身路径", 16, "更新健身路径8条"),
            ("金额合计", None, 34, None),
        ],
        goal="组织全民健身赛事，更新村级健身路径，保障群众就近健身。",
    )
    sources(s, [0, 160000, 300000, 400000, 860000], label="财政拨款来源（元）")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "举办村级健身赛事场次", "≥12", "场"),
            (None, None, "更新健身路径", "≥8条", None),
            (None, "质量指标", "健身器材安装验收合格率", "=100%", None),
            (None, "时效指标", "健身路径更新完成时间", "2027年9月30日前", None),
            ("成本指标", "经济成本指标", "每条健身路径更新成本", "≤2万元/条", None),
            (None, None, "公用经费支出增长率", "≤0%", None),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥42%", None),
            (None, "可持续影响指标", "健身器材日常巡检制度", "健全", None),
            ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "90%-95%", None),
        ],
    )
    sign(
        s,
        "葛秀兰",
        "2026年10月22日",
        "注：1. 资金来源按元填列，其余金额以万元为单位；2. 健身赛事含篮球、乒乓球、广场舞等项目。",
    )
    return b
