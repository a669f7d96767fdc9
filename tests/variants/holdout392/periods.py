"""Multi-year, export, artefact and second-sheet returns wl13–wl18: waist-drum heritage and
yangge touring projects with 中期 and 年度 columns, operators in words and PDF artefacts."""

from __future__ import annotations

from tests.variants.holdout392.common import (
    IND,
    WIDTHS,
    book,
    notes,
    one_year,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout392.registry import variant
from tests.variants.kit import Book, mk

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("wl13-drum-multi-year", (8,), "three-year waist-drum heritage project, NAT-2021, "
         "中期 and 年度 columns, annual counts below the period, rates and caps equal "
         "(correct)")  # fmt: skip
def wl13() -> Book:
    b, s = book()
    lines = [
        ("中期资金总额", wan(90), "年度资金总额", wan(32)),
        ("其中：财政拨款", wan(75), "其中：财政拨款", wan(27)),
        ("其他资金", wan(15), "其他资金", wan(5)),
    ]
    project(s, "2025—2027年苇塘腰鼓非遗传承项目", lines, "", years=3, attr="新增项目", goals=(
        "三年内培养腰鼓传承人弟子90人，腰鼓进校园覆盖12所学校，建成传承档案。",
        "2025年培养弟子30人，覆盖4所学校，培训教练员100人次。"))  # fmt: skip
    table(s, PERIOD, [
        ("产出指标", "数量指标", "腰鼓传承人带徒人数", "≥90人", "≥30人"),
        (None, None, "培训腰鼓教练员人次", "≥300人次", "≥100人次"),
        (None, "质量指标", "学员结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度展演按期完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每名学员培训补助标准", "≤800元/人次", "≤800元/人次"),
        ("效益指标", "社会效益指标", "腰鼓进校园覆盖学校数", "≥12所", "≥4所"),
        (None, "可持续影响指标", "传承人档案建档率", "≥95%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "乔建军", "0917-5523107")
    return b


@variant("wl14-yangge-multi-year-copied", (8,), "two-year yangge touring project, OLD-NAT, "
         "中期 and 年度 columns: two cumulative counts copied, "
         "one annual count above the period")  # fmt: skip
def wl14() -> Book:
    b, s = book()
    lines = [
        ("中期资金总额", wan(50), "年度资金总额", wan(26)),
        ("其中：财政拨款", wan(42), "其中：财政拨款", wan(22)),
        ("其他资金", wan(8), "其他资金", wan(4)),
    ]
    project(s, "2025—2026年秧歌剧目创排巡演项目", lines, "", years=2, attr="新增项目", goals=(
        "两年内创排秧歌新剧目4个，巡演60场，培训骨干300人次。",
        "2025年完成2个剧目创排并启动巡演。"))  # fmt: skip
    copied = "a cumulative count copied from the 中期 column"
    table(s, PERIOD, [
        ("产出指标", "数量指标", "新编秧歌剧目数", "≥4个",
         mk("≥4个", "D202", "warning", note=copied)),
        (None, None, "秧歌巡演场次", "≥60场", mk("≥60场", "D202", "warning", note=copied)),
        (None, None, "秧歌骨干培训人次", "≥300人次",
         mk("≥400人次", "D201", "error", note="the year cannot exceed the two-year total")),
        (None, "质量指标", "巡演节目合格率", "≥90%", "≥90%"),
        (None, "成本指标", "每场巡演补助标准", "≤3000元/场", "≤3000元/场"),
        ("效益指标", "社会效益指标", "巡演观众人次", "≥60000人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "武兰芳", "0917-5521840")
    return b


@variant("wl15-drum-export", (7, 4), "budget-system export: head on 部门项目支出预算05-1, "
         "the table on 部门项目支出绩效目标05-2 with codes first, "
         "header on row 3 and repeated (correct)")  # fmt: skip
def wl15() -> Book:
    b, s = book("部门项目支出预算05-1")
    project(s, "2025年乡村腰鼓展演项目", one_year(16, 13, 3),
            "组织乡村腰鼓展演20场，培训腰鼓表演队员240人次。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (20, 22, 14, 16, 28, 10, 10, 10))
    t.title("部门项目支出绩效目标表", 8)
    t.row("单位名称：苇塘县文化馆", None, None, None, "金额单位：万元", merge=[(1, 4)])
    code, name = "512003251000000417", "2025年乡村腰鼓展演项目"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
            "度量单位")  # fmt: skip
    table(t, head, [
        (code, name, "产出指标", "数量指标", "腰鼓表演队员培训人次", "≥", 240, "人次"),
        (code, name, None, None, "乡村腰鼓展演场次", "≥", 20, "场"),
        (code, name, None, "质量指标", "展演节目合格率", "≥", 95, "%"),
        (code, name, None, "时效指标", "展演按期完成率", "≥", 95, "%"),
    ], merged=(3, 4))  # fmt: skip
    t.skip()
    table(t, head, [
        (code, name, "成本指标", "经济成本指标", "每场展演补助标准", "≤", 5000, "元/场"),
        (code, name, "效益指标", "社会效益指标", "观演群众人次", "≥", 25000, "人次"),
        (code, name, None, "可持续影响指标", "腰鼓队伍常态化演出比例", "≥", 80, "%"),
        (code, name, "满意度指标", "服务对象满意度指标", "观演群众满意度", "≥", 90, "%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("wl16-yangge-artefacts", (9,), "project, OLD-NAT, one value column, detail lines below: "
         "a start date as a text serial, an amount split by a space, "
         "an amount pasted twice")  # fmt: skip
def wl16() -> Book:
    b, s = book()
    start = mk("45658", "X104", "warning", note="2025-01-01 as a text serial")
    project(s, "2025年秧歌服装道具及演出补贴项目", one_year(20, 16, 4),
            "购置秧歌服装60套，培训骨干，补贴村级秧歌队演出。", start=start)  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "购置秧歌服装套数", "≥60套"),
        (None, None, "补贴村级秧歌演出场次", "≥120场"),
        (None, "质量指标", "服装验收合格率", "≥95%"),
        (None, "成本指标", "秧歌服装单套采购价", "≤1400元/套"),
        ("效益指标", "社会效益指标", "村级秧歌演出观众人次", "≥24000人次"),
        ("满意度指标", "服务对象满意度指标", "秧歌队员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "金额（万元）", "说明")
    s.row("服装道具购置", mk("8.6 4", "X105", "warning", alt=("X103",),
                         note="8.64 split by a space"), "秧歌服装60套及道具")  # fmt: skip
    s.row("骨干培训", wan(6), "培训秧歌骨干200人次")
    s.row("演出补贴", mk("5.36万5.36万", "X106", "error", alt=("B108",),
                     note="5.36 pasted twice"), "村级演出补贴")  # fmt: skip
    s.row("合计", wan(20))
    b.file_mark("B102", "error", required=False, note="only if the artefacts are misread")
    return b


@variant("wl17-yangge-second-sheet", (7,), "project: head on 基本信息, the table on a second "
         "sheet under a two-row header (绩效指标 / 指标内容, 预期实现值, 计量单位) "
         "(correct)")  # fmt: skip
def wl17() -> Book:
    b, s = book("基本信息", WIDTHS)
    project(s, "2025年秧歌文艺小分队送戏下乡项目", one_year(6, 6, 0),
            "秧歌文艺小分队送戏下乡30场，惠及村民9000人次。")  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 5)
    top = t.row("绩效指标", None, None, "预期实现值", "计量单位", merge=[(1, 3)])
    for c in (4, 5):
        t.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    table(t, ("一级指标", "二级指标", "指标内容"), [
        ("产出指标", "数量指标", "送戏下乡场次", "≥30", "场"),
        (None, "质量指标", "节目审查通过率", "≥95", "%"),
        (None, "时效指标", "送戏下乡按季度完成率", "≥95", "%"),
        (None, "成本指标", "每场送戏补助标准", "≤1500", "元/场"),
        ("效益指标", "社会效益指标", "受益村民人次", "≥9000", "人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90", "%"),
    ])  # fmt: skip
    notes(t, "填表说明：预期实现值填数字，单位见计量单位列。", width=5)
    return b


@variant("wl18-drum-operator-words", (11,), "project, OLD-NAT, 指标性质 as direction and "
         "指标方向 as word operators, bare numbers and a unit column: "
         "two conflicts and an 等于 on 满意度")  # fmt: skip
def wl18() -> Book:
    b, s = book()
    project(s, "2025年腰鼓队进村演出项目", one_year(14, 12, 2),
            "腰鼓队进村演出40场，新购腰鼓服装60套。")  # fmt: skip
    head = (*IND[:3], "指标性质", "指标方向", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "腰鼓表演进村场次", "正向",
         mk("小于等于", "T108", "warning", row=True, note="a 正向 count capped"), 40, "场"),
        (None, None, "新购腰鼓服装套数", "正向", "大于等于", 60, "套"),
        (None, "质量指标", "腰鼓服装验收合格率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "进村演出按计划完成率", "正向", "大于等于", 95, "%"),
        (None, "成本指标", "腰鼓服装单套采购价", "反向",
         mk("大于等于", "T108", "warning", row=True, note="a price floor on a 反向 cost"), 260,
         "元/套"),
        ("效益指标", "社会效益指标", "观演村民人次", "正向", "大于等于", 12000, "人次"),
        ("满意度指标", "服务对象满意度指标", "演出观众满意度", "正向",
         mk("等于", "T107", "warning", row=True, alt=("T108",), note="等于 95 % means ≥"), 95,
         "%"),
    ])  # fmt: skip
    sign(s, "高振华", "0917-5527712")
    return b
