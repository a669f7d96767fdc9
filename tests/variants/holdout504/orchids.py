"""Wild orchids (野生兰) rescued and replanted: stacked projects, flat department lists and tier
labels as offices write them (at07–at12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout504.common import (
    CENTER,
    DEPT,
    RESERVE,
    VAL4,
    YEAR,
    first,
    funds,
    indicators,
    note,
    project,
    sign,
    wan,
)
from tests.variants.holdout504.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("at07-orchid-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same 植株成活率 "
         "with different values in the two projects (correct)")  # fmt: skip
def at07() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="野生兰科植物救护收容项目", dept=DEPT, unit=CENTER,
                 money=funds(48, 45, 3),
                 goals=["救护收容执法罚没及工程占地野生兰3000丛，入圃养护并建档。"])  # fmt: skip
    indicators(s, VAL4, [
        ("产出指标", "数量指标", "救护收容野生兰", "≥3000丛"),
        (None, "质量指标", "植株成活率", "≥85%"),
        (None, "时效指标", "救护植株入圃时限", "≤48小时"),
        (None, "成本指标", "单丛救护成本", "≤120元/丛"),
        ("效益指标", "生态效益指标", "收容兰科植物种类", "≥25种"),
        (None, "社会效益指标", "野生兰保护宣传受众", "≥4000人次"),
        ("满意度指标", "服务对象满意度指标", "移交单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="兰科植物野外回归与生境修复项目", dept=DEPT,
                 unit=RESERVE, money=funds(62, 62, 0),
                 goals=["将扩繁兰科植物5000丛回归原生境，修复林下生境60亩。"])  # fmt: skip
    indicators(s, VAL4, [
        ("产出指标", "数量指标", "野外回归兰科植物", "≥5000丛"),
        (None, None, "修复兰科植物林下生境", "≥60亩"),
        (None, "质量指标", "植株成活率", "≥80%"),
        (None, "时效指标", "回归种植完成时间", "2025年6月30日前"),
        (None, "成本指标", "单丛回归成本", "≤100元/丛"),
        ("效益指标", "生态效益指标", "回归点位兰科植物种类", "≥12种"),
        (None, "可持续影响指标", "回归点位跟踪监测年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃嘉树", "0839-5527122")
    return b


@variant("at08-orchid-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is not "
         "财政拨款 + 其他资金, and its 查处率 is given as a count of cases")  # fmt: skip
def at08() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="兰科植物种质资源保存圃建设项目", dept=DEPT, unit=CENTER,
                 money=funds(75, 70, 5),
                 goals=["建成兰科植物种质资源保存圃15亩，保存本地兰科植物120种。"])  # fmt: skip
    indicators(s, VAL4, [
        ("产出指标", "数量指标", "保存兰科植物种质", "≥120种"),
        (None, None, "保存圃建设面积", "≥15亩"),
        (None, "质量指标", "种质保存成活率", "≥90%"),
        (None, "时效指标", "保存圃建成时间", "2025年10月31日前"),
        (None, "成本指标", "每亩保存圃建设成本", "≤4万元/亩"),
        ("效益指标", "社会效益指标", "合作科研院所", "≥3家"),
        (None, "可持续影响指标", "种质资源数据库年更新", "≥4次"),
        ("满意度指标", "服务对象满意度指标", "合作科研单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(55), "B101", "error", note="财政拨款40 + 其他资金10 = 50，不是55")
    project_head(s, year=YEAR, title="", name="野生兰盗采防控与巡护项目", dept=DEPT,
                 unit=RESERVE, money=[("资金总额", total, "其中：财政拨款", wan(40)),
                                      ("其他资金", wan(10), None, None)],
                 goals=["开展野生兰分布区专项巡护，严防盗采，查处盗采案件。"])  # fmt: skip
    cases = mk("6起", "T105", "error", note="查处率是比率，应为百分比，6起是案件数")
    indicators(s, VAL4, [
        ("产出指标", "数量指标", "开展专项巡护", "≥240次"),
        (None, None, "巡护里程", "≥3600公里"),
        (None, "质量指标", "巡护记录完整率", "≥95%"),
        (None, "时效指标", "盗采线索处置时限", "≤24小时"),
        (None, "成本指标", "每公里巡护成本", "≤100元/公里"),
        ("效益指标", "社会效益指标", "盗采野生兰案件查处率", cases),
        (None, "生态效益指标", "野生兰分布点受损数", "≤2处"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨立秋", "0839-5527650")
    return b


@variant("at09-orchid-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights add to 100, a 下降率 with ≥ and 0起 (correct)")  # fmt: skip
def at09() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept=RESERVE,
                    budget=[(wan(860), wan(820), wan(40), wan(540), wan(320))],
                    goal="救护回归野生兰，迁地保护珙桐和红豆杉，巡护全覆盖，无盗采案件。",
                    tasks=[("野生兰救护回归", "救护收容、扩繁与回归", wan(120), "回归3000丛"),
                           ("珙桐红豆杉迁地保护", "迁地、回植与管护", wan(150), "回植400株"),
                           ("巡护执法", "日常巡护与专项执法", wan(50), "巡护全覆盖"),
                           ("金额合计", None, wan(320), None)])  # fmt: skip
    s.skip()
    note(s, "年度绩效指标", 5)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("野生兰科植物救护数量", 20, "丛", "≥", 3000),
        ("野生兰回归种植面积", 15, "亩", "≥", 40),
        ("兰科植物回归成活率", 15, "%", "≥", pct(0.85)),
        ("盗采野生兰案件发生数", 10, "起", "≤", 0),
        ("保护区巡护覆盖率", 10, "%", "≥", pct(0.95)),
        ("救护植株建档率", 10, "%", "=", pct(1)),
        ("兰花生境破坏面积下降率", 10, "%", "≥", pct(0.1)),
        ("周边社区群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "韦成岳", "0839-5527316")
    return b


@variant("at10-orchid-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a 丛 value over an 亩 unit, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def at10() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept=CENTER,
                    budget=[(wan(430), wan(400), wan(30), wan(310), wan(120))],
                    goal="守护野生兰分布区，救护回归野生兰，降低盗采发生率。",
                    tasks=[("兰花生境巡护", "分布区日常巡护", wan(70), "巡护300次"),
                           ("兰科植物救护回归", "救护、扩繁与回归", wan(50), "回归40亩"),
                           ("金额合计", None, wan(120), None)])  # fmt: skip
    s.skip()
    note(s, "年度绩效指标", 5)
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    unit = mk("≥1500丛", "T112", "error", note="值中的单位“丛”与计量单位列“亩”不一致")
    rate = mk("≥2", "T108", "warning", row=True, note="发生率是反向指标，却写“≥”")
    s.table([
        ("野生兰生境巡护次数", "≥300", "正向", "次", 15),
        ("回归兰科植物面积", unit, "正向", "亩", 15),
        ("救护兰花成活率", "≥85", "正向", "%", 15),
        ("兰花盗采案件发生率", rate, "反向", "%", 10),
        ("巡护记录上传及时率", "≥95", "正向", "%", 10),
        ("单次巡护成本", "≤800", "反向", "元/次", 10),
        ("兰花保护宣传受众", "≥2000", "正向", "人次", 10),
        ("周边社区群众满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计15+15+15+10×5=95，应为100")
    sign(s, "龙秋萍", "0839-5527408")
    return b


@variant("at11-orchid-labels", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）), "
         "abbreviated and *-marked tier-2s, ★ core indicators, score column (correct)")  # fmt: skip
def at11() -> Book:
    b, s = project(
        "野生兰科植物回归样地建设项目",
        funds(45, 40, 5),
        ["建设兰科植物回归样地8处，回归野生兰4000丛，成活率不低于80%。"],
        unit=CENTER,
    )
    indicators(s, (*VAL4, "分值"), [
        ("一、产出指标（40分）", "（一）数量", "★回归野生兰科植物", "≥4000丛", 15),
        (None, None, "建设兰科植物回归样地", "≥8处", 5),
        (None, "（二）质量", "★回归植株成活率", "≥80%", 10),
        (None, "（三）时效", "回归种植完成时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单丛回归种植成本", "≤80元/丛", 10),
        ("三、效益指标（40分）", "*生态效益指标", "回归样地兰科植物种类", "≥15种", 15),
        (None, "*社会效益指标", "兰花保护志愿服务", "≥600人次", 10),
        (None, "可持续影响", "回归样地跟踪监测年限", "≥3年", 15),
        ("四、满意度指标（10分）", "服务对象满意度", "周边社区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "覃嘉树", "0839-5527122")
    return b


@variant("at12-orchid-wrong-parent", (5, 7),
         "project, OLD-NAT, headers 考核指标 / 目标值（年度） / 评价标准, numbered labels: "
         "可持续影响指标 under 产出指标, a completion date given as 100%")  # fmt: skip
def at12() -> Book:
    b, s = project(
        "地生兰组培扩繁与野外回归项目",
        funds(38, 35, 3),
        ["组培扩繁春兰、蕙兰等地生兰2万株，野外回归2500丛。"],
        unit=CENTER,
    )
    parent = mk("5.可持续影响指标", "F105", "error",
                note="可持续影响指标属于效益指标，不在产出指标之下")  # fmt: skip
    date = mk("100%", "T113", "warning", note="完成时间应为日期或期限，不是百分比")
    rule = "完成得满分，未完成按比例扣分"
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("一、产出指标", "1.数量指标", "野外回归地生兰", "≥2500丛", "每少100丛扣1分"),
        (None, None, "组培扩繁地生兰", "≥20000株", rule),
        (None, "2.质量指标", "回归植株成活率", "≥80%", rule),
        (None, "3.时效指标", "回归种植完成时间", date, "逾期一个月扣2分"),
        (None, "4.成本指标", "组培苗单株成本", "≤3元/株", rule),
        (None, parent, "回归样地管护年限", "≥3年", rule),
        ("二、效益指标", "1.生态效益指标", "回归区地生兰恢复点位", "≥6个", rule),
        (None, "2.社会效益指标", "兰花保护科普活动", "≥8场", rule),
        ("三、满意度指标", "1.服务对象满意度指标", "参与村民满意度", "≥90%", rule),
    ])  # fmt: skip
    sign(s, "杨立秋", "0839-5527650")
    return b
