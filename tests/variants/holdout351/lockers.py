"""Smart parcel lockers (智能快递柜) placed in residential compounds: uw01–uw06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout351.common import funds, indicators, new, notes, period_funds, sign
from tests.variants.holdout351.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "澄岭区商务局（305017）"
UNIT = "澄岭区邮政快递业发展服务中心"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("uw01-locker-percent", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "percent cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def uw01() -> Book:
    b, s = new()
    project_head(s, year=2025, name="澄岭区住宅小区智能快递柜布设补助项目", dept=DEPT, unit=UNIT,
                 money=funds(86, 80, 6),
                 goals=["在42个小区布设快递柜120组，超期滞留件占比不高于3%。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新布设智能快递柜", "≥", 120, "组"),
        (None, None, "覆盖住宅小区", "≥", 42, "个"),
        (None, "质量指标", "柜机验收合格率", "=", pct(1), "%"),
        (None, None, "柜机月均故障率", "≤", pct(0.02), "%"),
        (None, "时效指标", "布设完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "每组柜机建设补助标准", "≤", 0.6, "万元/组"),
        ("效益指标", "社会效益指标", "超期滞留件占比", "≤", pct(0.03), "%"),
        (None, None, "快递包裹丢失事件", "=", 0, "起"),
        (None, "可持续影响指标", "柜机持续运营年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "居民取件满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, OP_HEAD, rows)
    sign(s, "邵沐晴", "0571-86203418", day(2024, 12, 9))
    return b


@variant("uw02-locker-direction", (11,), "project, NAT-2021, operators inside the values: "
         "a cost cap with =, a 反向 complaint rate with ≥, a satisfaction above 100%")  # fmt: skip
def uw02() -> Book:
    b, s = new()
    project_head(s, year=2025, name="枫渡街道快递柜超期件治理项目", dept=DEPT,
                 unit="澄岭区枫渡街道办事处", money=funds(35, 30, 5),
                 goals=["改造600个快递柜格口，超期件48小时内处理完毕。"])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单格口改造成本",
         mk("=450元/格", "T108", "warning", row=True, note="a cost cap needs ≤, not =")),
        ("产出指标", "数量指标", "改造格口数量", "≥600个"),
        (None, None, "纳入治理的住宅小区", "≥18个"),
        (None, "质量指标", "超期件催领短信送达率", "≥98%"),
        (None, "时效指标", "超期件退回处理时限", "≤48小时"),
        ("效益指标", "社会效益指标", "超期件投诉率",
         mk("≥1.5%", "T108", "warning", row=True, note="a 反向 complaint rate with ≥")),
        (None, None, "超期滞留件下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度",
         mk("≥110%", "T106", "error", note="a satisfaction rate cannot exceed 100%")),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("uw03-locker-three-years", (8,), "three-year project 2025–2027, NAT-2021, 中期 and "
         "年度 columns, annual counts below the period, rates equal (correct)")  # fmt: skip
def uw03() -> Book:
    b, s = new()
    project_head(s, year=2025, years=3, name="澄岭区末端投递服务网络三年提升项目", dept=DEPT,
                 unit=UNIT, money=period_funds((240, 210, 30), (80, 70, 10)), attr="新增项目",
                 goals=["三年新增智能快递柜300组、社区快递服务站45个，小区覆盖率达85%。",
                        "本年新增智能快递柜100组、服务站15个，小区覆盖率达60%。"])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "每组智能柜建设补助", "≤0.6万元/组", "≤0.6万元/组"),
        ("产出指标", "数量指标", "新增智能快递柜", "≥300组", "≥100组"),
        (None, None, "新建社区快递服务站", "≥45个", "≥15个"),
        (None, "质量指标", "柜机验收合格率", "=100%", "=100%"),
        (None, "时效指标", "超期件通知及时率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "住宅小区智能柜覆盖率", "≥85%", "≥60%"),
        (None, "可持续影响指标", "柜机运维管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, rows)
    return b


@variant("uw04-locker-period-copied", (8,), "two-year project 2025–2026, NAT-2021, 中期 and "
         "年度 columns: two counts copied, one annual count above the period")  # fmt: skip
def uw04() -> Book:
    b, s = new()
    project_head(s, year=2025, years=2, name="澄岭区快递柜进小区两年行动项目", dept=DEPT,
                 unit=UNIT, money=period_funds((150, 140, 10), (90, 84, 6)), attr="新增项目",
                 goals=["两年布设智能快递柜200组，扶持社区驿站30个，培训快递员400人次。",
                        "本年布设快递柜120组，扶持驿站18个，培训快递员240人次。"])  # fmt: skip
    copied = "cumulative count copied from the 中期 column in a two-year project"
    rows = [
        ("成本指标", "经济成本指标", "每组快递柜进场补助", "≤0.3万元/组", "≤0.3万元/组"),
        ("产出指标", "数量指标", "布设智能快递柜", "≥200组",
         mk("≥200组", "D202", "warning", note=copied)),
        (None, None, "扶持社区快递驿站", "≥30个", mk("≥30个", "D202", "warning", note=copied)),
        (None, None, "快递员服务规范培训", "≥400人次",
         mk("≥600人次", "D201", "error", note="the year's count exceeds the two-year count")),
        (None, "质量指标", "柜机安装验收合格率", "=100%", "=100%"),
        ("效益指标", "社会效益指标", "小区快递柜覆盖率", "≥80%", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), rows)
    return b


@variant("uw05-locker-footnotes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, "
         "a 注 row in the table, 填表说明, signature lines below (correct)")  # fmt: skip
def uw05() -> Book:
    b, s = new()
    project_head(s, year=2025, name="枫渡街道老旧小区快递柜进驻项目", dept=DEPT,
                 unit="澄岭区枫渡街道办事处", money=funds(24, 20, 4),
                 goals=["在12个老旧小区设置快递柜36组，方便老年住户就近取件。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "进驻老旧小区", "≥12个", None),
        (None, None, "新设智能快递柜", "≥36组", "以进驻协议为准"),
        (None, "质量指标", "柜体安装验收合格率", "=100%", None),
        (None, "时效指标", "进驻完成时间", "2025年9月30日前", None),
        (None, "成本指标", "每组场地改造补助", "≤0.5万元/组", None),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), rows)
    notes(s, "注：老旧小区名单见附件1，柜体数量以街道与快递企业签订的进驻协议为准。", width=5)
    rows = [
        ("效益指标", "社会效益指标", "居民平均取件步行距离", "≤300米", None),
        (None, "可持续影响指标", "场地使用协议期限", "≥3年", None),
        ("满意度指标", "服务对象满意度指标", "老年住户取件满意度", "≥90%", None),
    ]  # fmt: skip
    s.table(rows, (1, 2))
    notes(s, "填表说明：1.指标值应可量化、可考核；2.定性指标按好、较好、一般、差填写。", width=5)
    sign(s, "何远帆", "0571-86207725", day(2024, 12, 16))
    s.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


@variant("uw06-locker-rate-count", (5,), "project, OLD-NAT, numbered tier labels (一、 （一） 1.): "
         "a coverage rate given as a count, a deadline after the budget year")  # fmt: skip
def uw06() -> Book:
    b, s = new()
    project_head(s, year=2025, name="望禾里片区快递柜防滞留改造项目", dept=DEPT, unit=UNIT,
                 money=funds(18, 18, 0),
                 goals=["为90组快递柜加装超期提醒模块，超期滞留件占比不高于5%。"])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "1.智能柜覆盖率",
         mk("36个小区", "T105", "error", note="a coverage rate given as a count")),
        (None, None, "2.加装超期提醒模块", "≥90套"),
        (None, "（二）质量指标", "3.提醒模块运行正常率", "≥98%"),
        (None, "（三）时效指标", "4.改造完成时间",
         mk("2026年3月31日前", "Y102", "error",
            note="a one-year 2025 project (2025-01-01 to 2025-12-31) finishing in 2026")),
        (None, "（四）成本指标", "5.每套提醒模块采购单价", "≤0.15万元/套"),
        ("二、效益指标", "（一）社会效益指标", "6.超期滞留件占比", "≤5%"),
        ("三、满意度指标", "（一）服务对象满意度指标", "7.居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b
