"""Returns of the recycling plant (建筑垃圾资源化利用厂): percent cells, 中期 and 年度, points."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout439.common import (
    DEPT,
    PLANT,
    YEAR,
    indicators,
    multi_year,
    one_year,
    sign,
    start,
)
from tests.variants.holdout439.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PLANT_GOAL = "全年接收处置建筑垃圾不少于30万吨，资源化利用率85%以上，再生产品质量稳定达标。"


@variant(
    "yg01-plant-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format "
    "(correct)",
)
def yg01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="建筑垃圾资源化利用厂运营补助",
        dept=DEPT,
        unit=PLANT,
        money=one_year(480, 430, 50),
        goals=[PLANT_GOAL],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "建筑垃圾接收处置量", "≥", 30, "万吨"),
        (None, None, "再生骨料产量", "≥", 22, "万吨"),
        (None, "质量指标", "资源化利用率", "≥", pct(0.85), "%"),
        (None, None, "再生产品抽检合格率", "=", pct(1), "%"),
        (None, "时效指标", "进场车辆平均卸料等待时间", "≤", 30, "分钟"),
        (None, "成本指标", "单位处置运营补助标准", "≤", 16, "元/吨"),
        ("效益指标", "生态效益指标", "减少建筑垃圾填埋量", "≥", 25, "万吨"),
        (None, "社会效益指标", "厂区周边扬尘投诉件数", "≤", 12, "件"),
        (None, "可持续影响指标", "再生产品绿色采购目录入选", "定性", "持续入选", None),
        ("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "蒋立衡", "0771-6625118")
    return b


@variant(
    "yg02-plant-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator column: a typed percent over 100 on a 合格率 and a 元 cell "
    "inside the 万元 money block",
)
def yg02() -> Book:
    b, s = start()
    other = mk(
        money(600000, YUAN),
        "B105",
        "error",
        note="其他资金 shows 600,000.00元 in a 项目资金（万元） block",
    )
    project_head(
        s,
        year=YEAR,
        name="再生骨料生产线技术改造",
        dept=DEPT,
        unit=PLANT,
        money=one_year(540, 480, other),
        attr="一次性项目",
        goals=["完成两条再生骨料生产线筛分系统改造，产品达到道路基层用料标准。"],
    )
    over = mk(pct(1.05), "T106", "error", note="a 合格率 is capped at 100 %; 105% is impossible")
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改造再生骨料生产线", "=", 2, "条"),
        (None, "质量指标", "改造后产品抽检合格率", "≥", over, "%"),
        (None, "时效指标", "改造完成时间", "≤", "2025年9月30日", None),
        (None, "成本指标", "单条生产线改造费用", "≤", 270, "万元"),
        ("效益指标", "生态效益指标", "新增再生骨料年产能", "≥", 8, "万吨"),
        (None, "经济效益指标", "单位电耗降低", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark(
        "B101",
        "error",
        required=False,
        note="480 + 600000 read raw does not make 540: a consequence of the B105 cell",
    )
    sign(s, "蒋立衡", "0771-6625118")
    return b


PERIOD_HEAD = [
    ("一级指标", "二级指标", "三级指标", "指标值", None),
    (None, None, None, "中期（2025—2027年）", "年度（2025年）"),
]


@variant(
    "yg03-plant-expansion-period",
    (8, 12),
    "three-year expansion project, NAT-2021, two-row header with 中期 and 年度 columns; "
    "annual counts below the period ones (correct)",
)
def yg03() -> Book:
    b, s = start(widths=(16, 18, 30, 22, 18))
    project_head(
        s,
        year=YEAR,
        name="建筑垃圾资源化利用厂二期扩建",
        dept=DEPT,
        unit=PLANT,
        money=multi_year((2600, 2200, 400), (900, 800, 100)),
        years=3,
        attr="新增项目",
        goals=[
            "三年内建成三条破碎分选生产线，新增年处理能力40万吨，区内资源化利用率达到60%。",
            "完成一条生产线及原料堆场一期建设，年内新增处理能力10万吨。",
        ],
    )
    s.row(*PERIOD_HEAD[0])
    s.ws.merge_cells(start_row=s.r, start_column=4, end_row=s.r, end_column=5)
    s.table([PERIOD_HEAD[1]])
    s.table([
        ("产出指标", "数量指标", "新增破碎分选生产线", "≥3条", "≥1条"),
        (None, None, "扩建原料堆场面积", "≥24000平方米", "≥8000平方米"),
        (None, "质量指标", "单位工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务按期完成率", pct(0.95), pct(0.95)),
        ("成本指标", "经济成本指标", "扩建工程投资控制", "≤2600万元", "≤900万元"),
        ("效益指标", "生态效益指标", "新增建筑垃圾年处理能力", "≥40万吨", "≥10万吨"),
        (None, "社会效益指标", "区内建筑垃圾资源化利用率", "≥60%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "蒋立衡", "0771-6625118")
    return b


@variant(
    "yg04-plant-promotion-copied",
    (8,),
    "two-year promotion project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from the "
    "中期目标 and two cumulative counts copied into the annual column",
)
def yg04() -> Book:
    b, s = start(widths=(16, 18, 30, 22, 18))
    goal = "两年内推动再生骨料、再生砖在市政道路及公园工程中应用，累计使用再生建材20万吨。"
    project_head(
        s,
        year=YEAR,
        name="再生建材推广应用",
        dept=DEPT,
        unit=PLANT,
        years=2,
        money=multi_year((360, 360, 0), (180, 180, 0)),
        attr="新增项目",
        goals=[
            goal,
            mk(goal, "D204", "warning", note="年度目标 identical to the two-year 中期目标"),
        ],
    )
    copied = "annual value of a cumulative count equals the two-year value"
    s.row(*PERIOD_HEAD[0])
    s.ws.merge_cells(start_row=s.r, start_column=4, end_row=s.r, end_column=5)
    s.table([(None, None, None, "中期（2025—2026年）", "年度（2025年）")])
    s.table([
        ("产出指标", "数量指标", "再生建材推广使用量", "≥20万吨",
         mk("≥20万吨", "D202", "warning", note=copied)),
        (None, None, "应用示范工程", "≥6个", mk("≥6个", "D202", "warning", note=copied)),
        (None, "质量指标", "再生建材进场复检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "推广资金拨付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "示范工程每个补助标准", "≤30万元", "≤30万元"),
        ("效益指标", "生态效益指标", "节约天然砂石资源", "≥18万吨", "≥8万吨"),
        ("满意度指标", "服务对象满意度指标", "建设单位满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "蒋立衡", "0771-6625118")
    return b


SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "yg05-plant-points",
    (10,),
    "project, NAT-2021, tier-1 labels with a score column and indicator scores, both levels "
    "adding to 100, a rate raised in 百分点 (correct)",
)
def yg05() -> Book:
    b, s = start(widths=(16, 8, 18, 30, 18, 8))
    project_head(
        s,
        year=YEAR,
        name="建筑垃圾资源化利用厂智能计量系统运维",
        dept=DEPT,
        unit=PLANT,
        money=one_year(96, 96, 0),
        goals=["保障地磅计量和视频称重系统全年稳定运行，进厂车辆100%称重留档。"],
    )
    indicators(s, SCORE_HEAD, [
        ("产出指标", 50, "数量指标", "运维地磅及称重点位", "≥8个", 15),
        (None, None, None, "系统巡检次数", "≥48次", 10),
        (None, None, "质量指标", "进厂车辆称重留档率", "=100%", 15),
        (None, None, "时效指标", "故障修复时间", "≤4小时", 10),
        ("成本指标", 10, "经济成本指标", "单个点位年运维费用", "≤12万元", 10),
        ("效益指标", 30, "社会效益指标", "计量数据上传平台及时率", "≥98%", 15),
        (None, None, "可持续影响指标", "再生原料计量准确率较上年提高", "≥2百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "运输企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "韦书澜", "0771-6625140")
    return b


@variant(
    "yg06-plant-points-wrong",
    (10, 1),
    "project, NAT-2021, tier-1 score column: the 产出 indicators add to 45 against a declared "
    "50, and a 达标率 given as a count of batches",
)
def yg06() -> Book:
    b, s = start(widths=(16, 8, 18, 30, 18, 8))
    project_head(
        s,
        year=YEAR,
        name="再生产品质量检测",
        dept=DEPT,
        unit=PLANT,
        money=one_year(64, 64, 0),
        goals=["对再生骨料、再生砖按批次抽样检测，保障再生产品质量可追溯。"],
    )
    tier = mk(50, "W103", "error", note="产出 declared 50, its indicators add to 20 + 15 + 10 = 45")
    count = mk("≥160批次", "T105", "error", note="a 达标率 given as a count of batches")
    indicators(s, SCORE_HEAD, [
        ("产出指标", tier, "数量指标", "再生产品抽样检测批次", "≥160批次", 20),
        (None, None, "质量指标", "再生骨料检测达标率", count, 15),
        (None, None, "时效指标", "检测报告出具时间", "≤5个工作日", 10),
        ("成本指标", 10, "经济成本指标", "单批次检测费用", "≤4000元", 10),
        ("效益指标", 30, "社会效益指标", "不合格再生产品流入工地数", "≤0批次", 15),
        (None, None, "可持续影响指标", "检测数据建档率", pct(1), 15),
        ("满意度指标", 10, "服务对象满意度指标", "生产企业满意度", pct(0.88), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="the indicator scores add to 95 against 100: the same shortfall",
    )
    sign(s, "韦书澜", "0771-6625140")
    return b
