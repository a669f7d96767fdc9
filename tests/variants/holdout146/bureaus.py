"""Correct returns of the 146th held-out corpus: a bureau's 部门整体 table, a two-year equipment
project with a unit column, and a flat department list (mz08–mz10)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout146.common import footer
from tests.variants.holdout146.registry import variant
from tests.variants.kit import WAN, Book, day, money, pct


@variant("mz08-bureau-department", (12,), "department, NAT-2021, budget and key tasks adding up, "
         "inspections in 家次, drills, 0起 and a 下降率; correct")  # fmt: skip
def mz08() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2027, dept="松阳区应急管理局",
        budget=[(money(2860, WAN), money(2800, WAN), money(60, WAN), money(1960, WAN),
                 money(900, WAN))],
        tasks=[
            ("安全生产监管执法", "开展重点行业领域安全生产执法检查和专项整治", money(260, WAN),
             "执法检查1500家次以上，重大事故隐患整改率95%以上"),
            ("应急救援能力建设", "组织应急演练，培训救援队伍，更新救援装备", money(380, WAN),
             "组织应急演练40场以上"),
            ("防灾减灾救灾", "开展防灾减灾宣传，储备救灾物资，做好灾后救助", money(260, WAN),
             "开展防灾减灾宣传活动60场以上"),
            ("金额合计", None, money(900, WAN), None),
        ],
        goal="目标1：严格安全生产监管执法，遏制较大生产安全事故；目标2：提升应急救援和防灾减灾"
        "能力，保障人民群众生命财产安全。",
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "安全生产执法检查", "≥1500家次"),
            (None, None, "组织应急演练", "≥40场"),
            (None, None, "开展防灾减灾宣传活动", "≥60场"),
            (None, "质量指标", "重大事故隐患整改率", "≥95%"),
            (None, "时效指标", "生产安全事故信息首报时间", "≤30分钟"),
            ("成本指标", "经济成本指标", "项目支出成本控制数", "≤900万元"),
            ("效益指标", "社会效益指标", "较大生产安全事故起数", "0起"),
            (None, None, "生产安全事故死亡人数同比下降率", "≥5%"),
            (None, "可持续影响指标", "重点企业双重预防机制建设覆盖率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "松阳区应急管理局", "詹嘉禾", "0571-6380219", "2026年11月20日")
    return b


@variant("mz09-fire-equipment-two-years", (8,), "two-year project, NAT-2021, 计量单位 column "
         "before 中期 and 年度 value columns, bare values with operators; correct")  # fmt: skip
def mz09() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 16, 28, 10, 16, 16))
    project_head(
        s, year=2027, years=2, name="柘林市消防救援抢险装备更新项目",
        dept="柘林市消防救援支队（207）", unit="柘林市消防救援支队", attr="新增项目",
        start=day(2027, 1, 1), end=day(2028, 12, 31),
        money=[("中期资金总额", money(860, WAN), "年度资金总额", money(520, WAN)),
               ("其中：财政拨款", money(860, WAN), "其中：财政拨款", money(520, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["2027年—2028年购置抢险救援装备340台套，更新消防车辆6辆，全部通过验收并列装。",
               "2027年购置抢险救援装备200台套，更新消防车辆4辆，10月底前完成列装。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "装备购置总成本", "万元", "≤860", "≤520"),
            ("产出指标", "数量指标", "购置抢险救援装备", "台套", "≥340", "≥200"),
            (None, None, "更新消防车辆", "辆", "≥6", "≥4"),
            (None, "质量指标", "装备验收合格率", "%", "100", "100"),
            (None, "时效指标", "装备列装时间", None, "2028年10月31日前", "2027年10月31日前"),
            ("效益指标", "社会效益指标", "城区接警到场时间", "分钟", "≤12", "≤12"),
            (None, "可持续影响指标", "装备使用年限", "年", "≥8", "≥8"),
            ("满意度指标", "服务对象满意度指标", "指战员满意度", "%", "≥90", "≥90"),
        ],
        merged=(1, 2),
    )
    footer(s, "柘林市消防救援支队", "骆明川", "0794-2206571", "2026年9月15日")
    return b


@variant("mz10-justice-flat", (3,), "department, flat list (指标名称 · 比较符 · 指标值 · "
         "计量单位 · 权重) adding to 100, percent cells, a 再犯罪率 with ≤; correct")  # fmt: skip
def mz10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2027, dept="溪口县司法局",
        budget=[(money(1280, WAN), money(1250, WAN), money(30, WAN), money(980, WAN),
                 money(300, WAN))],
        tasks=[
            ("法律援助", "为困难群众提供法律援助和法律咨询", money(170, WAN),
             "办理法律援助案件900件以上"),
            ("人民调解", "培训人民调解员，化解矛盾纠纷", money(60, WAN),
             "培训人民调解员600人次"),
            ("社区矫正", "社区矫正对象监督管理和教育帮扶", money(70, WAN),
             "社区矫正对象再犯罪率控制在0.2%以内"),
            ("金额合计", None, money(300, WAN), None),
        ],
        goal="推进公共法律服务体系建设，做好法律援助、人民调解和社区矫正，维护社会和谐稳定。",
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "比较符", "指标值", "计量单位", "权重", None)
    s.table(
        [
            ("办理法律援助案件", "≥", 900, "件", 15),
            ("人民调解案件调解成功率", "≥", pct(0.96), "%", 10),
            ("社区矫正对象再犯罪率", "≤", pct(0.002, "0.0%"), "%", 10),
            ("开展法治宣传活动", "≥", 120, "场", 10),
            ("公证事项办结时间", "≤", 15, "工作日", 10),
            ("行政复议案件按期审结率", "≥", pct(0.95), "%", 10),
            ("法律援助案件办案补贴标准", "≤", 1800, "元/件", 10),
            ("培训人民调解员", "≥", 600, "人次", 10),
            ("群众对公共法律服务满意度", "≥", pct(0.9), "%", 15),
        ]
    )
    footer(s, "溪口县司法局", "童可欣", "0574-8803127", "2026年11月18日")
    return b
