"""Cooperatives' quality certification returns (绿色食品 / 地理标志): kdi07–kdi12."""

from __future__ import annotations

from tests.variants.holdout779.common import (
    NAT,
    annual,
    department,
    new,
    notes,
    project,
    sign,
    table,
)
from tests.variants.holdout779.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok, pct

SHARE = "0.0%"


@variant("kdi07-cert-department", (12, 4),
         "department, NAT-2021: budget with typed shares, key tasks adding to 金额合计, 0起 on an "
         "incident count, a footnote explaining the total, signature lines (correct)")  # fmt: skip
def kdi07() -> Book:
    b, s = new()
    department(s, "岫川县农产品质量安全检验检测站", [
        (money(386.5), money(366.5), money(20), money(146.5), money(240)),
        (pct(1), pct(0.948, SHARE), pct(0.052, SHARE), pct(0.379, SHARE), pct(0.621, SHARE)),
    ], "扶持合作社新增绿色食品认证产品8个、地理标志农产品登记1个；完成农产品质量安全抽检"
       "1600批次，全年不发生重大农产品质量安全事故。", tasks=[
        ("绿色食品认证扶持", "为合作社支付绿色食品认证检测费、标志使用费", money(96),
         "新增绿色食品认证产品8个"),
        ("地理标志农产品保护", "“岫川云雾茶”“岫川黑猪”登记材料编制与核心区监测", money(64),
         "新增地理标志农产品登记1个"),
        ("农产品质量安全例行监测", "茶叶、蔬菜、畜禽产品抽检", money(80), "抽检1600批次"),
        ("金额合计", None, money(240), None),
    ])  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "新增绿色食品认证产品数", "≥8个"),
        (None, None, "新增地理标志农产品登记数", "≥1个"),
        (None, None, "农产品质量安全抽检批次", "≥1600批次"),
        (None, "质量指标", "农产品质量安全例行监测合格率", "≥98%"),
        (None, "时效指标", "抽检结果报送时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单个产品绿色食品认证扶持标准", "≤12万元/个"),
        (None, None, "单批次抽检成本", "≤500元/批次"),
        ("效益指标", "社会效益指标", "重大农产品质量安全事故发生次数", "0起"),
        (None, "可持续影响指标", "获证合作社证书续展率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "获证合作社满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计240万元为项目支出，与基本支出146.5万元合计为资金总额386.5万元。")
    sign(s, "柯梓萱", "0798-6631905", day(2024, 11, 20))
    return b


@variant("kdi08-cert-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells typed in Excel, weights adding to 100 (correct)")  # fmt: skip
def kdi08() -> Book:
    b, s = new(widths=(34, 10, 12, 12, 14, 14))
    department(s, "岫川县绿色食品发展中心",
               [(money(168), money(158), money(10), money(58), money(110))],
               "指导合作社申报绿色食品认证10个产品（其中茶叶6个），开展地理标志农产品质量"
               "控制技术规范培训6期、360人次。")  # fmt: skip
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("新增绿色食品认证产品数", 15, "个", "≥", 10),
        ("质量控制规范培训人次", 10, "人次", "≥", 360),
        ("质量控制规范培训期数", 10, "期", "≥", 6),
        ("认证材料一次性通过率", 15, "%", "≥", pct(0.9)),
        ("证后监督抽检合格率", 15, "%", "≥", pct(0.98)),
        ("单个产品认证扶持费用", 10, "万元/个", "≤", 8),
        ("获证产品抽检不合格率", 10, "%", "≤", pct(0.02)),
        ("获证合作社满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    return b


@variant("kdi09-cert-flat-wrong", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): a count above the goal's, "
         "a near-duplicate with another value, weights adding to 95")  # fmt: skip
def kdi09() -> Book:
    b, s = new(widths=(34, 14, 12, 10, 14, 14))
    goal = ok("支持合作社新增地理标志农产品2个、绿色食品认证产品6个，开展品牌推介活动3场。",
              "warning", note="the goal side of the D104")  # fmt: skip
    department(s, "岫川县农产品质量安全中心",
               [(money(132), money(122), money(10), money(52), money(80))], goal)  # fmt: skip
    table(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("新增地理标志农产品数",
         mk("≥3个", "D104", "warning", row=True, note="年度总体目标 says 2个"), "个", 15),
        ("新增绿色食品认证产品数", "≥6个", "个", 15),
        ("品牌推介活动场次", "≥3场", "场", 10),
        ("认证产品证后抽检合格率", "≥98%", "%", 15),
        ("新增绿色食品认证产品数量",
         mk("≥8个", "D103", "warning", row=True, alt=("D101", "D102", "D104"),
            note="the same indicator as two rows up with a word more and another value"),
         "个", 15),
        ("单个认证产品扶持费用", "≤8万元/个", "万元/个", 10),
        ("获证合作社满意度", "≥90%", "%", 15),
        ("合计", None, None, 100),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="15+15+10+15+15+10+15 = 95, the 合计 row says 100")
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
GI = ("361127250000000012", "地理标志农产品保护工程")
GF = ("361127250000000013", "合作社绿色食品认证补助")


@variant("kdi10-cert-export", (7, 4),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in "
         "the first columns, header on the third row, 填表说明 below (correct)")  # fmt: skip
def kdi10() -> Book:
    b, s = new("部门项目支出预算05-1", (22, 26, 12, 12, 12, 40))
    s.title("部门项目支出预算表", 6)
    s.row("单位名称：岫川县农业农村局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金", "年度绩效目标")
    s.row(*GI, money(180), money(170), money(10),
          "监测地理标志产品核心生产基地15个，标准化生产基地5000亩。")  # fmt: skip
    s.row(*GF, money(90), money(90), money(0), "补助合作社绿色食品认证产品9个。")
    s.row("合计", None, money(270), money(260), money(10), None)
    t = b.sheet("部门项目支出绩效目标05-2", (20, 22, 12, 16, 30, 10, 14, 12))
    t.title("部门项目支出绩效目标表", 8)
    t.row("单位名称：岫川县农业农村局", None, None, None, "预算年度：2025年")
    t.row(*EXPORT)
    rows = [
        (*GI, "产出指标", "数量指标", "核心生产基地监测点数量", "≥", 15, "个"),
        (*GI, "产出指标", "数量指标", "地理标志产品标准化生产基地面积", "≥", 5000, "亩"),
        (*GI, "产出指标", "质量指标", "核心区产品抽检合格率", "≥", 98, "%"),
        (*GI, "产出指标", "时效指标", "年度监测报告提交时间", "≤", day(2025, 12, 15, CN_DATE),
         None),
        (*GI, "成本指标", "经济成本指标", "单个监测点年度运行费用", "≤", 4, "万元/个"),
        (*GI, "效益指标", "社会效益指标", "地理标志产品市场知晓率", "≥", 70, "%"),
        (*GI, "满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥", 90, "%"),
        (*GF, "产出指标", "数量指标", "补助认证产品数量", "≥", 9, "个"),
        (*GF, "产出指标", "时效指标", "补助资金兑付时限", "≤", 30, "个工作日"),
        (*GF, "成本指标", "经济成本指标", "单个产品认证补助", "≤", 10, "万元/个"),
        (*GF, "效益指标", "可持续影响指标", "获证产品续展率", "≥", 85, "%"),
        (*GF, "满意度指标", "服务对象满意度指标", "获证合作社满意度", "≥", 90, "%"),
    ]  # fmt: skip
    t.table(rows)
    notes(t, "填表说明：指标性质填写≥、≤或=；度量单位按系统字典选择；时间类指标填写日期。",
          width=8)  # fmt: skip
    return b


@variant("kdi11-cert-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值: a pass rate given as a count, a deadline left from last season")  # fmt: skip
def kdi11() -> Book:
    b, s = new("项目申报")
    project(s, "2025年岫川县农民合作社农产品质量认证奖补项目", "岫川县农产品质量安全中心",
            annual(120, 120, 0),
            ["对新获绿色食品、地理标志认证的合作社给予奖补，全年奖补合作社15家，"
             "11月底前兑付全部奖补资金。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "奖补合作社数量", "≥15家"),
        (None, "质量指标", "申报认证合作社通过率",
         mk("12个", "T105", "error", note="a rate given as a count")),
        (None, "时效指标", "奖补资金兑付完成时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="budget year 2025: last season's deadline left in the row")),
        ("成本指标", "经济成本指标", "单家合作社奖补标准", "≤8万元/家"),
        ("效益指标", "经济效益指标", "获证产品平均销售价格增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "获奖补合作社满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdi12-cert-template-rows", (6, 13, 4),
         "project, NAT-2021, a 注 row inside the table: a value left on a template row without "
         "a name, the same indicator under two tier-2s")  # fmt: skip
def kdi12() -> Book:
    b, s = new()
    project(s, "2025年岫川县茶叶地理标志品牌培育项目", "岫川县茶产业发展中心",
            annual(90, 85, 5),
            ["培育“岫川云雾茶”地理标志授权用标合作社10家，编制生产技术规程1项。"])  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "地理标志授权用标合作社数量", "≥10家"),
        (None, None, "生产技术规程编制数量", "≥1项"),
        (None, None, mk(None, "F110", "error", note="a template row: value, no name"), "≥5场"),
        (None, "质量指标", "用标产品抽检合格率", "≥98%"),
        ("注：授权用标以地理标志专用标志使用核准文件为准。", "", "", ""),
        ("成本指标", "经济成本指标", "单家合作社用标培育补助", "≤8万元/家"),
        ("效益指标", "可持续影响指标",
         mk("地理标志授权用标合作社数量", "D101", "warning", row=True,
            note="the same indicator as under 数量指标, same value"), "≥10家"),
        ("满意度指标", "服务对象满意度指标", "用标合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯梓萱", "0798-6631905", day(2024, 11, 25))
    return b
