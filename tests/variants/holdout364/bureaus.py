"""Returns of the bureau and the townships: department tables with tasks, flat lists and
stacked projects that mix plates and signs."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout364.common import (
    PLAIN,
    book,
    details,
    funds,
    head,
    indicators,
    notes,
    signature,
)
from tests.variants.holdout364.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant("vj13-bureau-department", (4, 12), "department, NAT-2021: budget and key tasks with a "
         "金额合计 equal to 项目支出, a 说明 row, header repeated after a page break, footnote "
         "explaining the total, signature lines (correct)")  # fmt: skip
def bureau_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="禾湾县民政局", budget=[
        (money(1260), money(1200), money(60), money(820), money(440))],
        tasks=[("城乡门牌规范化", "全县门牌新装更换及地址采集", money(180), "完成门牌21000块"),
               ("地名标志设置维护", "村名牌、路名牌新设及维护", money(150), "新设维护标志900块"),
               ("地名文化保护", "地名普查成果转化、地名录编纂", money(110), "编纂出版地名录1部"),
               ("金额合计", "", money(440), "")],
        goal="完成门牌21000块、地名标志900块设置维护，出版地名录1部。")  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "门牌新装更换数量", "≥21000块"),
        (None, None, "地名标志新设及维护数量", "≥900块"),
        (None, None, "地名录编纂出版", "≥1部"),
        (None, "质量指标", "地名标志设置规范率", "≥98%"),
        (None, "时效指标", "年度重点任务完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单块门牌综合成本", "≤80元/块"),
    ])  # fmt: skip
    s.row(*PLAIN)  # the header repeated after a page break
    s.table([
        ("效益指标", "社会效益指标", "标准地名使用率", "≥95%"),
        (None, "可持续影响指标", "地名地址信息库更新周期", "≤30天"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：本表指标值均为2025年度目标。", merge=[(1, 4)])
    notes(s, "注：年度主要任务只列项目支出，金额合计440万元即项目支出；基本支出820万元未列入。")
    signature(s, "韦清禾", "0779-6120486", day(2024, 11, 22))
    s.row("审核人：覃砚秋", None, "单位负责人：蒙立川", None, "（单位盖章）")
    return b


@variant("vj14-bureau-department-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to their 金额合计, a satisfaction rate with =")  # fmt: skip
def bureau_department_wrong() -> Book:
    b, s = book()
    total = mk(money(380), "B101", "error", row=True, note="基本 220 + 项目 150 = 370 ≠ 380")
    listed = mk(money(150), "B102", "error", note="任务 90 + 45 + 25 = 160 ≠ 150")
    department_head(s, year=2025, dept="禾湾县区划地名服务中心", budget=[
        (total, money(350), money(30), money(220), money(150))],
        tasks=[("门牌补装", "城区及集镇缺失门牌补装", money(90), "补装门牌9000块"),
               ("路名牌更新", "城区老旧路名牌更新", money(45), "更新路名牌260块"),
               ("地名信息库维护", "地名地址数据更新核对", money(25), "数据更新及时"),
               ("金额合计", "", listed, "")],
        goal="补装门牌9000块、更新路名牌260块，地名地址数据按月更新。")  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "门牌补装数量", "≥9000块"),
        (None, None, "路名牌更新数量", "≥260块"),
        (None, "质量指标", "地名地址数据准确率", "≥98%"),
        (None, "时效指标", "地名数据更新周期", "≤30天"),
        ("成本指标", "经济成本指标", "单块门牌补装成本", "≤95元/块"),
        ("效益指标", "社会效益指标", "标准地名使用率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度",
         mk("=95%", "T107", "warning", note="满意度写“=”，应为 ≥")),
    ])  # fmt: skip
    signature(s, "黄以宁", "0779-6127739", day(2024, 11, 19))
    return b


@variant("vj15-bureau-flat", (3,), "township department, flat list (指标名称 · 权重 · 计量单位 "
         "· 指标性质 as operator · 指标值), typed percents, a 下降率 with ≥, a 0 incident cap, "
         "weights add to 100 (correct)")  # fmt: skip
def bureau_flat() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="芦坳镇人民政府", budget=[
        (money(640), money(600), money(40), money(470), money(170))],
        goal="补装更换门牌2400块、新设路名牌180块，门牌地名信息准确，群众投诉减少。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("门牌补装及更换数量", 15, "块", "≥", 2400),
        ("村组路名牌新设数量", 15, "块", "≥", 180),
        ("门牌安装验收合格率", 10, "%", "≥", pct(0.98)),
        ("门牌地名信息群众投诉下降率", 10, "%", "≥", pct(0.15)),
        ("地名标志倒伏伤人事故", 10, "起", "≤", 0),
        ("单块门牌制作安装成本", 10, "元/块", "≤", 90),
        ("门牌地址信息入库率", 10, "%", "=", pct(1)),
        ("标准地名使用率", 10, "%", "≥", pct(0.95)),
        ("群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "黄莳安", "0779-6328816", day(2025, 11, 3))
    return b


@variant("vj16-bureau-flat-wrong", (3, 11), "township department, flat list (指标名称 · 指标值 "
         "· 指标性质 as direction · 计量单位 · 权重): an amount under a count unit, a 反向 rate "
         "with ≥, weights adding to 95")  # fmt: skip
def bureau_flat_wrong() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="桐汊乡人民政府", budget=[
        (money(520), money(490), money(30), money(400), money(120))],
        goal="更换门牌1600块、新设路名牌60块，门牌损坏投诉减少。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+15+10+15+15+10 = 95 ≠ 100")
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("门牌更换数量", "≥1600", "正向", "块", 15),
        ("路名牌新设数量", mk("12万元", "T112", "error", note="计量单位为块，指标值却是金额"),
         "正向", "块", 15),
        ("门牌安装合格率", "≥98%", "正向", "%", 15),
        ("门牌损坏投诉率", mk("≥2%", "T108", "warning", row=True, note="反向指标却用 ≥"),
         "反向", "%", 10),
        ("单块门牌制作成本", "≤90", "反向", "元/块", 15),
        ("标准地名使用率", "≥95%", "正向", "%", 15),
        ("群众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    signature(s, "莫青梧", "0779-6852034", day(2024, 11, 27))
    return b


@variant("vj17-bureau-stacked", (2,), "two projects stacked in one sheet (plates, then signs), "
         "OLD-NAT, one value column, the same satisfaction indicator with different values, a "
         "unit cost × count equal to the money (correct)")  # fmt: skip
def bureau_stacked() -> Book:
    b, s = book("绩效目标表")
    head(
        s,
        year=2026,
        name="石磬乡门牌增补",
        unit="石磬乡人民政府",
        money_rows=funds(24, 22, 2),
        goals=["增补门牌2000块，门牌地址信息准确。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "门牌增补数量", "≥2000块"),
        (None, "质量指标", "门牌安装验收合格率", "≥98%"),
        (None, "时效指标", "增补完成时间", "2026年9月30日前"),
        (None, "成本指标", "单块门牌增补成本", "≤100元/块"),
        ("效益指标", "社会效益指标", "门牌地址信息准确率", "≥97%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    head(
        s,
        year=2026,
        title="",
        name="石磬乡地名标志维护",
        unit="石磬乡人民政府",
        money_rows=funds(9.6, 9.6, 0),
        goals=["维护村名牌、路名牌120块，标志完好可辨。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "地名标志维护数量", "≥120块"),
        (None, "质量指标", "维护后标志完好率", "≥95%"),
        (None, "时效指标", "维护完成时间", "2026年11月30日前"),
        (None, "成本指标", "单块标志维护成本", "≤800元/块"),
        ("效益指标", "可持续影响指标", "标志巡查周期", "≤90天"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("vj18-bureau-stacked-wrong", (2, 9), "two projects stacked, OLD-NAT: detail lines "
         "with an amount pasted twice under the first; the second's money does not add up and "
         "a deadline falls after its one-year period")  # fmt: skip
def bureau_stacked_wrong() -> Book:
    b, s = book()
    head(
        s,
        year=2025,
        name="苇塘镇门牌制作安装",
        unit="苇塘镇人民政府",
        money_rows=funds(52, 48, 4),
        goals=["制作安装门牌4000块，采集门牌地址信息。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "门牌制作安装数量", "≥4000块"),
        (None, "质量指标", "门牌安装验收合格率", "≥98%"),
        (None, "时效指标", "安装完成时间", "2025年10月31日前"),
        (None, "成本指标", "单块门牌制作安装成本", "≤110元/块"),
        ("效益指标", "社会效益指标", "门牌地址信息准确率", "≥97%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("14万14万(含运输)", "X106", "error", alt=("B108",), note="粘贴两次，读作 14")
    details(s, [("门牌制作", 30, "4000块×75元"), ("安装及运输", twice, "4000块×35元"),
                ("信息采集", 8, "4000户×20元")], 52)  # fmt: skip
    s.skip()
    total = mk(money(36, WAN), "B101", "error", note="财政拨款 30 + 其他资金 4 = 34 ≠ 36")
    head(
        s,
        year=2025,
        title="",
        name="苇塘镇路名牌设置",
        unit="苇塘镇人民政府",
        money_rows=funds(total, 30, 4),
        goals=["新设路名牌250块，镇区道路标准名称全覆盖。"],
    )
    late = mk("2026年3月31日前", "Y102", "error", note="一年期项目（2025年），期限落在次年")
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "路名牌新设数量", "≥250块"),
        (None, "质量指标", "路名牌安装验收合格率", "≥98%"),
        (None, "时效指标", "路名牌设置完成时间", late),
        (None, "成本指标", "单块路名牌制作安装成本", "≤1200元/块"),
        ("效益指标", "社会效益指标", "镇区道路标准名称覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
