"""Pick-your-own season in the 杨梅 and 枇杷 orchards: stacked projects, flat lists, several years,
notes under the table and a table on a second sheet."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout685.common import (
    AGRI,
    FRUIT,
    OLD_HEAD,
    OP_HEAD,
    PERIOD_HEAD,
    book,
    funds,
    indicators,
    notes,
    period_funds,
    sign,
    wan,
)
from tests.variants.holdout685.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct


def _season(s: Sheet, fruit: str, month: int, visitors: str, sat: str) -> None:
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", f"{fruit}采摘季接待游客", visitors),
        (None, "质量指标", "采摘园食品安全抽检合格率", "100%"),
        (None, "时效指标", "采摘园开园时间", f"2025年{month}月1日前"),
        (None, "成本指标", "游客服务点运行标准", "≤0.5万元/个·季"),
        ("效益指标", "经济效益指标", "果农采摘季户均增收", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", sat),
    ], label=None)  # fmt: skip


@variant("hs07-stacked-seasons", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in each project (correct)")  # fmt: skip
def hs07() -> Book:
    b, s = book("采摘季项目")
    project_head(
        s,
        year=2025,
        name="枇杷采摘季服务保障项目",
        dept=AGRI,
        unit=FRUIT,
        money=funds(wan(12), wan(10), wan(2)),
        goals=["枇杷采摘季设游客服务点8个，接待自采游客1.5万人次。"],
    )
    _season(s, "枇杷", 5, "≥1.5万人次", "≥90%")
    s.skip()
    project_head(
        s,
        year=2025,
        name="杨梅采摘季服务保障项目",
        dept=AGRI,
        unit=FRUIT,
        title="",
        money=funds(wan(20), wan(16), wan(4)),
        goals=["杨梅采摘季设游客服务点12个，接待自采游客3万人次。"],
    )
    _season(s, "杨梅", 6, "≥3万人次", "≥92%")
    s.skip()
    project_head(
        s,
        year=2025,
        name="采摘园避雨棚安全巡查项目",
        dept=AGRI,
        unit=FRUIT,
        title="",
        money=funds(wan(6), wan(6), wan(0)),
        goals=["采摘季对开放采摘园的避雨棚逐棚巡查，消除倒塌隐患。"],
    )
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "巡查避雨棚面积", "≥260亩"),
        (None, "质量指标", "隐患整改率", "100%"),
        (None, "时效指标", "隐患整改时限", "≤3个工作日"),
        (None, "成本指标", "巡查成本", "≤230元/亩"),
        ("效益指标", "社会效益指标", "避雨棚倒塌事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥88%"),
    ], label=None)  # fmt: skip
    return b


@variant("hs08-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not add "
         "up and its goal gives another count of events than its indicator")  # fmt: skip
def hs08() -> Book:
    b, s = book("采摘季项目")
    project_head(
        s,
        year=2025,
        name="杨梅采摘节活动项目",
        dept=AGRI,
        unit=FRUIT,
        money=funds(wan(25), wan(20), wan(5)),
        goals=["举办杨梅采摘节主会场活动1场、分会场活动3场，接待游客2万人次。"],
    )
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "采摘节活动场次", "≥4场"),
        (None, "质量指标", "活动安全保障到位率", "100%"),
        (None, "时效指标", "采摘节举办时间", "2025年6月30日前"),
        (None, "成本指标", "单场活动成本", "≤6万元/场"),
        ("效益指标", "社会效益指标", "采摘节接待游客", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], label=None)  # fmt: skip
    s.skip()
    total = mk(wan(18), "B101", "error", note="12 + 4 = 16 ≠ 18")
    project_head(
        s,
        year=2025,
        name="枇杷采摘季推介活动项目",
        dept=AGRI,
        unit=FRUIT,
        title="",
        money=funds(total, wan(12), wan(4)),
        goals=["在枇杷主产村举办采摘季推介活动4场，开展线上直播推介。"],
    )
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "采摘季推介活动场次",
         mk("≥6场", "D104", "warning", row=True, note="年度目标写推介活动4场，指标6场")),
        (None, None, "线上直播推介", "≥10场"),
        (None, "质量指标", "推介活动安全保障到位率", "100%"),
        (None, "时效指标", "推介活动完成时间", "2025年5月31日前"),
        (None, "成本指标", "单场推介活动成本", "≤1.5万元/场"),
        ("效益指标", "经济效益指标", "枇杷鲜果线上销售额", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "参与果农满意度", "≥90%"),
    ], label=None)  # fmt: skip
    return b


@variant("hs09-flat-service", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), a typed percent, an incident count of 0, a 下降率 with ≥, weights add "
         "to 100 (correct)")  # fmt: skip
def hs09() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="南箬县乡村旅游服务中心",
        budget=[(wan(230), wan(210), wan(20), wan(150), wan(80))],
        goal="保障杨梅、枇杷采摘季游客服务，全年采摘园无安全事故。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("采摘季游客服务点", 15, "个", "≥", 20),
        ("采摘季接待游客", 15, "万人次", "≥", 4.5),
        ("游客投诉办结率", 15, "%", "=", 100),
        ("采摘游客安全事故", 15, "起", "=", 0),
        ("鲜果运输损耗下降率", 10, "%", "≥", 10),
        ("游客服务点运行成本", 10, "万元/个", "≤", 4),
        ("采摘游客满意度", 20, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("hs10-loquat-years-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied to the "
         "year, a year from last season in the 年度目标")  # fmt: skip
def hs10() -> Book:
    b, s = book()
    goal = mk("2024年建成枇杷自采园80亩，新修采摘步道2公里。", "Y103", "warning", alt=("Y101",),
              note="三年期项目2025—2027年，年度目标仍写上一年的2024年")  # fmt: skip
    project_head(
        s,
        year=2025,
        years=3,
        name="白鹭湾枇杷自采园建设项目",
        dept=AGRI,
        unit="白鹭湾村股份经济合作社",
        attr="新增项目",
        money=period_funds(wan(300), wan(100), wan(90), wan(10)),
        goals=["2025—2027年建成枇杷自采园240亩，新修采摘步道6公里。", goal],
    )
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "枇杷自采园建设面积", "≥240亩",
         mk("≥240亩", "D202", "warning", note="年度照抄三年累计面积")),
        (None, None, "新修采摘步道", "≥6公里",
         mk("≥6公里", "D202", "warning", note="年度照抄三年累计长度")),
        (None, "质量指标", "步道工程验收合格率", "100%", "100%"),
        (None, "时效指标", "当年建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "自采园建设标准", "≤1万元/亩",
         ok("≤1万元/亩", note="照抄的240亩 × 1万元超过年度资金，是上面 D202 的后果")),
        ("效益指标", "经济效益指标", "自采园亩均收入", "≥6000元", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "自采游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hs11-notes-page-break",
    (4,),
    "project, OLD-NAT, operator and unit columns: a 注 row inside the table, the header "
    "repeated after a page break, a footnote explaining a total, signature and date (correct)",
)
def hs11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="杨梅采摘园避雨棚提升项目",
        dept=AGRI,
        unit=FRUIT,
        money=funds(wan(54), wan(50), wan(4)),
        goals=["提升开放采摘园避雨棚60亩，雨天照常接待自采游客。"],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新建采摘园避雨棚", "≥", 40, "亩"),
        (None, None, "加固采摘园避雨棚", "≥", 20, "亩"),
        (None, "质量指标", "棚架验收合格率", "=", "100%", "%"),
    ])  # fmt: skip
    s.row("注：以上数量指标合计60亩，与年度绩效目标一致。", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table([
        ("产出指标", "时效指标", "避雨棚完工时间", "≤", "2025年5月15日", None),
        (None, "成本指标", "新建避雨棚建设标准", "≤", 1.1, "万元/亩"),
        (None, None, "加固避雨棚补助标准", "≤", 0.4, "万元/亩"),
        ("效益指标", "社会效益指标", "雨天开放采摘天数", "≥", 10, "天"),
        ("满意度指标", "服务对象满意度指标", "采摘游客满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "说明：1.项目资金54万元含新建44万元、加固8万元、设计监理2万元。",
        "填表说明：指标性质填写≥、≤或=，指标值填写数字。",
    )
    sign(s, 2025, "郑晚樵", "0576-8830 2716", month=10, dday=29)
    return b


@variant("hs12-second-sheet-wrong", (7, 12),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值: a "
         "satisfaction rate under 社会效益, a daily rate × days above the money")  # fmt: skip
def hs12() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=2025,
        name="杨梅采摘季游客接驳项目",
        dept=AGRI,
        unit="南箬县乡村旅游服务中心",
        money=funds(wan(36), wan(30), wan(6)),
        goals=["采摘季开通景区至采摘园接驳专线，运行90天。"],
    )
    t = b.sheet("绩效指标", (14, 18, 28, 16))
    t.title("杨梅采摘季游客接驳项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "接驳专线运行天数", "≥90天"),
        (None, None, "接驳车辆", "≥6辆"),
        (None, "质量指标", "接驳车辆安全检验合格率", "100%"),
        (None, "时效指标", "接驳专线开通时间", "2025年6月5日前"),
        (None, "成本指标", "接驳车辆租赁标准",
         mk("≤0.45万元/天", "B107", "warning", row=True,
            note="0.45万元/天 × 90天 = 40.5万元，超过项目资金36万元")),
        ("效益指标", "社会效益指标", "采摘季接驳游客", "≥4万人次"),
        (None, None, mk("接驳游客满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益指标下"), "≥90%"),
    ], label=None)  # fmt: skip
    return b
