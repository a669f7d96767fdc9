"""Returns in the layouts of other offices: stacked projects, two-row headers, a budget-system
export on a second sheet, template rows left empty, weights."""

from __future__ import annotations

from tests.variants.holdout363.common import (
    H4,
    H6,
    YEAR,
    book,
    indicators,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout363.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


def _vaccine(s: Sheet, title: str | None) -> None:
    project(s, "牦牛口蹄疫和布病强制免疫项目", "岗措县动物疫病预防控制中心",
            one_year(64, 64, 0), ["完成牦牛强制免疫4万头次，免疫密度保持在90%以上。"],
            title=title)  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "牦牛强制免疫", "≥4万头次"),
        (None, "质量指标", "免疫抗体合格率", "≥80%"),
        (None, "时效指标", "春季集中免疫完成时间", "2025年5月31日前"),
        (None, "成本指标", "每头次免疫成本", "≤16元/头次"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥92%"),
    ])  # fmt: skip


@variant(
    "vi13-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same 满意度 name with different values in each project (correct)",
)
def stacked_two() -> Book:  # fmt: skip
    b, s = book()
    _vaccine(s, f"{YEAR}年度项目支出绩效目标申报表（汇总）")
    s.skip(2)
    project(s, "天然草原生产力监测项目", "岗措县草原工作站", one_year(28, 25, 3),
            ["完成全县天然草原生产力监测，核定适宜载畜量。"], title="")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "草原生产力监测样方", "≥360个"),
        (None, "质量指标", "监测数据上报合格率", "≥95%"),
        (None, "时效指标", "监测报告报送时间", "2025年10月15日前"),
        (None, "成本指标", "每个样方监测成本", "≤700元/个"),
        ("效益指标", "生态效益指标", "核定载畜量覆盖牧业村", "≥48个"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "达瓦", "0975-6184470")
    return b


