"""Curling (冰壶) squad returns: 中期 and 年度 columns, tier labels as offices write them,
template rows, a second-sheet table and conversion artefacts (yl07–yl12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout444.common import (
    DEPT,
    HEAD4,
    HEAD6,
    SCHOOL,
    YEAR,
    book,
    funds,
    indicators,
    wan,
)
from tests.variants.holdout444.registry import variant
from tests.variants.kit import Book, mk, pct

TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
TWO_YEAR_MONEY = [("中期资金总额", wan(150), "年度资金总额", wan(80)),
                  ("其中：财政拨款", wan(130), "其中：财政拨款", wan(70)),
                  ("其他资金", wan(20), "其他资金", wan(10))]  # fmt: skip


@variant("yl07-curling-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the 中期目标 text copied into "
         "年度目标, cumulative counts copied from the period column")  # fmt: skip
def curling_period_copied() -> Book:
    b, s = book()
    goal = "建成冰壶青年梯队，完成全国冰壶锦标赛参赛任务，冰壶专项训练不少于1200课时。"
    same = mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")
    project_head(s, year=YEAR, years=2, name="冰壶青年梯队建设项目", dept=DEPT, unit=SCHOOL,
                 money=TWO_YEAR_MONEY, goals=[goal, same])  # fmt: skip
    hours = mk("≥1200课时", "D202", "warning", note="a two-year count copied into the year")
    games = mk("≥20场", "D202", "warning", note="a two-year count copied into the year")
    indicators(s, [
        ("产出指标", "数量指标", "冰壶专项训练课时", "≥1200课时", hours),
        (None, None, "参加全国冰壶赛事场次", "≥20场", games),
        (None, "质量指标", "投壶技术测试达标率", "≥85%", "≥85%"),
        (None, "时效指标", "赛季训练计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每课时冰面租用费", "≤600元/课时", "≤600元/课时"),
        ("效益指标", "社会效益指标", "全国青年冰壶锦标赛名次", "前八名", "前八名"),
        ("满意度指标", "服务对象满意度指标", "队员满意度", "≥90%", "≥90%"),
    ], head=TWO_HEAD)  # fmt: skip
    return b


@variant("yl08-curling-two-year", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns, annual counts below the period, a "
         "下降率 with ≥ and a 0起 incident count (correct)")  # fmt: skip
def curling_two_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="冰壶训练馆冰面保障项目", dept=DEPT, unit=SCHOOL,
                 money=TWO_YEAR_MONEY,
                 goals=["两年完成冰壶石打磨32只，冰面故障停训时长逐年下降。",
                        "2026年完成冰壶石打磨16只，冰面故障停训时长下降10%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "冰壶石打磨维护只数", "≥32只", "≥16只"),
        (None, None, "冰面重铺次数", "≥4次", "≥2次"),
        (None, "质量指标", "冰面平整度检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "冰面故障响应时间", "≤2小时", "≤2小时"),
        ("成本指标", "经济成本指标", "每次冰面重铺费用", "≤12万元/次", "≤12万元/次"),
        ("效益指标", "社会效益指标", "冰面故障停训时长下降率", "≥20%", "≥10%"),
        (None, None, "冰场安全责任事故", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "教练员满意度", "≥90%", "≥90%"),
    ], head=TWO_HEAD)  # fmt: skip
    return b


@variant("yl09-curling-labels", (5,),
         "project, NAT-2021, numbered tier labels with points and a * mark, abbreviated tier-2 "
         "labels, operators in words in 指标性质, a unit column (correct)")  # fmt: skip
def curling_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="冰壶队赛季训练经费", dept=DEPT, unit=SCHOOL,
                 money=funds(36, 30, 6),
                 goals=["完成冰壶队2026赛季训练和四站省级联赛。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量", "省级联赛参赛站数", "大于等于", 4, "站"),
        (None, None, "赛季训练课时", "大于等于", 640, "课时"),
        (None, "（二）质量", "队员投壶准确率测试达标率", "大于等于", pct(0.8), "%"),
        (None, "*（三）时效", "联赛报名按时完成率", "等于", pct(1), "%"),
        ("二、成本指标（10分）", "1.经济成本", "每课时训练成本", "小于等于", 450, "元/课时"),
        ("三、效益指标（30分）", "1.社会效益", "联赛前三名站次", "大于等于", 2, "站次"),
        (None, "2.可持续影响", "冰壶梯队在训队员人数", "大于等于", 16, "人"),
        ("四、满意度指标（10分）", "1.服务对象满意度", "队员满意度", "大于等于", pct(0.9), "%"),
    ], head=HEAD6)  # fmt: skip
    return b


@variant("yl10-curling-template-rows", (5, 6, 13),
         "project, NAT-2021, numbered labels: one tier-2 under the wrong tier-1, a tier-2 left "
         "from the template without indicators, a value without a name")  # fmt: skip
def curling_template_rows() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="冰壶队国际交流赛经费", dept=DEPT, unit=SCHOOL,
                 money=funds(28, 28, 0),
                 goals=["组织冰壶队参加两站邀请赛，开展交流训练。"])  # fmt: skip
    parent = mk("（三）可持续影响指标", "F105", "error", note="可持续影响 belongs to 效益")
    left = mk("（三）生态效益指标", "F109", "warning", row=True, note="template row left empty")
    nameless = mk(None, "F110", "error", note="a value without an indicator name")
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "参加邀请赛站数", "≥2站"),
        (None, None, nameless, "≥24人次"),
        (None, "（二）质量指标", "交流训练计划完成率", "≥95%"),
        (None, parent, "交流训练成果应用场次", "≥6场"),
        ("二、成本指标", "（一）经济成本指标", "人均单站参赛费用", "≤5500元/人"),
        ("三、效益指标", "（一）社会效益指标", "邀请赛获奖站次", "≥1站次"),
        (None, left, None, None),
        ("四、满意度指标", "（一）服务对象满意度指标", "参赛队员满意度", "≥90%"),
    ], head=HEAD4)  # fmt: skip
    return b


@variant("yl11-curling-second-sheet", (7,),
         "project: head on the first sheet, the table on a second sheet under 考核指标, "
         "目标值（年度） and a 评价标准 scoring column (correct)")  # fmt: skip
def curling_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="冰壶体能康复中心运行经费", dept=DEPT, unit=SCHOOL,
                 money=funds(32, 32, 0),
                 goals=["保障冰壶队体能训练和伤病康复全年运行。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 16, 34))
    t.title(f"{YEAR}年度冰壶体能康复中心运行经费绩效指标", 5)
    indicators(t, [
        ("产出指标", "数量指标", "体能康复服务人次", "≥1500人次", "达到得满分，未达按比例扣分"),
        (None, "质量指标", "伤病运动员康复复训率", "≥85%", "每低1个百分点扣0.5分"),
        (None, "时效指标", "康复评估出具时限", "≤3个工作日", "超时一次扣1分"),
        ("成本指标", "经济成本指标", "人次康复服务成本", "≤200元/人次", "超出不得分"),
        ("效益指标", "社会效益指标", "因伤缺训天数下降率", "≥10%", "达到得满分"),
        ("满意度指标", "服务对象满意度指标", "运动员满意度", "≥90%", "问卷调查"),
    ], head=("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"))  # fmt: skip
    return b


@variant("yl12-curling-artefacts", (9,),
         "project, NAT-2021, one value column: an amount split by a space, a plan date stored "
         "as a serial in a text cell, a completion rate given as a count")  # fmt: skip
def curling_artefacts() -> Book:
    b, s = book()
    split = mk("12.3 5", "X105", "warning", alt=("X103",), note="read as 12.35; 40 + 12.35")
    serial = mk("46203", "X104", "warning", note="the serial of 2026-06-30 as text")
    project_head(s, year=YEAR, name="冰壶石及刷冰器材购置", dept=DEPT, unit=SCHOOL,
                 end=serial, money=[("年度资金总额", wan(52.35), "其中：财政拨款", wan(40)),
                                    (None, None, "其他资金", split)],
                 goals=["购置比赛级冰壶石两套及刷冰器材，保障冰壶队训练。"])  # fmt: skip
    count = mk("240课时", "T105", "error", note="a 完成率 needs a percentage")
    indicators(s, [
        ("产出指标", "数量指标", "购置比赛级冰壶石套数", "≥2套"),
        (None, None, "新器材训练计划完成率", count),
        (None, "质量指标", "器材验收合格率", "=100%"),
        (None, "时效指标", "器材交付完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "比赛级冰壶石单价", "≤18万元/套"),
        ("效益指标", "可持续影响指标", "器材预计使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "队员满意度", "≥90%"),
    ], head=HEAD4)  # fmt: skip
    return b
