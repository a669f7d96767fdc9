"""Returns sr13–sr18: 出生缺陷防治 and 儿童保健 (header words, notes, exports, points)."""

from __future__ import annotations

from tests.variants.holdout294.common import (
    YEAR,
    book,
    funds,
    note,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout294.registry import variant
from tests.variants.kit import Book, day, mk, pct

SR13 = [
    ("产出指标", "数量指标", "孕前优生健康检查人数", "不少于3000人", "每少100人扣1分"),
    (None, None, "出生缺陷防治宣传活动场次", "不少于24场", "每少2场扣1分"),
    (None, "质量指标", "孕前优生检查目标人群覆盖率", "不低于80%", "未达到不得分"),
    (None, None, "检查高风险人群指导率", "100%", "每低1个百分点扣0.5分"),
    (None, "时效指标", "检查结果反馈时间", "15个工作日以内", "超时不得分"),
    (None, "成本指标", "孕前优生检查人均费用", "不超过240元/人", "超支不得分"),
    ("效益指标", "社会效益指标", "出生缺陷防治知识知晓率", "不低于85%", "抽样调查"),
    (None, "可持续影响指标", "出生缺陷三级防治网络", "健全", "查阅资料"),
    ("满意度指标", "服务对象满意度指标", "检查对象满意度", "不低于90%", "问卷调查"),
]


@variant(
    "sr13-birth-defect-headers",
    (7,),
    "project, OLD-NAT, two-row header 考核指标 over "
    "the tiers, 目标值（年度） and 评价标准, word operators (correct)",
)
def sr13() -> Book:
    b, s = book()
    project(
        s,
        "出生缺陷一级预防（孕前优生健康检查）",
        "澄渚市卫生健康委员会 102",
        "澄渚市妇幼保健院",
        funds(wan(78), wan(70), wan(8)),
        ["为3000对计划怀孕夫妇提供免费孕前优生健康检查，高风险人群全部给予指导。"],
    )
    top = s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(SR13, merged=(1, 2))
    sign(s, "柯晚晴", "0731-6620478", day(YEAR - 1, 12, 16))
    return b


SR14 = [
    ("产出指标", "数量指标", "0—6岁儿童眼保健和视力检查人数", "≥15000人"),
    (None, "质量指标", "屈光不正筛查覆盖率",
     mk("6000人", "T105", "error", note="a 覆盖率 given as a count of children")),
    (None, "时效指标", "年度检查完成时间",
     mk("45961", "X104", "warning", note="a date serial (2025-10-31) stored as text")),
    ("成本指标", "经济成本指标", "人均检查费用", "≤80元/人"),
    ("效益指标", "社会效益指标", "视力不良儿童转诊率", "≥90%"),
    (None, "可持续影响指标", "儿童眼健康档案", "动态更新"),
    ("满意度指标", "服务对象满意度指标", "儿童家长满意度", "≥90%"),
]  # fmt: skip


@variant(
    "sr14-eye-second-sheet",
    (7, 9),
    "project: head on the first sheet, the table on a "
    "second sheet under 预期实现值; a split amount, a date serial as text, a rate as a count",
)
def sr14() -> Book:
    b, s = book("项目基本信息")
    split = mk("126.4 5", "X105", "warning", alt=("X103",),
               note="126.45 split by a space: 120 + 6.45")  # fmt: skip
    project(
        s,
        "0—6岁儿童眼保健和视力检查",
        "芷阳区卫生健康局 118",
        "芷阳区妇幼保健院",
        funds(split, wan(120), wan(6.45)),
        ["为辖区15000名0—6岁儿童提供眼保健和视力检查，视力不良儿童及时转诊。"],
    )
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), SR14)
    return b


SR15_A = [
    ("产出指标", "数量指标", "出生缺陷患儿救助人数", "≥150人", 15),
    (None, None, "出生缺陷防治宣传场次", "≥12场", 5),
    (None, "质量指标", "★救助申请审核完成率", "=100%", 10),
    (None, None, "救助资金发放准确率", "≥99%", 10),
    (None, "时效指标", "救助资金拨付时间", "≤20个工作日", 5),
    (None, "成本指标", "人均救助补助", "≤3000元/人", 5),
    ("小计", "", "", "", 50),
]
SR15_B = [
    ("效益指标", "社会效益指标", "救助患儿家庭医疗负担减轻比例", "≥30%", 15),
    (None, None, "救助患儿术后随访率", "≥90%", 10),
    (None, None, "出生缺陷防治知识知晓率", "≥85%", 10),
    (None, "可持续影响指标", "出生缺陷救助工作机制", "健全", 5),
    ("满意度指标", "服务对象满意度指标", "救助家庭满意度", "≥90%", 10),
    ("小计", "", "", "", 50),
    ("合计", "", "", "", 100),
]
W5 = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "sr15-birth-defect-notes",
    (4,),
    "project, OLD-NAT, weight column; subtotal rows, a 注 "
    "row, the header repeated after a page break, 填表说明 and signature lines (correct)",
)
def sr15() -> Book:
    b, s = book()
    project(
        s,
        "出生缺陷患儿医疗救助",
        "棠梨县卫生健康局 226",
        "棠梨县妇幼保健院",
        funds(wan(50), wan(46), wan(4)),
        ["对150名家庭困难的先天性心脏病等出生缺陷患儿给予医疗费用补助，减轻家庭负担。"],
    )
    table(s, W5, SR15_A)
    note(s, "注：带★的为核心指标，不得删除；权重按产出50、效益和满意度50分配。", 5)
    s.skip()
    table(s, W5, SR15_B)
    note(s, "填表说明：指标值应含比较符和计量单位；“=100%”表示全部完成。", 5)
    sign(s, "沈禾苗", "0738-2237964", day(YEAR - 1, 12, 6))
    return b


