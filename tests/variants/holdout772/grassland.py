"""Grassland ecological subsidies, restoration and monitoring (kdb13–kdb18)."""

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
from tests.variants.kit import Book, Sheet, day, mk, pct


def subsidy_money(total: float, central: float, local: float) -> list[tuple[object, ...]]:
    return [
        ("资金总额", w(total), "其中：中央补助", w(central)),
        (None, None, "地方资金", w(local)),
    ]


def _second(s: Sheet) -> None:
    s.skip()
    s.row("二、草畜平衡奖励", merge=[(1, 6)])
    project_head(s, year=2025, title="", name="乌岱旗草畜平衡奖励", dept="乌岱旗林业和草原局",
                 unit="乌岱旗草原工作站", money=subsidy_money(750, 600, 150),
                 goals=["对300万亩草畜平衡草原按2.5元/亩发放奖励，惠及牧户5100户。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "草畜平衡面积", "≥300万亩"),
        (None, None, "奖励发放牧户", "≥5100户"),
        (None, "质量指标", "补助资金兑付率", pct(1)),
        (None, "时效指标", "资金兑付完成时间", "2025年10月31日前"),
        (None, "成本指标", "草畜平衡奖励标准", "≤2.5元/亩"),
        ("效益指标", "生态效益指标", "天然草原超载率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥85%"),
    ])  # fmt: skip


@variant("kdb13-stacked-subsidies", (2, 1),
         "transfer payment, two subsidy projects stacked (中央补助 + 地方资金), OLD-NAT: the same "
         "indicator name with different values in each, standard × area equal to the money, "
         "百分点 (correct)")  # fmt: skip
