"""Rural energy service points (农村能源服务网点), departments and stacked projects: tm13-tm18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout315.common import (
    YEAR,
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout315.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "tm13-service-department",
    (12,),
    "department, NAT-2021: budget with shares, key tasks "
    "adding to 金额合计 = 项目支出, one value column (correct)",
)
def tm13() -> Book:
    b, s = start()
    share = "0.00%"
    department_head(
        s,
        year=YEAR,
        dept="雁泽县农村能源服务中心",
        budget=[
            (wan(248), wan(230), wan(18), wan(126), wan(122)),
            (
                pct(1, share),
                pct(0.9274, share),
                pct(0.0726, share),
                pct(0.5081, share),
                pct(0.4919, share),
            ),
        ],
        tasks=[
            ("农村能源服务网点运营补助", "42个网点运营", wan(58), "网点正常运营"),
            ("户用光伏和热水器售后巡检", "巡检2400户", wan(36), "隐患及时处置"),
            ("沼气安全宣传培训", "培训沼气用户", wan(28), "安全事故为零"),
            ("金额合计", None, wan(122), None),
        ],
        goal="保障农村能源服务网点正常运营，做好户用光伏、热水器和沼气设施售后服务。",
    )
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "规范运营的农村能源服务网点", "≥42个"),
            (None, None, "巡检户用光伏和太阳能热水器", "≥2400户"),
            (None, "质量指标", "服务网点设备完好率", "≥95%"),
            (None, "时效指标", "报修响应时间", "≤24小时"),
            ("成本指标", "经济成本指标", "服务网点运营补助标准", "≤1.2万元/个"),
            ("效益指标", "社会效益指标", "服务覆盖行政村", "≥180个"),
            (None, "可持续影响指标", "网点技工持证上岗率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "tm14-service-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share that does not match, tasks not adding to 金额合计",
)
def tm14() -> Book:
    b, s = start()
    share = "0.00%"
    department_head(
        s,
        year=YEAR,
        dept="柘岭区农村能源管理站",
        budget=[
            (
                mk(wan(186), "B101", "error", row=True, note="98 + 92 = 190 ≠ 186"),
                wan(170),
                wan(16),
                wan(98),
                wan(92),
            ),
            (
                pct(1, share),
                pct(0.914, share),
                mk(pct(0.066, share), "B111", "error", note="16 ÷ 186 = 8.60%"),
            ),
        ],
        tasks=[
            ("服务网点改造提升", "改造网点10个", wan(40), "网点达标"),
            ("沼气池和光伏设备巡检维修", "巡检维修", wan(30), "隐患清零"),
            ("农村能源技术培训", "培训技工", wan(18), "培训200人次"),
            ("金额合计", None, mk(wan(92), "B102", "error", note="40 + 30 + 18 = 88 ≠ 92"), None),
        ],
        goal="提升农村能源服务网点服务能力，保障沼气池和户用光伏设备安全运行。",
    )
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "改造提升服务网点", "≥10个"),
            (None, None, "技术培训人次", "≥200人次"),
            (None, "质量指标", "改造网点验收合格率", "≥95%"),
            ("成本指标", "经济成本指标", "单个网点改造费用", "≤4万元"),
            ("效益指标", "社会效益指标", "设备隐患整改率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "tm15-service-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as "
    "direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights short of 100",
)
def tm15() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="雁泽县农村能源技术推广站",
        budget=[(wan(138), wan(128), wan(10), wan(76), wan(62))],
        goal="运营农村能源服务网点，开展技术培训和设备巡检。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ("运营农村能源服务网点数量", "≥30个", "正向", "个", 15),
            (
                "服务网点技术人员培训",
                mk("150人", "T112", "error", note="人 against 场"),
                "正向",
                "场",
                10,
            ),
            ("户用光伏和热水器巡检户数", "≥1800户", "正向", "户", 15),
            (
                "设备报修投诉率",
                mk("≥3%", "T108", "warning", row=True, note="反向 with ≥"),
                "反向",
                "%",
                10,
            ),
            ("报修响应时间", "≤24小时", "反向", "小时", 10),
            ("服务网点设备完好率", "≥95%", "正向", "%", 15),
            ("户用沼气安全事故", "0起", "反向", "起", 10),
            ("农户满意度", "≥90%", "正向", "%", 10),
        ]
    )
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant(
    "tm16-service-page-break",
    (4, 7),
    "department, NAT-2021, headers 指标内容 and 预期目标, "
    "weight column: subtotal rows, header repeated after a page break, 说明 and signature "
    "lines (correct)",
)
def tm16() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="棠梨县农村能源服务中心",
        budget=[(wan(164), wan(150), wan(14), wan(90), wan(74))],
        goal="运营农村能源服务网点36个，做好户用光伏、太阳能热水器售后维修。",
    )
    head = ("一级指标", "二级指标", "指标内容", "权重", "预期目标", "备注")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "农村能源服务网点运营数量", 10, "≥36个", None),
            (None, None, "户用光伏巡检户数", 10, "≥1500户", None),
            (None, None, "太阳能热水器维修台次", 10, "≥900台次", None),
            (None, "质量指标", "维修一次修复率", 10, "≥92%", None),
            (None, "时效指标", "报修响应时间", 10, "≤24小时", None),
        ],
    )
    s.row("小计", None, None, 50)
    s.skip()
    s.row(*head)
    s.table(
        [
            ("成本指标", "经济成本指标", "单个网点年度运营补助", 10, "≤1.5万元", "36个网点"),
            (
                "效益指标",
                "社会效益指标",
                "清洁能源服务覆盖行政村比例",
                10,
                "提高≥5百分点",
                "较上年",
            ),
            (None, "生态效益指标", "年减少散煤使用量", 10, "≥600吨", None),
            (None, "可持续影响指标", "服务网点持续运营年限", 10, "≥3年", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", 10, "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("小计", None, None, 50)
    s.row("合计", None, None, 100)
    notes(s, "说明：1.权重合计100分，小计行不计入指标；2.续表表头与首页相同。")
    signature(s, "蒲映川", "季南星", "0739-6631185", day(YEAR - 1, 12, 6))
    return b


@variant(
    "tm17-service-second-sheet",
    (7, 11),
    "service-point project: head on the first sheet, "
    "indicators on a second sheet under 预期实现值, 指标方向 and operators in words (correct)",
)
def tm17() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=YEAR,
        name="蓼湾镇农村能源服务网点标准化建设项目",
        dept="棠梨县农业农村局",
        unit="蓼湾镇农业综合服务中心",
        money=one_year(wan(68), wan(60), wan(8)),
        goals=["标准化改造服务网点15个，降低服务区域散煤使用量。"],
    )
    t = b.sheet("绩效指标", (14, 18, 26, 10, 10, 12, 12))
    t.title(f"{YEAR}年度项目绩效指标", 7)
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "预期实现值", "计量单位")
    indicators(
        t,
        head,
        [
            ("产出指标", "数量指标", "标准化改造服务网点数量", "正向", "大于等于", 15, "个"),
            (None, "质量指标", "改造网点验收合格率", "正向", "大于等于", 95, "%"),
            (None, "时效指标", "报修响应时间", "反向", "小于等于", 24, "小时"),
            ("成本指标", "经济成本指标", "单个网点改造补助标准", "反向", "小于等于", 4, "万元/个"),
            ("效益指标", "生态效益指标", "服务区域散煤使用量下降率", "正向", "大于等于", 10, "%"),
            (None, "社会效益指标", "网点服务覆盖农户", "正向", "大于等于", 6000, "户"),
            (None, "可持续影响指标", "户用光伏设备故障率", "反向", "小于等于", 3, "%"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "正向", "大于等于", 90, "%"),
        ],
    )
    return b


@variant(
    "tm18-stacked-biogas-pv",
    (2, 10),
    "two projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicator with different values, a 百分点 rise (correct)",
)
def tm18() -> Book:
    b, s = start("项目绩效目标")
    project_head(
        s,
        year=YEAR,
        name="棠梨县户用沼气“病池”修复项目",
        dept="棠梨县农业农村局",
        unit="棠梨县农村能源工作站",
        money=one_year(wan(48), wan(40), wan(8)),
        title=f"{YEAR}年度农村能源项目支出绩效目标表",
        goals=["修复“病池”1000口，户用沼气池正常使用率提高6个百分点。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "修复户用沼气“病池”", "≥1000口"),
            (None, "质量指标", "修复后产气达标率", "≥90%"),
            (None, "成本指标", "每口修复补助标准", "≤400元/口"),
            ("效益指标", "社会效益指标", "户用沼气池正常使用率", "提高≥6百分点"),
            (None, None, "安全事故发生数", "0起"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="棠梨县户用光伏运维服务补助项目",
        dept="棠梨县农业农村局",
        unit="棠梨县农村能源工作站",
        money=one_year(wan(75), wan(75), wan(0)),
        title="",
        goals=["为3000户户用光伏提供年度巡检和清洗运维服务。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "运维服务户用光伏户数", "≥3000户"),
            (None, "时效指标", "故障报修响应时间", "≤48小时"),
            (None, "成本指标", "户均运维补助标准", "≤250元/户"),
            ("效益指标", "经济效益指标", "户均发电量提升", "≥5%"),
            (None, "社会效益指标", "安全事故发生数", "0起"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥92%"),
        ],
    )
    signature(s, "严秋禾", "郦家栋", "0739-6628417")
    return b
