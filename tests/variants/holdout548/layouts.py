"""Returns about layouts: stacked projects, flat lists, notes and page breaks, a budget-system
export with the table on a second sheet (cl07–cl12)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout548.common import (
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
from tests.variants.kit import Book, Sheet, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def wine_block(s: Sheet) -> None:
    """The first of two stacked projects: rice-wine workshops in 石碾乡."""
    project(s, "石碾乡米酒作坊卫生提升项目", "枫岙县石碾乡人民政府", funds(60, 48, 12),
            ["改造米酒作坊15家，作坊经营户满意度达到90%以上。"])  # fmt: skip
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "改造作坊数量", "≥15家"),
        (None, "质量指标", "米酒抽检合格率", "≥97%"),
        (None, "成本指标", "每家作坊改造补助", "≤3.5万元/家"),
        ("效益指标", "社会效益指标", "作坊持证率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ])  # fmt: skip


@variant("cl07-stacked-two", (2,),
         "two projects stacked in one sheet (rice wine, cured pork), OLD-NAT, one value column, "
         "the same indicator names with other values in each project (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = start()
    wine_block(s)
    s.skip()
    project(s, "茶垭村腊肉作坊卫生提升项目", "枫岙县雾溪镇人民政府", funds(72, 60, 12),
            ["改造腊肉作坊20家，作坊经营户满意度达到92%以上。"], title="")  # fmt: skip
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "改造作坊数量", "≥20家"),
        (None, "质量指标", "腊肉亚硝酸盐检测合格率", "≥98%"),
        (None, "成本指标", "每家作坊改造补助", "≤3万元/家"),
        ("效益指标", "社会效益指标", "作坊持证率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "覃秀禾", "0796-5821376")
    return b


@variant("cl08-stacked-defects", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does "
         "not add up and one of its rates is given as a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = start()
    wine_block(s)
    s.skip()
    period = mk(wan(58), "B101", "error", required=False, note="the same sum as the year's")
    total = mk(wan(58), "B101", "error", note="46 + 10 = 56, not 58")
    project(s, "峒口村腊肉熏房改造项目", "枫岙县峒口乡人民政府", funds(period, 46, 10,
            annual=(total, 46, 10)), ["改造腊肉熏房16间，熏制户满意度达到90%以上。"],
            title="")  # fmt: skip
    count = mk("≥16间", "T105", "error", note="a 完成率 given as a count of rooms")
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "改造熏房数量", "≥16间"),
        (None, "时效指标", "熏房改造完成率", count),
        (None, "成本指标", "每间熏房改造补助", "≤3万元/间"),
        ("效益指标", "社会效益指标", "熏房烟尘投诉下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "熏制户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙阿满", "0796-5823014")
    return b


@variant("cl09-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100, a 下降率 with ≥, 0起 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="枫岙县雾溪镇人民政府", budget=[
        (wan(420), wan(390), wan(30), wan(300), wan(120)),
    ], goal="雾溪镇腊肉作坊40家完成熏房改造，亚硝酸盐超标批次明显下降。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("完成熏房改造的腊肉作坊", 20, "家", "≥", 40),
        ("腊肉监督抽检", 15, "批次", "≥", 160),
        ("腊肉抽检合格率", 20, "%", "≥", pct(0.97)),
        ("亚硝酸盐超标批次下降率", 15, "%", "≥", pct(0.3)),
        ("腊肉作坊食品安全事故", 10, "起", "≤", 0),
        ("每家作坊熏房改造补助", 10, "万元/家", "≤", 2.5),
        ("作坊经营户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    note(s, "说明：权重合计100。")
    sign(s, "吴冬生", "0796-5829145")
    return b


@variant("cl10-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="枫岙县石碾乡人民政府", budget=[
        (wan(380), wan(350), wan(30), wan(270), wan(110)),
    ], goal="石碾乡米酒作坊36家完成发酵间改造，米酒抽检不合格率控制在3%以内。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("完成改造的米酒作坊", mk("≥36万元", "T112", "error",
                                    note="万元 in the value, 家 in the unit column"), "正向",
         "家", 20),
        ("米酒监督抽检", "≥150", "正向", "批次", 15),
        ("米酒抽检不合格率", mk("≥3%", "T108", "warning", row=True,
                                  alt=("D104",),
                                  note="反向 rate with ≥; the goal says 3%以内"), "反向", "%",
         20),
        ("每家作坊改造补助", "≤2.8", "反向", "万元/家", 10),
        ("作坊持证率", "≥90%", "正向", "%", 15),
        ("作坊经营户满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 15 + 20 + 10 + 15 + 15 = 95, not 100")
    sign(s, "杨青禾", "0796-5827730")
    return b


@variant("cl11-notes-page-break", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a unit column; an instruction row, "
         "the header repeated after a page break, 注 and 填表说明 under the table, "
         "signature dated the year before (correct)")  # fmt: skip
def notes_page_break() -> Book:
    b, s = start()
    project(s, "雾溪镇腊肉晾晒间建设项目", "枫岙县雾溪镇人民政府", funds(48, 40, 8),
            ["新建腊肉晾晒间12间，晾晒环节防蝇防尘设施全覆盖。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "计量单位", "备注")
    s.row(*head)
    s.row("（请按项目实际填写，行数不够可自行增加）", merge=[(1, 6)])
    s.table([
        ("产出指标", "数量指标", "新建晾晒间", "≥12", "间", None),
        (None, None, "安装防蝇防尘设施", "≥12", "套", None),
        (None, "质量指标", "晾晒间验收合格率", "≥95", "%", None),
        (None, "成本指标", "每间晾晒间建设成本", "≤3.5", "万元/间", "含设施"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ("产出指标", "时效指标", "晾晒间建设工期", "≤8", "个月", None),
        ("效益指标", "社会效益指标", "晾晒环节防蝇防尘覆盖率", "≥95", "%", None),
        ("满意度指标", "服务对象满意度指标", "腊肉作坊经营户满意度", "≥90", "%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：每间晾晒间建设成本含防蝇防尘设施，12间合计不超过42万元。")
    note(s, "填表说明：指标值只填数字，单位填在计量单位列。")
    sign(s, "潘素英", "0796-5824467")
    return b


@variant("cl12-export-second-sheet", (7,),
         "budget-system export: codes in the first columns, money on the first sheet, the "
         "table on a second sheet under 绩效目标值, header on row 3 (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 24, 20, 30, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    s.row("318004", "枫岙县食品检验检测中心", "2025318004000012", "米酒作坊快检能力提升",
          "专项业务", wan(64), wan(54), wan(10))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 24, 30, 12, 14, 26, 14, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    t.row("单位：枫岙县食品检验检测中心")
    t.row("单位编码", "项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
          "绩效目标值", "计量单位")  # fmt: skip
    goal = "为米酒作坊配备快检箱32套，培训快检人员64人次，甲醇快检覆盖全部作坊。"
    t.table([
        ("318004", "2025318004000012", "米酒作坊快检能力提升", goal, "产出指标", "数量指标",
         "配备快检箱", "≥32", "套"),
        (None, None, None, None, None, None, "培训快检人员", "≥64", "人次"),
        (None, None, None, None, None, "质量指标", "快检结果复核一致率", "≥95", "%"),
        (None, None, None, None, None, "成本指标", "每套快检箱单价", "≤1.2", "万元/套"),
        (None, None, None, None, "效益指标", "社会效益指标", "作坊甲醇快检覆盖率", "=100", "%"),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90",
         "%"),
    ], merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    return b
