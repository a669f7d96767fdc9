"""Ancient building repairs of 栖梧县: kfj01–kfj06."""

from __future__ import annotations

from tests.variants.holdout832.common import grid, notes, project, sign, start, wan
from tests.variants.holdout832.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kfj01-temple-repair", (1, 5), "project, NAT-2021, numbered tier labels with points, "
         "typed percent cells, a goal count with its parts in brackets (correct)")  # fmt: skip
def temple_repair() -> Book:
    b, s = start()
    project(s, name="栖梧县云岫寺大殿及配殿修缮工程", unit="栖梧县文物保护中心",
            year_money=(280, 250, 30), goals=["完成云岫寺古建筑3座（大殿1座、配殿2座）本体修缮，"
            "修缮面积约600平方米，11月底前通过竣工验收。"])  # fmt: skip
    grid(s, HEAD, [
        ("一、产出指标（50分）", "（一）数量指标", "修缮古建筑数量", "≥3座"),
        (None, None, "本体修缮面积", "≥600平方米"),
        (None, "（二）质量指标", "修缮工程验收合格率", pct(1)),
        (None, None, "传统材料、传统工艺使用比例", pct(0.9)),
        (None, "（三）时效指标", "竣工验收完成时间", "2025年11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "单位面积修缮成本", "≤0.45万元/平方米"),
        ("三、效益指标（20分）", "（一）社会效益指标", "修缮后年对外开放天数", "≥300天"),
        (None, "（二）可持续影响指标", "古建筑结构险情排除情况", "有效"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "香客及周边群众满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：修缮面积含大殿420平方米、配殿180平方米；百分比为实际值。")
    sign(s, "韦绍棠", "0771-6243815", (2024, 10, 18))
    return b


@variant(
    "kfj02-bridge-count",
    (12,),
    "project, OLD-NAT, one value column: the goal's bridge count "
    "against the indicator, unit cost × count over the money, parts not adding up",
)
def bridge_count() -> Book:
    b, s = start()
    total = mk(wan(240), "B101", "error", row=True, note="200 + 30 = 230, not 240")
    project(s, name="栖梧县清漪河古石桥群抢救性修缮", unit="栖梧县文物保护中心",
            year_money=(total, 200, 30), goals=["对清漪河沿线明清古石桥4座实施抢救性修缮，"
            "年内全部完工并通过验收。"])  # fmt: skip
    grid(s, HEAD, [
        ("产出指标", "数量指标", mk("修缮古石桥数量", "D104", "warning", row=True,
                                   note="the goal repairs 4 bridges, the indicator 3"), "≥3座"),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "修缮完工时间", "2025年11月30日前"),
        (None, "成本指标", "单座古桥修缮成本",
         mk("≤85万元/座", "B107", "warning", row=True, note="85 × 3 = 255 (× 4 = 340) > 240")),
        ("效益指标", "社会效益指标", "恢复古桥通行条件", "≥3座"),
        (None, "可持续影响指标", "古桥保护管理制度建立", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿河村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙春晖", "0771-6243902", (2024, 10, 25))
    return b


@variant("kfj03-ancestral-hall", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: goal "
         "text copied, a yearly count above the period's, a deadline after the period")  # fmt: skip
def ancestral_hall() -> Book:
    b, s = start()
    goal = ("两年内完成陶氏宗祠门厅、正厅、后寝等6座单体建筑修缮，修缮面积1800平方米，"
            "2026年10月底前竣工验收。")  # fmt: skip
    project(
        s,
        name="栖梧县陶氏宗祠修缮保护工程",
        unit="栖梧县文物保护中心",
        years=2,
        year_money=(320, 290, 30),
        period_money=(600, 540, 60),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copies the 中期目标")],
    )
    grid(s, HEAD2, [
        ("产出指标", "数量指标", "修缮单体建筑数量", "≥6座",
         mk("≥8座", "D201", "error", note="8 buildings in 2025 of 6 in the period")),
        (None, None, "修缮面积", "≥1800平方米", "≥1000平方米"),
        (None, "质量指标", "修缮工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "修缮工程竣工时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103", "D104"),
            note="the period ends in 2026 and the goal says 2026年10月底"), "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单位面积修缮成本", "≤0.3万元/平方米", "≤0.3万元/平方米"),
        ("效益指标", "社会效益指标", "宗祠开放接待人次", "≥20000人次", "≥8000人次"),
        (None, "可持续影响指标", "修缮工程档案建档率", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "族人及周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陶景和", "0771-6245117", (2024, 11, 2))
    return b


@variant("kfj04-stacked-repairs", (2, 4), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, a note row between, the same indicator with other values (correct)")  # fmt: skip
def stacked_repairs() -> Book:
    b, s = start()
    project(s, name="栖梧县石门古戏台修缮", unit="栖梧县石门镇人民政府", year_money=(95, 80, 15),
            goals=["完成石门古戏台1座修缮，修缮面积260平方米，恢复演出功能。"])  # fmt: skip
    grid(s, HEAD, [
        ("产出指标", "数量指标", "修缮古戏台数量", "≥1座"),
        (None, None, "修缮面积", "≥260平方米"),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "修缮完工时间", "2025年10月31日前"),
        (None, "成本指标", "单位面积修缮成本", "≤0.35万元/平方米"),
        ("效益指标", "社会效益指标", "古戏台年演出场次", "≥24场"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：以上为项目一，金额单位万元；项目二见下表。")
    s.skip()
    project(s, name="栖梧县望川塔安防及防雷设施改造", unit="栖梧县文物保护中心",
            year_money=(60, 60, 0), title="2025年度项目支出绩效目标申报表（项目二）",
            goals=["完成望川塔安防监控40个点位及防雷设施改造，为2027年申报省级文物保护单位"
                   "积累基础资料。"])  # fmt: skip
    grid(s, HEAD, [
        ("产出指标", "数量指标", "安防监控点位", "≥40个"),
        (None, "质量指标", "设备安装验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "2025年9月30日前"),
        (None, "成本指标", "单点位安防设备购置成本", "≤0.8万元/个"),
        ("效益指标", "社会效益指标", "望川塔年开放接待人次", "≥30000人次"),
        (None, "可持续影响指标", "文物安全事故发生次数", "0次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "单位（盖章）：栖梧县文化广电和旅游局")
    sign(s, "覃宇澄", "0771-6243370", (2024, 10, 30))
    return b


EXPORT = (
    "项目代码",
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
)


@variant(
    "kfj05-export-wrong-tier",
    (7, 4),
    "budget-system export, sheets 05-1 and 05-2, codes in "
    "the first columns, header on the third row: a quality rate under 时效, an area twice",
)
def export_wrong_tier() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 30, 18, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：栖梧县文物保护中心", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "支出功能分类", "资金总额", "财政拨款", "其他资金")
    s.row("45102125000000006", "栖梧县鹤塘村明清古民居群修缮", "2070204 文物保护",
          wan(360), wan(320), wan(40))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 12, 16, 30, 12, 16, 14))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：栖梧县文物保护中心")
    code, name = "45102125000000006", "栖梧县鹤塘村明清古民居群修缮"
    t.row(*EXPORT)
    t.table([
        (code, name, "产出指标", "数量指标", "古民居修缮栋数", "大于等于", 12, "栋"),
        (code, name, "产出指标", "数量指标", "古民居屋面修缮面积", "大于等于", 1200, "平方米"),
        (code, name, "产出指标", "数量指标",
         mk("古民居屋面修缮总面积", "D102", "error", row=True, alt=("D103", "D101"),
            note="the same area as two rows above, 1500 against 1200"), "大于等于", 1500, "平方米"),
        (code, name, "产出指标", "质量指标", "木构件原件保留率", "大于等于", 70, "%"),
        (code, name, "产出指标", "时效指标",
         mk("修缮工程质量验收合格率", "F201", "warning", row=True,
            note="a quality rate under 时效指标"), "等于", 100, "%"),
        (code, name, "产出指标", "时效指标", "修缮完工时间", "小于等于", "2025年11月30日", None),
        (code, name, "成本指标", "经济成本指标", "单栋修缮成本", "小于等于", 28, "万元/栋"),
        (code, name, "效益指标", "社会效益指标", "带动本地传统工匠务工", "大于等于", 60, "人次"),
        (code, name, "效益指标", "可持续影响指标", "修缮后古民居活化利用率", "大于等于", 80, "%"),
        (code, name, "满意度指标", "服务对象满意度指标", "村民满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


POINTS = ("一级指标", "二级指标", "三级指标", "分值", "中期指标值", "年度指标值")


@variant(
    "kfj06-confucian-temple",
    (8, 1, 10),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, tier points and indicator points both 100, 百分点, typed percents (correct)",
)
def confucian_temple() -> Book:
    b, s = start()
    project(
        s,
        name="栖梧县文庙建筑群三年保护修缮",
        unit="栖梧县文物保护中心",
        years=3,
        year_money=(300, 270, 30),
        period_money=(900, 810, 90),
        goals=[
            "2025—2027年分三期完成大成殿、明伦堂、棂星门等9座单体建筑修缮，修缮面积2700平方米。",
            "2025年完成大成殿等3座单体建筑修缮，修缮面积约900平方米，建立修缮工程档案。",
        ],
    )
    grid(s, POINTS, [
        ("产出指标（50分）", "数量指标", "修缮单体建筑数量", 15, "≥9座", "≥3座"),
        (None, None, "修缮面积", 15, "≥2700平方米", "≥900平方米"),
        (None, "质量指标", "修缮工程验收合格率", 10, pct(1), pct(1)),
        (None, "时效指标", "年度修缮任务完成时间", 10, "2027年11月30日前", "2025年11月30日前"),
        ("成本指标（15分）", "经济成本指标", "单位面积修缮成本", 15,
         "≤0.3万元/平方米", "≤0.3万元/平方米"),
        ("效益指标（25分）", "社会效益指标", "文庙接待观众人次", 10, "≥6万人次", "≥1.5万人次"),
        (None, None, "研学活动学生参与比例较上年提高", 5, "≥6百分点", "≥2百分点"),
        (None, "可持续影响指标", "修缮工程档案完整率", 10, pct(1), pct(1)),
        ("满意度指标（10分）", "服务对象满意度指标", "观众满意度", 10, pct(0.92), pct(0.92)),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值各自合计100分，不重复计算。")
    sign(s, "黎文澜", "0771-6241096", (2024, 10, 21))
    return b
