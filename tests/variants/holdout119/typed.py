"""Project returns with typed columns (指标值类型 · 比较符 · 目标值 · 计量单位 · 评分规则)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout119.common import (
    SCORE,
    SCORE_C,
    SCORE_N,
    SCORE_Q,
    TYPED,
    WIDE,
    YUAN,
    ren,
    signature,
    wan,
    yuan,
)
from tests.variants.holdout119.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "ly01-typed-columns-training",
    (1, 7),
    "project, NAT-2021, 指标值类型 · 比较符 · 目标值 · 计量单位 · 评分规则 · 备注, custom formats",
)
def ly01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", WIDE)
    project_head(
        s,
        year=2026,
        name="澜石县高素质农民培育项目",
        dept="澜石县农业农村局（318001）",
        unit="澜石县农业技术推广中心",
        money=[
            ("年度资金总额", wan(180), "其中：财政拨款", wan(165)),
            ("其他资金", wan(15), None, None),
        ],
        goals=[
            "全年培育高素质农民1200人，其中生产经营型800人、技能服务型400人，"
            "培训合格率不低于95%，带动学员户均增收。"
        ],
    )
    s.row(*TYPED)
    s.table(
        [
            [
                "产出指标",
                "数量指标",
                "培育高素质农民人数",
                "定量",
                "≥",
                ren(1200),
                "人",
                SCORE_N,
                "培训台账",
            ],
            [None, None, "其中：生产经营型", "定量", "≥", ren(800), "人", SCORE_N, "培训台账"],
            [None, None, "田间学校实训基地", "定量", "≥", 6, "个", SCORE_N, "基地挂牌文件"],
            [
                None,
                "质量指标",
                "培训考核合格率",
                "定量",
                "≥",
                pct(0.95),
                "%",
                SCORE,
                "结业考核成绩册",
            ],
            [None, None, "学员到课率", "定量", "≥", pct(0.9), "%", SCORE, "签到记录"],
            [
                None,
                "时效指标",
                "培训任务完成时间",
                "定量",
                "≤",
                11,
                "月",
                SCORE_C,
                "当年11月底前结业",
            ],
            [
                "成本指标",
                "经济成本指标",
                "人均培训成本",
                "定量",
                "≤",
                yuan(1200),
                "元/人",
                SCORE_C,
                "财务核算",
            ],
            [None, None, "实训基地补助标准", "定量", "≤", wan(5), "万元/个", SCORE_C, "补助办法"],
            [
                "效益指标",
                "经济效益指标",
                "学员户均年增收",
                "定量",
                "≥",
                yuan(2000),
                "元",
                SCORE_N,
                "抽样回访",
            ],
            [
                None,
                "社会效益指标",
                "带动周边农户发展产业",
                "定量",
                "≥",
                3000,
                "户",
                SCORE_N,
                "乡镇农技站统计",
            ],
            [None, None, "新型经营主体带头人占比", "定量", "≥", pct(0.3), "%", SCORE, "学员档案"],
            [
                None,
                "可持续影响指标",
                "学员跟踪服务机制",
                "定性",
                None,
                "健全",
                None,
                SCORE_Q,
                "跟踪服务制度",
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "参训学员满意度",
                "定量",
                "≥",
                pct(0.92),
                "%",
                SCORE,
                "第三方问卷调查",
            ],
        ],
        merged=(1, 2),
    )
    signature(s, "韦清禾", "0779-5512306", "2025年11月18日")
    return b


@variant(
    "ly02-typed-columns-wrong-type",
    (1, 7),
    "project, OLD-NAT, 指标值类型 column: a 定量 row holding a grade, a rate given in 人",
)
def ly02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", WIDE)
    project_head(
        s,
        year=2026,
        name="鹤汀区社区居家养老服务补助",
        dept="鹤汀区民政局（207）",
        unit="鹤汀区养老服务指导中心",
        money=[
            ("年度资金总额", wan(260), "其中：财政拨款", wan(260)),
            ("其他资金", wan(0), None, None),
        ],
        goals=[
            "为辖区800名经济困难高龄老人提供居家养老上门服务，建成社区养老服务站"
            "10个，服务对象满意度达到90%以上。"
        ],
    )
    s.row(*TYPED)
    s.table(
        [
            [
                "产出指标",
                "数量指标",
                "上门服务老人数",
                "定量",
                "≥",
                ren(800),
                "人",
                SCORE_N,
                "服务系统",
            ],
            [None, None, "新建社区养老服务站", "定量", "≥", 10, "个", SCORE_N, "验收资料"],
            [None, None, "年上门服务时长", "定量", "≥", 48000, "小时", SCORE_N, "服务工单"],
            [
                None,
                "质量指标",
                "服务工单回访合格率",
                "定量",
                "≥",
                mk(
                    ren(45),
                    "T105",
                    "error",
                    row=True,
                    alt=("T112",),
                    note="a rate given as a count of people",
                ),
                "人",
                SCORE,
                "回访记录",
            ],
            [
                None,
                None,
                "服务站建设规范程度",
                "定量",
                None,
                mk("良好", "T109", "error", row=True, note="declared 定量, the value is a grade"),
                None,
                SCORE_Q,
                "验收意见",
            ],
            [
                None,
                "时效指标",
                "补助资金拨付及时率",
                "定量",
                "≥",
                pct(0.95),
                "%",
                SCORE,
                "国库支付记录",
            ],
            [
                None,
                "成本指标",
                "每人每月服务补助标准",
                "定量",
                "≤",
                wan(200, YUAN),
                "元/人·月",
                SCORE_C,
                "补助文件",
            ],
            [
                "效益指标",
                "社会效益指标",
                "高龄老人居家安全事故发生率",
                "定量",
                "≤",
                pct(0.02),
                "%",
                SCORE_C,
                "服务站台账",
            ],
            [None, None, "失能老人照护覆盖率", "定量", "≥", pct(0.6), "%", SCORE, "民政统计"],
            [
                None,
                "可持续影响指标",
                "居家养老服务网络",
                "定性",
                None,
                "逐步完善",
                None,
                SCORE_Q,
                "工作总结",
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "服务对象满意度",
                "定量",
                "≥",
                pct(0.9),
                "%",
                SCORE,
                "电话抽访",
            ],
        ],
        merged=(1, 2),
    )
    signature(s, "蓝以宁", "0771-3380125", "2025年11月20日")
    return b
