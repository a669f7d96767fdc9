# ruff: noqa: E501
"""WPS-typed returns with ordinary planted mistakes (mu13–mu18): a total that does not add up,
a rate above 100 %, a 中期 count copied into 年度, ≥ on a complaint rate, a rate given as a
count, plan dates of the year before, a duplicate on the 续表 sheet, a missing tier-1, a
placeholder left in."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout141.common import (
    footer,
    spaced_table,
    vertical,
    vertical_cells,
)
from tests.variants.holdout141.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "mu13-spacer-money-wrong", (4, 12), "project, NAT-2021, spacers; total ≠ parts, rate >100%"
)
def mu13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 3, 16, 3, 30, 3, 18))
    total = mk(money(128, WAN), "B101", "error", note="110 + 15 = 125, not 128")
    project_head(s, year=2026, name="白沙河区城市公园绿地养护提质", dept="白沙河区城市管理局 402",
                 unit="白沙河区园林绿化服务中心",
                 money=[("年度资金总额", total, "其中：财政拨款", money(110, WAN)),
                        ("其他资金", money(15, WAN), None, None)],
                 goals=["养护城市公园和道路绿地85万平方米，补植乔灌木，绿地养护质量达到一级标准。"])  # fmt: skip
    s.skip()
    spaced_table(s, HEAD, [
        ("成本指标", "经济成本指标", "绿地养护单价", "≤1.4元/平方米·年"),
        ("产出指标", "数量指标", "公园和道路绿地养护面积", "≥85万平方米"),
        (None, None, "补植乔灌木数量", "≥6000株"),
        (None, None, "绿化带修剪次数", "≥6次/年"),
        (None, "质量指标", "补植苗木成活率",
         mk("≥105%", "T106", "error", note="a survival rate cannot exceed 100%")),
        (None, None, "一级养护标准达标率", "≥90%"),
        (None, "时效指标", "病虫害处置时限", "≤48小时"),
        ("效益指标", "生态效益指标", "建成区绿化覆盖率", "≥41%"),
        (None, "社会效益指标", "公园绿地服务半径覆盖率", "≥85%"),
        (None, "可持续影响指标", "绿地养护考核机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "吴慧芳", "0731-8566021", "黎建国")
    return b


@variant(
    "mu14-both-in-one-copied", (8,), "three-year project, 中期 and 年度 in one cell; copied counts"
)
def mu14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 34, 16, 16))
    project_head(s, year=2026, years=3, name="枫林县乡村公路安全生命防护工程",
                 dept="枫林县交通运输局 511", unit="枫林县公路建设养护中心", attr="新增项目",
                 money=[("中期资金总额", money(2400, WAN), "年度资金总额", money(800, WAN)),
                        ("其中：财政拨款", money(2100, WAN), "其中：财政拨款", money(700, WAN)),
                        ("其他资金", money(300, WAN), "其他资金", money(100, WAN))],
                 goals=["三年完成乡村公路安全防护改造600公里，整治危险路段90处，农村公路事故明显下降。",
                        "本年完成安全防护改造200公里，整治危险路段30处。"])  # fmt: skip
    s.skip()
    s.row(*HEAD)
    s.table([
        ("成本指标", "经济成本指标", "防护工程每公里造价", "中期：≤4万元/公里；年度：≤4万元/公里"),
        ("产出指标", "数量指标", "安全防护改造里程", "中期：≥600公里；年度：≥200公里"),
        (None, None, "危险路段整治数量",
         mk("中期：≥90处；年度：≥90处", "D202", "warning",
            note="a three-year count copied into the year (the 年度目标 says 30处)")),
        (None, None, "新增波形护栏长度", "中期：≥300公里；年度：≥100公里"),
        (None, None, "交通安全标志设置数量",
         mk("中期：≥1500块；年度：≥1800块", "D201", "error",
            note="the year's count above the three years'")),
        (None, "质量指标", "交工验收合格率", "中期：100%；年度：100%"),
        (None, "时效指标", "年度改造任务完成时间", "中期：2028年11月底前；年度：2026年11月底前"),
        ("效益指标", "社会效益指标", "改造路段交通事故下降率", "中期：≥20%；年度：≥8%"),
        (None, None, "受益行政村数量", "中期：≥150个；年度：≥50个"),
        (None, "可持续影响指标", "防护设施管养责任落实率", "中期：100%；年度：100%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "中期：≥90%；年度：≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "段志刚", "0745-3328810", "舒国强")
    return b


@variant(
    "mu15-vertical-direction", (5, 11), "project, NAT-2021, vertical tier-1; ≥ on a complaint rate"
)
def mu15() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (8, 16, 30, 18, 12, 10))
    project_head(s, year=2026, name="临溪县12345政务服务便民热线运行", dept="临溪县政务服务中心 090",
                 unit="临溪县便民服务热线管理办公室", attr="常年项目",
                 money=[("年度资金总额", money(110, WAN), "其中：财政拨款", money(110, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["热线全年受理群众诉求9万件，按时办结率95%以上，群众满意度稳步提高。"])  # fmt: skip
    s.skip()
    top = s.r + 1
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        (vertical("产出指标"), "数量指标", "热线受理群众诉求件数", "≥90000", "件", None),
        (None, None, "话务坐席开通数量", "≥24", "个", None),
        (None, None, "话务员业务培训计划完成率",
         mk("12场", "T105", "error", note="a 完成率 given as a count of sessions"), "场", None),
        (None, "质量指标", "诉求按时办结率", "≥95%", "%", None),
        (None, None, "工单回访率", "≥90%", "%", None),
        (None, "时效指标", "一般诉求办理时限", "≤5", "个工作日", None),
        (vertical("成本指标"), "经济成本指标", "单件诉求平均处理成本", "≤12", "元/件", None),
        (vertical("效益指标"), "社会效益指标",
         "群众重复投诉率", mk("≥3%", "T108", "warning", row=True,
                              note="a complaint rate is 反向: ≤ expected"), "%", None),
        (None, None, "诉求解决率", "≥85%", "%", None),
        (None, "可持续影响指标", "热线知识库更新", "每月更新", "—", None),
        (vertical("满意度指标"), "服务对象满意度指标", "来电群众满意度", "≥90%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    vertical_cells(s, 1, top)
    footer(s, "彭雅琴", "0743-5210098", "覃志勇")
    return b


@variant("mu16-split-year-before", (1, 11), "project, OLD-NAT, split value; plan dates of 2025")
def mu16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 8, 12, 10))
    start = mk(day(2025, 1, 1), "Y101", "error", alt=("Y102",),
               note="a 2026 return planned for 2025")  # fmt: skip
    end = mk(day(2025, 12, 31), "Y101", "error", alt=("Y102",), required=False)
    project_head(s, year=2026, name="石门区高校毕业生就业见习补贴", dept="石门区人力资源和社会保障局 31",
                 unit="石门区公共就业服务中心", start=start, end=end,
                 money=[("年度资金总额", money(180, WAN), "其中：财政拨款", money(180, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["2026年组织高校毕业生就业见习1000人，新增见习基地20家，见习留用率稳步提高。"])  # fmt: skip
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "比较符", "数值", "单位")
    s.table([
        ("产出指标", "数量指标", "就业见习人数（人）", "≥", 1000, None),
        (None, None, "新增见习基地数量（家）",
         mk("≤", "T108", "warning", row=True, note="≤ on a count the project is to reach"), 20, None),
        (None, None, "见习岗位募集数量（个）", "≥", 1500, None),
        (None, "质量指标", "见习协议签订率", "≥", pct(0.98), None),
        (None, None, "见习人员意外伤害保险参保率（%）", "=", 100, None),
        (None, "时效指标", "见习补贴按月发放率", "≥", pct(0.95), None),
        (None, "成本指标", "人均见习补贴标准（元/人·月）", "≤", 1500, None),
        ("效益指标", "社会效益指标", "见习期满留用率（%）", "≥", 40, None),
        (None, None, "见习人员就业率", "≥", pct(0.85), None),
        (None, "可持续影响指标", "见习基地动态管理机制", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度（%）", "≥", 90, None),
        (None, None, "见习单位满意度（%）", "≥", 88, None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "韩晓琳", "0736-2217749", "戴志宏")
    return b


@variant(
    "mu17-continued-duplicate", (7, 9), "project, OLD-NAT, continued on 续表; a duplicate there"
)
def mu17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 30, 18, 10, 10))
    project_head(s, year=2026, name="雁鸣湖流域河道清淤整治", dept="青岚市水务局 615",
                 unit="青岚市河道管理所", attr="一次性项目",
                 money=[("年度资金总额", money(460, WAN), "其中：财政拨款", money(400, WAN)),
                        ("其他资金", money(60, WAN), None, None)],
                 goals=["清淤整治河道18公里，清淤土方12万立方米，建设生态护岸4公里，河道行洪能力提高。"])  # fmt: skip
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "河道清淤整治长度", "≥18", "公里"),
        (None, None, "清淤土方量", "≥12", "万立方米"),
        (None, None, "生态护岸建设长度",
         mk("≥4公里", "T112", "error", note="value in 公里, unit column 个"), "个"),
        (None, None, "拦河闸门维修数量", "≥5", "座"),
        (None, "质量指标", "工程验收合格率", pct(1), "%"),
        (None, None, "淤泥无害化处置率", "≥95%", "%"),
        (None, "时效指标", "清淤工程完工时间", "2026年5月31日前", "—"),
        (None, "成本指标", "清淤每立方米综合单价", "≤30", "元/立方米"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("（下转续表）")
    t = b.sheet("续表", (14, 14, 30, 18, 10, 10))
    t.title("2026年度项目支出绩效目标申报表（续表）", 5)
    t.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    t.table([
        ("效益指标", "社会效益指标", "河道行洪能力提升", "≥20年一遇", "—"),
        (None, None, "沿河受益群众人数", "≥3.5万", "人"),
        (None, "生态效益指标", "河道断面水质达标率", "≥90%", "%"),
        (None, None, mk("清淤土方量", "D102", "error", row=True, alt=("D101", "D103"),
                         note="repeats 清淤土方量 ≥12万立方米 of the first sheet with 10"),
         "≥10", "万立方米"),
        (None, "可持续影响指标", "河道长效管护机制", "建立并执行", "—"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(t, "杜明", "0737-2253361", "龚卫华")
    return b


@variant(
    "mu18-numbered-no-benefit", (5, 6), "project, OLD-NAT, numbered; no 效益指标, a placeholder"
)
def mu18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 14, 14, 30, 18, 10))
    project_head(s, year=2026, name="东渚镇文化惠民送戏下乡", dept="东渚镇人民政府 77",
                 unit="东渚镇文化站",
                 money=[("年度资金总额", money(36, WAN), "其中：财政拨款", money(36, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["全年送戏下乡演出60场，覆盖全镇24个行政村，丰富农村群众文化生活。"])  # fmt: skip
    b.file_mark("F106", "error", note="no 效益指标 at all: every project needs one")
    s.skip()
    s.row("序号", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        (1.1, "产出指标", "数量指标", "送戏下乡演出场次", "≥60场", None),
        (1.2, None, None, "覆盖行政村数量", "≥24个", None),
        (1.3, None, None, "观看演出群众人次",
         mk("≥XX人次", "X101", "error", note="placeholder left in"), None),
        (1.4, None, None, "培训农村文艺骨干人数", "≥80人", None),
        (1.5, None, "质量指标", "演出节目审核通过率", pct(1), None),
        (1.6, None, None, "演出安全保障到位率", pct(1), None),
        (1.7, None, "时效指标", "演出任务完成时间", "2026年12月15日前", None),
        (1.8, None, "成本指标", "每场演出补助标准", "≤0.5万元/场", None),
        (2.1, "满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%", None),
        (2.2, None, None, "行政村满意度", "≥90%", None),
    ], merged=(2, 3))  # fmt: skip
    footer(s, "钟丽萍", "0512-6691825", "顾建华")
    return b
