"""Multi-year projects with 中期 and 年度 value columns (variant item 8): a 中期 cell beside a
年度 cell, goals for the period and for the year, money from 财政, 门票收入 and 社会资金 for both
(qi01, qi02, qi04, qi09, qi10, qi17)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout233.common import TWO, book, indicators, note, period, sign, wan
from tests.variants.holdout233.registry import variant
from tests.variants.kit import Book, mk, ok, pct

SOURCES = ("其中：财政拨款", "门票收入", "社会资金")


@variant("qi01-fitness-events-period", (1, 8), "three-year project, NAT-2021, "
         "中期/年度 columns: counts smaller in the year, rates and a cost cap equal in both, "
         "100% typed (correct)")  # fmt: skip
def qi01() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, years=3, name="枫溪县全民健身赛事活动",
        dept="枫溪县文化广电体育和旅游局（412）",
        unit="枫溪县全民健身服务中心", attr="新增项目",
        money=period(SOURCES, [wan(450), wan(360), wan(30), wan(60)],
                     [wan(150), wan(120), wan(10), wan(20)]),
        goals=["2026—2028年累计举办县级全民健身赛事90场，参赛群众4.5万人次，新建社区健身路径"
               "30条，培育县域品牌赛事3个。",
               "2026年举办县级全民健身赛事30场，参赛群众1.5万人次，新建社区健身路径10条，"
               "培育县域品牌赛事1个。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "县级全民健身赛事场次", "≥90场", "≥30场"),
        (None, None, "参赛群众人次", "≥4.5万人次", "≥1.5万人次"),
        (None, None, "新建社区健身路径", "≥30条", "≥10条"),
        (None, "质量指标", "健身路径验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度赛事计划完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单场县级赛事补助标准", "≤3万元/场", "≤3万元/场"),
        (None, None, "单条健身路径建设成本", "≤4万元/条", "≤4万元/条"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", "≥40%"),
        (None, "可持续影响指标", "县域品牌赛事数量", "≥3个", "≥1个"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", "≥90%"),
        (None, None, "赛事志愿者满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值，年度指标值为2026年目标值。")
    sign(s, "韩书湄", "邵景川", "0739-86421573")
    return b


@variant("qi02-youth-sport-copied-year", (8,), "two-year project, NAT-2021, 中期/年度 columns: a"
         " cumulative count equal in both, the 年度目标 a copy of the 中期目标")  # fmt: skip
def qi02() -> Book:
    b, s = book("Sheet1")
    goal = ("依托县体育中心和合作中小学场馆，举办青少年体育培训班60期，普及游泳、篮球、"
            "轮滑等运动技能，提升青少年体质健康水平。")  # fmt: skip
    project_head(
        s, year=2026, years=2, name="青少年体育技能普及培训", dept="松岙县教育体育局（208）",
        unit="松岙县青少年业余体育学校",
        money=period(("其中：财政拨款", "社会资金"), [wan(160), wan(140), wan(20)],
                     [wan(80), wan(70), wan(10)]),
        goals=[goal, mk(goal, "D204", "warning", row=True, note="年度目标 = 中期目标")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "青少年体育培训班期数", "≥60期",
         mk("≥60期", "D202", "warning", row=True, note="a cumulative count: ≥30期 a year")),
        (None, None, "参训青少年人次", "≥3000人次", "≥1500人次"),
        (None, "质量指标", "培训教练员持证上岗率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培训计划完成时间", "2027年12月15日前", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "每期培训班补助标准", "≤1.2万元/期", "≤1.2万元/期"),
        ("效益指标", "社会效益指标", "参训青少年体质测试优良率", "≥55%", "≥50%"),
        (None, "可持续影响指标", "场馆错时开放长效机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋一舟", "冯若岚", "0577-68213094")
    return b


@variant("qi04-scenic-annual-over", (8, 12), "three-year project, NAT-2021, 中期/年度 columns and"
         " money: the annual total over the 中期 total, an annual count over its period count, a"
         " goal count the indicator lowers")  # fmt: skip
def qi04() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=3, name="桐湾古镇景区提升工程", dept="桐湾县文化和旅游局（305）",
        unit="桐湾古镇景区管理委员会",
        money=period(SOURCES, [wan(620), wan(480), wan(100), wan(40)],
                     [mk(wan(680), "B103", "error", note="680 > 中期 620"),
                      ok(wan(560), "error"), wan(80), wan(40)]),
        goals=["2026—2028年改造古镇游览步道9公里，新建智慧导览点24个，修缮临街历史建筑"
               "立面60处，创成国家4A级旅游景区。",
               "2026年改造游览步道3公里，新建智慧导览点8个，启动临街历史建筑立面修缮。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造游览步道长度", "≥9公里", "≥3公里"),
        (None, None, "新建智慧导览点", "≥24个",
         mk("≥6个", "D104", "warning", row=True, note="the 年度目标 says 8个")),
        (None, None, "修缮历史建筑立面", "≥60处",
         mk("≥80处", "D201", "error", row=True, note="a cumulative count: 80 > 60")),
        (None, "质量指标", "修缮工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度工程完工时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每公里步道改造成本", "≤40万元/公里", "≤40万元/公里"),
        ("效益指标", "经济效益指标", "景区旅游综合收入增长率", "≥10%", "≥8%"),
        (None, "社会效益指标", "游客有效投诉率", "≤0.5%", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
        (None, None, "古镇居民满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    sign(s, "魏澄", "黎秋白", "0736-75120846")
    return b


OPS = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")


@variant("qi09-heritage-operator-column", (1, 8), "three-year project, NAT-2021, an operator "
         "column and a unit column beside 中期/年度 values, rates typed as 95% "
         "(correct)")  # fmt: skip
def qi09() -> Book:
    b, s = book("非遗保护", (14, 16, 28, 10, 14, 14, 14))
    project_head(
        s, year=2026, years=3, name="鹭川市非物质文化遗产记录与传承项目",
        dept="鹭川市文化广电旅游局（117）", unit="鹭川市非物质文化遗产保护中心",
        money=period(SOURCES, [wan(300), wan(255), wan(15), wan(30)],
                     [wan(100), wan(85), wan(5), wan(10)]),
        goals=["2026—2028年完成15项非遗代表性项目数字化记录，开展传承人研修培训600人次、"
               "非遗展演36场，非遗进校园覆盖45所学校。",
               "2026年完成5项非遗代表性项目数字化记录，开展传承人研修培训200人次、非遗展演"
               "12场，非遗进校园覆盖15所学校。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "非遗代表性项目数字化记录", "≥", 15, 5, "项"),
        (None, None, "传承人研修培训", "≥", 600, 200, "人次"),
        (None, None, "非遗展演活动", "≥", 36, 12, "场"),
        (None, "质量指标", "数字化记录成果验收合格率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "研修培训按期完成率", "≥", pct(0.95), pct(0.95), "%"),
        ("成本指标", "经济成本指标", "单项数字化记录成本", "≤", 8, 8, "万元/项"),
        (None, None, "单场展演补助标准", "≤", 2, 2, "万元/场"),
        ("效益指标", "社会效益指标", "非遗进校园覆盖学校数", "≥", 45, 15, "所"),
        (None, "可持续影响指标", "传承人带徒人数", "≥", 90, 30, "人"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥", pct(0.9), pct(0.9), "%"),
        (None, None, "参训学员满意度", "≥", pct(0.9), pct(0.9), "%"),
        (None, None, "展演观众满意度", "≥", pct(0.88), pct(0.88), "%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为三年累计值；比较符同时适用于中期和年度指标值。", 7)
    sign(s, "陶砚秋", "钟理", "0593-27654108")
    return b


@variant("qi10-heritage-duplicate-name", (8, 13), "two-year project, NAT-2021, an operator "
         "column: one indicator listed twice with two annual values, a goal count the indicator "
         "lowers")  # fmt: skip
def qi10() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 14, 14, 14))
    project_head(
        s, year=2026, years=2, name="岚桥区传统戏曲传承保护", dept="岚桥区文化体育局（021）",
        unit="岚桥区文化馆",
        money=period(("其中：财政拨款", "社会资金"), [wan(120), wan(100), wan(20)],
                     [wan(60), wan(50), wan(10)]),
        goals=["2026—2027年培训戏曲传承人600人次，整理传统剧目20出，开展戏曲进社区演出"
               "80场。",
               "2026年培训戏曲传承人300人次，整理传统剧目10出，开展戏曲进社区演出40场。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "戏曲传承人培训人次", "≥", 600,
         mk(250, "D104", "warning", row=True, note="the 年度目标 says 300人次"), "人次"),
        (None, None, "整理传统剧目", "≥", 20, 10, "出"),
        (None, None, "戏曲进社区演出场次", "≥", 80, 40, "场"),
        (None, "质量指标", "整理剧目资料完整率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "演出计划按期完成率", "≥", pct(0.95), pct(0.95), "%"),
        ("成本指标", "经济成本指标", "单场进社区演出补助", "≤", 0.6, 0.6, "万元/场"),
        ("效益指标", "社会效益指标", "戏曲进社区演出场次", "≥", 80,
         mk(30, "D102", "error", row=True, alt=("D103", "D104"),
            note="the 数量指标 row says ≥40场"), "场"),
        (None, "可持续影响指标", "青年戏曲演员培养人数", "≥", 12, 6, "人"),
        ("满意度指标", "服务对象满意度指标", "社区观众满意度", "≥", pct(0.9), pct(0.9), "%"),
        (None, None, "参训传承人满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "程望舒", "柏青", "021-59364182")
    return b


@variant("qi17-scenic-yearly-average", (8, 12), "three-year project, NAT-2021, "
         "中期/年度 columns: an annual average equal in both, later years of the period in the "
         "goals (correct)")  # fmt: skip
def qi17() -> Book:
    b, s = book("项目绩效目标表")
    project_head(
        s, year=2026, years=3, name="青螺湾景区基础设施提升", dept="青螺县文化旅游体育局（509）",
        unit="青螺湾旅游区管理处",
        money=period(SOURCES, [wan(1200), wan(800), wan(250), wan(150)],
                     [wan(420), wan(280), wan(90), wan(50)]),
        goals=["2026—2028年累计改造景区步道12公里、提升改造旅游厕所9座、新建生态停车位600个，"
               "2028年前创建省级旅游度假区，景区年均接待游客保持在85万人次以上。",
               "2026年改造景区步道4公里、提升改造旅游厕所3座、新建生态停车位200个，完成省级"
               "旅游度假区创建规划编制，2027年启动创建申报。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "景区步道改造长度", "≥12公里", "≥4公里"),
        (None, None, "旅游厕所提升改造", "≥9座", "≥3座"),
        (None, None, "新建生态停车位", "≥600个", "≥200个"),
        (None, "质量指标", "改造工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造工程完工时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每公里步道改造成本", "≤30万元/公里", "≤30万元/公里"),
        (None, None, "单座旅游厕所改造成本", "≤25万元/座", "≤25万元/座"),
        ("效益指标", "经济效益指标", "景区年均接待游客量", "≥85万人次", "≥85万人次"),
        (None, "社会效益指标", "游客投诉率", "≤0.5%", "≤0.5%"),
        (None, "可持续影响指标", "景区设施长效管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%", "≥92%"),
        (None, None, "周边村民满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    note(s, "注：景区年均接待游客量为年度平均值，中期与年度取值相同。")
    sign(s, "甘露", "严知行", "0898-36475021")
    return b
