"""Money carried by custom number formats, a two-line header and a 分值 column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout119.common import (
    PCT1,
    SCORE,
    SCORE_C,
    SCORE_N,
    SCORE_Q,
    WAN2,
    YUAN,
    ren,
    wan,
)
from tests.variants.holdout119.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "ly07-two-line-header-formats",
    (1, 7),
    "project, OLD-NAT, two-line header (指标值 over 比较符 · 目标值 · 计量单位), custom formats",
)
def ly07() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 28, 8, 12, 10, 30))
    project_head(
        s,
        year=2026,
        name="鹤汀区公共法律服务体系建设",
        dept="鹤汀区司法局（211）",
        unit="鹤汀区公共法律服务中心",
        money=[
            ("年度资金总额", wan(86.4, WAN2), "其中：财政拨款", wan(86.4, WAN2)),
            ("其他资金", wan(0, WAN2), None, None),
        ],
        goals=[
            "建成覆盖全区的公共法律服务网络，全年提供法律咨询1.5万人次，办理法律援助"
            "案件600件，群众满意度90%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, "评分规则", merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ["产出指标", "数量指标", "提供法律咨询", "≥", 15000, "人次", SCORE_N],
            [None, None, "办理法律援助案件", "≥", 600, "件", SCORE_N],
            [None, None, "村（社区）法律顾问配备", "≥", ren(96), "人", SCORE_N],
            [None, None, "开展法治宣传活动", "≥", 40, "场", SCORE_N],
            [None, "质量指标", "法律援助案件办结率", "≥", pct(0.95), "%", SCORE],
            [None, None, "援助案件质量评查合格率", "≥", pct(0.985, PCT1), "%", SCORE],
            [None, "时效指标", "法律援助申请审查时限", "≤", 7, "个工作日", SCORE_C],
            [None, "成本指标", "法律援助案件平均补贴", "≤", wan(1000, YUAN), "元/件", SCORE_C],
            ["效益指标", "社会效益指标", "群众法治意识", "", "明显提升", "", SCORE_Q],
            [None, None, "矛盾纠纷调解成功率", "≥", pct(0.9), "%", SCORE],
            [None, "可持续影响指标", "公共法律服务网络运行", "", "持续稳定", "", SCORE_Q],
            ["满意度指标", "服务对象满意度指标", "受援群众满意度", "≥", pct(0.9), "%", SCORE],
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("单位负责人：盛知远", None, "财务负责人：卢晚晴", None, "经办人：邝一鸣")
    return b


@variant(
    "ly11-money-formats-weights",
    (1, 10),
    'project, NAT-2021, money in #,##0"万元" cells, 分值 column adding to 100, 评分规则 and 备注',
)
def ly11() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 28, 8, 12, 10, 8, 30, 20))
    project_head(
        s,
        year=2026,
        name="枫渡市职业技能提升行动补贴",
        dept="枫渡市人力资源和社会保障局（420）",
        unit="枫渡市职业技能鉴定中心",
        money=[
            ("年度资金总额", wan(1250), "其中：财政拨款", wan(1000)),
            ("其他资金", wan(250), None, None),
        ],
        goals=["开展补贴性职业技能培训1万人次，取证率70%以上，培训后就业率达到60%。"],
    )
    s.row(
        "一级指标",
        "二级指标",
        "三级指标",
        "比较符",
        "目标值",
        "计量单位",
        "分值",
        "评分规则",
        "备注",
    )
    s.table(
        [
            [
                "产出指标",
                "数量指标",
                "补贴性职业技能培训",
                "≥",
                10000,
                "人次",
                10,
                SCORE_N,
                "培训系统",
            ],
            [None, None, "其中：农村转移劳动力", "≥", 4000, "人次", 10, SCORE_N, "培训系统"],
            [None, None, "新增技能人才", "≥", ren(3000), "人", 10, SCORE_N, "证书查询平台"],
            [None, "质量指标", "培训取证率", "≥", pct(0.7), "%", 10, SCORE, "鉴定中心"],
            [
                None,
                "时效指标",
                "补贴资金审核办结时限",
                "≤",
                20,
                "个工作日",
                10,
                SCORE_C,
                "办件系统",
            ],
            [
                "成本指标",
                "经济成本指标",
                "人均培训补贴",
                "≤",
                wan(1200, YUAN),
                "元/人次",
                5,
                SCORE_C,
                "补贴标准文件",
            ],
            [
                None,
                None,
                "技能鉴定考务费标准",
                "≤",
                wan(150, YUAN),
                "元/人次",
                5,
                SCORE_C,
                "收费文件",
            ],
            ["效益指标", "经济效益指标", "培训后就业率", "≥", pct(0.6), "%", 10, SCORE, "就业登记"],
            [
                None,
                "社会效益指标",
                "重点群体技能培训覆盖率",
                "≥",
                pct(0.35),
                "%",
                10,
                SCORE,
                "人社统计",
            ],
            [None, "可持续影响指标", "技能培训评价体系", "", "健全", "", 10, SCORE_Q, "制度文件"],
            [
                "满意度指标",
                "服务对象满意度指标",
                "参训人员满意度",
                "≥",
                pct(0.9),
                "%",
                10,
                SCORE,
                "问卷调查",
            ],
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, None, 100, None, None, merge=[(1, 6)])
    return b


@variant(
    "ly12-money-not-adding",
    (1, 12),
    "project, OLD-NAT, 万元 formats: 资金总额 ≠ 财政拨款 + 其他资金; 人 against a 场 unit column",
)
def ly12() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 28, 8, 12, 10, 30, 20))
    project_head(
        s,
        year=2026,
        name="鹤汀区全民健身赛事活动",
        dept="鹤汀区文化体育和旅游局（215）",
        unit="鹤汀区体育事业发展中心",
        money=[
            (
                "年度资金总额",
                mk(wan(350, WAN2), "B101", "error", row=True, note="300 + 40 = 340, not 350"),
                "其中：财政拨款",
                wan(300, WAN2),
            ),
            ("其他资金", wan(40, WAN2), None, None),
        ],
        goals=[
            "全年举办区级全民健身赛事活动30场，参与群众5万人次，经常参加体育锻炼人数比例达到42%。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "目标值", "计量单位", "评分规则", "备注")
    s.table(
        [
            [
                "产出指标",
                "数量指标",
                "举办区级全民健身赛事活动",
                "≥",
                mk(ren(30), "T112", "error", row=True, note="shows 30人, unit column 场"),
                "场",
                SCORE_N,
                "活动备案",
            ],
            [None, None, "参与群众", "≥", 50000, "人次", SCORE_N, "报名系统"],
            [None, None, "培训社会体育指导员", "≥", ren(300), "人", SCORE_N, "培训名册"],
            [
                None,
                "质量指标",
                "赛事安全事故发生率",
                "≤",
                pct(0.001, "0.0%"),
                "%",
                SCORE_C,
                "赛事总结",
            ],
            [None, None, "赛事组织规范", "", "规范", "", SCORE_Q, "赛后评估"],
            [None, "时效指标", "赛事活动按计划举办率", "≥", pct(0.95), "%", SCORE, "年度赛事计划"],
            [
                None,
                "成本指标",
                "单场赛事平均成本",
                "≤",
                wan(11, WAN2),
                "万元/场",
                SCORE_C,
                "财务核算",
            ],
            [
                "效益指标",
                "社会效益指标",
                "经常参加体育锻炼人数比例",
                "≥",
                pct(0.42),
                "%",
                SCORE,
                "国民体质监测",
            ],
            [None, "经济效益指标", "带动体育消费", "≥", wan(800), "万元", SCORE_N, "抽样测算"],
            [None, "可持续影响指标", "全民健身品牌赛事", "≥", 3, "个", SCORE_N, "品牌赛事名录"],
            [
                "满意度指标",
                "服务对象满意度指标",
                "参赛群众满意度",
                "≥",
                pct(0.9),
                "%",
                SCORE,
                "赛后问卷",
            ],
        ],
        merged=(1, 2),
    )
    return b
