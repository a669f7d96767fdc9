"""Live-stream sales training: six returns (kgy13–kgy18), three correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout873.common import (
    book,
    detail,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
)
from tests.variants.holdout873.registry import variant
from tests.variants.kit import Book, day, mk, pct

POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kgy13-livestream-points",
    (10,),
    "project, NAT-2021, tier-1 points and indicator points both adding to 100, 百分点 (correct)",
)
def livestream_points() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="穗川县电商直播带货技能培训", dept="穗川县人力资源和社会保障局（306）",
        unit="穗川县职业技能培训中心", money=one_year(48, 40, 8),
        goals=["开展电商直播带货培训12期、培训学员600人次（每期50人次），学员直播转化率提高3个"
               "百分点以上，带动返乡青年就业创业50人。"],
    )  # fmt: skip
    rows = [
        ("产出指标", 40, "数量指标", "直播培训期数", "≥12期", 10),
        (None, None, None, "培训学员人次", "≥600人次", 10),
        (None, None, "质量指标", "学员结业考核合格率", "≥85%", 10),
        (None, None, "时效指标", "培训完成时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤800元/人次", 10),
        ("效益指标", 30, "经济效益指标", "学员直播带货转化率提高", "≥3百分点", 10),
        (None, None, "社会效益指标", "带动返乡青年就业创业", "≥50人", 10),
        (None, None, "可持续影响指标", "县级直播培训师资库", "建立并执行", 10),
        ("满意度指标", 20, "服务对象满意度指标", "学员满意度", pct(0.9), 20),
        ("合计", 100, None, None, None, 100),
    ]
    indicators(s, POINTS_HEAD, rows, merged=(1, 2, 3))
    note(s, "注：一级指标分值与三级指标分值各自合计100分，不相加；600人次×800元=48万元。")
    sign(s, "葛芷汀", "0791-5803342", day(2024, 11, 15))
    return b


@variant(
    "kgy14-livestream-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 and indicator points: a tier subtotal, goal count, near-duplicate",
)
def livestream_points_wrong() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="朔杏县村播达人孵化培训", dept="朔杏县农业农村局（221）",
        unit="朔杏县农村电商协会", money=one_year(30, 30, 0),
        goals=["开展村播直播培训10期、培训村播500人次，孵化村播达人40名。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False, note="三级指标分值合计95，是产出少5分的结果")
    tier = mk(40, "W103", "error", row=True, note="产出指标40分，其下指标10+10+5+10=35")
    rows = [
        ("产出指标", tier, "数量指标", "村播培训期数",
         mk("≥8期", "D104", "warning", note="年度目标写培训10期"), 5),
        (None, None, None, "培训村播人次", "≥500人次", 10),
        (None, None, "质量指标", "学员结业率", "≥85%", 10),
        (None, None, "时效指标", "培训完成时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤600元/人次", 10),
        ("效益指标", 30, "经济效益指标", "孵化村播达人", "≥40名", 10),
        (None, None, "社会效益指标",
         mk("学员培训结业率", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与质量指标“学员结业率”是同一指标，值不同（85%/80%）"), "≥80%", 10),
        (None, None, "可持续影响指标", "村播交流群持续运营", "建立并执行", 10),
        ("满意度指标", 20, "服务对象满意度指标", "参训村播满意度", "≥90%", 20),
    ]  # fmt: skip
    indicators(s, POINTS_HEAD, rows, merged=(1, 2, 3))
    sign(s, "宁书砚", "0796-2207618", day(2024, 11, 28))
    return b


@variant(
    "kgy15-livestream-base-two-row",
    (4, 7, 8),
    "two-year project, NAT-2021, two-row header (中期目"
    "标值 / 年度目标值), 注 rows and signature (correct)",
)
def livestream_base_two_row() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=2, name="桐畈县直播电商基地及村播直播间建设",
        dept="桐畈县商务局（109）", unit="桐畈县电子商务产业园管理办公室", attr="新增项目",
        money=multi_year((160, 140, 20), (90, 80, 10)),
        goals=["2025—2026年建成县级直播电商基地1个、村播直播间20个，培训村播主播400人次。",
               "2025年完成基地主体建设，建成村播直播间12个，培训主播240人次，为2026年打造县域"
               "直播公共品牌做准备。"],
    )  # fmt: skip
    s.row("绩效指标", None, None, "预期目标", None, "备注", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "中期目标值", "年度目标值", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "村播直播间建设", "≥20个", "≥12个"),
        (None, None, "培训村播主播", "≥400人次", "≥240人次"),
        (None, "质量指标", "直播设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "直播基地建成时间", "2026年6月30日前", "主体2025年12月31日前完工"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：直播间场地由村集体无偿提供，本项目只配置设备。")
    s.table([
        ("成本指标", "经济成本指标", "单个直播间设备成本", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "经济效益指标", "基地直播带货销售额", "≥2000万元", "≥800万元"),
        (None, "可持续影响指标", "村播主播持续开播率", "≥70%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "入驻商家及村播满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：1.销售额为累计数；2.单个直播间成本20×3=60万元，在中期资金160万元之内。")
    note(s, "填表说明：中期目标值填2025—2026年累计数，年度目标值填2025年数。")
    sign(s, "詹绮梦", "0795-6617304", day(2024, 12, 16))
    return b


@variant(
    "kgy16-livestream-template-rows",
    (6, 13),
    "project, NAT-2021, headers 考核指标 / 目标值（年"
    "度）: an empty tier-2 and a value without name",
)
def livestream_template_rows() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="樟垣县助农直播公益行动", dept="樟垣县乡村振兴局（240）",
        unit="樟垣县融媒体中心", money=one_year(25, 25, 0),
        goals=["组织助农直播公益专场20场，带动农特产品线上销售300万元。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "助农直播公益专场", "≥20场"),
        (None, None, mk(None, "F110", "error", note="有指标值≥50个，没有三级指标名称"), "≥50个"),
        (None, "质量指标", "直播内容审核通过率", "=100%"),
        (None, "时效指标", "专场直播完成时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "单场直播成本", "≤1.25万元/场"),
        ("效益指标", "经济效益指标", "带动农特产品线上销售额", "≥300万元"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写")),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), rows)
    sign(s, "窦明川", "0797-3054129", day(2024, 11, 22))
    return b


PAGE_HEAD = ("一级指标", "二级指标", "三级指标", "绩效目标值", "权重", "备注")


@variant(
    "kgy17-training-page-break",
    (4, 7),
    "project, OLD-NAT, header 绩效目标值 repeated after a page break, 小计 and 合计 rows (correct)",
)
def training_page_break() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="禾埠县乡村直播助农公益培训", dept="禾埠县农业农村局（126）",
        unit="禾埠县农业技术推广中心", money=one_year(36, 30, 6),
        goals=["举办乡村直播助农培训班6期，培训农户300人，带动参训农户农产品网销额增长20%以上。"],
    )  # fmt: skip
    indicators(s, PAGE_HEAD, [
        ("产出指标", "数量指标", "培训班期数", "≥6期", 10),
        (None, None, "培训农户人数", "≥300人", 10),
        (None, "质量指标", "培训出勤率", pct(0.9), 10),
        (None, "时效指标", "培训完成时间", "2025年10月31日前", 10),
        (None, "成本指标", "人均培训成本", "≤1200元/人", 10, "300×1200=36万元"),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip(2)
    indicators(s, PAGE_HEAD, [
        ("效益指标", "经济效益指标", "参训农户农产品网销额增长率", pct(0.2), 15),
        (None, "社会效益指标", "带动直播助农示范户", "≥30户", 15),
        ("满意度指标", "服务对象满意度指标", "参训农户满意度", pct(0.92), 20),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    note(s, "填表说明：权重合计100；小计为各一级指标权重之和，不另计分。")
    sign(s, "柏云舟", "0798-6652071", day(2024, 11, 12))
    return b


@variant(
    "kgy18-studio-artefacts",
    (9, 12),
    "project, OLD-NAT, detail lines: a date serial as text, unit cost over its line, old deadline",
)
def studio_artefacts() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="穗川县村级直播间设备配置", dept="穗川县商务局（318）",
        unit="穗川县电子商务公共服务中心", money=one_year(80, 70, 10),
        end=mk("46022", "X104", "warning", note="文本单元格中的日期序列号（2025-12-31）"),
        goals=["为20个行政村配置直播间设备各1套，年内完成交付并开展带货直播。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("产出指标", "数量指标", "直播设备配置", "≥20套"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "直播间交付时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="预算年度2025，期限仍是上一年的")),
        (None, "成本指标", "单套直播设备采购成本",
         mk("≤2.5万元/套", "B107", "warning", row=True,
            note="2.5万元×20套=50万元，超过明细中的设备采购40万元")),
        ("效益指标", "经济效益指标", "村级直播间月均带货销售额", "≥5万元"),
        ("满意度指标", "服务对象满意度指标", "村民主播满意度", "≥90%"),
    ])  # fmt: skip
    detail(s, [("直播设备采购", 40), ("场地改造", 25), ("主播师资费", 15)], 80)
    sign(s, "龚雁秋", "0791-6637215", day(2024, 11, 26))
    return b
