"""Returns tf13–tf18: border trade and international logistics corridors (边民互市贸易,
国际物流通道)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout308.common import book, indicators, one_year, project, sign
from tests.variants.holdout308.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, mk, money, pct

TRADE_CENTRE = "赭川县边民互市贸易服务中心"
CORRIDOR_CENTRE = "柘岭市国际物流通道建设服务中心"
CORRIDOR_DEPT = "柘岭市口岸和物流办公室（118006）"
SHARE = "0.00%"


@variant(
    "tf13-trade-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), a typed "
    "percent, a 差错率 with ≤, weights adding to 100 (correct)",
)
def tf13() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept=TRADE_CENTRE,
        budget=[(420.8, 380.8, 40, 150.8, 270)],
        tasks=[
            ("互市点运营管理", "维护墨岗、苇塘两个互市点日常运行", 120, "互市点全年正常开放"),
            ("边民互助组服务", "组织边民互助组开展互市申报", 90, "互助组申报规范"),
            ("落地加工对接", "对接互市商品落地加工企业", 60, "落地加工比例达到30%"),
            ("金额合计", None, 270, None),
        ],
        goal="保障互市点正常运行，规范边民互助组申报，推动互市商品落地加工，带动边民增收。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ["边民互市贸易申报", 15, "票", "≥", 46000],
            ["参与互市贸易边民", 15, "人", "≥", 5200],
            ["边民互助组", 10, "个", "≥", 86],
            ["互市商品落地加工比例", 10, "%", "≥", pct(0.3)],
            ["互市申报数据差错率", 10, "%", "≤", 0.5],
            ["互市商品平均查验时长", 10, "分钟", "≤", 30],
            ["边民人均互市增收", 10, "元", "≥", 3600],
            ["边民互助组服务补助标准", 10, "万元/个", "≤", 1],
            ["边民满意度", 10, "%", "≥", 90],
        ]
    )
    s.row("合计", 100)
    return b


@variant(
    "tf14-logistics-department",
    (11, 12),
    "department, NAT-2021: budget with a share row, key tasks adding to 金额合计 = 项目支出, a "
    "下降率 with ≥, a 滞留时间 with ≤, signature lines (correct)",
)
def tf14() -> Book:
    b, s = book()
    shares = [pct(v, SHARE) for v in (1, 0.9302, 0.0698, 0.2442, 0.7558)]
    department_head(
        s,
        year=2025,
        dept=CORRIDOR_CENTRE,
        budget=[(860, 800, 60, 210, 650), shares],
        tasks=[
            ("班列集结运营补助", "补助国际货运班列集结中心运营", 280, "开行班列120列以上"),
            ("通道信息平台运维", "跨境公路物流信息平台运维", 190, "平台可用率99%以上"),
            ("通道招商推介", "举办国际物流通道招商推介会", 180, "推介会6场以上"),
            ("金额合计", None, 650, None),
        ],
        goal="稳定开行国际货运班列，保障跨境物流信息平台运行，降低企业跨境物流综合成本。",
    )
    rows = [
        ["产出指标", "数量指标", "国际货运班列开行", "≥120列"],
        [None, None, "国际物流通道招商推介会", "≥6场"],
        [None, "质量指标", "跨境物流信息平台可用率", "≥99%"],
        [None, "时效指标", "班列集结货物平均滞留时间", "≤48小时"],
        ["成本指标", "经济成本指标", "单列班列集结运营补助标准", "≤2.3万元/列"],
        [None, None, "推介会场均费用", "≤25万元/场"],
        ["效益指标", "经济效益指标", "通道进出口货运量", "≥65万吨"],
        [None, "社会效益指标", "企业跨境物流综合成本下降率", "≥8%"],
        [None, "可持续影响指标", "跨境物流通道合作机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "物流企业满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    sign(s, "欧阳承泽", "尹若岚", "0957-2260718", (2024, 11, 20))
    return b


@variant(
    "tf15-logistics-points",
    (1, 10),
    "project, NAT-2021, a tier-1 分值 column and an indicator 分值 column both adding to 100, "
    "a share raised in 百分点, a typed percent without operator (correct)",
)
def tf15() -> Book:
    b, s = project(
        year=2025,
        name="墨岗国际公路物流通道“口岸—园区”快速通关项目",
        dept=CORRIDOR_DEPT,
        unit="墨岗口岸管理服务中心",
        money=one_year(168, 150, 18),
        goals=["开通口岸至物流园区跨境货车快速通道4条，快速通道货车通行占比比上年提高5个百分点。"],
    )
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")
    rows = [
        ["产出指标", 50, "数量指标", "开通跨境货车快速通道", "≥4条", 10],
        [None, None, None, "接入园区海关监管场所", "≥3个", 10],
        [None, None, "质量指标", "快速通道车辆电子数据匹配率", pct(0.95), 15],
        [None, None, "时效指标", "园区至口岸转关平均时长", "≤2小时", 15],
        ["成本指标", 10, "经济成本指标", "快速通道单条建设成本", "≤35万元/条", 10],
        ["效益指标", 30, "经济效益指标", "快速通道货车通行占比", "提高≥5百分点", 15],
        [None, None, "社会效益指标", "口岸货车日均滞留数量", "≤80辆", 15],
        ["满意度指标", 10, "服务对象满意度指标", "运输企业及司机满意度", "≥90%", 10],
        ["合计", 100, None, None, None, 100],
    ]
    indicators(s, head, rows, merged=(1, 2, 3))
    return b


@variant(
    "tf16-trade-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · 计量单位 "
    "· 权重): a value in 万元 against the unit 人, a 反向 rate with ≥, weights adding to 95",
)
def tf16() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="墨岗镇边民互市贸易管理所",
        budget=[(136, 120, 16, 58, 78)],
        tasks=[
            ("互市点日常运营", "墨岗互市点场地、安保和保洁", 48, "互市点全年正常开放"),
            ("边民申报辅导", "边民互市申报辅导和培训", 30, "辅导培训12场以上"),
            ("金额合计", None, 78, None),
        ],
        goal="保障墨岗互市点正常运行，提高边民互市申报质量，带动边民增收。",
    )
    b.file_mark("W101", "error", note="权重合计95，应为100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ["边民互市贸易申报", "≥18000", "正向", "票", 15],
            ["申报辅导培训", "≥12", "正向", "场", 10],
            ["参与互市贸易边民",
             mk("≥2600万元", "T112", "error", note="值的单位与计量单位“人”冲突"),
             "正向", "人", 10],
            ["互市申报差错率",
             mk("≥0.5%", "T108", "warning", row=True, note="反向指标配≥"), "反向", "%", 10],
            ["互市商品平均查验时长", "≤30", "反向", "分钟", 10],
            ["申报辅导场均费用", "≤1.2", "反向", "万元/场", 10],
            ["边民人均互市增收", "≥3000", "正向", "元", 15],
            ["互市点运营管理", "规范", "定性", None, 10],
            ["边民满意度", "≥90", "正向", "%", 5],
        ]
    )  # fmt: skip
    return b


@variant(
    "tf17-logistics-stacked-defects",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's total "
    "not equal to its parts, a 完成率 given as a count",
)
def tf17() -> Book:
    b, s = project(
        "绩效目标表",
        year=2025,
        name="柘岭国际道路运输通道站场运营补助项目",
        dept=CORRIDOR_DEPT,
        unit=CORRIDOR_CENTRE,
        money=one_year(95, 80, 15),
        goals=["补助国际道路运输站场运营，保障跨境货车进站安检和通关衔接。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        ["产出指标", "数量指标", "国际道路运输车辆进站", "≥26000辆次"],
        [None, "质量指标", "进站车辆安检合格率", "≥98%"],
        [None, "时效指标", "车辆进站办理平均时长", "≤20分钟"],
        [None, "成本指标", "单车次运营补助标准", "≤30元/辆次"],
        ["效益指标", "经济效益指标", "通道跨境货物运输量", "≥42万吨"],
        ["满意度指标", "服务对象满意度指标", "运输企业满意度", "≥90%"],
    ]
    indicators(s, head, rows)
    s.skip()
    total = mk(money(210, WAN), "B101", "error", note="170＋30＝200，不是210")
    project_two(s, total)
    rows = [
        ["产出指标", "数量指标", "建设跨境包裹分拣线", "≥2条"],
        [None, None, "跨境包裹年度分拨完成率",
         mk("12万件", "T105", "error", note="完成率填成件数")],
        [None, "质量指标", "分拣设备验收合格率", "=100%"],
        [None, "时效指标", "包裹入仓至出仓平均时长", "≤6小时"],
        [None, "成本指标", "分拣线单条建设补助", "≤80万元/条"],
        ["效益指标", "经济效益指标", "带动跨境电商企业入驻", "≥15家"],
        ["满意度指标", "服务对象满意度指标", "跨境电商企业满意度", "≥90%"],
    ]  # fmt: skip
    indicators(s, head, rows)
    return b


def project_two(s: Sheet, total: C) -> None:
    """The head of the second project of tf17, stacked under the first (no title)."""
    project_head(
        s,
        year=2025,
        title="",
        name="柘岭跨境电商物流分拨中心建设补助项目",
        dept=CORRIDOR_DEPT,
        unit=CORRIDOR_CENTRE,
        attr="一次性项目",
        money=one_year(total, 170, 30),
        goals=["补助建设跨境包裹分拣线2条，提高跨境电商包裹分拨效率。"],
    )


@variant(
    "tf18-trade-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def tf18() -> Book:
    b, s = book()
    total = mk(1240, "B101", "error", row=True, note="380＋880＝1260≠1240")
    department_head(
        s,
        year=2025,
        dept="松沅边境经济合作区口岸物流发展局",
        budget=[(total, 1100, 140, 380, 880)],
        tasks=[
            ("互市贸易区设施维护", "苇塘互市贸易区道路、围网和监控维护", 300, "设施完好率95%以上"),
            ("边民互市结算服务", "互市结算网点运营补助", 260, "结算网点4个正常运行"),
            ("国际物流通道推介", "举办物流通道推介和对接活动", 320, "推介活动8场以上"),
            ("金额合计", None, mk(860, "B102", "error", alt=("B101",), note="任务合计880"), None),
        ],
        goal="维护互市贸易区设施，保障边民互市结算，推介国际物流通道，扩大通道货运量。",
    )
    rows = [
        ["产出指标", "数量指标", "互市结算网点正常运行", "≥4个"],
        [None, None, "国际物流通道推介活动", "≥8场"],
        [None, "质量指标", "互市贸易区设施完好率", "≥95%"],
        [None, "时效指标", "边民互市结算平均到账时间", "≤1个工作日"],
        ["成本指标", "经济成本指标", "推介活动场均费用", "≤38万元/场"],
        ["效益指标", "经济效益指标", "通道进出口货运量", "≥30万吨"],
        [None, "社会效益指标", "参与互市贸易边民", "≥3800人"],
        ["满意度指标", "服务对象满意度指标", "边民及物流企业满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b
