"""Blood supply at the station: testing, platelets, cold chain, screening, components and
traceability (to07–to12)."""

from __future__ import annotations

from tests.variants.holdout317.common import (
    CITY_HEALTH,
    CITY_STATION,
    HEAD,
    PERIOD,
    funds,
    indicators,
    notes,
    period_funds,
    project,
    sign,
    start,
)
from tests.variants.holdout317.registry import variant
from tests.variants.kit import Book, mk


@variant(
    "to07-testing-footnotes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row "
    "inside the table, 注 lines explaining the total, 填表说明, signature and a fill date "
    "in the year before; 0起 on an incident count (correct)",
)
def to07() -> Book:
    b, s = start()
    project(
        s,
        "血液核酸检测及实验室质量提升项目",
        CITY_HEALTH,
        "枫渡市中心血站检验科",
        funds(520, 480, 40),
        ["全年完成献血者血液标本核酸检测9.6万份，检测覆盖率100%，室间质评全部合格。"],
    )
    s.row(*HEAD)
    notes(s, "（填写说明：定量指标写明比较符和计量单位，定性指标填写等级）", width=4)
    s.table(
        [
            ("产出指标", "数量指标", "血液标本核酸检测量", "≥96000份"),
            (None, None, "参加室间质评项次", "≥12项次"),
            (None, "质量指标", "血液标本核酸检测覆盖率", "=100%"),
            (None, None, "室间质评合格率", "=100%"),
            (None, None, "检测结果差错率", "≤0.01%"),
            (None, "时效指标", "检测报告出具时限", "≤24小时"),
            (None, "成本指标", "单份标本核酸检测试剂成本", "≤45元/份"),
            ("效益指标", "社会效益指标", "经输血传播感染事件", "0起"),
            (None, "可持续影响指标", "实验室认可检测项目维持数", "≥8项"),
            ("满意度指标", "服务对象满意度指标", "临床用血医疗机构满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        "注：1.核酸检测覆盖率指完成核酸检测的献血者标本占全部标本的比例；",
        "2.资金总额520万元含其他资金40万元（检测设备厂家配套维保），财政拨款480万元用于试剂和耗材。",
        "填表说明：本表一式两份，报市财政局、市卫生健康委员会各一份。",
    )
    sign(s, "符嘉言", "0937-5208452")
    s.row("单位负责人（签章）：", None, "谷明川")
    return b


@variant(
    "to08-platelet-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, （一）数量指标) and an indicator points column, both adding to "
    "100; a share raised in 百分点; a 合计 row (correct)",
)
def to08() -> Book:
    b, s = start()
    project(
        s,
        "机采血小板采集能力提升项目",
        CITY_HEALTH,
        CITY_STATION,
        funds(400, 360, 40),
        ["全年采集机采血小板3000治疗量以上，急诊血小板2小时内供应，机采占比提高2个百分点。"],
    )
    indicators(
        s,
        [
            (
                "一、成本指标（10分）",
                "（一）经济成本指标",
                "单治疗量机采耗材成本",
                "≤1100元/治疗量",
                10,
            ),
            ("二、产出指标（40分）", "（一）数量指标", "机采血小板采集量", "≥3000治疗量", 15),
            (None, "（二）质量指标", "血小板细菌筛查率", "=100%", 10),
            (None, None, "血小板产品质量抽检合格率", "≥99%", 5),
            (None, "（三）时效指标", "急诊血小板供应响应时间", "≤2小时", 10),
            ("三、效益指标（30分）", "（一）社会效益指标", "临床血小板需求满足率", "≥95%", 15),
            (None, None, "机采血小板占血小板供应比例提升幅度", "≥2百分点", 10),
            (None, "（二）可持续影响指标", "固定机采献血者人数", "≥900人", 5),
            ("四、满意度指标（20分）", "（一）服务对象满意度指标", "机采献血者满意度", "≥90%", 10),
            (None, None, "临床输血科室满意度", "≥90%", 10),
            ("合计", None, None, None, 100),
        ],
        head=(*HEAD, "分值"),
    )
    sign(s, "韦晓禾", "0937-5208416")
    return b


@variant(
    "to09-coldchain-multiyear",
    (8,),
    "three-year project (2026–2028), OLD-NAT, 中期 and 年度 "
    "columns: counts smaller in the year, rates and unit costs equal (correct)",
)
def to09() -> Book:
    b, s = start()
    project(
        s,
        "血液冷链运输及储存监控项目",
        CITY_HEALTH,
        CITY_STATION,
        period_funds((900, 900, 0), (300, 300, 0)),
        [
            "三年更新血液冷链运输车12辆，建成覆盖全市的储血温度监控点位180个，运输途中温度达标率"
            "稳定在99%以上。",
            "本年度更新冷链运输车4辆，新建温度监控点位60个，9月底前完成首批车辆交付。",
        ],
        years=3,
        attr="新增项目",
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "冷链运输车辆更新数量", "≥12辆", "≥4辆"),
            (None, None, "储血温度监控点位建设数", "≥180个", "≥60个"),
            (None, "质量指标", "运输途中温度达标率", "≥99%", "≥99%"),
            (None, "时效指标", "冷链车辆交付时间", "2028年12月31日前", "2026年9月30日前"),
            (None, "成本指标", "单车购置成本", "≤55万元/辆", "≤55万元/辆"),
            ("效益指标", "社会效益指标", "血液运输损耗率", "≤0.3%", "≤0.3%"),
            (None, "可持续影响指标", "冷链设备设计使用年限", "≥8年", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "用血医疗机构满意度", "≥90%", "≥90%"),
        ],
        head=PERIOD,
    )
    sign(s, "符嘉言", "0937-5208452")
    return b


