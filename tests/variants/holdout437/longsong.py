"""Returns of the long-song (长调) half: multi-year projects, points, artefacts, an export."""

from __future__ import annotations

from tests.variants.holdout437.common import PLAIN, book, head, indicators, notes, signature, wan
from tests.variants.holdout437.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def period_money(total: tuple[float, float], fiscal: tuple[float, float]) -> list[tuple[C, ...]]:
    """中期 and 年度 money of a multi-year project, 万元 only in the number format."""

    def m(v: float) -> C:
        return money(v, WAN)

    return [
        (C("中期资金总额"), m(total[0]), C("年度资金总额"), m(total[1])),
        (C("其中：财政拨款"), m(fiscal[0]), C("其中：财政拨款"), m(fiscal[1])),
        (C("其他资金"), m(total[0] - fiscal[0]), C("其他资金"), m(total[1] - fiscal[1])),
    ]


@variant("ye07-longsong-record-multiyear", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: annual counts below the period, rates and unit costs equal "
         "(correct)")  # fmt: skip
def ye07() -> Book:
    b, s = book()
    head(s, "长调民歌抢救性采录工程", period_money((180, 60), (150, 50)), [
        "三年内完成全县健在长调老艺人的系统采录，整理出版曲谱集，建成长调数字资源库。",
        "本年度完成西部苏木老艺人采录，整理首批曲谱，启动数字资源库建设。",
    ], years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "采录长调曲目", "≥300首", "≥100首"),
        (None, None, "采访长调老艺人", "≥45人", "≥15人"),
        (None, None, "整理出版长调曲谱集", "≥3册", "≥1册"),
        (None, "质量指标", "音视频资料归档合格率", "≥95%", "≥95%"),
        (None, "时效指标", "采录任务按计划完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每首曲目采录整理成本", "≤0.5万元/首", "≤0.5万元/首"),
        ("效益指标", "社会效益指标", "采录曲目数字化保存率", "≥98%", "≥98%"),
        (None, "可持续影响指标", "长调数字资源库建设", "建成并开放查询", "完成一期建设"),
        ("满意度指标", "服务对象满意度指标", "受访老艺人及家属满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "敖特根", "其其格", "0477-7261835")
    return b


@variant("ye08-longsong-singers-copied", (8,), "two-year project, OLD-NAT, 中期 and 年度 "
         "columns: the 年度目标 copied from the 中期目标, cumulative counts copied")  # fmt: skip
def ye08() -> Book:
    b, s = book()
    goal = "培养一批青年长调歌手，举办长调演唱会，推动长调进牧区、进景区。"
    head(s, "青年长调歌手培养计划", period_money((80, 40), (80, 40)), [
        goal, mk(goal, "D204", "warning", note="年度目标 copied word for word from 中期目标"),
    ], years=2, end=day(2026, 12, 31))  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "培养青年长调歌手", "≥40人",
         mk("≥40人", "D202", "warning", note="cumulative count copied from the 中期 column")),
        (None, None, "举办长调演唱会", "≥8场",
         mk("≥8场", "D202", "warning", note="cumulative count copied from the 中期 column")),
        (None, "质量指标", "学员长调演唱考级通过率", "≥80%", "≥80%"),
        (None, "时效指标", "培训课程按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "人均培养费用", "≤1万元/人", "≤1万元/人"),
        ("效益指标", "社会效益指标", "演唱会现场观众人次", "≥6000人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "敖特根", "其其格", "0477-7261835")
    return b


POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("ye09-longsong-campus-points", (10,), "project, NAT-2021, tier-1 scores and indicator "
         "scores both adding to 100, a coverage rate raised in 百分点 (correct)")  # fmt: skip
def ye09() -> Book:
    b, s = book()
    head(s, "长调进校园项目", wan(30, 30, 0),
         ["在全县中小学开设长调兴趣课程，扩大长调课程覆盖面。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "开设长调兴趣课程学校", "≥15个", 20),
        (None, None, "质量指标", "长调兴趣课程教案审核通过率", "≥90%", 15),
        (None, None, "时效指标", "课程按学期开设率", "=100%", 15),
        ("成本指标", 10, "经济成本指标", "每校课程补助", "≤2万元/校", 10),
        ("效益指标", 30, "社会效益指标", "中小学长调课程覆盖率", "提高≥5百分点", 15),
        (None, None, "可持续影响指标", "校园长调兴趣小组常态活动率", "≥80%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "学生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, ["注：一级分值为各一级指标的分值，指标分值为各三级指标的分值，两列各自合计100分。"])
    signature(s, "敖特根", "其其格", "0477-7261835")
    return b


@variant("ye10-longsong-contest-points-wrong", (10,), "project, NAT-2021, tier-1 scores against "
         "the indicator scores under them, a satisfaction rate with =")  # fmt: skip
def ye10() -> Book:
    b, s = book()
    head(s, "长调民歌大赛承办项目", wan(26, 26, 0),
         ["承办全县长调民歌大赛，发现和推出长调新人。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note="20 + 15 + 20 = 55 under 产出 declared 50"),
         "数量指标", "参赛选手人数", "≥120人", 20),
        (None, None, "质量指标", "评审规则公示率", "=100%", 15),
        (None, None, "时效指标", "赛事按期举办率", "=100%", 20),
        ("成本指标", 10, "经济成本指标", "赛事总成本", "≤26万元", 10),
        ("效益指标", mk(30, "W103", "error", note="10 + 15 = 25 under 效益 declared 30"),
         "社会效益指标", "推出长调新人", "≥10人", 10),
        (None, None, "可持续影响指标", "获奖选手纳入传习梯队比例", "≥60%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参赛选手满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    signature(s, "敖特根", "其其格", "0477-7261835")
    return b


@variant("ye11-longsong-oral-history-artefacts", (9, 12), "project, OLD-NAT, one value column, "
         "detail lines below the table: a date serial as text, a split number, an amount pasted "
         "twice")  # fmt: skip
def ye11() -> Book:
    b, s = book()
    end = mk("46022", "X104", "warning", note="计划完成日期 typed as the serial of 2025-12-31")
    head(s, "长调传承人口述史采录项目", wan(36, 30, 6),
         ["采录县级以上长调传承人口述史，整理成文字和影像档案。"], end=end)  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "采录长调传承人", "≥20人", None),
        (None, None, "整理口述史文字稿", "≥20份", None),
        (None, "质量指标", "口述史档案审校合格率", "≥95%", None),
        (None, "时效指标", "采录任务按期完成率", "≥95%", None),
        (None, "成本指标", "每位传承人采录成本", "≤1.2万元/人", None),
        ("效益指标", "社会效益指标", "口述史档案对外提供查阅", "≥200人次", None),
        ("满意度指标", "服务对象满意度指标", "受访传承人满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    s.row("项目支出明细（万元）", merge=[(1, 6)])
    s.row("序号", "支出明细", None, "金额", "测算依据", None, merge=[(2, 3), (5, 6)])
    s.row(1, "采录设备租赁", None,
          mk("12.345 6", "X105", "warning", alt=("X103",), note="number split by a space"),
          "按租期测算", None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(2, "传承人及陪同人员劳务", None,
          mk("8.5万8.5万", "X106", "error", alt=("B108",), note="8.5万 pasted twice"),
          "按人次测算", None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(3, "资料整理与数字化", None, money(15.1544, "0.0000"), "按时长测算", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("合计", None, None, money(36, "0.0000"), None, None, merge=[(1, 3), (5, 6)])
    signature(s, "敖特根", "其其格", "0477-7261835")
    return b


@variant("ye12-longsong-hall-export", (7,), "budget-system export: money on sheet 05-1, the "
         "indicator table on a second sheet with codes in the first columns, a two-row header "
         "under 绩效指标 / 预期目标, headers 考核指标, 目标值（年度）, 评价标准 "
         "(correct)")  # fmt: skip
def ye12() -> Book:
    b, s = book("项目支出预算05-1", (12, 24, 16, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("417003", "宝音图勒县马头琴长调传习学校", "417003250012", "长调传习馆展陈提升项目",
          money(45), money(45), money(0))  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (12, 16, 14, 16, 30, 16, 30))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("项目名称：长调传习馆展陈提升项目", merge=[(1, 7)])
    t.row("单位编码", "项目编码", "绩效指标", None, None, "预期目标", None,
          merge=[(3, 5), (6, 7)])  # fmt: skip
    t.row(None, None, "一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    for c in (1, 2):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    code = ("417003", "417003250012")
    t.table([
        (*code, "产出指标", "数量指标", "更新长调展陈展板", "≥120块", "每少10块扣1分"),
        (*code, None, None, "新增长调名家影音展位", "≥6个", "每少1个扣1分"),
        (*code, None, "质量指标", "展陈内容专家审核通过率", "=100%", "未通过不得分"),
        (*code, None, "时效指标", "展陈提升完工时间", "2025年10月31日前", "逾期不得分"),
        (*code, None, "成本指标", "展板制作单价", "≤0.15万元/块", "超标不得分"),
        (*code, "效益指标", "社会效益指标", "传习馆年接待参观人次", "≥8000人次", "按比例得分"),
        (*code, None, "可持续影响指标", "展陈资料数字化留存率", "≥90%", "按比例得分"),
        (*code, "满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%", "按比例得分"),
    ], merged=(3, 4))  # fmt: skip
    return b
