"""Returns of the oral-history recording programme (kah07-kah12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout700.common import (
    budget,
    funds,
    indicators,
    note,
    open_book,
    period_funds,
    wan,
)
from tests.variants.holdout700.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kah07-oral-three-year",
    (8,),
    "three-year project 2025-2027, NAT-2021, 实施期 and 年度 value columns, the period's "
    "counts above the year's, rates and unit costs equal in both (correct)",
)
def kah07() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        years=3,
        name="栎川记忆·亲历者口述史采录工程",
        dept="栎川县委宣传部（402001）",
        unit="栎川县史志研究室",
        attr="新增项目",
        money=period_funds((150, 140, 10), (50, 46, 4)),
        goals=[
            "2025—2027年采访县域七十岁以上亲历者不少于120人，转写口述文字稿不少于"
            "360万字，建成栎川口述史音视频资料库。",
            "2025年完成首批40人采访录制，转写文字稿不少于120万字，搭建资料库框架。",
        ],
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "口述史亲历者采访人数", "≥120人", "≥40人"),
            (None, None, "口述文字稿转写字数", "≥360万字", "≥120万字"),
            (None, "质量指标", "录音录像素材完整率", "≥95%", "≥95%"),
            (None, None, "文字稿校对差错率", "≤1%", "≤1%"),
            (None, "时效指标", "采访录制任务完成时间", "2027年11月30日前", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "单人采访录制成本", "≤0.6万元/人", "≤0.6万元/人"),
            ("效益指标", "社会效益指标", "口述史成果公众知晓率", "≥70%", "≥50%"),
            (None, "可持续影响指标", "口述史资料入库保存率", "=100%", "=100%"),
            ("满意度指标", "服务对象满意度指标", "受访者及家属满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "kah08-oral-three-year-wrong",
    (8, 12),
    "three-year project 2025-2027, NAT-2021, 实施期 and 年度 columns: 年度资金 above 中期, "
    "a year's count above the period's, a cumulative count copied to 年度",
)
def kah08() -> Book:
    b, s = open_book()
    annual = mk(wan(135), "B103", "error", note="年度资金总额135万元大于中期资金总额120万元")
    project_head(
        s,
        year=2025,
        years=3,
        name="栎川非遗传承人口述史影像记录",
        dept="栎川县文化和广电旅游体育局（438001）",
        unit="栎川县文化馆",
        attr="新增项目",
        money=period_funds((120, 110, 10), (annual, 125, 10)),
        goals=[
            "2025—2027年采访全县非遗传承人及老手艺人不少于90人，拍摄口述影像不少于"
            "270小时，编辑出版口述史读本1部。",
            "2025年采访30人，拍摄口述影像不少于90小时，完成首批影像整理编目。",
        ],
    )
    indicators(
        s,
        PERIOD,
        [
            (
                "产出指标",
                "数量指标",
                "非遗传承人及老手艺人采访人数",
                "≥90人",
                mk(
                    "≥150人",
                    "D201",
                    "error",
                    alt=("D104",),
                    note="年度150人超过实施期90人（年度目标写30人）",
                ),
            ),
            (
                None,
                None,
                "口述影像拍摄时长",
                "≥270小时",
                mk(
                    "≥270小时",
                    "D202",
                    "warning",
                    note="三年累计时长原样抄到年度列，年度目标写90小时",
                ),
            ),
            (None, "质量指标", "影像素材完整率", "≥95%", "≥95%"),
            (None, "时效指标", "采访拍摄完成时间", "2027年10月31日前", "2025年10月31日前"),
            ("成本指标", "经济成本指标", "单人采访拍摄成本", "≤0.8万元/人", "≤0.8万元/人"),
            ("效益指标", "社会效益指标", "口述史成果社会知晓率", "≥60%", "≥40%"),
            (None, "可持续影响指标", "口述影像资料入库率", "=100%", "=100%"),
            ("满意度指标", "服务对象满意度指标", "受访传承人满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "kah09-oral-flat-department",
    (3, 1, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, a 差错率 with ≤, weights adding to 100 with a 合计 row (correct)",
)
def kah09() -> Book:
    b, s = open_book(widths=(30, 10, 12, 12, 18, 18))
    department_head(
        s,
        year=2025,
        dept="栎川县史志研究室",
        budget=budget(96, 90, 6, 58, 38),
        goal="完成40位亲历者口述史采录，征集地方史料不少于500件，为2026年启动"
        "县志续修提供口述资料。",
        tasks=[
            ("口述史采录", "采访亲历者40人并转写", wan(24), "建成资料库首批库容"),
            ("地方史料征集", "征集村志、族谱、老照片等", wan(14), "征集史料500件"),
            ("金额合计", "", wan(38), ""),
        ],
    )
    s.row(*FLAT)
    s.table(
        [
            ("口述史亲历者采访人数", 15, "人", "≥", 40),
            ("口述文字稿转写字数", 10, "万字", "≥", 120),
            ("地方史料征集件数", 15, "件", "≥", 500),
            ("录音转写差错率", 10, "%", "≤", pct(0.01)),
            ("口述史资料入库率", 10, "%", "=", pct(1)),
            ("采访任务完成时限", 10, None, "≤", day(2025, 11, 30, CN_DATE)),
            ("单人采访成本", 10, "万元/人", "≤", 0.6),
            ("受访者满意度", 10, "%", "≥", pct(0.9)),
            ("史料使用单位满意度", 10, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ]
    )
    note(s, "说明：单人采访成本0.6万元 × 40人 = 24万元，与口述史采录任务金额一致。")
    return b


@variant(
    "kah10-oral-flat-wrong",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): an hour count "
    "below the goal's, the same indicator twice with a word more, weights adding to 95",
)
def kah10() -> Book:
    b, s = open_book(widths=(30, 10, 12, 12, 18, 18))
    department_head(
        s,
        year=2025,
        dept="栎川县融媒体中心",
        budget=budget(88, 82, 6, 46, 42),
        goal="采访60位老人，录制口述音视频不少于200小时，剪辑口述史短片10部。",
        tasks=[
            ("口述史采录", "采访60位老人并录制音视频", wan(30), "完成采录"),
            ("口述史成果转化", "剪辑短片、编印读本", wan(12), "短片10部"),
            ("金额合计", "", wan(42), ""),
        ],
    )
    s.row(*FLAT)
    s.table(
        [
            ("口述史受访者人数", 15, "人", "≥", 60),
            (
                "口述音视频录制时长",
                15,
                "小时",
                "≥",
                mk(120, "D104", "warning", row=True, note="年度总体目标写不少于200小时"),
            ),
            ("口述史短片剪辑数量", 15, "部", "≥", 10),
            ("录音转写差错率", 10, "%", "≤", pct(0.02)),
            (
                "口述史受访老人人数",
                10,
                "人",
                "≥",
                mk(
                    80,
                    "D102",
                    "warning",
                    row=True,
                    alt=("D103", "D101"),
                    note="与第一行是同一指标（多一个“老人”），指标值60/80不同",
                ),
            ),
            ("口述史资料入库率", 10, "%", "=", pct(1)),
            ("单人采访成本", 10, "万元/人", "≤", 0.5),
            ("受访者满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    b.file_mark("W101", "error", note="权重 15+15+15+10+10+10+10+10 = 95，应为100")
    return b


def _scored_head(s: Sheet) -> None:
    """A two-row header: 考核指标 over the three tiers, then 目标值（年度）, 分值, 评价标准."""
    top = s.row("考核指标", None, None, "目标值（年度）", "分值", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for col in (4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)


@variant(
    "kah11-oral-points-two-row",
    (7, 10),
    "project, NAT-2021, two-row header (考核指标 over the tiers, 目标值（年度）, 分值, "
    "评价标准), points on tier-1 labels and on indicators, a rate raised in 百分点 (correct)",
)
def kah11() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="栎川县老战士口述史抢救性采录",
        dept="栎川县退役军人事务局（446001）",
        unit="栎川县退役军人服务中心",
        money=funds(40, 40, 0),
        goals=[
            "抢救性采访县内健在老战士及其亲属25人，制作口述史专题短片6部，"
            "采录资料全部入库永久保存。"
        ],
    )
    _scored_head(s)
    s.table(
        [
            ("产出指标（50分）", "数量指标", "老战士及亲属采访人数", "≥25人", 15, "每少1人扣1分"),
            (None, None, "口述史专题短片制作", "≥6部", 15, "每少1部扣3分"),
            (None, "质量指标", "影像素材验收合格率", "≥95%", 10, "未达标不得分"),
            (None, "时效指标", "采录任务完成时间", "2025年10月31日前", 10, "逾期不得分"),
            (
                "成本指标（10分）",
                "经济成本指标",
                "单人采访录制成本",
                "≤1.2万元/人",
                10,
                "超标不得分",
            ),
            (
                "效益指标（30分）",
                "社会效益指标",
                "口述史资料线上检索利用率较上年提高",
                "≥5百分点",
                20,
                "按完成比例得分",
            ),
            (None, "可持续影响指标", "采录资料永久保存率", "=100%", 10, "未达标不得分"),
            (
                "满意度指标（10分）",
                "服务对象满意度指标",
                "受访老战士及家属满意度",
                "≥90%",
                10,
                "按完成比例得分",
            ),
        ],
        merged=(1, 2),
    )
    s.row("合计（100分）", None, None, None, 100, None, merge=[(1, 4)])
    return b


@variant(
    "kah12-oral-points-wrong",
    (10, 5),
    "project, NAT-2021, numbered tier labels with points: 产出 points not adding up, a "
    "satisfaction rate under 社会效益, a deadline of the year before",
)
def kah12() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="栎川县古村落口述史记录",
        dept="栎川县委宣传部（402001）",
        unit="栎川县史志研究室",
        money=funds(30, 28, 2),
        goals=["记录12个古村落老人口述村史，每村不少于3人，10月底前完成采录并在村史馆展播。"],
    )
    _scored_head(s)
    tier = mk("一、产出指标（50分）", "W103", "error", note="其下指标分值 15+10+10+10 = 45，不是50")
    late = mk("2024年10月31日前", "Y102", "error", row=True, alt=("Y103",),
              note="预算年度2025年，期限仍是上年的（年度目标写10月底前）")  # fmt: skip
    astray = mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")
    s.table([
        (tier, "（一）数量指标", "古村落口述史采录村数", "≥12个", 15, "每少1个扣1分"),
        (None, "（二）质量指标", "口述影像素材完整率", "≥95%", 10, "未达标不得分"),
        (None, None, "口述文字稿校对合格率", "≥98%", 10, "未达标不得分"),
        (None, "（三）时效指标", "采录任务完成时间", late, 10, "逾期不得分"),
        ("二、成本指标（10分）", "（一）经济成本指标", "单村采录成本", "≤2.3万元/个", 10, "超标"),
        ("三、效益指标（30分）", "（一）社会效益指标", "村民村史知晓率较上年提高", "≥10百分点",
         10, "按比例"),
        (None, None, "村民对口述史展播满意度", astray, 10, "按比例"),
        (None, "（二）可持续影响指标", "口述史资料入库率", "=100%", 10, "未达标不得分"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受访老人满意度", "≥90%", 10,
         "按比例"),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="分值合计95：由产出少5分引起，容忍")
    note(s, "注：一级指标分值合计100分。")
    return b
