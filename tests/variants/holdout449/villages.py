"""山歌 in villages: yq01–yq06 (percent cells, direction, stacked projects, notes, flat list)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout449.common import DEPT, indicators, notes, one_year, sign, start, wan
from tests.variants.holdout449.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("yq01-shange-percent", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 0起 on an incident "
         "count (correct)")  # fmt: skip
def yq01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="楠坪乡山歌传习所运行补助", dept=DEPT,
                 unit="楠坪乡综合文化站", money=one_year(48, 40, 8),
                 goals=["开展山歌传习活动40场，培训青年歌手120人，整理山歌曲目60首。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "山歌传习活动场次", "≥", 40, "场"),
        (None, None, "培训青年歌手人数", "≥", 120, "人"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), None),
        (None, None, "传承人带徒任务完成率", "=", pct(1), None),
        (None, "时效指标", "曲目整理完成时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "每场传习活动补助标准", "≤", 600, "元/场"),
        ("效益指标", "社会效益指标", "传习活动安全事故发生次数", "≤", 0, "起"),
        (None, "可持续影响指标", "山歌曲目数字化存档比例", "≥", pct(0.8), None),
        ("满意度指标", "服务对象满意度指标", "参训群众满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "覃秀梅", "0778-6613207", day(2024, 12, 10))
    return b


@variant("yq02-shange-direction", (11, 1),
         "project, OLD-NAT, operator column with words: a 反向 rate with 大于等于, a 正向 count "
         "with ≤, a completion rate above 100%")  # fmt: skip
def yq02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鸣溪镇山歌歌师扶持项目", dept=DEPT,
                 unit="鸣溪镇文化服务中心", money=one_year(36, 30, 6),
                 goals=["扶持歌师30名，开展山歌对唱培训24期，稳定歌师队伍。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "扶持歌师人数", "大于等于", 30, "人"),
        (None, None, mk("山歌对唱培训期数", "T108", "warning", row=True,
                        note="a 正向 count capped with 小于等于"), "小于等于", 24, "期"),
        (None, "质量指标", "歌师年度考评完成率", "大于等于",
         mk(pct(1.05), "T106", "error", note="a completion rate cannot exceed 100%"), None),
        (None, "成本指标", "歌师每人年度补助", "小于等于", 6000, "元/人"),
        ("效益指标", "可持续影响指标", mk("歌师队伍流失率", "T108", "warning", row=True,
                                  note="a 反向 rate with 大于等于"), "大于等于", 5, "%"),
        (None, "社会效益指标", "村寨山歌活动覆盖率", "大于等于", pct(0.85), None),
        ("满意度指标", "服务对象满意度指标", "歌师满意度", "大于等于", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "黄德昌", "0778-6620415", day(2025, 1, 8))
    return b


def _shange_stack(wrong: bool) -> Book:
    b, s = start("绩效目标表")
    heads = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="雾岭县山歌擂台赛", dept=DEPT, unit="雾岭县文化馆",
                 money=one_year(25, 20, 5),
                 goals=["举办乡镇山歌擂台赛8场、县级总决赛1场。"])  # fmt: skip
    indicators(s, heads, [
        ("产出指标", "数量指标", "擂台赛场次", "≥9场"),
        (None, "质量指标", "参赛作品原创率", "≥60%"),
        (None, "成本指标", "每场赛事经费", "≤2.5万元/场"),
        ("效益指标", "社会效益指标", "现场观众人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(30), "B101", "error", note="22 + 6 = 28, not 30") if wrong else 30
    project_head(s, year=2025, name="山歌进村寨巡演", dept=DEPT, unit="雾岭县文化馆",
                 money=one_year(total, 22 if wrong else 24, 6), title="",
                 goals=["组织山歌队进村寨巡演30场，收集整理民间歌词。"])  # fmt: skip
    words = mk("120首", "T105", "error", note="a completion rate given as a count") if wrong \
        else "≥95%"  # fmt: skip
    indicators(s, heads, [
        ("产出指标", "数量指标", "巡演场次", "≥30场"),
        (None, "质量指标", "歌词整理完成率", words),
        (None, "成本指标", "每场巡演补助", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "现场观众人次", "≥9000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("yq03-stacked-shange", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each (correct)")  # fmt: skip
def yq03() -> Book:
    return _shange_stack(False)


@variant("yq04-stacked-shange-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second project's money does not add up and its "
         "completion rate is a count")  # fmt: skip
def yq04() -> Book:
    return _shange_stack(True)


@variant("yq05-shange-notes", (4,),
         "project, OLD-NAT, one value column; a 说明 row inside the table, 注 lines, 填表说明, "
         "signature and a fill date in the prior year (correct)")  # fmt: skip
def yq05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="上岔村山歌文化广场活动经费", dept=DEPT,
                 unit="楠坪乡上岔村村民委员会", money=one_year(12, 10, 2),
                 goals=["每月举办山歌会1次，全年12次，带动村民参与。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "山歌会举办次数", "≥12次"),
        (None, "质量指标", "活动方案审核通过率", "=100%"),
        ("说明：以下效益指标按村民委员会年度考核口径填写", None, None, None),
        ("效益指标", "社会效益指标", "参与村民人次", "≥3600人次"),
        (None, "可持续影响指标", "村级山歌队数量", "≥2支"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    note = "注：1. “≥”表示不低于；2. 山歌会每次补助0.1万元，12次共1.2万元，其余用于音响租赁。"
    notes(s, note, "填表说明：本表一式两份，报县文化广电和旅游局备案。")
    sign(s, "吴金凤", "0778-6652318", day(2024, 12, 16))
    s.row("村民委员会（盖章）", None, None, "负责人签字：", "吴光辉")
    return b


@variant("yq06-flat-shange-defects", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): a "
         "unit conflict and weights not adding to 100")  # fmt: skip
def yq06() -> Book:
    b, s = start()
    s.title("2025年度楠坪乡综合文化站整体支出绩效目标表", 5)
    s.row("单位名称", "楠坪乡综合文化站", None, "填报日期", day(2024, 11, 25))
    b.file_mark("W101", "error", note="weights 20 + 20 + 15 + 20 + 20 = 95, not 100")
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("山歌培训班期数", 20, "期", "≥", 12),
        ("山歌传承人补助发放", 20, "人", "≤", mk("12万元", "T112", "error",
                                          note="value in 万元, unit column 人")),
        ("山歌活动村寨覆盖率", 15, "%", "≥", 80),
        ("群众参与人次", 20, "人次", "≥", 5000),
        ("群众满意度", 20, "%", "≥", 90),
    ], merged=())  # fmt: skip
    return b