def stacked_subsidies() -> Book:
    b, s = book()
    s.title("2025年度草原生态保护补助奖励资金区域绩效目标表", 6)
    s.row("一、禁牧补助", merge=[(1, 6)])
    project_head(s, year=2025, title="", name="乌岱旗禁牧补助", dept="乌岱旗林业和草原局",
                 unit="乌岱旗草原工作站", money=subsidy_money(1500, 1200, 300),
                 goals=["对200万亩禁牧草原按7.5元/亩发放补助，"
                        "惠及牧户3200户（其中脱贫户420户）。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "禁牧面积", "≥200万亩"),
        (None, None, "补助发放牧户", "≥3200户"),
        (None, "质量指标", "补助资金兑付率", pct(1)),
        (None, "时效指标", "资金兑付完成时间", "2025年10月31日前"),
        (None, "成本指标", "禁牧补助标准", "≤7.5元/亩"),
        ("效益指标", "生态效益指标", "草原综合植被盖度提高", "≥0.5百分点"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    _second(s)
    sign(s, "那日苏", "0477-8213654", filled(2024, 12, 12))
    return b


@variant("kdb14-grazing-balance", (12,),
         "one-year subsidy project, OLD-NAT: the end date a year behind the title, the goal's area "
         "given otherwise, standard × area above the money")  # fmt: skip
def grazing_balance() -> Book:
    b, s = book()
    project_head(s, year=2025, name="朔云县草畜平衡奖励项目", dept="朔云县林业局（350725）",
                 unit="朔云县草原监理所", money=funds(w(600), w(600), w(0)),
                 end=mk(day(2024, 12, 31), "Y102", "error", alt=("Y104", "Y101"),
                        note="2024 end date left over in a 2025 return"),
                 goals=["落实草畜平衡面积300万亩，按2.5元/亩发放奖励，"
                        "天然草原超载率控制在10%以内。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "草畜平衡面积",
         mk("≥280万亩", "D104", "warning", note="年度绩效目标 says 300万亩")),
        (None, "质量指标", "奖励资金兑付率", "100%"),
        (None, "时效指标", "资金兑付完成时间", "2025年11月30日前"),
        (None, "成本指标", "草畜平衡奖励标准",
         mk("≤2.5元/亩", "B107", "warning", row=True, note="280万亩 × 2.5 = 700 > 600万元")),
        ("效益指标", "生态效益指标", "天然草原超载率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞晓岚", "0752-4416093", filled(2024, 12, 11))
    return b


@variant("kdb15-restoration-second-sheet", (4, 7),
         "project head on one sheet, the indicators on a second under 考核指标 · "
         "预期实现值 · 指标值设定依据, the header repeated after a page break, "
         "a goal total with its parts (correct)")  # fmt: skip
def restoration_second_sheet() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=2025, name="霁川市退化草原修复治理项目",
                 dept="霁川市林业和草原局（218001）",
                 unit="霁川市草原工作站", money=funds(w(800), w(700), w(100)),
                 goals=["完成退化草原修复5万亩（其中补播改良3万亩、围栏封育2万亩），草原综合"
                        "植被盖度提高1个百分点。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 26, 16, 14))
    t.title("2025年度项目绩效指标", 5)
    head = ("一级指标", "二级指标", "考核指标", "预期实现值", "指标值设定依据")
    indicators(t, [
        ("产出指标", "数量指标", "补播改良面积", "≥3万亩", "计划标准"),
        (None, None, "围栏封育面积", "≥2万亩", "计划标准"),
        (None, "质量指标", "补播出苗率", pct(0.85), "行业标准"),
        (None, "时效指标", "补播完成时间", "2025年8月31日前", "计划标准"),
        (None, "成本指标", "补播改良亩均成本", "≤150元/亩", "历史标准"),
    ], head=head)  # fmt: skip
    t.skip()
    indicators(t, [
        ("产出指标", "成本指标", "围栏封育亩均成本", "≤160元/亩", "历史标准"),
        ("效益指标", "生态效益指标", "草原综合植被盖度提高", "≥1百分点", "计划标准"),
        (None, "可持续影响指标", "围栏设施使用年限", "≥8年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "牧民满意度", "≥90%", "历史标准"),
    ], head=head)  # fmt: skip
    sign(t, "韦青禾", "0719-6324517", filled(2024, 11, 22))
    return b


@variant("kdb16-grassland-station", (12,),
         "department table, OLD-NAT: 基本支出 + 项目支出 short of the total, a satisfaction rate "
         "under 社会效益, one indicator given twice with different areas")  # fmt: skip
def grassland_station() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="乌岱旗草原工作站",
                    budget=[(mk(w(430), "B101", "error", row=True, note="150 + 260 = 410 ≠ 430"),
                             w(400), w(30), w(150), w(260))],
                    tasks=[("草原监测", "固定样地监测与年度报告", w(120), "草原资源底数清"),
                           ("鼠虫害防治", "草原鼠害、虫害绿色防治", w(140), "危害面积下降"),
                           ("金额合计", None, w(260), None)],
                    goal="完成草原鼠害防治20万亩，草原监测样地60个，"
                         "鼠害危害面积下降5%以上。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "草原鼠害防治面积", "≥20万亩"),
        (None, None, "草原监测样地", "≥60个"),
        (None, "质量指标", "防治效果合格率", "≥90%"),
        (None, "时效指标", "监测报告提交时间", "2025年12月15日前"),
        (None, "成本指标", "鼠害防治亩均成本", "≤7元/亩"),
        ("效益指标", "社会效益指标",
         mk("牧户满意度", "F201", "warning", row=True, note="a satisfaction rate under 社会效益"),
         "≥90%"),
        (None, "生态效益指标", "鼠害危害面积下降率", "≥5%"),
        (None, None, mk("草原鼠害防治面积", "D102", "error", row=True, alt=("D101", "D103"),
                        note="the 数量 indicator again, 25万亩 against 20万亩"), "≥25万亩"),
        ("满意度指标", "服务对象满意度指标", "技术服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "那日苏", "0477-8213654", filled(2024, 12, 1))
    return b


@variant("kdb17-monitoring-network", (1, 8),
         "three-year monitoring project, NAT-2021, 中期 and 年度 columns with smaller year counts, "
         "a later year the work prepares for, a typed percent (correct)")  # fmt: skip
def monitoring_network() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="苍渌县草原生态监测网络建设项目",
                 dept="苍渌县林业和草原局（305012）", unit="苍渌县草原工作站",
                 money=funds2(w(600), w(200)),
                 goals=["三年建成固定监测样地90个，每年提交草原监测报告1份，形成全县草原监测网络。",
                        "2025年建成固定监测样地30个（其中新建20个、提升改造10个），提交年度监测报告"
                        "1份，为2026年全县草原资源一张图建设积累数据。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "建成固定监测样地", "≥90个", "≥30个"),
        (None, None, "提交草原监测报告", "≥3份", "≥1份"),
        (None, "质量指标", "监测数据合格率", "≥95%", pct(0.95)),
        (None, "时效指标", "年度监测报告提交时间", "每年12月15日前", "2025年12月15日前"),
        ("成本指标", "经济成本指标", "单个样地建设成本", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "可持续影响指标", "监测数据共享部门", "≥6个", "≥4个"),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%", "≥90%"),
    ], head=TIERS2)  # fmt: skip
    sign(s, "岑望舒", "0735-5820731", filled(2024, 12, 5))
    return b


@variant("kdb18-subsidy-flat-list", (3,),
         "flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 under a 说明 line: a household "
         "count given otherwise than the 说明, a year left over in a name")  # fmt: skip
def subsidy_flat_list() -> Book:
    b, s = book(widths=(30, 10, 12, 14, 14, 10))
    s.title("乌岱旗2025年度草原补奖资金绩效指标", 5)
    notes(s, "说明：2025年草原补奖资金2250万元，惠及牧户8600户，覆盖禁牧及草畜平衡草原500万亩。",
          width=5)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("补奖政策落实草原面积", 20, "万亩", "正向", "≥500"),
        ("补奖资金发放牧户", 20, "户", "正向",
         mk("≥8200", "D104", "warning", row=True, note="说明 says 8600户")),
        (mk("2023年度补奖资金兑付率", "Y103", "warning", row=True, alt=("Y101",),
            note="last cycle's year left in the name"), 20, "%", "正向", "100"),
        ("资金兑付完成时间", 10, None, "正向", "2025年10月31日前"),
        ("天然草原超载率", 15, "%", "反向", "≤10"),
        ("牧户满意度", 15, "%", "正向", "≥90"),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b
