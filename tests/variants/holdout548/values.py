"""Returns about cell values: typed percentages, points at two levels, money blocks and
conversion artefacts (cl01–cl06)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout548.common import (
    BUREAU,
    YEAR,
    funds,
    note,
    project,
    sign,
    start,
    tiered,
    wan,
)
from tests.variants.holdout548.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("cl01-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 下降率 with ≥, =100% at the ceiling, a rise in 百分点 (correct)")  # fmt: skip
def percent_cells() -> Book:
    b, s = start()
    project(s, "石碾乡米酒作坊食品安全提升项目", "枫岙县石碾乡人民政府", funds(86, 70, 16),
            ["改造米酒作坊24家，配齐不锈钢发酵罐，米酒抽检合格率达到98%以上。"])  # fmt: skip
    tiered(s, OPS, [
        ("产出指标", "数量指标", "改造米酒作坊", "≥", 24, "家"),
        (None, None, "更换不锈钢发酵罐", "≥", 120, "个"),
        (None, "质量指标", "成品米酒抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "甲醇超标批次下降率", "≥", pct(0.5), "%"),
        (None, "时效指标", "作坊改造按期完成率", "=", pct(1), "%"),
        (None, "成本指标", "每家作坊改造补助标准", "≤", 3, "万元/家"),
        ("效益指标", "经济效益指标", "改造作坊户均年增收", "≥", 0.6, "万元"),
        (None, "社会效益指标", "作坊持证经营比例提高", "≥", 5, "百分点"),
        (None, "可持续影响指标", "作坊自检台账建立率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃秀禾", "0796-5821376")
    return b


@variant("cl02-percent-over", (1, 12),
         "project, OLD-NAT, operator and unit columns: a typed 105% on a 合格率 and a money "
         "total that is not its parts")  # fmt: skip
def percent_over() -> Book:
    b, s = start()
    total = mk(wan(95), "B101", "error", note="70 + 20 = 90, not 95")
    project(s, "茶垭村腊肉熏制作坊标准化改造项目", "枫岙县雾溪镇人民政府",
            [["年度资金总额", total, "其中：财政拨款", wan(70)], ["其他资金", wan(20)]],
            ["改造腊肉熏房30间，配置亚硝酸盐快检设备，熏制环节全部纳入台账管理。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%")
    tiered(s, OPS, [
        ("产出指标", "数量指标", "改造腊肉熏房", "≥", 30, "间"),
        (None, None, "配置亚硝酸盐快检设备", "≥", 8, "套"),
        (None, "质量指标", "腊肉亚硝酸盐检测合格率", "≥", over, "%"),
        (None, "时效指标", "熏房改造按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每间熏房改造补助", "≤", 2, "万元/间"),
        ("效益指标", "社会效益指标", "熏房烟尘投诉件数", "≤", 3, "件"),
        (None, "可持续影响指标", "作坊熏制台账建立率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "熏制户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龙阿满", "0796-5823014")
    return b


@variant("cl03-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rate raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = start()
    project(s, "雾溪镇米酒发酵间改造项目", "枫岙县雾溪镇人民政府", funds(90, 75, 15),
            ["改造发酵间20户，配备快检设备6套，持证作坊占比提高8个百分点以上。"])  # fmt: skip
    tiered(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "每户发酵间改造补助", "≤2.5万元/户", 5),
        (None, None, None, "快检设备购置成本", "≤18万元", 5),
        ("产出指标", 50, "数量指标", "改造发酵间", "≥20户", 15),
        (None, None, None, "配备快检设备", "≥6套", 10),
        (None, None, "质量指标", "成品米酒抽检合格率", "≥98%", 15),
        (None, None, "时效指标", "改造完成时间", "2025年11月30日前", 10),
        ("效益指标", 30, "社会效益指标", "持证作坊占比提高", "≥8百分点", 15),
        (None, None, "可持续影响指标", "作坊卫生管理制度建立率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "作坊经营户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值与指标分值均为百分制，二者不相加。")
    sign(s, "杨青禾", "0796-5827730")
    return b


@variant("cl04-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores: 产出 and 效益 "
         "do not add up to their declared points")  # fmt: skip
def points_mismatch() -> Book:
    b, s = start()
    project(s, "峒口村腊肉作坊食品安全达标项目", "枫岙县峒口乡人民政府", funds(64, 54, 10),
            ["峒口村腊肉作坊18家完成熏房、晾晒间改造，全部建立进货查验记录。"])  # fmt: skip
    out = mk(50, "W103", "error", note="15 + 10 + 15 + 5 = 45, not 50")
    eff = mk(30, "W103", "error", note="15 + 20 = 35, not 30")
    tiered(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "每家作坊改造补助", "≤3万元/家", 10),
        ("产出指标", out, "数量指标", "改造腊肉作坊", "≥18家", 15),
        (None, None, None, "新建晾晒间", "≥18间", 10),
        (None, None, "质量指标", "腊肉抽检合格率", "≥97%", 15),
        (None, None, "时效指标", "改造完成时间", "2025年10月31日前", 5),
        ("效益指标", eff, "社会效益指标", "进货查验记录建立率", "≥95%", 15),
        (None, None, "可持续影响指标", "作坊年度自查覆盖率", "≥90%", 20),
        ("满意度指标", 10, "服务对象满意度指标", "作坊经营户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "吴冬生", "0796-5829145")
    return b


@variant("cl05-department-money", (12,),
         "department, NAT-2021: budget with shares, tasks adding to 金额合计 (= 项目支出) with a "
         "footnote explaining the total, an incident count of 0起 (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    share = "0.00%"
    department_head(s, year=YEAR, dept=BUREAU, budget=[
        (wan(1260), wan(1180), wan(80), wan(860), wan(400)),
        (pct(1, share), pct(0.9365, share), pct(0.0635, share), pct(0.6825, share),
         pct(0.3175, share)),
    ], tasks=[
        ("米酒作坊提升", "发酵间、蒸馏设备改造", wan(150), "米酒作坊≥60家达标"),
        ("腊肉作坊提升", "熏房、晾晒间改造", wan(170), "腊肉作坊≥60家达标"),
        ("小作坊抽检", "米酒、腊肉监督抽检", wan(80), "抽检≥600批次"),
        ("金额合计", None, wan(400), None),
    ], goal="全县米酒、腊肉小作坊120家完成食品安全提升，抽检合格率稳定在97%以上。")  # fmt: skip
    note(s, "注：金额合计为项目支出，不含基本支出860万元。")
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "每家作坊提升补助", "≤2.5万元/家"),
        ("产出指标", "数量指标", "完成提升的小作坊", "≥120家"),
        (None, None, "米酒、腊肉监督抽检", "≥600批次"),
        (None, "质量指标", "小作坊抽检合格率", "≥97%"),
        (None, "时效指标", "抽检结果公示时限", "≤20个工作日"),
        ("效益指标", "社会效益指标", "小作坊食品安全事故", "≤0起"),
        (None, "可持续影响指标", "小作坊信用档案建档率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈立夏", "0796-5820118")
    return b


@variant("cl06-pdf-artefacts", (9, 12),
         "project, OLD-NAT, detail lines under the head: a split number, an amount pasted "
         "twice, a unit cost rounded to 0")  # fmt: skip
def pdf_artefacts() -> Book:
    b, s = start()
    project(s, "枫岙县米酒蒸馏设备更新项目", "枫岙县米酒行业协会", funds(86, 70, 16),
            ["更新蒸馏设备40台，作坊快检全覆盖，米酒甲醇指标合格率100%。"])  # fmt: skip
    s.row("项目支出明细（万元）", "支出内容", "金额", "测算依据", merge=[(4, 6)])
    top = s.r
    s.table([
        (None, "发酵间改造", mk("38.2 5", "X105", "warning", alt=("X103",),
                                note="read as 38.25: the lines then add up to 86"),
         "15家×2.55万元"),
        (None, "蒸馏设备", 24, "40台×0.6万元"),
        (None, "快检设备", mk("16万16万(含安装)", "X106", "error", alt=("B108",),
                              note="16万 pasted twice"), "20套×0.8万元"),
        (None, "作坊人员培训", 7.75, "310人次×250元"),
        (None, "合计", 86, None),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    zero = mk("≤0万元/套", "T115", "error", note="0.8万元 per set rounded away")
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新蒸馏设备", "≥40台"),
        (None, None, "配备快检设备", "≥20套"),
        (None, "质量指标", "米酒甲醇指标合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "快检设备单价", zero),
        ("效益指标", "社会效益指标", "作坊快检覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘素英", "0796-5824467")
    return b