EXPORT = (
    "项目编码",
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标方向",
    "指标值",
    "计量单位",
)
C1, C2 = ("431122250031", "儿童健康管理服务"), ("431122250032", "先天性心脏病患儿救助")
SR16 = [
    (*C1, "产出指标", "数量指标", "0—6岁儿童健康检查人数", "≥", 17000, "人"),
    (None, None, None, "质量指标", "★0—3岁儿童系统管理率", "≥", pct(0.9), None),
    (None, None, None, None, "儿童健康检查信息录入准确率", "≥",
     mk(pct(1.02), "T106", "error", note="102% on an accuracy rate capped at 100%"), None),
    (None, None, None, "时效指标", "体检结果反馈时间", "≤", 7, "工作日"),
    (None, None, None, "成本指标", "儿童健康检查人均费用", "≤", 40, "元/人"),
    (None, None, "效益指标", "社会效益指标", "5岁以下儿童低体重患病率", "≤", pct(0.05), None),
    (None, None, "满意度指标", "服务对象满意度指标", "儿童家长满意度", "≥", pct(0.9), None),
    (*C2, "产出指标", "数量指标", "先心病患儿手术救助人数", "≥", 140, "人"),
    (None, None, None, "质量指标", "救助对象审核合格率", "≥", pct(0.98), None),
    (None, None, None, "成本指标", "人均手术救助补助", "≤",
     mk(0, "T115", "error", note="0万元/人: 0.3 rounded away (140 × 0.3 = 42)"), "万元/人"),
    (None, None, "效益指标", "社会效益指标", "救助患儿术后存活率", "≥", pct(0.95), None),
    (None, None, "满意度指标", "服务对象满意度指标", "救助家庭满意度", "≥", pct(0.9), None),
]  # fmt: skip


@variant(
    "sr16-child-export-wrong",
    (1, 12),
    "budget-system export: 05-1 money sheet and 05-2 "
    "indicator sheet with codes in the first columns, header on the third row; a typed "
    "percent over 100 and a unit cost of 0",
)
def sr16() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 20, 14, 14, 14))
    s.title("部门项目支出预算表", 5)
    s.row("单位名称：渌川区妇幼保健院", None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(*C1, wan(68), wan(64), wan(4))
    s.row(*C2, wan(42), wan(40), wan(2))
    s.row("合计", None, wan(110), wan(104), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 16, 28, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：渌川区妇幼保健院", merge=[(1, 8)])
    table(t, EXPORT, SR16, merged=(1, 2, 3, 4))
    return b


SR17 = [
    ("产出指标", 50, "数量指标", "0—6岁儿童健康管理人数", "≥18000人", 10),
    (None, None, None, "新生儿访视人数", "≥2600人", 10),
    (None, None, "质量指标", "0—6岁儿童健康管理率", "≥90%", 10),
    (None, None, None, "儿童健康档案规范率", "≥95%", 10),
    (None, None, "时效指标", "体检异常儿童转诊及时率", "≥95%", 10),
    ("成本指标", 10, "经济成本指标", "儿童健康管理人均费用", "≤50元/人", 10),
    ("效益指标", 30, "社会效益指标", "0—6岁儿童健康管理率较上年提高", "≥2百分点", 10),
    (None, None, None, "5岁以下儿童贫血患病率较上年下降", "≥1.5个百分点", 10),
    (None, None, "可持续影响指标", "儿童保健门诊规范化建设", "持续推进", 10),
    ("满意度指标", 10, "服务对象满意度指标", "儿童家长满意度", "≥90%", 10),
]
H17 = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")


@variant(
    "sr17-child-points",
    (10,),
    "project, NAT-2021, a tier-1 score column and an indicator "
    "score column both adding to 100, rate changes in 百分点 (correct)",
)
def sr17() -> Book:
    b, s = book("绩效目标", (14, 10, 18, 30, 16, 10))
    project(
        s,
        "0—6岁儿童健康管理",
        "苇渚县卫生健康局 203",
        "苇渚县妇幼保健计划生育服务中心",
        funds(wan(92), wan(85), wan(7)),
        ["为全县18000名0—6岁儿童提供健康检查和生长发育监测，儿童健康管理率较上年提高。"],
    )
    table(s, H17, SR17, merged=(1, 2, 3))
    note(s, "注：一级指标分值为其下三级指标分值之和，总分100分。")
    return b


SR18 = [
    ("产出指标", "数量指标", "托育机构卫生保健指导次数", "≥120次"),
    (None, "质量指标", "托育机构卫生评价合格率", "≥90%"),
    (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
    (None, "时效指标", "指导意见反馈时间", "≤10个工作日"),
    ("成本指标", "经济成本指标", "每次指导成本", "≤1500元/次"),
    ("效益指标", "社会效益指标", "托育机构传染病聚集性疫情", "≤2起"),
    (None, mk("生态效益指标", "F109", "warning", row=True,
              note="template tier-2 left with no indicator and no value"), None, None),
    (None, "可持续影响指标", "托育机构卫生保健制度", "健全"),
    ("满意度指标", "服务对象满意度指标", "托育机构和家长满意度", "≥90%"),
]  # fmt: skip


@variant(
    "sr18-nursery-empty-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template tier-2 left empty and a value without a name",
)
def sr18() -> Book:
    b, s = book()
    project(
        s,
        "托育机构卫生保健指导",
        "澄渚市卫生健康委员会 102",
        "澄渚市妇幼保健院",
        funds(wan(20), wan(18), wan(2)),
        ["对全市托育机构开展卫生保健指导120次，提升托育机构卫生保健水平。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), SR18)
    return b
