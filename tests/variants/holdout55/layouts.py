"""Correct returns whose table does not start where forms usually put it: a table from column C
with notes in column A, an empty spacer column, the tier columns right of the name, the value
column before the name, the table on a second sheet, 中期 and 年度 tables side by side."""

from __future__ import annotations

from tests.variants.holdout55 import common
from tests.variants.holdout55.registry import variant
from tests.variants.kit import Book, money, pct


@variant(
    "jm01-notes-column-a",
    (4, 7),
    "project, NAT-2021, table and head from column C, notes "
    "in column A beside the head and the table, values with operators and units inline",
)
def jm01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(26, 3, 14, 16, 30, 18, 16, 16))
    common.project(s, col=3, year=2026, name="农村公路养护补助项目",
                   dept="澄川市交通运输局（307001）", unit="澄川市公路事业发展中心",
                   money=[("实施期资金总额", money(480), "年度资金总额", money(480)),
                          ("其中：财政拨款", money(450), "其中：财政拨款", money(450)),
                          ("其他资金", money(30), "其他资金", money(30))],
                   goals=["完成农村公路日常养护350公里，改造危桥4座，实施安全生命防护工程25公里，"
                          "优良中等路比例不低于85%。"])  # fmt: skip
    s.put(2, 1, "填表说明：")
    s.put(3, 1, "1. 金额单位为万元，保留两位小数。")
    s.put(4, 1, "2. 项目属性按新增、延续填写。")
    s.put(5, 1, "3. 指标值应量化，不能量化的用定性描述。")
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", col=3)
    s.put(top, 1, "4. 一、二级指标按财政部门下发的指标体系选择，三级指标由单位自行设置。")
    s.table([
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥350公里"),
        (None, None, "危桥改造数量", "≥4座"),
        (None, None, "安全生命防护工程实施里程", "≥25公里"),
        (None, "质量指标", "优良中等路比例", "≥85%"),
        (None, None, "危桥改造工程验收合格率", pct(1)),
        (None, "时效指标", "危桥改造完工时间", "2026年11月30日前"),
        (None, None, "路面病害处置时限", "≤72小时"),
        ("成本指标", "经济成本指标", "日常养护单位成本", "≤0.8万元/公里"),
        (None, None, "危桥改造单座补助标准", "≤30万元/座"),
        ("效益指标", "社会效益指标", "农村公路列养率", pct(1)),
        (None, None, "沿线群众出行便捷程度", "提升"),
        (None, "可持续影响指标", "农村公路养护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.put(top + 3, 1, "5. 时效指标写明完成时限。")
    s.put(top + 9, 1, "6. 成本指标填单位成本上限。")
    common.signed(s, "罗建安", "2025年11月20日", col=3)
    return b


@variant("jm02-spacer-column", (1, 4), "project, OLD-NAT, an empty narrow spacer column between "
         "the tier-2 and tier-3 columns, 比较符 and 计量单位 columns, percent cells")  # fmt: skip
def jm02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 2, 30, 8, 12, 12))
    common.project(s, year=2026, name="公共文化服务“送戏下乡”项目", dept="岚溪区文化和旅游局",
                   unit="岚溪区文化馆", attr="常年项目",
                   money=[("实施期资金总额", money(156.8), "年度资金总额", money(156.8)),
                          ("其中：财政拨款", money(156.8), "其中：财政拨款", money(156.8)),
                          ("其他资金", money(0), "其他资金", money(0))],
                   goals=["全年送戏下乡演出120场、公益电影放映1800场，培训基层文艺骨干300人次，"
                          "丰富农村群众文化生活。"])  # fmt: skip
    s.skip()
    s.row("一级指标", "二级指标", None, "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", None, "送戏下乡演出场次", "≥", 120, "场"),
        (None, None, None, "公益电影放映场次", "≥", 1800, "场"),
        (None, None, None, "基层文艺骨干培训人次", "≥", 300, "人次"),
        (None, "质量指标", None, "演出节目原创比例", "≥", pct(0.3), "%"),
        (None, None, None, "放映设备完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", None, "演出补助资金拨付时限", "≤", 15, "个工作日"),
        (None, "成本指标", None, "每场演出补助标准", "≤", 0.8, "万元/场"),
        (None, None, None, "每场电影放映补助标准", "≤", 200, "元/场"),
        ("效益指标", "社会效益指标", None, "观看演出群众人次", "≥", 6, "万人次"),
        (None, "可持续影响指标", None, "基层文化服务常态化机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", None, "观众满意度", "≥", pct(0.92), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("注：比较符选“定性”的，指标值填写定性描述。")
    return b


@variant("jm03-tiers-right-of-name", (5, 7), "project, NAT-2021, columns 序号 · 三级指标 · "
         "一级指标 · 二级指标 · 指标值 · 计量单位, tiers filled down in every row")  # fmt: skip
def jm03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(8, 30, 14, 16, 18, 14))
    common.project(s, year=2026, name="重点流域水质自动监测能力建设项目",
                   dept="青榆市生态环境局", unit="青榆市生态环境监测站", attr="新增项目",
                   money=[("实施期资金总额", money(268), "年度资金总额", money(268)),
                          ("其中：财政拨款", money(240), "其中：财政拨款", money(240)),
                          ("其他资金", money(28), "其他资金", money(28))],
                   goals=["新建水质自动监测站6个，监测数据有效率达到90%以上，国控断面水质优良"
                          "比例不低于80%。"])  # fmt: skip
    s.row("序号", "三级指标", "一级指标", "二级指标", "指标值", "计量单位")
    rows = [
        ("水质自动监测站新建数量", "产出指标", "数量指标", "≥6", "个"),
        ("手工监测断面采样次数", "产出指标", "数量指标", "≥12", "次/年"),
        ("监测数据有效率", "产出指标", "质量指标", "≥90", "%"),
        ("监测数据上传及时率", "产出指标", "时效指标", "≥95", "%"),
        ("站房建设完成时间", "产出指标", "时效指标", "2026年10月31日前", None),
        ("水质异常预警响应时间", "产出指标", "时效指标", "≤2", "小时"),
        ("单站建设成本", "成本指标", "经济成本指标", "≤35", "万元/个"),
        ("单站年运维成本", "成本指标", "经济成本指标", "≤4.5", "万元/个"),
        ("国控断面水质优良比例", "效益指标", "生态效益指标", "≥80", "%"),
        ("监测数据共享部门数", "效益指标", "可持续影响指标", "≥5", "个"),
        ("环境执法部门满意度", "满意度指标", "服务对象满意度指标", "≥90", "%"),
    ]  # fmt: skip
    for i, r in enumerate(rows, start=1):
        s.row(i, *r)
    common.signed(s, "许文涛", "2025年11月14日")
    return b


@variant("jm04-value-before-name", (7,), "project, OLD-NAT, columns 一级 · 二级 · 指标值 · "
         "三级指标 · 指标解释: the value stands left of the name, tiers merged")  # fmt: skip
def jm04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 18, 30, 30, 12))
    common.project(s, year=2026, name="农村劳动力转移就业技能培训项目",
                   dept="鹤泉县人力资源和社会保障局", unit="鹤泉县就业服务中心",
                   money=[("实施期资金总额", money(210), "年度资金总额", money(210)),
                          ("其中：财政拨款", money(180), "其中：财政拨款", money(180)),
                          ("其他资金", money(30), "其他资金", money(30))],
                   goals=["开展农村劳动力职业技能培训1500人次，取证800人，培训后就业率达到60%"
                          "以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标值", "三级指标", "指标解释")
    s.table([
        ("产出指标", "数量指标", "≥1500人次", "职业技能培训人次", "全年参加培训的人次"),
        (None, None, "≥800人", "取得职业技能等级证书人数", "培训后取证人数"),
        (None, None, "≥30期", "培训班开班期数", None),
        (None, "质量指标", "≥85%", "培训考核合格率", "考核合格人数/参训人数"),
        (None, None, "≥60%", "培训后就业率", "培训后6个月内就业人数/结业人数"),
        (None, "时效指标", "2026年11月30日前", "培训任务完成时间", None),
        (None, None, "≤30日", "培训补贴发放时限", "自审核通过之日起计算"),
        (None, "成本指标", "≤1200元/人", "人均培训补贴标准", "按工种分档，最高1200元"),
        ("效益指标", "经济效益指标", "≥2500元", "转移就业人员月均工资收入", None),
        (None, "社会效益指标", "≥700户", "带动农村家庭增收户数", None),
        (None, "可持续影响指标", "≥3年", "定点培训机构持续服务年限", None),
        ("满意度指标", "服务对象满意度指标", "≥90%", "参训学员满意度", "抽样问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    common.signed(s, "郑小梅", "2025年11月12日")
    return b


@variant(
    "jm05-second-sheet",
    (7, 8),
    "two-year project, NAT-2021: head on a first sheet, the "
    "indicator table on a second sheet under a two-line header (指标值 over 中期 · 年度)",
)
def jm05() -> Book:
    b = Book()
    s = b.sheet("项目基本信息")
    common.project(s, year=2026, years=2, name="老旧小区改造配套设施提升项目",
                   dept="望江区住房和城乡建设局", unit="望江区城市更新服务中心", attr="新增项目",
                   money=[("中期资金总额", money(2600), "年度资金总额", money(1400)),
                          ("其中：财政拨款", money(2300), "其中：财政拨款", money(1250)),
                          ("其他资金", money(300), "其他资金", money(150))],
                   goals=["2026—2027年完成12个老旧小区配套设施改造，惠及居民3600户，改造雨污"
                          "管网18公里。", "2026年完成7个小区改造，惠及居民2100户，改造雨污管网"
                          "10公里。"])  # fmt: skip
    s.skip()
    s.row("注：绩效指标见“绩效指标”工作表。")
    t = b.sheet("绩效指标", widths=(14, 16, 30, 18, 18))
    common.title(t, "附表 老旧小区改造配套设施提升项目绩效指标", 1, 5)
    t.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    t.row(None, None, None, "中期指标值", "年度指标值")
    for c in (1, 2, 3):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "改造老旧小区数量", "≥12个", "≥7个"),
        (None, None, "惠及居民户数", "≥3600户", "≥2100户"),
        (None, None, "雨污管网改造长度", "≥18公里", "≥10公里"),
        (None, None, "加装电梯数量", "≥20部", "≥12部"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造任务完工时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个小区改造平均投资", "≤190万元/个", "≤190万元/个"),
        ("效益指标", "社会效益指标", "小区居住环境", "提升", "提升"),
        (None, "生态效益指标", "改造小区雨污分流比例", pct(1), pct(1)),
        (None, "可持续影响指标", "建立长效管理机制小区数", "≥12个", "≥7个"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    common.signed(t, "孙立伟", "2025年11月25日")
    return b


@variant("jm06-side-by-side", (8,), "three-year project, NAT-2021: a 中期 table (A–D) and a 年度 "
         "table (F–I) side by side under the head, an empty column between them")  # fmt: skip
def jm06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 14, 26, 16, 3, 12, 14, 26, 16))
    common.project(s, year=2026, years=3, name="小型水库除险加固项目", dept="梅坞县水利局",
                   unit="梅坞县水利工程建设管理站", attr="新增项目",
                   money=[("中期资金总额", money(3150), "年度资金总额", money(1120)),
                          ("其中：财政拨款", money(2900), "其中：财政拨款", money(1020)),
                          ("其他资金", money(250), "其他资金", money(100))],
                   goals=["2026—2028年完成15座小型水库除险加固，恢复和改善灌溉面积2.1万亩，保护"
                          "下游人口4.5万人。", "2026年完成6座小型水库除险加固，恢复和改善灌溉"
                          "面积0.8万亩。"])  # fmt: skip
    s.skip()
    s.row("中期绩效指标（2026—2028年）", None, None, None, None,
              "年度绩效指标（2026年）", None, None, None, merge=[(1, 4), (6, 9)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None,
          "一级指标", "二级指标", "三级指标", "指标值")  # fmt: skip
    lines = [
        ("产出指标", "数量指标", "除险加固水库数量", "≥15座", "≥6座"),
        (None, None, "新建（改造）溢洪道数量", "≥15处", "≥6处"),
        (None, None, "安装雨水情测报设施", "≥15套", "≥6套"),
        (None, "质量指标", "工程质量验收合格率", pct(1), pct(1)),
        (None, "时效指标", "主体工程完工时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单座水库加固平均投资", "≤185万元/座", "≤185万元/座"),
        ("效益指标", "经济效益指标", "恢复和改善灌溉面积", "≥2.1万亩", "≥0.8万亩"),
        (None, "社会效益指标", "保护下游人口", "≥4.5万人", "≥1.8万人"),
        (None, "可持续影响指标", "工程设计使用年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    first = s.r + 1
    s.table([(a, b2, c, d) for a, b2, c, d, _ in lines], merged=(1, 2))
    s.r = first - 1
    s.table([(a, b2, c, e) for a, b2, c, _, e in lines], merged=(1, 2), col=6)
    common.signed(s, "黄志明", "2025年11月19日")
    return b
