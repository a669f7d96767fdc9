"""Sand painting (沙画) classes: percent cells, stacked projects, tier labels, template rows."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout427.common import (
    DEPT,
    PALACE,
    TIERED,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout427.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("xu01-sand-percent", (1, 7),
         "project, OLD-NAT, 指标性质 as operator, unit column, typed percents, 万元 in the "
         "number format (correct)")  # fmt: skip
def xu01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沙画普及课程", dept=DEPT, unit=PALACE,
                 money=one_year(w(36), w(30), w(6)),
                 goals=["开设普及班16个，服务学员≥320人，汇报展演2场。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "沙画普及班开班数", "≥", 16, "个"),
        (None, None, "服务学员人数", "≥", 320, "人"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.95), "%"),
        (None, None, "沙画作品损耗率", "≤", pct(0.05), "%"),
        (None, "时效指标", "课程按期开课率", "=", pct(1), "%"),
        (None, "成本指标", "每课时教学耗材成本", "≤", 0.012, "万元/课时"),
        ("效益指标", "社会效益指标", "学员作品参展数", "≥", 40, "件"),
        (None, "可持续影响指标", "沙画师资储备人数", "≥", 6, "人"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, ["注：耗材成本按全年480课时测算，合计5.76万元。"])
    sign(s, "钟意澄", "8326-4170")
    return b


@variant("xu02-sand-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column: a typed percent over 100, a 反向 rate with ≥, "
         "a rate given in 课时")  # fmt: skip
def xu02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沙画进阶工作坊", dept=DEPT, unit=PALACE,
                 money=one_year(w(24), w(20), w(4)),
                 goals=["开设工作坊8期，培养骨干学员120人，原创作品30件。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "工作坊期数", "≥", 8, "期"),
        (None, None, "原创沙画作品数", "≥", 30, "件"),
        (None, "质量指标", "学员结业考核合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率封顶100%，单元格显示105%"), "%"),
        (None, None, "沙台灯箱故障率", mk("≥", "T108", "warning", row=True,
                                        note="故障率是反向指标，应为≤"), pct(0.03), "%"),
        (None, "时效指标", "课时计划完成率", "≥",
         mk(192, "T105", "error", note="完成率给了课时数"), "课时"),
        (None, "成本指标", "每期工作坊材料费", "≤", 1.2, "万元/期"),
        ("效益指标", "社会效益指标", "社区沙画公益展演场次", "≥", 4, "场"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "钟意澄", "8326-4170")
    return b


@variant("xu03-sand-stacked", (2,),
         "two sand painting projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values (correct)")  # fmt: skip
def xu03() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, name="沙画启蒙班（6—8岁）", dept=DEPT, unit=PALACE,
                 money=one_year(w(18), w(15), w(3)),
                 goals=["开设启蒙班10个，服务学员200人，学员作品展示1次。"])  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "开班数", "≥10个"),
        (None, "质量指标", "学员作品展示率", "≥80%"),
        (None, "成本指标", "生均培训成本", "≤900元/人"),
        ("效益指标", "社会效益指标", "惠及家庭数", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="沙画创作提高班（9—14岁）", dept=DEPT, unit=PALACE,
                 money=one_year(w(22), w(18), w(4)),
                 goals=["开设提高班6个，服务学员90人，选送作品参加市级展览。"],
                 title="")  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "开班数", "≥6个"),
        (None, "质量指标", "学员作品展示率", "≥95%"),
        (None, "成本指标", "生均培训成本", "≤2400元/人"),
        ("效益指标", "社会效益指标", "选送市级展览作品数", "≥15件"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "邬晴川", "8326-4172")
    return b


@variant("xu04-sand-stacked-wrong", (2, 12),
         "two sand painting projects stacked, OLD-NAT, one value column: the second project's "
         "money does not add up and one rate is a head count")  # fmt: skip
def xu04() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, name="沙画社团活动", dept=DEPT, unit=PALACE,
                 money=one_year(w(12), w(10), w(2)),
                 goals=["组建沙画社团4个，开展社团活动48次。"])  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "社团活动次数", "≥48次"),
        (None, "质量指标", "学员出勤率", "≥85%"),
        (None, "成本指标", "每次活动耗材费", "≤0.2万元/次"),
        ("效益指标", "社会效益指标", "参与学员人数", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(48), "B101", "error", note="40 + 6 = 46，不是48")
    project_head(s, year=YEAR, name="沙画展演季", dept=DEPT, unit=PALACE,
                 money=one_year(total, w(40), w(6)),
                 goals=["举办沙画展演季，演出12场，观众不少于3000人次。"], title="")  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "展演场次", "≥12场"),
        (None, "质量指标", "学员出勤率",
         mk("≥32人", "T105", "error", note="出勤率给了人数")),
        (None, "时效指标", "展演季完成时间", "2025年10月31日前"),
        ("效益指标", "社会效益指标", "观众人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬晴川", "8326-4172")
    return b


@variant("xu05-sand-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), indicator score column, a rate up in 百分点 (correct)")  # fmt: skip
def xu05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沙画非遗传承进校园", dept=DEPT, unit=PALACE,
                 money=one_year(w(30), w(30), w(0)),
                 goals=["送沙画课程进入12所小学，授课240课时，提升学员美育素养。"])  # fmt: skip
    indicators(s, (*TIERED, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "合作小学数", "≥12所", 10),
        (None, None, "送教课时数", "≥240课时", 10),
        (None, "（二）质量指标", "授课教案审核通过率", "=100%", 10),
        (None, "（三）时效指标", "学期课程按期完成率", "≥95%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "每课时送教成本", "≤1200元/课时", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "学员美育测评优良率",
         "比上年提高≥5百分点", 15),
        (None, "（二）可持续影响指标", "校本沙画课程开发数", "≥3门", 15),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "合作学校满意度", "≥90%", 10),
        (None, None, "学生满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, ["说明：一级指标分值合计100分，三级指标分值合计100分，二者为同一分数的两级分配。"])
    return b


@variant("xu06-sand-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with nothing "
         "under it, a satisfaction value without a name")  # fmt: skip
def xu06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沙画亲子体验日", dept=DEPT, unit=PALACE,
                 money=one_year(w(8), w(8), w(0)),
                 goals=["举办亲子沙画体验日20场，服务家庭400户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "体验日场次", "≥20场"),
        (None, None, "服务家庭数", "≥400户"),
        (None, "质量指标", "活动安全事故发生数", "=0起"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("成本指标", "经济成本指标", "每场活动成本", "≤0.4万元/场"),
        ("效益指标", "社会效益指标", "亲子共同完成作品数", "≥400件"),
        ("满意度指标", "服务对象满意度指标",
         mk(None, "F110", "error", note="有指标值无名称，提示不得引用空名"), "≥90%"),
    ])  # fmt: skip
    sign(s, "钟意澄", "8326-4170")
    return b
