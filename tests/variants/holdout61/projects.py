"""Correct project returns (§3.1) whose cells are hard to read: operators and units only in the
number format, amounts as formulas, dates as Excel dates, rich text, dropdowns, hyperlinks,
批注, numbers stored as text, a total row by formula and an empty row between tier-1 blocks."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout61.common import (
    FBook,
    blocks,
    dropdown,
    eq,
    footer,
    ge,
    le,
    link,
    note,
    p1,
    rich,
    text_number,
    wan,
)
from tests.variants.holdout61.registry import variant
from tests.variants.kit import Book, day, pct

YM = 'yyyy"年"m"月"'


@variant("js01-format-operators", (1,), "project, NAT-2021, one value column: every operator and "
         "unit only in the number format (\"≥\"0%, "
         "\"≤\"0.0\"天\"), annual total =E5+E6")  # fmt: skip
def js01() -> Book:
    b = FBook()
    s = b.sheet("项目绩效目标", (14, 16, 32, 16, 26, 16))
    project_head(
        s, year=2026, name="枫溪县农村公路日常养护项目", dept="枫溪县交通运输局（315021）",
        unit="枫溪县公路养护中心", start=day(2026, 1, 1, YM), end=day(2026, 12, 31, YM),
        money=[("年度资金总额", wan(620), "其中：财政拨款", wan(580)),
               (None, None, "其他资金", wan(40))],
        goals=["完成全县186公里县乡道路日常养护和42座桥涵定期检查，优良路率保持在85%以上，"
               "灾毁路段24小时内抢通，保障群众安全便捷出行。"],
    )  # fmt: skip
    b.fx(s, "C5", "=E5+E6", 620)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    blocks(s, [
        [("产出指标", "数量指标", "县乡道路日常养护里程", ge(186, "公里"), "计划标准", None),
         (None, None, "桥涵定期检查座数", ge(42, "座"), "计划标准", "每季度1次"),
         (None, None, "安全防护栏修复长度", ge(3.2, "公里", 1), "历史标准", None),
         (None, "质量指标", "养护路段优良路率", ge(0.85), "行业标准", None),
         (None, None, "病害处置验收合格率", ge(0.95), "行业标准", None),
         (None, "时效指标", "路面坑槽修复时限", le(3.5, "天", 1), "计划标准", "发现后计"),
         (None, None, "灾毁路段抢通时限", le(24, "小时"), "行业标准", None)],
        [("成本指标", "经济成本指标", "日常养护平均成本", le(2.8, "万元/公里", 1), "历史标准",
          "186公里×2.8万元≤资金总额"),
         (None, "社会成本指标", "养护作业封道时长", le(4, "小时/次"), "计划标准", None)],
        [("效益指标", "社会效益指标", "农村公路交通事故发生率", le(0.005, "%", 1), "历史标准",
          None),
         (None, None, "建制村通畅率", eq(1), "计划标准", "保持"),
         (None, "可持续影响指标", "农村公路养护长效机制", "健全", "其他标准", None)],
        [("满意度指标", "服务对象满意度指标", "沿线群众满意度", ge(0.9), "行业标准", "问卷调查")],
    ])  # fmt: skip
    footer(s, "枫溪县公路养护中心", "陈立群", "0571-6318 2207")
    return b


@variant("js02-formula-money", (1, 8, 12), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "amounts as formulas with cached values "
         "(=1500+600, =C6+C7), dates yyyy年m月, 0.0%")  # fmt: skip
def js02() -> Book:
    b = FBook()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 22))
    project_head(
        s, year=2026, years=3, name="青禾市中小学智慧课堂建设项目", dept="青禾市教育局（207）",
        unit="青禾市教育技术装备中心", attr="新增项目", start=day(2026, 1, 1, YM),
        end=day(2028, 12, 31, YM),
        money=[("中期资金总额", wan(2400), "年度资金总额", wan(800)),
               ("其中：财政拨款", wan(2100), "其中：财政拨款", wan(700)),
               ("其他资金", wan(300), "其他资金", wan(100))],
        goals=["三年内为全市360间教室配备智慧课堂设备，培训教师1500人次，设备验收合格率"
               "98.5%以上，课堂互动应用常态化。",
               "2026年完成120间教室设备配备，培训教师500人次，设备验收合格率98.5%以上。"],
    )  # fmt: skip
    b.fx(s, "C5", "=C6+C7", 2400)
    b.fx(s, "C6", "=1500+600", 2100)
    b.fx(s, "E5", "=E6+E7", 800)
    b.fx(s, "E6", "=500+200", 700)
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    blocks(s, [
        [("产出指标", "数量指标", "智慧课堂教室配备间数", ge(360, "间"), ge(120, "间"), None),
         (None, None, "教师应用培训人次", ge(1500, "人次"), ge(500, "人次"), None),
         (None, None, "覆盖学校数", ge(48, "所"), ge(16, "所"), None),
         (None, "质量指标", "设备验收合格率", ge(0.985, "%", 1), ge(0.985, "%", 1), None),
         (None, None, "设备完好率", ge(0.965, "%", 1), ge(0.965, "%", 1), None),
         (None, "时效指标", "设备故障响应时间", le(48, "小时"), le(48, "小时"), None),
         (None, None, "年度建设任务完成时间", day(2028, 12, 31, '"≤"yyyy"年"m"月"'),
          day(2026, 12, 31, '"≤"yyyy"年"m"月"'), None)],
        [("成本指标", "经济成本指标", "单间教室设备购置成本", le(6.2, "万元", 1),
          le(6.2, "万元", 1), None)],
        [("效益指标", "社会效益指标", "课堂互动应用课时占比", ge(0.3), ge(0.25), None),
         (None, None, "城乡学校数字资源共享率", ge(0.925, "%", 1), ge(0.9), None),
         (None, "可持续影响指标", "设备运维管理制度", "健全", "健全", None)],
        [("满意度指标", "服务对象满意度指标", "教师满意度", ge(0.9), ge(0.9), None),
         (None, None, "学生及家长满意度", ge(0.885, "%", 1), ge(0.885, "%", 1), "抽样调查")],
    ])  # fmt: skip
    footer(s, "青禾市教育技术装备中心", "许嘉", "0599-8821 4417")
    return b


@variant("js03-rich-operator-column", (1,), "project, OLD-NAT, 比较符 and 计量单位 columns: "
         "indicator names in rich text (part bold or red), 批注 on value cells")  # fmt: skip
def js03() -> Book:
    b = FBook()
    s = b.sheet("绩效目标表", (14, 14, 34, 10, 14, 12, 20))
    project_head(
        s, year=2026, name="南屿区老旧小区适老化改造项目", dept="南屿区住房和城乡建设局",
        unit="南屿区城市更新服务中心", attr="一次性项目",
        money=[("年度资金总额", wan(960), "其中：财政拨款", wan(960)),
               (None, None, "其他资金", wan(0))],
        goals=["完成12个老旧小区适老化改造，加装扶手2400米、无障碍坡道36处，"
               "改造验收合格率100%，居民满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    rows = blocks(s, [
        [("产出指标", "数量指标", rich(("改造小区", "b"), "个数"), "≥", 12, "个", None),
         (None, None, rich("加装楼道扶手", ("长度", "r")), "≥", 2400, "米", None),
         (None, None, "新建无障碍坡道", "≥", 36, "处", None),
         (None, None, rich(("★", "r"), "入户适老化改造户数"), "≥", 300, "户", "含特困老人"),
         (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%", None),
         (None, None, "扶手防滑材料抽检合格率", "≥", pct(0.98), "%", None),
         (None, "时效指标", "改造工程完工时间", "≤", day(2026, 11, 30, YM), None,
          None),
         (None, "成本指标", "户均入户改造成本", "≤", 0.8, "万元/户", None),
         (None, None, "坡道单处建设成本", "≤", 1.5, "万元/处", None)],
        [("效益指标", "社会效益指标", rich("老年人居家", ("跌倒事故", "br"), "发生率下降"), "≥",
          p1(0.125), "%", "较2025年"),
         (None, None, "小区无障碍通行覆盖率", "≥", pct(0.9), "%", None),
         (None, "可持续影响指标", "设施维护责任落实", "定性", "到位", None, None)],
        [("满意度指标", "服务对象满意度指标", rich(("改造小区居民", "b"), "满意度"), "≥",
          pct(0.9), "%", None)],
    ], merged=(1, 2))  # fmt: skip
    note(s, f"E{rows[0]}", "以区住建局2026年改造计划为准")
    note(s, f"E{rows[3]}", "含60户特困供养老人家庭", "张科长")
    note(s, f"C{rows[9]}", "按区卫健局统计口径")
    footer(s, "南屿区城市更新服务中心", "黄敏", "0592-7716 3320")
    return b


@variant("js04-dropdown-links", (1, 11), "project, NAT-2021, 指标性质 as direction with a "
         "data-validation dropdown left on the column, hyperlinks in the 依据 column")  # fmt: skip
def js04() -> Book:
    b = FBook()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 34))
    project_head(
        s, year=2026, name="白鹭市全民健身设施补短板项目", dept="白鹭市体育局",
        unit="白鹭市全民健身中心", attr="延续项目",
        money=[("年度资金总额", wan(1380), "其中：财政拨款", wan(1200)),
               (None, None, "其他资金", wan(180))],
        goals=["新建社区多功能运动场24片、更新健身路径80条，公共体育设施开放率95%以上，"
               "群众满意度达到90%以上。"],
    )  # fmt: skip
    b.fx(s, "C5", "=E5+E6", 1380)
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "指标值设定依据")
    doc = "《白鹭市全民健身设施建设三年行动方案》"
    rows = blocks(s, [
        [("产出指标", "数量指标", "新建社区多功能运动场", "正向", ge(24, "片"), doc),
         (None, None, "更新健身路径", "正向", ge(80, "条"), doc),
         (None, None, "社会体育指导员培训人数", "正向", ge(400, "人"), "历史标准"),
         (None, "质量指标", "新建场地竣工验收合格率", "正向", eq(1), "行业标准"),
         (None, None, "健身器材安全检测覆盖率", "正向", ge(0.95), doc),
         (None, "时效指标", "器材损坏报修处置时间", "反向", le(72, "小时"), "计划标准")],
        [("成本指标", "经济成本指标", "运动场单片建设成本", "反向", le(38, "万元"), "历史标准"),
         (None, None, "健身路径单条更新成本", "反向", le(4.5, "万元", 1), "历史标准")],
        [("效益指标", "社会效益指标", "公共体育设施开放率", "正向", ge(0.95), doc),
         (None, None, "经常参加体育锻炼人数比例", "正向", ge(0.41), "省统计口径"),
         (None, "可持续影响指标", "场地设施管护机制", "定性", "健全", "其他标准")],
        [("满意度指标", "服务对象满意度指标", "健身群众满意度", "正向", ge(0.9), "行业标准")],
    ])  # fmt: skip
    dropdown(s, f"D{rows[0]}:D{rows[-1] + 10}", ["正向", "反向", "定性"])
    for r in rows:
        if s.ws[f"F{r}"].value == doc:
            link(s, f"F{r}", "https://tyj.bailu.gov.cn/zwgk/ghjh/202512/t20251208_5521.html")
    footer(s, "白鹭市全民健身中心", "罗振东", "0596-3302 8817")
    return b


@variant("js05-text-numbers", (1, 9), "project, OLD-NAT, operator in words in its own column, "
         "values and two amounts typed with an apostrophe "
         "(stored as text, right-aligned)")  # fmt: skip
def js05() -> Book:
    b = FBook()
    s = b.sheet("申报表", (14, 14, 30, 12, 12, 12))
    project_head(
        s, year=2026, name="石渠镇农村饮水安全巩固提升项目", dept="云岭县水务局",
        unit="云岭县农村供水管理站",
        money=[("年度资金总额", "455.6", "其中：财政拨款", "420"),
               (None, None, "其他资金", wan(35.6))],
        goals=["新建和改造供水管网38公里，新增和改善3200户农村群众饮水条件，"
               "集中供水工程水质达标率95%以上。"],
    )  # fmt: skip
    text_number(s, "C5")
    text_number(s, "E5")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    values = [
        ("产出指标", "数量指标", "新建和改造供水管网长度", "大于等于", "38", "公里"),
        (None, None, "受益农户数", "大于等于", "3200", "户"),
        (None, None, "新建蓄水池", "大于等于", "6", "座"),
        (None, "质量指标", "集中供水工程水质达标率", "大于等于", "95", "%"),
        (None, None, "管网工程验收合格率", "等于", "100", "%"),
        (None, "时效指标", "工程完工时间", "小于等于", "11", "月"),
        (None, None, "供水故障修复时间", "小于等于", "24", "小时"),
        (None, "成本指标", "管网每公里建设成本", "小于等于", "10.5", "万元"),
        ("效益指标", "社会效益指标", "农村自来水普及率", "大于等于", "92", "%"),
        (None, None, "饮水安全问题动态清零", "等于", "是", None),
        (None, "可持续影响指标", "工程运行管护制度", "等于", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "大于等于", "90", "%"),
    ]
    first = s.r + 1
    s.table(values, merged=(1, 2))
    for r in range(first, s.r + 1):
        if str(s.ws[f"E{r}"].value).replace(".", "").isdigit():
            text_number(s, f"E{r}")
    footer(s, "云岭县农村供水管理站", "杨春华", "0873-6125 5031")
    return b


@variant("js06-weights-total-row", (4, 10), "project, NAT-2021, 权重 column, an empty row "
         "between tier-1 blocks, a 合计 row computed by =SUM (cached 100)")  # fmt: skip
def js06() -> Book:
    b = FBook()
    s = b.sheet("绩效目标", (14, 16, 30, 16, 10, 18))
    project_head(
        s, year=2026, name="河湾区社区居家养老服务补贴项目", dept="河湾区民政局",
        unit="河湾区养老服务指导中心",
        money=[("年度资金总额", wan(540), "其中：财政拨款", wan(540)),
               (None, None, "其他资金", wan(0))],
        goals=["为1500名经济困难失能、高龄老人提供居家养老上门服务，服务时长不少于每人每月"
               "20小时，服务对象满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重（分）", "备注")
    rows = blocks(s, [
        [("产出指标", "数量指标", "居家养老服务对象人数", ge(1500, "人"), 15, None),
         (None, None, "人均每月上门服务时长", ge(20, "小时"), 10, None),
         (None, "质量指标", "服务质量抽查合格率", ge(0.95), 10, None),
         (None, None, "服务档案规范建档率", eq(1), 5, None),
         (None, "时效指标", "补贴按月拨付及时率", eq(1), 10, "次月10日前")],
        [("成本指标", "经济成本指标", "人均每月服务补贴标准", le(300, "元/人·月"), 10,
          "1500人×300元×12月=540万元")],
        [("效益指标", "社会效益指标", "失能老人照护覆盖率", ge(0.8), 10, None),
         (None, None, "服务对象投诉率", le(0.02), 10, None),
         (None, "可持续影响指标", "养老服务组织考核退出机制", "建立并执行", 10, None)],
        [("满意度指标", "服务对象满意度指标", "服务对象满意度", ge(0.9), 10, None)],
    ])  # fmt: skip
    tot = s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    b.fx(s, f"E{tot}", f"=SUM(E{rows[0]}:E{rows[-1]})", 100, fmt=None)
    footer(s, "河湾区养老服务指导中心", "孙雅琴", "0531-8870 6612")
    return b