@variant(
    "vi14-stacked-wrong",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's annual money not adding up, one capped rate above 100%",
)
def stacked_wrong() -> Book:  # fmt: skip
    b, s = book()
    _vaccine(s, None)
    s.skip(2)
    total = mk(wan(46), "B101", "error", note="40 + 4 = 44 ≠ 46")
    project(s, "牦牛寄生虫病驱虫项目", "岗措县动物疫病预防控制中心",
            [("年度资金总额", total, "其中：财政拨款", wan(40)), ("其他资金", wan(4), None, None)],
            ["春秋两季为牦牛驱虫各4万头次。"], title="")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "牦牛驱虫", "≥8万头次"),
        (None, "质量指标", "驱虫药品质量合格率",
         mk("≥105%", "T106", "error", note="a capped 合格率 above 100%")),
        (None, "时效指标", "秋季驱虫完成时间", "2025年10月31日前"),
        (None, "成本指标", "每头次驱虫成本", "≤5元/头次"),
        ("效益指标", "经济效益指标", "驱虫后牦牛寄生虫感染率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "达瓦", "0975-6184470")
    return b


@variant(
    "vi15-two-row-header",
    (4, 7),
    "project, NAT-2021, two-row header (绩效目标值 over "
    "指标值 · 计量单位, 评价标准), the header repeated after a page break (correct)",
)
def two_row_header() -> Book:  # fmt: skip
    b, s = book()
    project(s, "牦牛养殖合作社提质增效项目", "岗措县农牧产业发展中心", one_year(85, 70, 15),
            ["扶持牦牛养殖合作社10家，带动入社牧户400户增收。"])  # fmt: skip
    s.row("绩效指标")
    head = [("一级指标", "二级指标", "三级指标", "绩效目标值", None, "评价标准"),
            (None, None, None, "指标值", "计量单位", None)]  # fmt: skip
    for line in head:
        s.row(*line)
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r - 1, end_column=5)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    full = "完成得满分，未完成按比例扣分"
    s.table([
        ("产出指标", "数量指标", "扶持牦牛养殖合作社", "≥10", "家", full),
        (None, None, "带动入社牧户", "≥400", "户", full),
        (None, "质量指标", "合作社规范化管理达标率", "≥90", "%", full),
        (None, "时效指标", "扶持资金拨付完成时间", "2025年9月30日前", None, full),
        ("成本指标", "经济成本指标", "每家合作社扶持资金", "≤8.5", "万元/家", full),
    ], merged=(1, 2))  # fmt: skip
    for line in head:
        s.row(*line)
    s.table([
        ("效益指标", "经济效益指标", "入社牧户户均增收", "≥2500", "元", full),
        (None, "可持续影响指标", "合作社持续经营年限", "≥5", "年", full),
        ("满意度指标", "服务对象满意度指标", "入社牧户满意度", "≥90", "%", full),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "仁青", "0975-6189063")
    return b


@variant("vi16-export-second-sheet", (7, 12), "budget-system export: 部门项目支出预算05-1 with the "
         "money, 部门项目支出绩效目标05-2 with codes in the first columns and the header on the "
         "third row (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = book("部门项目支出预算05-1", (20, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：岗措县畜牧兽医工作站", None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("632722250013", "牦牛生产性能测定项目", wan(48), wan(42), wan(6))
    s.row("合计", None, wan(48), wan(42), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 28, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位名称：岗措县畜牧兽医工作站")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    code, name = "632722250013", "牦牛生产性能测定项目"
    rows = [
        ("产出指标", "数量指标", "测定牦牛体尺体重", "≥2400", "头"),
        (None, "质量指标", "测定数据录入准确率", "≥98", "%"),
        (None, "时效指标", "测定任务完成时间", "2025年10月31日前", None),
        ("成本指标", "经济成本指标", "每头测定成本", "≤200", "元/头"),
        ("效益指标", "可持续影响指标", "牦牛选育档案持续更新年限", "≥5", "年"),
        ("满意度指标", "服务对象满意度指标", "参测牧户满意度", "≥90", "%"),
    ]  # fmt: skip
    t.table([(code, name, *r) for r in rows], merged=(3, 4))
    return b


@variant(
    "vi17-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from "
    "the template without an indicator, a value with no name, a name of one full-width space",
)
def template_rows() -> Book:  # fmt: skip
    b, s = book()
    project(s, "牦牛犊牛补饲试点项目", "岗措县畜牧兽医工作站", one_year(36, 30, 6),
            ["为1200头当年生牦牛犊牛补饲，提高犊牛越冬成活率。"])  # fmt: skip
    nameless = "a value with no indicator name"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每头犊牛补饲成本", "≤300元/头"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("产出指标", "数量指标", "补饲犊牛数量", "≥1200头"),
        (None, None, mk(None, "F110", "error", note=nameless), "≥40户"),
        (None, "质量指标", "补饲饲料质量合格率", "=100%"),
        (None, "时效指标", "补饲饲料发放完成时间", "2025年11月15日前"),
        ("效益指标", "经济效益指标", mk("\u3000", "F110", "error", note=nameless + " (a "
                                       "full-width space)"), "≥90%"),
        (None, "社会效益指标", "试点犊牛越冬死亡率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "试点牧户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "曲珍", "0975-6182851")
    return b


@variant(
    "vi18-weights-wrong",
    (1, 10),
    "project, OLD-NAT, operator, unit and 权重 columns, "
    "typed percent cells: weights adding to 105, a completion deadline given as 100%",
)
def weights_wrong() -> Book:  # fmt: skip
    b, s = book()
    project(s, "牦牛短期育肥出栏项目", "岗措县农牧产业发展中心", one_year(72, 60, 12),
            ["育肥出栏牦牛1500头，缩短出栏周期，减轻冬春草场放牧压力。"])  # fmt: skip
    indicators(s, (*H6, "权重"), [
        ("产出指标", "数量指标", "育肥出栏牦牛", "≥", 1500, "头", 20),
        (None, "质量指标", "出栏牦牛检疫合格率", "=", pct(1), "%", 15),
        (None, "时效指标", "育肥出栏完成时间", "=",
         mk(pct(1), "T113", "warning", note="a deadline given as 100%"), None, 10),
        (None, "成本指标", "每头育肥补助标准", "≤", 480, "元/头", 15),
        ("效益指标", "经济效益指标", "育肥牦牛户均增收", "≥", 2000, "元", 15),
        (None, "生态效益指标", "冬春草场载畜量减少", "≥", 1500, "羊单位", 15),
        ("满意度指标", "服务对象满意度指标", "育肥牧户满意度", "≥", pct(0.9), "%", 15),
    ], )  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 105, not 100")
    signature(s, "贡布", "0975-6185592")
    return b
