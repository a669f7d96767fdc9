"""Project returns with 1–3 planted mistakes a careful reviewer marks: standards × counts above
the budget, 元 among 万元, goal text counts, backwards ranges, 中期 below 年度, weights of 105,
a 其中 part above its whole, a deadline after the budget year."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout93.registry import variant
from tests.variants.kit import WAN, YUAN, Book, mk, money, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ky09-elderly-care-household", (12,), "project, NAT-2021: 元/户·月 × 户 × 12 above the budget"
)
def ky09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="云岙市特困家庭居家养老服务补贴", dept="云岙市民政局",
                 unit="云岙市养老服务指导中心", money=[
                     ("年度资金总额", money(900, WAN), "其中：财政拨款", money(900, WAN)),
                     ("其他资金", money(0, WAN), None, None)],
                 goals=["为1500户特困老年家庭购买居家"
                        "养老上门服务，每户每月650元。"])  # fmt: skip
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "享受居家养老服务补贴户数", "≥1500户"),
        (None, None, "上门服务人次", "≥72000人次"),
        (None, None, "签约服务机构数", "≥12家"),
        (None, "质量指标", "服务记录规范率", "≥95%"),
        (None, None, "服务质量抽查合格率", "≥92%"),
        (None, "时效指标", "服务补贴按月结算及时率", pct(1)),
        ("成本指标", "经济成本指标",
         "居家养老服务补贴标准",
         mk("≤650元/户·月", "B107", "warning", row=True,
            note="650 × 1500户 × 12 = 1170万元 > 年度资金 900万元")),
        ("效益指标", "社会效益指标", "特困老人生活照料需求满足率", "≥90%"),
        (None, None, "老年人意外事件及时处置率", pct(1)),
        (None, "可持续影响指标", "居家养老服务网络", "逐步完善"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("填报人：欧阳蕾", None, "审核人：谭国栋", None)
    return b


@variant(
    "ky10-grain-subsidy-wanmu",
    (12,),
    "project, OLD-NAT, operator and unit columns: 元/亩 × 万亩 above the budget",
)
def ky10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 14, 12))
    project_head(s, year=2026, name="枫泽县稻谷目标价格补贴", dept="枫泽县农业农村局",
                 unit="枫泽县农业农村局", attr="常年项目", money=[
                     ("年度资金总额", money(1500, WAN), "其中：财政拨款", money(1500, WAN)),
                     ("其他资金", money(0, WAN), None, None)],
                 goals=["对全县12万亩稻谷种植面积按每亩"
                        "150元发放补贴，稳定种粮收益。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "补贴稻谷种植面积", "≥", 12, "万亩"),
        (None, None, "补贴种粮主体数", "≥", 26000, "户"),
        (None, "质量指标", "种植面积核实准确率", "≥", pct(0.98), "%"),
        (None, None, "补贴资金足额发放率", "=", pct(1), "%"),
        (None, "时效指标", "补贴资金发放完成时间", "≤", "2026年10月31日", None),
        (None, "成本指标", "每亩补贴标准", "≤",
         mk(150, "B107", "warning", row=True, note="150元/亩 × 12万亩 = 1800万元 > 1500万元"),
         "元/亩"),
        ("效益指标", "经济效益指标", "稻谷种植亩均收益", "≥", 420, "元"),
        (None, "社会效益指标", "稻谷播种面积保持稳定", "定性", "稳定", None),
        (None, "可持续影响指标", "粮食生产能力", "定性", "稳步提升", None),
        ("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ky11-yuan-among-wan", (1, 12), "project, OLD-NAT: 其他资金 in 元 inside a 万元 block")
def ky11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="石湄区中小学课后服务补助", dept="石湄区教育局",
                 unit="石湄区教育局", money=[
                     ("年度资金总额", money(320, WAN), "其中：财政拨款", money(290, WAN)),
                     ("其他资金", mk(money(300000, YUAN), "B105", "error",
                                     note="300,000.00元 in a 万元 block (30万元)"), None, None)],
                 goals=["为全区38所中小学提供课后服"
                        "务，参与学生不少于2.6万人。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the sum read in mixed units")
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "开展课后服务学校数", "≥38所"),
        (None, None, "参与课后服务学生数", "≥26000人"),
        (None, None, "开设兴趣社团数", "≥150个"),
        (None, "质量指标", "课后服务课程备案率", pct(1)),
        (None, None, "课后服务安全责任落实率", pct(1)),
        (None, "时效指标", "课后服务补助按学期拨付及时率", pct(1)),
        (None, "成本指标", "生均课后服务补助标准", "≤60元/生·学期"),
        ("效益指标", "社会效益指标", "家长接送难问题缓解程度", "明显缓解"),
        (None, None, "学生课后服务参与率", "≥85%"),
        (None, "可持续影响指标", "课后服务长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        (None, None, "学生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "ky12-goal-count-and-backwards-range",
    (1,),
    "project, NAT-2021, filled-down tiers: goal text count, range written backwards",
)
def ky12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="云岙市公共文化场馆免费开放补助", dept="云岙市文化广电旅游局",
                 unit="云岙市图书馆", money=[
                     ("年度资金总额", money(260, WAN), "其中：财政拨款", money(260, WAN)),
                     ("其他资金", money(0, WAN), None, None)],
                 goals=["保障图书馆、文化馆和9个乡镇综合文化"
                        "站免费开放，全年举办公益讲座48场。"])  # fmt: skip
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "免费开放场馆数", "≥11个"),
        ("产出指标", "数量指标", "公益讲座场次",
         mk("≥36场", "D104", "warning", row=True, note="年度目标 says 48场")),
        ("产出指标", "数量指标", "年接待读者人次", "≥60万人次"),
        ("产出指标", "质量指标", "免费开放服务规范达标率", "≥95%"),
        ("产出指标", "时效指标", "每周开放时长", "≥56小时"),
        ("成本指标", "经济成本指标", "场馆免费开放运行补助", "≤260万元"),
        ("效益指标", "社会效益指标", "群众文化活动参与率",
         mk("90%-85%", "T116", "warning", note="a range written high to low")),
        ("效益指标", "社会效益指标", "数字资源访问量", "≥120万次"),
        ("效益指标", "可持续影响指标", "公共文化服务体系", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥92%"),
    ])  # fmt: skip
    s.row("填报日期：2025年12月2日")
    return b


@variant(
    "ky13-period-below-annual-weights",
    (8, 10),
    "two-year project, NAT-2021, 中期/年度 and 分值: an annual count above its period, weights 105",
)
def ky13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 14, 14, 8))
    project_head(s, year=2026, years=2, name="枫泽县高标准农田建设", dept="枫泽县农业农村局",
                 unit="枫泽县农田建设服务中心", attr="新增项目", money=[
                     ("中期资金总额", money(6000, WAN), "年度资金总额", money(3200, WAN)),
                     ("其中：财政拨款", money(5400, WAN), "其中：财政拨款", money(2900, WAN)),
                     ("其他资金", money(600, WAN), "其他资金", money(300, WAN))],
                 goals=["2026—2027年建成高标准农田3万亩，新建灌排渠道90公里。",
                        "2026年建成高标准农田1.6万亩，新建灌排渠道48公里。"])  # fmt: skip
    b.file_mark("W101", "error", note="分值 add up to 105")
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    s.table([
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3万亩", "≥1.6万亩", 10),
        (None, None, "新建灌排渠道长度", "≥90公里", "≥48公里", 10),
        (None, None, "新建田间道路长度",
         "≥40公里", mk("≥45公里", "D201", "error", note="annual above period"), 10),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1), 10),
        (None, "时效指标", "年度建设任务完成率", pct(1), pct(1), 10),
        ("成本指标", "经济成本指标", "亩均建设投入", "≤2000元/亩", "≤2000元/亩", 10),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "≥30公斤", 10),
        (None, "生态效益指标", "节水灌溉面积占比", "≥60%", "≥55%", 10),
        (None, "可持续影响指标", "工程管护责任落实率", pct(1), pct(1), 10),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, 105)
    return b


@variant(
    "ky15-part-above-whole-late-deadline",
    (12,),
    "project, OLD-NAT: 其中 above its whole, a deadline after the year",
)
def ky15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="石湄区城市内涝点整治", dept="石湄区城市管理局",
                 unit="石湄区市政设施维护中心", attr="一次性项目", money=[
                     ("年度资金总额", mk(money(420, WAN), "B101", "error", row=True,
                                         note="其中：财政拨款 460 > 年度资金总额 420"),
                      "其中：财政拨款", money(460, WAN)),
                     ("其他资金", money(0, WAN), None, None)],
                 goals=["完成12处城市易涝点整治，"
                        "新建改造雨水管网6.5公里。"])  # fmt: skip
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "整治易涝点数量", "≥12处"),
        (None, None, "新建改造雨水管网长度", "≥6.5公里"),
        (None, None, "新增排涝泵站能力", "≥3立方米/秒"),
        (None, "质量指标", "工程竣工验收合格率", pct(1)),
        (None, "时效指标", "整治工程完工时间",
         mk("2027年第一季度前", "Y102", "error", alt=("Y103",),
            note="a one-year 2026 project finishing in 2027")),
        (None, "成本指标", "每处易涝点整治平均成本", "≤35万元/处"),
        ("效益指标", "社会效益指标", "整治点位积水时间", "≤30分钟"),
        (None, None, "汛期道路中断次数", "下降"),
        (None, "可持续影响指标", "排水设施养护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "ky17-three-slips",
    (1, 12),
    "project, NAT-2021, filled-down tiers: 元 among 万元, a goal count off, a late deadline",
)
def ky17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="枫泽县乡镇消防站装备配置", dept="枫泽县应急管理局",
                 unit="枫泽县消防救援大队", money=[
                     ("年度资金总额", money(185, WAN), "其中：财政拨款",
                      mk(money(1650000, YUAN), "B105", "error",
                         note="1,650,000.00元 among 万元 amounts")),
                     ("其他资金", money(20, WAN), None, None)],
                 goals=["为8个乡镇专职消防站配置消防车及个"
                        "人防护装备，培训专职消防员120名。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the sum read in mixed units")
    s.row(*H4)
    s.table([
        ("产出指标", "数量指标", "配置装备乡镇消防站数",
         mk("≥6个", "D104", "warning", row=True, note="年度目标 says 8个")),
        ("产出指标", "数量指标", "培训专职消防员人数", "≥120名"),
        ("产出指标", "数量指标", "配置小型消防车数量", "≥8辆"),
        ("产出指标", "质量指标", "装备验收合格率", pct(1)),
        ("产出指标", "时效指标", "装备采购交付时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",), note="after the budget year")),
        ("成本指标", "经济成本指标", "单站装备配置成本", "≤23万元/站"),
        ("效益指标", "社会效益指标", "乡镇火灾接警到场时间", "≤15分钟"),
        ("效益指标", "社会效益指标", "火灾事故死亡人数", "下降"),
        ("效益指标", "可持续影响指标", "乡镇消防站规范化运行", "持续"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ky18-water-supply-backwards",
    (8,),
    "three-year project, OLD-NAT, 中期/年度: 中期 below 年度, a range backwards",
)
def ky18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=3, name="云岙市城乡供水一体化工程", dept="云岙市水利局",
                 unit="云岙市城乡供水有限公司", attr="新增项目", money=[
                     ("中期资金总额", money(9000, WAN), "年度资金总额", money(3500, WAN)),
                     ("其中：财政拨款", money(8000, WAN), "其中：财政拨款", money(3000, WAN)),
                     ("其他资金", money(1000, WAN), "其他资金", money(500, WAN))],
                 goals=["2026—2028年新建改造供水管网260公里，农村自来水普及率达到98%。",
                        "2026年新建改造供水管网90公里，新增受益人口3.5万人。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "新建改造供水管网长度", "≥260公里", "≥90公里"),
        (None, None, "新增受益人口",
         "≥3万人", mk("≥3.5万人", "D201", "error", note="annual above period")),
        (None, None, "新建加压泵站数", "≥9座", "≥3座"),
        (None, "质量指标", "出厂水水质合格率", pct(1), pct(1)),
        (None, None, "管网漏损率", "≤10%", "≤12%"),
        (None, "时效指标", "年度工程形象进度完成率", "≥95%", "≥95%"),
        (None, "成本指标", "每公里管网建设成本", "≤30万元/公里", "≤30万元/公里"),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥98%", "≥95%"),
        (None, None, "供水保证率",
         "≥95%",
         mk(
             ok("95%-90%", note="D203: the annual range is written unlike the period's ≥95%"),
             "T116",
             "warning",
             note="a range written high to low",
         )),
        (None, "可持续影响指标", "供水工程管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
