"""Kite festival (风筝节) returns: vm07–vm12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout367.common import (
    KITE_DEPT,
    YEAR,
    funds,
    indicators,
    new,
    period_funds,
    signature,
    wan,
)
from tests.variants.holdout367.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

UNIT = "苍浦市鸢川区文化馆"
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")


@variant("vm07-kite-multiyear", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, "
         "annual counts below the period, rates equal in both (correct)")  # fmt: skip
def vm07() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="鸢川国际风筝节品牌培育项目", dept=KITE_DEPT, unit=UNIT,
                 years=3, money=period_funds((wan(450), wan(380), wan(70)),
                                             (wan(150), wan(130), wan(20))),
                 goals=["三年办成区域性风筝节品牌，累计吸引参赛队伍300支。",
                        "本年办好第一届风筝节，吸引参赛队伍90支。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "参赛风筝队伍数量", "≥300支", "≥90支"),
        (None, None, "风筝文化进校园场次", "≥60场", "≥20场"),
        (None, "质量指标", "赛事裁判持证上岗率", "=100%", "=100%"),
        (None, "时效指标", "年度赛事举办时间", "每年4月30日前", "4月30日前"),
        ("成本指标", "经济成本指标", "单届赛事组织成本", "≤120万元/届", "≤120万元"),
        ("效益指标", "社会效益指标", "观赛群众人次", "≥60万人次", "≥18万人次"),
        (None, "经济效益指标", "风筝节期间住宿入住率提高", "≥5百分点", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "邵明澈", "0739-6628514", day(YEAR - 1, 10, 30))
    return b


@variant("vm08-kite-multiyear-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def vm08() -> Book:
    b, s = new()
    goal = "三年内建成风筝非遗工坊5个，培训风筝扎制人才200人。"
    project_head(
        s,
        year=YEAR,
        name="鸢川风筝非遗工坊建设项目",
        dept=KITE_DEPT,
        unit="鸢川区非遗保护中心",
        years=3,
        money=period_funds((wan(240), wan(200), wan(40)), (wan(90), wan(80), wan(10))),
        goals=[
            goal,
            mk(
                goal,
                "D204",
                "warning",
                note="年度目标 identical to 中期目标 in a three-year project",
            ),
        ],
    )
    copied = "a cumulative count equal in both columns of a three-year project"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建成风筝非遗工坊数量", "≥5个",
         mk("≥5个", "D202", "warning", note=copied)),
        (None, None, "培训风筝扎制人才人数", "≥200人",
         mk("≥200人", "D202", "warning", note=copied)),
        (None, "质量指标", "工坊验收合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单个工坊建设成本", "≤30万元/个",
         ok("≤30万元/个", note="× the copied annual count 5 exceeds the annual 90万元")),
        ("效益指标", "社会效益指标", "工坊年接待研学人次", "≥1.5万人次", "≥0.5万人次"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vm09-kite-two-sets", (8, 7), "two-year project, OLD-NAT, two complete column sets "
         "(二级/三级/指标值 for 中期, then for 年度) under a two-row header (correct)")  # fmt: skip
def vm09() -> Book:
    b, s = new(widths=(14, 14, 24, 14, 14, 24, 14))
    project_head(s, year=YEAR, name="鸢川河滩风筝放飞场地改造项目", dept=KITE_DEPT,
                 unit="鸢川区滨河公园管理所", years=2,
                 money=period_funds((wan(180), wan(180), wan(0)), (wan(110), wan(110), wan(0))),
                 goals=["两年改造放飞草坪6万平方米，配套服务点8处。",
                        "本年改造放飞草坪4万平方米，建成服务点5处。"])  # fmt: skip
    top = s.r + 1
    s.row("一级指标", "中期（2025年—2026年）", None, None, "年度（2025年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    indicators(s, ("", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "改造放飞草坪面积", "≥6万平方米",
         "数量指标", "改造放飞草坪面积", "≥4万平方米"),
        (None, None, "建成游客服务点数量", "≥8处", None, "建成游客服务点数量", "≥5处"),
        (None, "质量指标", "工程验收合格率", "=100%", "质量指标", "工程验收合格率", "=100%"),
        (None, "成本指标", "每平方米草坪改造成本", "≤22元/平方米",
         "成本指标", "每平方米草坪改造成本", "≤22元/平方米"),
        ("效益指标", "社会效益指标", "场地接待放飞人次", "≥20万人次",
         "社会效益指标", "场地接待放飞人次", "≥8万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%",
         "服务对象满意度指标", "游客满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    return b


@variant("vm10-kite-annual-exceeds", (8, 11), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above its period count, a 正向 count capped with ≤")  # fmt: skip
def vm10() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="鸢川青少年风筝联赛项目", dept=KITE_DEPT, unit=UNIT,
                 years=2, money=period_funds((wan(96), wan(96), wan(0)),
                                             (wan(50), wan(50), wan(0))),
                 goals=["两年举办青少年风筝联赛两届，参赛学生累计1500人。",
                        "本年举办第一届联赛，参赛学生800人。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "参赛学生人数", "≥1500人", "≥800人"),
        (None, None, "参赛学校数量", "≥40所",
         mk("≥60所", "D201", "error", note="annual 60 above the two-year 40")),
        (None, None, "风筝放飞表演场次", "≤20场",
         mk("≤8场", "T108", "warning", row=True, note="a 正向 output count capped with ≤")),
        (None, "时效指标", "联赛决赛举办时间", "每年5月31日前", "5月31日前"),
        ("成本指标", "经济成本指标", "单届联赛组织成本", "≤48万元/届", "≤48万元"),
        ("效益指标", "社会效益指标", "校园风筝社团新增数量", "≥30个", "≥15个"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vm11-kite-second-sheet",
    (7,),
    "project: head on the first sheet, the table on a "
    "second sheet under a two-row header with 考核指标, 预期实现值 and 评价标准 (correct)",
)
def vm11() -> Book:
    b, s = new("项目信息")
    project_head(s, year=YEAR, name="鸢川风筝博物馆社教活动项目", dept=KITE_DEPT,
                 unit="鸢川区风筝博物馆", money=funds(wan(32), wan(28), wan(4)),
                 goals=["全年开展风筝社教活动120场，服务观众3万人次。"])  # fmt: skip
    signature(s, "邵明澈", "0739-6628514", day(YEAR - 1, 11, 12))
    t = b.sheet("绩效指标", (14, 18, 28, 16, 30))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("绩效指标", None, None, None, None, merge=[(1, 5)])
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "风筝社教活动场次", "≥120场", "每少5场扣1分"),
        (None, "质量指标", "活动讲解员培训上岗率", "=100%", "未达到不得分"),
        (None, "时效指标", "暑期专场活动完成时间", "8月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "单场活动平均成本", "≤2500元/场", "超支不得分"),
        ("效益指标", "社会效益指标", "服务观众人次", "≥3万人次", "按完成比例计分"),
        (None, "可持续影响指标", "风筝文创产品开发种类", "≥6种", "每少1种扣1分"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%", "按问卷结果计分"),
    ])  # fmt: skip
    return b


@variant(
    "vm12-kite-direction",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction and "
    "指标方向 as operator in words, unit column: a 反向 rate with 大于等于, a cost with 等于",
)
def vm12() -> Book:
    b, s = new(widths=(14, 14, 26, 12, 12, 12, 12))
    project_head(s, year=YEAR, name="第九届鸢川风筝节安全保障项目", dept=KITE_DEPT, unit=UNIT,
                 money=funds(wan(36), wan(36), wan(0)),
                 goals=["风筝节三天安全有序，投诉量较上届下降10%以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "安保及志愿服务人次", "正向", "大于等于", 900, "人次"),
        (None, "质量指标", "风筝线缠绕伤人事件发生率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="a 反向 incident rate with ≥"),
         pct(0.001, "0.0%"), "%"),
        (None, "时效指标", "突发事件到场处置时间", "反向", "小于等于", 8, "分钟"),
        (None, "成本指标", "单日安保成本", "反向",
         mk("等于", "T108", "warning", row=True, note="= on a cost cap"), 12, "万元/天"),
        ("效益指标", "社会效益指标", "游客投诉量下降率", "正向", "大于等于", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "游客安全感满意度", "正向", "大于等于",
         pct(0.9), "%"),
    ])  # fmt: skip
    return b
