"""Project returns of youth diving schools: percent cells, points at two levels, tier labels as
offices write them, template rows left empty (yn01–yn06)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout446.common import BUREAU, SCHOOL, YEAR, indicators, one_year, start, wan
from tests.variants.holdout446.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINT_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("yn01-school-percent-cells", (1,),
         "project, OLD-NAT, operator column and unit column, typed percent cells, 万元 in the "
         "number format (correct)")  # fmt: skip
def school_percent_cells() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="青少年跳水后备人才常年训练",
        dept=BUREAU,
        unit=SCHOOL,
        money=one_year(wan(96), wan(80), wan(16)),
        attr="常年项目",
        goals=["保障在训青少年跳水运动员全年系统训练，提升等级运动员比例，训练安全无责任事故。"],
    )
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "在训青少年跳水运动员", "≥", 80, "人"],
        [None, None, "全年集训天数", "≥", 240, "天"],
        [None, "质量指标", "跳台及弹网设施安全检测合格率", "=", pct(1), "%"],
        [None, None, "二级及以上等级运动员达标率", "≥", pct(0.3), "%"],
        [None, "时效指标", "训练补助按月发放及时率", "≥", pct(0.95), "%"],
        [None, "成本指标", "学员训练补助标准", "≤", 6000, "元/人·年"],
        ["效益指标", "社会效益指标", "学员训练伤病发生率", "≤", pct(0.03), "%"],
        [None, "可持续影响指标", "跳水项目注册青少年人数", "≥", 120, "人"],
        ["满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥", pct(0.9), "%"],
    ]
    indicators(s, OP_HEAD, rows)
    return b


@variant("yn02-school-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column and unit column: a typed 105% on a 合格率 and ≥ on "
         "an injury rate")  # fmt: skip
def school_percent_wrong() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="区体校跳水队陆上训练保障",
        dept="泓泉区教育体育局（207）",
        unit="泓泉区体育运动学校",
        money=one_year(wan(54), wan(45), wan(9)),
        goals=["完善跳水队陆上训练设施，保障训练安全，提高学员动作规范水平。"],
    )
    over = mk(pct(1.05), "T106", "error", note="a typed 105% on a 合格率 capped at 100%")
    wrong = mk("≥", "T108", "warning", row=True, note="an injury rate is 反向: ≤ expected")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "陆上训练保护带及海绵坑更新", "≥", 6, "套"],
        [None, None, "参训跳水队员", "≥", 45, "人"],
        [None, "质量指标", "陆上训练护栏验收合格率", "≥", over, "%"],
        [None, "时效指标", "器材到位及时率", "≥", pct(0.95), "%"],
        [None, "成本指标", "保护器材单套购置成本", "≤", 4.5, "万元/套"],
        ["效益指标", "社会效益指标", "陆上训练坠落受伤发生率", wrong, pct(0.02), "%"],
        [None, "可持续影响指标", "器材日常维护制度", "—", "健全", None],
        ["满意度指标", "服务对象满意度指标", "队员及教练员满意度", "≥", pct(0.9), "%"],
    ]
    indicators(s, OP_HEAD, rows)
    return b


def point_rows(first: Any) -> list[list[Any]]:
    """NAT-2021 rows with tier-1 points and indicator points; ``first`` is the 产出 score."""
    return [
        ["成本指标", 10, "经济成本指标", "外聘跳台教练课时费标准", "≤300元/课时", 5],
        [None, None, None, "弹网及保护器材购置成本", "≤18万元", 5],
        ["产出指标", first, "数量指标", "外聘跳台教练课时", "≥400课时", 10],
        [None, None, None, "参训青少年跳水学员", "≥60人", 10],
        [None, None, "质量指标", "外聘教练持证上岗率", "=100%", 10],
        [None, None, None, "学员入水动作规范达标率", "≥85%", 10],
        [None, None, "时效指标", "年度训练计划按期完成率", "≥95%", 10],
        ["效益指标", 30, "社会效益指标", "等级运动员达标率比上年提高", "≥3百分点", 15],
        [None, None, "可持续影响指标", "跳水后备人才梯队建设", "持续完善", 15],
        ["满意度指标", 10, "服务对象满意度指标", "学员家长满意度", "≥90%", 10],
    ]


@variant("yn03-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), a "
         "rate raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = start("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="外聘跳台教练专项训练",
        dept=BUREAU,
        unit=SCHOOL,
        money=one_year(wan(70), wan(60), wan(10)),
        goals=["外聘专业跳台教练开展专项训练，提高学员动作规范和等级达标水平。"],
    )
    indicators(s, POINT_HEAD, point_rows(50), merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("yn04-points-mismatch", (10, 12),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, a money "
         "total that is not its parts")  # fmt: skip
def points_mismatch() -> Book:
    b, s = start("绩效目标")
    total = mk(wan(88), "B101", "error", row=True, note="70 + 8 = 78, not 88")
    project_head(
        s,
        year=YEAR,
        name="少年跳水队冬训专项",
        dept=BUREAU,
        unit=SCHOOL,
        money=one_year(total, wan(70), wan(8)),
        goals=["组织少年跳水队冬季集训，巩固技术动作，训练安全无责任事故。"],
    )
    rows = point_rows(mk(50, "W103", "error", note="产出 50 points, its indicators add to 45"))
    rows[6] = [None, None, "时效指标", "冬训计划按期完成率", "≥95%", 5]
    indicators(s, POINT_HEAD, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="indicator points add to 95")
    return b


@variant("yn05-tier-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）), marked "
         "(*, ★) and abbreviated (成本, 满意度) (correct)")  # fmt: skip
def tier_labels() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="跳水馆跳台安全防护提升",
        dept=BUREAU,
        unit="鹭汀市游泳跳水馆",
        money=one_year(wan(120), wan(100), wan(20)),
        goals=["更换跳台防滑台面和护栏，完善入水区安全防护，场馆全年安全开放。"],
    )
    rows: list[list[Any]] = [
        ["一、产出指标（50分）", "（一）数量指标", "更换防滑台面的跳台", "≥5座"],
        [None, None, "加装跳台侧护栏", "≥120米"],
        [None, "*（二）质量指标", "防护工程验收合格率", "=100%"],
        [None, "（三）时效", "防护工程完工时间", "2025年8月31日前"],
        ["二、成本（20分）", "★经济成本指标", "跳台防护单座改造成本", "≤16万元/座"],
        ["三、效益指标（20分）", "1.社会效益", "跳台训练滑倒坠落事故发生率", "≤0.5%"],
        [None, "2.可持续影响指标", "防护设施设计使用年限", "≥10年"],
        ["四、满意度（10分）", "服务对象满意度", "运动员及教练员满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("yn06-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a template tier-2 left empty, a value without a "
         "name, a rate given as a count")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="跳水馆救生安全值守",
        dept=BUREAU,
        unit="鹭汀市游泳跳水馆",
        money=one_year(wan(48), wan(48), wan(0)),
        goals=["开放时段跳台区和深水区救生员全程值守，杜绝溺水责任事故。"],
    )
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "跳台区及深水区救生员", "≥10人"],
        [None, None, mk("", "F110", "error", note="a value with no indicator name"), "≥300天"],
        [
            None,
            "质量指标",
            "救生员持证上岗率",
            mk("10人", "T105", "error", note="a 上岗率 given as a head count"),
        ],
        [None, "时效指标", "险情应急响应时间", "≤1分钟"],
        ["成本指标", "经济成本指标", "救生员人均值守费用", "≤4.8万元/人"],
        [
            None,
            mk("社会成本指标", "F109", "warning", row=True, note="template tier-2, empty"),
            None,
            None,
        ],
        ["效益指标", "社会效益指标", "开放时段溺水责任事故", "0起"],
        ["满意度指标", "服务对象满意度指标", "场馆使用者满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b
