"""Bamboo-rat and porcupine farms leaving the trade (退养转产): fv01–fv06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout636.common import (
    DEPT,
    FOREST,
    HEADER,
    first,
    grid,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout636.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("fv01-rat-exit-percent", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, 万元 in the number format, "
         "a 下降率 with ≥ and a 0起 incident count (correct)")  # fmt: skip
def fv01() -> Book:
    b, s = first()
    project_head(s, year=2026, name="桐坳镇竹鼠养殖退养补助项目", dept=DEPT,
                 unit="桐坳镇人民政府", money=one_year(48, 43, 5),
                 goals=["引导桐坳镇32户竹鼠养殖户有序退养，拆除养殖棚舍4600平方米，"
                        "退养户转产率达到90%以上。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "退养竹鼠养殖户数", "≥", 32, "户"),
        (None, None, "拆除养殖棚舍面积", "≥", 4600, "平方米"),
        (None, "质量指标", "竹鼠存栏下降率", "≥", pct(0.9), "%"),
        (None, None, "补助资金兑付准确率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金兑付时间", "≤", day(2026, 10, 31), None),
        (None, "成本指标", "退养补助标准", "≤", 1.2, "万元/户"),
        (None, None, "棚舍拆除补助标准", "≤", 20, "元/平方米"),
        ("效益指标", "经济效益指标", "转产户户均年增收", "≥", 0.8, "万元"),
        (None, "社会效益指标", "违规复养事件", "≤", 0, "起"),
        (None, "生态效益指标", "养殖废弃物清运率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "退养户转产率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "韦定邦", "覃秀琳", "0778-6213457", day(2025, 11, 14))
    return b


@variant("fv02-porcupine-goal-count", (5, 12),
         "project, NAT-2021, numbered labels with points, headers 考核指标 and 目标值（年度）: "
         "count against the goal, last year's deadline, cost × count over the money")  # fmt: skip
def fv02() -> Book:
    b, s = first()
    project_head(s, year=2026, name="茅垭乡豪猪养殖退养补偿项目", dept=FOREST,
                 unit="茅垭乡人民政府", money=one_year(40, 36, 4),
                 goals=["完成茅垭乡12家豪猪养殖场退养补偿，处置存栏豪猪不少于860头，"
                        "2026年11月底前补偿资金全部兑付到户。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("一、产出指标（50分）", "（一）数量指标", "退养豪猪养殖场数量",
         mk("≥15家", "D104", "warning", row=True, note="年度目标写退养12家")),
        (None, None, "存栏豪猪处置数量", "≥860头"),
        (None, "（二）质量指标", "存栏豪猪无害化处置合格率", "=100%"),
        (None, "（三）时效指标", "补偿资金兑付完成时间",
         mk("2025年11月30日前", "Y102", "error", alt=("Y103", "D104"),
            note="2026年度项目的期限写成上年，年度目标写2026年11月底前")),
        ("二、成本指标（20分）", "（一）经济成本指标", "退养补偿标准",
         mk("≤3万元/家", "B107", "warning", note="3万元 × 15家 = 45万元，超过年度资金40万元")),
        ("三、效益指标（20分）", "（一）社会效益指标", "退养场户转产就业人数", "≥24人"),
        (None, "（二）生态效益指标", "养殖场周边水体污染投诉", "≤0起"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "退养场户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fv03-rat-two-year", (8,),
         "two-year project, NAT-2021, two-row header with 中期 and 年度 value columns, the year's "
         "counts below the period's, a goal count with its part in brackets (correct)")  # fmt: skip
def fv03() -> Book:
    b, s = first()
    project_head(s, year=2026, years=2, name="桐坳镇竹鼠养殖退养转产扶持项目", dept=DEPT,
                 unit="桐坳镇人民政府", money=multi_year((150, 135, 15), (80, 72, 8)),
                 goals=["两年内引导全镇86户竹鼠养殖户退养，退养户全部转产洋姜、油茶等种植，"
                        "建成转产示范点3个。",
                        "2026年完成50户退养（其中沙棘坪村整村退养18户），建成转产示范点1个，"
                        "为2027年全面退养积累经验。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2026—2027年）", "年度（2026年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "退养竹鼠养殖户数", "≥86户", "≥50户"),
        (None, None, "转产示范点建设数量", "≥3个", "≥1个"),
        (None, "质量指标", "退养棚舍拆除验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "退养任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "户均退养补助", "≤1.5万元/户", "≤1.5万元/户"),
        ("效益指标", "经济效益指标", "转产户户均增收", "≥0.6万元", "≥0.5万元"),
        (None, "可持续影响指标", "退养后复养户数", "≤0户",
         ok("≤0户", note="零复养目标两栏相同，不是照抄累计数")),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("fv04-porcupine-two-year-copied", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: an old period in the 中期目标, a "
         "year's count above the period's, a cumulative area copied")  # fmt: skip
def fv04() -> Book:
    b, s = first()
    project_head(s, year=2026, years=2, name="茅垭乡豪猪退养转产洋姜种植项目", dept=DEPT,
                 unit="茅垭乡农业综合服务中心", money=multi_year((120, 100, 20), (70, 60, 10)),
                 goals=[mk("2024年至2025年，完成20家豪猪养殖场退养，转产种植洋姜600亩。",
                           "Y103", "warning", alt=("Y101",),
                           note="项目期2026—2027年，中期目标沿用上一期的年份"),
                        "2026年完成12家养殖场退养，转产种植洋姜350亩。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "退养豪猪养殖场数", "≥20家",
         mk("≥24家", "D201", "error", note="年度24家多于中期20家，年度目标写12家")),
        (None, None, "转产洋姜种植面积", "≥600亩",
         mk("≥600亩", "D202", "warning", note="累计面积照抄中期，年度目标写350亩")),
        (None, "质量指标", "洋姜种苗成活率", "≥90%", "≥90%"),
        (None, "时效指标", "退养任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "豪猪退养补偿标准", "≤1.5万元/家", "≤1.5万元/家"),
        (None, None, "洋姜种植补助标准", "≤500元/亩", "≤500元/亩"),
        ("效益指标", "经济效益指标", "转产户户均增收", "≥0.5万元", "≥0.4万元"),
        ("满意度指标", "服务对象满意度指标", "转产户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fv05-exit-stacked", (2, 12),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values in each project (correct)")  # fmt: skip
def fv05() -> Book:
    b, s = first()
    project_head(s, year=2026, name="椿溪镇竹鼠养殖退养补助项目", dept=DEPT,
                 unit="椿溪镇人民政府", money=one_year(30, 27, 3),
                 goals=["完成椿溪镇20户竹鼠养殖户退养补助，拆除棚舍2400平方米。"])  # fmt: skip
    grid(s, HEADER, [
        ("产出指标", "数量指标", "退养竹鼠养殖户数", "≥20户"),
        (None, None, "拆除养殖棚舍面积", "≥2400平方米"),
        (None, "时效指标", "补助资金兑付时间", "2026年9月30日前"),
        (None, "成本指标", "退养补助标准", "≤1.2万元/户"),
        ("效益指标", "社会效益指标", "违规复养事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, title="", name="椿溪镇退养户洋姜种植技术培训项目", dept=DEPT,
                 unit="椿溪镇农业技术推广站", money=one_year(12, 12, 0),
                 goals=["面向退养户开展洋姜种植技术培训10场、300人次。"])  # fmt: skip
    grid(s, HEADER, [
        ("产出指标", "数量指标", "技术培训场次", "≥10场"),
        (None, None, "技术培训人次", "≥300人次"),
        (None, "质量指标", "学员考核合格率", pct(0.9)),
        (None, "成本指标", "人均培训成本", "≤350元/人次"),
        ("效益指标", "经济效益指标", "参训户洋姜亩产", "≥2吨"),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：两个项目分别申报、分别考核。")
    return b


@variant("fv06-stacked-training-wrong", (2, 12),
         "two one-year projects stacked, OLD-NAT, one value column: the second project's total, "
         "a count against its goal, a near-duplicate rate")  # fmt: skip
def fv06() -> Book:
    b, s = first()
    project_head(s, year=2026, name="石椁乡豪猪养殖退养补偿项目", dept=FOREST,
                 unit="石椁乡人民政府", money=one_year(25, 22, 3),
                 goals=["完成石椁乡8家豪猪养殖场退养补偿。"])  # fmt: skip
    grid(s, HEADER, [
        ("产出指标", "数量指标", "退养豪猪养殖场数量", "≥8家"),
        (None, "成本指标", "退养补偿标准", "≤3万元/家"),
        ("效益指标", "社会效益指标", "退养场户转产率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "退养场户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(18), "B101", "error", note="财政拨款15 + 其他资金2 = 17")
    project_head(s, year=2026, title="", name="石椁乡转产洋姜种植技术服务项目", dept=DEPT,
                 unit="石椁乡农业综合服务中心", money=one_year(total, 15, 2),
                 goals=["组织转产户开展洋姜种植技术培训12场、240人次。"])  # fmt: skip
    grid(s, HEADER, [
        ("产出指标", "数量指标", "技术培训场次", "≥12场"),
        (None, None, "技术培训人次",
         mk("≥200人次", "D104", "warning", row=True, note="年度目标写240人次")),
        (None, "质量指标", "技术培训考核合格率", "≥90%"),
        (None, None, mk("培训考核合格率", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行同一指标，少两个字"), "≥90%"),
        (None, "成本指标", "培训补助标准", "≤500元/人次"),
        ("效益指标", "经济效益指标", "参训户洋姜亩产", "≥2吨"),
        ("满意度指标", "服务对象满意度指标", "参训户满意度", "≥90%"),
    ])  # fmt: skip
    return b
