"""Reseeding degraded grassland (退化草原补播改良): six returns, kfc07–kfc12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout825.common import HEAD4, YEAR, book, funds, indicators, notes, sign, w
from tests.variants.holdout825.registry import variant
from tests.variants.kit import Book, day, mk

DEPT = "乌力吉图旗林业和草原局（422016）"


@variant(
    "kfc07-reseed-points",
    (4, 10, 12),
    "project, OLD-NAT, operator, unit and points "
    "columns, tier points in the labels, a rise in 百分点, a note row (correct)",
)
def reseed_points() -> Book:
    b, s = book(widths=(18, 14, 28, 10, 16, 10, 8))
    project_head(s, year=YEAR, name="塔木沁片区退化草原补播改良", dept=DEPT,
                 unit="乌力吉图旗草原工作站", money=funds(w(300), w(280), w(20)),
                 goals=["在塔木沁等5个嘎查补播改良退化草原5万亩，补播后围栏封育3年，补播区"
                        "植被盖度提高8个百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值"), [
        ("产出指标（50分）", "数量指标", "退化草原补播面积", "≥", 5, "万亩", 15),
        (None, None, "补播草种用量", "≥", 10, "万公斤", 10),
        (None, "质量指标", "补播出苗率", "≥", 80, "%", 10),
        (None, "时效指标", "补播作业完成时间", "≤", day(YEAR, 8, 31), None, 5),
        (None, "成本指标", "亩均补播成本", "≤", 60, "元/亩", 10),
        ("效益指标（35分）", "生态效益指标", "补播区植被盖度提高", "≥", 8, "百分点", 15),
        (None, "可持续影响指标", "补播区围栏封育期", "≥", 3, "年", 10),
        (None, "社会效益指标", "参与补播作业牧民人数", "≥", 120, "人", 10),
        ("满意度指标（15分）", "服务对象满意度指标", "项目区牧户满意度", "≥", 90, "%", 15),
    ])  # fmt: skip
    notes(s, "注：补播草种用量按每亩2公斤计；亩均成本60元含草种、机械作业和围栏。")
    sign(s, "额尔敦", "0476-5821637")
    return b


@variant(
    "kfc08-reseed-last-season",
    (5, 12),
    "project, OLD-NAT, one value column: last "
    "season's year in the goal, a quality rate under 时效, a rate given as a count",
)
def reseed_last_season() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="敖包图嘎查退化草原免耕补播", dept=DEPT,
                 unit="敖包图嘎查村民委员会", money=funds(w(240), w(240), w(0)),
                 goals=[mk("2024年完成退化草原免耕补播4万亩，补播后禁牧两年，补播区牧草"
                           "出苗率达到80%以上。", "Y103", "warning", alt=("Y101",),
                           note="2025年度的表，目标仍是上一季的年份")])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "免耕补播面积", "≥4万亩"),
        (None, "质量指标", "补播出苗率",
         mk("≥2000株", "T105", "error", alt=("D104",), note="出苗率写成株数")),
        (None, "时效指标",
         mk("补播草种质量合格率", "F201", "warning", row=True, note="种子质量合格率是质量指标"),
         "≥95%"),
        (None, None, "补播作业完成时间", "2025年7月31日前"),
        (None, "成本指标", "亩均补播成本", "≤60元/亩"),
        ("效益指标", "生态效益指标", "补播区植被盖度", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "参与牧户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "宝音", "0476-5836291")
    return b


@variant("kfc09-reseed-export", (7, 12), "project head on the first sheet, the indicator table "
         "on a second sheet exported from the budget system, codes first, header 预期实现值, "
         "header on the third row (correct)")  # fmt: skip
def reseed_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(s, year=YEAR, name="乡土草种扩繁基地建设", dept=DEPT,
                 unit="乌力吉图旗草原工作站", money=funds(w(260), w(260), w(0)),
                 goals=["建设乡土草种扩繁田1500亩，生产乡土草种15万公斤，供本旗退化草原补播"
                        "使用。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 16, 16, 30, 18))
    t.title("项目支出绩效目标表", 5)
    t.row("单位：乌力吉图旗林业和草原局", None, None, "金额单位：万元")
    code = "150526250031"
    indicators(t, ("项目编码", "一级指标", "二级指标", "三级指标", "预期实现值"), [
        (code, "产出指标", "数量指标", "乡土草种扩繁田面积", "≥1500亩"),
        (code, None, None, "乡土草种产量", "≥15万公斤"),
        (code, None, "质量指标", "种子净度达标率", "≥95%"),
        (code, None, "时效指标", "种子收获入库时间", "2025年10月31日前"),
        (code, "成本指标", "经济成本指标", "扩繁田亩均投入", "≤1600元/亩"),
        (code, "效益指标", "生态效益指标", "自产草种用于补播面积", "≥7万亩"),
        (code, "满意度指标", "服务对象满意度指标", "用种单位满意度", "≥90%"),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant(
    "kfc10-reseed-detail-lines",
    (6, 12),
    "project, NAT-2021, a money detail block: lines "
    "not adding to their total, seed price × amount above its line, a template row left",
)
def reseed_detail_lines() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="伊和高勒退化草原补播改良",
        dept=DEPT,
        unit="伊和高勒苏木人民政府",
        money=funds(w(420), w(400), w(20)),
        goals=["补播改良退化草原6万亩，采购乡土草种8万公斤，建设补播区围栏60公里。"],
    )
    s.row("资金明细（万元）", "草种采购", w(180), "机械播种作业", w(120))
    s.row(
        None,
        "补播区围栏",
        w(100),
        "合计",
        mk(w(420), "B102", "error", alt=("B101",), note="180 + 120 + 100 = 400，合计写420"),
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "草种采购单价",
         mk("≤24元/公斤", "B107", "warning", row=True,
            note="24元/公斤 × 8万公斤 = 192万元，超过草种采购180万元")),
        ("产出指标", "数量指标", "补播改良面积", "≥6万亩"),
        (None, None, "乡土草种采购量", "≥8万公斤"),
        (None, None, "补播区围栏长度", "≥60公里"),
        (None, "质量指标", "补播出苗率", "≥80%"),
        (None, None, "例：XX项目验收合格率",
         mk("≥XX%", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "时效指标", "补播作业完成时间", "2025年8月15日前"),
        ("效益指标", "生态效益指标", "补播区植被盖度", "≥45%"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "朝鲁", "0476-5840172")
    return b


GOAL11 = "两年内补播改良退化草原6万亩，配套建设网围栏90公里，补播区植被盖度提高到45%。"


@variant(
    "kfc11-reseed-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "the 中期目标 text copied into 年度目标, the period's area copied into the year",
)
def reseed_two_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="哈日淖尔退化草原补播两年行动",
        dept=DEPT,
        unit="哈日淖尔镇人民政府",
        attr="新增项目",
        money=funds(w(700), w(650), w(50), w(360), w(340), w(20)),
        goals=[GOAL11, mk(GOAL11, "D204", "warning", note="年度目标照抄中期目标")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "亩均补播成本", "≤55元/亩", "≤55元/亩"),
        ("产出指标", "数量指标", "补播改良面积", "≥6万亩",
         mk("≥6万亩", "D202", "warning", note="两年的补播面积原样抄入年度")),
        (None, None, "新建网围栏长度", "≥90公里", "≥50公里"),
        (None, "质量指标", "补播出苗率", "≥80%", "≥80%"),
        (None, "时效指标", "年度补播作业完成时间", "每年8月31日前", "2025年8月31日前"),
        ("效益指标", "生态效益指标", "补播区植被盖度", "≥45%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "萨仁", "0476-5852906")
    return b


@variant(
    "kfc12-reseed-labels",
    (5, 7, 10),
    "project, NAT-2021, numbered and ★ tier labels, "
    "a two-row header repeated after a page break, a rise in 百分点 (correct)",
)
def reseed_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="退化草原补播改良技术示范", dept=DEPT,
                 unit="乌力吉图旗草原工作站", money=funds(w(150), w(150), w(0)),
                 goals=["建设补播改良示范区1.5万亩，筛选适生乡土草种5个，示范区植被盖度提高"
                        "10个百分点，培训牧民300人次。"])  # fmt: skip
    head = [("绩效指标", None, None, "目标值"), ("一级指标", "二级指标", "三级指标", "（年度）")]
    for h in head:
        s.row(*h)
    s.table([
        ("一、成本指标", "（一）经济成本指标", "示范区亩均投入", "≤100元/亩"),
        ("二、产出指标", "（一）数量指标", "补播示范区面积", "≥1.5万亩"),
        (None, None, "筛选适生乡土草种", "≥5个"),
        (None, None, "培训牧民人次", "≥300人次"),
        (None, "（二）质量指标", "示范区补播出苗率", "≥85%"),
        (None, "（三）时效指标", "示范区补播完成时间", "2025年8月20日前"),
    ], merged=(1, 2))  # fmt: skip
    for h in head:
        s.row(*h)
    s.table([
        ("三、效益指标", "（一）生态效益指标", "示范区植被盖度提高", "≥10百分点"),
        (None, "（二）可持续影响指标", "示范技术推广应用年限", "≥3年"),
        ("四、满意度指标", "★服务对象满意度指标", "参训牧民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "阿拉坦", "0476-5827413")
    return b
