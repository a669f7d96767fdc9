"""Animal disease control (动物防疫): compulsory vaccination counted in 头 and 羽, densities and
antibody rates, a money block with the shares of each level and detail lines."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout24.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, pct

WAN = "#,##0.00"


def _details(s: Sheet, lines: tuple[tuple[str, float], ...], total: float) -> None:
    s.row("资金明细", "支出内容", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    top = s.r
    for name, amount in lines:
        s.row(None, name, None, C(amount, WAN), "", None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, C(total, WAN), "", None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("ih09-animal-epidemic-ok", (1, 12), "project head, 指标值类型 column, detail lines")
def animal_epidemic_ok() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 10, 16, 18))
    project_head(
        s, year=2026, name="重大动物疫病强制免疫及防控", dept="青箬县农业农村局",
        unit="青箬县动物疫病预防控制中心", attr="常年项目",
        money=[("年度资金总额", C(486.5, WAN), "其中：财政拨款", C(486.5, WAN)),
               ("其中：中央补助", C(220, WAN), "省级补助", C(96.5, WAN)),
               ("县级配套", C(170, WAN), "其他资金", C(0, WAN))],
        goals=["完成猪、牛、羊口蹄疫和高致病性禽流感等重大动物疫病强制免疫，春秋两季集中免疫"
               "按期完成，应免畜禽免疫密度保持在90%以上，病死畜禽无害化处理率100%，确保不发生区域性"
               "重大动物疫情。"],
    )  # fmt: skip
    _details(s, (("疫苗采购", 268), ("免疫注射劳务补助", 132.5),
                 ("病死畜禽无害化处理补助", 58), ("监测采样与检测", 28)), 486.5)  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "备注"),
            ("产出指标", "数量指标", "猪口蹄疫强制免疫数量", "定量", "≥18.6万头", ""),
            (None, None, "牛羊口蹄疫强制免疫数量", "定量", "≥7.2万头", ""),
            (None, None, "高致病性禽流感免疫数量", "定量", "≥260万羽", ""),
            (None, None, "病死畜禽无害化处理数量", "定量", "≥1.5万头", "折合猪当量"),
            (None, "质量指标", "应免畜禽免疫密度", "定量", pct(0.9), ""),
            (None, None, "免疫抗体合格率", "定量", "≥70%", ""),
            (None, None, "病死畜禽无害化处理率", "定量", pct(1.0), ""),
            (None, "时效指标", "春季集中免疫完成时间", "定量", "5月31日前", ""),
            (None, None, "秋季集中免疫完成时间", "定量", "11月30日前", ""),
            (None, "成本指标", "免疫注射劳务补助标准", "定量", "≤1.5元/头次", ""),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生数", "定量", "0起", ""),
            (None, "生态效益指标", "病死畜禽随意丢弃现象", "定性", "明显减少", ""),
            (None, "可持续影响指标", "动物疫病防控长效机制", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "养殖场（户）满意度", "定量", "≥90%", ""),
        ],
        merged=(1, 2),
    )
    s.row("填报单位（盖章）：青箬县农业农村局", None, None, "填报日期：2025年11月24日", None,
          None, merge=[(1, 3), (4, 6)])  # fmt: skip
    return b


@variant("ih10-animal-epidemic", (1, 12), "project head, rates as counts, a date in 2023")
def animal_epidemic() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 18))
    project_head(
        s, year=2026, name="动物防疫补助经费", dept="桐溪县农业农村局",
        unit="桐溪县畜牧兽医水产中心", attr="常年项目",
        start=mk(day(2023, 1, 1), "Y102", "error", alt=("Y101", "Y103")),
        money=[("年度资金总额", C(312, WAN), "其中：财政拨款", C(312, WAN)),
               ("其中：中央补助", C(150, WAN), "省级补助", C(62, WAN)),
               ("县级配套", C(100, WAN), "其他资金", C(0, WAN))],
        goals=["完成重大动物疫病强制免疫，免疫密度90%以上，免疫抗体合格率70%以上，病死畜禽"
               "全部无害化处理，全年不发生区域性重大动物疫情。"],
    )  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"),
            ("产出指标", "数量指标", "猪口蹄疫强制免疫数量", "≥11.4", "万头", ""),
            (None, None, "禽流感强制免疫数量", "≥150", "万羽", ""),
            (None, "质量指标", "应免畜禽免疫密度", mk("≥18.6万头", "T105", "error"), "", ""),
            (
                None,
                None,
                "免疫抗体合格率",
                mk(pct(1.2), "T106", "error", note="120% on an antibody pass rate"),
                "",
                "",
            ),
            (None, None, "病死畜禽无害化处理率", "=100%", "", ""),
            (None, "时效指标", "春秋两季集中免疫完成时间", "≤11月30日", "", ""),
            (None, "成本指标", "疫苗采购成本", "≤160", "万元", ""),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0", "起", ""),
            (None, "可持续影响指标", "基层动物防疫队伍稳定性", "稳定", "", ""),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "", ""),
        ],
        merged=(1, 2),
    )
    s.row("填表人：汪海燕    审核人：吕振国    联系电话：2286107", merge=[(1, 6)])
    return b
