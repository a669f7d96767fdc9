"""Tourism-toilet returns (旅游厕所改造): te01–te06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout307.common import (
    multi_year,
    one_year,
    project_book,
    sign,
    table,
    two_row_header,
    wan,
)
from tests.variants.holdout307.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPERATOR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_VALUE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "te01-toilet-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit column, typed percent cells, "
    "万元 in the number format, a cost standard × count equal to the budget (correct)",
)
def te01() -> Book:
    b, s = project_book(
        name="2025年旅游厕所改造提升项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="沣岩县旅游服务中心",
        money=one_year(186, 150, 36),
        goals=(
            "改造提升A级景区和乡村旅游点旅游厕所12座，新增第三卫生间4个，游客如厕满意度90%以上。",
        ),
    )
    table(
        s,
        OPERATOR_HEAD,
        [
            ("产出指标", "数量指标", "改造提升旅游厕所数量", "≥", 12, "座"),
            (None, None, "新增第三卫生间数量", "≥", 4, "个"),
            (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
            (None, None, "厕所设施配置达标率", "≥", pct(0.95), "%"),
            (None, "时效指标", "改造工程完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
            (None, "成本指标", "单座厕所改造成本", "≤", 15.5, "万元/座"),
            ("效益指标", "社会效益指标", "高峰时段游客如厕排队时间", "≤", 5, "分钟"),
            (None, None, "旅游厕所电子地图标注率", "≥", pct(0.9), "%"),
            (None, "可持续影响指标", "厕所日常管护制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "苏明远", "0576-8862 3107", boss="韩立川")
    return b


@variant(
    "te02-toilet-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, typed percent cells: a typed 105% on an "
    "acceptance rate and ≥ on a complaint rate",
)
def te02() -> Book:
    b, s = project_book(
        name="鹤汀湾景区旅游厕所提质项目",
        dept="鹤汀湾旅游度假区管委会（402013）",
        unit="鹤汀湾景区运营管理中心",
        money=one_year(72, 72, 0),
        goals=("完成景区内8座旅游厕所提质改造，配置智能除臭设备，降低异味投诉。",),
    )
    over = "a typed 105% on a 合格率: the rate is capped at 100%"
    against = "异味投诉率 is a 反向 rate; ≥ asks for more complaints"
    table(
        s,
        OPERATOR_HEAD,
        [
            ("产出指标", "数量指标", "提质改造旅游厕所数量", "≥", 8, "座"),
            (None, None, "配置智能除臭设备数量", "≥", 8, "套"),
            (
                None,
                "质量指标",
                "改造验收合格率",
                "≥",
                mk(pct(1.05), "T106", "error", note=over),
                "%",
            ),
            (None, None, "保洁巡查频次", "≥", 4, "次/日"),
            (None, "时效指标", "提质改造完成时间", "≤", day(2025, 9, 30, CN_DATE), None),
            (None, "成本指标", "单座厕所提质改造成本", "≤", 9, "万元/座"),
            (
                "效益指标",
                "社会效益指标",
                "厕所异味投诉率",
                mk("≥", "T108", "warning", row=True, note=against),
                pct(0.02),
                "%",
            ),
            (None, "可持续影响指标", "智能除臭设备运维期", "≥", 2, "年"),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥", pct(0.92), "%"),
        ],
    )
    sign(s, "彭晓岚", "0577-6531 0948")
    return b


@variant(
    "te03-toilet-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator name "
    "with different values in the two projects (correct)",
)
def te03() -> Book:
    b, s = project_book(
        name="枫渡古镇旅游厕所新建项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="枫渡古镇景区管理所",
        money=one_year(96, 80, 16),
        goals=("在古镇核心游览区新建旅游厕所6座，缩短游客如厕步行距离。",),
    )
    table(
        s,
        ONE_VALUE,
        [
            ("产出指标", "数量指标", "新建旅游厕所数量", "≥6座"),
            (None, "质量指标", "新建厕所A级标准达标率", "100%"),
            (None, "时效指标", "主体工程完工时间", "11月30日前"),
            (None, "成本指标", "单座厕所新建成本", "≤16万元/座"),
            ("效益指标", "社会效益指标", "核心游览区如厕服务半径", "≤500米"),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="云峤山景区厕所智慧化改造项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="云峤山景区管理处",
        money=one_year(45, 45, 0),
        goals=("为景区15座厕所加装厕位监测和信息发布设备，游客可在导览屏查看空余厕位。",),
        title="",
    )
    table(
        s,
        ONE_VALUE,
        [
            ("产出指标", "数量指标", "智慧化改造厕所数量", "≥15座"),
            (None, "质量指标", "厕位占用监测准确率", "≥95%"),
            (None, "时效指标", "智慧化改造完成时间", "8月31日前"),
            (None, "成本指标", "单座厕所智慧化改造成本", "≤3万元/座"),
            ("效益指标", "社会效益指标", "厕位信息实时发布率", "≥98%"),
            (None, "可持续影响指标", "智慧管理平台运维期", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "te04-toilet-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the first project's cost standard × "
    "count exceeds its money; the second's money does not add up and a rate is given as a count",
)
def te04() -> Book:
    b, s = project_book(
        name="鸣泉谷景区旅游厕所改造项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="鸣泉谷景区管理所",
        money=one_year(100, 100, 0),
        goals=("改造鸣泉谷景区游客步道沿线旅游厕所10座，增设无障碍设施。",),
    )
    over = "≥10座 × ≤12万元/座 = 120万元, above the 100万元 of the project"
    table(
        s,
        ONE_VALUE,
        [
            ("产出指标", "数量指标", "改造旅游厕所数量", "≥10座"),
            (None, "质量指标", "无障碍设施配置率", "≥90%"),
            (None, "时效指标", "改造工程完工时间", "10月31日前"),
            (
                None,
                "成本指标",
                "单座厕所改造成本",
                mk("≤12万元/座", "B107", "warning", row=True, note=over),
            ),
            ("效益指标", "社会效益指标", "步道沿线如厕服务半径", "≤800米"),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥90%"),
        ],
    )
    s.skip()
    wrong = "资金总额 60 ≠ 财政拨款 50 + 其他资金 15"
    project_head(
        s,
        year=2025,
        name="乡村旅游点厕所提升项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="沣岩县乡村旅游发展中心",
        money=one_year(mk(wan(60), "B101", "error", row=True, note=wrong), 50, 15),
        goals=("提升全县乡村旅游点公共厕所10座，建立村级保洁管护队伍。",),
        title="",
    )
    count = "a 达标率 needs a percentage, not a number of toilets"
    table(
        s,
        ONE_VALUE,
        [
            ("产出指标", "数量指标", "提升乡村旅游点厕所数量", "≥10座"),
            (None, "质量指标", "厕所保洁达标率", mk("20座", "T105", "error", note=count)),
            (None, "时效指标", "提升工程完成时间", "9月30日前"),
            (None, "成本指标", "单座厕所提升成本", "≤5万元/座"),
            ("效益指标", "可持续影响指标", "村级保洁管护队伍", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "游客及村民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "te05-toilet-three-year",
    (8,),
    "three-year project, NAT-2021 with 成本指标 listed first, 中期 and 年度 value columns and a "
    "unit column, rates equal in both columns, a rate raised in 百分点 (correct)",
)
def te05() -> Book:
    b, s = project_book(
        name="全域旅游厕所提升三年行动",
        dept="澄岭县文化广电和旅游局（356004）",
        unit="澄岭县旅游公共服务中心",
        money=multi_year((540, 480, 60), (180, 160, 20)),
        goals=(
            "2025—2027年改造提升A级景区及旅游线路沿线厕所36座，建立长效管护机制。",
            "2025年改造提升旅游厕所12座，新增无障碍厕位24个，游客如厕满意度90%以上。",
        ),
        years=3,
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"),
        [
            ("成本指标", "经济成本指标", "单座厕所改造成本", "≤15", "≤15", "万元/座"),
            ("产出指标", "数量指标", "改造提升旅游厕所数量", "≥36", "≥12", "座"),
            (None, None, "新增无障碍厕位数量", "≥72", "≥24", "个"),
            (None, "质量指标", "改造验收合格率", "≥98%", "≥98%", "%"),
            (None, "时效指标", "年度改造任务完成时间", "每年11月30日前", "11月30日前", None),
            ("效益指标", "社会效益指标", "旅游厕所A级达标率提高", "≥10", "≥4", "百分点"),
            (None, "可持续影响指标", "厕所长效管护机制", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥90%", "≥90%", "%"),
        ],
    )
    sign(s, "温楚涵", "0593-7720 4611")
    return b


@variant(
    "te06-toilet-two-year-wrong",
    (8,),
    "two-year project, OLD-NAT, two-row header (绩效目标值 over 中期 and 年度): an annual count "
    "above its period count, a cumulative count copied from the 中期 column",
)
def te06() -> Book:
    b, s = project_book(
        name="景区生态厕所建设项目",
        dept="澄岭县文化广电和旅游局（356004）",
        unit="石砚峡景区管理处",
        money=multi_year((300, 260, 40), (160, 140, 20)),
        goals=(
            "两年内在石砚峡景区新建生态厕所20座，配套建设污水处理设施8套。",
            "完成首批生态厕所建设并投入使用，同步建设配套污水处理设施。",
        ),
        years=2,
    )
    two_row_header(
        s,
        ("一级指标", "二级指标", "三级指标", "绩效目标值", None, "计量单位"),
        (None, None, None, "中期（2025—2026年）", "2025年度", None),
        across=4,
    )
    above = "the annual 24座 exceeds the 20座 of the whole two-year period"
    same = "a cumulative count of a two-year project copied from the 中期 column"
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新建生态厕所数量",
                "≥20",
                mk("≥24", "D201", "error", note=above),
                "座",
            ),
            (None, None, "配套污水处理设施", "≥8", mk("≥8", "D202", "warning", note=same), "套"),
            (None, None, "生态厕所管护员培训人次", "≥120", "≥60", "人次"),
            (None, "质量指标", "粪污无害化处理达标率", "≥95%", "≥95%", "%"),
            (None, "时效指标", "建设任务完成时间", "2026年10月31日前", "2025年11月30日前", None),
            (None, "成本指标", "单座生态厕所建设成本", "≤6", "≤6", "万元/座"),
            ("效益指标", "生态效益指标", "粪污资源化利用率", "≥80%", "≥80%", "%"),
            ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥90%", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "严知秋", "0593-7726 1853")
    return b
