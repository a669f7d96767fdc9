"""One-sheet project tables whose tier labels are written the way offices write them: numbered,
with points, with a required-field star, with bracketed alternatives, abbreviated (qz01–qz06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout250.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout250.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qz01-relic-repair-points", (1, 5, 10), "one-year project, NAT-2021, tier labels "
         "numbered with points (一、产出指标（40分）, （一）数量指标), a 分值 column adding to 90 "
         "with 预算执行率 scored apart, 100% typed as Excel stores it (correct)")  # fmt: skip
def qz01() -> Book:
    b, s = book("项目绩效目标表", (20, 22, 30, 18, 16, 14))
    project_head(
        s, year=2026, name="省级文物保护单位崇文书院修缮工程", unit="栖梧县文物保护中心",
        dept="栖梧县文化广电旅游体育局（318）", money=one_year_money(wan(186), wan(150), wan(36)),
        goals=["2026年完成崇文书院6座古建筑单体修缮，揭顶补瓦1200平方米，消除屋面渗漏和木构件"
               "糟朽隐患，修缮完成后书院恢复对外开放。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值（合计90分）"), [
        ("一、产出指标（40分）", "（一）数量指标", "修缮古建筑单体", "≥6座", 10),
        (None, None, "屋面揭顶补瓦面积", "≥1200平方米", 10),
        (None, "（二）质量指标", "修缮工程竣工验收合格率", pct(1), 10),
        (None, "（三）时效指标", "主体修缮工程完工时间", "2026年11月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "古建筑屋面修缮单位成本", "≤850元/平方米",
         10),
        (None, None, "工程结算金额", "≤186万元", 10),
        ("三、效益指标（20分）", "（一）社会效益指标", "修缮后书院年接待参观群众", "≥3万人次", 10),
        (None, "（二）可持续影响指标", "文物建筑日常巡查养护机制", "健全", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "周边群众及游客满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：预算执行率（10分）按规定另行评价，不列入本表，本表指标分值合计90分。")
    sign(s, "钟明澈", "韦书宁", "0779-6231458")
    return b


@variant("qz02-library-starred-labels", (5,), "one-year project, NAT-2021, every tier label "
         "starred as a required field (*产出指标) and ★ core indicators: a 覆盖率 ≥105%, a "
         "时效指标 under 效益指标")  # fmt: skip
def qz02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="县图书馆免费开放补助项目", dept="白鹭湾区文化和旅游局（204）",
        unit="白鹭湾区图书馆",
        money=one_year_money(wan(128), wan(80), wan(48), "其中：中央补助资金", "区级配套资金"),
        goals=["2026年图书馆全年免费开放，接待读者25万人次以上，举办全民阅读推广活动150场次，"
               "基本服务项目全部免费提供。"],
    )  # fmt: skip
    indicators(s, ("*一级指标", "*二级指标", "*三级指标", "*指标值"), [
        ("*产出指标", "*数量指标", "★年接待读者", "≥25万人次"),
        (None, None, "举办全民阅读推广活动", "≥150场次"),
        (None, "*质量指标", "★免费开放基本服务项目覆盖率",
         mk("≥105%", "T106", "error", note="a 覆盖率 cannot pass 100%: =100% meant")),
        (None, None, "新书编目加工差错率", "≤1%"),
        ("*成本指标", "*经济成本指标", "单场阅读推广活动成本", "≤3000元/场次"),
        ("*效益指标", "*社会效益指标", "持证读者人数增长率", "≥6%"),
        (None, mk("*时效指标", "F105", "error", row=True,
                  note="时效指标 belongs to 产出指标, not 效益指标"),
         "图书预约到馆通知时间", "≤24小时"),
        (None, "*可持续影响指标", "免费开放经费保障机制", "健全"),
        ("*满意度指标", "*服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎安澜", "骆清和", "0771-5302186")
    return b


@variant("qz03-fitness-gdold-brackets", (5, 8), "two-year project, GD-OLD labels with bracketed "
         "alternatives (数量指标（或建筑规模指标）, 预算（或投资规模）控制指标), 中期 and 年度 "
         "columns, 百分点, 100% as Excel stores it (correct)")  # fmt: skip
def qz03() -> Book:
    b, s = book("申报表", (16, 24, 30, 20, 20, 14))
    project_head(
        s, year=2026, years=2, attr="新增项目", name="全民健身设施补短板工程",
        dept="石坪县文化广电体育和旅游局（411）", unit="石坪县体育事业发展中心",
        money=period_money((wan(560), wan(500), wan(60)), (wan(320), wan(300), wan(20))),
        goals=["2026年—2027年在全县新建社区多功能运动场12个、健身步道18公里，城区“15分钟健身圈”"
               "覆盖率达到90%以上。",
               "2026年新建社区多功能运动场7个、健身步道10公里，城区“15分钟健身圈”覆盖率达到85%"
               "以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("预期产出指标", "数量指标（或建筑规模指标）", "新建社区多功能运动场", "≥12个", "≥7个"),
        (None, None, "新建健身步道长度", "≥18公里", "≥10公里"),
        (None, "质量指标", "健身设施安装验收合格率", pct(1), pct(1)),
        (None, "时效指标（工期指标）", "场地建设完工时间", "2027年10月31日前", "2026年12月31日前"),
        (None, "预算（或投资规模）控制指标", "单个多功能运动场建设成本", "≤38万元/个",
         "≤38万元/个"),
        ("效果指标", "社会、经济、生态效益指标", "城区“15分钟健身圈”覆盖率", "≥90%", "≥85%"),
        (None, None, "经常参加体育锻炼人数比例", "提高≥2百分点", "提高≥1百分点"),
        (None, "可持续影响指标", "场地设施移交属地管护机制", "健全", "健全"),
        (None, "满意度指标", "周边居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立诚", "农雅琴", "0776-7213390")
    return b


@variant("qz04-ich-numbered-points", (5, 10), "one-year project, NAT-2021, tier-1 labels with "
         "points (一、产出指标（50分）) and a 分值 column: 产出 adds to 45, a 完成率 given in "
         "人, a date in the next year")  # fmt: skip
def qz04() -> Book:
    b, s = book("Sheet1", (20, 20, 30, 20, 10, 14))
    project_head(
        s, year=2026, name="非物质文化遗产保护传承项目", dept="洛溪市文化广电旅游局（126）",
        unit="洛溪市非物质文化遗产保护中心", money=one_year_money(wan(96), wan(80), wan(16)),
        goals=["2026年举办非遗展示展演16场，组织代表性传承人带徒传艺20人，完成8个非遗项目的"
               "采集记录，推动非遗进校园覆盖20所中小学。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        (mk("一、产出指标（50分）", "W103", "error", row=True, alt=("W101",),
            note="the indicators under 产出 add to 45"),
         "（一）数量指标", "举办非遗展示展演", "≥16场", 10),
        (None, None, "采集记录非遗项目", "≥8项", 10),
        (None, None, "非遗传承人带徒传艺完成率",
         mk("20人", "T105", "error", note="a 完成率 needs a %, or rename 带徒传艺人数"), 10),
        (None, "（二）质量指标", "非遗项目数字化建档资料合格率", "≥95%", 10),
        (None, "（三）时效指标", "传承成果汇报展演时间",
         mk("2027年1月15日前", "Y102", "error", note="a one-year 2026 project"), 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "单场非遗展演成本", "≤4000元/场", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "参与非遗体验群众", "≥1.2万人次", 10),
        (None, None, "非遗进校园覆盖中小学", "≥20所", 10),
        (None, "（二）可持续影响指标", "非遗项目传承人梯队", "基本形成", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参与群众满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the 分值 column adds to 95, not 100")
    sign(s, "蒙思远", "岑晓雯", "0775-2869034")
    return b


@variant("qz05-village-culture-ops", (5,), "one-year project (2025), OLD-NAT with 成本指标 "
         "under 产出指标, labels numbered 1. and （1）, an alternative in brackets, an operator "
         "column with 定性 and a 百分点 unit (correct)")  # fmt: skip
def qz05() -> Book:
    b, s = book("绩效目标", (16, 30, 30, 10, 12, 12))
    project_head(
        s, year=2025, name="送戏下乡及农家书屋更新补助", dept="南嵛县文化广电旅游体育局（233）",
        unit="南嵛县文化馆", money=one_year_money(wan(58), wan(50), wan(8)),
        goals=["2025年组织送戏下乡演出120场，补充更新农家书屋图书6000册，丰富农村群众文化生活。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("1.产出指标", "（1）数量指标", "送戏下乡演出场次", "≥", 120, "场"),
        (None, None, "农家书屋补充更新图书", "≥", 6000, "册"),
        (None, "（2）质量指标", "演出节目中本土原创节目比例", "≥", 30, "%"),
        (None, "（3）时效指标", "演出场次补助资金兑付时限", "≤", 20, "个工作日"),
        (None, "（4）成本指标", "每场演出补助标准", "≤", 3000, "元/场"),
        (None, None, "农家书屋图书采购单价", "≤", 25, "元/册"),
        ("2.效益指标", "（1）社会效益指标", "农村群众观看演出人次", "≥", 48000, "人次"),
        (None, None, "村民文化活动参与率较上年提高", "≥", 3, "百分点"),
        (None, "（2）可持续影响指标", "村级文艺队伍常态化活动机制", "定性", "健全", None),
        ("3.满意度指标", "（1）服务对象满意度指标（社会公众满意度）", "农村群众满意度", "≥", 90,
         "%"),
    ])  # fmt: skip
    sign(s, "莫文韬", "黄婉清", "0778-4120367")
    return b


@variant("qz06-museum-process-tier", (5,), "one-year project, NAT-2021 labels with points and "
         "a 过程（10分） tier-1 copied from an evaluation template, a 损坏率 with ≥")  # fmt: skip
def qz06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="县博物馆免费开放及展陈提升项目", dept="云岭县文化广电旅游体育局（152）",
        unit="云岭县博物馆", money=one_year_money(wan(110), wan(90), wan(20)),
        goals=["2026年博物馆全年免费开放310天以上，举办临时展览6个，接待观众35万人次，加强馆藏"
               "文物预防性保护。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标（40分）", "数量指标", "全年免费开放天数", "≥310天"),
        (None, None, "举办临时展览", "≥6个"),
        (None, "质量指标", "陈列展览讲解服务覆盖率", "≥90%"),
        (None, None, "馆藏文物自然损坏率",
         mk("≥0.5%", "T108", "warning", row=True, note="a 损坏率 is 反向: ≤0.5% meant")),
        (None, "时效指标", "新展开放时间", "2026年5月18日前"),
        ("成本指标（10分）", "经济成本指标", "单个临时展览布展成本", "≤6万元/个"),
        (mk("过程（10分）", "F108", "error", row=True, alt=("F103", "F104"),
            note="过程 and 资金管理 come from the evaluation scheme"),
         "资金管理", "免费开放补助资金使用合规性", "合规"),
        ("效益指标（30分）", "社会效益指标", "年接待观众", "≥35万人次"),
        (None, "可持续影响指标", "文物预防性保护机制", "健全"),
        ("满意度指标（10分）", "服务对象满意度指标", "观众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "龙启航", "潘玉洁", "0873-3356802")
    return b
