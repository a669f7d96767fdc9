"""Returns wj07–wj12: youth esports training oversight (青少年电竞培训机构, 教练员, 集训营)."""

from __future__ import annotations

from tests.variants.holdout390.common import (
    YEAR,
    department,
    funds,
    indicators,
    period_funds,
    project,
    start,
)
from tests.variants.holdout390.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
FLAT2 = ("指标名称", "指标值", "指标性质", "计量单位", "权重")


@variant("wj07-flat-training", (3, 1), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator words · 指标值), percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def wj07() -> Book:
    b, s = start()
    department(s, dept="沅川市青少年电竞培训监管服务中心", budget=[(310, 290, 20, 180, 130)],
               tasks=[("培训机构备案核查", "核查电竞培训机构备案与场地", 48, "核查45家"),
                      ("防沉迷专项巡查", "巡查训练时长与充值管理", 52, "巡查24次"),
                      ("教练员资质培训", "组织持证培训与考核", 30, "持证率90%"),
                      ("金额合计", None, 130, None)],
               goal="规范青少年电竞培训，落实训练时长管理和教练员持证上岗。")  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("电竞培训机构备案核查数", 20, "家", "大于等于", 45),
        ("教练员资质持证率", 15, "%", "大于等于", pct(0.9)),
        ("未成年人单日训练超时发生率", 15, "%", "小于等于", pct(0.02)),
        ("防沉迷专项巡查次数", 15, "次", "大于等于", 24),
        ("投诉办结时限", 10, "个工作日", "小于等于", 5),
        ("学员家长满意度", 15, "%", "大于等于", pct(0.9)),
        ("违规培训机构占比下降幅度", 10, "百分点", "大于等于", 3),
    ])  # fmt: skip
    return b


@variant("wj08-flat-defects", (3, 11), "department, flat list in another order (指标名称 · 指标值 "
         "· 指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights "
         "adding to 95")  # fmt: skip
