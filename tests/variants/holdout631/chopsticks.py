"""The 竹筷 (bamboo chopstick) workshop of the invented 筠口镇, 菰湾县: fq13–fq18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout631.common import (
    YEAR,
    indicators,
    note,
    one_year,
    period_money,
    sign,
    start,
)
from tests.variants.holdout631.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "菰湾县人力资源和社会保障局（326）"
UNIT = "筠口镇竹艺合作社"


@variant(
    "fq13-chopstick-export",
    (7, 9),
    "budget-system export: head on sheet 部门项目支出预算05-1, the table on sheet "
    "部门项目支出绩效目标05-2 under a header on its third row with code columns first, headers "
    "考核指标 and 目标值（年度）, operator and unit columns, `=100%` kept as text, 0起 on an "
    "incident count (correct)",
)
def fq13() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 16, 30, 18, 18, 18))
    project_head(s, year=YEAR, name="筠口镇竹筷制作技艺传习工坊", dept=DEPT, unit=UNIT,
                 money=one_year(26, 20, 6),
                 goals=["举办竹筷制作培训4期，培训学员80人，11月底前完成全部培训。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 12, 14, 26, 8, 12, 10))
    t.row("部门项目支出绩效目标表", merge=[(1, 8)])
    t.row("单位：菰湾县人力资源和社会保障局", None, None, None, None, None, "2025年度")
    code, name = "326001-25-0041", "筠口镇竹筷制作技艺传习工坊"
    header = ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "指标性质",
              "目标值（年度）", "计量单位")  # fmt: skip
    rows = [
        (code, name, "产出指标", "数量指标", "竹筷制作培训期数", "≥", 4, "期"),
        (code, name, None, None, "培训学员人数", "≥", 80, "人"),
        (code, name, None, "质量指标", "产品抽检合格率", None, "=100%", None),
        (code, name, None, None, "安全生产事故", "≤", 0, "起"),
        (code, name, None, "时效指标", "培训完成时间", "≤", day(YEAR, 11, 30), None),
        (code, name, None, "成本指标", "人均培训成本", "≤", 0.25, "万元/人"),
        (code, name, "效益指标", "经济效益指标", "学员竹筷产品销售收入", "≥", 15, "万元"),
        (code, name, None, "社会效益指标", "带动就业", "≥", 20, "人"),
        (code, name, "满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
    ]
    t.row(*header)
    t.table(rows, merged=(3, 4))
    return b


@variant(
    "fq14-chopstick-goal-trainees",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's trainee count against the "
    "indicator's, a drying-room deadline left from last year",
)
def fq14() -> Book:
    b, s = start()
    goal = "2025年举办竹筷制作培训6期、培训学员120人，9月底前建成竹材烘干房1座。"
    project_head(s, year=YEAR, name="篁坞村竹筷工坊二期项目", dept=DEPT, unit="篁坞村竹筷工坊",
                 money=one_year(45, 38, 7), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "培训期数", "≥6期"),
        (None, None, "培训学员",
         mk("≥80人", "D104", "warning", note="年度目标写培训学员120人")),
        (None, None, "竹材烘干房", "=1座"),
        (None, "质量指标", "学员结业率", "≥90%"),
        (None, "时效指标", "烘干房建成时间",
         mk(day(YEAR - 1, 9, 30, CN_DATE), "Y102", "error", alt=("Y101", "Y103"),
            note="2024年9月30日：上一年的期限，年度目标写2025年9月底前")),
        (None, "成本指标", "烘干房建设成本", "≤20万元"),
        ("效益指标", "经济效益指标", "工坊年销售额", "≥30万元"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    return b


@variant(
    "fq15-chopstick-two-years-points",
    (8, 10),
    "two-year project, NAT-2021, tier score column and indicator score column (both 100), "
    "实施期 and 年度 columns, a rate raised in 百分点 (correct)",
)
def fq15() -> Book:
    b, s = start()
    goals = [
        "2025—2026年培训竹筷制作学员200人，制作竹筷6000双，培养技艺传承人6人。",
        "2025年培训学员100人，制作竹筷3000双，培养传承人3人。",
    ]
    project_head(s, year=YEAR, years=2, name="筠口镇竹筷技艺传承培训项目", dept=DEPT, unit=UNIT,
                 money=period_money((30, 24, 6), (15, 12, 3)), goals=goals)  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "实施期指标值", "年度指标值", "指标分值")
    rows = [
        ("产出指标", 50, "数量指标", "培训学员", "≥200人", "≥100人", 15),
        (None, None, None, "制作竹筷", "≥6000双", "≥3000双", 15),
        (None, None, "质量指标", "结业考核合格率", pct(0.9), pct(0.9), 10),
        (None, None, "时效指标", "年度培训完成时间", "2026年11月底前", "2025年11月底前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤0.15万元/人", "≤0.15万元/人", 10),
        ("效益指标", 30, "经济效益指标", "学员人均增收", "≥1200元", "≥1200元", 10),
        (None, None, "生态效益指标", "竹材综合利用率提高", "≥5百分点", "≥3百分点", 10),
        (None, None, "可持续影响指标", "培养技艺传承人", "≥6人", "≥3人", 10),
        ("满意度指标", 10, "服务对象满意度指标", "学员满意度", "≥90%", "≥90%", 10),
    ]
    indicators(s, header, rows, merged=(1, 2, 3))
    return b


@variant(
    "fq16-chopstick-points-cost",
    (10, 12),
    "project, OLD-NAT, tier score column against the indicator scores under it, 年度资金 ≠ "
    "财政拨款 + 其他资金, a cost per session × sessions above the money",
)
def fq16() -> Book:
    b, s = start()
    total = mk(12, "B101", "error", note="财政拨款10 + 其他资金3 = 13 ≠ 12")
    project_head(s, year=YEAR, name="竹筷纹样设计研修班", dept=DEPT, unit=UNIT,
                 money=one_year(total, 10, 3),
                 goals=["举办竹筷纹样设计研修班6期，研发新纹样20款。"])  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    rows = [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 15+10+10+10 = 45 ≠ 50"),
         "数量指标", "研修班期数", "≥6期", 15),
        (None, None, None, "研发新纹样", "≥20款", 10),
        (None, None, "质量指标", "纹样采用率", "≥60%", 10),
        (None, None, "成本指标", "每期研修成本",
         mk("≤2.5万元/期", "B107", "warning", row=True,
            note="2.5万元 × 6期 = 15万元，超过年度资金12万元"), 10),
        ("效益指标", 30, "经济效益指标", "新纹样产品销售额", "≥20万元", 15),
        (None, None, "社会效益指标", "带动从业人员", "≥15人", 15),
        ("满意度指标", 20, "服务对象满意度指标", "学员满意度", "≥90%", 20),
    ]  # fmt: skip
    indicators(s, header, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="同一缺口使指标分值合计95")
    return b


@variant(
    "fq17-chopstick-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a name, "
    "the template's example row left in",
)
def fq17() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="竹筷产品包装升级项目", dept=DEPT, unit=UNIT,
                 money=one_year(16, 12, 4),
                 goals=["设计竹筷礼盒包装3款，印制包装盒5000套。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "礼盒包装设计", "≥3款"),
        (None, None, "包装盒印制", "≥5000套"),
        (None, None, "示例：培训人数",
         mk("≥**人", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "包装盒验收合格率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="有指标值而无指标名称"), "≥95%"),
        (None, "时效指标", "包装交付时间", "8月31日前"),
        ("成本指标", "经济成本指标", "每套包装成本", "≤28元"),
        ("效益指标", "经济效益指标", "礼盒产品销售额", "≥40万元"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant(
    "fq18-chopstick-page-break",
    (4, 11),
    "project, OLD-NAT, operator in words in 指标性质 and a unit column; a header row repeated "
    "after a page break, a 说明 row inside, 填表说明, signature and date lines; a 下降率 with "
    "大于等于 and 反向 rates with 小于等于 (correct)",
)
def fq18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="筠口镇竹筷生产线节材改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(58, 50, 8),
                 goals=["改造生产线2条，竹材损耗下降10%以上，次品率3%以内。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "改造生产线", "等于", 2, "条"),
        (None, "质量指标", "竹筷次品率", "小于等于", 3, "%"),
        (None, None, "改造设备验收合格率", "等于", 100, "%"),
        (None, "时效指标", "改造完成时间", "小于等于", day(YEAR, 9, 30), None),
        (None, "成本指标", "每条生产线改造成本", "小于等于", 29, "万元"),
    ])  # fmt: skip
    note(s, "说明：次品率按出厂抽检计算。")
    s.skip()
    s.row(*header)
    s.table([
        ("效益指标", "经济效益指标", "竹材损耗下降率", "大于等于", 10, "%"),
        (None, "生态效益指标", "竹屑综合利用率", "大于等于", 80, "%"),
        (None, "可持续影响指标", "产品质量投诉率", "小于等于", 1, "%"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标性质填大于等于、小于等于或等于；2.计量单位按实际填写。")
    sign(s, "聂筠", "0579-6127 5530", day(YEAR - 1, 12, 6))
    return b
