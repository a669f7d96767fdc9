"""Money in every block (variant item 12): sources against the total, 测算依据 lines against
the 合计, a prior-year block, department shares and key tasks against 项目支出, unit costs
against the money (qi03, qi05, qi06, qi08, qi11, qi18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout233.common import (
    CYCLE,
    ONE,
    book,
    dept_head,
    details,
    indicators,
    one_year,
    share,
    sign,
    wan,
)
from tests.variants.holdout233.registry import variant
from tests.variants.kit import Book, C, mk

THREE = (("其中：财政拨款", 0), ("门票收入", 1), ("社会资金", 2))


def sources(amounts: tuple[C, C, C]) -> list[tuple[str, C]]:
    """The three sources of a culture or tourism project: 财政, 门票收入, 社会资金."""
    return [(label, amounts[i]) for label, i in THREE]


@variant("qi03-village-shows-one-year", (8, 12), "one-year project, NAT-2021, 实施周期/年度 "
         "columns equal, three sources, a 测算依据 block and a prior-year block "
         "(correct)")  # fmt: skip
def qi03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="送戏下乡文化惠民演出", dept="枫溪县文化广电体育和旅游局（412）",
        unit="枫溪县采茶戏剧团",
        money=one_year(wan(186), sources((wan(150), wan(24), wan(12)))),
        goals=["2026年组织送戏下乡惠民演出120场，服务基层观众6万人次以上，新创小戏小品4个，"
               "扶持基层文艺团队10支，全年不发生演出安全责任事故。"],
    )  # fmt: skip
    s.row("上年资金情况", "上年预算数", wan(150), "上年执行数", wan(146.2))
    details(s, [
        ("惠民演出补助", wan(144), "120场×1.2万元/场"),
        ("舞美音响及运输", wan(30), "按120场分摊"),
        ("宣传及演出保险", wan(12), "宣传物料6万元，保险6万元"),
    ], wan(186))  # fmt: skip
    indicators(s, CYCLE, [
        ("产出指标", "数量指标", "送戏下乡惠民演出场次", "≥120场", "≥120场"),
        (None, None, "服务基层观众人次", "≥6万人次", "≥6万人次"),
        (None, None, "新创小戏小品", "≥4个", "≥4个"),
        (None, "质量指标", "演出安全责任事故", "=0起", "=0起"),
        (None, "时效指标", "演出任务完成时间", "2026年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单场演出补助标准", "≤1.2万元/场", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "行政村惠民演出覆盖率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "扶持基层文艺团队", "≥10支", "≥10支"),
        ("满意度指标", "服务对象满意度指标", "基层观众满意度", "≥90%", "≥90%"),
        (None, None, "乡镇综合文化站满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "聂晚晴", "邵景川", "0739-86421590")
    return b


@variant("qi05-library-department-shares", (12,), "department table, NAT-2021: shares typed "
         "as percentages, four key tasks adding up to 项目支出, unit costs within "
         "(correct)")  # fmt: skip
def qi05() -> Book:
    b, s = book("部门整体绩效目标")
    dept_head(
        s, year=2026, dept="鹭川市图书馆",
        amounts=[wan(860), wan(812.5), wan(47.5), wan(530), wan(330)],
        shares=[share(1), share(0.9448), share(0.0552), share(0.6163), share(0.3837)],
        tasks=[("图书采购", "采购纸质图书", wan(180), "新增馆藏图书3.6万册"),
               ("数字图书馆运维", "数字资源采购及平台运维", wan(65), "数字资源访问量60万次"),
               ("全民阅读推广", "读书节、讲座、亲子阅读", wan(50), "开展阅读推广活动150场"),
               ("总分馆体系建设", "乡镇分馆及服务点", wan(35), "新建总分馆服务点12个")],
        total=wan(330),
        goal="2026年新增馆藏图书3.6万册，开展全民阅读推广活动150场，新建总分馆服务点12个，"
             "年接待读者45万人次以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增馆藏图书", "≥3.6万册"),
        (None, None, "全民阅读推广活动", "≥150场"),
        (None, None, "新建总分馆服务点", "≥12个"),
        (None, None, "数字资源访问量", "≥60万次"),
        (None, "质量指标", "图书编目数据准确率", "≥98%"),
        (None, "时效指标", "新书到馆上架时间", "≤30天"),
        ("成本指标", "经济成本指标", "图书平均采购单价", "≤48元/册"),
        (None, None, "单场阅读推广活动成本", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "年接待读者人次", "≥45万人次"),
        (None, None, "持证读者增长率", "≥5%"),
        (None, "可持续影响指标", "总分馆通借通还机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "成人读者满意度", "≥92%"),
        (None, None, "少儿读者家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈清禾", "戴远", "0592-61830475")
    return b


@variant("qi06-plaza-shows-sources-off", (12,), "one-year project, NAT-2021: the total is not "
         "财政 + 门票收入 + 社会资金, a unit subsidy × 场次 beyond the money")  # fmt: skip
def qi06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="白鹭洲区惠民演出季", dept="白鹭洲区文化体育和旅游局（306）",
        unit="白鹭洲区文化艺术中心",
        money=one_year(mk(wan(168), "B101", "error", note="120 + 30 + 24 = 174"),
                       sources((wan(120), wan(30), wan(24)))),
        goals=["2026年在社区广场和剧场举办惠民演出120场，惠及观众8万人次，其中低价惠民票"
               "演出40场。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "惠民演出场次", "≥120场"),
        (None, None, "惠及观众人次", "≥8万人次"),
        (None, None, "低价惠民票演出场次", "≥40场"),
        (None, "质量指标", "原创节目占比", "≥30%"),
        (None, "时效指标", "演出季完成时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单场演出补助标准",
         mk("≤1.5万元/场", "B107", "warning", row=True, note="1.5 × 120 = 180 > 174")),
        ("效益指标", "社会效益指标", "社区居民文化活动参与率", "≥35%"),
        (None, "可持续影响指标", "惠民演出常态化机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
        (None, None, "参演院团满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "季川", "周语桐", "0591-83062714")
    return b


@variant("qi08-culture-centre-tasks-off", (12, 13), "department table, NAT-2021: the key "
         "tasks do not add up to 金额合计, a share that does not match its amount, an indicator "
         "row without a name")  # fmt: skip
def qi08() -> Book:
    b, s = book("Sheet1")
    dept_head(
        s, year=2026, dept="漳南区文化馆",
        amounts=[wan(540), wan(500), wan(40), wan(310), wan(230)],
        shares=[share(1), share(0.9259), share(0.0741),
                mk(share(0.5471), "B111", "error", note="310 / 540 = 57.41%"), share(0.4259)],
        tasks=[("群众文艺团队培训", "骨干培训班及辅导", wan(65), "培训文艺团队骨干1200人次"),
               ("公共文化数字化", "数字文化馆资源建设", wan(80), "上线数字文化资源800小时"),
               ("节庆文化活动", "春节、端午、中秋活动", wan(55), "举办节庆群众文化活动24场"),
               ("乡镇文化站辅导", "业务辅导及设备配送", wan(40), "辅导乡镇综合文化站18个")],
        total=mk(wan(230), "B102", "error", row=True, note="65 + 80 + 55 + 40 = 240"),
        goal="2026年培训群众文艺团队骨干1200人次，上线数字文化资源800小时，举办节庆群众"
             "文化活动24场，辅导乡镇综合文化站18个。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "文艺团队骨干培训人次", "≥1200人次"),
        (None, None, "数字文化资源上线时长", "≥800小时"),
        (None, None, "节庆群众文化活动场次", "≥24场"),
        (None, None, "辅导乡镇综合文化站", "≥18个"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥95%"),
        (None, "时效指标", "节庆活动按计划举办率", "≥95%"),
        ("成本指标", "经济成本指标", "单场节庆活动成本", "≤2万元/场"),
        ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥20万人次"),
        (None, "可持续影响指标", "群众文艺团队常态化活动机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
        (None, None, "活动参与群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆闻笛", "宁可", "0596-21573648")
    return b


@variant("qi11-scenic-toilets-detail", (12,), "one-year project, NAT-2021: three sources "
         "(社会资金 0), 测算依据 lines with unit × count adding up, unit costs within "
         "(correct)")  # fmt: skip
def qi11() -> Book:
    b, s = book("项目绩效目标申报表")
    project_head(
        s, year=2026, name="栖凤山景区公共服务设施提升", dept="云岙县文化和旅游局（233）",
        unit="栖凤山景区服务中心", attr="一次性项目",
        money=one_year(wan(480), sources((wan(360), wan(120), wan(0)))),
        goals=["2026年完成景区6座旅游厕所提升改造和游客服务中心改造，建设智慧导览点位40个，"
               "更新标识标牌360块，游客满意度达到90%以上。"],
    )  # fmt: skip
    details(s, [
        ("旅游厕所提升改造", wan(150), "6座×25万元/座"),
        ("游客服务中心改造", wan(180), "1处，按设计概算"),
        ("智慧导览系统", wan(90), "导览点位40个及管理平台"),
        ("标识标牌更新", wan(36), "360块×0.1万元/块"),
        ("设计及监理费", wan(24), "按工程费用约5%计取"),
    ], wan(480))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "提升改造旅游厕所", "≥6座"),
        (None, None, "改造游客服务中心", "≥1处"),
        (None, None, "建设智慧导览点位", "≥40个"),
        (None, None, "更新标识标牌", "≥360块"),
        (None, "质量指标", "工程验收合格率", "≥98%"),
        (None, "时效指标", "工程完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单座旅游厕所改造成本", "≤25万元/座"),
        (None, None, "标识标牌单价", "≤0.1万元/块"),
        ("效益指标", "经济效益指标", "景区游客接待量增长率", "≥10%"),
        (None, "社会效益指标", "游客投诉率", "≤1%"),
        (None, "可持续影响指标", "设施长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        (None, None, "景区经营户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "盛青禾", "陆既明", "0576-84302169")
    return b


@variant("qi18-rural-films-lines-off", (12,), "one-year project, NAT-2021: 测算依据 lines that "
         "do not add up to the 合计, last year's spending over last year's budget")  # fmt: skip
def qi18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村公益电影放映", dept="桐湾县文化和旅游局（305）",
        unit="桐湾县电影发行放映公司",
        money=one_year(wan(135), [("其中：财政拨款", wan(120)), ("社会资金", wan(15))]),
        goals=["2026年完成农村公益电影放映2400场，覆盖全县200个行政村，观影群众12万人次"
               "以上。"],
    )  # fmt: skip
    s.row("上年资金情况", "上年预算数", wan(128), "上年执行数",
          mk(wan(131.6), "B104", "warning", note="131.6 > 128"))  # fmt: skip
    details(s, [
        ("放映场次补贴", wan(48), "2400场×200元/场"),
        ("数字影片版权", wan(30), "公益影片及科普片版权"),
        ("放映设备更新", wan(45), "更新数字放映设备15套×3万元/套"),
        ("流动放映车运维", wan(10), "放映车4辆"),
    ], mk(wan(135), "B102", "error", row=True, note="48 + 30 + 45 + 10 = 133"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村公益电影放映场次", "≥2400场"),
        (None, None, "覆盖行政村", "≥200个"),
        (None, None, "观影群众人次", "≥12万人次"),
        (None, "质量指标", "放映设备完好率", "≥95%"),
        (None, "时效指标", "年度放映任务完成时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单场放映补贴标准", "≤200元/场"),
        ("效益指标", "社会效益指标", "农村群众文化生活", "明显改善"),
        (None, "可持续影响指标", "公益电影放映长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "村民观影满意度", "≥90%"),
        (None, None, "放映员满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "欧阳禾", "黎秋白", "0736-75120833")
    return b
