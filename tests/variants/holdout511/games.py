"""County games for herders' youth (牧区青少年运动会) and the invitational meets of the 苏木:
stacked projects, flat lists, notes and late headers."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout511.common import (
    DEPT,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout511.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
STACK = "2025年度哈日诺尔县青少年体育项目支出绩效目标表"


def games_project(s: Sheet, title: str | None) -> None:
    """The county games, the first project of a stacked sheet."""
    project_head(s, year=YEAR, title=title, name="第九届哈日诺尔县牧区青少年运动会", dept=DEPT,
                 unit="哈日诺尔县文化体育局", money=one_year(65, 60, 5),
                 goals=("8月举办县牧区青少年运动会，设摔跤、赛马、射箭等比赛项目。",))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "设置比赛项目数", "≥8项"),
        (None, None, "参赛青少年人数", "≥1200人"),
        (None, "质量指标", "赛事裁判员持证率", "≥95%"),
        (None, "时效指标", "运动会举办时间", "8月31日前"),
        (None, "成本指标", "运动会办赛总成本", "≤65万元"),
        ("效益指标", "社会效益指标", "赛事安全事故", "0起"),
        (None, "可持续影响指标", "运动会纳入县年度赛事计划", "每年举办"),
        ("满意度指标", "服务对象满意度指标", "参赛青少年满意度", "≥90%"),
    ])  # fmt: skip


@variant("ba07-games-stacked-three", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names (赛事安全事故, 参赛青少年满意度) with different values in different projects, "
         "0起 on an incident count, a cost equal to the budget (correct)")  # fmt: skip
def ba07() -> Book:
    b, s = book()
    games_project(s, STACK)
    s.skip()
    project_head(s, year=YEAR, title="", name="巴彦敖包苏木那达慕青少年摔跤邀请赛", dept=DEPT,
                 unit="巴彦敖包苏木人民政府", money=one_year(18, 15, 3),
                 goals=("举办3场青少年摔跤邀请赛，为县运动会选拔摔跤选手。",))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "举办邀请赛场次", "≥3场"),
        (None, None, "参赛摔跤手人数", "≥256人"),
        (None, "质量指标", "赛事医疗保障到位率", "100%"),
        (None, "时效指标", "邀请赛完成时间", "7月31日前"),
        (None, "成本指标", "单场邀请赛成本", "≤6万元/场"),
        ("效益指标", "社会效益指标", "赛事安全事故", "0起"),
        (None, "可持续影响指标", "向县运动会输送摔跤选手人数", "≥32人"),
        ("满意度指标", "服务对象满意度指标", "参赛青少年满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="县级摔跤裁判员培训", dept=DEPT,
                 unit="哈日诺尔县摔跤协会", money=one_year(12, 12, 0),
                 goals=("培训摔跤裁判员40人，保障苏木和县级赛事执裁。",))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "培训裁判员人数", "≥40人"),
        (None, "质量指标", "结业考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "6月30日前"),
        (None, "成本指标", "人均培训成本", "≤3000元/人"),
        ("效益指标", "可持续影响指标", "苏木级赛事持证裁判覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训裁判员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ba08-games-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 "
         "is not 财政拨款 + 其他资金 and one of its rates is given as a count")  # fmt: skip
def ba08() -> Book:
    b, s = book()
    games_project(s, STACK)
    s.skip()
    total = mk(money(20, WAN), "B101", "error", row=True,
               note="财政拨款 16 + 其他资金 6 = 22, not 20")  # fmt: skip
    project_head(s, year=YEAR, title="", name="牧区青少年赛马摔跤骑射三项赛", dept=DEPT,
                 unit="额仁高勒苏木人民政府",
                 money=[("年度资金总额", total, "其中：财政拨款", money(16, WAN)),
                        (None, None, "其他资金", money(6, WAN))],
                 goals=("举办牧区青少年三项赛2场，带动牧民家庭参与。",))  # fmt: skip
    count = mk("120户", "T105", "error", note="a 参与率 needs a %; 120户 is a count")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "举办三项赛场次", "≥2场"),
        (None, None, "参赛青少年人数", "≥300人"),
        (None, "质量指标", "参赛选手报名审核通过率", "≥95%"),
        (None, "时效指标", "三项赛完成时间", "9月30日前"),
        (None, "成本指标", "单场赛事成本", "≤10万元/场"),
        ("效益指标", "社会效益指标", "牧民家庭参与率", count),
        ("满意度指标", "服务对象满意度指标", "参赛青少年满意度", "≥90%"),
    ])  # fmt: skip
    return b


def school_head(s: Sheet, budget: list[tuple[object, ...]]) -> None:
    department_head(s, year=YEAR, dept="哈日诺尔县青少年业余体育学校", budget=budget,
                    goal="全年开展摔跤、射箭等项目业余训练，"
                         "承办县牧区青少年运动会摔跤比赛。")  # fmt: skip


@variant("ba09-games-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, ≤ 0 起 on an incident count, a percent cell (correct)")  # fmt: skip
def ba09() -> Book:
    b, s = book()
    school_head(s, [(money(420, WAN), money(400, WAN), money(20, WAN), money(300, WAN),
                     money(120, WAN))])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.table([
        ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
        ("业余训练在训学员人数", 20, "人", "≥", 260),
        ("承办县级以上摔跤比赛场次", 15, "场", "≥", 4),
        ("学员年度体能测试达标率", 15, "%", "≥", pct(0.9)),
        ("输送县外专业队员人数", 10, "人", "≥", 6),
        ("训练场馆安全事故", 10, "起", "≤", 0),
        ("学员人均年度训练成本", 10, "元/人", "≤", 4000),
        ("教练员持证上岗率", 10, "%", "≥", 95),
        ("学员及家长满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("ba10-games-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def ba10() -> Book:
    b, s = book()
    school_head(s, [(money(380, WAN), money(360, WAN), money(20, WAN), money(280, WAN),
                     money(100, WAN))])  # fmt: skip
    unit = mk(
        "≤2万元",
        "T112",
        "error",
        note="the value is in 万元, the unit column says 人 (copied from the row above)",
    )
    floor = mk(
        "≥3",
        "T108",
        "warning",
        row=True,
        note="反向 in the direction column, but ≥ sets a floor on the injury rate",
    )
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+15+10 = 95, not 100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.table([
        ("指标名称", "指标值", "指标性质", "计量单位", "权重"),
        ("业余训练在训学员人数", "≥240", "正向", "人", 20),
        ("单场县级摔跤比赛保障成本", unit, "反向", "人", 15),
        ("承办县级以上比赛场次", "≥4", "正向", "场", 15),
        ("学员训练伤病发生率", floor, "反向", "%", 10),
        ("教练员持证上岗率", "≥95", "正向", "%", 10),
        ("输送县外专业队员人数", "≥5", "正向", "人", 15),
        ("学员及家长满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    return b


@variant("ba11-games-notes-signature", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, 注 and 填表说明 rows, a note explaining the money, "
         "signature and a fill date in the year before (correct)")  # fmt: skip
def ba11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="额仁高勒苏木冬季青少年摔跤联赛", dept=DEPT,
                 unit="额仁高勒苏木综合文化站", money=one_year(15, 12, 3),
                 goals=("冬季举办苏木青少年摔跤联赛5轮，"
                        "丰富牧区青少年冬季体育活动。",))  # fmt: skip
    indicators(s, HEAD4, [
        ("（请按二级指标逐项填写三级指标，可自行增行）", None, None, None),
        ("产出指标", "数量指标", "联赛举办轮次", "≥5轮"),
        (None, None, "参赛青少年人数", "≥150人"),
        (None, "质量指标", "联赛裁判员持证率", "≥90%"),
        (None, "时效指标", "联赛完成时间", "12月31日前"),
        (None, "成本指标", "每轮联赛成本", "≤3万元/轮"),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 5, start_column=1, end_row=s.r - 5, end_column=4)
    indicators(s, HEAD4, [
        ("效益指标", "社会效益指标", "冬季参加摔跤活动的牧区青少年人次", "≥750人次"),
        (None, "可持续影响指标", "联赛纳入苏木年度体育工作计划", "连续举办"),
        ("满意度指标", "服务对象满意度指标", "参赛青少年及家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.其他资金3万元为苏木摔跤协会自筹，与财政拨款12万元合计即年度资金总额15万元。",
          "2.参赛人次按5轮×150人测算。", width=4)  # fmt: skip
    notes(s, "填表说明：指标值须填写比较符、数值和计量单位；定性指标填写等级。", width=4)
    signature(s, "其木格", "0476-5213384", day(YEAR - 1, 12, 6, "yyyy年m月d日"))
    return b


@variant("ba12-games-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "考核指标 · 目标值（年度） · 评价标准, NAT-2021, =100% as text (correct)")  # fmt: skip
def ba12() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="牧区青少年摔跤选手参赛保障", dept=DEPT,
                 unit="哈日诺尔县青少年业余体育学校", money=one_year(24, 24, 0),
                 goals=("保障县摔跤代表队参加盟市青少年锦标赛，"
                        "做好集训、交通和保险。",))  # fmt: skip
    t = b.sheet("绩效目标", (14, 18, 30, 16, 34))
    t.title("绩效目标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("成本指标", "经济成本指标", "人均参赛保障成本", "≤8000元/人", "超标准不得分"),
        ("产出指标", "数量指标", "参赛队员人数", "≥30人", "每少1人扣1分"),
        (None, "质量指标", "参赛队员意外伤害保险投保率", "=100%", "未全员投保不得分"),
        (None, "时效指标", "赛前集训完成时间", "7月15日前", "逾期不得分"),
        ("效益指标", "社会效益指标", "队员获得盟市级比赛名次人数", "≥6人", "按比例得分"),
        (None, "可持续影响指标", "参赛队员留队训练比例", "≥80%", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "参赛队员满意度", "≥90%", "按比例得分"),
    ])  # fmt: skip
    return b
