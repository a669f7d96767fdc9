"""Wrestling (摔跤) clubs of the 苏木 and 嘎查: percent cells, tier labels and points."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout511.common import DEPT, YEAR, book, indicators, one_year
from tests.variants.holdout511.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ba01-club-percent-cells", (1, 11),
         "project, OLD-NAT, operator column (指标性质) and unit column, percent cells typed in "
         "Excel, 万元 in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def ba01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="巴彦敖包苏木青少年摔跤俱乐部常年训练补助", dept=DEPT,
                 unit="巴彦敖包苏木青少年摔跤俱乐部", money=one_year(48, 42, 6),
                 goals=("全年开展青少年摔跤常年训练，规范训练补助发放，降低训练伤病，"
                        "提高牧区青少年体质和竞技水平。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "常年训练学员人数", "≥", 120, "人"),
        (None, None, "全年训练课次", "≥", 180, "次"),
        (None, "质量指标", "学员体能测试达标率", "≥", pct(0.9), "%"),
        (None, "时效指标", "训练补助按月发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "学员训练补助标准", "≤", 3000, "元/人"),
        ("效益指标", "社会效益指标", "学员训练伤病发生率", "≤", pct(0.02), "%"),
        (None, None, "学员训练伤病人次较上年下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "学员参加县级以上比赛人次", "≥", 60, "人次"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ba02-club-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column and unit column, percent cells: a pass rate typed "
         "as 105% and an injury rate with ≥")  # fmt: skip
def ba02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="额尔敦塔拉嘎查少年摔跤队训练经费", dept=DEPT,
                 unit="额尔敦塔拉嘎查少年摔跤队", money=one_year(26, 24, 2),
                 goals=("组建嘎查少年摔跤队，全年集中训练，参加苏木和县级比赛。",))  # fmt: skip
    high = mk(pct(1.05), "T106", "error",
              note="a 合格率 is capped at 100 %: the cell shows 105%")  # fmt: skip
    wrong = mk("≥", "T108", "warning", row=True,
               note="an injury rate is 反向: ≥2% sets a floor, ≤ was meant")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "少年摔跤队队员人数", "≥", 40, "人"),
        (None, None, "集中训练天数", "≥", 90, "天"),
        (None, "质量指标", "队员技术等级考核合格率", "≥", high, "%"),
        (None, "时效指标", "冬训完成时间", "≤", "12月20日", None),
        (None, "成本指标", "队员集训伙食补助标准", "≤", 60, "元/人·天"),
        ("效益指标", "社会效益指标", "队员训练伤病发生率", wrong, pct(0.02), "%"),
        (None, "可持续影响指标", "队员升入县业余体校人数", "≥", 5, "人"),
        ("满意度指标", "服务对象满意度指标", "队员及家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ba03-club-numbered-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, （一）, 1.) "
         "and a rise in 百分点 (correct)")  # fmt: skip
def ba03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="哈日诺尔县牧区青少年摔跤夏令营", dept=DEPT,
                 unit="哈日诺尔县青少年业余体育学校", money=one_year(36, 36, 0),
                 goals=("暑期举办牧区青少年摔跤夏令营4期，"
                        "提升参营青少年体质和摔跤技能。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.举办夏令营期数", "≥4期"),
        (None, None, "2.参营牧区青少年人数", "≥240人"),
        (None, "（二）质量指标", "3.营员结营考核合格率", "≥90%"),
        (None, "（三）时效指标", "4.夏令营完成时间", "8月31日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.每期夏令营成本", "≤9万元/期"),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.营员体质测试优良率提高", "≥3百分点"),
        (None, "（二）可持续影响指标", "7.结营营员加入摔跤俱乐部比例", "≥30%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.营员及家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ba04-club-marked-wrong-parent", (5,),
         "project, OLD-NAT, labels with * and ★ and abbreviated (产出, 数量): a 社会效益 block "
         "under 产出, a 完成率 given as a count")  # fmt: skip
def ba04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苏木摔跤俱乐部扶持资金", dept=DEPT,
                 unit="哈日诺尔县摔跤协会", money=one_year(40, 40, 0),
                 goals=("扶持全县8个苏木摔跤俱乐部规范训练、承办赛事。",))  # fmt: skip
    parent = mk("社会效益", "F105", "error",
                note="社会效益 is a tier-2 of 效益指标, written inside the 产出 block")  # fmt: skip
    count = mk("45次", "T105", "error", note="a 完成率 needs a %; 45次 is a count")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "★数量", "扶持苏木摔跤俱乐部数量", "≥8个"),
        (None, None, "俱乐部年度训练计划完成率", count),
        (None, "质量", "俱乐部教练员持证上岗率", "≥95%"),
        (None, parent, "带动牧民群众观赛人次", "≥3000人次"),
        (None, "时效", "扶持资金拨付时间", "6月30日前"),
        (None, "成本", "每个俱乐部扶持标准", "≤5万元/个"),
        ("*效益指标", "可持续影响", "俱乐部常年开放训练月数", "≥10个月"),
        ("*满意度指标", "★服务对象满意度", "俱乐部学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ba05-club-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a participation rate raised in 百分点 (correct)")  # fmt: skip
def ba05() -> Book:
    b, s = book(widths=(14, 8, 18, 30, 16, 8))
    project_head(s, year=YEAR, name="牧区学校摔跤进校园", dept=DEPT,
                 unit="哈日诺尔县教育和体育事业发展中心", money=one_year(30, 27, 3),
                 goals=("在全县牧区中小学推广摔跤课程，配备兼职摔跤教练，"
                        "提高学生参与率。",))  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 40, "数量指标", "开设摔跤课程的牧区学校数", "≥12所", 10),
        (None, None, None, "配备兼职摔跤教练人数", "≥24人", 10),
        (None, None, "质量指标", "摔跤课程课时落实率", "≥95%", 10),
        (None, None, "时效指标", "摔跤垫等器材配发完成时间", "9月30日前", 10),
        ("成本指标", 20, "经济成本指标", "兼职教练课时补贴标准", "≤100元/课时", 10),
        (None, None, None, "每所学校器材购置成本", "≤1.2万元/所", 10),
        ("效益指标", 30, "社会效益指标", "牧区中小学生摔跤参与率较上年提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "摔跤纳入学校体育课程", "长期纳入", 15),
        ("满意度指标", 10, "服务对象满意度指标", "学生及家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ba06-club-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it (产出 "
         "40 against 45, 效益 30 against 25), a satisfaction target of 60%")  # fmt: skip
def ba06() -> Book:
    b, s = book(widths=(14, 8, 18, 30, 16, 8))
    project_head(s, year=YEAR, name="查干陶勒盖镇青少年摔跤馆运行补助", dept=DEPT,
                 unit="查干陶勒盖镇综合文化站", money=one_year(22, 20, 2),
                 goals=("保障镇青少年摔跤馆全年开放，组织周末公益训练和冬季联赛。",))  # fmt: skip
    out = mk(40, "W103", "error", note="the 产出 indicators score 15+10+10+10 = 45, not 40")
    eff = mk(30, "W103", "error", note="the 效益 indicators score 15+10 = 25, not 30")
    low = mk("≥60%", "T114", "warning",
             note="a satisfaction target of 60% is far below the usual 85–95 %")  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", out, "数量指标", "摔跤馆全年开放天数", "≥300天", 15),
        (None, None, None, "周末公益训练场次", "≥90场", 10),
        (None, None, "质量指标", "场馆安全检查合格率", "≥98%", 10),
        (None, None, "时效指标", "冬季联赛完成时间", "12月31日前", 10),
        ("成本指标", 20, "经济成本指标", "场馆日均运行成本", "≤700元/天", 20),
        ("效益指标", eff, "社会效益指标", "参加公益训练的青少年人次", "≥2700人次", 15),
        (None, None, "可持续影响指标", "形成固定训练的青少年人数", "≥60人", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训青少年满意度", low, 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
