"""Returns as the offices send them: department money blocks with shares and tasks, footnotes
and page breaks, a budget-system export, decorated tier labels, tables on a second sheet
(yr13–yr18)."""

from __future__ import annotations

from tests.variants.holdout450.common import (
    CITY,
    DISTRICT,
    HEAD,
    budget,
    dept,
    first,
    funds,
    indicators,
    notes,
    proj,
    sign,
    wan,
)
from tests.variants.holdout450.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct

SHARE = "0.00%"


@variant("yr13-dept-money", (12,), "department, NAT-2021: budget with a row of shares typed "
         "in Excel, three tasks adding to 金额合计 = 项目支出, signed (correct)")  # fmt: skip
def dept_money() -> Book:
    b, s = first()
    dept(s, "榆汀市体育赛事服务中心", [
        budget(520, 468, 52, 208, 312),
        (pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6)),
    ], "全年举办骑行赛事3场，培训青少年骑手600人，赛事零重大安全责任事故。", tasks=[
        ("公路自行车赛事举办", "环湖公路赛、绕圈赛、青少年联赛", 180, "办赛≥3场"),
        ("青少年骑行培训", "寒暑假公益培训", 72, "培训≥600人"),
        ("赛事安全保障", "安保、医疗、交通疏导", 60, "零重大安全责任事故"),
        ("金额合计", None, 312, None),
    ])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "举办骑行赛事", "≥3场"),
        (None, None, "青少年骑行公益培训", "≥600人"),
        (None, "质量指标", "赛事裁判持证上岗率", "=100%"),
        (None, "时效指标", "赛事经费支付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "青少年骑行培训人均成本", "≤1200元/人"),
        ("效益指标", "社会效益指标", "经常参加骑行锻炼人口比例", "提高≥2百分点"),
        (None, "可持续影响指标", "赛事品牌运营机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参赛单位及选手满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵立岚", "8861 4027", day(2024, 11, 22, CN_DATE))
    return b


@variant("yr14-dept-money-wrong", (12,), "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, "
         "a share that does not match its amount, tasks not adding to 金额合计")  # fmt: skip
def dept_money_wrong() -> Book:
    b, s = first()
    total = mk(wan(380), "B101", "error", row=True, note="财政拨款 330 + 其他资金 40 = 370 ≠ 380")
    share = mk(pct(0.3211, SHARE), "B111", "error", note="基本支出 160 ÷ 380 = 42.11%")
    dept(s, "枫渚区文化体育和旅游局", [
        (total, *budget(330, 40, 160, 220)),
        (pct(1), pct(0.8684, SHARE), pct(0.1053, SHARE), share, pct(0.5789, SHARE)),
    ], "举办区级骑行赛事2场，建设社区骑行服务点5个。", tasks=[
        ("区级骑行赛事", "滨河绿道骑行赛、亲子骑行赛", 90, "办赛≥2场"),
        ("社区骑行服务点", "建设服务点5个", 70, "建成≥5个"),
        ("全民健身骑行推广", "骑行公益课与宣传", 55, "公益课≥30节"),
        ("金额合计", None, mk(wan(220), "B102", "error", row=True,
            note="90 + 70 + 55 = 215，不等于金额合计 220"), None),
    ])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "举办区级骑行赛事", "≥2场"),
        (None, None, "建设社区骑行服务点", "≥5个"),
        (None, "质量指标", "服务点设施验收合格率", "=100%"),
        (None, "时效指标", "服务点建成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "单个服务点建设成本", "≤14万元/个"),
        ("效益指标", "社会效益指标", "社区居民骑行参与人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yr15-race-footnotes", (4,), "project, OLD-NAT, one value column: a 说明 row between "
         "tiers, header repeated after a page break, footnotes, signature (correct)")  # fmt: skip
def race_footnotes() -> Book:
    b, s = first()
    proj(s, "2025年环湖业余公路自行车赛计时与成绩服务", "榆汀市体育赛事服务中心", funds(28, 28, 0),
         ["为900名参赛选手提供芯片计时、成绩发布和查询服务，成绩准确率99.5%以上。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "发放计时芯片", "≥900个"),
        (None, "质量指标", "成绩计时准确率", "≥99.5%"),
        (None, "时效指标", "赛后成绩发布时间", "≤2小时"),
        (None, "成本指标", "计时与成绩服务成本", "≤28万元"),
    ])  # fmt: skip
    notes(s, "说明：成本指标按项目实际测算填列，可增行。", width=4)
    s.table([
        ("效益指标", "社会效益指标", "参赛选手在线成绩查询覆盖率", "=100%"),
        (None, "可持续影响指标", "赛事计时数据归档制度", "健全"),
    ], (1, 2))  # fmt: skip
    s.skip()
    indicators(s, HEAD, [("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%")])
    notes(s, "注：1. 服务成本28万元含芯片采购12万元、设备租赁10万元、人员劳务6万元。",
          "2. 成绩计时准确率 = 无申诉更正的成绩数 ÷ 发布成绩总数。",
          "填表说明：指标值须写明比较符和计量单位；定性指标按好、较好、一般、差填写。")  # fmt: skip
    sign(s, "乔明溪", "8861 4035", day(2024, 12, 3, CN_DATE))
    return b


@variant("yr16-export-artefacts", (9, 4), "budget-system export, two sheets (05-1 money, 05-2 "
         "indicators), codes in the first columns, header on the third row: artefacts")  # fmt: skip
def export_artefacts() -> Book:
    b, s = first("部门项目支出预算05-1", (12, 18, 14, 28, 14, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 9)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金",
          "计划开始日期", "计划完成日期")  # fmt: skip
    n = "0.0000"
    unit = ("317001", "榆汀市体育局本级")
    s.row(*unit, "3170012501", "业余公路自行车赛办赛补助", C(58.6, n), C(50, n), C(8.6, n),
          day(2025, 3, 1), day(2025, 11, 30))  # fmt: skip
    s.row(*unit, "3170012502", "环湖赛道安全设施改造", mk("27.537 5", "X105", "warning",
          alt=("X103",), note="数字被空格断开，应读作 27.5375"), C(25, n), C(2.5375, n),
          day(2025, 2, 1), mk("45961", "X104", "warning", note="即 2025-10-31"))  # fmt: skip
    s.row("合计", None, None, None, C(86.1375, n), C(75, n), C(11.1375, n))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：榆汀市体育局本级")
    one, two = ("3170012501", "业余公路自行车赛办赛补助"), ("3170012502", "环湖赛道安全设施改造")
    t.table([("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
        (*one, "产出指标", "数量指标", "参赛选手人数", "≥800人"),
        (*one, "产出指标", "质量指标", "参赛选手完赛率", "≥85%"),
        (*one, "产出指标", "时效指标", "赛事举办完成时间", "11月30日前"),
        (*one, "产出指标", "成本指标", "人均办赛补助", "≤700元/人"),
        (*one, "效益指标", "社会效益指标", "骑行赛事参与人次增长率", "≥10%"),
        (*one, "满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"),
        (*two, "产出指标", "数量指标", "新增赛道隔离护栏", "≥2400米"),
        (*two, "产出指标", "质量指标", "护栏安装验收合格率", "=100%"),
        (*two, "产出指标", "时效指标", "改造工程完工时间", mk("100%", "T113", "warning",
            note="完工时间应写日期或期限，不是百分比")),
        (*two, "产出指标", "成本指标", "护栏安装单价", "≤100元/米"),
        (*two, "效益指标", "社会效益指标", "赛道区段骑行事故起数", "较上年下降"),
        (*two, "满意度指标", "服务对象满意度指标", "骑行者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yr17-course-labels", (5, 7), "project, NAT-2021, head on 基本信息 and the table on a "
         "second sheet under 绩效目标值, labels with points, ★, * or short (correct)")  # fmt: skip
def course_labels() -> Book:
    b, s = first("基本信息")
    proj(s, "枫渚区绿道骑行驿站运营补助", "枫渚区绿道建设服务站", funds(42, 36, 6),
         ["补助7个绿道骑行驿站全年运营，年服务骑行者5万人次以上。"], dept=DISTRICT)  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目支出绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("一、产出指标（40分）", "（一）数量", "运营骑行驿站", "≥7个"),
        (None, None, "驿站日均开放时长", "≥10小时"),
        (None, "（二）★质量指标", "驿站维修工具配备率", "=100%"),
        (None, "*时效", "运营补助拨付时间", "6月30日前"),
        ("二、成本指标（20分）", "经济成本", "单个驿站年度运营补助", "≤6万元/个"),
        ("三、效益指标（30分）", "社会效益", "驿站年服务骑行者", "≥5万人次"),
        (None, "可持续影响", "驿站运营考核制度", "健全"),
        ("四、满意度指标（10分）", "服务对象满意度", "骑行者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yr18-course-second-sheet", (7, 5), "project, OLD-NAT, table on a second sheet under "
         "预期实现值: a 成本指标 under 效益指标, =95% on a satisfaction rate")  # fmt: skip
def course_second_sheet() -> Book:
    b, s = first("基本信息")
    proj(s, "汀栖湖绿道赛段观赛区建设", "榆汀市绿道管理中心", funds(55, 50, 5),
         ["在汀栖湖绿道终点赛段建设观赛看台600座及遮阳棚，赛事期间接待观众8000人次。"],
         dept=CITY)  # fmt: skip
    t = b.sheet("绩效目标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "观赛区看台座位", "≥600个"),
        (None, None, "观赛区遮阳棚", "≥1200平方米"),
        (None, "质量指标", "看台结构安全检测合格率", "=100%"),
        (None, "时效指标", "观赛区建成时间", "9月30日前"),
        ("效益指标", "社会效益指标", "赛事期间观赛人次", "≥8000人次"),
        (None, mk("成本指标", "F105", "error", note="三级框架中成本指标属产出指标"),
         "看台单座建设成本", "≤600元/个"),
        (None, "可持续影响指标", "看台设施年度维护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "赛事观众满意度", mk("=95%", "T107", "warning",
            note="满意度写“=95%”，应为 ≥95%")),
    ])  # fmt: skip
    return b
