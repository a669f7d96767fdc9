"""Iron wok casting and forging workshops (铁锅): percent cells, stacked projects, 中期 and 年度."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout533.common import (
    WOK_DEPT,
    YEAR,
    indicators,
    multi_year,
    one_year,
    start,
    wan,
)
from tests.variants.holdout533.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "bw01-wok-percent-cells",
    (1,),
    "project, OLD-NAT, operator column in symbols and "
    "words, unit column, typed percent cells, 万元 in the number format (correct)",
)
def wok_percent_cells() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="砧岭手工锻打铁锅技艺传承补助",
        dept=WOK_DEPT,
        unit="砧岭县铁砂镇锻锅传习所",
        money=one_year(wan(60), wan(50), wan(10)),
        goals=["扶持铁砂镇锻锅作坊完成手工铁锅锻打与学徒带教，提升出厂质量。"],
    )
    rows = [
        ("产出指标", "数量指标", "手工锻打铁锅产量", "大于等于", 6000, "口"),
        (None, None, "传承学徒带教人数", "≥", 12, "人"),
        (None, "质量指标", "铁锅出厂检验合格率", "≥", pct(0.98), None),
        (None, None, "铸造废品下降率", "≥", pct(0.1), None),
        (None, "时效指标", "订单按期交付率", "≥", pct(0.95), None),
        (None, "成本指标", "每口铁锅锻打补助标准", "小于等于", 45, "元/口"),
        ("效益指标", "经济效益指标", "作坊手工铁锅销售收入", "≥", 180, "万元"),
        (None, "社会效益指标", "锻锅技艺公开展示场次", "≥", 8, "场"),
        (None, None, "作坊安全生产事故", "≤", 0, "起"),
        (None, "可持续影响指标", "锻锅技艺后备传承人", "≥", 5, "人"),
        ("满意度指标", "服务对象满意度指标", "学徒及作坊主满意度", "≥", pct(0.9), None),
    ]
    indicators(s, OP_HEAD, rows)
    return b


@variant(
    "bw02-wok-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column and unit column: "
    "a typed percent over 100, ≥ on an accident rate, money not adding up",
)
def wok_percent_wrong() -> Book:
    b, s = start()
    total = mk(wan(75), "B101", "error", note="75 ≠ 财政拨款 60 + 其他资金 10")
    project_head(
        s,
        year=YEAR,
        name="铁砂镇生铁铸锅作坊改造补助",
        dept=WOK_DEPT,
        unit="砧岭县铁砂镇铸锅合作社",
        money=one_year(total, wan(60), wan(10)),
        goals=["改造铸锅作坊熔炉与砂型工位，稳定生铁铸锅质量。"],
    )
    rows = [
        ("产出指标", "数量指标", "改造熔炉工位数", "≥", 6, "个"),
        (None, None, "生铁铸锅产量", "≥", 9000, "口"),
        (
            None,
            "质量指标",
            "铸锅出厂检验合格率",
            "≥",
            mk(pct(1.02), "T106", "error", note="合格率 ≥102% 超过 100% 上限"),
            None,
        ),
        (None, "时效指标", "改造工程按期完工率", "=", pct(1), None),
        (None, "成本指标", "每个工位改造补助标准", "≤", 8, "万元/个"),
        (
            "效益指标",
            "社会效益指标",
            "铸锅工烫伤事故发生率",
            mk("≥", "T108", "warning", row=True, note="事故发生率是反向指标，应为 ≤"),
            pct(0.02),
            None,
        ),
        (None, "可持续影响指标", "作坊熔炉连续使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "铸锅工人满意度", "≥", pct(0.9), None),
    ]
    indicators(s, OP_HEAD, rows)
    return b


@variant(
    "bw03-wok-stacked",
    (2,),
    "two wok projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator with different values in each project (correct)",
)
def wok_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="炉湾村熟铁炒锅锻打作坊扶持",
        dept=WOK_DEPT,
        unit="砧岭县炉湾村锻锅作坊",
        money=one_year(wan(40), wan(35), wan(5)),
        goals=["扶持炉湾村熟铁炒锅作坊保持传统十二道锻打工序。"],
    )
    indicators(
        s,
        ONE_HEAD,
        [
            ("产出指标", "数量指标", "熟铁炒锅锻打数量", "≥4000口"),
            (None, None, "传承学徒带教人数", "≥10人"),
            (None, "质量指标", "炒锅锻打工序合格率", "≥95%"),
            (None, "成本指标", "每口炒锅锻打补助标准", "≤50元/口"),
            ("效益指标", "社会效益指标", "锻打技艺研学接待人次", "≥600人次"),
            ("满意度指标", "服务对象满意度指标", "研学游客满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project_head(
        s,
        year=YEAR,
        name="铁砂镇铸锅非遗工坊展示",
        dept=WOK_DEPT,
        unit="砧岭县铁砂镇铸锅合作社",
        money=one_year(wan(25), wan(20), wan(5)),
        goals=["建成铸锅工坊展示区并开展铸锅技艺展演。"],
        title="",
    )
    indicators(
        s,
        ONE_HEAD,
        [
            ("产出指标", "数量指标", "工坊展示区建设面积", "≥120平方米"),
            (None, None, "传承学徒带教人数", "≥6人"),
            (None, "时效指标", "展示区建成时间", "10月31日前"),
            (None, "成本指标", "展示区每平方米建设成本", "≤1500元/平方米"),
            ("效益指标", "社会效益指标", "铸锅技艺展演场次", "≥10场"),
            ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "bw04-wok-stacked-wrong",
    (2,),
    "two wok projects stacked, OLD-NAT, one value column: "
    "the second project's money does not add up and a rate is given as a count",
)
def wok_stacked_wrong() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="砧岭县铸锅砂型工艺抢救记录",
        dept=WOK_DEPT,
        unit="砧岭县非遗保护中心",
        money=one_year(wan(30), wan(30), wan(0)),
        goals=["记录整理铸锅砂型制作工艺并出版图录。"],
    )
    indicators(
        s,
        ONE_HEAD,
        [
            ("产出指标", "数量指标", "砂型工艺影像记录时长", "≥20小时"),
            (None, None, "铸锅工艺图录出版", "1部"),
            (None, "质量指标", "影像资料归档合格率", "≥95%"),
            ("效益指标", "社会效益指标", "图录发放单位数", "≥40家"),
            ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
        ],
    )
    s.skip(2)
    total = mk(wan(52), "B101", "error", note="52 ≠ 财政拨款 40 + 其他资金 8")
    project_head(
        s,
        year=YEAR,
        name="铁砂镇铁锅开锅养护推广",
        dept=WOK_DEPT,
        unit="砧岭县铁砂镇文化站",
        money=one_year(total, wan(40), wan(8)),
        goals=["向镇内住户推广铁锅开锅养护方法。"],
        title="",
    )
    indicators(
        s,
        ONE_HEAD,
        [
            ("产出指标", "数量指标", "开锅养护培训场次", "≥12场"),
            (
                None,
                "质量指标",
                "开锅养护培训覆盖率",
                mk("300户", "T105", "error", note="覆盖率是比率，指标值却是户数"),
            ),
            (None, "成本指标", "每场培训成本", "≤0.8万元/场"),
            ("效益指标", "社会效益指标", "手工铁锅本地销量增长率", "≥5%"),
            ("满意度指标", "服务对象满意度指标", "参训住户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "bw05-wok-multi-year",
    (8,),
    "three-year wok project, NAT-2021, 中期 and 年度 value "
    "columns, annual counts below the period, rates and unit costs equal (correct)",
)
def wok_multi_year() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="砧岭铁锅锻制技艺生产性保护基地建设",
        dept=WOK_DEPT,
        unit="砧岭县铁砂镇锻锅传习所",
        money=multi_year((wan(300), wan(270), wan(30)), (wan(100), wan(90), wan(10))),
        goals=[
            "三年内建成锻锅生产性保护基地，培养一批锻锅传承人。",
            "本年度完成基地一期锻打车间改造并开展学徒带教。",
        ],
    )
    indicators(
        s,
        TWO_HEAD,
        [
            ("产出指标", "数量指标", "锻打车间改造面积", "≥900平方米", "≥300平方米"),
            (None, None, "学徒带教人数", "≥45人", "≥15人"),
            (None, None, "手工锻打铁锅产量", "≥7500口", "≥2500口"),
            (None, "质量指标", "车间改造验收合格率", "100%", "100%"),
            (None, "时效指标", "年度改造任务按期完成率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "每口铁锅锻打补助标准", "≤40元/口", "≤40元/口"),
            ("效益指标", "经济效益指标", "基地铁锅销售收入增长率", "≥8%", "≥8%"),
            (None, "可持续影响指标", "锻锅技艺后备传承人", "≥9人", "≥3人"),
            ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "bw06-wok-multi-year-wrong",
    (8,),
    "two-year wok project, NAT-2021, 中期 and 年度 "
    "columns: an annual count above its period count, two cumulative counts copied",
)
def wok_multi_year_wrong() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="炉湾村铸锅老作坊修缮与活态展示",
        dept=WOK_DEPT,
        unit="砧岭县炉湾村村民委员会",
        money=multi_year((wan(160), wan(140), wan(20)), (wan(90), wan(80), wan(10))),
        goals=["两年内修缮铸锅老作坊并开放活态展示。", "本年度完成老作坊主体修缮并试开放。"],
    )
    copied = "与中期值相同：修缮面积是累计量，两年期项目的年度值应小于中期值"
    indicators(
        s,
        TWO_HEAD,
        [
            (
                "产出指标",
                "数量指标",
                "老作坊修缮面积",
                "≥800平方米",
                mk("≥800平方米", "D202", "warning", note=copied),
            ),
            (
                None,
                None,
                "铸锅活态展示场次",
                "≥40场",
                mk("≥40场", "D202", "warning", note="累计场次照抄中期值"),
            ),
            (
                None,
                None,
                "铸锅学徒带教人数",
                "≥20人",
                mk("≥26人", "D201", "error", note="年度 26 人大于两年期 20 人"),
            ),
            (None, "质量指标", "修缮工程验收合格率", "100%", "100%"),
            ("成本指标", "经济成本指标", "每平方米修缮成本", "≤1000元/平方米", "≤1000元/平方米"),
            ("效益指标", "社会效益指标", "活态展示参观人次", "≥20000人次", "≥8000人次"),
            ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%", "≥90%"),
        ],
    )
    return b
