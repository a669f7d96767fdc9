"""New Year prints (年画): notes, tier labels, template rows and header words (vt07–vt12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout374.common import header, indicators, notes, one_year, sign, start
from tests.variants.holdout374.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant(
    "vt07-nianhua-footnotes",
    (4,),
    "project, OLD-NAT, one value column; a 注 row inside the table, the header repeated "
    "after a page break, footnotes, 填表说明, signature and date lines (correct)",
)
def vt07() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="柘塘镇木版年画馆藏数字化项目",
        dept="柘塘镇人民政府（520311）",
        unit="柘塘镇年画博物馆",
        money=one_year(48, 45, 3),
        goals=["完成馆藏木版年画高清采集600幅，建成数字资源库。"],
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "高清采集年画幅数", "≥600幅"),
            (None, None, "数字资源库条目数", "≥600条"),
            (None, "质量指标", "采集图像验收合格率", "≥98%"),
        ],
    )
    notes(s, "注：采集幅数按全年累计填报，不含重复采集。")
    s.skip()
    header(s)
    indicators(
        s,
        [
            ("产出指标", "时效指标", "资源库上线时间", "2025年11月30日前"),
            (None, "成本指标", "每幅年画采集成本", "≤0.07万元/幅"),
            ("效益指标", "社会效益指标", "资源库年访问人次", "≥50000人次"),
            (None, "可持续影响指标", "数字资源长期保存率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "访问用户满意度", "≥90%"),
        ],
    )
    notes(
        s,
        "说明：项目资金48万元，其中其他资金3万元为上年结转。",
        "填表说明：指标值须含比较符和计量单位，定性指标填写等级。",
    )
    sign(s, "阎青禾", "0739-6620158", 2024, 12, 2)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant(
    "vt08-nianhua-notes-wrong",
    (4, 9),
    "project, OLD-NAT, one value column; a 说明 row between tiers and a stamp line, with a "
    "合格率 over 100% and a placeholder left in a count",
)
def vt08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹤坪区年画老版修复项目",
        dept="鹤坪区文化和旅游局（208001）",
        unit="鹤坪区年画研究所",
        money=one_year(36, 30, 6),
        goals=["修复清代至民国年画线版40块，举办修复成果展演。"],
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "修复年画线版块数", "≥40块"),
            (
                None,
                None,
                "修复成果展演场次",
                mk("≥**场", "X101", "error", note="场次仍是模板占位符"),
            ),
            (
                None,
                "质量指标",
                "线版修复验收合格率",
                mk("≥105%", "T106", "error", note="合格率不能超过100%"),
            ),
            (None, "成本指标", "每块线版修复成本", "≤0.8万元/块"),
        ],
    )
    notes(s, "说明：以下效益和满意度指标按项目完成后第一年测算。")
    indicators(
        s,
        [
            ("效益指标", "社会效益指标", "修复线版重印年画种类", "≥15种"),
            ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("单位（盖章）", None, None, "负责人：", "侯敬山")
    return b


@variant(
    "vt09-nianhua-tier-labels",
    (5, 10),
    "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, "
    "（一）数量指标), a 下降率 with ≥ (correct)",
)
def vt09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="云梓市传统年画复刻与版权保护项目",
        dept="云梓市文化广电旅游局（311004）",
        unit="云梓市年画艺术中心",
        money=one_year(35, 30, 5),
        goals=["复刻传统年画25套，登记年画作品版权80件，盗版投诉明显下降。"],
    )
    header(s)
    indicators(
        s,
        [
            ("一、产出指标（40分）", "（一）数量指标", "1.复刻传统年画套数", "≥25套"),
            (None, None, "2.登记年画作品版权件数", "≥80件"),
            (None, "（二）质量指标", "3.复刻样稿专家评审通过率", "≥90%"),
            (None, "（三）时效指标", "4.复刻任务完成时限", "≤10个月"),
            ("二、成本指标（20分）", "（一）经济成本指标", "5.每套年画复刻成本", "≤0.8万元/套"),
            ("三、效益指标（30分）", "（一）社会效益指标", "6.年画盗版侵权投诉下降率", "≥10%"),
            (None, "（二）可持续影响指标", "7.复刻版样入库保存率", "=100%"),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.年画艺人满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vt10-nianhua-tiers-wrong",
    (5,),
    "project, NAT-2021, abbreviated tier labels: a 社会效益 block under 产出, an evaluation "
    "tier 过程, and =95% on a satisfaction rate",
)
def vt10() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="枫渡县年画进景区展销项目",
        dept="枫渡县文化和旅游局（415003）",
        unit="枫渡县非遗保护中心",
        money=one_year(28, 24, 4),
        goals=["在6个景区设年画展销点，全年展销年画1.5万张。"],
    )
    header(s)
    indicators(
        s,
        [
            ("产出", "数量", "设立景区展销点数", "≥6个"),
            (None, None, "展销年画张数", "≥15000张"),
            (
                None,
                mk("社会效益", "F105", "error", note="社会效益指标属于效益指标，不在产出下"),
                "带动年画艺人增收户数",
                "≥30户",
            ),
            ("成本", "经济成本", "每个展销点布展成本", "≤4万元/个"),
            (
                mk(
                    "过程",
                    "F108",
                    "error",
                    alt=("F103",),
                    note="过程是评价指标，不是目标表的一级指标",
                ),
                ok("组织实施", "error"),
                "展销点巡查次数",
                "≥24次",
            ),
            ("效益", "可持续影响", "景区年画展销点保留率", "≥80%"),
            (
                "满意度",
                "服务对象满意度",
                "游客满意度",
                mk("=95%", "T107", "warning", note="满意度写成恰好等于95%，应为≥"),
            ),
        ],
    )
    return b


@variant(
    "vt11-nianhua-template-rows",
    (6, 7, 13),
    "project, OLD-NAT, headers 指标内容 and 绩效标准; a tier-2 left from the template without "
    "an indicator, a value whose name cell is empty",
)
def vt11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="柘塘镇年画写生采风活动项目",
        dept="柘塘镇人民政府（520311）",
        unit="柘塘镇文化站",
        money=one_year(12, 10, 2),
        goals=["组织年画艺人写生采风4次，创作新题材年画30幅。"],
    )
    header(s, "一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "写生采风次数", "≥4次"),
            (None, None, "新题材年画创作幅数", "≥30幅"),
            (None, None, mk(None, "F110", "error", note="有指标值却没有指标名称"), "≥2场"),
            (None, "质量指标", "新作入选年画展比例", "≥30%"),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标"),
                None,
                None,
            ),
            (None, "成本指标", "每次采风成本", "≤2.5万元/次"),
            ("效益指标", "社会效益指标", "新作展出观众人次", "≥8000人次"),
            ("满意度指标", "服务对象满意度指标", "参与艺人满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vt12-nianhua-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator table on a second sheet under a two-row "
    "header with 考核指标, 目标值（年度） and a 评价标准 column, "
    "percent cells (correct)",
)
def vt12() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2025,
        name="鹤坪区年画节庆市场推广项目",
        dept="鹤坪区商务局（208040）",
        unit="鹤坪区会展服务中心",
        money=one_year(55, 45, 10),
        goals=["春节前举办年画节1届，参展年画作坊50家，销售年画5万张。"],
    )
    t = b.sheet("绩效指标", widths=(14, 16, 28, 16, 30))
    t.title("2025年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "考核指标")
    t.ws.merge_cells(start_row=t.r - 1, start_column=4, end_row=t.r, end_column=4)
    t.ws.merge_cells(start_row=t.r - 1, start_column=5, end_row=t.r, end_column=5)
    indicators(
        t,
        [
            ("产出指标", "数量指标", "参展年画作坊数", "≥50家", "每少1家扣0.5分"),
            (None, None, "年画销售张数", "≥50000张", "按完成比例计分"),
            (
                None,
                "质量指标",
                "展位布置验收合格率",
                ok(pct(0.95), note="没有比较符的百分比单元格"),
                "未达标不得分",
            ),
            (None, "时效指标", "年画节举办日期", "2025年1月20日前", "逾期不得分"),
            (None, "成本指标", "每个展位搭建成本", "≤0.6万元/个", "超支不得分"),
            ("效益指标", "经济效益指标", "年画节销售额", "≥200万元", "按完成比例计分"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "参展作坊满意度",
                ok(pct(0.9), note="没有比较符的百分比单元格"),
                "低于90%酌情扣分",
            ),
        ],
    )
    return b
