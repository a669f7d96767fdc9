"""Names, counts and groups (variant item 13, with 2, 5 and 12): two projects stacked in one
sheet, near-duplicate and repeated names, satisfaction asked of several groups, goal texts with
counts the indicators must agree with, tier labels with numbering and points, a unit and a
direction column with money in 元 (qi07, qi12, qi13, qi14, qi15, qi16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout233.common import (
    ONE,
    TWO,
    book,
    indicators,
    note,
    one_year,
    period,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout233.registry import variant
from tests.variants.kit import Book, mk

GRANT, OTHER, TICKET = "其中：财政拨款", "社会资金", "门票收入"


@variant("qi07-stacked-shows-heritage", (2, 13), "two one-year projects stacked in one sheet, "
         "NAT-2021: the same satisfaction name in both tables, several groups "
         "(correct)")  # fmt: skip
def qi07() -> Book:
    b, s = book("项目支出绩效目标")
    project_head(
        s, year=2026, name="城区广场文化惠民演出", dept="鹭川市文化广电旅游局（117）",
        unit="鹭川市群众艺术馆",
        money=one_year(wan(96), [(GRANT, wan(80)), (TICKET, wan(10)), (OTHER, wan(6))]),
        goals=["2026年在城区广场举办文化惠民演出48场，服务观众2.4万人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "广场惠民演出场次", "≥48场"),
        (None, None, "服务观众人次", "≥2.4万人次"),
        (None, "质量指标", "原创节目占比", "≥30%"),
        (None, "时效指标", "演出季完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单场演出成本", "≤1.8万元/场"),
        ("效益指标", "社会效益指标", "群众文化生活", "明显丰富"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
        (None, None, "演职人员满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="非遗展演进景区", dept="鹭川市文化广电旅游局（117）",
        unit="鹭川市非物质文化遗产保护中心",
        money=one_year(wan(64), [(GRANT, wan(40)), (TICKET, wan(18)), (OTHER, wan(6))]),
        goals=["2026年在市内A级景区开展非遗展演36场，参与展演的非遗项目18项，游客非遗体验"
               "5万人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "景区非遗展演场次", "≥36场"),
        (None, None, "参与展演非遗项目", "≥18项"),
        (None, "质量指标", "展演节目非遗项目占比", "≥80%"),
        (None, "时效指标", "展演完成时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单场展演成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "游客非遗体验人次", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
        (None, None, "游客满意度", "≥90%"),
        (None, None, "非遗传承人满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "方若愚", "钟理", "0593-27654122")
    return b


@variant("qi12-stacked-sport-park", (2, 8, 12, 13), "two projects stacked, NAT-2021: a row "
         "with a value and no name in the first, a 中期 total that is not its sources and a "
         "cumulative count equal in 中期 and 年度 in the second")  # fmt: skip
def qi12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="岚桥区社区全民运动会", dept="岚桥区文化体育局（021）",
        unit="岚桥区社会体育指导中心",
        money=one_year(wan(45), [(GRANT, wan(35)), (OTHER, wan(10))]),
        goals=["2026年举办社区全民运动会12场，参赛居民6000人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "社区运动会场次", "≥12场"),
        (None, None, "参赛居民人次", "≥6000人次"),
        (None, "质量指标", mk(None, "F110", "error", note="a value without a name"), "≥98%"),
        (None, "时效指标", "运动会完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单场运动会补助", "≤3万元/场"),
        ("效益指标", "社会效益指标", "社区居民健身意识", "明显增强"),
        ("满意度指标", "服务对象满意度指标", "参赛居民满意度", "≥90%"),
        (None, None, "社区工作者满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, years=2, title="", name="城北体育公园建设", dept="岚桥区文化体育局（021）",
        unit="岚桥区体育场馆服务中心", attr="新增项目",
        money=period((GRANT, OTHER),
                     [mk(wan(1500), "B101", "error", note="1200 + 260 = 1460"), wan(1200),
                      wan(260)],
                     [wan(800), wan(650), wan(150)]),
        goals=["2026—2027年建成城北体育公园，新建笼式足球场4个、健身步道3.2公里。",
               "2026年新建笼式足球场2个、健身步道1.6公里，完成公园场地平整。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建笼式足球场", "≥4个", "≥2个"),
        (None, None, "新建健身步道", "≥3.2公里", "≥1.6公里"),
        (None, None, "新建标准篮球场", "≥6个",
         mk("≥6个", "D202", "warning", row=True, note="a cumulative count in two years")),
        (None, "质量指标", "工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度工程节点完成时间", "2027年9月30日前", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "每公里健身步道建设成本", "≤60万元/公里", "≤60万元/公里"),
        ("效益指标", "社会效益指标", "公园日均健身人次", "≥3000人次", "≥2000人次"),
        (None, "可持续影响指标", "场馆运营管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%"),
        (None, None, "健身群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "葛以宁", "柏青", "021-59364170")
    return b


POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("qi13-library-numbered-points", (5, 10, 13), "one-year project, NAT-2021: numbered "
         "tier labels with points, indicator points adding to 100, look-alike names "
         "(correct)")  # fmt: skip
def qi13() -> Book:
    b, s = book("绩效目标")
    project_head(
        s, year=2026, name="岚桥区图书馆阅读推广与数字服务", dept="岚桥区文化体育局（021）",
        unit="岚桥区图书馆",
        money=one_year(wan(95), [(GRANT, wan(88)), ("其他资金（社会捐赠）", wan(7))]),
        goals=["2026年图书外借15万册次，数字资源访问40万次，开展阅读推广活动120场，年接待"
               "读者40万人次以上。"],
    )  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（50分）", "1.数量指标", "图书外借册次", "≥15万册次", 10),
        (None, None, "数字资源访问次数", "≥40万次", 10),
        (None, None, "阅读推广活动场次", "≥120场", 10),
        (None, "2.质量指标", "图书编目数据准确率", "≥98%", 10),
        (None, "3.时效指标", "读者借阅需求响应时间", "≤3个工作日", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单场阅读推广活动成本", "≤0.3万元/场", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "年接待读者人次", "≥40万人次", 10),
        (None, None, "少儿读者借阅册次", "≥5万册次", 10),
        (None, "2.可持续影响指标", "总分馆服务网络", "健全", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "成人读者满意度", "≥90%", 5),
        (None, None, "少儿读者家长满意度", "≥90%", 5),
    ])  # fmt: skip
    note(s, "注：分值合计100分；少儿读者借阅册次包含在图书外借册次之内。")
    sign(s, "苏砚", "宁可", "021-59364155")
    return b


@variant("qi14-library-mobile-repeats", (13,), "one-year project, OLD-NAT with 成本指标 under "
         "产出指标 and a 指标解释 column: a near-duplicate name with another value, a "
         "satisfaction row repeated")  # fmt: skip
def qi14() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 16, 30))
    project_head(
        s, year=2026, name="松岙县图书馆流动服务", dept="松岙县文化和旅游局（208）",
        unit="松岙县图书馆",
        money=one_year(wan(120), [(GRANT, wan(110)), (OTHER, wan(10))]),
        goals=["2026年开展流动图书车进村服务200车次，图书外借12万册次，举办乡村读书会80场。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "流动图书车进村服务车次", "≥200车次", "覆盖全县行政村"),
        (None, None, "图书外借册次", "≥12万册次", "含流动点外借"),
        (None, None, "乡村读书会场次", "≥80场", None),
        (None, "质量指标", "流动服务点图书更新率", "≥30%", "按季度轮换"),
        (None, "时效指标", "读者预约图书送达时间", "≤7天", None),
        (None, "成本指标", "单车次流动服务成本", "≤0.25万元/车次", "油料、人工及损耗"),
        ("效益指标", "社会效益指标",
         mk("图书外借量", "D103", "warning", row=True, alt=("D102", "D104"),
            note="图书外借册次 says ≥12万册次"), "≥10万册次", None),
        (None, None, "流动服务惠及村民人次", "≥5万人次", None),
        (None, "可持续影响指标", "流动服务常态化机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "抽样问卷"),
        (None, None, "村级服务点管理员满意度", "≥85%", None),
        (None, None, mk("读者满意度", "D101", "warning", row=True), "≥90%", "抽样问卷"),
    ])  # fmt: skip
    sign(s, "温知夏", "冯若岚", "0577-68213077")
    return b


UNITS = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向")


@variant("qi15-half-marathon-yuan", (4, 13), "one-year project in 元, NAT-2021: unit and "
         "direction columns, look-alike names for runners and volunteers, footnotes "
         "(correct)")  # fmt: skip
def qi15() -> Book:
    b, s = book("项目支出绩效目标表", (14, 16, 30, 14, 12, 12))
    project_head(
        s, year=2026, name="云岙湖半程马拉松赛", dept="海陵湾区文化体育和旅游局（418）",
        unit="海陵湾区体育事业发展中心", money_label="项目资金（元）",
        money=one_year(yuan(1850000), [(GRANT, yuan(1100000)), (OTHER, yuan(450000)),
                                       ("报名费收入", yuan(300000))]),
        goals=["2026年举办云岙湖半程马拉松赛1场，参赛选手8000人，招募赛事志愿者600人，设置"
               "沿线医疗保障点位20个，实现赛事安全平稳有序。"],
    )  # fmt: skip
    indicators(s, UNITS, [
        ("产出指标", "数量指标", "举办半程马拉松赛事", "≥1", "场", "正向"),
        (None, None, "参赛选手人数", "≥8000", "人", "正向"),
        (None, None, "赛事志愿者人数", "≥600", "人", "正向"),
        (None, None, "沿线医疗保障点位", "≥20", "个", "正向"),
        (None, "质量指标", "参赛选手完赛率", "≥90", "%", "正向"),
        (None, None, "医疗救护到场时间", "≤4", "分钟", "反向"),
        (None, "时效指标", "赛事举办时间", "2026年11月15日前", None, None),
        ("成本指标", "经济成本指标", "人均赛事保障成本", "≤200", "元/人", "反向"),
        ("效益指标", "经济效益指标", "带动住宿餐饮消费", "≥600", "万元", "正向"),
        (None, "社会效益指标", "赛事直播观看人次", "≥50", "万人次", "正向"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90", "%", "正向"),
        (None, None, "赛事志愿者满意度", "≥90", "%", "正向"),
        (None, None, "沿线居民满意度", "≥85", "%", "正向"),
    ])  # fmt: skip
    note(s, "注：1.指标值均为2026年度目标值，计量单位见“计量单位”列。")
    note(s, "2.赛事具体举办日期以省田径运动协会批复为准。")
    sign(s, "唐一苇", "林晏", "0513-88702461")
    return b


@variant("qi16-school-venues-open", (12, 13), "one-year project, NAT-2021: the annual money "
         "differs from the project total, a goal count the indicator lowers")  # fmt: skip
def qi16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="学校体育场馆向社会开放", dept="青螺县文化旅游体育局（509）",
        unit="青螺县体育事业发展中心",
        money=[("项目资金总额", wan(200), "年度资金总额",
                mk(wan(180), "B109", "warning", note="a one-year project: 200 expected")),
               (GRANT, wan(160), GRANT, wan(140)), (OTHER, wan(40), OTHER, wan(40))],
        goals=["2026年推动全县30所中小学体育场馆在课余和节假日向社会开放，年接待健身群众"
               "20万人次，开展场馆开放安全培训6期。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "向社会开放学校体育场馆",
         mk("≥25所", "D104", "warning", row=True, note="the goal says 30所")),
        (None, None, "年接待健身群众人次", "≥20万人次"),
        (None, None, "场馆开放安全培训", "≥6期"),
        (None, "质量指标", "开放场馆安全检查达标率", "≥95%"),
        (None, "时效指标", "场馆开放准备完成时间", "2026年3月31日前"),
        ("成本指标", "经济成本指标", "单所学校开放补助标准", "≤5万元/所"),
        ("效益指标", "社会效益指标", "居民就近健身便利度", "明显提升"),
        (None, "可持续影响指标", "学校场馆开放管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
        (None, None, "学校师生满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "杭月", "严知行", "0898-36475088")
    return b
