"""State forest farm returns: department money blocks, notes and page breaks, conversion
artefacts in detail lines, operators in words, points at two levels (ca07–ca12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout537.common import TIERS, book, indicators, notes, signature, wan
from tests.variants.holdout537.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

SHARE = "0.00%"


@variant("ca07-farm-department", (12,), "department, NAT-2021: budget with shares, three key "
         "tasks adding to 金额合计 = 项目支出, `=100%` typed as text (correct)")  # fmt: skip
def ca07() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="松陂市栎坪国有林场", budget=[
        (wan(420.5), wan(380.5), wan(40), wan(260.5), wan(160)),
        (pct(1, SHARE), pct(0.9049, SHARE), pct(0.0951, SHARE), pct(0.6195, SHARE),
         pct(0.3805, SHARE)),
    ], tasks=[
        ("栎类商品林抚育", "抚育栎林3200亩，修枝割灌", wan(62), "抚育作业合格率≥95%"),
        ("椴木香菇示范基地", "接种段木25万根，建出菇棚8个", wan(58), "鲜菇产量≥150吨"),
        ("森林防火", "巡护及隔离带维护", wan(40), "森林火灾受害率≤0.9‰"),
        ("金额合计", None, wan(160), None),
    ], goal="完成栎林抚育3200亩，建成椴木香菇示范基地，全年无重大森林火灾。")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("成本指标", "经济成本指标", "栎林抚育亩均成本", "≤190元/亩"),
        ("产出指标", "数量指标", "栎林抚育面积", "≥3200亩"),
        (None, None, "椴木香菇接种段木", "≥25万根"),
        (None, "质量指标", "抚育作业合格率", "≥95%"),
        (None, "时效指标", "防火期巡护到岗率", "=100%"),
        ("效益指标", "经济效益指标", "香菇销售收入", "≥150万元"),
        (None, "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        (None, "可持续影响指标", "栎林蓄积量年增长率", "≥2%"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, filler="贺明远", phone="0736-7129043", date=day(2024, 11, 20))
    return b


@variant("ca08-farm-department-wrong", (12, 4), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计; a note between tiers, 说明 lines")  # fmt: skip
def ca08() -> Book:
    b, s = book()
    total = mk(wan(350), "B101", "error", alt=("B102",),
               note="350 = 300 + 50, but 基本支出 220 + 项目支出 120 = 340")  # fmt: skip
    tasks_sum = mk(wan(120), "B102", "error", alt=("B101",),
                   note="tasks 50 + 40 + 35 = 125, not 120")  # fmt: skip
    department_head(s, year=2025, dept="雾溪县石磴岭国有林场", budget=[
        (total, wan(300), wan(50), wan(220), wan(120)),
    ], tasks=[
        ("栎林低产林改造", "改造低产栎林1500亩", wan(50), "改造面积≥1500亩"),
        ("椴木香菇出菇场", "新建出菇场2处", wan(40), "出菇场≥2处"),
        ("林区道路养护", "养护林道18公里", wan(35), "养护里程≥18公里"),
        ("金额合计", None, tasks_sum, None),
    ], goal="完成低产栎林改造，新建出菇场2处，保障林区道路通行。")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("成本指标", "经济成本指标", "低产林改造亩均成本", "≤300元/亩"),
        ("产出指标", "数量指标", "低产栎林改造面积", "≥1500亩"),
        (None, None, "新建出菇场", "≥2处"),
        (None, None, "林道养护里程", "≥18公里"),
        (None, "质量指标", "改造作业验收合格率", "≥95%"),
        (None, "时效指标", "出菇场建成时间", "≤9个月"),
        ("注：效益指标按林场三年经营方案分解到本年度", None, None, None),
        ("效益指标", "经济效益指标", "林场香菇收入", "≥80万元"),
        (None, "社会效益指标", "季节性用工人数", "≥35人"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥88%"),
    ])  # fmt: skip
    notes(s, "说明：1.金额单位为万元；", "2.指标值含“≥”“≤”的为下限或上限。")
    signature(s, filler="鲁秋生", phone="0573-66227718", date=day(2024, 11, 28),
              chief="方海涛")  # fmt: skip
    return b


@variant("ca09-page-break", (4, 7), "department, NAT-2021, headers 考核指标 and 目标值（年度）, "
         "unit and weight columns; a column-number row, the header repeated after a page "
         "break, subtotal and total rows (correct)")  # fmt: skip
def ca09() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="雾溪县柘岭国有林场", budget=[
        (wan(286), wan(256), wan(30), wan(178), wan(108)),
    ], goal="抚育栎林2600亩，接种香菇段木18万根，林区全年不发生重大火灾。")  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "计量单位", "权重")
    s.row(*head)
    s.row("1", "2", "3", "4", "5", "6")
    s.table([
        ("成本指标", "经济成本指标", "栎林抚育亩均成本", "≤200", "元/亩", 8),
        (None, "生态环境成本指标", "抚育作业引发火情", "≤0", "起", 7),
        ("成本指标小计", None, None, None, None, 15),
        ("产出指标", "数量指标", "栎林抚育面积", "≥2600", "亩", 15),
        (None, None, "香菇段木接种量", "≥18", "万根", 10),
        (None, "质量指标", "抚育作业合格率", "≥95", "%", 10),
        (None, "时效指标", "接种任务完成时间", "≤4", "个月", 5),
        ("产出指标小计", None, None, None, None, 40),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "经济效益指标", "香菇销售收入", "≥120", "万元", 10),
        (None, "生态效益指标", "栎林郁闭度", "≥0.7", "—", 10),
        (None, "可持续影响指标", "林场职工技能培训人次", "≥80", "人次", 10),
        ("效益指标小计", None, None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90", "%", 15),
        ("满意度指标小计", None, None, None, None, 15),
        ("合计", None, None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：权重按一级指标小计填列，合计应为100。")
    signature(s, filler="龚雪芹", phone="0573-66218804", date=day(2024, 11, 18))
    return b


@variant("ca10-detail-artefacts", (4, 9), "project, OLD-NAT, one value column, a note row "
         "between tiers, detail lines below the table: a number split by a space, an amount "
         "pasted twice; lines add up once read")  # fmt: skip
def ca10() -> Book:
    b, s = book()
    project_head(s, year=2025, name="栎坪林场椴木香菇段木采购与接种项目",
                 dept="松陂市林业和草原局（142）", unit="松陂市栎坪国有林场",
                 money=[("年度资金总额", wan(75), "其中：财政拨款", wan(65)),
                        (None, None, "其他资金", wan(10))],
                 goals=["采购栎木段木1100立方米并完成接种，出菇棚遮阳喷灌全覆盖。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "栎木段木采购量", "≥1100立方米"),
        (None, None, "接种菌棒数量", "≥11万根"),
        (None, "质量指标", "菌种萌发率", "≥95%"),
        (None, "时效指标", "接种完成时间", "≤3个月"),
        (None, "成本指标", "段木采购单价", "≤400元/立方米"),
        ("注：效益指标按第一潮菇测算", None, None, None),
        ("效益指标", "经济效益指标", "鲜菇销售收入", "≥95万元"),
        (None, "社会效益指标", "带动周边农户务工", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "务工农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", "支出内容", None, "金额", "说明", merge=[(2, 3)])
    split = mk("45.2 8", "X105", "warning", alt=("X103",), note="45.28 split by a space")
    twice = mk("18万18万（含运输）", "X106", "error", alt=("B108",),
               note="18万 pasted twice; the line is 18")  # fmt: skip
    s.row(None, "栎木段木采购", None, split, "1100立方米", merge=[(2, 3)])
    s.row(None, "菌种及接种耗材", None, twice, None, merge=[(2, 3)])
    s.row(None, "出菇棚遮阳网及喷灌", None, money(11.72), None, merge=[(2, 3)])
    s.row(None, "合计", None, money(75), None, merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    b.file_mark("B102", "error", required=False,
                note="tolerated: a misread line (1818 or 45.2) breaks the sum")  # fmt: skip
    notes(s, "填表说明：明细金额以万元为单位，保留两位小数。")
    signature(s, filler="欧阳静", phone="0736-7125590", date=day(2025, 1, 14))
    return b


@variant("ca11-direction-words", (11,), "project, OLD-NAT, 指标性质 as direction (正向/反向) "
         "and 指标方向 as operator in words, bare numbers and a unit column; a 下降率 with "
         "大于等于, 0起 on an incident count, 等于 100% (correct)")  # fmt: skip
def ca11() -> Book:
    b, s = book()
    project_head(s, year=2025, name="石磴岭林场椴木香菇病虫害绿色防控项目",
                 dept="松陂市林业和草原局（142）", unit="松陂市石磴岭国有林场",
                 money=[("年度资金总额", wan(52), "其中：财政拨款", wan(45)),
                        (None, None, "其他资金", wan(7))],
                 goals=["对12万根接种段木实施绿色防控，虫蛀损失较上年下降10%以上。"])  # fmt: skip
    indicators(s, (*TIERS, "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "绿色防控段木数量", "正向", "大于等于", 12, "万根"),
        (None, None, "布设诱虫灯", "正向", "大于等于", 40, "盏"),
        (None, "质量指标", "菌棒污染率", "反向", "小于等于", 5, "%"),
        (None, None, "防控设施验收合格率", "正向", "等于", 100, "%"),
        (None, "时效指标", "防控作业完成时限", "反向", "小于等于", 10, "个月"),
        (None, "成本指标", "每根段木防控成本", "反向", "小于等于", 3.2, "元/根"),
        ("效益指标", "经济效益指标", "段木虫蛀损失下降率", "正向", "大于等于", 10, "%"),
        (None, "生态效益指标", "化学农药使用次数", "反向", "小于等于", 0, "次"),
        (None, "社会效益指标", "防控引发安全事故", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    signature(s, filler="鲁秋生", phone="0573-66227718", date=day(2025, 2, 11))
    return b


@variant("ca12-tier-points", (10, 5), "project, NAT-2021, tier-1 score column beside an "
         "indicator score column: 效益 declared 30 but scored 25, a 品率 given in 吨; a "
         "growth raised in 百分点")  # fmt: skip
def ca12() -> Book:
    b, s = book("绩效目标", widths=(14, 8, 18, 28, 16, 10))
    project_head(s, year=2025, name="柘岭林场香菇品牌提升项目",
                 dept="雾溪县林业局（317）", unit="雾溪县柘岭国有林场",
                 money=[("年度资金总额", wan(40), "其中：财政拨款", wan(34)),
                        (None, None, "其他资金", wan(6))],
                 goals=["注册林场椴木香菇品牌，一级品比例提高，线上销售额增长。"])  # fmt: skip
    declared = mk(30, "W103", "error", note="效益 declared 30, its indicators add to 10+10+5 = 25")
    count = mk("≥30吨", "T105", "error", note="a 一级品率 given as a tonnage, not a %")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("成本指标", 10, "经济成本指标", "品牌设计及认证费用", "≤8万元", 10),
        ("产出指标", 50, "数量指标", "品牌包装设计", "≥3套", 10),
        (None, None, None, "参加农产品展销会", "≥4场", 10),
        (None, None, "质量指标", "香菇一级品率", count, 15),
        (None, None, None, "产品抽检合格率", "≥98%", 5),
        (None, None, "时效指标", "品牌注册完成时间", "≤6个月", 10),
        ("效益指标", declared, "经济效益指标", "线上销售额增长率", "提高≥2百分点", 10),
        (None, None, "社会效益指标", "带动菇农户数", "≥50户", 10),
        (None, None, "可持续影响指标", "品牌授权使用期限", "≥5年", 5),
        ("满意度指标", 10, "服务对象满意度指标", "经销商满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="tolerated: the indicator scores add to 95, the same shortfall")  # fmt: skip
    signature(s, filler="蒋立群", phone="0573-66210921", date=day(2025, 2, 26))
    return b
