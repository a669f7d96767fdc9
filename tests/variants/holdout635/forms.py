"""Stacked projects, a flat list, budget-system exports and a page break over both halves of
the theme: fu13 to fu18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout635.common import (
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout635.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fu13-stacked-crab-kelp", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def fu13() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="滩涂稻蟹共生试验项目",
        dept="鹭屿县海洋与渔业局",
        unit="鹭屿县滩涂开发服务站",
        money=one_year_money(wan(80), wan(60), wan(20)),
        goals=["在东滩围垦区开展稻蟹共生试验1500亩，筛选耐盐水稻品种2个。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "稻蟹共生试验面积", "≥1500亩"),
        (None, None, "筛选耐盐水稻品种", "≥2个"),
        (None, "质量指标", "试验区成蟹回捕率", "≥55%"),
        (None, "时效指标", "试验总结报告提交时间", "2026年12月15日前"),
        (None, "成本指标", "扣蟹苗种补助标准", "≤300元/亩"),
        ("效益指标", "经济效益指标", "试验区亩均增收", "≥800元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="海带筏式养殖保险保费补贴",
        dept="鹭屿县海洋与渔业局",
        unit="鹭屿县渔业互保服务中心",
        money=one_year_money(wan(70), wan(50), wan(20)),
        goals=["对投保的海带养殖筏架3000台给予保费补贴，提高渔户抗台风风险能力。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "参保海带养殖筏架", "≥3000台"),
        (None, "质量指标", "理赔案件按规定结案率", "≥95%"),
        (None, "时效指标", "保费补贴拨付时间", "2026年11月30日前"),
        (None, "成本指标", "保费补贴标准", "≤150元/台"),
        ("效益指标", "社会效益指标", "受灾渔户获赔覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "董临波", "0596-7709 4451", day(2025, 11, 22))
    return b


@variant("fu14-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the first's household count below "
         "its goal's, the second's total not its parts")  # fmt: skip
def fu14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="芦湾大闸蟹品牌培育",
        dept="苇塘县农业农村局",
        unit="苇塘县河蟹产业协会",
        money=one_year_money(wan(60), wan(50), wan(10)),
        goals=["培育“芦湾湖蟹”区域品牌，带动养殖户120户，举办品鉴推介活动3场。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "带动养殖户",
         mk("≥100户", "D104", "warning", row=True, note="the goal says 120户")),
        (None, None, "品鉴推介活动", "≥3场"),
        (None, "质量指标", "品牌授权产品抽检合格率", "≥98%"),
        (None, "时效指标", "推介活动完成时间", "2026年10月31日前"),
        (None, "成本指标", "单场推介活动成本", "≤8万元/场"),
        ("效益指标", "经济效益指标", "品牌蟹平均售价提高", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "会员单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(90), "B101", "error", note="60 + 20 = 80, not 90")
    project_head(
        s,
        year=2026,
        title="",
        name="裙带菜养殖海域环境监测",
        dept="鹭屿县海洋与渔业局",
        unit="鹭屿县海洋环境监测站",
        money=one_year_money(total, wan(60), wan(20)),
        goals=["对裙带菜养殖海域开展水质监测24次，发布养殖环境预警信息。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "养殖海域水质监测", "≥24次"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "预警信息发布时限", "≤24小时"),
        (None, "成本指标", "单次监测成本", "≤2万元/次"),
        ("效益指标", "生态效益指标", "养殖海域水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吕汀兰", "0573-6612 8874", day(2025, 12, 1))
    return b


@variant("fu15-export-two-sheets", (7, 9, 1),
         "budget-system export: codes in the first columns, money on a first sheet, indicators on "
         "a second under a third-row header, operator and unit columns, =100% at the ceiling "
         "(correct)")  # fmt: skip
def fu15() -> Book:
    b, s = book("部门项目支出预算05-1")
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("428003", "苇塘县水产技术推广站", "33042126T000017", "大闸蟹养殖尾水治理",
          wan(110), wan(100), wan(10))  # fmt: skip
    s.row("合计", None, None, None, wan(110), wan(100), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 18, 12, 14, 26, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 9)
    t.row("单位：苇塘县水产技术推广站")
    indicators(t, ("项目编码", "项目名称", "年度目标", "一级指标", "二级指标", "三级指标",
                   "指标性质", "指标值", "度量单位"), [
        ("33042126T000017", "大闸蟹养殖尾水治理", "建设尾水净化池12处，治理养殖面积3600亩。",
         "产出指标", "数量指标", "尾水净化池", "≥", 12, "处"),
        (None, None, None, None, None, "治理养殖面积", "≥", 3600, "亩"),
        (None, None, None, None, "质量指标", "净化设施验收合格率", "=", pct(1), "%"),
        (None, None, None, None, "时效指标", "净化池完工时间", "≤", "2026年10月31日", None),
        (None, None, None, None, "成本指标", "单处净化池建设成本", "≤", 8, "万元/处"),
        (None, None, None, "效益指标", "生态效益指标", "养殖尾水达标排放率", "≥",
         pct(0.95), "%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥",
         pct(0.9), "%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("fu16-flat-duplicate-weights", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): "
         "an indicator listed twice, weights adding to 95")  # fmt: skip
def fu16() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="苇塘县河蟹产业服务中心",
        budget=[(wan(380), wan(350), wan(30), wan(150), wan(230))],
        goal="推广稻蟹共生和大闸蟹生态养殖，提升河蟹品质和养殖户收益。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("稻蟹共生推广面积", 20, "亩", "≥", 6000),
        ("大闸蟹生态养殖技术培训", 15, "人次", "≥", 500),
        ("成蟹规格达标率", 15, "%", "≥", 85),
        ("养殖尾水达标排放率", 10, "%", "≥", 95),
        ("技术服务到户时限", 10, "工作日", "≤", 5),
        ("养殖户满意度", 10, "%", "≥", 90),
        ("河蟹养殖户均增收", 10, "元", "≥", 4000),
        (mk("养殖户满意度", "D101", "warning", row=True, alt=("D103",),
            note="listed a second time"), 5, "%", "≥", 90),
    ]:  # fmt: skip
        s.row(*line)
    s.row("合计", mk(95, "W101", "error", required=False,
                     note="the same problem as the file mark"))  # fmt: skip
    b.file_mark("W101", "error", note="20+15+15+10+10+10+10+5 = 95, not 100")
    sign(s, "任芦生", "0573-6637 2290", day(2025, 11, 19))
    return b


@variant(
    "fu17-crab-page-break",
    (4, 5),
    "department, NAT-2021, weight column, labels with ★ and abbreviations, the header "
    "repeated after a page break, 小计 and 合计 rows, a 反向 rate with ≤ (correct)",
)
def fu17() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="芦桥镇农业综合服务中心",
        budget=[(wan(240), wan(220), wan(20), wan(90), wan(150))],
        goal="稳定稻蟹共生面积，提升大闸蟹品质，减少养殖尾水污染。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("★产出", "数量", "稻蟹共生面积", "≥2500亩", 20),
        (None, None, "防逃围网维修", "≥800亩", 15),
        (None, "质量", "成蟹规格达标率", "≥85%", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    s.row(*head)
    s.table([
        ("★成本", "经济成本", "围网维修补助标准", "≤300元/亩", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 10)
    s.table([
        ("★效益", "生态效益", "养殖尾水超标排放率", "≤5%", 15),
        (None, "经济效益", "养殖户户均增收", "≥3000元", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([("★满意度", "服务对象满意度", "养殖户满意度", "≥90%", 10)], merged=(1, 2))
    s.row("小计", None, None, None, 10)
    s.row("合计", None, None, None, 100)
    note(s, "说明：★为必填核心指标；小计、合计行不计入三级指标。")
    return b


@variant(
    "fu18-export-period-sheet",
    (7, 8, 9),
    "two-year project, head on the first sheet, indicators on a second sheet with 中期 and "
    "年度 columns: annual money above the period's, a count under 质量, a date serial as text",
)
def fu18() -> Book:
    b, s = book()
    annual = mk(wan(260), "B103", "error", note="年度 260 > 中期 200")
    project_head(
        s,
        year=2026,
        years=2,
        name="石礁湾深水海带养殖示范",
        dept="鹭屿县海洋与渔业局",
        unit="石礁湾海洋牧场管理站",
        money=period_money((wan(200), wan(160), wan(40)), (annual, wan(200), wan(60))),
        goals=[
            "两年建成深水海带筏架600台，形成抗风浪养殖技术规程。",
            "2026年建成深水海带筏架300台，完成养殖技术规程初稿。",
        ],
    )
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "抗风浪技术规程", "≥1项", "≥1项"),
        (None, "质量指标", mk("新建深水海带筏架", "F201", "warning", row=True,
                           note="a count under 质量"), "≥600台", "≥300台"),
        (None, None, "筏架验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "筏架布设完成时间", "2027年11月30日前",
         mk("46355", "X104", "warning", note="a date serial stored as text (2026-11-29)")),
        (None, "成本指标", "单台深水筏架建设成本", "≤0.3万元/台", "≤0.3万元/台"),
        ("效益指标", "经济效益指标", "深水筏架亩均产值", "≥8000元", "≥8000元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
