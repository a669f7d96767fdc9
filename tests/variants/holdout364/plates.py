"""Returns on house-number plates (门牌): percents typed in Excel, 中期 and 年度, operators
against direction, a budget-system export."""

from __future__ import annotations

from tests.variants.holdout364.common import (
    PLAIN,
    book,
    funds,
    head,
    indicators,
    period_funds,
    signature,
)
from tests.variants.holdout364.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("vj01-plates-percent", (1,), "project, OLD-NAT, 指标性质 as operator column, unit "
         "column, percents typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def plates_percent() -> Book:
    b, s = book()
    head(s, year=2025, name="苍渚镇城乡门牌规范化设置", unit="苍渚镇人民政府",
         money_rows=funds(86.4, 80, 6.4),
         goals=["完成全镇7200块门牌新装及更换，采集6800户门牌地址信息并入库。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新装及更换门牌数量", "≥", 7200, "块"),
        (None, None, "门楼牌地址信息采集户数", "≥", 6800, "户"),
        (None, "质量指标", "门牌安装验收合格率", "≥", pct(0.98), "%"),
        (None, None, "门牌地址信息错漏率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "门牌安装工期", "≤", 240, "天"),
        (None, "成本指标", "单块门牌制作安装成本", "≤", 110, "元/块"),
        ("效益指标", "社会效益指标", "快递按门牌地址一次投递成功率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "门牌损毁报修处理机制", "定性", "建立并执行", ""),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "潘如岚", "0779-6243158", day(2024, 10, 28))
    return b


@variant("vj02-plates-percent-wrong", (1, 12), "project, OLD-NAT, operator and unit columns: "
         "a typed percent over 100 and a 资金总额 that is not 财政拨款 + 其他资金")  # fmt: skip
def plates_percent_wrong() -> Book:
    b, s = book()
    total = mk(money(64, WAN), "B101", "error", note="财政拨款 50 + 其他资金 12 = 62 ≠ 64")
    head(s, year=2025, name="鹭坪乡门牌补装", unit="鹭坪乡人民政府",
         money_rows=funds(total, 50, 12),
         goals=["补装全乡缺失及损毁门牌6000块，门牌地址信息全部核准入库。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="Excel 中键入 105%：合格率不能超过 100%")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "门牌补装数量", "≥", 6000, "块"),
        (None, "质量指标", "门牌安装验收合格率", "≥", over, "%"),
        (None, None, "门牌地址信息错漏率", "≤", pct(0.01), "%"),
        (None, "时效指标", "补装工期", "≤", 180, "天"),
        (None, "成本指标", "单块门牌补装成本", "≤", 85, "元/块"),
        ("效益指标", "社会效益指标", "门牌地址查询准确率", "≥", pct(0.97), "%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "覃永柏", "0779-6710942", day(2024, 11, 6))
    return b


@variant("vj03-plates-multiyear", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns, counts below the period, rates and unit costs equal (correct)")  # fmt: skip
def plates_multiyear() -> Book:
    b, s = book()
    head(s, year=2025, years=3, attr="新增项目", name="禾湾县全域门牌地址编码设置",
         unit="禾湾县区划地名服务中心",
         money_rows=period_funds((360, 330, 30), (130, 120, 10)),
         goals=["2025—2027年完成全县21000块门牌新装更换及地址信息入库，建成门牌地址动态更新机制。",
                "2025年完成城区及3个镇8000块门牌新装更换，采集7000户门牌地址信息。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "门牌新装及更换数量", "≥21000块", "≥8000块"),
        (None, None, "门牌地址信息采集户数", "≥19500户", "≥7000户"),
        (None, "质量指标", "门牌安装验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度安装任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单块门牌综合成本", "≤150元/块", "≤150元/块"),
        ("效益指标", "社会效益指标", "应急救援门牌地址定位准确率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "门牌地址数据库动态更新机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "蒙嘉树", "0779-6235507", day(2024, 9, 30))
    return b


@variant("vj04-plates-multiyear-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: two cumulative counts and the 中期目标 text copied into the year")  # fmt: skip
def plates_multiyear_copied() -> Book:
    b, s = book()
    goal = "更换全镇老旧门牌5600块，采集5200户门牌地址信息，实现门牌地址标准化。"
    same = mk(goal, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")
    head(s, year=2025, years=2, name="苇塘镇门牌更新", unit="苇塘镇人民政府",
         money_rows=period_funds((140, 130, 10), (70, 65, 5)), goals=[goal, same])  # fmt: skip
    copied = "两年期项目的累计数量，年度值照抄实施期值"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "门牌更换数量", "≥5600块",
         mk("≥5600块", "D202", "warning", note=copied)),
        (None, None, "门牌地址信息采集户数", "≥5200户",
         mk("≥5200户", "D202", "warning", note=copied)),
        (None, "质量指标", "门牌安装验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "门牌更换完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单块门牌更换成本", "≤100元/块", "≤100元/块"),
        ("效益指标", "社会效益指标", "门牌地址标准化率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "黄莳安", "0779-6328816", day(2024, 10, 15))
    return b


@variant("vj05-plates-direction", (11,), "project, NAT-2021, operators inside the values: a "
         "反向 rate with ≥, a unit cost with =, a 正向 count with ≤")  # fmt: skip
def plates_direction() -> Book:
    b, s = book()
    head(s, year=2025, name="芦坳镇楼栋牌及门牌增设", unit="芦坳镇人民政府",
         money_rows=funds(58, 50, 8),
         goals=["增设门牌5200块、楼栋牌及单元牌1800块，门牌地址信息准确可查。"])  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "门牌增设数量", "≥5200块"),
        (None, None, "楼栋牌单元牌安装数量",
         mk("≤1800块", "T108", "warning", row=True, note="正向的产出数量却写成上限 ≤")),
        (None, "质量指标", "门牌地址信息差错率",
         mk("≥1%", "T108", "warning", row=True, note="差错率是反向指标，应为 ≤")),
        (None, "时效指标", "增设任务完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单块门牌制作成本",
         mk("=95元/块", "T108", "warning", row=True, note="成本上限写成“=”，应为 ≤")),
        ("效益指标", "社会效益指标", "门牌地址群众投诉下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "韦澄", "0779-6541203", day(2024, 11, 12))
    return b


@variant("vj06-plates-export", (7,), "budget-system export: money on sheet 项目支出预算05-1, "
         "indicators on 项目支出绩效目标05-2 under 绩效目标值, header on row 3, codes in the "
         "first columns, `=100%` kept as text (correct)")  # fmt: skip
def plates_export() -> Book:
    b, s = book("项目支出预算05-1", (18, 24, 14, 14, 14, 14))
    code, name = "305002250010001", "门牌地址二维码关联"
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位名称：禾湾县区划地名服务中心", None, None, None, "金额单位：万元",
          merge=[(1, 4), (5, 6)])  # fmt: skip
    s.row("项目编码", "项目名称", "项目属性", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, "一次性项目", money(48), money(45), money(3))
    t = b.sheet("项目支出绩效目标05-2", (18, 20, 12, 14, 30, 18))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位名称：禾湾县区划地名服务中心", merge=[(1, 6)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    t.table([
        (code, name, "产出指标", "数量指标", "二维码门牌制作数量", "≥4000块"),
        (code, name, "产出指标", "质量指标", "二维码与门牌地址信息关联率", "=100%"),
        (code, name, "产出指标", "时效指标", "关联任务完成时间", "2025年11月30日前"),
        (code, name, "产出指标", "成本指标", "单块二维码门牌成本", "≤100元/块"),
        (code, name, "效益指标", "社会效益指标", "接入门牌地址核验的部门", "≥6个"),
        (code, name, "满意度指标", "服务对象满意度指标", "扫码群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
