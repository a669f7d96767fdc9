"""Project tables giving only tier-2 and tier-3, each tier-1 a heading row."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout119.common import (
    SCORE,
    SCORE_C,
    SCORE_N,
    SCORE_Q,
    SEC,
    YUAN,
    ren,
    sections,
    signature,
    wan,
)
from tests.variants.holdout119.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "ly05-sections-tier2-only",
    (5,),
    "project, OLD-NAT, the table gives only tier-2 and tier-3 under tier-1 heading rows",
)
def ly05() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标", (16, 28, 8, 12, 10, 30, 22))
    project_head(
        s,
        year=2026,
        name="松岙镇农村生活垃圾收运处置",
        dept="松岙镇人民政府（881）",
        unit="松岙镇环境卫生管理站",
        money=[
            (
                "年度资金总额",
                wan(96.5, '#,##0.0"万元"'),
                "其中：财政拨款",
                wan(90, '#,##0.0"万元"'),
            ),
            ("其他资金", wan(6.5, '#,##0.0"万元"'), None, None),
        ],
        goals=["全镇18个行政村生活垃圾日产日清，无害化处理率100%，村庄保洁覆盖率100%。"],
    )
    s.row(*SEC)
    sections(
        s,
        7,
        [
            (
                "一、产出指标",
                [
                    ["数量指标", "覆盖行政村", "≥", 18, "个", SCORE_N, "镇村名册"],
                    [None, "垃圾收运量", "≥", 5400, "吨", SCORE_N, "中转站过磅记录"],
                    [None, "配置保洁员", "≥", ren(72), "人", SCORE_N, "劳务合同"],
                    ["质量指标", "生活垃圾无害化处理率", "=", pct(1), "%", SCORE, "县环卫处月报"],
                    [None, "村庄保洁覆盖率", "=", pct(1), "%", SCORE, "巡查记录"],
                    ["时效指标", "垃圾清运时限", "≤", 24, "小时", SCORE_C, "收运调度记录"],
                    [
                        "成本指标",
                        "每吨收运处置成本",
                        "≤",
                        wan(170, YUAN),
                        "元/吨",
                        SCORE_C,
                        "财务核算",
                    ],
                ],
            ),
            (
                "二、效益指标",
                [
                    ["社会效益指标", "垃圾乱堆乱放投诉件数", "≤", 10, "件", SCORE_C, "12345热线"],
                    ["生态效益指标", "村庄人居环境", "", "明显改善", None, SCORE_Q, "县级考评"],
                    ["可持续影响指标", "长效保洁机制", "", "健全", None, SCORE_Q, "村规民约"],
                ],
            ),
            (
                "三、满意度指标",
                [
                    ["服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%", SCORE, "入户抽查"],
                ],
            ),
        ],
    )
    signature(s, "包若溪", "0574-6530218", "2025年11月12日")
    return b


@variant(
    "ly06-sections-no-satisfaction",
    (5, 11),
    "project, NAT-2021, tier-2-only sections: the 满意度 section missing, ≥ on a 反向 rate",
)
def ly06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 28, 8, 12, 10, 30, 22))
    project_head(
        s,
        year=2026,
        name="澜石县公共卫生应急物资储备",
        dept="澜石县卫生健康局（322）",
        unit="澜石县疾病预防控制中心",
        money=[
            ("年度资金总额", wan(120), "其中：财政拨款", wan(120)),
            ("其他资金", wan(0), None, None),
        ],
        goals=[
            "按30天用量储备应急防护物资和检测试剂，物资完好率98%以上，突发事件物资调拨2小时内到位。"
        ],
    )
    b.file_mark("F106", "error", alt=("F101",), note="no 满意度指标 section at all")
    s.row(*SEC)
    sections(
        s,
        7,
        [
            (
                "一、成本指标",
                [
                    [
                        "经济成本指标",
                        "储备物资采购成本",
                        "≤",
                        wan(112),
                        "万元",
                        SCORE_C,
                        "采购合同",
                    ],
                    [None, "仓储管理费用", "≤", wan(8), "万元", SCORE_C, "仓储协议"],
                ],
            ),
            (
                "二、产出指标",
                [
                    ["数量指标", "储备医用防护服", "≥", 20000, "套", SCORE_N, "库存台账"],
                    [None, "储备核酸及抗原检测试剂", "≥", 50000, "人份", SCORE_N, "库存台账"],
                    ["质量指标", "储备物资完好率", "≥", pct(0.98), "%", SCORE, "季度盘点"],
                    [
                        None,
                        "物资过期报废率",
                        mk("≥", "T108", "warning", row=True, note="a 报废率 is 反向: ≤ meant"),
                        pct(0.03),
                        "%",
                        SCORE_C,
                        "盘点报告",
                    ],
                    ["时效指标", "应急调拨到位时间", "≤", 2, "小时", SCORE_C, "演练记录"],
                ],
            ),
            (
                "三、效益指标",
                [
                    [
                        "社会效益指标",
                        "突发公共卫生事件物资保障率",
                        "=",
                        pct(1),
                        "%",
                        SCORE,
                        "应急处置总结",
                    ],
                    ["可持续影响指标", "储备轮换机制", "", "建立并执行", None, SCORE_Q, "轮换制度"],
                ],
            ),
        ],
    )
    return b
