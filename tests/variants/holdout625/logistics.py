"""The rural logistics station of 枫垭乡 and the county's village delivery points, which carry
the pine nuts and dried persimmons out: fk13–fk18."""

from __future__ import annotations

from tests.variants.holdout625.common import (
    HEAD4,
    HEAD_PERIOD,
    YEAR,
    department,
    export_budget,
    export_goals,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout625.registry import variant
from tests.variants.kit import Book, day, mk, pct

TRANSPORT = "松岙县交通运输局 417020"
TOWN_FS = "松岙县霜溪镇人民政府"


@variant("fk13-station-word-operators", (11, 1),
         "project, NAT-2021, operators in words in a 指标性质 column, unit column, typed percent"
         " cells, 反向 rates with 小于等于 and a 下降率 with 大于等于 (correct)")  # fmt: skip
def fk13() -> Book:
    b, s = start()
    goal = (
        "依托枫垭乡农村物流综合服务站和14个村级寄递点，全年寄递松子、柿饼等农产品包裹15万件，"
        "快件村级平均滞留时长不超过24小时，快件破损率控制在0.5%以内。"
    )
    project(s, "枫垭乡农村物流综合服务站运营项目", TRANSPORT, "松岙县枫垭乡人民政府",
            one_year(58, 50, 8), [goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "村级寄递点覆盖行政村数", "大于等于", 14, "个"),
        (None, None, "农产品包裹寄递量", "大于等于", 15, "万件"),
        (None, "质量指标", "快件破损率", "小于等于", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "快件村级平均滞留时长", "小于等于", 24, "小时"),
        ("成本指标", "经济成本指标", "村级寄递点运营补助标准", "小于等于", 2.5, "万元/个·年"),
        ("效益指标", "经济效益指标", "农产品单件寄递费用下降率", "大于等于", pct(0.1), "%"),
        (None, "社会效益指标", "群众快件投诉率", "小于等于", pct(0.01), "%"),
        ("满意度指标", "服务对象满意度指标", "寄递用户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "钟砚秋", "0739-6120935", day(YEAR - 1, 11, 25))
    return b


@variant("fk14-delivery-points-direction", (11, 12),
         "project, NAT-2021, operators inside the values: a 丢失率 with ≥, a locker price × count"
         " above the money, a point count other than the goal's")  # fmt: skip
def fk14() -> Book:
    b, s = start()
    goal = "提升改造村级寄递点36个，配置智能快递柜36组，实现松子、柿饼产区行政村寄递服务全覆盖。"
    project(s, "松岙县村级物流寄递点提升项目", TRANSPORT, "松岙县邮政快递业发展服务中心",
            one_year(80, 72, 8), [goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "提升改造村级寄递点",
         mk("≥32个", "D104", "warning", row=True, note="年度绩效目标写36个")),
        (None, None, "配置智能快递柜", "≥36组"),
        (None, "质量指标", "寄递点改造验收合格率", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "智能快递柜单组采购价",
         mk("≤2.8万元/组", "B107", "warning", row=True,
            note="36组×2.8万元=100.8万元，超过年度资金80万元")),
        ("效益指标", "经济效益指标", "农产品寄递量增长率", "≥15%"),
        (None, "社会效益指标", "快件丢失率",
         mk("≥0.1%", "T108", "warning", row=True, note="丢失率是反向指标，应为≤")),
        ("满意度指标", "服务对象满意度指标", "村民寄递满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fk15-two-projects-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's"
         " money not adding up and one indicator given twice with different values")  # fmt: skip
def fk15() -> Book:
    b, s = start()
    project(s, "枫垭乡物流站松子集货仓改造项目", TRANSPORT, "松岙县枫垭乡人民政府",
            one_year(40, 36, 4), ["改造松子集货仓600平方米，年集货松子300吨，集货仓温湿度"
                                  "监测全覆盖。"],
            title="2026年度项目支出绩效目标申报表")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造集货仓面积", "≥600平方米"),
        (None, None, "年集货松子量", "≥300吨"),
        (None, "质量指标", "集货仓温湿度监测覆盖率", "=100%"),
        (None, "时效指标", "集货仓改造完工时间", "2026年8月31日前"),
        (None, "成本指标", "集货仓改造单价", "≤600元/平方米"),
        ("效益指标", "经济效益指标", "松子仓储霉变损耗率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "松子采集户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(55), "B101", "error", note="财政拨款45 + 其他资金8 = 53 ≠ 55")
    project(s, "霜溪镇柿饼冷链寄递补贴项目", TRANSPORT, TOWN_FS,
            one_year(total, 45, 8), ["补贴柿饼冷链寄递8万件，冷链寄递温控达标率95%以上。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补贴柿饼冷链寄递件数", "≥8万件"),
        (None, "质量指标", "冷链寄递温控达标率", "≥95%"),
        (None, None, "冷链寄递包装合格率", "≥98%"),
        (None, "时效指标", "补贴资金兑付时间", "2026年12月31日前"),
        (None, "成本指标", "单件冷链寄递补贴", "≤5元/件"),
        (None, "质量指标",
         mk("冷链寄递温控达标率", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标出现两次，指标值不同（≥95% / ≥90%）"), "≥90%"),
        ("效益指标", "经济效益指标", "柿饼线上销售额增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "柿饼加工户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fk16-postal-flat-two-values", (3, 8),
         "department, flat list with 实施周期 and 年度 value columns, a unit column and the"
         " weight total in the header text; period counts above the year's (correct)")  # fmt: skip
def fk16() -> Book:
    b, s = start()
    goal = (
        "2026—2028年建成县乡村三级寄递网络，三年累计新增村级寄递点60个（2026年20个），"
        "农产品寄递量三年累计90万件。"
    )
    department(s, "松岙县邮政快递业发展服务中心", (310, 290, 20, 190, 120), goal)
    head = ("指标名称", "计量单位", "实施周期指标值", "年度指标值", "权重（合计100分）")
    indicators(s, head, [
        ("新增村级寄递点", "个", "≥60", "≥20", 20),
        ("农产品寄递量", "万件", "≥90", "≥25", 20),
        ("寄递点服务规范达标率", "%", "≥95", "≥95", 15),
        ("快件村级平均滞留时长", "小时", "≤24", "≤24", 15),
        ("寄递点运营补助标准", "万元/个·年", "≤2", "≤2", 10),
        ("寄递用户满意度", "%", pct(0.9), pct(0.9), 20),
    ], merged=())  # fmt: skip
    notes(s, "注：实施周期为2026—2028年；年度运营补助20个×2万元=40万元，在项目支出内列支。")
    return b


@variant("fk17-delivery-three-year-copied", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: the 年度目标 text copied"
         " from the 中期目标, one cumulative count copied into the year's column")  # fmt: skip
def fk17() -> Book:
    b, s = start()
    text = "建成村级物流服务站45个，培训村级寄递员90人，农产品寄递量年均增长15%。"
    copied = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project(s, "松岙县农村物流“快递进村”三年行动项目", TRANSPORT, "松岙县交通运输局",
            multi_year((240, 210, 30), (90, 80, 10)), [text, copied], years=3,
            attr="新增项目")  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "建成村级物流服务站", "≥45个", "≥15个"),
        (None, None, "培训村级寄递员", "≥90人",
         mk("≥90人", "D202", "warning", note="三年累计人数照抄到年度列")),
        (None, "质量指标", "服务站验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "服务站建设补助标准", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "经济效益指标", "农产品寄递量年均增长率", "≥15%", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fk18-station-export", (7, 12),
         "budget-system export, two sheets (05-1 with detail lines adding up, 05-2 with"
         " codes, header on the third row), a goal total with its parts in brackets"
         " (correct)")  # fmt: skip
def fk18() -> Book:
    b = Book()
    code = "530923260117"
    name = "枫垭乡物流站松子柿饼集货寄递服务"
    export_budget(b, (code, name, "2140601 邮政业务", 48, 42, 6), [
        (f"{code}-01", "集货运输费", "900吨×200元/吨", 18),
        (f"{code}-02", "包装材料", "20万件×0.8元/件", 16),
        (f"{code}-03", "站点值守劳务", "2人×12个月×0.5万元", 12),
        (f"{code}-04", "设备维护", "电子秤、打包机", 2),
    ])  # fmt: skip
    goal = (
        "2026年为松子、柿饼产区提供集货寄递服务，集货农产品900吨（松子350吨、柿饼550吨），"
        "寄递包裹20万件。"
    )
    export_goals(b, "松岙县枫垭乡人民政府", [
        (code, name, goal, "产出指标", "数量指标", "集货农产品总量", "≥900吨"),
        (None, None, None, None, None, "其中柿饼集货量", "≥550吨"),
        (None, None, None, None, None, "寄递农产品包裹", "≥20万件"),
        (None, None, None, None, "质量指标", "包裹破损率", "≤0.5%"),
        (None, None, None, None, "时效指标", "集货后发运时长", "≤48小时"),
        (None, None, None, "成本指标", "经济成本指标", "集货运输单价", "≤200元/吨"),
        (None, None, None, "效益指标", "经济效益指标", "产区农户寄递费用下降率", "≥8%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "产区农户满意度", pct(0.9)),
    ])  # fmt: skip
    return b
