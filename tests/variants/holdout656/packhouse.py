"""Post-harvest returns (采后商品化处理): gp07–gp12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout656.common import (
    H5,
    N,
    book,
    funds,
    indicators,
    lines,
    notes,
    period_funds,
    sign,
    wan,
)
from tests.variants.holdout656.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "柑岭县农业农村局（305）"
CENTRE = "柑岭县果业发展中心"


@variant("gp07-packhouse-budget-lines", (12,),
         "project, NAT-2021, a budget detail block between head and table, a unit price × "
         "count equal to its line (correct)")  # fmt: skip
def gp07() -> Book:
    b, s = book()
    project_head(s, year=2025, name="脐橙采后商品化处理中心提升改造", dept=DEPT,
                 unit="橙岗镇脐橙产业合作联社", money=funds(280, 200, 80), goals=[
                     "改造清洗打蜡线1条，购置光电分选设备2台，"
                     "年商品化处理脐橙2万吨，优果率达到85%。"])  # fmt: skip
    lines(s, "资金明细", [("清洗打蜡线改造", 120, "1条×120万元"),
                          ("光电分选设备购置", 100, "2台×50万元"),
                          ("预冷库维修", 40, "库体保温与制冷机组"),
                          ("分级包装技术培训", 20, "8期×2.5万元")], 280)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "清洗打蜡线改造", "≥1条"),
        (N, N, "光电分选设备购置", "≥2台"),
        (N, N, "脐橙商品化处理量", "≥2万吨"),
        (N, "质量指标", "分选等级准确率", "≥98%"),
        (N, N, "优果率", "≥85%"),
        (N, "时效指标", "设备安装调试完成时间", "2025年10月15日前"),
        ("成本指标", "经济成本指标", "光电分选设备单价", "≤50万元/台"),
        ("效益指标", "经济效益指标", "商品化处理后每公斤溢价", "≥0.6元"),
        (N, "社会效益指标", "带动果农户数", "≥800户"),
        ("满意度指标", "服务对象满意度指标", "送果农户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    return b


@variant("gp08-precooling-lines-wrong", (12,),
         "project, OLD-NAT, budget detail block: lines above their 合计, a cold-store unit "
         "price × volume above its line, a line count above the 年度目标's")  # fmt: skip
def gp08() -> Book:
    b, s = book()
    project_head(s, year=2025, name="砂糖橘采后预冷与分选线建设", dept=DEPT,
                 unit="双坳镇砂糖橘专业合作社", money=funds(280, 220, 60), goals=[
                     "新建砂糖橘光电分选线2条、预冷库400立方米，年分选砂糖橘1.5万吨，"
                     "采后腐烂率控制在3%以内。"])  # fmt: skip
    lines(s, "资金明细", [("光电分选线建设", 120, "2条×60万元"),
                          ("预冷库建设", 50, "400立方米"),
                          ("清洗打蜡设备", 100, "1套"),
                          ("采后处理技术培训", 20, "10期×2万元")],
          mk(280, "B102", "error", alt=("B101",),
             note="120 + 50 + 100 + 20 = 290 ≠ 合计 280"))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "光电分选线建设",
         mk("≥3条", "D104", "warning", row=True, note="年度目标写新建分选线2条")),
        (N, N, "预冷库库容", "≥400立方米"),
        (N, N, "砂糖橘年分选量", "≥1.5万吨"),
        (N, "质量指标", "采后腐烂率", "≤3%"),
        (N, "时效指标", "分选线投产时间", "2025年11月15日前"),
        (N, "成本指标", "预冷库建设单价",
         mk("≤1800元/立方米", "B107", "warning", row=True,
            note="1800元 × 400立方米 = 72万元，超过预冷库建设明细 50万元")),
        ("效益指标", "经济效益指标", "分选后砂糖橘收购价提高", "≥0.4元/公斤"),
        (N, "社会效益指标", "带动季节性就业", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    return b


@variant("gp09-cold-chain-two-year", (8, 1),
         "two-year project, NAT-2021, 实施期 and 年度 columns: period counts above the year's, "
         "rates and unit costs equal, typed percents in both columns (correct)")  # fmt: skip
def gp09() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="脐橙冷链集配中心建设", dept=DEPT, unit=CENTRE,
                 attr="新增项目", money=period_funds((500, 400, 100), (260, 200, 60)), goals=[
                     "2025—2026年建成脐橙冷链集配中心1处，冷藏库容3000吨，"
                     "两年累计商品化处理脐橙4万吨。",
                     "2025年完成主体建设和冷藏库容1500吨，商品化处理脐橙1.8万吨。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "冷藏库容", "≥3000吨", "≥1500吨"),
        (N, N, "脐橙商品化处理量", "≥4万吨", "≥1.8万吨"),
        (N, "质量指标", "入库果品预冷达标率", pct(0.95), pct(0.95)),
        (N, "时效指标", "主体工程完工时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每吨库容建设成本", "≤1500元/吨", "≤1500元/吨"),
        ("效益指标", "经济效益指标", "错峰销售脐橙溢价", "≥0.5元/公斤", "≥0.5元/公斤"),
        (N, "可持续影响指标", "冷链设施运营年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "入库客户满意度", pct(0.9), pct(0.9)),
    ]  # fmt: skip
    indicators(s, rows, H5)
    return b


@variant("gp10-grading-period-wrong", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns: 年度目标 copied from the "
         "中期目标, an annual tonnage above the period's, the period deadline in 年度")  # fmt: skip
def gp10() -> Book:
    b, s = book()
    goal = ("推广砂糖橘分级包装标准，改造分级包装线6条，累计商品化处理砂糖橘5万吨，"
            "统一品牌包装率达到70%。")  # fmt: skip
    project_head(s, year=2025, years=3, name="砂糖橘分级包装标准化推广", dept=DEPT,
                 unit=CENTRE, attr="新增项目",
                 money=period_funds((600, 500, 100), (200, 160, 40)), goals=[
                     goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "分级包装线改造", "≥6条", "≥2条"),
        (N, N, "砂糖橘商品化处理量", "≥5万吨",
         mk("≥6万吨", "D201", "error", alt=("D104",), note="年度 6万吨 超过实施期 5万吨")),
        (N, "质量指标", "统一品牌包装率", "≥70%", "≥50%"),
        (N, "时效指标", "包装线改造完成时间", "2027年12月31日前",
         mk("2027年12月31日前", "Y102", "error", alt=("D202", "Y103"),
            note="年度列的期限落在 2027 年：从实施期列照抄，不在预算年度内")),
        ("成本指标", "经济成本指标", "每条包装线改造补助", "≤80万元/条", "≤80万元/条"),
        ("效益指标", "经济效益指标", "品牌砂糖橘销售均价提高", "≥10%", "≥5%"),
        (N, "社会效益指标", "带动种植户", "≥3000户", "≥1000户"),
        ("满意度指标", "服务对象满意度指标", "包装企业满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, H5)
    return b


@variant("gp11-waxing-two-row-header", (7, 11),
         "project, NAT-2021, two-row header (考核指标 / 绩效目标值 over 指标性质 · 目标值 · "
         "计量单位), word operators, a 反向 rate with 小于等于, 0起 (correct)")  # fmt: skip
def gp11() -> Book:
    b, s = book()
    project_head(s, year=2025, name="脐橙清洗打蜡保鲜技术推广", dept=DEPT,
                 unit="石门坳村脐橙专业合作社", money=funds(45, 40, 5), goals=[
                     "在石门坳村、橙岗镇推广脐橙清洗打蜡和保鲜剂规范使用技术，"
                     "处理脐橙8000吨，果面损伤率控制在3%以内。"])  # fmt: skip
    s.row("考核指标", None, None, "绩效目标值", None, None, merge=[(1, 3), (4, 6)])
    rows = [
        ("产出指标", "数量指标", "清洗打蜡处理量", "大于等于", 8000, "吨"),
        (N, N, "技术培训", "大于等于", 300, "人次"),
        (N, "质量指标", "果面损伤率", "小于等于", 3, "%"),
        (N, N, "保鲜剂残留抽检合格率", "等于", 100, "%"),
        (N, "时效指标", "技术推广完成时间", "小于等于", "2025年12月20日", None),
        ("成本指标", "经济成本指标", "每吨处理补助", "小于等于", 45, "元/吨"),
        ("效益指标", "经济效益指标", "贮藏期延长", "大于等于", 30, "天"),
        (N, "社会效益指标", "果品质量安全事故", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "大于等于", 90, "%"),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "指标性质", "目标值", "计量单位"))
    sign(s, "钟禾生", (2025, 1, 8))
    return b


@variant("gp12-export-second-sheet", (7, 9),
         "budget-system export: 05-1 budget sheet with codes, 05-2 indicator sheet with codes "
         "in the first columns and the header on row 3: a title year from last year, a "
         "template placeholder")  # fmt: skip
def gp12() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 16, 34, 14, 14, 14))
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    name = "脐橙采后商品化处理补助"
    s.row("405012", "405012250031", name, wan(180), wan(150), wan(30))
    s.row("合计", None, None, wan(180), wan(150), wan(30), merge=[(1, 3)])
    t = b.sheet("部门项目支出绩效目标05-2", (12, 28, 14, 18, 28, 16))
    t.title(mk("2024年度部门项目支出绩效目标表", "Y101", "error", alt=("Y103",),
               note="预算表为 2025 年度，目标表标题仍是 2024 年"), 6)  # fmt: skip
    t.row("年度绩效目标", "对全县脐橙采后商品化处理主体按每吨50元给予补助，补助处理量3万吨，"
          "分级达标率95%以上。", merge=[(2, 6)])  # fmt: skip
    rows = [
        ("405012", name, "产出指标", "数量指标", "补助脐橙处理量", "≥3万吨"),
        ("405012", name, N, N, "冷链运输车辆",
         mk("≥XX辆", "X101", "error", note="模板示例行的占位符未替换")),
        ("405012", name, N, "质量指标", "补助果品分级达标率", "≥95%"),
        ("405012", name, N, "时效指标", "补助资金兑付时间", "2025年12月31日前"),
        ("405012", name, "成本指标", "经济成本指标", "每吨处理补助标准", "≤50元/吨"),
        ("405012", name, "效益指标", "经济效益指标", "带动果农增收总额", "≥600万元"),
        ("405012", name, "满意度指标", "服务对象满意度指标", "受补助主体满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, rows, ("单位编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
               merged=(3, 4))  # fmt: skip
    notes(t, "说明：本表由预算管理一体化系统导出。")
    return b
