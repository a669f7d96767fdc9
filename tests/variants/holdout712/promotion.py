"""Returns of the county tourism promotion campaign (kat01–kat06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout712.common import (
    CENTRE,
    DEPT,
    details,
    indicators,
    new_book,
    notes,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout712.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kat01-promo-percent-cells",
    (1, 12),
    "project, NAT-2021, operator and unit columns, "
    "percent cells typed in Excel, 万元 in the number format, detail lines (correct)",
)
def kat01() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="鹤汀县全域旅游宣传推广", dept=DEPT, unit=CENTRE,
                 money=one_year_money(180, 150, 30),
                 goals=["全年赴客源地举办城市推介会4场，发布短视频及图文宣传内容200条，"
                        "游客接待量比上年增长8%以上，打响“山水鹤汀”品牌。"])  # fmt: skip
    details(s, [("城市推介会", 60, "4场×15万元/场"), ("新媒体宣传投放", 70, "按投放合同"),
                ("宣传品设计制作", 30, "画册、折页、文创"), ("乡村旅游节庆活动", 20, "2场")],
            180)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "城市推介会场次", "≥", 4, "场"),
        (None, None, "新媒体宣传内容发布数量", "≥", 200, "条"),
        (None, "质量指标", "宣传内容审核通过率", "=", pct(1), "%"),
        (None, "时效指标", "推介会举办完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "单场推介会成本", "≤", 15, "万元/场"),
        (None, None, "新媒体投放费用", "≤", 70, "万元"),
        ("效益指标", "经济效益指标", "游客接待量增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "旅游投诉率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "可持续影响指标", "“山水鹤汀”品牌知晓率", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kat02-promo-goal-against-table",
    (7, 12),
    "project, NAT-2021, headers 指标内容 and "
    "绩效标准: goal's 推介会 count, a unit cost over its line, parts not adding to the total",
)
def kat02() -> Book:
    b, s = new_book()
    total = mk(wan(200), "B101", "error", row=True, note="财政拨款 160 + 其他资金 30 = 190 ≠ 200")
    project_head(s, year=2025, name="“鹤汀四季”文旅品牌宣传", dept=DEPT, unit=CENTRE,
                 money=one_year_money(total, 160, 30),
                 goals=["赴长三角、珠三角客源地举办城市推介会6场，制作投放短视频120条，"
                        "开展“鹤汀四季”主题宣传月活动。"])  # fmt: skip
    details(s, [("城市推介会", 90, "场地、搭建、邀请客商"), ("短视频制作投放", 70, "120条"),
                ("主题宣传月活动", 40, "4个主题月")], 200)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "城市推介会场次",
         mk("≥4场", "D104", "warning", row=True, note="年度目标写推介会6场，指标只有4场")),
        (None, None, "短视频制作投放数量", "≥120条"),
        (None, "质量指标", "宣传内容合规率", "=100%"),
        (None, "时效指标", "主题宣传月完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单场推介会成本",
         mk("≤25万元/场", "B107", "warning", row=True,
            note="25万元 × 4场 = 100万元（按目标6场为150万元），超过推介会明细 90万元")),
        ("效益指标", "经济效益指标", "旅游综合收入增长率", "≥6%"),
        (None, "社会效益指标", "宣传覆盖人次", "≥5000万人次"),
        ("满意度指标", "服务对象满意度指标", "参会客商满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kat03-promo-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "a year's count above the period's, 年度目标 copied, a satisfaction under 社会效益",
)
def kat03() -> Book:
    b, s = new_book()
    goal = ("开发主题旅游线路，持续投放新媒体宣传，提升鹤汀文旅品牌影响力，"
            "过夜游客占比逐年提高。")  # fmt: skip
    copied = mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=3, name="鹤汀县文旅品牌三年推广行动", dept=DEPT,
                 unit=CENTRE, attr="新增项目", money=period_money((600, 500, 100), (200, 170, 30)),
                 goals=[goal, copied])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), [
        ("产出指标", "数量指标", "主题旅游线路开发数量", "≥15条", "≥5条"),
        (None, None, "新媒体宣传曝光量", "≥2500万人次",
         mk("≥3000万人次", "D201", "error", note="年度曝光量大于三年的总量")),
        (None, "质量指标", "宣传素材授权合规率", "100%", "100%"),
        (None, "时效指标", "年度宣传计划完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "宣传推广总成本", "≤600万元", "≤200万元"),
        ("效益指标", "经济效益指标", "过夜游客占比", "提高≥6百分点", "提高≥2百分点"),
        (None, "社会效益指标",
         mk("游客满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下"),
         "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "合作旅行社满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kat04-promo-stacked-two", (2, 12), "two promotion projects stacked in one sheet, "
         "NAT-2021, one value column, the same names with different values (correct)")  # fmt: skip
def kat04() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="鹤汀县乡村旅游节庆活动", dept=DEPT, unit=CENTRE,
                 money=one_year_money(80, 80, 0),
                 goals=["举办油菜花节、稻香节等乡村旅游节庆活动4场，带动乡村旅游消费。"],
                 title="2025年度项目支出绩效目标表（文旅宣传类）")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "宣传活动场次", "≥4场"),
        (None, "时效指标", "节庆活动完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单场节庆活动成本", "≤20万元/场"),
        ("效益指标", "经济效益指标", "节庆期间乡村旅游消费额", "≥1200万元"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="鹤汀县旅游形象线上营销", dept=DEPT, unit=CENTRE,
                 money=one_year_money(50, 45, 5),
                 goals=["在短视频平台开展线上营销，组织线上宣传活动10场，粉丝量达到30万。"],
                 title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "宣传活动场次", "≥10场"),
        (None, None, "官方账号粉丝量", "≥30万人"),
        (None, "质量指标", "原创内容占比", "≥80%"),
        ("成本指标", "经济成本指标", "单场线上活动成本", "≤5万元/场"),
        ("效益指标", "社会效益指标", "线上宣传播放量", "≥2000万次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "kat05-promo-department-flat",
    (3, 4, 12),
    "department, flat list (指标名称 · 权重 · "
    "计量单位 · 指标性质 · 指标值), percent cells, a 0起 count, a 合计 row (correct)",
)
def kat05() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept=CENTRE,
                    budget=[[wan(420), wan(380), wan(40), wan(150), wan(270)]],
                    tasks=[("全域旅游宣传推广", "推介会、新媒体宣传", wan(180), "提升品牌知名度"),
                           ("智慧旅游平台运维", "平台运维、数据监测", wan(60), "平台稳定运行"),
                           ("旅游市场秩序整治", "专项检查、投诉处理", wan(30), "市场秩序良好"),
                           ("金额合计", None, wan(270), None)],
                    goal="全年接待游客突破300万人次（其中过夜游客90万人次），"
                         "旅游投诉处理及时率保持100%，无旅游安全事故。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("游客接待量", 20, "万人次", "≥", 300),
        ("过夜游客接待量", 10, "万人次", "≥", 90),
        ("城市推介会场次", 10, "场", "≥", 4),
        ("智慧旅游平台正常运行率", 10, "%", "≥", pct(0.98)),
        ("旅游投诉处理及时率", 15, "%", "=", pct(1)),
        ("旅游安全事故发生数", 10, "起", "=", 0),
        ("旅游市场专项检查次数", 10, "次", "≥", 12),
        ("游客满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "孟晓岚", "0571-6633 2418", day(2024, 11, 22))
    return b


@variant(
    "kat06-promo-last-season",
    (4,),
    "project, NAT-2021, one value column, a 注 row inside "
    "the table, 填表说明 and signature below: last year's goal and deadline left in",
)
def kat06() -> Book:
    b, s = new_book()
    goal = mk("2024年拍摄乡村旅游宣传片3部，在省级以上媒体投放宣传不少于20次，"
              "推动乡村旅游提质增效。", "Y103", "warning",
              note="2025年度的年度目标写2024年的任务，是上年的残留")  # fmt: skip
    project_head(s, year=2025, name="鹤汀县乡村旅游宣传片制作推广", dept=DEPT, unit=CENTRE,
                 money=one_year_money(65, 65, 0), goals=[goal])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "宣传片拍摄数量", "≥3部"),
        (None, None, "省级以上媒体投放次数", "≥20次"),
    ])  # fmt: skip
    notes(s, "注：宣传片时长按每部不少于3分钟计，投放次数以媒体刊播证明为准。")
    s.table([
        ("产出指标", "质量指标", "宣传片审片通过率", "100%"),
        (None, "时效指标", "宣传片上线时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101",), note="期限在预算年度之前")),
        ("成本指标", "经济成本指标", "单部宣传片制作成本", "≤15万元/部"),
        ("效益指标", "社会效益指标", "宣传片累计播放量", "≥500万次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值应量化；2.时效指标填写完成时限。", "单位负责人：邵可钧")
    sign(s, "严嘉禾", "0571-6633 2420", day(2024, 11, 25))
    return b
