"""Returns on 马鹿与梅花鹿茸加工: processing lines, purchase and freeze-drying, traceability,
training and demonstration households (gs01-gs06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout659.common import (
    HEAD4,
    HEAD5,
    indicators,
    multi_year,
    notes,
    one_year,
    one_year_project,
    sign,
    start,
    wan,
)
from tests.variants.holdout659.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "鹤背岭县农业农村局 412006"


@variant(
    "gs01-antler-line-percent",
    (1, 7),
    "project, OLD-NAT, headers 指标内容 / 绩效标准, "
    "operator and unit columns, typed percent cells, 万元 in the number format (correct)",
)
def gs01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹿鸣坪梅花鹿茸初加工车间设备更新",
        dept=DEPT,
        unit="鹤背岭县鹿产业服务站",
        money=one_year(86, 70, 16),
        goals=[
            "更新真空冻干机2台、煮炸锅4套，全年加工梅花鹿鲜茸3000千克以上，成品茸一级品率达到60%。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位"),
        [
            ("产出指标", "数量指标", "真空冻干机更新数量", "=", 2, "台"),
            (None, None, "煮炸锅更新数量", "=", 4, "套"),
            (None, None, "梅花鹿鲜茸加工量", "≥", 3000, "千克"),
            (None, "质量指标", "成品茸一级品率", "≥", pct(0.6), "%"),
            (None, None, "设备验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "设备安装调试完成时间", "≤", day(2025, 6, 30), None),
            (None, "成本指标", "真空冻干机购置单价", "≤", 28, "万元/台"),
            (None, None, "煮炸锅购置单价", "≤", 3.5, "万元/套"),
            ("效益指标", "经济效益指标", "鹿茸加工破损率降低", "≥", 2, "百分点"),
            (None, "社会效益指标", "带动梅花鹿养殖户数", "≥", 120, "户"),
            (None, "可持续影响指标", "设备设计使用年限", "≥", 8, "年"),
            ("满意度指标", "服务对象满意度指标", "送茸养殖户满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


@variant(
    "gs02-antler-freeze-dry",
    (7, 12),
    "project, NAT-2021, headers 考核指标 / 目标值（年度）: "
    "total ≠ parts, purchase weight below the goal's, drying cost × weight above the money",
)
def gs02() -> Book:
    b, s = start()
    total = mk(wan(90), "B101", "error", note="财政拨款 70 + 其他资金 15 = 85 ≠ 90")
    project_head(
        s,
        year=2025,
        name="马鹿鲜茸收购及冻干加工",
        dept=DEPT,
        unit="鹤背岭县北栅鹿业合作社",
        money=one_year(total, 70, 15),
        goals=["收购加工马鹿鲜茸2000千克，其中冻干加工900千克，带动马鹿养殖户80户。"],
    )
    weight = mk("≥1200千克", "D104", "warning", note="年度目标写收购加工 2000 千克")
    cost = mk(
        "≤0.11万元/千克",
        "B107",
        "warning",
        row=True,
        note="0.11 万元/千克 × 900 千克 = 99 万元，超过年度资金 90 万元",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "考核指标", "目标值（年度）"),
        [
            ("产出指标", "数量指标", "马鹿鲜茸收购加工量", weight),
            (None, None, "鲜茸冻干加工量", "≥900千克"),
            (None, "质量指标", "成品茸水分含量达标率", "≥95%"),
            (None, "时效指标", "鲜茸收购后入烘时限", "≤24小时"),
            ("成本指标", "经济成本指标", "冻干加工成本", cost),
            ("效益指标", "经济效益指标", "养殖户户均增收", "≥3000元"),
            (None, "社会效益指标", "带动马鹿养殖户数", "≥80户"),
            (None, "可持续影响指标", "冻干加工技术规程", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "送茸养殖户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gs03-antler-deep-processing",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value "
    "columns, a later year the work prepares for, the period count above the year's (correct)",
)
def gs03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="马鹿茸精深加工示范线建设",
        dept=DEPT,
        unit="鹤背岭县鹿产业服务站",
        attr="新增项目",
        money=multi_year((450, 380, 70), (160, 130, 30)),
        goals=[
            "建成鹿茸精深加工示范线1条，三年累计加工马鹿茸3600千克，开发鹿茸片、"
            "鹿茸粉等产品6种，为2028年申报地理标志产品积累检测数据。",
            "完成厂房改造和冻干设备安装，加工马鹿茸1000千克，开发产品2种。",
        ],
    )
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "马鹿茸加工量", "≥3600千克", "≥1000千克"),
            (None, None, "鹿茸新产品开发数量", "≥6种", "≥2种"),
            (None, "质量指标", "鹿茸产品检测合格率", "≥98%", "≥98%"),
            (None, "时效指标", "示范线投产时间", "2027年6月30日前", "2025年10月31日前完成厂房改造"),
            ("成本指标", "经济成本指标", "冻干设备购置成本", "≤180万元", "≤120万元"),
            ("效益指标", "经济效益指标", "鹿茸产品附加值提高", "≥15%", "≥5%"),
            (None, "社会效益指标", "带动马鹿养殖户数", "≥200户", "≥80户"),
            (None, "可持续影响指标", "鹿茸检测数据积累批次", "≥300批", "≥100批"),
            ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", pct(0.9), pct(0.9)),
        ],
    )
    return b


@variant(
    "gs04-antler-stacked-inspection",
    (2,),
    "two projects stacked, OLD-NAT, one value column: "
    "a conflicting near-duplicate, last year's deadline",
)
def gs04() -> Book:
    b, s = start()
    dup = mk(
        "≥300批",
        "D102",
        "error",
        row=True,
        alt=("D103", "D101", "D104"),
        note="与上一行“鹿茸样品检测批次 ≥400批”是同一指标，数值不同",
    )
    one_year_project(
        s,
        "鹿茸收购质量抽检",
        DEPT,
        "鹤背岭县动物卫生监督所",
        (30, 30, 0),
        "全年抽检收购鹿茸样品400批，检测报告及时出具。",
        [
            ("产出指标", "数量指标", "鹿茸样品检测批次", "≥400批"),
            (None, None, "鹿茸样品检测批数", dup),
            (None, "质量指标", "检测报告出具及时率", "≥95%"),
            (None, "成本指标", "单批次检测费用", "≤600元/批"),
            ("效益指标", "社会效益指标", "不合格鹿茸处置率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "鹿茸加工企业满意度", "≥90%"),
        ],
    )
    late = mk(
        "2024年11月30日前",
        "Y102",
        "error",
        row=True,
        alt=("Y103",),
        note="上年的完成时间留在 2025 年度的一年期项目中",
    )
    one_year_project(
        s,
        "鹿茸加工从业人员技能培训",
        DEPT,
        "鹤背岭县鹿产业服务站",
        (25, 25, 0),
        "培训鹿茸加工从业人员150人，考核合格率90%以上。",
        [
            ("产出指标", "数量指标", "培训鹿茸加工从业人员", "≥150人"),
            (None, "质量指标", "培训考核合格率", "≥90%"),
            (None, "时效指标", "培训完成时间", late),
            (None, "成本指标", "人均培训费", "≤0.16万元/人"),
            ("效益指标", "社会效益指标", "参训人员持证上岗率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
        ],
        first=False,
    )
    return b


@variant(
    "gs05-antler-trace-second-sheet",
    (4, 7),
    "project: head on the first sheet, the table on "
    "a second sheet under 预期实现值, 注 rows, 填表说明 and a signature line (correct)",
)
def gs05() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2025,
        name="梅花鹿茸加工质量追溯平台建设",
        dept=DEPT,
        unit="鹤背岭县鹿产业服务站",
        money=one_year(60, 50, 10),
        goals=["建成鹿茸加工质量追溯平台，为12家加工企业的成品茸赋码20000枚。"],
    )
    notes(s, "注：财政拨款50万元中含上年结转资金10万元，年度资金总额60万元。")
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("梅花鹿茸加工质量追溯平台建设绩效指标", 4)
    indicators(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            ("产出指标", "数量指标", "成品茸追溯码赋码数量", "≥20000枚"),
            (None, None, "接入平台的加工企业", "≥12家"),
            (None, "质量指标", "追溯信息完整率", pct(0.95)),
            (None, "时效指标", "平台上线时间", day(2025, 9, 30, 'yyyy"年"m"月"d"日前"')),
            (None, "成本指标", "平台建设成本", "≤45万元"),
            ("效益指标", "社会效益指标", "鹿茸加工安全事故", "0起"),
            (None, None, "成品茸抽检不合格率", "≤2%"),
            (None, "可持续影响指标", "追溯数据保存年限", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "消费者查询满意度", "≥90%"),
        ],
    )
    notes(t, "注：追溯码按每支成品茸一枚计。", width=4)
    notes(t, "填表说明：1.指标值须量化；2.时效指标填写完成时间。", width=4)
    sign(t, "秦禾", "0439-6627315")
    return b


@variant(
    "gs06-antler-demo-points",
    (5, 10),
    "project, NAT-2021, numbered labels with points and "
    "an indicator score column: a tier's points off, a quality rate under 时效, goal count",
)
def gs06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="梅花鹿茸加工示范户培育",
        dept="栎原县农业农村局 413102",
        unit="栎原县鹿业发展中心",
        money=one_year(48, 40, 8),
        goals=["培育鹿茸加工示范户30户，示范户成品茸一级品率提高5个百分点。"],
    )
    benefit = mk(
        "三、效益指标（30分）",
        "W103",
        "error",
        alt=("W101",),
        note="其下指标分值 10 + 10 + 5 = 25，不是 30",
    )
    misplaced = mk(
        "5.成品茸等级合格率", "F201", "warning", row=True, note="质量类比率填在时效指标下"
    )
    count = mk("≥20户", "D104", "warning", note="年度目标写培育示范户 30 户")
    indicators(
        s,
        (*HEAD4, "分值"),
        [
            ("一、产出指标（50分）", "（一）数量指标", "1.加工示范户培育数量", count, 10),
            (None, None, "2.示范户技术培训人次", "≥90人次", 10),
            (None, "（二）质量指标", "3.示范户加工规程执行率", "≥95%", 10),
            (None, "（三）时效指标", "4.鲜茸进场至入烘时限", "≤6小时", 10),
            (None, None, misplaced, "≥95%", 10),
            ("二、成本指标（10分）", "（一）经济成本指标", "6.户均设备补助", "≤1.6万元/户", 10),
            (benefit, "（一）经济效益指标", "7.示范户一级品率提高", "≥5百分点", 10),
            (None, "（二）社会效益指标", "8.带动周边加工户", "≥60户", 10),
            (None, "（三）可持续影响指标", "9.示范户持续经营率", "≥90%", 5),
            ("四、满意度指标（10分）", "服务对象满意度指标", "10.示范户满意度", "≥90%", 10),
        ],
    )
    return b