def wj08() -> Book:
    b, s = start()
    department(s, dept="桐屿区青少年校外培训监管所", budget=[(260, 240, 20, 150, 110)],
               tasks=[("电竞培训机构抽查", "抽查资质、场地与课时", 50, "抽查40家"),
                      ("教练员培训", "青少年保护专题培训", 35, "培训150人"),
                      ("投诉处置", "受理充值与退费投诉", 25, "10个工作日内办结"),
                      ("金额合计", None, 110, None)],
               goal="抽查辖区电竞培训机构，培训教练员，及时处置未成年人充值退费投诉。")  # fmt: skip
    s.row(*FLAT2)
    s.table([
        ("电竞培训机构抽查家数", "≥40", "正向", "家", 15),
        ("电竞教练员培训人数",
         mk("12万元", "T112", "error", note="值写万元，计量单位列为人"), "正向", "人", 15),
        ("学员单日训练时长达标率", "≥95%", "正向", "%", 20),
        ("未成年人充值退款投诉率",
         mk("≥2%", "T108", "warning", row=True, note="反向指标用了 ≥"), "反向", "%", 15),
        ("违规问题整改时限", "≤10", "反向", "个工作日", 10),
        ("学员家长满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant("wj09-training-labels", (5,), "project, NAT-2021, tier labels numbered with points "
         "(一、成本指标（10分）, （一）, 1.) and a ★ core tier-2 (correct)")  # fmt: skip
def wj09() -> Book:
    b, s = start()
    project(s, name="鹭汀县青少年电竞集训营规范化管理项目", dept="鹭汀县教育体育局（405007）",
            unit="鹭汀县青少年活动中心", money=funds(58, 50, 8),
            goals=["举办暑期青少年电竞集训营，控制训练时长，保障文化课学习。"])  # fmt: skip
    indicators(s, [
        ("一、成本指标（10分）", "（一）经济成本指标", "学员人均集训补助", "≤0.15万元/人"),
        ("二、产出指标（50分）", "1.数量指标", "参训青少年学员人数", "≥200人"),
        (None, None, "签约持证教练员人数", "≥12人"),
        (None, "2.质量指标", "学员防沉迷协议签订率", "≥98%"),
        (None, "3.时效指标", "集训营开营时间", f"{YEAR}年7月15日前"),
        ("三、效益指标（30分）", "（一）社会效益指标", "学员文化课到课率", "≥95%"),
        (None, "（二）可持续影响指标", "集训营管理制度", "建立并执行"),
        ("四、满意度指标（10分）", "★服务对象满意度指标", "学员及家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wj10-training-template-rows", (5, 6, 13), "project, NAT-2021, numbered labels: "
         "a 时效 tier-2 under 效益, an empty template tier-2, a value with no name")  # fmt: skip
def wj10() -> Book:
    b, s = start()
    project(s, name="沅川市电竞培训机构合规督导项目", dept="沅川市教育局（312006）",
            unit="沅川市校外教育培训监管中心", money=funds(64, 60, 4),
            goals=["督导全市80家电竞培训机构，整改违规招收未成年人和超时训练问题。"])  # fmt: skip
    indicators(s, [
        ("一、成本指标", "（一）经济成本指标", "单家机构督导成本", "≤0.4万元/家"),
        ("二、产出指标", "（一）数量指标", "督导电竞培训机构家数", "≥80家"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有三级指标名称"), "≥6场"),
        (None, "（二）质量指标", "督导问题整改率", "≥90%"),
        ("三、效益指标",
         mk("（一）时效指标", "F105", "error", note="时效指标属产出指标"),
         "督导报告报送时限", "≤10个工作日"),
        (None, "（二）社会效益指标", "机构违规招收未成年人下降率", "≥20%"),
        (None, mk("（三）可持续影响指标", "F109", "warning", row=True,
                  note="模板行未填写"), None, None),
        ("四、满意度指标", "（一）服务对象满意度指标", "受督导机构满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("wj11-coach-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: annual counts below the period, rates and costs equal (correct)")  # fmt: skip
def wj11() -> Book:
    b, s = start()
    project(s, name="鹭汀县青少年电竞教练员能力提升三年行动项目", dept="鹭汀县教育体育局（405007）",
            unit="鹭汀县青少年活动中心", years=3, attr="新增项目",
            money=period_funds((360, 330, 30), (120, 110, 10)),
            goals=["三年培训电竞教练员600人，持证上岗比例达到85%。",
                   f"{YEAR}年培训电竞教练员200人，开展青少年保护专题课12场。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "教练员人均培训成本", "≤0.1万元/人", "≤0.1万元/人"),
        ("产出指标", "数量指标", "培训电竞教练员人数", "≥600人", "≥200人"),
        (None, None, "青少年保护专题课场次", "≥36场", "≥12场"),
        (None, "质量指标", "教练员结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训计划完成时间", f"{YEAR + 2}年12月31日前",
         f"{YEAR}年12月31日前"),
        ("效益指标", "社会效益指标", "持证上岗教练员占比", "≥85%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训教练员满意度", "≥90%", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("wj12-course-two-years-wrong", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, an annual count above the period, a "
         "cumulative count copied")  # fmt: skip
def wj12() -> Book:
    b, s = start()
    goal = "在全区中小学开展电竞素养课程，普及网络游戏防沉迷知识。"
    project(s, name="桐屿区中小学电竞素养课程进校园项目", dept="桐屿区教育局（208004）",
            unit="桐屿区教师发展中心", years=2, attr="新增项目", start=day(YEAR, 3, 1),
            money=period_funds((180, 170, 10), (90, 85, 5)),
            goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "课程单场成本", "≤0.2万元/场", "≤0.2万元/场"),
        ("产出指标", "数量指标", "电竞素养课程场次", "≥300场",
         mk("≥360场", "D201", "error", note="年度场次大于两年合计")),
        (None, None, "覆盖中小学校数", "≥40所",
         mk("≥40所", "D202", "warning", note="累计数照抄中期值")),
        (None, "质量指标", "课程内容审核通过率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "学生防沉迷知识知晓率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b
