"""Storm-drain dredging: a flat department list, duplicated lengths, notes and a page break,
decorated tier labels with points, a two-year open-channel project and budget lines
(kds07–kds12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout789.common import (
    DEPT,
    HEAD,
    book,
    funds,
    funds_period,
    indicators,
    note,
    sign,
    wan,
)
from tests.variants.holdout789.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kds07-drain-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), percent "
    "cells, weights add to 100 with a 合计 row (correct)",
)
def drain_flat_list() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="汶澜市排水管网养护中心",
        budget=[(wan(980), wan(930), wan(50), wan(610), wan(370))],
        goal="汛前完成中心城区雨水管渠清淤210公里、检查井及雨水口清掏6800座，"
        "清淤淤泥全部无害化处置。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("雨水管渠清淤长度", 20, "公里", "≥", 210),
            ("检查井及雨水口清掏数量", 15, "座", "≥", 6800),
            ("清淤后管渠通畅率", 15, "%", "≥", pct(0.95)),
            ("淤泥无害化处置率", 10, "%", "=", pct(1)),
            ("汛前清淤完成时间", 10, None, "≤", day(2026, 5, 31)),
            ("清淤单价", 10, "万元/公里", "≤", 0.6),
            ("道路积水投诉率", 10, "%", "≤", pct(0.03)),
            ("沿线居民满意度", 10, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ]
    )
    sign(s, "蒲韶宁", "8736 3012", day(2025, 11, 19))
    return b


@variant(
    "kds08-drain-duplicate-lengths",
    (5,),
    "project, OLD-NAT, abbreviated tier labels (产出, 数量, 成本), header 目标值: a length given "
    "twice with different values, the goal's well count, a quality rate under 时效",
)
def drain_duplicate_lengths() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="鹭汀区雨水管渠汛前清淤",
        dept=DEPT,
        unit="鹭汀区排水管理所",
        money=funds(75, 60, 15),
        goals=[
            "汛前完成城区雨水管渠清淤120公里，清掏检查井3000座，"
            "清淤后管渠过水断面恢复率达到90%以上。"
        ],
    )
    twice = "与上一行是同一指标（多一个“总”字），值却是100公里而非120公里"
    wells = "年度目标写清掏检查井3000座"
    tier = "含水率达标率是质量指标，却填在时效下"
    rows = [
        ("产出", "数量", "雨水管渠清淤长度", "≥120公里"),
        (None, None, "雨水管渠清淤总长度",
         mk("≥100公里", "D102", "error", row=True, alt=("D103", "D101", "D104"), note=twice)),
        (None, None, "检查井清掏数量", mk("≥2500座", "D104", "warning", note=wells)),
        (None, "质量", "过水断面恢复率", "≥90%"),
        (None, "时效", "汛前清淤完成时间", "5月31日前"),
        (None, None, mk("外运淤泥含水率达标率", "F201", "warning", row=True, note=tier), "≥95%"),
        (None, "成本", "清淤单价", "≤0.5万元/公里"),
        ("效益", "社会效益", "汛期道路积水点数量下降率", "≥25%"),
        (None, "生态效益", "清淤淤泥资源化利用率", "≥60%"),
        ("满意度", "服务对象满意度", "沿线商户和居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "目标值"))
    sign(s, "蒲韶宁", "8736 3012", day(2025, 11, 19))
    return b


@variant(
    "kds09-drain-notes-pagebreak",
    (4,),
    "project, OLD-NAT, value and weight columns; a note row inside the table, subtotal rows, the "
    "header repeated after a page break, 填表说明 and signature lines (correct)",
)
def drain_notes_pagebreak() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="榆溪新区雨水管道清淤及检测",
        dept=DEPT,
        unit="榆溪新区市政设施中心",
        money=funds(68.8, 60, 8.8),
        goals=[
            "清淤雨水管道86公里（主干管52公里、支管34公里），为2027年推广管道机器人检测积累经验。"
        ],
    )
    head = (*HEAD, "权重")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "雨水主干管清淤长度", "≥52公里", 10),
            (None, None, "雨水支管清淤长度", "≥34公里", 10),
            (None, "质量指标", "清淤后管道通畅率", "≥95%", 10),
            (None, "时效指标", "清淤完成时间", "2026年5月31日前", 10),
            (None, "成本指标", "单公里清淤费用", "≤0.8万元/公里", 10),
        ],
        head,
    )
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    note(s, "注：清淤长度按管道中心线计，不含检查井内长度。", 5)
    s.skip()
    s.row(*head)
    s.table(
        [
            ("效益指标", "社会效益指标", "汛期管道满溢点数量", "≤3处", 20),
            (None, "可持续影响指标", "管道养护档案完整率", "≥95%", 20),
            ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "填表说明：1.指标值应量化；2.权重合计100；3.本表经单位负责人审核后报送。", 5)
    s.row("单位负责人：", "苗承泽", None, "审核人：", "柏雁秋")
    sign(s, "苗承泽", "8736 3188", day(2025, 11, 17))
    return b


@variant(
    "kds10-drain-tier-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, 1.数量指标) and an "
    "indicator score column: two tiers' scores off, a satisfaction rate under 社会效益",
)
def drain_tier_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="老旧小区雨水管网清淤疏通",
        dept=DEPT,
        unit="汶澜市排水管网养护中心",
        money=funds(46, 40, 6),
        goals=[
            "完成14个老旧小区雨水管网清淤35公里，更换雨水箅子1200个，汛期小区积水投诉下降30%以上。"
        ],
    )
    low = "产出指标声明50分，其下指标分值10+15+10+10=45分"
    high = "效益指标声明30分，其下指标分值20+15=35分"
    tier = "居民满意度属服务对象满意度指标，却填在社会效益指标下"
    rows = [
        (mk("一、产出指标（50分）", "W103", "error", note=low), "1.数量指标",
         "老旧小区雨水管网清淤长度", "≥35公里", 10),
        (None, None, "雨水箅子更换数量", "≥1200个", 15),
        (None, "2.质量指标", "清淤后管道通畅率", "≥95%", 10),
        (None, "3.时效指标", "清淤完成时间", "2026年6月15日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单公里清淤费用", "≤0.9万元/公里", 10),
        (mk("三、效益指标（30分）", "W103", "error", note=high), "1.社会效益指标",
         "汛期小区积水投诉下降率", "≥30%", 20),
        (None, None, mk("小区居民满意度", "F201", "warning", row=True, alt=("F105",), note=tier),
         "≥90%", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "物业服务企业满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, rows, (*HEAD, "分值"))
    sign(s, "阮知夏", "8736 3056", day(2025, 11, 24))
    return b


@variant(
    "kds11-drain-channel-two-year",
    (8, 1),
    "two-year project, NAT-2021, 中期 and 年度 columns, percent cells in both, the period's length "
    "beside a smaller year's, equal rates and unit costs (correct)",
)
def drain_channel_two_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=2,
        name="城区排水明渠清淤整治",
        dept=DEPT,
        unit="汶澜市排水设施建设管理处",
        attr="新增项目",
        money=funds_period(300, 140, 120, 20),
        goals=[
            "两年清淤城区排水明渠48公里，恢复渠道行洪断面，行洪能力恢复率达到90%。",
            "汛前清淤明渠22公里，行洪能力恢复率达到85%。",
        ],
    )
    rows = [
        ("成本指标", "经济成本指标", "单公里清淤费用", "≤6万元/公里", "≤6万元/公里"),
        ("产出指标", "数量指标", "排水明渠清淤长度", "≥48公里", "≥22公里"),
        (None, "质量指标", "清淤验收合格率", pct(1), pct(1)),
        (None, "时效指标", "清淤完成时间", "2027年5月31日前", "2026年5月31日前"),
        ("效益指标", "社会效益指标", "渠道行洪能力恢复率", pct(0.9), pct(0.85)),
        (None, "生态效益指标", "清淤淤泥无害化处置率", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "沿渠居民满意度", pct(0.9), pct(0.9)),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))
    sign(s, "阮知夏", "8736 3056", day(2025, 11, 24))
    return b


@variant(
    "kds12-drain-budget-lines",
    (12,),
    "project, OLD-NAT, one value column, budget lines under the table: lines not adding to their "
    "合计, a unit cost × length above the money, a deadline later than the goal's",
)
def drain_budget_lines() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="榆溪新区雨水管道清淤及CCTV检测",
        dept=DEPT,
        unit="榆溪新区市政设施中心",
        money=funds(80, 70, 10),
        goals=["6月30日前完成新区雨水管道清淤100公里、清淤后CCTV检测60公里。"],
    )
    late = "年度目标要求6月30日前完成，指标却是8月31日前"
    over = "0.9万元/公里 × 100公里 = 90万元，超过年度资金80万元"
    rows = [
        ("产出指标", "数量指标", "雨水管道清淤长度", "≥100公里"),
        (None, None, "管道CCTV检测长度", "≥60公里"),
        (None, "质量指标", "检测报告合格率", "≥95%"),
        (None, "时效指标", "清淤完成时间", mk("2026年8月31日前", "D104", "warning", note=late)),
        (None, "成本指标", "清淤单价", mk("≤0.9万元/公里", "B107", "warning", row=True, note=over)),
        ("效益指标", "社会效益指标", "新区道路积水点数量", "≤5个"),
        ("满意度指标", "服务对象满意度指标", "新区企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    s.skip()
    s.row("资金明细（万元）", "支出内容", None, "金额", merge=[(2, 3)])
    s.row(None, "管道清淤", None, wan(52), merge=[(2, 3)])
    s.row(None, "CCTV检测", None, wan(18), merge=[(2, 3)])
    s.row(None, "淤泥运输处置", None, wan(12), merge=[(2, 3)])
    lines = "明细52+18+12=82万元，合计却写80万元"
    s.row(None, "合计", None, mk(wan(80), "B102", "error", note=lines), merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    b.file_mark("B101", "error", required=False, note="同一差额也可报为合计不符")
    sign(s, "苗承泽", "8736 3188", day(2025, 11, 17))
    return b
