"""Project tables from county bureaus: WPS storage with the table in column B and a spacer
column, points at tier and indicator level, and a template with rows left empty."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout5.common import head_at, merge_down, notes, signature
from tests.variants.holdout5.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

W = (18, 18, 30, 16, 10, 16)


@variant(
    "g05-wps-column-b-ok",
    (1, 7),
    "project, NAT-2021, saved by WPS: table from column B, "
    "an empty spacer column, two header lines (指标值 over 比较符 · 数值 · 计量单位), percent "
    "cells, 万元 in the number format, a date as a target value",
)
def g05() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", (3, 16, 18, 28, 8, 16, 10, 3, 16))
    head_at(
        s, col=2, width=8, year=2026, title="2026年度项目支出绩效目标表",
        name="送戏下乡和农家书屋更新", dept="梧川县文化和旅游局", unit="梧川县文化馆",
        money=[("年度资金总额", money(100, WAN), "财政拨款", money(100, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goal="全年送戏下乡120场以上，为各村农家书屋补充图书6000册，丰富农村群众文化生活。",
        start=day(2026, 3, 1, CN_DATE), end=day(2026, 11, 30, CN_DATE),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, None, "备注", col=2,
          merge=[(5, 7)])  # fmt: skip
    top = s.r
    s.row(None, None, None, "比较符", "数值", "计量单位", None, None, col=2)
    for c in (2, 3, 4, 9):
        merge_down(s, c, top, s.r)
    s.table([
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥", 120, "场", None, None),
        (None, None, "农家书屋补充图书", "≥", 6000, "册", None, None),
        (None, "质量指标", "演出剧目审查合格率", "=", pct(1.0), "%", None, None),
        (None, None, "农家书屋图书上架率", "≥", pct(0.95, "0.0%"), "%", None, None),
        (None, "时效指标", "演出任务完成时限", "≤", day(2026, 11, 30, CN_DATE), None, None,
         "年度演出计划"),
        ("成本指标", "经济成本指标", "单场演出补助标准", "≤", money(0.8, "0.0"), "万元/场", None,
         None),
        ("效益指标", "社会效益指标", "群众文化获得感", "定性", "有效提升", None, None, None),
        (None, "可持续影响指标", "乡村文化服务长效机制", "定性", "逐步完善", None, None, None),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥", pct(0.9), "%", None,
         "现场问卷"),
    ], merged=(1, 2), col=2)  # fmt: skip
    s.skip()
    s.row("单位负责人：", "赵文博", None, "填表日期：", day(2025, 11, 25, CN_DATE), col=2)
    return b


@variant(
    "g06-points-numbered-ok",
    (5, 10),
    "project, NAT-2021, tier labels numbered with "
    "points (一、产出指标（50分）, 1.数量指标), an indicator 分值 column matching the tier "
    "points, a 合计 row, a rate change in 个百分点",
)
def g06() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s, year=2026, name="高标准农田建设项目后期管护", dept="梧川县农业农村局",
        unit="梧川县农田建设服务中心",
        money=[("年度资金总额", 85.00, "其中：财政拨款", 80.00),
               ("其他资金", 5.00, None, None)],
        goals=["对全县已建成的3.2万亩高标准农田开展管护，设施完好率保持在90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释")
    s.table([
        ("一、产出指标（50分）", "1.数量指标", "管护高标准农田面积", "≥3.2万亩", 15, None),
        (None, None, "维修灌排渠道", "≥18公里", 10, None),
        (None, "2.质量指标", "管护设施完好率", "≥90%", 15, None),
        (None, "3.时效指标", "损毁设施修复时限", "≤15个工作日", 10, "接到报告后"),
        ("二、成本指标（10分）", "经济成本指标", "亩均管护成本", "≤25元/亩", 10, None),
        ("三、效益指标（30分）", "1.经济效益指标", "管护区粮食单产增长率", "≥2%", 10, "较上年"),
        (None, "2.社会效益指标", "受益农户", "≥5200户", 10, None),
        (None, "3.生态效益指标", "灌溉水有效利用率提高", "≥2个百分点", 10, "较上年"),
        ("四、满意度指标（10分）", "服务对象满意度指标", "受益农户满意度", "≥90%", 10, None),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    return b


@variant(
    "g07-points-mismatch",
    (10, 1),
    "project, NAT-2021, a tier score column merged down "
    "beside the tier-1 labels and an indicator score column: one tier's indicators add to "
    "less than its score; a coverage rate typed as 110%",
)
def g07() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("绩效目标", (14, 8, 18, 26, 8, 12, 10, 8))
    project_head(
        s, year=2026, name="乡村教师能力提升培训", dept="梧川县教育局",
        unit="梧川县教师发展中心",
        money=[("年度资金总额", 80.00, "其中：财政拨款", 80.00), ("其他资金", 0, None, None)],
        goals=["培训乡村教师600人次，送教下乡覆盖40所学校，提升乡村教师教学能力。"],
    )  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    s.table([
        ("产出指标", 40, "数量指标", "培训乡村教师", "≥", 600, "人次", 15),
        (None, None, None, "参训教师覆盖率", "≥",
         mk(pct(1.1), "T106", "error", note="a coverage rate cannot exceed 100%"), "%", 15),
        (None, None, "质量指标", "培训考核合格率", "≥", pct(0.95), "%", 10),
        ("成本指标", 20, "经济成本指标", "人均培训成本", "≤", 1200, "元/人次", 20),
        ("效益指标", mk(30, "W103", "error", note="10 + 10 + 5 = 25"), "社会效益指标",
         "乡村教师教学能力", "定性", "明显提升", None, 10),
        (None, None, None, "送教下乡覆盖学校", "≥", 40, "所", 10),
        (None, None, "可持续影响指标", "县级骨干教师培训团队", "定性", "稳定运行", None, 5),
        ("满意度指标", 10, "服务对象满意度指标", "参训教师满意度", "≥", pct(0.9), "%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="the indicator scores then add to 95: the consequence of W103")  # fmt: skip
    return b


@variant(
    "g16-template-rows-notes",
    (6, 13, 4),
    "project, OLD-NAT, filled from the county "
    "template: tier-2 rows left without indicators, a value without a name; footnotes and a "
    "signature line below",
)
def g16() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s, year=2026, name="困难群众临时救助", dept="梧川县民政局", unit="梧川县石门镇人民政府",
        money=[("年度资金总额", 48.00, "其中：财政拨款", 45.00), ("其他资金", 3.00, None, None)],
        goals=["对遭遇突发性、紧迫性困难的家庭和个人及时实施临时救助，全年救助300人次以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table([
        ("产出指标", "数量指标", "临时救助困难群众", "≥300人次", None),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥120户", None),
        (None, "质量指标", "救助对象认定准确率", "≥98%", None),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None, None),
        (None, "成本指标", "人均临时救助标准", "≤1500元/人次", None),
        ("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", None),
        (None, mk("可持续影响指标", "F109", "warning", row=True,
                  note="template row left empty"), None, None, None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.指标值请填写比较符、数值和计量单位；2.不适用的二级指标请删除该行。",
              "3.本表一式两份，报县财政局社会保障股一份。"])  # fmt: skip
    signature(s, filler="吴丹", checker="石海军", phone="0739-5302718",
              filled=day(2025, 11, 28, CN_DATE))  # fmt: skip
    return b
