"""Tourist trails: six returns (kge07–kge12)."""

from __future__ import annotations

from tests.variants.holdout853.common import indicators, note, one_year, project, sign, wan
from tests.variants.holdout853.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kge07-trail-build",
    (1, 11),
    "project, OLD-NAT, operator column, unit column, a 下降率 with ≥, a later year the work "
    "prepares for, a goal count with its part in brackets (correct)",
)
def kge07() -> Book:
    b, s = project(
        2026,
        "青杠岭森林康养步道建设项目",
        "雾岭县林业和旅游服务中心",
        one_year(wan(320), wan(300), wan(20)),
        ["新建步道12公里（其中木栈道3公里），设置标识牌80块，为2027年申报省级示范步道积累经验。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "新建步道里程", "≥", 12, "公里"),
            (None, None, "其中：木栈道长度", "≥", 3, "公里"),
            (None, None, "设置标识牌", "≥", 80, "块"),
            (None, "质量指标", "工程验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "完工时间", "≤", day(2026, 10, 31, CN_DATE), None),
            (None, "成本指标", "每公里建设成本", "≤", 25, "万元/公里"),
            ("效益指标", "社会效益指标", "年接待徒步游客", "≥", 3, "万人次"),
            (None, "生态效益指标", "沿线垃圾遗留量下降率", "≥", 20, "%"),
            (None, "可持续影响指标", "步道管护期", "≥", 3, "年"),
            ("满意度指标", "服务对象满意度指标", "徒步游客满意度", "≥", 90, "%"),
        ],
    )
    return b


@variant(
    "kge08-trail-wrong-tier",
    (5,),
    "project, NAT-2021 with abbreviated labels: a count under 质量, a quality rate under 时效, "
    "a satisfaction rate under 社会效益",
)
def kge08() -> Book:
    b, s = project(
        2026,
        "鹿鸣溪游步道修缮项目",
        "鹿鸣乡人民政府",
        one_year(wan(130), wan(120), wan(10)),
        ["修缮游步道8公里，新建观景平台4座，更换标识牌40块。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出", "数量", "修缮游步道里程", "≥8公里"),
            (None, None, "更换标识牌", "≥40块"),
            (None, "质量", mk("新建观景平台数量", "F201", "warning", row=True,
             note="数量指标填在质量下"), "≥4座"),
            (None, "时效", mk("步道修缮验收合格率", "F201", "warning", row=True,
             note="质量指标填在时效下"), "≥95%"),
            (None, None, "修缮完工时间", "2026年9月30日前"),
            ("成本", "经济成本", "每公里修缮成本", "≤15万元/公里"),
            ("效益", "经济效益", "沿线农家乐营业收入增长率", "≥10%"),
            (None, "社会效益", mk("游客满意度", "F201", "warning", row=True,
             note="满意度指标填在社会效益下"), "≥90%"),
            ("满意度", "服务对象满意度", "沿线村民满意度", "≥85%"),
        ],
    )  # fmt: skip
    return b


