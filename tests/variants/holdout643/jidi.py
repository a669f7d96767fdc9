"""Returns gc13–gc18: 县域奶茶原料基地 (a three-year base plan, a goal at odds with its
indicators, three stacked projects, template rows left, points at two levels, a department)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout643.common import funds, indicators, note, sign, start, wan
from tests.variants.holdout643.registry import variant
from tests.variants.kit import Book, day, mk, pct

G13 = (
    "2025—2027年建成薏米、红小豆奶茶原料标准化基地2万亩（薏米1.2万亩、红小豆0.8万亩），"
    "配套初加工生产线6条，原料年供应能力达到1.5万吨。",
    "2025年建成标准化基地7000亩（薏米4000亩、红小豆3000亩），配套初加工生产线2条，"
    "原料年供应能力达到4000吨。",
)
T13 = (
    ("成本指标", "经济成本指标", "基地每亩建设补助", "≤300元", "≤300元"),
    ("产出指标", "数量指标", "奶茶原料标准化基地面积", "≥20000亩", "≥7000亩"),
    (None, None, "初加工生产线", "≥6条", "≥2条"),
    (None, "质量指标", "原料农残抽检合格率", pct(1), pct(1)),
    (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
    ("效益指标", "经济效益指标", "原料年供应能力", "≥15000吨", "≥4000吨"),
    (None, "社会效益指标", "带动种植农户", "≥3000户", "≥1000户"),
    (None, "可持续影响指标", "签订长期供货协议的奶茶企业", "≥5家", "≥2家"),
    ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%", "≥90%"),
)  # fmt: skip


@variant(
    "gc13-jidi-three-year",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
    "rates and unit costs equal, typed 100% in both columns, goals with parts (correct)",
)
def gc13() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="县域奶茶原料标准化基地建设项目",
        dept="苇塘县农业农村局 317",
        unit="苇塘县奶茶原料基地建设办公室",
        money=funds((900, 750, 150), (300, 250, 50)),
        goals=G13,
        attr="新增项目",
    )
    indicators(s, T13, head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))
    sign(s, "栾秋禾", "0736-5920417", day(2024, 12, 12))
    return b


G14 = (
    "组织赭岭县薏米、红小豆基地与3家奶茶企业签订原料订单，基地绿色食品认证面积"
    "达到2500亩，举办产销对接会2场。"
)
T14 = (
    ("产出指标", "数量指标", "签订原料订单的奶茶企业",
     mk("≥5家", "D104", "warning", note="年度目标写与3家奶茶企业签订订单")),
    (None, None, "举办产销对接会", "≥2场"),
    (None, None, mk("原料订单履约及时率", "F201", "warning", row=True,
     note="时效类比率填在数量下"), "≥95%"),
    (None, None, "原料基地绿色食品认证面积", "≥2500亩"),
    (None, "质量指标", "基地绿色食品认证面积", mk("≥2000亩", "D103", "error", row=True,
     alt=("D102", "D101"), note="少一个词的同一指标，值不同")),
    (None, "时效指标", "产销对接会举办时间", "2025年10月31日前"),
    (None, "成本指标", "每场产销对接会费用", "≤8万元"),
    ("效益指标", "经济效益指标", "订单原料销售额", "≥600万元"),
    (None, "社会效益指标", "带动基地农户", "≥700户"),
    ("满意度指标", "服务对象满意度指标", "参会企业满意度", "≥90%"),
)  # fmt: skip


@variant(
    "gc14-jidi-orders",
    (12,),
    "project, OLD-NAT, one value column: an enterprise count above the goal's, a 及时率 "
    "under 数量, the same area twice under two tier-2s with different values",
)
def gc14() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="奶茶原料基地产销对接项目",
        dept="赭岭县农业农村局 402",
        unit="赭岭县农产品流通服务中心",
        money=funds((40, 32, 8)),
        goals=(G14,),
    )
    indicators(s, T14)
    sign(s, "宓清渠", "0741-3371296", day(2025, 1, 9))
    return b


T15A = (
    ("产出指标", "数量指标", "土壤改良面积", "≥1200亩"),
    (None, None, "增施有机肥", "≥240吨"),
    (None, "质量指标", "土壤检测达标率", "≥90%"),
    (None, "时效指标", "土壤改良完成时间", "2025年5月31日前"),
    (None, "成本指标", "有机肥每吨采购价", "≤1200元"),
    ("效益指标", "经济效益指标", "亩均增产", "≥20公斤"),
    ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%"),
)  # fmt: skip
T15B = (
    ("产出指标", "数量指标", "节水灌溉面积", "≥1500亩"),
    (None, "质量指标", "灌溉设施验收合格率", pct(1)),
    (None, "时效指标", "灌溉设施完工时间", "2025年4月30日前"),
    (None, "成本指标", "每亩节水灌溉建设成本", "≤350元"),
    ("效益指标", "生态效益指标", "亩均节水", "≥60立方米"),
    ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥92%"),
)  # fmt: skip
T15C = (
    ("产出指标", "数量指标", "追溯系统覆盖基地面积", "≥2700亩"),
    (None, None, "追溯标签印制", "≥50万张"),
    (None, "时效指标", "追溯信息上传及时率", "≥95%"),
    (None, "成本指标", "每万张追溯标签印制费", "≤600元"),
    ("效益指标", "可持续影响指标", "追溯系统持续运行年限", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "奶茶企业满意度", "≥90%"),
)  # fmt: skip
HEADS15 = (
    ("薏米原料基地土壤改良项目", (36, 30, 6),
     "改良薏米原料基地土壤1200亩，增施有机肥240吨。", T15A),
    ("红小豆原料基地节水灌溉项目", (54, 45, 9), "新建红小豆原料基地节水灌溉1500亩。", T15B),
    ("奶茶原料基地质量追溯项目", (18, 18, 0),
     "为两类原料基地建立质量追溯系统，覆盖基地2700亩（薏米1200亩、红小豆1500亩）。", T15C),
)  # fmt: skip


@variant(
    "gc15-jidi-stacked-three",
    (2,),
    "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "name with other values in other projects, a coverage total with its parts (correct)",
)
def gc15() -> Book:
    b, s = start()
    for i, (name, amounts, goal, rows) in enumerate(HEADS15):
        if i:
            s.skip()
        project_head(
            s,
            year=2025,
            name=name,
            dept="澜桥县农业农村局 118",
            title="" if i else None,
            unit="澜桥县奶茶原料基地服务中心",
            money=funds(amounts),
            goals=(goal,),
        )
        indicators(s, rows)
    return b


G16 = mk(
    "新建奶茶原料冷藏库2座（库容共3000吨），2024年底前完成设备安装调试，"
    "年周转薏米、红小豆原料6000吨。",
    "Y103",
    "error",
    alt=("Y102", "D104", "Y101"),
    note="上一季留下的期限：2024年底在2025年的项目之前，指标写2025年10月31日前",
)
T16 = (
    ("成本指标", "经济成本指标", "冷藏库每吨库容建设成本", "≤300元/吨"),
    (None, mk("生态环境成本指标", "F109", "warning", row=True, note="模板行未填"), None, None),
    ("产出指标", "数量指标", "新建冷藏库", "≥2座"),
    (None, None, "冷藏库总库容", "≥3000吨"),
    (None, None, "（示例）技术培训", mk("≥**人次", "X101", "error", row=True,
     note="模板的示例行留在表里")),
    (None, "质量指标", "冷藏库竣工验收合格率", "100%"),
    (None, "时效指标", "设备安装调试完成时间", "2025年10月31日前"),
    ("效益指标", "经济效益指标", "原料年周转量", "≥6000吨"),
    (None, "社会效益指标", "服务原料基地农户", "≥900户"),
    ("满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%"),
)  # fmt: skip


@variant(
    "gc16-jidi-template-left",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 template row left empty, the template's "
    "example row with a placeholder, last season's deadline in the 年度绩效目标",
)
def gc16() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="奶茶原料基地冷链仓储项目",
        dept="澜桥县农业农村局 118",
        unit="澜桥县农产品冷链物流中心",
        money=funds((120, 100, 20)),
        goals=(G16,),
    )
    indicators(s, T16, head=("一级指标", "二级指标", "三级指标", "预期目标"))
    return b


G17 = (
    "2025—2026年订单收购薏米、红小豆原料共8000吨，提升改造原料基地5000亩。",
    "2025年订单收购原料3500吨，提升改造原料基地2000亩。",
)
HEAD17 = ("一级指标", "分值", "二级指标", "三级指标", "目标值（年度）", "分值")
T17 = (
    ("成本指标", 10, "经济成本指标", "订单收购补贴标准", "≤100元/吨", 10),
    ("产出指标", mk(40, "W103", "error", note="其下指标分值 15+10+5+10+5 = 45"), "数量指标",
     "订单收购原料", "≥3500吨", 15),
    (None, None, None, "提升改造基地面积", "≥2000亩", 10),
    (None, None, None, mk("基地提升每亩补助", "F201", "warning", row=True,
     note="成本标准填在数量下"), "≤400元", 5),
    (None, None, "质量指标", "收购原料等级合格率", "≥95%", 10),
    (None, None, "时效指标", "收购补贴兑付时间", "2025年12月31日前", 5),
    ("效益指标", 40, "经济效益指标", "订单农户亩均增收", "≥200元", 20),
    (None, None, "社会效益指标", "带动订单农户", "≥1200户", 20),
    ("满意度指标", 10, "服务对象满意度指标", "订单农户满意度", "≥90%", 10),
)  # fmt: skip


@variant(
    "gc17-jidi-points",
    (10, 5, 12),
    "two-year project, NAT-2021, tier-1 score column and indicator score column, header "
    "目标值（年度）: 年度资金 above 中期, a tier score against its indicators, a cost "
    "under 数量",
)
def gc17() -> Book:
    b, s = start()
    money = funds(
        (160, 130, 30), (mk(wan(180), "B103", "error", note="年度180 > 中期160"), 150, 30)
    )
    project_head(
        s,
        year=2025,
        years=2,
        name="奶茶原料订单收购与基地提升项目",
        dept="赭岭县农业农村局 402",
        unit="赭岭县奶茶原料基地管理站",
        money=money,
        goals=G17,
    )
    b.file_mark("W101", "error", required=False, note="指标分值合计105，随W103而来")
    indicators(s, T17, head=HEAD17, merged=(1, 2, 3))
    return b


G18 = (
    "扩建奶茶原料基地3000亩，扶持初加工企业4家，带动农户1200户（薏米700户、红小豆500户），"
    "原料订单履约率达到95%以上。"
)
TASKS18 = (
    ("原料基地扩建", "扩建薏米、红小豆基地3000亩", wan(120), "基地面积3000亩"),
    ("初加工扶持", "扶持初加工企业4家", wan(90), "初加工能力提升"),
    ("品牌与产销对接", "举办奶茶原料推介会", wan(50), "订单履约率95%以上"),
    ("金额合计", None, wan(260), None),
)  # fmt: skip
T18 = (
    ("成本指标", "经济成本指标", "基地扩建每亩补助", "≤400元"),
    ("产出指标", "数量指标", "奶茶原料基地扩建面积", "≥3000亩"),
    (None, None, "扶持初加工企业", "≥4家"),
    (None, "质量指标", "原料订单履约率", pct(0.95)),
    (None, "时效指标", "基地扩建完成时间", "2025年9月30日前"),
    ("效益指标", "经济效益指标", "原料初加工产值", "≥1.2亿元"),
    (None, "社会效益指标", "带动农户", "≥1200户"),
    ("满意度指标", "服务对象满意度指标", "带动农户满意度", "≥90%"),
)  # fmt: skip


@variant(
    "gc18-jidi-department",
    (12, 1),
    "department, NAT-2021: budget with a row of typed shares, tasks adding to 金额合计, a "
    "typed percent target, the goal's 1200户 given with its parts, a 注 below (correct)",
)
def gc18() -> Book:
    b, s = start()
    shares = tuple(pct(v) for v in (1, 0.8, 0.2, 0.35, 0.65))
    department_head(
        s,
        year=2025,
        dept="苇塘县奶茶原料产业发展中心",
        goal=G18,
        tasks=TASKS18,
        budget=[tuple(wan(v) for v in (400, 320, 80, 140, 260)), shares],
    )
    indicators(s, T18)
    note(s, "注：带动农户1200户含薏米种植户700户、红小豆种植户500户。")
    sign(s, "甄穗安", "0736-5938850", day(2024, 11, 19))
    return b
