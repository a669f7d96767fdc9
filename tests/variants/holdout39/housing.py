"""住建局 returns: 租赁补贴, 老旧小区改造, 保障性租赁住房, stacked housing projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout39.common import header, money_lines, signatures
from tests.variants.holdout39.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

NUM = "#,##0.00"


@variant("iw01-rent-subsidy-ok", (1, 4, 12), "project, NAT-2021, one value column with the "
         "operator inside, 租赁补贴 standard × households × months within the money, 资金明细 "
         "lines, a 注 line and signatures under the indicator table")  # fmt: skip
def rent_subsidy_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 20, 16, 16))
    project_head(
        s, year=2025, name="城镇住房困难家庭租赁补贴发放", dept="芷岚县住房和城乡建设局（218001）",
        unit="芷岚县住房保障服务中心", attr="常年项目",
        money=[("资金总额", money(900, WAN), "其中：财政拨款", money(850, WAN)),
               ("其他资金", money(50, WAN), None, None)],
        goals=["为1200户城镇低收入住房困难家庭按月足额发放租赁补贴，户均月补贴不超过600元，"
               "住房困难家庭居住条件有效改善。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "租赁补贴发放户数", "≥1200户", None),
            (None, None, "补贴发放月数", "12个月", "1—12月"),
            (None, "质量指标", "补贴对象资格审核准确率", pct(0.98), None),
            (None, "时效指标", "补贴发放时限", "次月10日前", "按月足额发放"),
            ("成本指标", "经济成本指标", "户均月补贴标准", "≤600元/户·月", None),
            ("效益指标", "社会效益指标", "住房困难家庭居住条件", "有效改善", None),
            (None, "可持续影响指标", "住房保障动态管理机制", "逐步完善", None),
            ("满意度指标", "服务对象满意度指标", "保障对象满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    money_lines(
        s, "资金明细",
        [("租赁补贴发放（1200户×600元×12月）", money(864, NUM)),
         ("入户核查及动态管理", money(21, NUM)), ("保障信息系统运维", money(15, NUM))],
        money(900, NUM),
    )  # fmt: skip
    s.row("注：补贴标准按县政府2024年第12号常务会议确定的标准执行。", merge=[(1, 6)])
    signatures(s, "周敏", "邓建华", "0743-5218806", "2024年11月18日")
    return b


@variant("iw02-old-community-ok", (4, 8, 12), "three-year project, NAT-2021, the table in "
         "column B, 中期 and 年度 value columns, 资金明细 between the head and the indicator "
         "table, areas in 万平方米 and a per-square-metre cost within both budgets")  # fmt: skip
def old_community_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 14, 16, 28, 18, 18, 14, 14))
    s.row("2025年度项目支出绩效目标表", merge=[(2, 8)], col=2)
    c = 2
    s.row("项目名称", "芷岚县城镇老旧小区改造（2025—2027年）", None, "主管部门",
          "芷岚县住房和城乡建设局", None, None, merge=[(3, 4), (6, 8)], col=c)  # fmt: skip
    s.row("实施单位", "芷岚县城市更新服务中心", None, "项目属性", "新增项目", None, None,
          merge=[(3, 4), (6, 8)], col=c)  # fmt: skip
    s.row("项目期", "3年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2027, 12, 31),
          col=c)  # fmt: skip
    s.row("项目资金（万元）", "中期资金总额", money(10800, WAN), "年度资金总额", money(3600, WAN),
          col=c)  # fmt: skip
    top = s.r
    s.row(None, "其中：财政拨款", money(9600, WAN), "其中：财政拨款", money(3200, WAN), col=c)
    s.row(None, "其他资金", money(1200, WAN), "其他资金", money(400, WAN), col=c)
    s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    money_lines(
        s, "2025年度资金明细",
        [("小区道路及雨污管网改造", money(1850, NUM)),
         ("加装电梯补助（30部×20万元）", money(600, NUM)),
         ("外立面及建筑节能改造", money(750, NUM)), ("配套设施及绿化提升", money(300, NUM)),
         ("设计、监理及审计", money(100, NUM))],
        money(3600, NUM), col=c,
    )  # fmt: skip
    s.row("总体目标", "中期目标（2025年—2027年）", None, "年度目标（2025年）", None, None, None,
          merge=[(3, 4), (5, 8)], col=c)  # fmt: skip
    s.row(None, "三年完成36个老旧小区改造，改造建筑面积42万平方米，加装电梯90部，小区居住环境明显"
          "改善。", None, "完成12个老旧小区改造，改造建筑面积14万平方米，加装电梯30部。",
          None, None, None, merge=[(3, 4), (5, 8)], col=c)  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注", col=c)
    s.table(
        [
            ("产出指标", "数量指标", "改造老旧小区数量", "≥36个", "≥12个", None),
            (None, None, "改造建筑面积", "≥42万平方米", "≥14万平方米", None),
            (None, None, "加装电梯数量", "≥90部", "≥30部", None),
            (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1), None),
            (None, "时效指标", "改造任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
            ("成本指标", "经济成本指标", "单位面积改造成本", "≤250元/平方米", "≤250元/平方米",
             "不含加装电梯"),
            ("效益指标", "社会效益指标", "小区居住环境", "明显改善", "明显改善", None),
            (None, "可持续影响指标", "改造小区物业管理覆盖率", pct(0.8), pct(0.8), None),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2), col=c,
    )  # fmt: skip
    signatures(s, "罗佳", "彭志远", "0743-5218833", "2024年10月30日", col=c)
    return b


@variant("iw03-rental-housing", (11, 12), "project, OLD-NAT, value and unit columns: the "
         "money does not add up, a 合格率 without %, a 事故发生率 with ≥")  # fmt: skip
def rental_housing() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="保障性租赁住房筹集建设", dept="澄阳市住房和城乡建设局",
        unit="澄阳市安居住房建设中心", attr="新增项目",
        money=[("资金总额", mk(money(2000, WAN), "B101", "error"), "其中：财政拨款",
                money(1500, WAN)),
               ("其他资金", money(400, WAN), None, None)],
        goals=["筹集保障性租赁住房320套，缓解新市民、青年人住房困难。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "筹集保障性租赁住房", "≥320", "套", None),
            (None, None, "新开工项目", "≥2", "个", None),
            (None, "质量指标", "竣工验收合格率",
             mk(100, "T105", "error", alt=("T104",), note="a rate without %"), None, None),
            (None, "时效指标", "主体工程完工时间", "2025年11月30日前", None, None),
            (None, "成本指标", "套均建设成本", "≤5.5", "万元/套", None),
            ("效益指标", "社会效益指标", "新市民、青年人住房困难", "有效缓解", None, None),
            (None, None, "施工安全事故发生率",
             mk("≥1%", "T108", "warning", row=True, note="a 反向 rate with ≥"), "%", None),
            (None, "可持续影响指标", "保障房运营管理机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "承租人满意度", "≥90", "%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signatures(s, "黎晓", "覃国庆", "0745-2283301", "2024年11月5日")
    return b


@variant("iw04-rent-subsidy-months", (11, 12), "project, NAT-2021, 比较符, 计量单位 and 指标方向 "
         "columns: standard × households × months above the money, a deadline in 2023, an "
         "indicator given twice")  # fmt: skip
def rent_subsidy_months() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 10, 14, 14, 12))
    project_head(
        s, year=2025, name="公共租赁住房租赁补贴", dept="石漱县住房和城乡建设局",
        unit="石漱县住房保障服务中心", attr="延续项目",
        money=[("资金总额", money(480, WAN), "其中：财政拨款", money(480, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["为700户住房困难家庭按月发放租赁补贴，做到应保尽保。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")
    s.table(
        [
            ("产出指标", "数量指标", "保障户数", "≥", 700, "户", "正向"),
            (None, None, "补贴发放月数", "=", 12, "月", "正向"),
            (None, "质量指标", "补贴资格复核率", "≥",
             mk(95, "D101", "warning", row=True, required=False), "%", "正向"),
            (None, "时效指标", "补贴发放截止时间", "≤",
             mk(day(2023, 12, 31), "Y102", "error", alt=("Y101",),
                note="the table is for 2025"), None, "反向"),
            ("成本指标", "经济成本指标", "户均月补贴标准", "≤",
             mk(650, "B107", "warning", row=True,
                note="650 元 × 700 户 × 12 月 = 546 万元 > 480 万元"), "元/户·月", "反向"),
            ("效益指标", "社会效益指标", "困难家庭住房支出负担", "定性", "明显减轻", None, "正向"),
            (None, None, ok("补贴资格复核率", note="a duplicate may also be called misplaced"), "≥",
             mk(95, "D101", "warning", row=True, alt=("D103",), note="the same indicator again"),
             "%", "正向"),
            (None, "可持续影响指标", "住房保障动态管理", "定性", "常态化", None, "正向"),
            ("满意度指标", "服务对象满意度指标", "保障对象满意度", "≥", 90, "%", "正向"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signatures(s, "田芳", "向东", "0744-3326157", "2024年11月12日")
    return b


@variant("iw05-stacked-housing-ok", (2, 12), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same 合格率 with different values in the two projects")  # fmt: skip
def stacked_housing_ok() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, name="城镇棚户区改造配套基础设施建设", dept="澄阳市住房和城乡建设局",
        unit="澄阳市城市建设投资服务中心", attr="新增项目",
        money=[("资金总额", money(1500, WAN), "其中：财政拨款", money(1200, WAN)),
               ("其他资金", money(300, WAN), None, None)],
        goals=["建设棚改安置区配套道路3.2公里、雨污管网5.6公里，保障安置房按期交付使用。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "新建配套道路", "≥3.2公里"),
            (None, None, "新建雨污管网", "≥5.6公里"),
            (None, "质量指标", "项目竣工验收合格率", "≥95%"),
            (None, "时效指标", "项目完工时间", "2025年12月31日前"),
            (None, "成本指标", "道路建设成本", "≤260万元/公里"),
            ("效益指标", "社会效益指标", "安置居民出行条件", "明显改善"),
            (None, "可持续影响指标", "配套设施使用年限", "≥20年"),
            ("满意度指标", "服务对象满意度指标", "安置居民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip(2)
    project_head(
        s, year=2025, name="农村低收入群体危房改造补助", dept="澄阳市住房和城乡建设局",
        unit="澄阳市村镇建设服务站", attr="常年项目", title="",
        money=[("资金总额", money(360, WAN), "其中：财政拨款", money(360, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成150户农村低收入群体危房改造，保障住房安全。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "完成危房改造户数", "≥150户"),
            (None, "质量指标", "项目竣工验收合格率", "100%"),
            (None, "时效指标", "改造补助资金拨付时间", "竣工验收后30日内"),
            (None, "成本指标", "户均改造补助标准", "≤2.0万元/户"),
            ("效益指标", "社会效益指标", "农村低收入群体住房安全", "有效保障"),
            (None, "可持续影响指标", "农房安全动态监测机制", "长期运行"),
            ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥95%"),
        ],
        merged=(1, 2),
    )
    signatures(s, "黎晓", "覃国庆", "0745-2283301", "2024年11月5日")
    return b
