"""County logistics delivery to villages: kdr13–kdr18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout788.common import (
    book,
    details,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout788.registry import variant
from tests.variants.kit import Book, day, mk, money

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kdr13-delivery-export",
    (4, 7),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with the header on "
    "the third row, codes in the first columns, operators in words, the header repeated "
    "after a page break, a 注 line (correct)",
)
def kdr13() -> Book:
    b, s = book("部门项目支出预算05-1", (20, 30, 14, 14, 14))
    name = "县域寄递物流进村补助"
    s.title("部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("511325-25-0417", name, money(96), money(90), money(6))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 12, 28, 12, 10, 10))
    t.title("部门项目支出绩效目标表（2025年度）", 8)
    t.row("单位：桐岙县邮政业发展中心")
    header = (
        "项目编码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标方向",
        "指标值",
        "计量单位",
    )
    code = "511325-25-0417"
    indicators(t, header, [
        (code, name, "产出指标", "数量指标", "新建村级寄递物流综合服务点", "大于等于", 45, "个"),
        (None, None, None, None, "新增农村客货邮融合线路", "大于等于", 6, "条"),
        (None, None, None, "质量指标", "快件村级投递准确率", "大于等于", 98, "%"),
        (None, None, None, "时效指标", "县城到村快件平均时长", "小于等于", 48, "小时"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    indicators(t, header, [
        (code, name, "产出指标", "成本指标", "服务点建设补助标准", "小于等于", 1.5, "万元/个"),
        (None, None, "效益指标", "经济效益指标", "农产品寄递出村量", "大于等于", 30, "万件"),
        (None, None, None, "社会效益指标", "建制村快递服务通达率", "等于", 100, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "村民寄递服务满意度", "大于等于", 90,
         "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "注：寄递数据以县邮政管理部门年度统计为准。", width=8)
    return b


@variant(
    "kdr14-delivery-cost",
    (12,),
    "project, OLD-NAT, one value column: 年度资金总额 against its sources, a completion date "
    "before the start, an operating subsidy × points above the money",
)
def kdr14() -> Book:
    b, s = book()
    total = mk(money(60), "B101", "error", note="财政拨款50 + 其他资金5 = 55，不是60")
    project_head(
        s,
        year=2025,
        name="菱塘县村级快递物流点运营补贴",
        dept="菱塘县交通运输局 902611",
        unit="菱塘县农村物流服务中心",
        money=one_year(total, 50, 5),
        end=mk(
            day(2024, 12, 31),
            "Y104",
            "error",
            alt=("Y102", "Y101"),
            note="计划完成日期2024-12-31早于开始日期2025-01-01",
        ),
        goals=["补贴120个村级快递物流点全年运营，实现快件进村“最后一公里”常态化。"],
    )
    rows = [
        ("产出指标", "数量指标", "补贴运营的村级快递物流点", "≥120个"),
        (None, "质量指标", "物流点快件丢失率", "≤0.1%"),
        (None, "时效指标", "快件到站后通知取件时限", "≤2小时"),
        (None, "成本指标", "单点年运营补贴",
         mk("≤0.6万元/个", "B107", "warning", row=True,
            note="0.6万元 × 120个 = 72万元，超过年度资金60万元")),
        ("效益指标", "社会效益指标", "行政村快递服务覆盖率", "≥98%"),
        (None, "经济效益指标", "农产品经物流点寄出件数", "≥20万件"),
        ("满意度指标", "服务对象满意度指标", "村民取件满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, H4, rows)
    return b


@variant(
    "kdr15-delivery-three-years",
    (7, 8, 11),
    "three-year project, NAT-2021, two-row header (指标值 over 中期 and 年度), smaller year "
    "counts beside the period's, a 下降率 with ≥, a breakage rate with ≤ (correct)",
)
def kdr15() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="桐岙县县乡村三级物流共配体系建设",
        dept="桐岙县商务局 511325",
        unit="桐岙县农村物流共配中心",
        attr="新增项目",
        money=multi_year((900, 840, 60), (320, 300, 20)),
        goals=[
            "三年建成村级寄递物流服务点150个，更新配送车辆30辆，县到村投递时长缩短20%。",
            "2025年建成服务点60个，更新配送车辆12辆，投递时长缩短10%。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    top = s.r
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "村级寄递物流服务点", "≥150个", "≥60个"),
        (None, None, "更新配送车辆", "≥30辆", "≥12辆"),
        (None, "质量指标", "快件破损率", "≤0.5%", "≤0.5%"),
        (None, "时效指标", "县到村快件平均投递时长下降率", "≥20%", "≥10%"),
        ("成本指标", "经济成本指标", "服务点建设补助标准", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "经济效益指标", "农村快件单件配送成本降低", "≥0.3元/件", "≥0.1元/件"),
        (None, "社会效益指标", "快递进村覆盖行政村比例", "≥98%", "≥90%"),
        (None, "生态效益指标", "新能源配送车辆占比", "≥60%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "村民快递服务满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "钟立帆", "0762-8841350", day(2025, 1, 8), "黎婉菁")
    return b


@variant(
    "kdr16-delivery-duplicate",
    (11,),
    "project, OLD-NAT, one value column: last year in the goal, a station count under 质量, "
    "the same 通达率 again under 社会效益 with another value",
)
def kdr16() -> Book:
    b, s = book()
    goal = mk(
        "2024年实现全县62个建制村快递进村全覆盖，新建村级寄递综合服务站40个。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年度的年度目标写2024年：上年目标未改",
    )
    project_head(
        s,
        year=2025,
        name="芦汊县快递进村全覆盖工程",
        dept="芦汊县邮政业发展中心",
        unit="芦汊县邮政业发展中心",
        money=one_year(50, 46, 4),
        goals=[goal],
    )
    rows = [
        ("产出指标", "数量指标", "覆盖建制村数量", "≥62个"),
        (None, "质量指标",
         mk("新建村级寄递综合服务站", "F201", "warning", row=True, note="站点个数是数量指标"),
         "≥40个"),
        (None, None, "建制村快递服务通达率", "≥98%"),
        (None, "时效指标", "快件县内投递时限", "≤48小时"),
        (None, "成本指标", "单站建设补助", "≤1万元/个"),
        ("效益指标", "社会效益指标", "建制村快递通达率",
         mk("≥95%", "D103", "error", alt=("D102", "D101"), row=True,
            note="与质量指标下的“建制村快递服务通达率 ≥98%”是同一指标，值不同")),
        (None, "经济效益指标", "农产品快递上行件数", "≥50万件"),
        ("满意度指标", "服务对象满意度指标", "村民寄递服务满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, H4, rows)
    return b


@variant(
    "kdr17-delivery-stacked",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the second project's money does not "
    "add up and its goal's vehicles differ from the indicator",
)
def kdr17() -> Book:
    b, s = book("项目表")
    project_head(
        s,
        year=2025,
        name="县域快递共配中心运营补助",
        dept="蓼洲县交通运输局 640923",
        unit="蓼洲县快递物流共配中心",
        money=one_year(80, 72, 8),
        goals=["共配中心全年处理进村快件300万件，承担全县18个乡镇的统一分拣配送。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "共配处理进村快件", "≥300万件"),
        (None, None, "统一配送覆盖乡镇", "≥18个"),
        (None, "质量指标", "分拣差错率", "≤0.3%"),
        (None, "时效指标", "乡镇快件当日分拨率", "≥95%"),
        (None, "成本指标", "单件共配补贴", "≤0.25元/件"),
        ("效益指标", "经济效益指标", "快递企业进村成本下降", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "入驻快递企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(48), "B101", "error", note="财政拨款40 + 其他资金5 = 45，不是48")
    project_head(
        s,
        year=2025,
        name="村级客货邮站点建设",
        dept="蓼洲县交通运输局 640923",
        unit="蓼洲县农村公路服务中心",
        money=one_year(total, 40, 5),
        title="",
        goals=["新增客货邮融合配送车辆12辆，建成村级客货邮站点20个。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "建成村级客货邮站点", "≥20个"),
        (None, None, "新增融合配送车辆",
         mk("≥10辆", "D104", "warning", note="年度目标写新增车辆12辆，指标为10辆")),
        (None, "质量指标", "站点验收合格率", "100%"),
        (None, "时效指标", "站点建成时间", "2025年10月31日前"),
        (None, "成本指标", "单站建设补助", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "村民乘车寄件便利度提升", "显著"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdr18-delivery-cold-chain",
    (4, 5, 12),
    "project, OLD-NAT, tier labels marked ★ and * and abbreviated (数量, 成本), a 资金明细 "
    "block adding up, a 注 explaining a total, signature lines (correct)",
)
def kdr18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="藕塘县村级冷链配送站点改造",
        dept="藕塘县农业农村局 330817",
        unit="藕塘县农产品流通服务中心",
        money=one_year(80, 75, 5),
        goals=["改造村级冷链配送站点24个，购置冷藏配送车4辆，冷链寄递农产品800吨。"],
    )
    details(s, [("冷藏车购置", 36), ("站点改造", 24), ("站点运营补贴", 20)], 80)
    rows = [
        ("★产出指标", "*数量", "村级冷链配送站点改造", "≥24个"),
        (None, None, "购置冷藏配送车", "≥4辆"),
        (None, "*质量", "站点改造验收合格率", "100%"),
        (None, "时效", "站点改造完成时间", "2025年9月30日前"),
        (None, "成本", "单站改造费用", "≤1万元/个"),
        (None, None, "冷藏配送车购置单价", "≤9万元/辆"),
        ("★效益指标", "经济效益", "冷链寄递农产品", "≥800吨"),
        (None, "社会效益", "合作社农产品损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度", "合作社对配送服务满意度", "≥90%"),
    ]
    indicators(s, H4, rows)
    notes(s, "注：合计80万元含站点运营补贴20万元，按2025年1—12月实际运营月数拨付。")
    sign(s, "蒙晓川", "0758-3396027", day(2025, 1, 16), "甘若楠")
    return b
