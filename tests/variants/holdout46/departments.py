"""部门整体 exports and the remaining project exports: money blocks (资金总额 = 财政拨款 +
其他资金 = 基本支出 + 项目支出, tasks adding to 项目支出), 实施周期/年度 value columns,
template rows left empty, a two-line header from column B with 万元 formats, a project
without 满意度指标."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout46.common import SPLIT, coded, footer, system_head
from tests.variants.holdout46.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, pct

AMT = "#,##0.00"
WIDTHS = (12, 16, 18, 30, 8, 10, 10, 10)


def _amounts(*values: float) -> list[C]:
    return [C(v, AMT) for v in values]


@variant("jd12-department-export-ok", (5, 12), "department export, NAT-2021: budget block and "
         "tasks adding up, indicator table with 指标编码 and split columns, all text")  # fmt: skip
def jd12() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", WIDTHS)
    department_head(s, year=2025, dept="岚溪县司法局", filled=day(2024, 11, 12),
                    budget=[_amounts(5230.6, 4980.6, 250, 3120.4, 2110.2)], tasks=[
        ("公共法律服务", "村（社区）法律顾问全覆盖，法律援助应援尽援", C(860, AMT),
         "村居法律顾问覆盖率100%"),
        ("人民调解", "县乡村三级调解组织运行及以案定补", C(735.2, AMT), "调解成功率95%以上"),
        ("社区矫正", "社区矫正对象监管、教育帮扶", C(515, AMT), "再犯罪率控制在0.2%以内"),
        ("金额合计", "", C(2110.2, AMT), ""),
    ], goal="健全覆盖城乡的公共法律服务体系，提升矛盾纠纷化解质效，确保社区矫正安全稳定。",
    )  # fmt: skip
    s.row(*SPLIT)
    s.table(coded([
        ("01 产出指标", "0101 数量指标", "村（社区）法律顾问配备数", "≥", "286", "个", "正向"),
        ("01 产出指标", "0101 数量指标", "法律援助案件办理数", "≥", "1200", "件", "正向"),
        ("01 产出指标", "0102 质量指标", "人民调解成功率", "≥", "95", "%", "正向"),
        ("01 产出指标", "0102 质量指标", "法律援助案件质量评查合格率", "≥", "98", "%", "正向"),
        ("01 产出指标", "0103 时效指标", "法律援助申请审查时限", "≤", "7", "个工作日", "反向"),
        ("02 成本指标", "0201 经济成本指标", "法律援助案件平均补贴", "≤", "2500", "元/件", "反向"),
        ("03 效益指标", "0301 社会效益指标", "社区矫正对象再犯罪率", "≤", "0.2", "%", "反向"),
        ("03 效益指标", "0302 可持续影响指标", "公共法律服务体系", "=", "持续完善", "", "定性"),
        ("04 满意度指标", "0401 服务对象满意度指标", "群众满意度", "≥", "90", "%", "正向"),
    ]))  # fmt: skip
    footer(s, "2024-11-12 14:20:06")
    return b


@variant("jd13-department-export-wrong", (5, 12), "department export, NAT-2021: "
         "基本支出 + 项目支出 ≠ 资金总额, a name twice with two values, "
         "社会效益指标 under 产出指标")  # fmt: skip
def jd13() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", WIDTHS)
    department_head(s, year=2025, dept="岚溪县民政局", filled=day(2024, 11, 15), budget=[
        [mk(C(3860, AMT), "B101", "error", row=True, note="1420.50 + 2339.50 = 3760"),
         *_amounts(3700, 160, 1420.5, 2339.5)],
    ], tasks=[
        ("特困人员供养", "分散及集中供养特困人员基本生活", C(1500, AMT), "应保尽保"),
        ("养老服务", "居家养老服务补贴及站点运营", C(639.5, AMT), "服务站点正常运营"),
        ("殡葬改革", "惠民殡葬补贴", C(200, AMT), "基本殡葬服务免费"),
        ("金额合计", "", C(2339.5, AMT), ""),
    ], goal="兜牢基本民生保障底线，完善居家养老服务网络，推进惠民殡葬。")  # fmt: skip
    s.row(*SPLIT)
    s.table(coded([
        ("产出指标", "数量指标", "特困人员救助供养人数", "≥", "1850", "人", "正向"),
        ("产出指标", "数量指标", "居家养老服务站点数", "≥", "64", "个", "正向"),
        ("产出指标", "数量指标",
         mk("特困人员救助供养人数", "D102", "error", alt=("D101",), note="twice, 1850 and 1580"),
         "≥", "1580", "人", "正向"),
        ("产出指标", "质量指标", "救助资金社会化发放率", "=", "100", "%", "正向"),
        ("产出指标", "时效指标", "救助资金按月发放及时率", "≥", "98", "%", "正向"),
        ("产出指标", mk("社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标"),
         "困难群众基本生活保障水平", "=", "有效保障", "", "定性"),
        ("成本指标", "经济成本指标", "特困人员集中供养标准", "≤", "1680", "元/人·月", "反向"),
        ("效益指标", "可持续影响指标", "养老服务网络", "=", "逐步完善", "", "定性"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", "90", "%", "正向"),
    ]))  # fmt: skip
    footer(s, "2024-11-15 09:44:52")
    return b


@variant("jd14-department-two-columns-ok", (1, 8, 12), "department, 实施周期指标值 and "
         "年度指标值 equal in a one-year table, percents in 0.0%, amounts #,##0.00")  # fmt: skip
def jd14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 14, 14, 12))
    department_head(
        s,
        year=2025,
        dept="岚溪县机关事务管理中心",
        filled=day(2024, 11, 8),
        budget=[_amounts(1288.4, 1288.4, 0, 906.15, 382.25)],
        goal="保障县级机关集中办公区运行和公务用车服务，推进节约型机关建设。",
    )
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "计量单位")
    s.table([
        ["产出指标", "数量指标", "集中办公区物业保障面积", "≥4.2", "≥4.2", "万平方米"],
        [None, None, "公务用车平台派车次数", "≥6000", "≥6000", "次"],
        [None, "质量指标", "公务用车派车准时率", pct(0.98, "0.0%"), pct(0.98, "0.0%"), "%"],
        [None, "时效指标", "设施设备报修响应时限", "≤2", "≤2", "小时"],
        ["成本指标", "经济成本指标", "办公区物业管理单价", "≤4.5", "≤4.5", "元/平方米·月"],
        ["效益指标", "生态效益指标", "单位建筑面积能耗下降率", pct(0.015, "0.0%"),
         pct(0.015, "0.0%"), "%"],
        [None, "社会效益指标", "节约型机关创建", "达标", "达标", ""],
        ["满意度指标", "服务对象满意度指标", "机关干部职工满意度", pct(0.9, "0%"), pct(0.9, "0%"),
         "%"],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填表人：黄晓", None, "联系电话：0579-86130642", None, "审核人：杜文")
    return b


@variant("jd15-template-rows-left", (6, 13), "project export, NAT-2021, split columns: a 时效指标 "
         "row left empty, a value without a name, a 知晓率 without %")  # fmt: skip
def jd15() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    system_head(
        s,
        title="2025年度项目支出绩效目标表",
        name="农村生活污水处理设施运维",
        code="331127250000000633",
        dept="岚溪县生态环境分局",
        unit="岚溪县农村污水运维中心",
        money=("540.00", "540.00", "0.00"),
        goal="保障全县412座农村生活污水处理终端正常运行，出水达标率保持在95%以上。",
    )
    s.row(*SPLIT)
    s.table(coded([
        ("产出指标", "数量指标", "运维污水处理终端数", "≥", "412", "座", "正向"),
        ("产出指标", "质量指标", "终端出水水质达标率", "≥", "95", "%", "正向"),
        ("产出指标", mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         "", "", "", "", ""),
        ("成本指标", "经济成本指标", "单座终端年运维费用", "≤", "1.3", "万元/座", "反向"),
        ("效益指标", "生态效益指标", mk("", "F110", "error", note="a value without a name"),
         "≥", "90", "%", "正向"),
        ("效益指标", "社会效益指标", "村民污水治理政策知晓率", "≥",
         mk("85", "T105", "error", alt=("T104", "T116"), note="a rate without %"), "", "正向"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥", "90", "%", "正向"),
    ]))  # fmt: skip
    footer(s, "2024-11-28 17:03:29")
    return b


@variant("jd16-wan-formats-ok", (1, 7), "project from column B, NAT-2021, two-line header, amounts "
         "in 0.00\"万元\", word operators, qualitative grades, a percent cell in 0.0%")  # fmt: skip
def jd16() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (3, 14, 18, 30, 18, 12))
    s.row(None, "2025年度项目支出绩效目标申报表", merge=[(2, 6)])
    s.row(None, "项目名称", "居家养老助餐服务", None, "主管部门", "岚溪县民政局", merge=[(3, 4)])
    s.row(None, "实施单位", "岚溪县养老服务指导中心", None, "项目属性", "延续项目", merge=[(3, 4)])
    s.row(None, "资金总额", C(318.6, WAN), "其中：财政拨款", C(300, WAN), None)
    s.row(None, None, None, "其他资金", C(18.6, WAN), None)
    s.row(None, "年度绩效目标", "新建老年食堂15个，全年提供助餐服务不少于18万人次，就餐老人满意度"
          "达到90%以上。", merge=[(3, 6)])  # fmt: skip
    s.row(None, "绩效指标", None, None, "指标值", None, merge=[(2, 4), (5, 6)])
    s.row(None, "一级指标", "二级指标", "三级指标", "目标值", "计量单位")
    s.table([
        ["产出指标", "数量指标", "新建老年食堂数量", "≥15", "个"],
        [None, None, "年度助餐服务人次", "不少于18万", "人次"],
        [None, "质量指标", "助餐点食品安全抽检合格率", "=100%", ""],
        [None, None, "80周岁以上老人助餐服务覆盖率", pct(0.6, "0.0%"), ""],
        [None, "时效指标", "新建食堂投用时间", "2025年9月30日前", ""],
        ["成本指标", "经济成本指标", "每餐政府补贴标准", "≤3元/餐", ""],
        [None, None, "新建食堂建设补助标准", "≤15万元/个", ""],
        ["效益指标", "社会效益指标", "老年人就餐便利度", "逐步改善", ""],
        [None, "可持续影响指标", "助餐服务长效运营机制", "建立并执行", ""],
        ["满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", ""],
    ], merged=(1, 2), col=2)  # fmt: skip
    s.skip()
    note = "注：1.助餐服务人次以助餐服务平台刷卡记录为准；2.覆盖率按辖区80周岁以上老人数计算。"
    s.row(None, note, merge=[(2, 6)])
    return b


@variant("jd17-no-satisfaction", (11,), "project export, NAT-2021 with codes, split columns: no "
         "满意度指标, a 反向 cost with ≥")  # fmt: skip
def jd17() -> Book:
    b = Book()
    s = b.sheet("绩效目标", WIDTHS)
    system_head(
        s,
        title="2025年度项目支出绩效目标表",
        name="重点群体职业技能培训补贴",
        code="331127250000000707",
        dept="岚溪县人力资源和社会保障局",
        unit="岚溪县就业管理服务中心",
        money=("200.00", "200.00", "0.00"),
        goal="面向农村转移劳动力和失业人员开展职业技能培训1500人，取证率达到80%以上。",
    )
    s.row(*SPLIT)
    s.table(coded([
        ("01 产出指标", "0101 数量指标", "补贴性职业技能培训人数", "≥", "1500", "人", "正向"),
        ("01 产出指标", "0102 质量指标", "培训后取证率", "≥", "80", "%", "正向"),
        ("01 产出指标", "0103 时效指标", "培训补贴审核拨付时限", "≤", "20", "个工作日", "反向"),
        ("02 成本指标", "0201 经济成本指标", "人均培训补贴成本",
         mk("≥", "T108", "warning", row=True, note="a cost cap with ≥"), "1200", "元/人", "反向"),
        ("03 效益指标", "0301 社会效益指标", "培训后就业率", "≥", "65", "%", "正向"),
        ("03 效益指标", "0302 可持续影响指标", "技能人才队伍", "=", "持续壮大", "", "定性"),
    ]))  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 for trainees, who are identifiable users")
    footer(s, "2024-11-29 10:11:57")
    return b
