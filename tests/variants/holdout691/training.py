"""A fish-processing training programme for returning migrant workers (hy13–hy18): operators in
words, direction against operator, header words of assessment forms, a two-year programme,
stacked projects and a department table with duplicates."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout691.common import (
    HRSS,
    SCHOOL,
    notes,
    one_year,
    periods,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout691.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值", "备注")

HY13 = [
    ("产出指标", "数量指标", "培训返乡农民工", "大于等于", 600, "人"),
    (None, None, "其中：脱贫家庭劳动力", "大于等于", 150, "人"),
    (None, "质量指标", "职业技能等级证书取得率", "大于等于", pct(0.8), "%"),
    (None, None, "培训课时达标率", "等于", pct(1), "%"),
    (None, "时效指标", "培训结业时间", "小于等于", day(2025, 11, 30, CN_DATE), None),
    (None, "成本指标", "人均培训补贴标准", "小于等于", 1600, "元/人"),
    ("效益指标", "经济效益指标", "就业学员月均收入", "大于等于", 3500, "元/人·月"),
    (None, "社会效益指标", "推荐就业", "大于等于", 360, "人"),
    (None, None, "培训期间安全事故", "等于", 0, "起"),
    (None, "可持续影响指标", "合作鲈鱼加工企业", "大于等于", 8, "家"),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "大于等于", pct(0.9), "%"),
]  # fmt: skip


@variant("hy13-train-operator-words", (1, 11),
         "project, OLD-NAT, operators in words in a 指标性质 column, unit column, typed percent "
         "cells, a subsidy standard × trainees equal to the money, 0起 on incidents "
         "(correct)")  # fmt: skip
def hy13() -> Book:
    b, s = start()
    project(s, name="泓川县返乡农民工鲈鱼加工技能培训", unit=SCHOOL, dept=HRSS,
            money=one_year(96, 90, 6),
            goals=("面向返乡农民工开展鲈鱼宰杀分割、冷链保鲜和预制菜加工技能培训600人（其中"
                   "脱贫家庭劳动力150人以上），证书取得率80%以上，推荐就业360人"
                   "以上。",))  # fmt: skip
    table(s, OP6, HY13)
    notes(s, "说明：人均培训补贴1600元×600人=96万元，与年度资金总额一致。")
    sign(s, "邝小满", "0768-3351207", day(2024, 11, 12))
    return b


HY14 = [
    ("产出指标", "数量指标", "实训学员", "≥500人", None),
    (None, "质量指标", "实训考核合格率", "≥90%", None),
    (None, "时效指标", "实训计划完成时间", "2025年12月20日前", None),
    (None, "成本指标", "人均实训成本",
     mk("≤2000元/人", "B107", "warning", row=True,
        note="2000元×500人=100万元，超过年度资金总额80万元"), "按上年决算测算"),
    ("效益指标", "社会效益指标", "实训学员就业率", "≥70%", None),
    (None, None, "实训操作事故发生率",
     mk("≥1%", "T108", "warning", row=True, note="事故发生率是反向指标，比较符却是≥"), None),
    (None, "生态效益指标", "加工下脚料综合利用率", "≥85%", None),
    ("满意度指标", "服务对象满意度指标", "实训学员满意度", "≥90%", None),
]  # fmt: skip


@variant("hy14-train-direction-cost", (11, 12),
         "project, OLD-NAT, operators inside the values: an accident rate with ≥, a per-head cost "
         "× trainees above the year's money")  # fmt: skip
def hy14() -> Book:
    b, s = start()
    project(
        s,
        name="泓川县水产品加工实训基地运营",
        unit=SCHOOL,
        dept=HRSS,
        money=one_year(80, 70, 10),
        goals=("依托实训基地为返乡农民工开展鲈鱼加工实训500人，就业率70%以上。",),
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), HY14)
    sign(s, "邝小满", "0768-3351207", day(2024, 11, 21))
    return b


HY15 = [
    ("产出", "数量", "培训返乡人员", "≥300人", "每少10人扣1分"),
    (None, None, "其中：预制菜加工方向", "≥120人", "每少10人扣0.5分"),
    (None, None, "其中：冷链配送方向", "≥180人", "每少10人扣0.5分"),
    (None, "质量", "结业考核合格率", "≥90%", "每低1个百分点扣1分"),
    (None, "时效", "培训按期开班率", "100%", "每延误1期扣1分"),
    (None, "成本", "人均培训成本", "≤1500元/人", "超标准不得分"),
    ("效益", "社会效益", "参训人员就业率", "≥65%", "每低1个百分点扣1分"),
    (None, "可持续影响", "签订用工协议的加工企业", "≥5家", "每少1家扣1分"),
    ("满意度", "服务对象满意度", "参训人员满意度", "≥90%", "每低1个百分点扣1分"),
]  # fmt: skip


@variant("hy15-train-assessment-headers", (7,),
         "project, OLD-NAT, abbreviated labels, a two-row header with 考核指标, 目标值（年度） and "
         "a 评价标准 column, a goal total with its parts in brackets (correct)")  # fmt: skip
def hy15() -> Book:
    b, s = start()
    project(s, name="砚溪镇返乡人员鲈鱼预制菜加工技能培训", unit="砚溪镇社会保障服务中心",
            dept=HRSS, money=one_year(45, 40, 5),
            goals=("培训返乡人员300人（其中预制菜加工方向120人、冷链配送方向180人），结业考核"
                   "合格率90%以上。",))  # fmt: skip
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    top = s.r
    s.row("一级指标", "二级指标", "考核指标", None, None, None)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=s.r, end_column=6)
    s.table(HY15, merged=(1, 2))
    sign(s, "甘若水", "0768-6629170", day(2024, 12, 1))
    return b


HY16 = [
    ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人次", "≤600元/人次", None),
    ("产出指标", "数量指标", "培训返乡农民工", "≥1200人次",
     mk("≥1500人次", "D201", "error", alt=("D104",),
        note="年度1500人次大于两年的1200人次，年度目标写600人次"), "累计"),
    (None, None, "企业跟岗实训", "≥16期",
     mk("≥6期", "D104", "warning", row=True, note="年度目标写开展企业跟岗实训8期"), None),
    (None, None, "建成加工实训工位", "≥40个", "≥24个", "累计"),
    (None, "质量指标", "职业技能等级证书取得率", "≥80%", "≥80%", None),
    (None, "时效指标", "培训任务完成时间", "2026年12月31日前", "2025年12月31日前", None),
    ("效益指标", "社会效益指标", "参训人员就业率", "≥70%", "≥70%", None),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%", None),
]  # fmt: skip


@variant("hy16-train-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's, "
         "an annual count the 年度目标 states otherwise")  # fmt: skip
def hy16() -> Book:
    b, s = start()
    project(s, name="泓川县返乡农民工鲈鱼加工技能提升行动（2025—2026年）", unit=SCHOOL,
            dept=HRSS, years=2, attr="新增项目", money=periods((180, 160, 20), (90, 80, 10)),
            goals=("两年培训返乡农民工1200人次，开展企业跟岗实训16期，建成鲈鱼加工实训工位"
                   "40个，证书取得率80%以上。",
                   "2025年培训返乡农民工600人次，开展企业跟岗实训8期，建成实训工位"
                   "24个。"))  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), HY16)
    sign(s, "甘若水", "0768-6629170", day(2024, 12, 10))
    return b


HY17A = [
    ("产出指标", "数量指标", "培训返乡农民工", "≥300人", None),
    (None, "质量指标", "结业考核合格率", "≥90%", None),
    (None, "时效指标", "培训完成时间", "2025年10月31日前", None),
    (None, "成本指标", "人均培训成本", "≤1800元/人", "300人合计54万元"),
    ("效益指标", "社会效益指标", "参训人员就业率", "≥70%", None),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", None),
]  # fmt: skip

HY17B = [
    ("产出指标", "数量指标", "购置鲈鱼加工实训设备", "≥12台套", "分割机、真空包装机等"),
    (None, "质量指标", "设备验收合格率", "100%", None),
    (None, "时效指标", "设备交付时间", "2025年5月31日前", None),
    (None, "成本指标", "设备平均单价", "≤3万元/台套", None),
    ("效益指标", "可持续影响指标", "实训设备年使用", "≥1200学时", None),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥85%", "设备使用评价"),
]  # fmt: skip


@variant("hy17-train-stacked-pair", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each, costs equal to the money (correct)")  # fmt: skip
def hy17() -> Book:
    b, s = start()
    project(
        s,
        name="泓川县返乡农民工鲈鱼加工技能培训（春季班）",
        unit=SCHOOL,
        dept=HRSS,
        money=one_year(54, 50, 4),
        goals=("培训返乡农民工300人，10月底前结业，结业考核合格率90%以上。",),
    )
    table(s, ONE, HY17A)
    s.skip()
    project(
        s,
        name="泓川县鲈鱼加工实训车间设备购置",
        unit=SCHOOL,
        dept=HRSS,
        title="",
        money=one_year(36, 36, 0),
        goals=("购置鲈鱼分割、真空包装等实训设备12台套，5月底前交付使用。",),
    )
    table(s, ONE, HY17B)
    sign(s, "邝小满", "0768-3351207", day(2024, 11, 27))
    return b


HY18 = [
    ("成本指标", "经济成本指标", "人均培训成本", "≤2000元/人", None),
    ("产出指标", "数量指标", "鲈鱼加工技能培训人数", "≥600人", None),
    (None, None, "电商直播培训人数", "≥250人", None),
    (None, "质量指标", "结业考核合格率", "≥90%", None),
    (None, None, "职业技能等级证书取得率", "≥75%", None),
    (None, "时效指标", "培训计划按期完成率", "≥95%", None),
    (None, None, "结业考核合格率",
     mk("≥85%", "D102", "error", row=True, alt=("D101", "D103", "F201"),
        note="与质量指标下的“结业考核合格率 ≥90%”同名，指标值却不同"), None),
    ("效益指标", "社会效益指标", "参训人员就业率", "≥70%", None),
    (None, None, "参训学员满意度",
     mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下"), None),
    (None, "可持续影响指标", "电商直播培训人数",
     mk("≥250人", "D101", "warning", row=True, alt=("D103", "F201"),
        note="与数量指标下的同一指标重复"), None),
    ("满意度指标", "服务对象满意度指标", "合作加工企业满意度", "≥85%", None),
]  # fmt: skip


@variant("hy18-train-department-duplicates", (4,),
         "department, NAT-2021, a note and signature under the table: a rate twice with "
         "different values, a count twice under two tier-2s, a satisfaction under "
         "社会效益")  # fmt: skip
def hy18() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=2025, dept=SCHOOL,
        budget=[(wan(310), wan(280), wan(30), wan(110), wan(200))],
        tasks=[("鲈鱼加工技能培训", "返乡农民工宰杀分割和预制菜加工", wan(120), "培训600人"),
               ("电商直播培训", "鲈鱼产品直播带货", wan(50), "培训250人"),
               ("培训基地运维", "实训车间水电和设备维护", wan(30), "基地正常运行"),
               ("金额合计", None, wan(200), None)],
        goal="全年开展返乡农民工鲈鱼加工技能培训600人、电商直播培训250人，结业考核合格率"
             "90%以上，参训人员就业率70%以上。")  # fmt: skip
    table(s, ONE, HY18)
    notes(s, "注：人均培训成本按鲈鱼加工和电商直播两类培训合计850人测算。")
    sign(s, "甘若水", "0768-6629170", day(2024, 11, 25), boss="秦守业")
    return b
