"""Drug-safety publicity (药品安全宣传) and the department returns of the regulators: returns
sx13 to sx18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout300.common import (
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout300.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "sx13-publicity-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), percent "
    "cells, a 下降率 with ≥, weights adding to 100 with a 合计 row (correct)",
)
def sx13() -> Book:
    b, s = book()
    department_head(
        s, year=YEAR, dept="雁台市药品安全宣传教育中心",
        budget=[[wan(220), wan(200), wan(20), wan(140), wan(80)]],
        tasks=[("药品安全宣传周", "主题宣传、用药咨询和科普展览", wan(50), "提高群众安全用药意识"),
               ("用药安全进社区", "社区讲座、宣传栏和新媒体科普", wan(30), "扩大科普覆盖面"),
               ("金额合计", None, wan(80), None)],
        goal="围绕安全用药开展宣传教育，提升群众药品安全知识水平，减少虚假药品广告侵害。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("药品安全宣传活动场次", 15, "场", "≥", 40),
        ("宣传资料发放数量", 10, "份", "≥", 30000),
        ("用药安全进社区覆盖社区数", 10, "个", "≥", 60),
        ("群众药品安全知识知晓率", 15, "%", "≥", pct(0.85)),
        ("宣传活动参与人次", 10, "人次", "≥", 12000),
        ("新媒体科普推文阅读量", 10, "人次", "≥", 80000),
        ("虚假药品广告投诉量下降率", 10, "%", "≥", pct(0.1)),
        ("单场宣传活动平均成本", 10, "万元/场", "≤", 1.5),
        ("宣传对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "严知微", "0571-86217734")
    return b


@variant(
    "sx14-publicity-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · 计量单位 "
    "· 权重): a unit conflict, a 反向 差错率 with ≥, weights adding to 95",
)
def sx14() -> Book:
    b, s = book()
    department_head(
        s, year=YEAR, dept="柘川区药品安全科普工作站",
        budget=[[wan(150), wan(135), wan(15), wan(110), wan(40)]],
        goal="面向社区、学校和养老机构开展药品和化妆品安全科普，引导群众理性用药、安全用妆。",
    )  # fmt: skip
    unit = mk("≥12场", "T112", "error", alt=("T119",), note="场 in value, 人次 in unit")
    wrong = mk("≥3%", "T108", "warning", row=True, note="declared 反向 but written with ≥")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("药品安全讲座场次", unit, "正向", "人次", 15),
        ("讲座受众人次", "≥1800", "正向", "人次", 10),
        ("科普短视频发布数量", "≥24", "正向", "条", 15),
        ("社区宣传栏更新期数", "≥12", "正向", "期", 10),
        ("宣传品印制差错率", wrong, "反向", "%", 10),
        ("药品安全知识知晓率", "≥80", "正向", "%", 15),
        ("单场讲座平均成本", "≤1.2", "反向", "万元/场", 10),
        ("宣传对象满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15 + 10 + 15 + 10 + 10 + 15 + 10 + 10 = 95, not 100")
    sign(s, "沈暮帆", "0576-81520418")
    return b


REGULATOR = [
    ("产出指标", "数量指标", "药品监督抽检批次", "≥260批次"),
    (None, None, "疫苗接种单位检查家次", "≥70家次"),
    (None, None, "化妆品经营单位检查户次", "≥200户次"),
    (None, "质量指标", "医疗器械不良事件报告评价完成率", "≥95%"),
    (None, "时效指标", "投诉举报受理及时率", "=100%"),
    ("成本指标", "经济成本指标", "单批次抽检成本", "≤0.17万元/批次"),
    ("效益指标", "社会效益指标", "药品安全事件发生数", "=0起"),
    (None, "可持续影响指标", "药品安全风险分级管理", "有效"),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
]


@variant(
    "sx15-department-money",
    (12, 4),
    "department, NAT-2021: budget with a row of shares, key tasks adding to the 项目支出 in their "
    "金额合计, a footnote explaining that total (correct)",
)
def sx15() -> Book:
    b, s = book()
    two = "0.00%"
    department_head(
        s, year=YEAR, dept="澄岭县药品监督管理所",
        budget=[[wan(360), wan(330), wan(30), wan(245), wan(115)],
                [pct(1, two), pct(0.9167, two), pct(0.0833, two), pct(0.6806, two),
                 pct(0.3194, two)]],
        tasks=[("药品质量抽检", "生产、经营、使用环节监督抽检", wan(45), "问题药品及时处置"),
               ("疫苗流通检查", "接种单位疫苗储存和使用检查", wan(30), "疫苗全程可追溯"),
               ("化妆品监督检查", "经营单位和美容美发场所检查", wan(25), "督促落实主体责任"),
               ("器械不良事件监测", "报告收集、分析和评价", wan(15), "及时发现风险信号"),
               ("金额合计", None, wan(115), None)],
        goal="履行药品、疫苗、化妆品和医疗器械监管职责，守住不发生系统性药品安全风险的底线。",
    )  # fmt: skip
    indicators(s, TIER_HEAD, REGULATOR)
    notes(s, "注：年度主要任务金额合计为项目支出合计，不含基本支出245万元。")
    sign(s, "祁立衡", "0578-76601189")
    return b


@variant(
    "sx16-department-money-wrong",
    (12,),
    "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额 (基本 + 项目 holds), key tasks not "
    "adding to their 金额合计",
)
def sx16() -> Book:
    b, s = book()
    total = mk(wan(420), "B101", "error", row=True, note="380 + 30 = 410, not 420")
    department_head(
        s, year=YEAR, dept="枫渚县市场监督管理局（药品和化妆品监管）",
        budget=[[total, wan(380), wan(30), wan(300), wan(120)]],
        tasks=[("药品抽检", "监督抽检和不合格药品核查处置", wan(50), "问题药品及时处置"),
               ("化妆品检查", "生产经营单位监督检查", wan(40), "督促落实主体责任"),
               ("安全宣传", "药品和化妆品安全科普", wan(25), "提高群众安全意识"),
               ("金额合计", None, mk(wan(120), "B102", "error", alt=("B101",),
                                   note="50 + 40 + 25 = 115, not 120"), None)],
        goal="做好药品和化妆品监督抽检、监督检查和安全宣传，保障辖区群众用药用妆安全。",
    )  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "药品监督抽检批次", "≥270批次"),
        (None, None, "化妆品生产经营单位检查户次", "≥160户次"),
        (None, "质量指标", "不合格药品核查处置率", "=100%"),
        (None, "时效指标", "检验报告出具时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单批次抽检成本", "≤0.18万元/批次"),
        ("效益指标", "社会效益指标", "群众安全用药用妆知识知晓率", "≥80%"),
        (None, "可持续影响指标", "药品和化妆品风险会商机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郁青禾", "0579-85120246")
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "备注")
CODE, NAME = "330521250012", "药品安全科普宣传月活动"


@variant(
    "sx17-publicity-export",
    (4, 9, 7),
    "budget-system export: sheet 部门项目支出预算05-1 with a 合计 line, the indicator table on "
    "sheet 部门项目支出绩效目标05-2 with the header on row 3, codes in the first columns, a note "
    "row inside, the header repeated after a page break, =100% as text, signature lines (correct)",
)
def sx17() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 30, 12, 14, 14, 14))
    unit = "单位名称：雁台市药品安全科普服务中心"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row(unit, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "项目期", "资金总额", "财政拨款", "其他资金")
    s.row(CODE, NAME, "1年", money(42), money(40), money(2))
    s.row("合计", None, None, money(42), money(40), money(2))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 16, 30, 16, 24))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row(unit, None, None, None, None, "金额单位：万元")
    indicators(t, EXPORT_HEAD, [
        (CODE, NAME, "产出指标", "数量指标", "科普宣传月主题活动场次", "≥12场", None),
        (None, None, None, None, "科普宣传海报及折页印发数量", "≥20000份", None),
        (None, None, None, "质量指标", "宣传内容专家审核通过率", "=100%", "未通过审核的不得发布"),
        (None, None, None, "时效指标", "宣传月活动完成时间", f"{YEAR}年9月30日前", None),
        (None, None, None, "成本指标", "单场主题活动成本", "≤2.5万元/场", None),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "注：成本指标按上年宣传月活动实际支出（历史标准）测算。", width=7)
    indicators(t, EXPORT_HEAD, [
        (CODE, NAME, "效益指标", "社会效益指标", "公众安全用药知识知晓率", "≥80%", None),
        (None, None, None, "可持续影响指标", "药品安全科普宣传长效机制", "建立并执行", None),
        (None, None, "满意度指标", "服务对象满意度指标", "活动参与群众满意度", "≥90%", None),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "填表说明：本表由预算管理一体化系统导出，指标值按申报口径填写。", width=7)
    sign(t, "严知微", "0571-86217734", day(YEAR - 1, 12, 16), head="审核人：")
    return b


@variant(
    "sx18-publicity-template-rows",
    (6, 13, 4),
    "project, NAT-2021, header 预期目标 with a 指标解释 column: a name cell holding only a "
    "full-width space, the template tier-2 生态效益指标 left empty, 预算执行率 as a 成本 "
    "indicator, notes under the table",
)
def sx18() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="柘川区医疗器械安全宣传周", dept="柘川区市场监督管理局 412007",
        unit="柘川区医疗器械监管科", attr="一次性项目", money=one_year(20, 18, 2),
        goals=["开展医疗器械安全宣传周活动，普及家用医疗器械选购和使用知识。"],
    )  # fmt: skip
    blank = mk("\u3000", "F110", "error", note="a value with only a full-width space as its name")
    scored = mk("项目预算执行率", "F202", "warning", row=True, note="预算执行率 is scored apart")
    left = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left empty")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标", "指标解释"), [
        ("产出指标", "数量指标", "宣传周主题活动场次", "≥8场", "线上线下主题活动"),
        (None, None, "医疗器械安全知识宣传册发放数量", "≥6000册", None),
        (None, "质量指标", blank, "≥95%", "宣传内容经专家审核通过的比例"),
        (None, "时效指标", "宣传周活动完成时间", f"{YEAR}年7月31日前", None),
        ("成本指标", "经济成本指标", scored, "≥90%", None),
        (None, None, "单场主题活动成本", "≤2万元/场", None),
        ("效益指标", "社会效益指标", "公众医疗器械安全知识知晓率", "≥80%", None),
        (None, left, None, None, None),
        (None, "可持续影响指标", "医疗器械安全宣传志愿者队伍", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "注：指标解释列说明各指标的统计口径。",
          "填表说明：三级指标由项目单位填写，指标值应细化、量化。")  # fmt: skip
    sign(s, "沈暮帆", "0576-81520418")
    return b