@variant(
    "kge09-trail-dates-lines",
    (4, 12),
    "project, OLD-NAT, one value column, money detail lines under the table: a deadline in the "
    "next year of a one-year project, a year left in the goal, detail lines not adding up",
)
def kge09() -> Book:
    b, s = project(
        2026,
        "金沙梯田观光步道提升项目",
        "金沙镇人民政府",
        one_year(wan(140), wan(140), wan(0)),
        [mk("提升观光步道6公里，完善护栏和标识系统，确保2024年旅游旺季前全线开放。", "Y103",
            "warning", note="2024年是旧申报表留下的年份，预算年度为2026")],
    )  # fmt: skip
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "提升观光步道里程", "≥6公里"),
            (None, None, "新增安全护栏", "≥1.5公里"),
            (None, "质量指标", "工程验收合格率", "≥98%"),
            (None, "时效指标", "完工时间", mk(day(2027, 6, 30, CN_DATE), "Y102", "error",
             note="一年期项目（2026年），完工日期落在2027年")),
            (None, "成本指标", "每公里提升成本", "≤20万元/公里"),
            ("效益指标", "社会效益指标", "梯田景区年游客量增长率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )  # fmt: skip
    s.skip()
    s.row("资金明细", "步道铺装", wan(90))
    s.row(None, "安全护栏", wan(30))
    s.row(None, "标识系统", wan(15))
    s.row(None, "合计", mk(wan(140), "B102", "error", alt=("B101",),
                            note="90 + 30 + 15 = 135，不是140"))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    sign(s, 2026, "蒋莳", "0739-6330952")
    return b


@variant(
    "kge10-trail-export-second-sheet",
    (7,),
    "project: head on the first sheet, a budget-system export on a second sheet with codes in "
    "the first columns and headers 指标内容 and 预期目标 on the third row (correct)",
)
def kge10() -> Book:
    b, _ = project(
        2026,
        "古驿道徒步线路标识系统项目",
        "雾岭县文化和旅游局",
        one_year(wan(60), wan(60), wan(0)),
        ["沿古驿道设置导览标识120块、安全警示牌40块，编印徒步线路图5000份。"],
        sheet="项目基本信息",
    )
    t = b.sheet("部门项目支出绩效目标05-2", widths=(16, 22, 14, 14, 26, 16))
    t.row("部门项目支出绩效目标表", merge=[(1, 6)])
    t.row("单位：万元")
    code, name = "418026-26-0107", "古驿道徒步线路标识系统项目"
    indicators(
        t,
        ("项目编码", "项目名称", "一级指标", "二级指标", "指标内容", "预期目标"),
        [
            (code, name, "产出指标", "数量指标", "设置导览标识", "≥120块"),
            (code, name, None, None, "设置安全警示牌", "≥40块"),
            (code, name, None, None, "编印徒步线路图", "≥5000份"),
            (code, name, None, "质量指标", "标识安装验收合格率", "≥95%"),
            (code, name, None, "时效指标", "标识安装完成时间", "2026年8月31日前"),
            (code, name, "成本指标", "经济成本指标", "导览标识单价", "≤0.35万元/块"),
            (code, name, "效益指标", "社会效益指标", "徒步游客迷路求助起数", "≤5起"),
            (code, name, "满意度指标", "服务对象满意度指标", "徒步游客满意度", "≥90%"),
        ],
        merged=(3, 4),
    )
    return b


@variant(
    "kge11-trail-duplicates",
    (5,),
    "project, OLD-NAT, one value column: a count repeated with other values under 社会效益, a "
    "near-duplicate count under 数量, a satisfaction rate twice under two tier-2",
)
def kge11() -> Book:
    b, s = project(
        2026,
        "环月亮湖步道标识与巡查项目",
        "月亮湖风景区管理所",
        one_year(wan(40), wan(35), wan(5)),
        ["设置步道标识牌60块，全年巡查步道24次，游客满意度达到90%以上。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "沿线标识牌设置", "≥60块"),
            (None, None, "步道巡查次数", "≥24次"),
            (None, None, "步道日常巡查次数", mk("≥24次", "D103", "warning", row=True,
             alt=("D101",), note="与上一行是同一指标，多一个“日常”")),
            (None, "质量指标", "标识牌安装合格率", "≥95%"),
            (None, "时效指标", "标识牌安装完成时间", "2026年8月31日前"),
            (None, "成本指标", "标识牌单价", "≤0.3万元/块"),
            ("效益指标", "社会效益指标", "步道沿线标识牌设置数量", mk("≥80块", "D102", "error",
             row=True, alt=("D103", "F201"), note="与数量指标的60块是同一指标，数值不同")),
            (None, None, "游客满意率", mk("≥90%", "F201", "warning", row=True, alt=("D103",),
             note="满意度填在社会效益下，且与满意度指标重复")),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )  # fmt: skip
    return b


@variant(
    "kge12-trail-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, a "
    "rate raised in 百分点 (correct)",
)
def kge12() -> Book:
    b, s = project(
        2026,
        "环湖骑行绿道维护项目",
        "月亮湖风景区管理所",
        one_year(wan(75), wan(70), wan(5)),
        ["维护骑行绿道26公里，补种行道树1200株，沿线民宿入住率提高3个百分点。"],
    )
    indicators(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("产出指标", 40, "数量指标", "维护骑行绿道里程", "≥26公里", 15),
            (None, None, None, "补种行道树", "≥1200株", 10),
            (None, None, "质量指标", "补种苗木成活率", "≥90%", 10),
            (None, None, "时效指标", "维护任务完成时间", "2026年11月30日前", 5),
            ("成本指标", 20, "经济成本指标", "每公里年维护成本", "≤2.5万元/公里", 20),
            ("效益指标", 30, "经济效益指标", "沿线民宿入住率提高", "≥3百分点", 15),
            (None, None, "社会效益指标", "绿道骑行安全事故", "0起", 15),
            ("满意度指标", 10, "服务对象满意度指标", "骑行游客满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    note(s, "注：一级指标分值与三级指标分值各自合计100分，不重复相加。")
    return b
