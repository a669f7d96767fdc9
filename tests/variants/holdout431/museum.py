"""The planetarium as a whole: department returns, flat lists, an export, artefacts (xy13–xy18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout431.common import TIERS, UNIT, YEAR, grid, head, one_year, start, w
from tests.variants.holdout431.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

SHARE = "0.0%"


@variant("xy13-department-money", (12,), "department, NAT-2021: budget with typed shares, key "
         "tasks adding to 金额合计 = 项目支出, one value column (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=UNIT, budget=[
        (w(1260), w(1100), w(160), w(780), w(480)),
        (pct(1, SHARE), pct(0.873, SHARE), pct(0.127, SHARE), pct(0.619, SHARE),
         pct(0.381, SHARE)),
    ], tasks=[
        ("天象节目公益放映", "球幕及天象厅节目放映与运维", w(200), "全年公益放映≥1500场"),
        ("校园天文观测夜", "走进中小学开展夜间观测", w(120), "开展观测夜≥120场"),
        ("公益科普讲座", "“星空大讲堂”讲座及直播", w(90), "举办讲座≥48场"),
        ("展厅更新", "太阳系展区展项更新", w(70), "更新展项≥12项"),
        ("金额合计", None, w(480), None),
    ], goal="全年公益放映1500场以上、校园观测夜120场以上，接待观众35万人次。")  # fmt: skip
    grid(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "年度公益放映场次", "≥1500场"),
        (None, None, "校园天文观测夜场次", "≥120场"),
        (None, None, "公益科普讲座场次", "≥48场"),
        (None, "质量指标", "放映事故率", "≤0.5%"),
        (None, "时效指标", "展厅更新按期完成率", "100%"),
        ("成本指标", "经济成本指标", "单场校园观测夜成本", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "青少年观众占比", "≥45%"),
        (None, "可持续影响指标", "注册志愿讲解员", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


@variant("xy14-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to their 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(money(980, WAN), "B101", "error", row=True, note="620 + 380 = 1000 ≠ 980")
    department_head(s, year=YEAR, dept=f"{UNIT}（天文科普中心）", budget=[
        (total, w(860), w(120), w(620), w(380)),
    ], tasks=[
        ("学生天文观测夜", "中小学观测夜及夜观指导", w(160), "开展观测夜≥150场"),
        ("节假日天文展演", "节假日主题展演与天文摄影展", w(110), "展演≥20场"),
        ("天文研学课程", "研学课程包开发与试讲", w(95), "课程包≥6套"),
        ("金额合计", None, mk(money(380, WAN), "B102", "error",
         note="160 + 110 + 95 = 365 ≠ 380"), None),
    ], goal="全年开展学生观测夜150场以上，节假日展演20场以上。")  # fmt: skip
    grid(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "学生天文观测夜场次", "≥150场"),
        (None, None, "节假日天文展演场次", "≥20场"),
        (None, "质量指标", "研学课程专家评审通过率", "≥90%"),
        (None, "时效指标", "观测夜简报报送时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单场观测夜成本", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "参与观测学生人次", "≥22000人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


@variant("xy15-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=UNIT, budget=[
        (w(1120), w(1000), w(120), w(700), w(420)),
    ], goal="提升公益放映与校园观测服务能力，观众满意度保持在92%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("年度公益放映场次", 20, "场", "≥", 1500),
        ("校园天文观测夜场次", 15, "场", "≥", 120),
        ("展品完好率", 10, "%", "≥", pct(0.97)),
        ("观测夜安全事故", 10, "起", "≤", 0),
        ("观众投诉率", 10, "%", "≤", pct(0.005, "0.0%")),
        ("青少年观众占比", 15, "%", "≥", pct(0.45)),
        ("观众满意度", 20, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("xy16-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): weights add to 95, a 反向 rate "
         "with ≥, a 满意度 in 人次")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=f"{UNIT}（球幕影院）", budget=[
        (w(540), w(500), w(40), w(330), w(210)),
    ], goal="球幕影院全年放映2000场，讲解服务规范，观众满意。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20 + 15 + 15 + 10 + 15 + 20 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("球幕影院放映场次", "≥2000", "正向", "场", 20),
        ("放映设备完好率", "≥98", "正向", "%", 15),
        ("讲解词差错率", mk("≥1", "T108", "warning", row=True,
         note="a 差错率 is 反向 (declared so) but carries ≥"), "反向", "%", 15),
        ("单场放映能耗成本", "≤0.05", "反向", "万元/场", 10),
        ("学生团体观众人次", "≥60000", "正向", "人次", 15),
        ("观众满意度", mk("≥3000人次", "T112", "error", alt=("T105",),
         note="a 满意度 given in 人次 against % in the unit column"), "正向", "%", 20),
    ])  # fmt: skip
    return b


@variant("xy17-export-second-sheet", (5, 7), "budget-system export: money on sheet 部门项目支出"
         "预算05-1, indicators on 部门项目支出绩效目标05-2 under a header on the third row, codes "
         "in the first columns, labels with * and ★ and abbreviated (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 30, 14, 14, 14))
    s.row("部门项目支出预算表")
    s.row(f"单位：{UNIT}", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code, name = "330126260000417", "天象厅节目引进与放映"
    s.row(code, name, money(72.5, "0.00"), money(72.5, "0.00"), money(0, "0.00"))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 28, 14))
    t.row("部门项目支出绩效目标表")
    t.row(f"单位：{UNIT}", None, None, None, None, f"{YEAR}年度")
    t.row("项目编码", "项目名称", *TIERS, "指标值")
    for row in [
        ("*产出指标", "数量", "★引进天象节目", "≥3部"),
        ("*产出指标", "数量", "★天象厅放映场次", "≥900场"),
        ("*产出指标", "质量", "节目版权合规率", "100%"),
        ("*产出指标", "时效", "引进节目上映时间", "11月30日前"),
        ("*成本指标", "经济成本", "单部节目引进版权费", "≤15万元/部"),
        ("*效益指标", "社会效益", "天象厅观众人次", "≥100000人次"),
        ("*满意度指标", "服务对象满意度", "观众满意度", "≥90%"),
    ]:  # fmt: skip
        t.row(code, name, *row)
    return b


@variant("xy18-telescope-artefacts", (9,), "project, OLD-NAT, one value column, detail lines "
         "below the table: a split number, an amount pasted twice, a unit cost rounded "
         "to 0")  # fmt: skip
def telescope_artefacts() -> Book:
    b, s = start()
    fiscal = mk("84.3 2", "X105", "warning", alt=("X103",),
                note="84.32 split by a space and stored as text")  # fmt: skip
    head(s, "公众天文台望远镜更新改造", one_year(96.5, fiscal, 12.18),
         ["更新公众天文台2台折射望远镜和圆顶控制系统，恢复夜间公众观测。"])  # fmt: skip
    grid(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "更新望远镜台数", "≥2台"),
        (None, None, "公众夜间观测开放次数", "≥40次"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "10月31日前"),
        (None, "成本指标", "单台望远镜更新费用", mk("≤0万元/台", "T115", "error",
         note="a unit cost rounded to 0 (≈18万元/台)")),
        ("效益指标", "社会效益指标", "夜间观测接待公众", "≥4000人次"),
        ("满意度指标", "服务对象满意度指标", "观测公众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）")
    s.table([
        (None, "折射望远镜购置（2台）", None, mk("36万36万(含配件)", "X106", "error",
         alt=("B108",), note="36万 pasted twice, read as 36")),
        (None, "圆顶控制系统改造", None, w(28.5)),
        (None, "观测平台照明与安全设施", None, w(20)),
        (None, "安装调试及监理", None, w(12)),
        (None, "合计", None, w(96.5)),
    ], merged=(1,))  # fmt: skip
    return b
