"""Forest-fire prevention: lookout towers, ranger patrols, fire-fighting supplies (kdb01–kdb06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout772.common import (
    TIERS2,
    book,
    filled,
    funds,
    funds2,
    indicators,
    notes,
    sign,
    w,
)
from tests.variants.holdout772.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kdb01-lookout-towers", (1, 5),
         "project, NAT-2021, numbered tier labels, typed percent cells, goal count with its "
         "parts in brackets (correct)")  # fmt: skip
def lookout_towers() -> Book:
    b, s = book()
    project_head(s, year=2025, name="霁川市森林防火瞭望塔监测能力提升项目",
                 dept="霁川市林业和草原局（218001）", unit="霁川市森林消防监测中心",
                 money=funds(w(320), w(300), w(20)),
                 goals=["建设瞭望塔6座（其中新建4座、改造2座），配套视频监测设备6套，"
                        "森林火灾受害率控制在0.8‰以内。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "新建瞭望塔", "≥4座"),
        (None, None, "改造瞭望塔", "≥2座"),
        (None, None, "配套视频监测设备", "≥6套"),
        (None, "（二）质量指标", "设备安装验收合格率", pct(1)),
        (None, "（三）时效指标", "瞭望塔建设完成时间", "2025年11月30日前"),
        ("二、成本指标", "（一）经济成本指标", "单座瞭望塔建设改造成本", "≤50万元/座"),
        ("三、效益指标", "（一）生态效益指标", "森林火灾受害率", "≤0.8‰"),
        (None, "（二）可持续影响指标", "瞭望塔设施使用年限", "≥15年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "林区群众满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "韦青禾", "0719-6324517", filled(2024, 11, 12))
    return b


@variant("kdb02-ranger-patrols", (5, 8),
         "three-year ranger patrol project, NAT-2021, 中期 and 年度 columns: a year's count above "
         "the period's, the goal's checkpoint count given otherwise")  # fmt: skip
def ranger_patrols() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="苍渌县生态护林员森林防火巡护项目",
                 dept="苍渌县林业和草原局（305012）", unit="苍渌县国有林场管理站",
                 money=funds2(w(900), w(300)),
                 goals=["2025—2027年累计巡护不少于43000人次，建成巡护网格60个，设立临时防火"
                        "检查卡点40处。",
                        "2025年巡护不少于14000人次，建成巡护网格20个，设立临时防火检查卡点"
                        "15处。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "护林员巡护人次", "≥43000人次",
         mk("≥45000人次", "D201", "error", note="年度 45000 above the period's 43000")),
        (None, None, "建成巡护网格", "≥60个", "≥20个"),
        (None, None, "设立临时防火检查卡点", "≥40处",
         mk("≥12处", "D104", "warning", note="年度目标 says 15 checkpoints")),
        (None, "质量指标", "巡护轨迹上传率", "≥95%", "≥95%"),
        (None, "时效指标", "火情报告时间", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "护林员人均劳务补助", "≤1万元/人·年", "≤1万元/人·年"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰"),
        (None, "社会效益指标", "野外违规用火查处率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ], head=TIERS2)  # fmt: skip
    sign(s, "蒙子衡", "0735-5816204", filled(2024, 12, 3))
    return b


@variant("kdb03-fire-command-centre", (4, 12),
         "department table, NAT-2021, tasks adding up to 项目支出, 0起 and a 下降率 with ≥, "
         "a 注 row and a signature line (correct)")  # fmt: skip
def fire_command_centre() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="鹤汀县森林防火指挥中心",
                    budget=[(w(560), w(540), w(20), w(180), w(380))],
                    tasks=[("瞭望监测运行", "瞭望塔值守及视频系统运维", w(150), "火情早发现"),
                           ("专业扑火队伍建设", "扑火队员训练与装备补充", w(160), "扑救能力提升"),
                           ("防火宣传", "宣传进村入户", w(70), "防火知晓率提高"),
                           ("金额合计", None, w(380), None)],
                    goal="全年森林火灾受害率控制在0.9‰以内，重特大森林火灾零发生，森林火灾"
                         "发生次数较上年下降5%以上。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "专业扑火队员训练人次", "≥1200人次"),
        (None, None, "防火期瞭望值守天数", "≥180天"),
        (None, "质量指标", "视频监测设备完好率", "≥95%"),
        (None, "时效指标", "火情处置响应时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "扑火队员人均训练成本", "≤800元/人次"),
        ("效益指标", "社会效益指标", "重特大森林火灾发生次数", "0起"),
        (None, None, "森林火灾发生次数下降率", "≥5%"),
        (None, "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：森林火灾发生次数下降率以2024年发生次数为基数。")
    s.row("单位负责人：", "祁远舟", "填报人：", "温若岚", "联系电话：", "0779-6258143")
    s.row("填报日期：", filled(2024, 11, 20))
    return b


@variant("kdb04-stacked-fire-projects", (2, 12),
         "two fire projects stacked in one sheet, OLD-NAT, one value column: a near-duplicate "
         "indicator, the second project's money and end date wrong")  # fmt: skip
def stacked_fire_projects() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鹤汀县森林防火宣传教育项目", dept="鹤汀县林业局（411003）",
                 unit="鹤汀县森林防火指挥中心", money=funds(w(60), w(55), w(5)),
                 goals=["发放防火宣传册5000份，设立防火警示牌120块，"
                        "林区群众防火知晓率达90%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "发放防火宣传册", "≥5000份"),
        (None, None, "设立防火警示牌", "≥120块"),
        (None, None, mk("防火宣传册发放数量", "D103", "warning", row=True, alt=("D101",),
                        note="same indicator as 发放防火宣传册 two rows up")),
        (None, "质量指标", "警示牌设置规范率", "≥95%"),
        (None, "时效指标", "宣传物资发放完成时间", "2025年4月30日前"),
        (None, "成本指标", "警示牌单价", "≤0.3万元/块"),
        ("效益指标", "社会效益指标", "林区群众防火知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目二", merge=[(1, 6)])
    project_head(s, year=2025, title="", name="鹤汀县扑火机具购置项目",
                 dept="鹤汀县林业局（411003）", unit="鹤汀县专业森林消防队",
                 start=day(2025, 3, 1),
                 end=mk(day(2026, 3, 31), "Y102", "error",
                        note="one-year 2025 project ends in 2026"),
                 money=funds(mk(w(180), "B101", "error", row=True, note="150 + 20 = 170"),
                             w(150), w(20)),
                 goals=["购置风力灭火机80台、高压细水雾灭火装备20套，"
                        "提升初期火情扑救能力。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "购置风力灭火机", "≥80台"),
        (None, None, "购置高压细水雾灭火装备", "≥20套"),
        (None, "质量指标", "机具验收合格率", "100%"),
        (None, "时效指标", "机具采购到位时间", "2025年9月30日前"),
        (None, "成本指标", "风力灭火机单价", "≤0.45万元/台"),
        ("效益指标", "社会效益指标", "初期火情扑救成功率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘砚秋", "0746-3372190", filled(2024, 11, 26))
    return b


@variant("kdb05-fire-flat-list", (3, 10),
         "flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, weights to 100, a coverage "
         "rate raised in 百分点, a typed percent with % in the unit column (correct)")  # fmt: skip
def fire_flat_list() -> Book:
    b, s = book(widths=(30, 10, 12, 14, 14, 10))
    s.title("2025年度森林防火专项资金绩效指标表", 5)
    s.row("项目名称", "霁川市森林防火专项", None, "资金（万元）", w(450), merge=[(2, 3)])
    s.row("主管部门", "霁川市林业和草原局", None, "填报日期", filled(2024, 12, 2),
          merge=[(2, 3)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("林火视频监控点建设", 15, "个", "正向指标", "≥30"),
        ("防火道路维护", 15, "公里", "正向指标", "≥85"),
        ("防火隔离带开设", 10, "公里", "正向指标", "≥40"),
        ("林火视频监控覆盖率提高", 15, "百分点", "正向指标", "≥3"),
        ("森林火灾受害率", 15, "‰", "反向指标", "≤0.9"),
        ("火情24小时扑灭率", 15, "%", "正向指标", "≥95"),
        ("林区群众满意度", 15, "%", "正向指标", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "说明：权重合计100分；监控覆盖率的提高以百分点计，基数为上年末覆盖率。", width=5)
    return b


@variant("kdb06-supplies-export", (7, 12),
         "budget-system export, codes in the first columns, header on the third row of the second "
         "sheet, NAT-2021: a unit cost over the money, a deadline in the next year, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def supplies_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 28, 14, 14, 14, 14))
    s.title("部门项目支出预算表（2025年）", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("350725250001", "朔云县森林防火物资储备项目", w(120), w(120), w(0))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 14, 16, 28, 18))
    t.title("部门项目支出绩效目标表（2025年）", 6)
    t.row("单位名称：朔云县林业局", None, None, None, "单位：万元", merge=[(1, 4)])
    code, name = "350725250001", "朔云县森林防火物资储备项目"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, [
        (code, name, "产出指标", "数量指标", "储备防火物资", "≥60套"),
        (code, name, None, "质量指标", "物资入库验收合格率", "100%"),
        (code, name, None, "时效指标", "物资采购完成时间",
         mk("2026年6月30日前", "Y102", "error", note="one-year 2025 project, deadline in 2026")),
        (code, name, "成本指标", "经济成本指标", "单套防火物资采购成本",
         mk("≤2.5万元/套", "B107", "warning", row=True, note="60 × 2.5 = 150 > 120万元")),
        (code, name, "效益指标", "社会效益指标", "扑火物资保障及时性", "及时"),
        (code, name, None, None,
         mk("扑火队员满意度", "F201", "warning", row=True, alt=("D103",),
            note="a satisfaction rate under 社会效益"), "≥90%"),
        (code, name, None, "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        (code, name, "满意度指标", "服务对象满意度指标", "乡镇扑火队满意度", "≥90%"),
    ], head=head, merged=(3, 4))  # fmt: skip
    return b
