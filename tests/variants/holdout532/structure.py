"""Returns bv07–bv12: rows that are not indicators, tier labels as offices write them and other
header words (items 4, 5, 7, 11, 12)."""

from __future__ import annotations

from tests.variants.holdout532.common import (
    BIZ,
    ONE,
    OPS,
    SAMR,
    YEAR,
    department_book,
    notes,
    one_year,
    project_book,
    sign_off,
    table,
    tasks,
)  # fmt: skip
from tests.variants.holdout532.registry import variant
from tests.variants.kit import Book, day, mk


@variant("bv07-tofu-training-notes", (4,),
         "project, OLD-NAT, one value column: a 注 row inside the table, footnotes explaining "
         "the total, 填表说明, signature and a fill date in the prior year (correct)")  # fmt: skip
def tofu_training_notes() -> Book:
    b, s = project_book(
        name="腐乳作坊从业人员食品安全培训", dept=SAMR, unit="蓼川县食品安全协会",
        money=one_year(32, 32, 0),
        goals=["分片区培训腐乳、米粉作坊从业人员600人次，考核合格后持证上岗。"],
    )  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "培训从业人员", "≥600人次"),
        (None, None, "举办片区培训班", "≥12期"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "10月31日前"),
        (None, "成本指标", "人均培训成本", "≤500元/人次"),
        ("注：培训人次含米粉作坊从业人员约240人次。", "", None, None),
        ("效益指标", "社会效益指标", "小作坊食品抽检不合格率下降率", "≥20%"),
        (None, "可持续影响指标", "从业人员持证上岗率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：1. 项目资金32万元＝培训费30万元（600人次×500元）＋教材印制费2万元。",
        "2. 下降率以2024年抽检不合格率为基数计算。",
        "填表说明：指标值请填写比较符、数值和计量单位；定性指标填写等级。",
    )  # fmt: skip
    sign_off(s, "黎舒禾", "0779-6218830", day(YEAR - 1, 11, 14))
    return b


@variant("bv08-department-page-break", (4, 12),
         "department, NAT-2021, weight column: a unit line, subtotal rows, the header repeated "
         "after a page break, a total row; money consistent (correct)")  # fmt: skip
def department_page_break() -> Book:
    b, s = department_book(
        (520, 500, 20, 380, 140), dept="蓼川县米粉产业发展服务中心",
        tasks=tasks(
            ("米粉产业帮扶", "作坊技改补助和技术指导", 90, "技改作坊≥18家"),
            ("腐乳作坊贴息", "作坊流动资金贷款贴息", 50, "贴息作坊≥25家"),
            total=140,
        ),
        goal="推动米粉、腐乳作坊技改升级，抽检合格率稳定在98%以上。",
    )  # fmt: skip
    s.skip()
    s.row("单位：万元、%、家", None, None, None, "权重（分）", merge=[(1, 4)])
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(s, header, [
        ("产出指标", "数量指标", "完成技改的米粉作坊", "≥18家", 15),
        (None, None, "享受贴息的腐乳作坊", "≥25家", 15),
        (None, "质量指标", "技改项目验收合格率", "≥95%", 10),
        (None, "时效指标", "贴息资金拨付时限", "≤20个工作日", 10),
        ("小计", "", None, None, 50),
        ("成本指标", "经济成本指标", "单家作坊技改补助", "≤5万元/家", 10),
        ("小计", "", None, None, 10),
    ])  # fmt: skip
    s.skip()
    table(s, header, [
        ("效益指标", "经济效益指标", "帮扶作坊年销售收入增长率", "≥8%", 20),
        (None, "社会效益指标", "带动农户就业", "≥150人", 10),
        ("小计", "", None, None, 30),
        ("满意度指标", "服务对象满意度指标", "帮扶作坊满意度", "≥90%", 10),
        ("小计", "", None, None, 10),
        ("合计", "", None, None, 100),
    ])  # fmt: skip
    return b


@variant("bv09-noodle-notes-defects", (4, 11),
         "project, OLD-NAT, operator and unit columns: a 说明 row between tiers and a stamp "
         "line; ≥ on a subsidy standard, = on a satisfaction rate")  # fmt: skip
