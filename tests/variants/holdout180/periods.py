"""Project tables with 中期 (实施期) and 年度 value columns, typed by hand in WPS
(oh04, oh06, oh11, oh18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout180.common import closing, fw, indicators, nl
from tests.variants.holdout180.registry import variant
from tests.variants.kit import WAN, Book, mk, money


@variant("oh04-three-year-combined", (5, 8),
         "three-year project (2026—2028), NAT-2021, combined tier column with ——, 序号 running, "
         "中期 and 年度 value columns headed with （单位）, Chinese numerals in both")  # fmt: skip
def oh04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=3, name="鹤岭市校园足球推广项目",
                 dept="鹤岭市教育局[205003]", unit="鹤岭市青少年校园足球工作办公室",
                 money=[("中期资金总额", money(450.0), "年度资金总额", money(150.0)),
                        ("其中：财政拨款", money(420.0), "其中：财政拨款", money(140.0)),
                        ("其他资金", money(30.0), "其他资金", money(10.0))],
                 goals=["到2028年，全市建成校园足球特色学校三十所，培训足球教练员不少于六百人次，"
                        "举办市级校园足球联赛三届。",
                        "2026年新建校园足球特色学校十所，培训足球教练员不少于二百人次，"
                        "举办市级校园足球联赛一届。"])  # fmt: skip
    head = (
        "序号",
        "一级指标——二级指标",
        "三级指标",
        "中期指标值（单位）",
        "年度指标值（单位）",
        "备注",
    )
    indicators(s, head, [
        ("产出指标", [
            ("数量指标", [("新建校园足球特色学校", "不少于三十所", "不少于十所", None),
                          ("培训足球教练员", "不少于六百人次", "不少于二百人次", None),
                          ("举办市级校园足球联赛", "三届", "一届", None)]),
            ("质量指标", [("教练员培训考核合格率", nl(fw("≥90%"), "省体育局考核口径"),
                           fw("≥90%"), None)]),
            ("时效指标", [("年度联赛完成时间", "每年11月底前", "2026年11月底前", None)]),
        ]),
        ("成本指标", [("经济成本指标", [("特色学校建设补助标准", fw("≤10万元/所"),
                                          fw("≤10万元/所"), None)])]),
        ("效益指标", [
            ("社会效益指标", [("参与校园足球活动学生", fw("≥3万人次"), fw("≥1万人次"), None)]),
            ("可持续影响指标", [("校园足球长效发展机制", "建立并执行", "初步建立", None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("学生及家长满意度", fw("≥90%"), fw("≥90%"),
                                                 None)])]),
    ], style="combined", sep="——")  # fmt: skip
    closing(s, 6)
    return b


@variant("oh06-two-year-outline-wrong", (5, 8),
         "two-year project (2026—2027), NAT-2021, 序号 outline rows, 实施期 and 年度 columns, "
         "Chinese numerals: the annual lectures above the period's")  # fmt: skip
def oh06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=2, name="云桥市社区居家养老服务提升项目",
                 dept="云桥市民政局[118005]", unit="云桥市养老服务指导中心",
                 money=[("中期资金总额", money(360.0), "年度资金总额", money(180.0)),
                        ("其中：财政拨款", money(330.0), "其中：财政拨款", money(165.0)),
                        ("其他资金", money(30.0), "其他资金", money(15.0))],
                 goals=["建成社区老年助餐点二十个，为辖区高龄、失能老人提供助餐、助洁、健康讲座等"
                        "居家养老服务。",
                        "建成社区老年助餐点十个，开展助餐、助洁和健康讲座服务。"])  # fmt: skip
    head = (
        "序号",
        "一级指标",
        "二级指标",
        "三级指标",
        "实施期指标值（单位）",
        "年度指标值（单位）",
    )
    indicators(s, head, [
        ("产出指标", [
            ("数量指标", [("(1) 建成社区老年助餐点", "二十个", "十个"),
                          ("(2) 开展老年健康讲座", "不少于十场",
                           mk("不少于十二场", "D201", "error",
                              note="lectures accumulate: a year cannot hold more than the period")),
                          ("(3) 提供上门助洁服务", fw("≥20000人次"), fw("≥10000人次"))]),
            ("质量指标", [("(1) 助餐点食品安全检查合格率", fw("=100%"), fw("=100%"))]),
            ("时效指标", [("(1) 助餐点建成投用时间", "2027年12月31日前", "2026年12月31日前")]),
        ]),
        ("成本指标", [("经济成本指标", [("(1) 单个助餐点建设补助", fw("≤8万元/个"),
                                          fw("≤8万元/个"))])]),
        ("效益指标", [
            ("社会效益指标", [("(1) 受益老年人", fw("≥3000人"), fw("≥1500人"))]),
            ("可持续影响指标", [("(1) 助餐点持续运营", "三年以上", "三年以上")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("(1) 服务对象满意度", fw("≥90%"),
                                                 fw("≥90%"))])]),
    ], style="outline")  # fmt: skip
    closing(s, 6)
    return b


@variant("oh11-two-year-merged-wan", (5, 8, 1),
         "two-year project (2026—2027), NAT-2021, tiers merged, 序号 1.1.1, 中期 and 年度 columns, "
         "money with 万元 in the number format, a signature line, 本表一式三份")  # fmt: skip
def oh11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=2, name="鹤岭市图书馆数字资源建设项目",
                 dept="鹤岭市文化广电旅游局[205011]", unit="鹤岭市图书馆",
                 money=[("中期资金总额", money(260.0, WAN), "年度资金总额", money(140.0, WAN)),
                        ("其中：财政拨款", money(240.0, WAN), "其中：财政拨款", money(130.0, WAN)),
                        ("其他资金", money(20.0, WAN), "其他资金", money(10.0, WAN))],
                 goals=["两年内新增数字资源200TB，完成地方文献数字化加工8万页，"
                        "数字资源年访问量达到100万人次。",
                        "2026年新增数字资源120TB，完成地方文献数字化加工5万页，"
                        "数字资源年访问量达到100万人次。"])  # fmt: skip
    head = ("序号", "一级指标", "二级指标", "三级指标", "中期指标值（单位）", "年度指标值（单位）")
    indicators(s, head, [
        ("产出指标", [
            ("数量指标", [("(1) 新增数字资源", fw("≥200TB"), fw("≥120TB")),
                          ("(2) 地方文献数字化加工", fw("≥8万页"), fw("≥5万页"))]),
            ("质量指标", [("(1) 数字资源可用率", fw("≥98%"), fw("≥98%"))]),
            ("时效指标", [("(1) 数字资源采购完成时间", "每年９月底前", "２０２６年９月底前")]),
        ]),
        ("成本指标", [("经济成本指标", [("(1) 数字资源单位采购成本", "≤1.1万元/TB",
                                          "≤1.1万元/TB")])]),
        ("效益指标", [
            ("社会效益指标", [("(1) 数字资源年访问量", fw("≥100万人次"), fw("≥100万人次"))]),
            ("可持续影响指标", [("(1) 数字资源长期保存机制", "建立并执行", "初步建立")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("(1) 读者满意度", fw("≥90%"), fw("≥90%"))])]),
    ], style="merged")  # fmt: skip
    closing(s, 6, ["单位负责人：郑怀远      财务负责人：宋玉兰      填表人：陆子航"])
    return b


@variant("oh18-one-year-equal-columns", (5, 8),
         "one-year project with 实施期 and 年度 columns legitimately equal, NAT-2021, 序号 outline "
         "rows, a ＜５天 limit, notes on new lines, identical 中期 and 年度 goals")  # fmt: skip
def oh18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    goal = "对城区１８条河道实施常态化保洁，河面漂浮物及时清理，河道保洁达标率不低于95%。"
    project_head(s, year=2026, years=1, name="云桥市城区河道日常保洁项目",
                 dept="云桥市水务局[118009]", unit="云桥市河道管理所", attr="常年项目",
                 money=[("中期资金总额", money(210.0), "年度资金总额", money(210.0)),
                        ("其中：财政拨款", money(190.0), "其中：财政拨款", money(190.0)),
                        ("其他资金", money(20.0), "其他资金", money(20.0))],
                 goals=[goal, goal])  # fmt: skip
    head = (
        "序号",
        "一级指标",
        "二级指标",
        "三级指标",
        "实施期指标值（单位）",
        "年度指标值（单位）",
    )
    good = nl(fw("≥95%"), "市河长办考核口径")
    indicators(s, head, [
        ("产出指标", [
            ("数量指标", [("(1) 保洁河道", fw("18条"), fw("18条")),
                          ("(2) 保洁河道长度", fw("≥65公里"), fw("≥65公里"))]),
            ("质量指标", [("(1) 河道保洁达标率", good, good)]),
            ("时效指标", [("(1) 投诉问题整改时限", fw("<5天"), fw("<5天"))]),
        ]),
        ("成本指标", [("经济成本指标", [("(1) 每公里河道年保洁成本", fw("≤3万元/公里"),
                                          fw("≤3万元/公里"))])]),
        ("效益指标", [
            ("生态效益指标", [("(1) 河面垃圾漂浮物", "明显减少", "明显减少")]),
            ("社会效益指标", [("(1) 群众涉河环境投诉", "较上年下降", "较上年下降")]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("(1) 沿河居民满意度", fw("≥90%"),
                                                 fw("≥90%"))])]),
    ], style="outline")  # fmt: skip
    closing(s, 6)
    return b
