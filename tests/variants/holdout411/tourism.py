"""Winter tourism returns: stacked projects, flat lists, notes and artefacts (xe07–xe12)."""

from __future__ import annotations

from tests.variants.holdout411.common import (
    TIERS,
    YEAR,
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout411.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

CENTRE = "霜岭市冰雪旅游发展中心"


def _resort(s: Sheet, satisfaction: str) -> None:
    """The first stacked project: public services at the ski resorts."""
    goal = "补助3家滑雪场建设游客服务驿站12处，提升雪季公共服务水平。"
    project(s, "滑雪场公共服务设施补助", CENTRE, one_year(350, 300, 50), [goal],
            title=f"{YEAR}年度项目支出绩效目标申报表（冰雪旅游类）")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "游客服务驿站", "≥12处"),
        (None, "质量指标", "驿站验收合格率", "≥95%"),
        (None, "时效指标", "雪季前投入使用率", "=100%"),
        (None, "成本指标", "单处驿站补助标准", "≤25万元/处"),
        ("效益指标", "社会效益指标", "驿站服务游客", "≥80万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", satisfaction),
    ])  # fmt: skip


@variant("xe07-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def xe07() -> Book:
    b, s = book()
    _resort(s, "≥90%")
    s.skip()
    goal = "在6个客源城市开展冰雪旅游推介，制作宣传短视频10部。"
    project(s, "冬季冰雪旅游宣传推广", CENTRE, one_year(180, 180, 0), [goal], title="")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "客源城市推介会", "≥6场"),
        (None, None, "宣传短视频", "≥10部"),
        (None, "质量指标", "宣传内容审核通过率", "=100%"),
        (None, "时效指标", "推介活动按计划完成率", "≥95%"),
        (None, "成本指标", "单场推介会费用", "≤18万元/场"),
        ("效益指标", "经济效益指标", "客源城市来霜游客增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "桑维安", "0471-6280314")
    return b


@variant("xe08-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not the "
         "sum of its sources, and one completion rate is given as a count")  # fmt: skip
def xe08() -> Book:
    b, s = book()
    _resort(s, "≥90%")
    s.skip()
    goal = "建设冰雪旅游智慧导览平台，上线导览点位200个。"
    total = mk(money(260, WAN), "B101", "error", note="200 + 40 = 240, not 260")
    project(s, "冰雪旅游智慧导览平台", CENTRE, one_year(total, 200, 40), [goal], title="")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "导览点位", "≥200个"),
        (None, "质量指标", "导览内容上线完成率",
         mk("8项", "T105", "error", note="a completion rate given as a count")),
        (None, "时效指标", "平台上线时间", "11月30日前"),
        (None, "成本指标", "单个点位建设成本", "≤0.8万元/个"),
        ("效益指标", "社会效益指标", "平台访问量", "≥100万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "桑维安", "0471-6280314")
    return b


BUDGET = [(money(1250, WAN), money(1100, WAN), money(150, WAN), money(430, WAN),
           money(820, WAN))]  # fmt: skip
TASKS = [
    ("冰雪旅游线路推广", "推出冬季精品线路并在客源地推介", money(320, WAN), "推出线路12条"),
    ("滑雪公共服务站运营", "运营雪道沿线公共服务站", money(280, WAN), "运行100天以上"),
    ("冰雪节游客服务保障", "游客咨询、投诉受理和应急救助", money(220, WAN), "投诉及时处理"),
    ("金额合计", None, money(820, WAN), None),
]
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("xe09-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 0起 accident count, weights adding to 100 (correct)")  # fmt: skip
def xe09() -> Book:
    b, s = book("部门整体")
    goal = "全年接待冬季游客450万人次以上，推出冰雪旅游精品线路12条，游客满意度保持在90%以上。"
    department(s, CENTRE, BUDGET, goal, TASKS)
    s.row("年度绩效指标", merge=[(1, 6)])
    s.table([FLAT,
             ("冬季游客接待量", 20, "万人次", "≥", 450),
             ("冰雪旅游精品线路", 15, "条", "≥", 12),
             ("滑雪公共服务站运行天数", 15, "天", "≥", 100),
             ("游客投诉处理及时率", 15, "%", "≥", pct(0.98)),
             ("旅游安全责任事故", 10, "起", "=", 0),
             ("游客投诉率", 10, "%", "≤", pct(0.005, "0.0%")),
             ("游客满意度", 15, "%", "≥", pct(0.9))])  # fmt: skip
    sign(s, "屈明哲", "0471-6280327")
    return b


@variant("xe10-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def xe10() -> Book:
    b, s = book("部门整体")
    goal = "办好冰雪旅游季，冬季游客接待量达到300万人次，雪场安全事故发生率控制在0.1%以内。"
    budget = [(money(900, WAN), money(800, WAN), money(100, WAN), money(350, WAN),
               money(550, WAN))]  # fmt: skip
    tasks = [("雪场安全监管", "雪道巡查与救援演练", money(300, WAN), "巡查全覆盖"),
             ("冰雪旅游宣传", "新媒体宣传和客源地推介", money(250, WAN), "宣传覆盖全国"),
             ("金额合计", None, money(550, WAN), None)]  # fmt: skip
    department(s, "霜岭市冰湾区冰雪旅游服务中心", budget, goal, tasks)
    s.row("年度绩效指标", merge=[(1, 6)])
    s.table([("指标名称", "指标值", "指标性质", "计量单位", "权重"),
             ("冬季游客接待量", "≥300万人次", "正向", "万人次", 25),
             ("新媒体宣传覆盖人次",
              mk("≥120万元", "T112", "error", note="value in 万元, unit column 万人次"),
              "正向", "万人次", 20),
             ("雪道安全巡查", "≥120次", "正向", "次", 15),
             ("雪场安全事故发生率",
              mk("≥0.1%", "T108", "warning", row=True, note="反向 rate with ≥"),
              "反向", "%", 15),
             ("游客满意度", "≥90%", "正向", "%", 20)])  # fmt: skip
    b.file_mark("W101", "error", note="weights 25 + 20 + 15 + 15 + 20 = 95, not 100")
    sign(s, "阮向东", "0471-6280339")
    return b


@variant("xe11-footnotes", (4,),
         "project, OLD-NAT, one value column: a 注 row inside the table, a footnote explaining "
         "the total, 填表说明, signature and date lines (correct)")  # fmt: skip
def xe11() -> Book:
    b, s = book()
    goal = "运营冰雪小镇游客服务中心，全年提供咨询服务20万人次，投诉处理及时率达到98%。"
    project(s, "冰雪小镇游客服务中心运营", "霜岭市雾凇湾冰雪小镇管委会",
            one_year(300, 260, 40), [goal])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "游客咨询服务", "≥20万人次"),
        (None, "质量指标", "投诉处理及时率", "≥98%"),
        (None, "时效指标", "雪季每日开放时长", "≥12小时"),
        (None, "成本指标", "中心年度运营费用", "≤300万元"),
        ("注：以下效益指标按雪季（当年1月至3月、11月至12月）统计。", "", None, None),
        ("效益指标", "社会效益指标", "游客求助响应时间", "≤15分钟"),
        (None, "可持续影响指标", "志愿服务队伍", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r - 3, end_column=4)
    notes(s, "注：资金总额300万元含门票分成安排的其他资金40万元。",
          "填表说明：1.指标值应量化；2.一级、二级指标按省定模板填写，不得增删。")  # fmt: skip
    sign(s, "芦晓雯", "0471-6280342")
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
    return b


@variant("xe12-notes-defect", (4, 9),
         "project, OLD-NAT, operator and unit columns, a 说明 row, the end date stored as a date "
         "serial in a text cell, one completion rate given as a count")  # fmt: skip
def xe12() -> Book:
    b, s = book()
    goal = "开发冬季冰雪旅游线路产品8条，带动沿线接待游客30万人次。"
    end = mk("46022", "X104", "warning", note="2025-12-31 as a serial stored as text")
    project(s, "冬季冰雪旅游线路产品开发", CENTRE, one_year(160, 160, 0), [goal],
            start=day(YEAR, 3, 1), end=end)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "冰雪旅游线路产品", "≥", 8, "条"),
        (None, "质量指标", "线路产品上线完成率", "≥",
         mk(8, "T105", "error", row=True, note="a completion rate given as 8 条"), "条"),
        (None, "时效指标", "线路发布及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单条线路开发费用", "≤", 15, "万元/条"),
        ("说明：线路产品指经文旅部门审定并在官方平台发布的线路。", "", None, None, None, None),
        ("效益指标", "社会效益指标", "沿线接待游客", "≥", 30, "万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r - 2, end_column=6)
    sign(s, "屈明哲", "0471-6280327")
    return b