def noodle_notes_defects() -> Book:
    b, s = project_book(
        name="米粉作坊烘干设备技改补助", dept=BIZ, unit="蓼川县商务和工业信息化局",
        money=one_year(50, 45, 5),
        goals=["补助15家米粉作坊更换节能烘干设备，降低能耗并改善生产卫生条件。"],
    )  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "补助更换烘干设备的作坊", "≥", 15, "家"),
        (None, "质量指标", "设备安装验收合格率", "≥", 95, "%"),
        (None, "时效指标", "补助资金兑付时间", "≤", "11月30日前", None),
        (None, "成本指标", "单家作坊技改补助标准",
         mk("≥", "T108", "warning", row=True, note="a subsidy standard is a cap: ≤ meant"),
         3, "万元/家"),
        ("说明：效益指标按作坊自报能耗台账统计。", "", None, None, None, None),
        ("效益指标", "经济效益指标", "作坊单位产品烘干能耗下降率", "≥", 15, "%"),
        (None, "社会效益指标", "技改作坊食品抽检合格率", "≥", 98, "%"),
        ("满意度指标", "服务对象满意度指标", "技改作坊满意度",
         mk("=", "T107", "warning", row=True, note="=95% on a satisfaction rate means ≥"),
         95, "%"),
    ])  # fmt: skip
    s.skip()
    s.row("（单位盖章）", None, None, "负责人签字：", None, None)
    return b


@variant("bv10-decorated-labels", (5,),
         "project, NAT-2021, tier labels numbered with points, marks and abbreviations "
         "(一、产出指标（50分）, （一）数量, ★质量指标, *时效) (correct)")  # fmt: skip
def decorated_labels() -> Book:
    b, s = project_book(
        name="腐乳传统技艺作坊规范化提升", dept=BIZ, unit="禾坪乡人民政府",
        money=one_year(60, 54, 6),
        goals=["扶持10家传统腐乳作坊完成规范化改造并取得小作坊登记证。"],
    )  # fmt: skip
    table(s, ONE, [
        ("一、产出指标（50分）", "（一）数量", "完成规范化改造的腐乳作坊", "≥10家"),
        (None, "（二）★质量指标", "改造作坊小作坊登记证取得率", "100%"),
        (None, "（三）*时效指标", "改造完成时间", "11月30日前"),
        ("二、成本指标（15分）", "（一）经济成本指标", "单家作坊扶持标准", "≤6万元/家"),
        ("三、效益指标（25分）", "（一）社会效益", "改造作坊产品抽检合格率", "≥98%"),
        (None, "（二）可持续影响指标", "传统腐乳技艺传承人带徒", "≥20人"),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "扶持作坊满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bv11-wrong-parent", (5,),
         "project, NAT-2021, numbered labels: 时效指标 under 三、效益指标, 预算执行率 as a cost "
         "indicator")  # fmt: skip
def wrong_parent() -> Book:
    b, s = project_book(
        name="米粉小作坊电商销售帮扶", dept=BIZ, unit="蓼川县电子商务服务中心",
        money=one_year(40, 40, 0),
        goals=["帮助40家米粉小作坊开设网店，规范预包装标签，拓展线上销路。"],
    )  # fmt: skip
    table(s, ONE, [
        ("一、产出指标", "1.数量指标", "开设网店的米粉小作坊", "≥40家"),
        (None, "2.质量指标", "预包装标签合规率", "≥95%"),
        ("二、成本指标", "1.经济成本指标", "单家作坊帮扶成本", "≤1万元/家"),
        (None, None, mk("项目预算执行率", "F202", "warning", row=True,
                        note="预算执行率 is scored separately, not a cost indicator"), "≥90%"),
        ("三、效益指标", "1.经济效益指标", "帮扶作坊线上销售额", "≥300万元"),
        (None, mk("2.时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "网店上线时间", "6月30日前"),
        ("四、满意度指标", "1.服务对象满意度指标", "帮扶作坊满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bv12-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标, 预期实现值 and a 评价标准 column, NAT-2021 (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, _ = project_book(
        sheet="项目信息", name="蓼川米粉区域公用品牌培育", dept=BIZ,
        unit="蓼川县米粉行业协会", money=one_year(75, 60, 15),
        goals=["注册区域公用品牌1个，授权30家作坊使用，开展品牌推介活动6场。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", widths=(14, 18, 28, 16, 30))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    table(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "授权使用品牌的作坊", "≥30家", "达到得满分，每少1家扣0.5分"),
        (None, None, "品牌推介活动", "≥6场", "每少1场扣1分"),
        (None, "质量指标", "授权作坊产品抽检合格率", "≥98%", "未达到不得分"),
        (None, "时效指标", "品牌注册申请提交时间", "5月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "单场推介活动费用", "≤5万元/场", "超出不得分"),
        ("效益指标", "经济效益指标", "授权作坊销售收入增长率", "≥10%", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "授权作坊满意度", "≥90%", "按比例得分"),
    ])  # fmt: skip
    return b