@variant(
    "to10-screening-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template without indicator, a value without a name",
)
def to10() -> Book:
    b, s = start()
    project(
        s,
        "献血前快速初筛能力建设项目",
        CITY_HEALTH,
        CITY_STATION,
        funds(64, 64, 0),
        ["全年完成献血前血红蛋白、转氨酶快速初筛4.5万人次，减少检测不合格血液报废。"],
    )
    nameless = mk(None, "F110", "error", note="时效行填了“≤15分钟”却没有三级指标名称")
    empty = mk("生态效益指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标")
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单人次初筛试剂成本", "≤12元/人次"),
            ("产出指标", "数量指标", "献血前快速初筛人次", "≥45000人次"),
            (None, "质量指标", "初筛结果与实验室复检符合率", "≥98%"),
            (None, "时效指标", nameless, "≤15分钟"),
            ("效益指标", "社会效益指标", "检测不合格血液报废率", "≤1.5%"),
            (None, empty, None, None),
            (None, "可持续影响指标", "初筛设备完好率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "献血者满意度", "≥90%"),
        ],
        head=("一级指标", "二级指标", "三级指标", "预期目标"),
    )
    sign(s, "谷明川", "0937-5208460")
    return b


@variant(
    "to11-component-multiyear-copied",
    (8,),
    "three-year project (2026–2028), OLD-NAT, 中期 "
    "and 年度 columns: two cumulative counts copied into the year, one annual count above "
    "its period value",
)
def to11() -> Book:
    b, s = start()
    project(
        s,
        "血液成分制备能力提升项目",
        CITY_HEALTH,
        CITY_STATION,
        period_funds((600, 600, 0), (220, 220, 0)),
        [
            "三年新增成分分离设备9台，培训制备技术人员240人次，制备病毒灭活血浆3.6万袋。",
            "本年度完成首批设备安装调试，开展制备岗位培训，病毒灭活血浆按月均衡制备。",
        ],
        years=3,
        attr="新增项目",
    )
    copied = "多年期项目的累计数量，年度值照抄中期值"
    indicators(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "新增血液成分分离设备台数",
                "≥9台",
                mk("≥9台", "D202", "warning", note=copied),
            ),
            (
                None,
                None,
                "制备技术人员岗位培训人次",
                "≥240人次",
                mk("≥240人次", "D202", "warning", note=copied),
            ),
            (
                None,
                None,
                "病毒灭活血浆制备量",
                "≥36000袋",
                mk("≥48000袋", "D201", "error", note="年度制备量大于三年累计量，不可能"),
            ),
            (None, "质量指标", "成分血质量抽检合格率", "≥99%", "≥99%"),
            (None, "时效指标", "设备安装调试完成时间", "2028年6月30日前", "2026年10月31日前"),
            (None, "成本指标", "单袋病毒灭活耗材成本", "≤28元/袋", "≤28元/袋"),
            ("效益指标", "社会效益指标", "临床血浆供应满足率", "≥95%", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "用血医疗机构满意度", "≥90%", "≥90%"),
        ],
        head=PERIOD,
    )
    sign(s, "符嘉言", "0937-5208452")
    return b


@variant(
    "to12-trace-points-wrong",
    (5, 10),
    "project, NAT-2021, abbreviated tier labels (产出, "
    "数量), a tier-1 score column and an indicator score column: two tier scores not matching "
    "their indicators, 时效 under 效益",
)
def to12() -> Book:
    b, s = start(widths=(12, 10, 14, 30, 16, 10))
    project(
        s,
        "血液质量监测与追溯系统运维项目",
        CITY_HEALTH,
        CITY_STATION,
        funds(88, 88, 0),
        ["血袋从采集到临床输注全流程可追溯，血液质量问题24小时内完成召回。"],
    )
    indicators(
        s,
        [
            ("成本", 10, "经济成本", "追溯系统年度运维费", "≤30万元", 10),
            (
                "产出",
                mk(40, "W103", "error", note="产出项下 10+10+8+7 = 35 ≠ 40"),
                "数量",
                "血袋全流程追溯记录条数",
                "≥120000条",
                10,
            ),
            (None, None, None, "血液质量抽检批次", "≥600批次", 10),
            (None, None, "质量", "血液质量抽检合格率", "≥99%", 8),
            (None, None, None, "追溯信息完整率", "=100%", 7),
            (
                "效益",
                mk(30, "W103", "error", note="效益项下 15+10+10 = 35 ≠ 30"),
                "社会效益",
                "输血不良反应可追溯率",
                "=100%",
                15,
            ),
            (
                None,
                None,
                mk("时效", "F105", "error", note="时效是产出指标的二级指标，不在效益之下"),
                "血液质量问题召回时限",
                "≤24小时",
                10,
            ),
            (None, None, "可持续影响", "追溯系统年度可用率", "≥99.5%", 10),
            ("满意度", 20, "服务对象满意度", "用血医疗机构满意度", "≥90%", 20),
        ],
        head=("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"),
        merged=(1, 2, 3),
    )
    sign(s, "谷明川", "0937-5208460")
    return b
