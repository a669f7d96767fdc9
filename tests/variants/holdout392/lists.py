"""Department returns, flat lists and stacked projects wl07–wl12: village yangge and waist-drum
teams under a township station, the county cultural centre and the county bureau."""

from __future__ import annotations

from tests.variants.holdout392.common import (
    IND,
    book,
    department,
    notes,
    one_year,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout392.registry import variant
from tests.variants.kit import Book, mk, pct

STATION = "苇塘县石碾镇综合文化站"


@variant("wl07-village-flat", (3, 1), "department, flat list "
         "(指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percents typed in Excel, weights add to 100 (correct)")  # fmt: skip
def wl07() -> Book:
    b, s = book()
    department(s, STATION, (86, 80, 6, 52, 34),
               "扶持全镇秧歌队、腰鼓队常态化活动，办好“闹元宵”展演。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("村级秧歌队、腰鼓队备案数量", 20, "支", "≥", 26),
        ("镇村文艺骨干培训人次", 15, "人次", "≥", 400),
        ("“闹元宵”秧歌腰鼓展演场次", 15, "场", "≥", 12),
        ("文化站免费开放率", 10, "%", "=", pct(1)),
        ("群众文化活动参与率", 15, "%", "≥", pct(0.65)),
        ("文艺活动安全事故发生率", 10, "%", "≤", pct(0.005, "0.0%")),
        ("群众满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "程晓燕", "0917-5730219")
    return b


@variant("wl08-drum-flat-defects", (3, 11), "department, flat list in another order "
         "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "unit, direction and weight defects")  # fmt: skip
def wl08() -> Book:
    b, s = book()
    department(s, "苇塘县北梁乡综合文化站", (64, 60, 4, 41, 23),
               "组织全乡腰鼓队集中排练和巡演，培训腰鼓骨干，保障排练安全。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("乡镇腰鼓队数量", "≥14支", "正向", "支", 20),
        ("腰鼓队集中排练场次", mk("≥12场", "T112", "error", note="场 against the unit column 人"),
         "正向", "人", 15),
        ("腰鼓骨干培训人次", "≥280人次", "正向", "人次", 15),
        ("演出节目合格率", "≥90%", "正向", "%", 10),
        ("排练场地安全事故发生率", mk("≥1%", "T108", "warning", row=True,
                                 note="反向 in its own column, ≥ in the value"), "反向", "%", 10),
        ("腰鼓演出覆盖行政村比例", "≥85%", "正向", "%", 10),
        ("群众满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+10+15 = 95, not 100")
    sign(s, "任海涛", "0917-5741126")
    return b


@variant("wl09-stacked-two", (2,), "two projects stacked in one sheet (yangge, waist drum), "
         "OLD-NAT, one value column, the same indicator name with different values "
         "(correct)")  # fmt: skip
def wl09() -> Book:
    b, s = book()
    project(s, "2025年乡村秧歌骨干培训项目", one_year(8, 8, 0),
            "培训乡村秧歌骨干150人，每人培训不少于5天。")  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "培训骨干人数", "≥150人"),
        (None, "质量指标", "培训结业率", "≥95%"),
        (None, "成本指标", "人均培训费用", "≤500元/人"),
        ("效益指标", "社会效益指标", "受训骨干回村带队比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训骨干满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(s, "2025年腰鼓非遗传承展演项目", one_year(12, 10, 2),
            "培训腰鼓传承骨干60人，举办腰鼓非遗展演10场。", title="")  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "培训骨干人数", "≥60人"),
        (None, None, "腰鼓非遗展演场次", "≥10场"),
        (None, "时效指标", "展演按计划完成率", "≥95%"),
        (None, "成本指标", "每场展演补助", "≤6000元/场"),
        ("效益指标", "社会效益指标", "观看展演群众人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩素琴", "0917-5521836")
    return b


@variant("wl10-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and one rate is a head count")  # fmt: skip
def wl10() -> Book:
    b, s = book()
    project(s, "2025年秧歌队服装道具补助项目", one_year(9, 7, 2),
            "为30支村级秧歌队补助服装道具，每队不超过3000元。")  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "补助秧歌队数量", "≥30支"),
        (None, "成本指标", "每队服装道具补助", "≤3000元/支"),
        ("效益指标", "社会效益指标", "秧歌队年演出场次", "≥300场"),
        ("满意度指标", "服务对象满意度指标", "秧歌队员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(30), "B101", "error", note="30 ≠ 20 + 8")
    project(s, "2025年腰鼓队伍培训提升项目", one_year(total, 20, 8),
            "集中培训腰鼓队员，提高队伍表演水平。", title="")  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "腰鼓队员培训人次", "≥600人次"),
        (None, "质量指标", "腰鼓队员到课率",
         mk("≥45人", "T105", "error", note="a rate as a count")),
        (None, "成本指标", "人均培训费用", "≤300元/人次"),
        ("效益指标", "社会效益指标", "队伍表演水平提升", "提升"),
        ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯志刚", "0917-5526618")
    return b


@variant("wl11-bureau-money", (12, 4), "department, NAT-2021: budget and key tasks adding up, "
         "a note row inside the table, a footnote explaining the total, signature "
         "(correct)")  # fmt: skip
def wl11() -> Book:
    b, s = book()
    department(s, "苇塘县文化和旅游局", (128.5, 120, 8.5, 76.3, 52.2),
               "扶持村级秧歌队、更新腰鼓器材、办好春节群众文艺展演。", tasks=[
                   ("秧歌队扶持", "扶持20支村级秧歌队", wan(24), "20支队伍常态化活动"),
                   ("腰鼓器材更新", "更新腰鼓240面", wan(15.6), "器材验收合格"),
                   ("春节群众文艺展演", "秧歌腰鼓展演", wan(12.6), "展演18场"),
                   ("金额合计", None, wan(52.2), None),
               ])  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，不含基本支出76.3万元。")
    table(s, IND, [
        ("产出指标", "数量指标", "扶持村级秧歌队数量", "≥20支"),
        (None, None, "更新腰鼓数量", "≥240面"),
        (None, "质量指标", "腰鼓验收合格率", "100%"),
        (None, "时效指标", "春节展演按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "每支秧歌队扶持标准", "≤1.2万元/支"),
    ])  # fmt: skip
    notes(s, "注：以下效益、满意度指标按年度考核。")
    s.table([
        ("效益指标", "社会效益指标", "春节展演场次", "≥18场"),
        (None, None, "群众观演人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "白建民", "0917-5520076")
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
    return b


@variant("wl12-bureau-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计, a satisfaction target above 100 %")  # fmt: skip
def wl12() -> Book:
    b, s = book()
    total = mk(wan(95), "B101", "error", note="基本支出 60 + 项目支出 40 = 100 ≠ 95")
    department(s, "苇塘县文化馆", (total, 88, 7, 60, 40),
               "办好全县秧歌腰鼓大赛，培训文艺骨干，扶持村级文艺队伍。", tasks=[
                   ("秧歌腰鼓大赛", "举办全县秧歌腰鼓大赛", wan(18), "参赛队伍30支"),
                   ("文艺骨干培训", "培训秧歌、腰鼓骨干", wan(12), "培训500人次"),
                   ("村级队伍扶持", "扶持村级文艺队", wan(8), "扶持16支"),
                   ("金额合计", None, mk(wan(40), "B102", "error", note="18 + 12 + 8 = 38"), None),
               ])  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "大赛参赛队伍数量", "≥30支"),
        (None, None, "文艺骨干培训人次", "≥500人次"),
        (None, "时效指标", "大赛按期举办率", "100%"),
        ("成本指标", "经济成本指标", "每支村级文艺队扶持标准", "≤5000元/支"),
        ("效益指标", "社会效益指标", "大赛现场及线上观看人次", "≥50000人次"),
        ("满意度指标", "服务对象满意度指标", "参赛队员满意度",
         mk("≥100%", "T106", "error", note="a satisfaction rate cannot exceed 100 %")),
    ])  # fmt: skip
    sign(s, "牛秀英", "0917-5522293")
    return b
