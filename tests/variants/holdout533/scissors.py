"""Scissors and kitchen-knife forging workshops (刀剪锻制): flat lists, tier labels, points."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout533.common import SHEARS_DEPT, YEAR, indicators, one_year, start, wan
from tests.variants.holdout533.registry import variant
from tests.variants.kit import Book, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
POINT_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "bw07-shears-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), a typed percent, weights adding to 100 (correct)",
)
def shears_flat_list() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="钳川市非物质文化遗产保护中心",
        budget=[(wan(420), wan(380), wan(40), wan(260), wan(160))],
        tasks=[
            ("刀剪锻制技艺传承", "组织剪刀锻制学徒带教与技艺展演", wan(90), "锻制技艺后继有人"),
            ("剪刀作坊技改补助", "补助作坊更新淬火炉与磨刃设备", wan(70), "作坊工位安全达标"),
            ("金额合计", None, wan(160), None),
        ],
        goal="保护传承刀剪锻制技艺，扶持手工剪刀作坊稳定生产。",
    )
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("剪刀锻制学徒带教人数", 15, "人", "≥", 20),
            ("完成技改的剪刀作坊数", 15, "家", "≥", 15),
            ("手工锻制剪刀抽检合格率", 15, "%", "≥", 96),
            ("磨刃工序返工率", 10, "%", "≤", 3),
            ("锻制技艺展演场次", 10, "场", "≥", 12),
            ("作坊技改每家补助标准", 10, "万元/家", "≤", 4.5),
            ("刀剪作坊安全生产事故", 10, "起", "≤", 0),
            ("手工剪刀销售额增长率", 5, "%", "≥", 6),
            ("学徒及作坊主满意度", 10, "%", "≥", pct(0.92)),
        ]
    )
    return b


@variant(
    "bw08-shears-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction and weight defects",
)
def shears_flat_wrong() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="钳川市刀剪行业协会",
        budget=[(wan(300), wan(270), wan(30), wan(200), wan(100))],
        tasks=[
            ("剪刀锻制补助", "补助手工锻制剪刀生产", wan(60), "稳定手工产量"),
            ("淬火技艺培训", "组织淬火与磨刃技艺培训", wan(40), "提升工艺水平"),
            ("金额合计", None, wan(100), None),
        ],
        goal="扶持手工剪刀锻制，提升淬火磨刃工艺。",
    )
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ("锻制剪刀产量", "≥30000", "正向", "把", 15),
            (
                "剪刀出口订单金额",
                mk("≥12万元", "T112", "error", note="值为万元，计量单位列为“把”"),
                "正向",
                "把",
                15,
            ),
            ("剪刀抽检合格率", "≥95", "正向", "%", 15),
            (
                "刃口崩裂投诉率",
                mk("≥3", "T108", "warning", row=True, note="反向指标用了 ≥"),
                "反向",
                "%",
                10,
            ),
            ("淬火技艺培训人次", "≥200", "正向", "人次", 15),
            ("每把剪刀锻制补助", "≤6", "反向", "元/把", 10),
            ("作坊主满意度", "≥90", "正向", "%", 15),
        ]
    )
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant(
    "bw09-shears-tier-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with points "
    "(一、产出指标（40分）, （一）, 1.), marks (★, *) and abbreviations (correct)",
)
def shears_tier_labels() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="钳川剪刀锻制传承作坊挂牌扶持",
        dept=SHEARS_DEPT,
        unit="钳川市非物质文化遗产保护中心",
        money=one_year(wan(50), wan(45), wan(5)),
        goals=["评审挂牌一批剪刀锻制传承作坊，带动技艺培训与进校园活动。"],
    )
    indicators(
        s,
        ONE_HEAD,
        [
            ("一、产出指标（40分）", "（一）数量指标", "剪刀锻制传承作坊挂牌数", "≥8家"),
            (None, None, "剪刀锻制技艺培训人次", "≥150人次"),
            (None, "（二）★质量指标", "挂牌作坊剪刀抽检合格率", "≥95%"),
            (None, "（三）时效", "挂牌评审完成时间", "9月30日前"),
            ("二、成本指标（20分）", "1.经济成本指标", "每家作坊挂牌补助标准", "≤3万元/家"),
            (None, "2.社会成本", "锻打噪声扰民投诉", "≤2起"),
            ("三、效益指标（30分）", "1.社会效益", "剪刀锻制技艺进校园场次", "≥6场"),
            (None, "*可持续影响指标", "锻制技艺后备传承人", "≥10人"),
            ("四、满意度指标（10分）", "服务对象满意度", "挂牌作坊满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "bw10-shears-wrong-parent",
    (5,),
    "project, NAT-2021, numbered labels: 时效指标 under "
    "效益指标 and an evaluation tier (过程指标) among the tier-1s",
)
def shears_wrong_parent() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="钳川刀剪展销周暨锻制技艺比赛",
        dept=SHEARS_DEPT,
        unit="钳川市刀剪行业协会",
        money=one_year(wan(36), wan(30), wan(6)),
        goals=["举办刀剪展销周和锻制技艺比赛，推介手工刀剪。"],
    )
    indicators(
        s,
        ONE_HEAD,
        [
            ("一、产出指标", "（一）数量指标", "参展刀剪作坊数", "≥40家"),
            (None, None, "锻制技艺比赛参赛人数", "≥60人"),
            (None, "（二）质量指标", "参展刀剪抽检合格率", "≥95%"),
            ("二、成本指标", "（一）经济成本指标", "展位搭建成本", "≤12万元"),
            ("三、效益指标", "（一）社会效益指标", "展销周参观人次", "≥15000人次"),
            (
                None,
                mk("（二）时效指标", "F105", "error", note="时效指标属产出指标，不在效益指标下"),
                "展销周按期开幕率",
                "100%",
            ),
            (
                mk(
                    "四、过程指标",
                    "F108",
                    "error",
                    row=True,
                    alt=("F103", "F104"),
                    note="过程是绩效评价的一级指标",
                ),
                "组织实施",
                "展销周组织方案完备性",
                "完备",
            ),
            ("五、满意度指标", "服务对象满意度指标", "参展作坊满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "bw11-shears-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a rate raised in 百分点 (correct)",
)
def shears_points() -> Book:
    b, s = start(widths=(16, 8, 16, 30, 16, 8))
    project_head(
        s,
        year=YEAR,
        name="钳川剪刀锻制技艺传习班",
        dept=SHEARS_DEPT,
        unit="钳川市剪刀锻制传习所",
        money=one_year(wan(30), wan(30), wan(0)),
        goals=["开办剪刀锻制传习班，提高学员锻制技能等级。"],
    )
    indicators(
        s,
        POINT_HEAD,
        [
            ("产出指标", 40, "数量指标", "锻制剪刀传习课程开设", "≥24课时", 10),
            (None, None, None, "传习学员人数", "≥60人", 10),
            (None, None, "质量指标", "学员结业考核通过率", "≥85%", 10),
            (None, None, "时效指标", "课程按计划开课率", "≥95%", 10),
            ("成本指标", 20, "经济成本指标", "每课时授课补贴", "≤800元/课时", 20),
            ("效益指标", 30, "社会效益指标", "学员技能等级达标率比上年提高", "≥5百分点", 15),
            (None, None, "可持续影响指标", "结业学员开办作坊数", "≥3家", 15),
            ("满意度指标", 10, "服务对象满意度指标", "传习学员满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "bw12-shears-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column against the "
    "indicator scores under it: two tiers whose indicator scores do not match",
)
def shears_points_wrong() -> Book:
    b, s = start(widths=(16, 8, 16, 30, 16, 8))
    project_head(
        s,
        year=YEAR,
        name="钳川菜刀锻打作坊学徒补贴",
        dept=SHEARS_DEPT,
        unit="钳川市刀剪行业协会",
        money=one_year(wan(48), wan(40), wan(8)),
        goals=["补贴菜刀锻打作坊招收学徒，稳定传统锻打工艺。"],
    )
    indicators(
        s,
        POINT_HEAD,
        [
            (
                "产出指标",
                mk(40, "W103", "error", note="其下分值 10+10+10+5=35"),
                "数量指标",
                "补贴学徒人数",
                "≥40人",
                10,
            ),
            (None, None, None, "参与带徒作坊数", "≥12家", 10),
            (None, None, "质量指标", "学徒锻打技能考核合格率", "≥85%", 10),
            (None, None, "时效指标", "补贴按季度发放及时率", "≥95%", 5),
            ("成本指标", 20, "经济成本指标", "每名学徒年补贴标准", "≤1万元/人", 20),
            (
                "效益指标",
                mk(30, "W103", "error", note="其下分值 20+15=35"),
                "社会效益指标",
                "学徒留岗率",
                "≥80%",
                20,
            ),
            (None, None, "可持续影响指标", "出师学徒独立开坊数", "≥2家", 15),
            ("满意度指标", 10, "服务对象满意度指标", "学徒满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b
